"""An article's credit line: who reported, wrote and edited it.

News agencies and papers close a story with its credits — Reuters' "Reporting by A; Additional
reporting by B; Editing by C", the AP's "Associated Press writer B contributed to this report.",
Bloomberg's "With assistance from B". The line belongs to the article (a person marking an
article's text keeps it, as trafilatura does): quizgen saves it with the article, as it saves the
byline, and reads no card from it (``ingest.articles`` calls it furniture).

A credit line is made only of credits: each clause a credit verb or noun with the names it
credits, or a name that "contributed" to the report. A sentence that merely mentions reporting
("Reporting by the Times showed …") has words outside any credit and is no credit line.

>>> is_credit_line("Additional reporting by Jo Lee; Editing by Sam Ng and Ana Ruiz")
True
>>> is_credit_line("(Reporting by Jo Lee in London; writing by Sam Ng)")
True
>>> is_credit_line("Associated Press writer Jo Lee in Cairo contributed to this report.")
True
>>> is_credit_line("Jon Gambrell in Dubai, United Arab Emirates and Jill Lawless in London contributed.")
True
>>> is_credit_line("Nick Fandos covers Congress.")
True
>>> is_credit_line("Reporting by the Times showed the mayor lied.")
False
"""

from __future__ import annotations

import re

# A name as a credit gives it: capitalised words, with initials, particles and hyphens.
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|al|bin|el|le|la))*"
_NAMES = _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:,?\s+and\s+" + _NAME + r")?"
_PLACE = r"(?:\s+in\s+" + _NAME + r")?"
# The AP's roll of several contributors, each with a place that may name its country ("Jon Gambrell
# and Elena Becatoros in Dubai, United Arab Emirates, Jan M. Olsen in Copenhagen, Denmark and Jill
# Lawless in London contributed.", j216: its names had been offered as a tanker's choices)
_WIDE_PLACE = r"(?:\s+in\s+" + _NAME + r"(?:,\s+" + _NAME + r"(?=,|\s+and\s+|\s+contributed))?)?"
_FULL_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|al|bin|el|le|la))+"  # two words at least: "Donors" is none
_ROLL_NAMES = _FULL_NAME + r"(?:,?\s+and\s+" + _FULL_NAME + r")?"
_ROLL = _ROLL_NAMES + _WIDE_PLACE + r"(?:(?:,|,?\s+and)\s+" + _ROLL_NAMES + _WIDE_PLACE + r")*"
# "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by",
# "Graphics by", "Research by", "Fact-checking by", "With assistance from".
_CREDIT = (
    r"(?i:(?:additional|further)\s+)?"
    r"(?i:reporting|writing|editing|compiled|compiling|research|graphics|production|fact-checking|photos)"
    r"\s+by\s+" + _NAMES + _PLACE + r"(?:\s*(?:,|and)\s*" + _NAMES + _PLACE + r")*"
    r"|(?i:with\s+assistance\s+from)\s+" + _NAMES
)
# "Associated Press writer Jo Lee in Cairo contributed (reporting) to this report/story."
_CONTRIBUTED = (
    r"(?:[\w.'’-]+\s+){0,4}?" + _NAMES + _PLACE
    + r"\s+contributed(?:\s+reporting(?:\s+to\s+this\s+(?:report|story|article))?"
    r"|\s+to\s+this\s+(?:report|story|article))"
    r"|(?:[\w.'’-]+\s+){0,4}?" + _ROLL + r"\s+contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?(?=\s*\.?\s*$)"
)
_CREDIT_LINE = re.compile(
    r"\(?\s*(?:—|--|-)?\s*(?:" + _CREDIT + r"|" + _CONTRIBUTED + r")"
    r"(?:\s*[;/|]\s*(?:" + _CREDIT + r"|" + _CONTRIBUTED + r"))*\s*[.;]?\s*\)?"
)
# A staff line closing a story or a transcript: "Nick Fandos covers Congress." (j237), "Jo Lee
# reports on energy for the paper.": whose beat it is, a paragraph of its own, no news.
_BEAT_LINE = re.compile(_FULL_NAME + r"\s+(?:covers(?!\s+up\b)|reports\s+on|writes\s+about)\s+[^.,;:!?“”\"]{2,60}\.?")
# The names in a credit line are few: a long "line" is prose.
_MAX_WORDS = 40
# USA TODAY's roll of contributors, papers and agencies ("Contributing: Jason Gonzales", "Contributing:
# Doug Stanglin in McLean, Va.; Donna Leinwand in Zurich; …"): 76 paragraphs of the AllSides draws
# fresh1 … fresh64, every one the roll (some with the writers' Twitter handles after it).
_CONTRIBUTING = re.compile(r"Contributing:\s+[A-Z]")


def is_credit_line(text: str) -> bool:
    """Whether ``text`` (one paragraph) is an article's credit line and nothing else."""
    flat = " ".join(text.split())
    if not flat or len(flat.split()) > _MAX_WORDS:
        return False
    return _CREDIT_LINE.fullmatch(flat) is not None or _CONTRIBUTING.match(flat) is not None or _BEAT_LINE.fullmatch(flat) is not None
