"""Archive markup in article text: entities, lost "amp", treebank quotation marks and the WSJ's
"#" for pounds, repaired without moving any word."""

from __future__ import annotations

import re

import pytest

from quizgen.ingest.articles import parse_article
from quizgen.ingest.markup import repair_markup


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Mesa Air &amp; Freight said AT&amp;T would pay.", "Mesa Air & Freight said AT&T would pay."),
        ("It was escaped twice: R&amp;amp;D.", "It was escaped twice: R&D."),
        ("Brown amp Root and Crane amp Hoist Co. merged.", "Brown and Root and Crane and Hoist Co. merged."),
        ("The SampP 500 and the SampL crisis.", "The S&P 500 and the S&L crisis."),
        ("Bolt Savings amp; Loan Association closed.", "Bolt Savings and Loan Association closed."),
        ("Rates at SampLs rose.", "Rates at S&Ls rose."),
        ("She bought a Marshall amp last week.", "She bought a Marshall amp last week."),
        ("``We will win,'' she said of the ``surge.''", "“We will win,” she said of the “surge.”"),
        ("Lane said ``it is over'' and left.", "Lane said “it is over” and left."),
        ("''Not now,'' the mayor said.", "“Not now,” the mayor said."),
        ("Profit fell to #12.5 million ($19.8 million) and shares to #4.35.", "Profit fell to £12.5 million ($19.8 million) and shares to £4.35."),
        ("Jobs are the #1 issue for voters.", "Jobs are the #1 issue for voters."),
        ("A plain sentence stays as it is.", "A plain sentence stays as it is."),
        # a word hyphenated across a line break whose break became a space
        ("the bank's vice- president for the region", "the bank's vice-president for the region"),
        ("a Varnland- flagged ship met Kim Dae- jung, who waved", "a Varnland-flagged ship met Kim Dae-jung, who waved"),
        ("talks held face- to-face in \"ultra- modern\" halls", "talks held face-to-face in \"ultra-modern\" halls"),
        # a thousands group set apart by a space (a group opening on "0" is no number of its own)
        ("a record 165, 000 hectares, up from 1, 000, 000.", "a record 165,000 hectares, up from 1,000,000."),
        ("In 1997, 300 people left; scores were 3, 0 and 1.", "In 1997, 300 people left; scores were 3, 0 and 1."),
        ("the ITAR- TASS agency said the Ostwick side won 92- 83.", "the ITAR-TASS agency said the Ostwick side won 92-83."),
        # a suspended hyphen, and a dash between spaces, stay
        ("coal- and gas-fired plants for two- to three-year terms", "coal- and gas-fired plants for two- to three-year terms"),
        ("the vote - a close one - passed", "the vote - a close one - passed"),
        ("They will say ... thanks , and . . . more ? '' Yes.", "They will say ... thanks , and . . . more ? ” Yes."),
    ],
)
def test_markup_is_repaired(text, clean):
    assert _words(repair_markup(text)) == clean


def test_every_word_keeps_its_offset():
    text = "Dow Jones amp Co. said ``Very few'' of the #30 million ($47 million) remain, AT&amp;T said."
    fixed = repair_markup(text)
    assert len(fixed) == len(text)
    # words of letters and digits not touched by a repair stay where they were
    for m in re.finditer(r"(?<![\S])[A-Za-z]\w*", text):
        if m.group() not in ("amp", "AT"):
            assert fixed[m.start() : m.end()] == m.group(), m.group()
    # and a repaired name is whole: no padding inside it
    assert "AT&T said." in fixed and "Dow Jones and Co." in fixed


def test_an_article_body_is_repaired_and_its_title_too():
    raw = "---\ntitle: 'Crum amp Forster''s cuts'\n---\nCrum amp Forster said it will cut ``about 300'' jobs.\n"
    article = parse_article(raw.encode("utf-8"), article_id="a", path="a.txt")
    assert _words(article.body) == "Crum and Forster said it will cut “about 300” jobs."
    assert article.title == "Crum and Forster's cuts"  # the YAML's '' is an apostrophe, not a quotation mark
