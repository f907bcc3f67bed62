"""People an article says have left their post: no role of theirs is stated as current.

"Pierre Lortie, chairman and chief executive, resigned." is news that he is chairman no
longer; so is "Chairman Jo Roe stepped down", "Jo Roe was ousted" and "the board fired Jo
Roe". Read from the dependency parse, anywhere in the article: the person is the subject of a
past-tense verb of leaving (``LEAVING_VERBS``), the passive subject or the object of a past-tense
verb of removal (``REMOVAL_VERBS``), or a relative clause on the name says so ("Jo Roe, who
resigned in May"). A leaving to come ("will resign", "plans to step down", "has been asked to
quit") is not yet one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import LEAVING_VERBS, REMOVAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def departed_people(doc: Doc) -> set[str]:
    """Surnames (a name's last word) of people the article says left or lost their post."""
    gone: set[str] = set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN"):
            continue
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.dep_ != "relcl":
            continue  # "the chairman ousted in May" is read; a bare participle elsewhere is not
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could", "should", "to") for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "never resigned"
        if verb.dep_ == "xcomp":
            continue  # "asked him to resign", "plans to step down": not done
        phrase = _phrase(verb)
        if phrase in LEAVING_VERBS:
            people = [c for c in verb.children if c.dep_ == "nsubj"]
        elif phrase in REMOVAL_VERBS:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            people = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        else:
            continue
        if verb.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in people):
            people = [verb.head]  # "Jo Roe, who resigned in May": the clause's name
        elif verb.dep_ == "relcl" and phrase in REMOVAL_VERBS and not people:
            people = [verb.head]  # "the chairman ousted in May"
        for person in people:
            _add_name(person, gone)
    return gone


def _phrase(verb: Token) -> str:
    """A verb's lemma with its particle ("step down")."""
    # spaCy tags the particle "prt" or, as often, "advmod" ("stepped down")
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside")), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _add_name(tok: Token, gone: set[str]) -> None:
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
        gone.add(tok.text.removesuffix("’s").removesuffix("'s"))
