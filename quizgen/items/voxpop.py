"""Vox-pop: a member of the public a story lets speak, and the cards their scene would make.

Reporters introduce an official by office ("Wyoming's governor"), a professional by profession
and employer ("an analyst at Salomon Brothers"), and a member of the public by who they are: an
age, a home town, what they were doing there ("a 54-year-old voter", "a retiree from Ames", "a
26-year-old benefits manager from Derry", "an audience member"). Such a voice gives the story
colour; the reader need not learn their name, their words, nor the evening they spent
somewhere. A voice is a vox-pop in one article when

- the role the article gives them is an ordinary person's: it states an age (``aged``) or
  describes rather than entitles them (``peripheral_people.described``), and names no office;
- they speak there (quoted, or the card's sentence reports what they said or asked);
- they are not what the story is about: not named in its headline or lede, not its most central person,
  and shown in at most ``VOXPOP_PARAGRAPHS`` prose paragraphs when introduced by age, in one scene
  (``peripheral_people.ONE_SCENE_PARAGRAPHS``) when only described (a description may be an expert's).

A date or figure card whose evidence lies wholly in a vox-pop's quotation and attribution
("… said Ann Lee, a 39-year-old nurse who spent part of ____ night with the protesters") is
part of that colour too (``in_voxpop_scene``).
"""

from __future__ import annotations

import re

from quizgen.constants import REPORTING_VERBS
from quizgen.facts.names import surname

# A vox-pop voice is shown in at most this many prose paragraphs: on the dev town-hall story, a
# voter the story follows through her question and the candidates' answer stands in 4 of 13.
VOXPOP_PARAGRAPHS = 4
# An age: "a 54-year-old voter", "Ann Lee, 54," (read as the role "54"), "aged 70".
AGE = re.compile(r"\b\d{1,3}-year-old\b|^\s*\d{1,3}\s*$|\baged?\s+\d{1,3}\b", re.IGNORECASE)
_IRREGULAR = {"say": ["said", "says"], "tell": ["told", "tells"], "write": ["wrote", "writes"], "speak": ["spoke", "speaks"]}


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    stem = lemma.removesuffix("e")
    return [lemma, lemma + "s", stem + "ed"]


# The inflected reporting verbs a sentence that reports speech uses ("said", "asks", "questioned").
SPEECH_FORMS = frozenset(form for lemma in REPORTING_VERBS for form in _forms(lemma))


def aged(role: str | None, *, office: frozenset[str]) -> bool:
    """Whether a role introduces someone by their age ("a 26-year-old benefits manager from
    Derry", "54") and names no office (``office``: words of a government's titles, "senator",
    "secretary", "state"): how a story introduces a member of the public, not an official."""
    if not role:
        return False
    words = set(re.findall(r"[a-z]+", role.lower()))
    return not words & office and bool(AGE.search(role))


def speaks(person: str, text: str, quotes: int) -> bool:
    """Whether a person speaks in the article: quoted there, or the card's text reports their
    words ("Chris Brownell, an audience member, said he makes $41,000 a year")."""
    if quotes:
        return True
    last = surname(person) or person
    return last in text and bool(set(re.findall(r"[a-z]+", text.lower())) & SPEECH_FORMS)


def in_voxpop_scene(spans: list[tuple[int, int]], voices: list[tuple[int, int]]) -> bool:
    """Whether every evidence span lies inside one of a vox-pop's quotations with attribution
    (``voices``: their (start, end))."""
    return bool(spans) and bool(voices) and all(
        any(v_start <= start and end <= v_end for v_start, v_end in voices) for start, end in spans
    )
