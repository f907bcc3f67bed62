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
from collections.abc import Iterable

from quizgen.constants import REPORTING_VERBS
from quizgen.facts.names import surname
from quizgen.items.distractors import role_family
from quizgen.items.ranking import is_title
from quizgen.items.titles import OFFICE_WORDS

# A vox-pop voice is shown in at most this many prose paragraphs: on the dev town-hall story, a
# voter the story follows through her question and the candidates' answer stands in 4 of 13.
VOXPOP_PARAGRAPHS = 4
# An age: "a 54-year-old voter", "Ann Lee, 54," (read as the role "54"), "aged 70".
AGE = re.compile(r"\b\d{1,3}-year-old\b|^\s*\d{1,3}\s*$|\baged?\s+\d{1,3}\b", re.IGNORECASE)
# Role families of an official (a profession, "account executive", is the public's too, and a
# campaign's roles, "a Sanders delegate", are a party's members').
OFFICIAL_FAMILIES = frozenset(["office", "military", "law"])
_OFFICE = OFFICE_WORDS - {"of", "the", "and", "for", "former", "then"}
# An age in apposition right after a name: "Jacob Shiansky, 24, who …" (not "Smith, 1990,": a year).
_AGE_APPOSITION = re.compile(r",\s*(\d{1,3})\s*,")
_IRREGULAR = {"say": ["said", "says"], "tell": ["told", "tells"], "write": ["wrote", "writes"], "speak": ["spoke", "speaks"]}


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    stem = lemma.removesuffix("e")
    return [lemma, lemma + "s", stem + "ed"]


# The inflected reporting verbs a sentence that reports speech uses ("said", "asks", "questioned").
SPEECH_FORMS = frozenset(form for lemma in REPORTING_VERBS for form in _forms(lemma))


def officials(body: str, mentions: Iterable[tuple[str, int, int]], roles: Iterable[tuple[str, str | None]]) -> frozenset[str]:
    """The people an article gives an official's title, in any reading of their role or in the
    word before any mention of their name ("Congressman Chris Collins", "CBC Chairman G.K.
    Butterfield of North Carolina", "Carl Brandt, the mayor"): ``mentions`` are (canonical name,
    start, end) of each name, ``roles`` (canonical name, role) pairs from the mentions and the
    role facts. Such a person is no member of the public, however another sentence describes
    them ("Collins, a Trump supporter"). An office, the law, the military are an official's; a
    campaign's roles are not ("a Sanders delegate").

    >>> sorted(officials("Congressman Chris Collins and Ann Lee", [("Chris Collins", 12, 25)], [("Ann Lee", "voter")]))
    ['Chris Collins']
    """
    titled = {name for name, role in roles if role and _official(role)}
    for name, start, _ in mentions:
        before = body[max(0, start - 30) : start].split()
        # a capitalised title before the name is an official's ("CBC Chairman G.K. Butterfield")
        if before and (_official(before[-1]) or (before[-1][:1].isupper() and is_title(before[-1]))):
            titled.add(name)
    return frozenset(titled)


def introduced_as_public(
    body: str, mentions: Iterable[tuple[str, int, int]], places: Iterable[tuple[int, str]], *,
    official: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The people an article introduces as members of the public: right after their name, an
    age in apposition ("Jacob Shiansky, 24, who was visiting …", "Misha Shah, 32, of Chicago, an
    account executive") or a home town ("Tom Emanuel of Laconia, N.H., stood at a Bush event"),
    and none of the article's ``official``s ("Sen. Marco Rubio of Florida": ``officials``).
    ``mentions``: (canonical name, start, end) of each name; ``places``: (start, label) of the
    article's entities, a home town being a GPE right after "of".

    >>> sorted(introduced_as_public("Ann Lee, 54, said no.", [("Ann Lee", 0, 7)], []))
    ['Ann Lee']
    """
    towns = {start for start, label in places if label == "GPE"}
    found = set()
    for name, _, end in mentions:
        after = body[end : end + 12]
        age = _AGE_APPOSITION.match(after)
        if (age and 0 < int(age.group(1)) < 110) or (after.startswith(" of ") and end + 4 in towns):
            found.add(name)
    return frozenset(found) - official


def _official(role: str) -> bool:
    return role_family(role) in OFFICIAL_FAMILIES or bool(set(re.findall(r"[a-z]+", role.lower())) & _OFFICE)


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
