"""The PolNeAR gold reader behind benchmarks/quotes_polnear.py, on inline samples (no corpus)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from polnear import read_annotations, source_name


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Sen. John McCain, R-Ariz.", "John McCain"),
        ("Senate Majority Leader Mitch McConnell", "Mitch McConnell"),
        ("The Post's Dana Milbank", "Dana Milbank"),
        ("Mr. Obama's", "Obama"),
        ("Mr. Burman of the Tax Policy Center", "Burman"),
        ("Rep. Trey Gowdy (R-S.C.)", "Trey Gowdy"),
        ("the Washington Examiner", "Washington Examiner"),
        ("a spokesman for Bernie Sanders", None),
        ("one New Hampshire Democrat", None),
        ("the campaign of the former senator from Pennsylvania", None),
        ("Democrats", None),
        ("he", None),
        ("John Bolton and Sebastian Gorka", None),
        ("her personal lawyer, David E. Kendall", "David E Kendall"),
        ("Speaker of the House Rep. Paul Ryan (R-WI)", "Paul Ryan"),
        ("the director of the Federal Bureau of Investigation, James B. Comey,", "James B Comey"),
    ],
)
def test_source_names(span, name):
    assert source_name(span) == name


TEXT = (
    "Tom Becker met Anna Lopez on Monday.\n\n"
    "“We will strike,” Becker said.\n\n"
    "“No,” she said.\n\n"
    "“Yes,” he said."
)


def _ann(text: str, relations: list[tuple[str, str, str]]) -> str:
    lines, n = [], 0
    for source, cue, content in relations:
        ids = []
        for label, words in (("Source", source), ("Cue", cue), ("Content", content)):
            n += 1
            start = text.index(words)
            lines.append(f"T{n}\t{label} {start} {start + len(words)}\t{words}")
            ids.append(f"T{n}")
        lines.append(f"E{n}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")
    return "\n".join(lines) + "\n"


def test_pronouns_resolve_only_where_the_text_settles_them(tmp_path):
    ann = tmp_path / "a.ann"
    ann.write_text(
        _ann(TEXT, [("Becker", "said", "“We will strike,”"), ("she", "said", "“No,”"), ("he", "said", "“Yes,”")]),
        encoding="utf-8",
    )
    persons = [(TEXT.index("Tom Becker"), "Tom Becker"), (TEXT.index("Anna Lopez"), "Anna Lopez")]
    gold = read_annotations(ann, TEXT, persons)
    assert [(g.speaker, g.named, g.pronoun) for g in gold] == [
        ("Becker", True, False),
        ("Anna Lopez", False, True),  # the one woman named
        ("Tom Becker", False, True),  # the one man named
    ]


def test_items_the_scores_cannot_judge_are_sorted_into_kinds():
    from types import SimpleNamespace

    from polnear import GoldQuote
    from quotes_sample import kind_of

    fact = SimpleNamespace(quote_start=10, quote_end=20)
    named = GoldQuote([(5, 25)], "“…”", "Tom Becker", 0, "Tom Becker", named=True)
    open_pronoun = GoldQuote([(5, 25)], "“…”", "he", 0, None, pronoun=True)
    description = GoldQuote([(5, 25)], "“…”", "a top aide", 0, None)
    elsewhere = GoldQuote([(40, 60)], "“…”", "Tom Becker", 30, "Tom Becker", named=True)
    assert kind_of(fact, [named]) is None
    assert kind_of(fact, [open_pronoun]) == "open-pronoun"
    assert kind_of(fact, [description]) == "description"
    assert kind_of(fact, [elsewhere]) == "unmarked"


def test_speakers_read_by_hand_score_items_the_annotations_leave_open(tmp_path):
    from collections import Counter
    from types import SimpleNamespace

    from polnear import read_checked
    from quotes_polnear import _score_read

    path = tmp_path / "checked.tsv"
    path.write_text("# comment\na1\t10\tTom Becker\na1\t50\t-\n", encoding="utf-8")
    checked = read_checked(path)
    assert checked == {("a1", 10): "Tom Becker", ("a1", 50): "-"}
    score, wrong = Counter(), []
    _score_read(score, SimpleNamespace(speaker="Becker", via="partial", quote="…"), [checked[("a1", 10)]], wrong, "a1")
    _score_read(score, SimpleNamespace(speaker="Anna Lopez", via="name", quote="…"), [checked[("a1", 50)]], wrong, "a1")
    _score_read(score, SimpleNamespace(speaker="Anna Lopez", via="name", quote="…"), [], wrong, "a1")
    assert score == Counter(right=1, wrong=1, unread=1)  # "-": nobody named said it


def test_a_malformed_checked_line_names_its_line(tmp_path):
    import pytest
    from polnear import read_checked

    path = tmp_path / "checked.tsv"
    path.write_text("a1\tten\tTom Becker\n", encoding="utf-8")
    with pytest.raises(ValueError, match="checked.tsv:1"):
        read_checked(path)
