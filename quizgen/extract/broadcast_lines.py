"""A broadcast's own lines, read from the parse: a reporter handed the story ("VOA's Jim Teple
has details from our southeast news bureau", "Lisa Schlein reports from Geneva") or naming
herself ("For NPR News, I'm Auncil Martinez reporting", "this is Pamela McCall in London").
They tell who brings the news, not news: no event or cloze card is read from them.

A hand-off: a person's name is the subject of a verb of bringing the report
(``constants.HANDOFF_VERBS``) whose object, if any, is the report itself ("has more", "has
details", ``constants.HANDOFF_OBJECTS``) and which says nothing else (no clause, no other
object: "Smith reported the deal to the SEC" is news); or the programme's own reporter,
named with its name, in the present ("The World's Nancy Marshall reports on …"). A self-naming: "I" or "this" is a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import HANDOFF_OBJECTS, HANDOFF_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SELF_WORDS = frozenset(["i", "this"])
CONTENT_DEPS = frozenset(["ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "advcl", "conj"])


def broadcast_line(sent: Span) -> bool:
    """Whether ``sent`` is a hand-off or a sign-off of a broadcast, not a sentence of its news."""
    return any(_handoff(t) or _self_naming(t) for t in sent if t.pos_ in ("VERB", "AUX"))


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _handoff(verb: Token) -> bool:
    if verb.lemma_.lower() not in HANDOFF_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and _person(c)), None)
    if subject is None:
        # "From member station KQED, Auncil Martinez reports.": a name the tagger took for an
        # organisation, reporting nothing said (no object, no clause), is still the hand-off
        return verb.lemma_.lower() == "report" and verb.tag_ == "VBZ" and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children
        ) and not any(c.dep_ in CONTENT_DEPS for c in verb.children)
    if verb.tag_ == "VBZ" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children):
        return True  # "The World's Nancy Marshall reports on …": the programme's reporter, introduced, whatever she reports
    content = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    return all(c.dep_ == "dobj" and c.lemma_.lower() in HANDOFF_OBJECTS for c in content) and (
        bool(content) or verb.lemma_.lower() == "report"
    )


def _self_naming(verb: Token) -> bool:
    if verb.lemma_.lower() != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in SELF_WORDS and any(
        c.dep_ == "attr" and any(_person(t) for t in c.subtree) for c in verb.children
    )
