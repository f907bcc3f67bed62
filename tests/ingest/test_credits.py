"""An article's credit line ("Reporting by …; Editing by …") told from prose that mentions reporting."""

from __future__ import annotations

import pytest

from quizgen.ingest.credits import is_credit_line


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Mara Quist; Editing by Tobias Lind",
        "Additional reporting by Mara Quist in Oslo; Editing by Tobias Lind, Ane Moe and Sunniva Berg",
        "(Reporting by Mara Quist in Oslo; writing by Tobias Lind)",
        "—With assistance from Mara Quist and Tobias Lind.",
        "Associated Press writer Mara Quist in Oslo contributed to this report.",
        "Mara Quist contributed reporting.",
    ],
)
def test_a_credit_line_is_recognised(line):
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Oslo Courier showed that the harbour board had misled the council.",
        "The report was written by Mara Quist and edited by Tobias Lind.",
        "Mara Quist contributed $5,000 to the harbour campaign.",
        "Editing by",
        "Reporting by Mara Quist; Editing by Tobias Lind. " + "The board met again on Tuesday. " * 8,
    ],
)
def test_prose_about_reporting_is_no_credit_line(line):
    assert not is_credit_line(line)
