"""Carrying a judged sample's verdicts over to decks rebuilt at newer code (no corpus)."""

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from carryover import compare, main

from quizgen.deck.io import load_deck, save_deck
from quizgen.models import Deck, DeckInfo, Evidence, NumberItem, PersonItem, Source

BODY = "Ann Lee, the mayor of Springfield, opened the bridge.\n\nThe bridge cost $4 million, officials said."


def _ev(fragment: str) -> Evidence:
    start = BODY.index(fragment)
    return Evidence(source="a", start=start, end=start + len(fragment), text=fragment)


def _mayor(item_id: str, choices: list[str]) -> PersonItem:
    return PersonItem(id=item_id, question="Who was the mayor of Springfield?", answer="Ann Lee", person="Ann Lee",
                      role="mayor of Springfield", choices=choices,
                      evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge.")])


def _cost(item_id: str, question: str) -> NumberItem:
    return NumberItem(id=item_id, question=question, answer="$4 million", value=4_000_000, style="cloze",
                      evidence=[_ev("The bridge cost $4 million, officials said.")])


def _bridges(item_id: str, question: str) -> NumberItem:
    return NumberItem(id=item_id, question=question, answer="one", value=1, style="cloze",
                      evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge.")])


def _opener(item_id: str, question: str) -> PersonItem:
    return PersonItem(id=item_id, question=question, answer="Ann Lee", person="Ann Lee", role="mayor of Springfield",
                      style="cloze", evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge.")])


def _save(folder: Path, items) -> Path:
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("---\ntitle: Bridge\ndate: 2016-03-02\n---\n" + BODY, encoding="utf-8")
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    deck = Deck(deck=DeckInfo(id="t", title="T"), sources=[Source(id="a", path=str(article), sha256=sha)], items=items)
    save_deck(deck, folder / "news.yaml")
    return folder / "news.yaml"


def test_same_cards_keep_their_verdicts_and_only_new_or_rewritten_cards_are_unseen(tmp_path):
    old = _save(tmp_path / "old", [
        _mayor("p-1", ["Ann Lee", "Bob Ray", "Cy Young", "Di Fox"]),
        _cost("n-1", "The bridge cost ____, officials said."),
        _bridges("n-2", "Ann Lee opened ____ bridge."),
        _opener("p-2", "____ opened the bridge."),
    ])
    new = _save(tmp_path / "new", [
        _mayor("p-1", ["Ann Lee", "Bob Ray", "Cy Young", "Ed Lim"]),  # other choices
        _cost("n-1", "The bridge cost ____, officials said."),         # the same card
        _cost("n-3", "The Springfield bridge cost ____."),             # n-1's fact asked again
        _opener("p-2", "____, the mayor of Springfield, opened the bridge."),  # reworded
    ])                                                                  # n-2 gone
    verdicts = tmp_path / "judged.tsv"
    verdicts.write_text(
        "deck\titem\tkind\tright\tanswerable\twell_formed\tworth_learning\tchoices_ok\tnote\n"
        f"{old}\tn-1\tnumber\ty\ty\ty\ty\t-\t\n"
        f"{old}\tn-2\tnumber\ty\tn\ty\tn\t-\tnames nothing\n"
        f"{old}\tp-1\tperson\ty\ty\ty\ty\tn\tDi Fox is a giveaway\n",
        encoding="utf-8",
    )
    counts, judged, unseen = compare([old], [new], [str(verdicts)])
    assert (counts["same"], counts["choices changed"], counts["reworded"], counts["gone"]) == (1, 1, 1, 1)
    assert [row["item"] for row in judged["same"]] == ["n-1"]
    assert [row["item"] for row in judged["gone"]] == ["n-2"]
    assert sorted(item["id"] for _, item in unseen) == ["n-3", "p-1", "p-2"]
    assert counts["unseen, a new fact"] == 0

    changed = tmp_path / "changed.yaml"
    main(["--old", str(old), "--new", str(new), "--judgements", str(verdicts), "--changed", str(changed)])
    assert sorted(item.id for item in load_deck(changed).items) == ["n-3", "p-1", "p-2"]
