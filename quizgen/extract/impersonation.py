"""People the article shows played by someone else: a sketch's "Clinton asks …" is the
actor's line, not Hillary Clinton's words, so no quotation card credits her with it.

"McKinnon, dressed as Clinton, says …", "Alec Baldwin, playing Donald Trump, said …",
"Tina Fey portrayed Sarah Palin", "McKinnon impersonates Clinton's gaffe": the one played is
a person object of a verb of playing, or the person after "as" hung on a verb of dressing
or of saying whose own subject is someone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import IMPERSONATING_VERBS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DRESSING_VERBS = frozenset(["dress", "costume", "disguise"])
_NOT_PEOPLE = frozenset(["GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART"])


def impersonated(doc: Doc) -> set[str]:
    """The surnames of the people ``doc`` says someone plays or impersonates."""
    played = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PEOPLE:
            continue  # the head of a name: its last word (the tagger may call a surname an organisation)
        if _object_of_playing(tok) or _as_someone(tok):
            played.add(tok.text)
    return played


def _object_of_playing(tok: Token) -> bool:
    """ "playing Donald Trump", "impersonates Clinton's gaffe"."""
    if tok.dep_ == "poss" and tok.head.dep_ == "dobj":
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in IMPERSONATING_VERBS:
        return False
    actor = _actor(verb)  # "T-shirts portraying a young Sanders": no one plays him
    return (
        actor is not None
        and actor.text != tok.text
        and (actor.pos_ == "PROPN" or actor.ent_type_ == "PERSON")
    )


def _actor(verb: Token) -> Token | None:
    """Who does ``verb``: its subject, the noun it describes ("Baldwin, playing Trump"), or
    the subject of the clause it hangs on."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
        return _actor(verb.head)
    return None


def _as_someone(tok: Token) -> bool:
    """ "dressed as Clinton", "McKinnon, as Hillary Clinton, told the crowd"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "as":
        return False
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma in _DRESSING_VERBS:
        return True
    return lemma in REPORTING_VERBS and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.text != tok.text for c in verb.children
    )
