"""Small counts and counts of time units that are figures of the story, not mentions (round 49).

A count of time units is an amount of something rather than a duration:
"the company offers new mothers eight weeks of paid leave", "allows just 12 weeks of unpaid
leave": the weeks measure a thing the verb gives or takes (its object or subject, with "of" and
the thing), a figure of the story like a sum of money. A duration says how long something
lasted or when it happened ("lasted 12 hours", "after three days of fighting", "for 26 hours",
"41 years ago") and stays no figure (``extract.figures``), as does a period of something
("the final nine weeks of the race": which weeks, not how many).

A small count in words the sentence stresses ("one of only three surgeons", "Only two senators
endorsed him") is the point of its sentence (``stressed_count``), unless the sentence lists
what it counts ("to just two bosses, the president and the secretary": the list gives the
answer) or its clause's subject says nothing out of the sentence ("the inner circle numbered
just five people": whose circle, the text before says).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The places a noun holds as an argument of its verb, where it is the thing given, taken or had.
_ARGUMENT_DEPS = frozenset(["dobj", "nsubj", "nsubjpass", "attr", "dative"])


def time_quantity(span: Span) -> bool:
    """Whether the count ``span`` ends with numbers a time unit that is an argument of a verb
    and measures a thing named after "of" ("offers eight weeks of paid leave")."""
    last = span[-1]
    noun = last.head if last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ not in _ARGUMENT_DEPS or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False  # "the final nine weeks of the race", "its first 100 days": a period
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1
        and any(obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not obj.like_num for obj in prep.children)
        for prep in noun.children
    )


def _counted(span: Span) -> Token:
    last = span[-1]
    return last.head if last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i else last


def stressed_count(span: Span) -> bool:
    """Whether a stressed small count (after "only" or "just") says something out of its
    sentence: what it counts is not listed beside it, and its clause's subject is the count
    itself, an empty "there", a pronoun or a phrase that names someone or something."""
    noun = _counted(span)
    after = span.doc[noun.i + 1 : noun.i + 2].text
    listed = any(c.dep_ == "appos" or (c.dep_ == "conj" and after == ",") for c in noun.children)
    if listed or after == ":":
        return False  # "just two bosses, the president and the defense secretary" (an apposition, or a list the parse joins)
    verb, path = noun, {noun.i}
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
        path.add(verb.i)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or any(s.i in path or s.dep_ == "expl" for s in subjects):
        return bool(subjects) or noun.dep_ in ("nsubj", "nsubjpass")
    # a name, or a pronoun the cloze names from the text before (or refuses); "the inner circle",
    # "the new panel" say whose only with the sentences before
    subject = span.doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
    return subjects[0].pos_ == "PRON" or any(t.ent_type_ not in ("", "CARDINAL", "ORDINAL") or t.pos_ == "PROPN" for t in subject)
