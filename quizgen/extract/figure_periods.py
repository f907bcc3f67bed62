"""Whether a figure of accounts says which period it is of, read from its sentence and the
article's periods.

Earnings news reports one company's accounts for two or more periods — the quarter and the
nine months, the quarter and the year — and a sentence often leans on the one before for its
period: "At GMAC, net fell 3.1%." (the quarter) beside "In the nine months, GMAC's earnings fell
8%". A card "Net at GMAC fell ____." has two answers a reader of the article could give. A
figure's *period is unsaid* when

- it is a flow of accounts (``constants.PERIOD_ACCOUNT_NOUNS``: net, sales, revenue, profit,
  earnings, income, loss): the noun it measures, or the subject or object of its clause, is one,
  or its clause's verb is "earn";
- its sentence names no period: no date, no period noun ("the quarter", "the nine months",
  "the year-earlier period", "a year ago");
- nothing else in its sentence pins it: no other number (a figure beside its baseline, "to ____
  from $241.9 million", or its per-share amount, "earned ____, or 54 cents a share", is the one
  figure said so);
- the article reports two or more kinds of period (``ACCOUNT_PERIODS``: a quarter, a half,
  nine months, a year).

Such a figure makes no card (``FigureFact.occasion_unsaid``): the period is not guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import PERIOD_ACCOUNT_NOUNS, PERIOD_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The kinds of period accounts are reported for; an article that names two may mean either.
ACCOUNT_PERIODS = (
    re.compile(r"\bquarter(?:ly)?\b|\bthree months\b", re.IGNORECASE),
    re.compile(r"\b(?:first|second) half\b|\bsix months\b|\bsix-month\b", re.IGNORECASE),
    re.compile(r"\bnine months\b|\bnine-month\b", re.IGNORECASE),
    re.compile(r"\bfull[ -]year\b|\bfiscal (?:year|19\d\d|20\d\d)\b|\byear ended\b|\bfor the year\b", re.IGNORECASE),
)
# Words that name a period or a time in the figure's sentence ("a year earlier", "year-ago").
_TIME_WORDS = re.compile(r"\b(?:quarter|period|year|month|half|week|season|fiscal|annual|ago|earlier)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "attr"])


def account_periods(doc: Doc) -> int:
    """How many kinds of period of accounts the article's text names (``ACCOUNT_PERIODS``)."""
    return sum(1 for pattern in ACCOUNT_PERIODS if pattern.search(doc.text))


def period_unsaid(span: Span, periods: int) -> bool:
    """Whether ``span`` is a figure of accounts whose sentence neither names nor pins its period
    in an article of ``periods`` kinds of period (see the module)."""
    if periods < 2:
        return False
    sent = span.sent
    if any(e.label_ == "DATE" for e in sent.ents) or _TIME_WORDS.search(sent.text):
        return False
    if any(_DIGIT.search(t.text) for t in sent if not (span.start <= t.i < span.end)):
        return False  # "rose 3.1% to ____ from $241.9 million": the other figures say which
    return _of_accounts(span)


def _of_accounts(span: Span) -> bool:
    """Whether the figure measures a flow of accounts: the noun it measures ("a net of ____",
    "its ____ loss"), the subject or object of its clause ("Net fell ____", "boosted net ____"),
    or the clause's verb is "earn"."""
    root = span.root
    words: list[Token] = [root.head] if root.dep_ in ("nummod", "quantmod", "compound", "amod", "pobj") else []
    if root.dep_ == "pobj":
        words.append(root.head.head)  # "a loss of ____"
    # "boosted net 16%": the parse may hang the noun on the figure as its modifier
    words += [c for c in root.children if c.dep_ in ("amod", "compound") and not (span.start <= c.i < span.end)]
    verb = root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        if verb.lemma_.lower() == "earn":
            return True
        words += [c for c in verb.children if c.dep_ in _ARGUMENT_DEPS]
    return any(_account_noun(w) for w in words)


def _account_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (tok.lower_ in PERIOD_ACCOUNT_NOUNS or lemma in PERIOD_ACCOUNT_NOUNS) and lemma not in PERIOD_NOUNS
