"""Helpers for tests: a one-paragraph article with optional front-matter date, its facts, the
names its context-dependent words were given, and the deck of an article written to a folder."""

from __future__ import annotations

from pathlib import Path

from quizgen.deck.generate import build_deck, content_text, generate_deck
from quizgen.extract import ArticleFacts, extract_facts
from quizgen.extract.events import extract_events
from quizgen.ingest.articles import Article, parse_article


def make_article(
    text: str, *, date: str | None = "2017-05-24", article_id: str = "a1", title: str = "Test", outlet: str | None = None
) -> Article:
    front = f"---\ntitle: {title}\n" + (f"date: {date}\n" if date else "") + (f"outlet: {outlet}\n" if outlet else "") + "---\n"
    return parse_article((front + text + "\n").encode("utf-8"), article_id=article_id, path=f"{article_id}.md")


def deck_of(folder: Path, body: str, *, title: str = "Test", date: str | None = "2017-05-24", events: bool = True):
    """The deck ``generate`` makes of one article (``body``, its paragraphs apart by blank lines)
    written with its front matter to ``folder`` (no date line with ``date=None``: an undated story)."""
    front = f"title: {title}\n" + (f"date: {date}\n" if date else "")
    (folder / "a.txt").write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="t", events=events)


def wire_items(folder: Path, body: str, *, title: str, date: str, others: dict[str, str] | None = None) -> list:
    """The items ``generate`` makes of a wire story written for the test, its front matter then a
    blank line then ``body`` (as a story file of the Reuters draws is written), with ``others``
    (a file name → its body, titled "OTHER" and dated the same) beside it in ``folder``."""
    (folder / "a.md").write_text(f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n", encoding="utf-8")
    for name, text in (others or {}).items():
        (folder / name).write_text(f"---\ntitle: OTHER\ndate: {date}\n---\n\n{text}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="t", events=True).items


def deck_of_text(nlp, text: str, *, events: bool = False, **article):
    """The deck ``build_deck`` makes of one article written for the test (``make_article``'s
    keywords: ``date``, ``title``, ``article_id``, ``outlet``)."""
    return build_deck([facts_of(nlp, make_article(text, **article))], deck_id="t", title="T", events=events)


def events_of(nlp, text: str) -> list:
    """The event facts ``extract_events`` finds in an article of ``text``."""
    article = make_article(text)
    return list(extract_events(nlp(content_text(article)), article=article))


def facts_of(nlp, article: Article) -> ArticleFacts:
    return extract_facts(nlp(content_text(article)), article=article)


def references_of(nlp, text: str, kind: str | None = None) -> dict[str, str | None]:
    """The words of ``text`` that lean on the text before (``facts.references``, of ``kind`` if
    given), each with the name the extractor gave it (None: left unnamed, no card)."""
    facts = facts_of(nlp, make_article(text))
    return {r.text: r.name for r in facts.references if kind is None or r.kind == kind}


def shown(items) -> list[tuple[str, str, str]]:
    """Each item's kind, question and answer: what an assertion on a deck prints when it fails."""
    return [(i.kind, i.question, i.answer) for i in items]
