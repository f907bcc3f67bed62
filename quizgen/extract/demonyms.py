"""A people named after a place the reader has just met: "Some 70,000 [Peruvians] have been
infected …, an official of Peru's Health Ministry said" — the blank's answer is the place's
demonym, which the question (or the lede before it) gives away.

Read from a table of nations first (``facts.nations``: each country's demonym, "Lebanese" /
"Lebanon", "Dutch" / "the Netherlands"), then by spelling, for the people of places no
such table lists: the people's name without its plural "s" and the
place's name share their opening letters up to the shorter one's end, or all but the place's
last letter ("New Yorkers" / "New York", "Peruvians" / "Peru", "Afghans" / "Afghanistan",
"Chinese" / "China", "Mexicans" / "Mexico"); at least four letters, so "Iraqis" is no
people of Iran.

The other way round too (round 40): a place whose people's word stands in the same sentence
("____'s state agency … in the Chinese capital" → China) is given away by the question, and
so is a country whose capital the sentence names ("Tehran's parliament", stop 43).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from quizgen.constants import PARTY_WORDS
from quizgen.facts.nations import capital_of_country, people_of_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLACE_LABELS = frozenset(["GPE", "LOC"])
NAMED_LABELS = frozenset(["GPE", "LOC", "ORG", "FAC"])
MIN_SHARED = 4


def people_of(people: str, place: str) -> bool:
    """Whether ``people`` names the people of ``place`` by its spelling.

    >>> people_of("New Yorkers", "New York"), people_of("Afghans", "Afghanistan"), people_of("Iraqis", "Iran")
    (True, True, False)
    >>> people_of("Lebanese", "Lebanon"), people_of("Dutch", "the Netherlands")
    (True, True)
    """
    if people_of_country(people, place):
        return True  # a country's own demonym ("Lebanese" / "Lebanon", "Dutch" / "the Netherlands")
    one = people.lower().removesuffix("s")
    where = place.lower().removeprefix("the ")
    shared = len(os.path.commonprefix([one, where]))
    return shared >= MIN_SHARED and (shared == len(one) or shared >= len(where) - 1)


def named_place_people(ent: Span) -> bool:
    """Whether a people's name (label NORP) is the demonym of a place named before it in the
    text or later in its own sentence, alone or as a word of a body's name: the question or the
    lede already says whose people."""
    if ent.label_ != "NORP":
        return False
    if ent.text.lower().removesuffix("s") in PARTY_WORDS:
        return False  # "Republicans": a party's members, whatever the "Republican National Committee"
    doc, end = ent.doc, ent.sent.end
    places = [e.text for e in doc.ents if e.label_ in PLACE_LABELS and e.start < end and e.start != ent.start]
    if any(people_of(ent.text, place) for place in places):
        return True
    # a place as a word of a body's name ("Peru's Health Ministry"), shorter than its people's
    # name ("Peru" / "Peruvians"; not the adjective itself, "Ruritanian Airways")
    one = ent.text.lower().removesuffix("s")
    words = [t.lower_ for t in doc[:end] if t.pos_ == "PROPN" and t.ent_type_ in NAMED_LABELS and not ent.start <= t.i < ent.end]
    return any(len(w) < len(one) and people_of(ent.text, w) for w in words)


def place_of_named_people(ent: Span) -> bool:
    """Whether a place's name (GPE or LOC) has its people's word elsewhere in its own sentence
    ("____'s state agency said nothing, but colleagues in the Chinese capital confirmed it":
    "Chinese" gives "China" away): a people (NORP) or a capitalised adjective, by spelling, on its
    own or (a country's) in a name."""
    if ent.label_ not in PLACE_LABELS:
        return False
    sent = ent.sent
    for t in sent:
        if ent.start <= t.i < ent.end or not t.text[:1].isupper():
            continue
        if (t.ent_type_ == "NORP" or t.pos_ == "ADJ") and t.text.lower().removesuffix("s") in PARTY_WORDS:
            continue  # "Republican": a party's, not the Republic of …
        if (t.ent_type_ == "NORP" or t.pos_ == "ADJ") and people_of(t.text, ent.text):
            return True
        if t.pos_ == "PROPN" and people_of_country(t.text, ent.text):
            return True  # inside a name: "a spokeswoman for the Brazilian Steel Institute" (j106)
    # "____ … Tehran's parliament", "a war of words between Ottawa and Washington": the
    # country's capital, named in the sentence, answers the blank
    return any(
        other.label_ in PLACE_LABELS and other.start != ent.start and capital_of_country(other.text, ent.text)
        for other in sent.ents
    )


CAPITAL = "capital"
_DESCRIPTION_DEPS = frozenset(["det", "amod", "compound", "nmod"])


def described_capital(ent: Span) -> int | None:
    """Where a description that calls a place its country's capital starts, when the sentence
    gives the place so ("visit to [the Afghan capital] Kabul", "Kabul, the Afghan capital", "the
    capital of Afghanistan, Kabul"): general knowledge then answers the blank (round 47). The
    token index of the description's first word when it stands right before the name with no
    comma (a cloze can blank it with the name: "visit to ____"); -1 when it stands elsewhere
    (no clean cloze); None when the sentence calls the place no country's capital. A capital
    said with no country ("the rebel capital", "the country's capital") gives nothing away."""
    if ent.label_ not in PLACE_LABELS:
        return None
    root = ent.root
    capital = None
    for t in (root.head, *root.children):
        if t.lemma_.lower() == CAPITAL and t.i not in range(ent.start, ent.end):
            capital = t
    if capital is None and root.dep_ == "appos" and root.head.dep_ == "pobj":
        # "the capital of Afghanistan, Kabul": the parse hangs the name on the country
        prep = root.head.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() == CAPITAL:
            capital = prep.head
    if capital is None or not _of_a_country(capital):
        return None
    first = capital.left_edge.i
    if capital.i < ent.start and all(t.dep_ in _DESCRIPTION_DEPS for t in ent.doc[first : capital.i]) and capital.i + 1 == ent.start:
        return first
    return -1


def _of_a_country(capital: Token) -> bool:
    """Whether "capital" is said of a country: a people's word or a place before it ("the Afghan
    capital", "the Afghanistan capital") or "of" a place after it ("the capital of Afghanistan"),
    and nothing else qualifies it: "the provisional capital of Somalia", "the commercial capital"
    name what general knowledge does not give."""
    if any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ not in ("NORP", "GPE") for c in capital.children):
        return False
    for c in capital.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE"):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE",) for g in c.children):
            return True
    return False
