"""Random articles with known speakers: every quote item must name the right person."""

from __future__ import annotations

from tests.faker_articles import fake_article
from tests.quote_helpers import quotes_in


def test_random_articles_speakers_are_right(nlp):
    wrong, found, total = [], 0, 0
    for seed in range(25):
        article = fake_article(seed)
        facts = {f.quote: f.speaker for f in quotes_in(article.text, nlp, article_id=f"fake{seed}")}
        for quote, speaker in article.truth.items():
            total += 1
            if quote in facts:
                found += 1
                if facts[quote] != speaker:
                    wrong.append((seed, quote, facts[quote], speaker))
        extra = set(facts) - set(article.truth)
        assert not extra, f"seed {seed}: quotes that are not in the article: {extra}"
    assert wrong == []
    assert found / total >= 0.9, f"found {found} of {total} quotes"
