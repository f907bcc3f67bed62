"""The year a partial date's context gives it: "early March" in a sentence about 2008.

A month or a day without a year ("in early March", "on March 3", "on Saturday") is resolved
against the publication date only when no other year is in scope. A year is in scope when the
sentence states one (a year, a month and year, a full date, "eight years ago"), or, for a bare
month in a past-tense sentence, when the previous sentence of its paragraph states one in its
main clause. The parse says whether that year *governs* the partial date:

- "In his 2008 campaign, Obama won the primary in early March": "2008" and "March" hang from
  the same clause ("won"), so the month is March 2008;
- "Obama, who won in 2008, will speak in March": the year sits in a relative clause below the
  one that holds the month, and the month is in the future: publication's year stands;
- "Obama, who had won in 2008, lost the primary in March", or a month after a sentence about
  2008: the year is uncertain (``UNCERTAIN``), and the date gives no fact.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.extract.number_words import is_spelled, words_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

UNCERTAIN = -1  # another year is in scope, but it does not govern the date
MAX_CLAUSE_CLIMB = 8
ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"])
# "eight years ago", "two years earlier": a year stated relative to the publication
YEARS_AGO = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years?\s+(?:ago|earlier|before)\b", re.IGNORECASE)


def clause_head(tok: Token) -> Token:
    """The verb (or the sentence's root) of the clause a token belongs to."""
    for _ in range(MAX_CLAUSE_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.head is tok:
            return tok
        tok = tok.head
    return tok


def years_ago(sent: Span, doc: Doc, published_year: int) -> list[tuple[int, Token]]:
    """The years "N years ago" in a sentence gives, with the token that says it."""
    found = []
    for m in YEARS_AGO.finditer(sent.text):
        word = m.group("n")
        if word.isdigit():
            n = int(word)
        elif is_spelled(word):
            n = words_value(word)
        else:
            continue
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None and n > 0:
            found.append((published_year - n, span[0]))
    return found


def _governs(year_tok: Token, date_tok: Token) -> bool:
    """Whether a year's clause holds the date's: the same clause, or one the date's clause
    hangs below ("In 2008, he said he had won in March")."""
    head = clause_head(year_tok)
    return head == clause_head(date_tok) or head in clause_head(date_tok).ancestors


def _adverbial(year_tok: Token) -> bool:
    """Whether a year dates its clause itself ("In 2008, ...", "... in 2008") rather than a
    noun ("a 2014 law", "his 2008 campaign")."""
    head = clause_head(year_tok)
    return year_tok.head == head or (year_tok.dep_ == "pobj" and year_tok.head.head == head)


def _dates_an_argument(year_tok: Token) -> bool:
    """Whether a year dates a subject or an object of its clause ("released a June 2011 email",
    "a 2014 law was struck down"): that thing's date, not the clause's time, which a year in a
    frame does set ("in his 2008 campaign, he won in March")."""
    if _adverbial(year_tok):
        return False
    tok = year_tok
    for _ in range(MAX_CLAUSE_CLIMB):
        head = tok.head
        if head is tok or head.pos_ in ("VERB", "AUX"):
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "DATE":
            while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
                head = head.head
            return head.dep_ in ARGUMENT_DEPS
        tok = head
    return False


def _reaches_now(year_tok: Token) -> bool:
    """Whether a year opens a period that runs to the present ("arrested since 1990", "the
    biggest rallies since the revolution of 41 years ago"): it puts no other year in scope."""
    return any(t.lower_ == "since" and t.dep_ == "prep" for t in (year_tok, *year_tok.ancestors))


def context_year(
    span: Span,
    resolved_year: int,
    here: list[tuple[int, Token]],
    before: list[tuple[int, Token]],
    *,
    tense: str,
    bare_month: bool,
) -> int | None:
    """The year the context gives a partial date ``span`` (resolved to ``resolved_year`` from
    the publication date): a governing year of its sentence, ``UNCERTAIN`` when another year
    is in scope but does not govern it, or None when nothing contradicts publication.

    ``here`` are the other years its sentence states, ``before`` those of the previous
    sentence of its paragraph. A year that does not govern the date, in its sentence or the
    one before, makes only a bare month uncertain ("In 2008, Obama lost. In March, he won."):
    a bare weekday or "March 3" is the story's own time unless its own clause says otherwise."""
    here = [(y, t) for y, t in here if not _reaches_now(t)]
    before = [(y, t) for y, t in before if not _reaches_now(t)]
    others = [(y, t) for y, t in here if y != resolved_year and not _dates_an_argument(t)]
    if not bare_month:  # "on Tuesday ... a 2014 law": only the clause's own time moves a day
        others = [(y, t) for y, t in others if _adverbial(t)]
    if others:
        governing = {y for y, t in others if _governs(t, span.root)}
        if len(governing) == 1 and not any(y == resolved_year for y, t in here if _governs(t, span.root)):
            return governing.pop()
        if governing:
            return UNCERTAIN
        if not bare_month or (tense == "future" and all(y < resolved_year for y, _ in others)):
            # "The court on Tuesday overturned a ruling to uphold a 2014 law": a bare weekday
            # or "March 3" is the story's own time; "Obama, who won in 2008, will speak in March"
            return None
        return UNCERTAIN
    if any(y == resolved_year for y, _ in here) or not (bare_month and tense == "past"):
        return None
    main = [y for y, t in before if clause_head(t).dep_ == "ROOT"]
    if any(y != resolved_year for y in main):
        return UNCERTAIN
    return None
