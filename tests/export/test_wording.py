"""Answers highlighted in their evidence: full answer, alternatives, then the surname."""

from __future__ import annotations

from quizgen.export.wording import anki_tag, answer_spans


def _marked(text, answer, alternatives=()):
    return [s for s, hit in answer_spans(text, answer, alternatives=alternatives) if hit]


def test_full_answer_first_then_alternatives_then_surname():
    assert _marked("Donald Trump said, and trump again", "Donald Trump") == ["Donald Trump"]
    assert _marked("“We will win,” Trump said.", "Donald Trump") == ["Trump"]
    assert _marked("NATO sent 3000 troops", "3,000", ["3000"]) == ["3000"]
    assert _marked("nothing here", "Jens Stoltenberg") == []
    assert "".join(s for s, _ in answer_spans("a <b> & c", "zzz")) == "a <b> & c"


def test_tags_have_no_spaces_or_quotes():
    assert anki_tag(' nato isil "x" ') == "nato_isil_x"
