"""Would a learned ranking beat the hand weights? Logistic regression on the ranking signals,
trained on the dev key facts, compared with ``ranking.WEIGHTS`` leave-one-article-out.

    nice -n 10 python benchmarks/key_facts_model.py --cache /work/cache/me/dev.pickle

Each item of the deck built from the 15 dev articles of ``key_facts_dev.tsv`` is one example:
its signals (``ranking.item_signals``: position, title, lede, person, content, reports, aside,
trivia) and its kind, labelled 1 when it asks one of the article's key facts (the matching rule
of ``key_facts.py``). For each article in turn, a model (numpy gradient descent, L2) is fitted
on the 14 others and ranks the article's items; the score is the key facts among the top five,
beside the same count for the hand-weighted importance. Dev only: never run it on held-out keys.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.key_facts import (
    HERE,
    TOP,
    excerpt_span,
    item_matches,
    load_articles,
    read_key_facts,
)

KINDS = ("date", "number", "quote", "person", "event")


def examples(facts, keys):
    """(article id, item, feature vector, key ranks it asks) for every item of the dev deck."""
    from quizgen.deck import generate
    from quizgen.items import ranking

    signals_of: dict[str, list] = {}
    real = generate.importance

    def spy(item, signals):
        signals_of[item.id] = ranking.item_signals(item, signals)
        return real(item, signals)

    generate.importance = spy
    try:
        deck = generate.build_deck(facts, deck_id="k", title="k", events=True)
    finally:
        generate.importance = real
    bodies = {f.article.id: f.article.body for f in facts}
    names = [*ranking.WEIGHTS, "aside", "trivia"]
    rows = []
    for item in deck.items:
        source = item.evidence[0].source
        signal = signals_of[item.id][0]
        hits = set()
        for key in keys:
            span = excerpt_span(bodies[source], key["evidence"]) if key["article_id"] == source else None
            if span and item_matches(item, key, span):
                hits.add(key["rank"])
        vector = np.array([signal[n] for n in names] + [1.0 * (item.kind == k) for k in KINDS])
        rows.append((source, item, vector, hits))
    return rows, [*names, *(f"kind:{k}" for k in KINDS)]


def fit(x, y, l2: float, steps: int = 3000, rate: float = 0.1):
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * float(np.mean(p - y))
    return w, b


def top_hits(rows, article, score) -> int:
    ranked = sorted((r for r in rows if r[0] == article), key=lambda r: (-score(r), r[1].id))
    return len({h for r in ranked[:TOP] for h in r[3]})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default="/work/shared/corpora")
    parser.add_argument("--cache", help="pickle of the dev articles' facts (key_facts.py --part dev --cache)")
    args = parser.parse_args(argv)
    from quizgen.deck.generate import parse_and_extract

    keys = read_key_facts(HERE / "key_facts_dev.tsv")
    if args.cache and Path(args.cache).exists():
        facts = pickle.loads(Path(args.cache).read_bytes())
    else:
        facts = list(parse_and_extract(load_articles({k["article_id"] for k in keys}, Path(args.corpora))))
    rows, names = examples(facts, keys)
    articles = sorted({r[0] for r in rows})
    hand = sum(top_hits(rows, a, lambda r: r[1].importance or 0.0) for a in articles)
    print(f"{len(rows)} items, {sum(1 for r in rows if r[3])} ask a key fact, {len(keys)} key facts, {len(articles)} articles")
    print(f"hand weights: {hand} key facts in the top {TOP}")
    for l2 in (0.1, 1.0, 10.0):
        learned = 0
        for a in articles:
            train = [r for r in rows if r[0] != a]
            w, b = fit(np.array([r[2] for r in train]), np.array([1.0 if r[3] else 0.0 for r in train]), l2)
            learned += top_hits(rows, a, lambda r, w=w, b=b: float(r[2] @ w + b))
        print(f"logistic regression (L2 {l2}), leave-one-article-out: {learned} key facts in the top {TOP}")
    w, _ = fit(np.array([r[2] for r in rows]), np.array([1.0 if r[3] else 0.0 for r in rows]), 1.0)
    print("weights fitted on all dev articles:", ", ".join(f"{n} {v:+.2f}" for n, v in zip(names, w, strict=True)))


if __name__ == "__main__":
    main()
