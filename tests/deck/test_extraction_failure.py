"""A fault of ours in reading one article costs that article's cards, never the deck: the deck
is made from the others, the command warns and names the file, and nothing of the failed
article is cached (so a fixed version reads it). With two processes, the parse does not hang
on the worker that failed (stop 54: an IndexError in one TimeBank article left a build waiting
for ever on its dead worker, and a one-process run ended in a traceback).

The fault is injected (no real article is known to fail: each one found was fixed), by making
the extractor raise for one article's text."""

from __future__ import annotations

import pytest

from quizgen.cli import main
from quizgen.deck.cache import FactCache
from quizgen.deck.generate import generate_deck
from quizgen.extract import pipeline

GOOD = (
    "Acme Corp said on Tuesday it would close its plant in Dayton, cutting 400 jobs.\n\n"
    '"This was a hard decision," Acme chief executive Jane Doyle said.'
)
BROKEN = "Zenith Ltd said on Monday it sold its shipping unit for 25 million dollars.\n\nZENITH-FAULT"


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    real = pipeline.extract_facts

    def failing(doc, *, article):
        if "ZENITH-FAULT" in article.body:
            raise IndexError("[E1002] Span index out of range.")
        return real(doc, article=article)

    monkeypatch.setattr(pipeline, "extract_facts", failing)
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(6):  # enough articles that a default run may use two processes
        (articles / f"good{n}.txt").write_text(f"---\ntitle: Acme closes plant {n}\ndate: 2024-06-04\n---\n{GOOD}\n", encoding="utf-8")
    (articles / "broken.txt").write_text(f"---\ntitle: Zenith sells unit\ndate: 2024-06-03\n---\n{BROKEN}\n", encoding="utf-8")
    return articles


@pytest.mark.parametrize("processes", [1, 2])
def test_one_failed_article_costs_only_its_cards(folder, tmp_path, capsys, processes):
    cache = FactCache(tmp_path / "cache")
    deck = generate_deck([folder], deck_id="faults", n_process=processes, cache=cache)
    warning = capsys.readouterr().err
    assert "broken.txt" in warning and "IndexError" in warning and "no cards from this article" in warning
    assert any("Doyle" in i.answer or "Acme" in i.question for i in deck.items)
    assert not any("Zenith" in i.question or "Zenith" in i.answer for i in deck.items)


def test_the_command_writes_the_deck_and_warns(folder, tmp_path, capsys):
    out = tmp_path / "deck.yaml"
    assert main(["generate", str(folder), "--out", str(out), "--no-cache", "--quiet"]) == 0
    assert out.is_file() and "Acme" in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "broken.txt" in err and "please report" in err and "Traceback" not in err


def test_a_failed_article_is_not_cached(folder, tmp_path, monkeypatch):
    cache = FactCache(tmp_path / "cache")
    generate_deck([folder], deck_id="faults", n_process=1, cache=cache)
    monkeypatch.undo()  # the fault fixed: the next run reads the article that failed, and gets its cards
    again = FactCache(tmp_path / "cache")
    deck = generate_deck([folder], deck_id="faults", n_process=1, cache=again)
    assert again.misses == 1 and again.hits == 6
    assert any("Zenith" in i.question or "Zenith" in i.answer for i in deck.items)
