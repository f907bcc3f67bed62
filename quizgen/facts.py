"""Facts: what the extractors find, as plain data with character offsets into the body.

Extractors produce facts from a parsed article; spaCy objects never leave ``extract/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A person named in an article: the name as written (titles stripped) and where."""

    name: str
    start: int
    end: int
    role: str | None = None  # "NATO Secretary General", "British Prime Minister", …


@dataclass(frozen=True)
class QuoteFact:
    """A direct quotation and the person who said it.

    ``quote`` is the verbatim quoted words (pieces split around the cue joined with " … ");
    ``speaker`` is the fullest name the article gives for the speaker; ``start``/``end``
    delimit the evidence (the sentences holding quote and attribution).
    """

    article_id: str
    quote: str
    quote_start: int
    quote_end: int
    speaker: str
    start: int
    end: int
    cue: str
    role: str | None = None
    # How the speaker was found: "name", "partial" (surname → full name), "organisation",
    # "description" ("the NATO chief"), "pronoun-speaker" (he = the last speaker),
    # "pronoun-subject" (he = a recent main-clause subject), "continuation" (a quote paragraph
    # following an attributed one).
    via: str = "name"
    verb: str | None = None  # for scare quotes: "called", "declared"
    target: str | None = None  # for scare quotes: what was so called ("NATO")
    clause: str | None = None  # indirect speech holding a partial quote
    cue_past: str = "said"  # the reporting verb for the question ("said", "warned", …)
