"""People a story shows are no living voice of its time: dead, or figures of history.

A wrong "who" choice must be someone who could have said the words when they were said: readers
rule out at once a person the article says is dead ("the late Antonin Scalia", "Scalia, who died
in February") or a figure it places only in a past generation ("Abraham Lincoln said in 1858").
Read from the article's own words, never from a list of famous names.

A deck reads many stories, and one story's reading can be wrong (a sentence that names Hillary
Clinton beside "the post-World War II era", Donald Trump quoted in a sentence that
looks back to "1972's landmark Roe v. Wade"): one such story made every card with her as the answer take its wrong choices from the
deck's dead and historical figures only (Donald Trump, George Wallace, Ronald Reagan). So across
a deck (``departed_of``) a person is dead or of history when the stories that show them so are
at least as many as the stories that quote them: being quoted is the deck's evidence of a living
voice (Scalia, quoted once before "the late Scalia" of two later stories, stays departed). An
answer some story shows departed whom the deck does not hold departed is asked typed
(``items.person_choices``); as a wrong choice, anyone some story shows departed stays out.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from quizgen.facts.deaths import BEFORE_STARTS, cued_after, said_dead
from quizgen.facts.names import surname
from quizgen.items.cast_members import Story, Use

HISTORY_YEARS = 40  # a person the story names only beside years this far back is history
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# Eras a story dates a figure by without a year ("WWII Italian dictator Benito Mussolini"): the
# last year of each, read as a year the sentence gives.
ERA_YEARS = (
    (re.compile(r"\b(?:WWII|WW2|World\s+War\s+(?:II|Two|2))\b"), 1945),
    (re.compile(r"\b(?:WWI|WW1|World\s+War\s+(?:I|One|1))\b"), 1918),
    (re.compile(r"\b(1[5-9]\d)0s\b"), None),  # "the 1930s": the decade's last year
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def departed_in(
    body: str,
    names: Iterable[str],
    *,
    published: dt.date | None = None,
    speakers: Iterable[str] = (),
) -> frozenset[str]:
    """The people of ``names`` the story shows dead or of history (a figure of history: named,
    not quoted, only beside years ``HISTORY_YEARS`` before ``published``; someone quoted may
    speak of old years: "Ann Ross recalled the 1968 riots").

    >>> sorted(departed_in("The late Ann Ross founded it. Ben Cole said so.", ["Ann Ross", "Ben Cole"]))
    ['Ann Ross']
    """
    out = set()
    speakers = set(speakers)
    text = _Body(body) if published else None
    # Read once per story, not compiled per name: where a "the late …"/"death of …" may start,
    # and whether anything a name may be followed by ("died", "(1920-1999)") is there at all.
    before_starts = [m.start() for m in BEFORE_STARTS.finditer(body)]
    cued = cued_after(body)
    for name in names:
        forms = [name] + ([surname(name)] if surname(name) != name else [])
        dead = (before_starts or cued) and said_dead(body, forms, before_starts, cued)
        history = (
            text is not None
            and published is not None
            and name not in speakers
            and _of_history(name, text, published.year)
        )
        if dead or history:
            out.add(name)
    return frozenset(out)


def departed_of(uses: Iterable[Use], stories: Mapping[str, Story]) -> frozenset[str]:
    """The people a deck holds dead or of history: shown so (``Story.departed``) by at least as
    many of its stories as quote them (``Use.speaker``; each story once).

    >>> from quizgen.items.cast_members import Story, Use
    >>> stories = {"a": Story(departed=frozenset({"Ann Ross", "Ben Cole"})), "b": Story(), "c": Story()}
    >>> quoted = [Use("Ann Ross", a, speaker=True) for a in "bc"] + [Use("Ben Cole", "b", speaker=True)]
    >>> sorted(departed_of(quoted, stories))
    ['Ben Cole']
    """
    shown: Counter[str] = Counter()
    for story in stories.values():
        shown.update(story.departed)
    quoted: Counter[str] = Counter()
    for name, _ in {(u.name, u.article_id) for u in uses if u.speaker and u.name in shown}:
        quoted[name] += 1
    return frozenset(name for name, n in shown.items() if n >= quoted[name])


def _occurrences(text: str, part: str) -> Iterator[int]:
    """Every offset where ``part`` (not empty) occurs in ``text``, overlapping ones too."""
    at = text.find(part)
    while at != -1:
        yield at
        at = text.find(part, at + 1)


class _Body:
    """A body's sentences (as ``_SENTENCE`` finds them), found by offset with ``bisect``, and
    the years each gives (read once)."""

    def __init__(self, body: str) -> None:
        self.body = body
        spans = [m.span() for m in _SENTENCE.finditer(body)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self._years: dict[int, list[int]] = {}

    def sentences_naming(self, name: str) -> list[int]:
        """The indexes of the sentences that contain ``name``, in order (``name in sentence``)."""
        if not name:
            return list(range(len(self.starts)))
        found = []
        for at in _occurrences(self.body, name):
            i = bisect_right(self.starts, at) - 1
            if i >= 0 and at + len(name) <= self.ends[i] and (not found or found[-1] != i):
                found.append(i)
        return found

    def years(self, index: int) -> list[int]:
        if index not in self._years:
            sentence = self.body[self.starts[index] : self.ends[index]]
            self._years[index] = [int(y) for y in _YEAR.findall(sentence)] + _era_years(sentence)
        return self._years[index]


def _era_years(sentence: str) -> list[int]:
    """The last year of each era the sentence names (``ERA_YEARS``)."""
    out = []
    for pattern, year in ERA_YEARS:
        out += [year if year is not None else int(m.group(1)) * 10 + 9 for m in pattern.finditer(sentence)]
    return out


def _of_history(name: str, text: _Body, year: int) -> bool:
    """Whether every sentence naming the person in full that gives a year gives only years long
    past, and at least one does ("Abraham Lincoln said in 1858")."""
    years = [y for i in text.sentences_naming(name) for y in text.years(i)]
    return bool(years) and max(years) <= year - HISTORY_YEARS
