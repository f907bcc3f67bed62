"""Comparing two decks card by card, and splitting a judged sample among readers (no corpus)."""

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from deck_diff import compare
from deck_diff import main as deck_diff_main
from split_sample import split_sample

from quizgen.deck.io import save_deck
from quizgen.models import Deck, DeckInfo, Evidence, NumberItem, Source

BODY = "The bridge cost $4 million, officials said.\n\nIt opened on 2 March 2016 with two lanes."


def _number(item_id: str, question: str, answer: str, value: float, fragment: str, choices=()) -> NumberItem:
    start = BODY.index(fragment)
    return NumberItem(id=item_id, question=question, answer=answer, value=value, style="cloze", choices=list(choices),
                      evidence=[Evidence(source="a", start=start, end=start + len(fragment), text=fragment)])


COST = "The bridge cost $4 million, officials said."
LANES = "It opened on 2 March 2016 with two lanes."


def test_added_removed_and_changed_cards_are_told_apart():
    before = [
        _number("n-1", "The bridge cost ____, officials said.", "$4 million", 4e6, COST, ["$4 million", "$5 million", "$3 million", "$6 million"]),
        _number("n-2", "It opened with ____ lanes.", "two", 2, LANES),
    ]
    after = [
        _number("n-1", "The bridge cost ____, officials said.", "$4 million", 4e6, COST, ["$4 million", "$5 million", "$3 million", "$8 million"]),
        _number("n-3", "[The bridge] opened on 2 March 2016 with ____ lanes.", "two", 2, LANES),
    ]
    added, removed, changed = compare(before, after)
    assert [i.id for i in added] == ["n-3"]
    assert [i.id for i in removed] == ["n-2"]
    assert [(old.id, fields) for old, _new, fields in changed] == [("n-1", ["choices"])]
    assert compare(before, after, kind="quote") == ([], [], [])


def test_the_command_prints_each_removed_card_with_its_evidence(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("---\ntitle: Bridge\n---\n" + BODY, encoding="utf-8")
    decks = []
    for name, items in (("old", [_number("n-2", "It opened with ____ lanes.", "two", 2, LANES)]), ("new", [])):
        deck = Deck(deck=DeckInfo(id="t", title="T"), sources=[Source(id="a", path=str(article), sha256=hashlib.sha256(article.read_bytes()).hexdigest())], items=items)
        save_deck(deck, tmp_path / f"{name}.yaml")
        decks.append(str(tmp_path / f"{name}.yaml"))
    deck_diff_main(decks)
    out = capsys.readouterr().out
    assert "removed 1" in out and "It opened with ____ lanes." in out and LANES in out


def test_a_sample_is_split_into_chunks_that_keep_their_header_and_order(tmp_path):
    stem = tmp_path / "review-7"
    cards = "".join(f"## {n}. `n-{n}` (number)\n\n**Q:** question {n}\n\n" for n in range(1, 6))
    stem.with_suffix(".md").write_text("# Card review sample\n\n" + cards, encoding="utf-8")
    header = "deck\titem\tkind\tright\tanswerable\twell_formed\tworth_learning\tchoices_ok\tnote"
    rows = [f"d.yaml\tn-{n}\tnumber\t\t\t\t\t-\t" for n in range(1, 6)]
    stem.with_suffix(".tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    chunks = split_sample(stem, size=2)
    assert [c.name for c in chunks] == ["review-7a", "review-7b", "review-7c"]
    second = chunks[1]
    assert second.with_suffix(".md").read_text(encoding="utf-8").startswith("# Card review sample")
    assert "## 3. `n-3`" in second.with_suffix(".md").read_text(encoding="utf-8")
    assert second.with_suffix(".tsv").read_text(encoding="utf-8").splitlines() == [header, rows[2], rows[3]]
