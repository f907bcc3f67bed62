"""Run the quote extractor over article text written in a test."""

from __future__ import annotations

from quizgen.deck.generate import content_text
from quizgen.extract.quotes import extract_quotes
from quizgen.facts.records import QuoteFact
from quizgen.ingest.articles import parse_article


def quotes_in(text: str, nlp, *, article_id: str = "test") -> list[QuoteFact]:
    article = parse_article(text.encode("utf-8"), article_id=article_id, path=f"{article_id}.txt")
    return list(extract_quotes(nlp(content_text(article)), article=article))


def speakers_by_quote(text: str, nlp) -> dict[str, str]:
    return {q.quote: q.speaker for q in quotes_in(text, nlp)}
