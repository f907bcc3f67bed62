"""The deck format (schema_version 1): pydantic models are its single source of truth.

A deck is content: where each item came from (``sources``) and the items themselves.
Review history is user data and lives elsewhere (keyed by deck id and item id).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# Check with re.fullmatch (``re.match`` lets "abc\n" through: ``$`` matches before a final
# newline); pydantic's regex engine reads ``$`` as the end of the text.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """Where an answer comes from: ``text == body[start:end]`` of the source article."""

    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Evidence:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"text has {len(self.text)} characters but the span {self.start}-{self.end} "
                f"has {self.end - self.start}"
            )
        return self


class DeckInfo(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    language: str = "en"
    tags: list[str] = []


class Source(_Frozen):
    """One article the deck was generated from."""

    id: str = Field(min_length=1)
    title: str = ""
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    def citation(self, separator: str = ", ", *, url: bool = True) -> str:
        """The article in one line: title, outlet, date (and URL), whatever the deck knows."""
        parts = [self.title or self.id, self.outlet, self.published and self.published.isoformat()]
        parts.append(self.url if url else None)
        return separator.join(p for p in parts if p)


class _ItemBase(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    accept: list[str] = []
    choices: list[str] = []
    # "question" reads as a question; "cloze" is a sentence with the answer blanked as ____.
    style: Literal["question", "cloze"] = "question"
    evidence: list[Evidence] = Field(min_length=1)
    tags: list[str] = []
    # Cards that reveal each other (a role card and its reverse, two clozes of one sentence)
    # share a group id: study and exports keep them apart. Optional; old decks stay valid.
    siblings: str | None = Field(default=None, pattern=ID_PATTERN)
    # How much the fact matters to its story, 0–1 (headline, central people, main figures high;
    # background years and asides low): study can teach important cards first.
    importance: float | None = Field(default=None, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _choices_are_sound(self) -> _ItemBase:
        if self.choices:
            if self.answer not in self.choices:
                raise ValueError(f"choices {self.choices!r} do not include the answer {self.answer!r}")
            if len({c.casefold() for c in self.choices}) != len(self.choices):
                raise ValueError(f"choices {self.choices!r} repeat an option")
        if self.style == "cloze" and "____" not in self.question:
            raise ValueError("a cloze question must contain the blank ____")
        return self


class QuoteItem(_ItemBase):
    """Who said it: ``quote`` holds the verbatim quoted words, ``answer`` the speaker."""

    kind: Literal["quote"] = "quote"
    quote: str = Field(min_length=1)
    role: str | None = None  # the speaker's role as the article gives it, if any


class DateItem(_ItemBase):
    """When it happened: ``value`` is ISO 8601 at its true precision (2014, 2016-03, 2016-02-11)."""

    kind: Literal["date"] = "date"
    value: str

    @field_validator("value")
    @classmethod
    def _iso(cls, v: str) -> str:
        if not ISO_DATE.match(v):
            raise ValueError(f"{v!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return v


Number = int | float


class NumberItem(_ItemBase):
    """How many: ``value`` is the number, or ``[low, high]`` for a range; ``unit`` what it counts."""

    kind: Literal["number"] = "number"
    value: Number | tuple[Number, Number]
    unit: str | None = None
    qualifier: str | None = None  # "at least", "more than", "some", ...


class PersonItem(_ItemBase):
    """Who held a role: ``answer`` is the person, ``role`` the role, ``as_of`` when (ISO).

    An item tagged ``reverse`` asks the other way round: its ``answer`` is the role.
    """

    kind: Literal["person"] = "person"
    person: str
    role: str
    as_of: str | None = None


class EventItem(_ItemBase):
    """What happened: an ``actor`` did something (``verb``, a lemma of class ``verb_class``).

    ``asks`` says which part the card asks for: ``what`` (the answer is the phrase saying what
    the actor did, "that it will close 40 rural lines"), ``who`` (the answer is the actor) or
    ``why`` (the answer is the explicit ``reason``, "because of falling passenger numbers").
    """

    kind: Literal["event"] = "event"
    actor: str = Field(min_length=1)
    verb: str = Field(min_length=1)
    verb_class: str = Field(min_length=1)
    asks: Literal["what", "who", "why"]
    reason: str | None = None


Item = Annotated[
    QuoteItem | DateItem | NumberItem | PersonItem | EventItem, Field(discriminator="kind")
]
ITEM_KINDS = ("quote", "date", "number", "person", "event")


class FollowedFeed(_Frozen):
    """A news feed the deck follows: ``quizgen update`` adds what it published since ``updated``."""

    url: str = Field(pattern=r"^https?://\S+$")
    updated: dt.datetime | None = None  # UTC, when the feed was last read
    seen: list[str] = []  # entry links already made into articles: never fetched again


class Deck(_Frozen):
    schema_version: Literal[1] = 1
    deck: DeckInfo
    feeds: list[FollowedFeed] = []  # written only when the deck follows feeds
    sources: list[Source] = []
    items: list[Item] = []

    @model_validator(mode="after")
    def _references_resolve(self) -> Deck:
        problems = []
        source_ids = {s.id for s in self.sources}
        if len(source_ids) != len(self.sources):
            problems.append("two sources share an id")
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                problems.append(f"item {item.id}: the id is used twice")
            seen.add(item.id)
            for ev in item.evidence:
                if ev.source not in source_ids:
                    problems.append(f"item {item.id}: evidence names unknown source {ev.source!r}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)
