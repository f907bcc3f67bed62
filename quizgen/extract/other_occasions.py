"""Whether a figure's sentence sets it in another occasion than the story's, read from the parse.

"In Saturday's other semifinal, Chinese Taipei held South Korea to 22 percent shooting" in a
story about the first semifinal; "In another attack, a car bomb killed 12 people" after a
story's main attack: the phrase that frames the figure's clause is an occasion the sentence
itself calls another ("another", "other"), so the figure is not the story's news. The frame is
a prepositional phrase of a verb on the way from the figure up to its sentence's root ("In
another semifinal, …", "killed in another bombing"), or that verb's subject when it is an
occasion noun ("Another bombing killed 12 people": ``constants.INCIDENT_NOUNS``,
``CONTEST_NOUNS``). The noun the figure counts is no frame: "Another 10 people were killed"
adds to a toll, which may be the story's own. Nor is a verb's object ("feared another attack").
Whether the story's lede is such a sentence ("Another bomb killed 20 people in Baghdad on
Tuesday": the latest of a series, and the news) is the item's stage to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import CONTEST_NOUNS, INCIDENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that call an occasion another than one already told: "another attack", "the other semifinal".
OTHER_WORDS = frozenset(["another", "other"])
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])


def in_another_occasion(span: Span) -> bool:
    """Whether the figure ``span`` stands in a clause its sentence frames as another occasion
    (see the module's docstring)."""
    counted = span.root.head if span.root.dep_ in ("nummod", "quantmod") else span.root
    t = counted
    while t.head.i != t.i:
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        for child in t.children:
            if child.i in range(counted.left_edge.i, counted.right_edge.i + 1):
                continue  # the figure's own phrase ("another 10 people")
            if child.dep_ == "prep" and any(_called_other(o) for o in child.children if o.dep_ == "pobj"):
                return True
            if child.dep_ in _SUBJECT_DEPS and _occasion(child) and _called_other(child):
                return True
    return False


def _called_other(noun: Token) -> bool:
    """"another semifinal", "the other match", "Saturday's other game": a common noun with
    "another" or "other" before it (not "each other", a pronoun). The tagger may read a noun
    made of an adjective as one ("semifinal"): its slot says it is a noun."""
    if noun.pos_ != "NOUN" and not (noun.pos_ == "ADJ" and noun.dep_ in ("pobj", "nsubj", "nsubjpass")):
        return False
    return any(c.i < noun.i and c.dep_ in ("det", "amod") and c.lower_ in OTHER_WORDS for c in noun.children)


def _occasion(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in INCIDENT_NOUNS or lemma in CONTEST_NOUNS


# Determiners that introduce an occasion as one not told before: "a strong quake on March 26".
NEW_DETERMINERS = frozenset(["a", "an", "another"])


def dates_of_new_occasions(sent: Span) -> tuple[tuple[int, int], ...]:
    """(start, end) characters of each DATE entity of ``sent`` that dates an occasion the sentence
    introduces as new: the noun just before the date's preposition has "a", "an" or "another"
    ("an aftershock of a strong quake on March 26"), or the verb the date's phrase hangs from has
    a subject that does ("An Iranian aircraft crashed on Dec. 6, 2005"). The story's own incident,
    told again, is definite or bare ("The bombings on Aug. 7 killed 259 people", "Nearly
    simultaneous bombings … on Aug. 7"); ``items.background_cards.earlier_incident_figure``
    reads these dates against the story's time."""
    found = []
    for ent in sent.ents:
        if ent.label_ != "DATE" or ent.start == sent.start:
            continue
        prep = ent.doc[ent.start - 1]
        if prep.pos_ != "ADP" or ent.root.head.i != prep.i or prep.i == sent.start:
            continue  # "on March 26", "in May": a date its own preposition introduces
        before = ent.doc[prep.i - 1]
        noun_told_new = before.pos_ == "NOUN" and _introduced(before)
        subject_told_new = prep.head.pos_ == "VERB" and any(c.dep_ in _SUBJECT_DEPS and _introduced(c) for c in prep.head.children)
        if noun_told_new or subject_told_new:
            found.append((ent.start_char, ent.end_char))
    return tuple(found)


def _introduced(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in NEW_DETERMINERS for c in noun.children)
