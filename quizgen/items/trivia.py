"""Kinds of trivia a teacher would not ask: read from where a card's blank stands in its sentence.

A key fact and a trivial one can look alike (two dates, two sums of money); what tells them apart
is the sentence around the answer: the day a newspaper *reported* something rather than the day
it happened, a sum restated in parentheses or "…, or $1.43 a share", a poll's margin of error or
sample size, a share's routine closing price. ``trivia_kind`` names the kind, or None; ranking
keeps such a card but puts it after the story's facts (``TRIVIA_FACTOR``).
"""

from __future__ import annotations

import re

BLANK = "____"
# What a newspaper or a letter did, not what happened: "a newspaper reported ____",
# "the Times reported on ____", "On ____, the Buffalo News reported", "said in a letter on ____"
# (not "they met ____, a newspaper reported": that blank is the meeting's).
REPORT_VERBS = r"(?:reported|reports|wrote|published|tweeted|posted|said in an? (?:letter|statement|report|e-?mail|memo))"
REPORT_DATE = re.compile(
    rf"\b{REPORT_VERBS}\s+(?:on\s+|last\s+|early\s+|late\s+)?{BLANK}"
    rf"|\b(?:letter|memo|e-?mail)s?\b(?:\s+[\w’'.,-]+){{0,5}}?\s+(?:on|dated)\s+{BLANK}"
    rf"|^(?:On\s+)?{BLANK}\s*,?\s+(?:(?:the|a|an)\s+)?(?:[\w’'.-]+\s+){{0,3}}{REPORT_VERBS}\b",
    re.IGNORECASE,
)
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion"
# A figure restated: "one million shares, or ____ of the total", "$13.7 million, or ____ a share",
# "(about ____)"; the fact is the first figure.
CONVERSION = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORDS})\b)[^,;.()]{{0,40}},\s+or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?{BLANK}"
    rf"|\b(?:equivalent to|the equivalent of)\s+(?:about\s+|roughly\s+)?{BLANK}",
    re.IGNORECASE,
)
# How a poll was taken, not what it found: the blank is the margin of error or the sample
# ("a margin of error of ____", "surveyed ____ people", "among ____ randomly selected voters"),
# not the finding the same sentence reports ("… found that ____ opposed the plan").
METHODOLOGY = re.compile(
    rf"\b(?:margin of (?:sampling )?error|sampling error)(?:\s+(?:of|was|is))?\s+(?:\+/-\s*|plus or minus\s+)?{BLANK}"
    rf"|\bplus or minus\s+{BLANK}"
    rf"|\b(?:surveyed|interviewed|polled|sampled|questioned)\s+{BLANK}"
    rf"|\b(?:survey|poll|sample|sampling)\b[^.;]{{0,30}}?\b(?:of|consisted of|size of)\s+{BLANK}"
    rf"|\bamong\s+{BLANK}\s+(?:randomly|registered|likely|adults|people|respondents|voters|residents)"
    rf"|{BLANK}\s+(?:[\w-]+\s+){{0,3}}(?:respondents|people|adults|voters|residents)\s+(?:were\s+)?(?:surveyed|interviewed|polled)",
    re.IGNORECASE,
)
# A day's closing price on the exchange: market routine, not the story.
MARKET_CLOSE = re.compile(
    r"\bcomposite trading\b|\bclos(?:ed|ing)\s+(?:unchanged\s+|up\s+|down\s+|\w+\s+)?(?:\w+\s+)?at\s+(?:[$£€]|____)"
    r"|\b(?:Stock Exchange|Nasdaq|over-the-counter)\s+trading\b",
    re.IGNORECASE,
)


def trivia_kind(item) -> str | None:
    """Which kind of trivia the card asks ("report date", "year in a quote", "restated figure",
    "parenthetical", "poll method", "market close"), or None for a fact that may matter.

    >>> from types import SimpleNamespace as N
    >>> trivia_kind(N(kind="date", style="cloze", question="Kopp fled, a newspaper reported ____.", evidence=[]))
    'report date'
    """
    sentence, at = _sentence_and_blank(item)
    if at is None:
        return None
    if item.kind == "date":
        if REPORT_DATE.search(sentence):
            return "report date"
        # a bare year inside a quotation: the speaker's "this year", not the story's date
        if len(getattr(item, "value", "")) == 4 and _inside_quotation(sentence, at):
            return "year in a quote"
        return None
    if item.kind != "number":
        return None
    if _inside_parentheses(sentence, at, item.answer):
        return "parenthetical"
    if CONVERSION.search(sentence):
        return "restated figure"
    if METHODOLOGY.search(sentence):
        return "poll method"
    if MARKET_CLOSE.search(sentence):
        return "market close"
    return None


def _inside_quotation(sentence: str, at: int) -> bool:
    before = sentence[:at]
    curly = before.count("“") > before.count("”")
    return curly or (before.count('"') % 2 == 1)


def _sentence_and_blank(item) -> tuple[str, int | None]:
    """The card's sentence with its answer as ``____``, and where the blank stands."""
    if item.style == "cloze" and BLANK in item.question:
        return item.question, item.question.index(BLANK)
    for evidence in item.evidence:
        at = evidence.text.find(item.answer) if item.answer else -1
        if at >= 0:
            return evidence.text[:at] + BLANK + evidence.text[at + len(item.answer) :], at
    return "", None


# A parenthesis that converts or restates the figure before it: "1.2 billion euros (____)",
# "the savings (about ____)"; not one that gives a list's figures, "immigration (____), jobs (…)".
RESTATING = re.compile(rf"(?:\d|\b(?:{NUMBER_WORDS})\b)[^,;()]{{0,30}}\($|\(\s*(?:about|roughly|approximately|nearly|some|around|or|equivalent to|the equivalent of|US|U\.S\.)\b", re.IGNORECASE)


def _inside_parentheses(sentence: str, at: int, answer: str) -> bool:
    """Whether the blank (its answer ``answer``) stands in a parenthesis that converts or restates."""
    before = sentence[:at]
    opened = before.rfind("(")
    if opened < 0 or before.count("(") <= before.count(")"):
        return False
    return bool(RESTATING.search(before[: opened + 1]) or RESTATING.search(before[opened:] + answer))
