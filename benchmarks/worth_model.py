"""Would a small learned model tell cards not worth learning better than the rules? A logistic
regression on the DEV judgements only, scored by cross-validation grouped by article.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/worth_model.py \
        --polnear /work/shared/corpora/polnear-train --timebank /work/shared/corpora/timebank

Every card of a judged dev sample (``judgements/dev-s{804..2004}[ab].tsv``, the rounds whose
decks are kept) with a y/n ``worth_learning`` verdict is one example, labelled 1 when readers
called it not worth learning. Its features (``card_features``) read only the card, its importance
and its article's plain text, so quizgen could compute them at generation time: kind, importance,
where the evidence sits, content words shared with the headline and lede, how often the article
names the answer, a quote's length, the publication day, a count beside a percentage, an opening
connective. A logistic regression (Newton's method, L2 on the weights, numpy only) is scored by
5-fold cross-validation GROUPED BY ARTICLE: its AUC beside the importance's alone, and for each
threshold how many cards a drop removes and how many of them readers called worth learning.
Round 14 (660 cards, 148 not worth): AUC 0.70 against 0.68 for the importance alone, and no
threshold drops cards at better than one good card lost per bad card removed, so nothing ships.
Never give it held-out judgements.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from card_review import polnear_articles, timebank_articles
from train_speaker_model import fit as newton_fit

from quizgen.deck.io import load_deck
from quizgen.ingest.articles import parse_article
from quizgen.items.ranking import content_words

ROUNDS = (804, 904, 1004, 1104, 1204, 1304, 1504, 1604, 1804, 1904, 2004)
L2 = 1.0
FOLDS = 5
PRECISION = 0.75  # a drop worth shipping: at least three of four dropped cards not worth learning


LEDE_PARAGRAPHS = (
    2  # the body's first paragraphs that are its lede (as ``ranking.LEDE_PARAGRAPHS``)
)
LEDE_MAX_CHARS = 600  # a lede of one long paragraph ends here
KINDS = ("quote", "date", "number", "person", "event")
CONNECTIVE = re.compile(
    r"^\W*(?:so|but|and|also|still|yet|meanwhile|however|in addition|besides)\b", re.IGNORECASE
)
PERCENT = re.compile(r"\d\s*(?:%|percent|per cent)", re.IGNORECASE)

FEATURES = (
    *(f"kind:{k}" for k in KINDS),
    "event:who",
    "importance",
    "position",
    "in_lede",
    "lede_shared",
    "title_shared",
    "answer_mentions",
    "answer_in_lede",
    "quote_words",
    "publication_day",
    "count_beside_percent",
    "connective",
)


def _lede(body: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", body.strip()) if len(p.split()) > 3]
    return " ".join(paragraphs[:LEDE_PARAGRAPHS])[:LEDE_MAX_CHARS]


def _answer_words(item) -> list[str]:
    answer = item.person if item.kind == "person" and "reverse" not in item.tags else item.answer
    return [w for w in re.findall(r"[A-Z][A-Za-z'’-]{2,}", answer or "")]


def card_features(
    item, *, title: str, body: str, published: dt.date | None, importance: float
) -> dict[str, float]:
    """The card's features, each a number of about 0–1 (``FEATURES`` names them in order)."""
    evidence = item.evidence[0]
    lede = _lede(body)
    words = content_words(evidence.text)
    lede_words = content_words(lede) | content_words(title)
    in_lede = evidence.start < body.find(lede[-40:]) + 40 if lede else False
    names = _answer_words(item)
    surname = names[-1] if names else ""
    mentions = len(re.findall(rf"\b{re.escape(surname)}\b", body)) if surname else 0
    features = {f"kind:{k}": float(item.kind == k) for k in KINDS}
    features.update(
        {
            "event:who": float(item.kind == "event" and item.asks == "who"),
            "importance": float(importance),
            "position": min(1.0, evidence.start / max(1, len(body))),
            "in_lede": float(in_lede),
            "lede_shared": min(1.0, len(words & lede_words) / 4),
            "title_shared": min(1.0, len(words & content_words(title)) / 2),
            "answer_mentions": min(1.0, math.log1p(mentions) / math.log(10)),
            "answer_in_lede": float(bool(surname) and (surname in lede or surname in title)),
            "quote_words": min(1.0, len(item.quote.split()) / 20) if item.kind == "quote" else 0.0,
            "publication_day": float(
                item.kind == "date"
                and published is not None
                and item.value == published.isoformat()
            ),
            "count_beside_percent": float(
                item.kind == "number"
                and not PERCENT.search(item.answer)
                and bool(PERCENT.search(evidence.text))
            ),
            "connective": float(bool(CONNECTIVE.match(evidence.text))),
        }
    )
    return features


def judged_rows() -> list[dict[str, str]]:
    rows = []
    for number in ROUNDS:
        for half in "ab":
            path = HERE / "judgements" / f"dev-s{number}{half}.tsv"
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(
                    (line for line in handle if not line.startswith("#")), delimiter="\t"
                ):
                    if row.get("worth_learning") in ("y", "n") and "dev" in row["deck"]:
                        rows.append(row)
    return rows


def examples(polnear: Path, timebank: Path):
    texts = dict(polnear_articles(polnear)) | dict(timebank_articles(timebank))
    decks, articles, out = {}, {}, []
    for row in judged_rows():
        deck = decks.get(row["deck"]) or decks.setdefault(row["deck"], load_deck(Path(row["deck"])))
        item = next((i for i in deck.items if i.id == row["item"]), None)
        if item is None:
            continue
        source = item.evidence[0].source
        if source not in articles:
            articles[source] = parse_article(
                texts[source].encode("utf-8"), article_id=source, path=source
            )
        a = articles[source]
        f = card_features(
            item, title=a.title, body=a.body, published=a.published, importance=item.importance
        )
        out.append(
            (source, item, np.array([f[n] for n in FEATURES]), float(row["worth_learning"] == "n"))
        )
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """The weights and the bias of the speaker model's own fit (Newton's method, bias not penalised)."""
    w = newton_fit(x, y, l2)
    return w[:-1], float(w[-1])


def auc(score: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(score, kind="stable")
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    for value in np.unique(score):  # ties share their mean rank
        ranks[score == value] = ranks[score == value].mean()
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def cross_validated(rows) -> np.ndarray:
    sources = sorted({r[0] for r in rows})
    fold_of = {s: i % FOLDS for i, s in enumerate(sources)}
    x = np.array([r[2] for r in rows])
    y = np.array([r[3] for r in rows])
    scores = np.zeros(len(rows))
    for fold in range(FOLDS):
        test = np.array([fold_of[r[0]] == fold for r in rows])
        w, b = fit(x[~test], y[~test])
        scores[test] = 1 / (1 + np.exp(-(x[test] @ w + b)))
    return scores


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--polnear", type=Path, required=True)
    p.add_argument("--timebank", type=Path, required=True)
    args = p.parse_args(argv)
    rows = examples(args.polnear, args.timebank)
    x = np.array([r[2] for r in rows])
    y = np.array([r[3] for r in rows])
    print(
        f"{len(rows)} judged dev cards from {len({r[0] for r in rows})} articles; {int(y.sum())} not worth learning"
    )
    scores = cross_validated(rows)
    importance = x[:, FEATURES.index("importance")]
    print(
        f"AUC (5 folds by article): model {auc(scores, y):.3f}; importance alone {auc(-importance, y):.3f}"
    )
    print("threshold  dropped  not-worth  worth-lost  precision")
    chosen = None
    for t in np.arange(0.30, 0.80, 0.05):
        drop = scores >= t
        bad, good = int(y[drop].sum()), int((1 - y[drop]).sum())
        precision = bad / max(1, bad + good)
        print(f"  {t:.2f}      {drop.sum():4d}     {bad:4d}      {good:4d}      {precision:.2f}")
        if chosen is None and drop.sum() >= 5 and precision >= PRECISION:
            chosen = round(float(t), 2)
    for kind in ("quote", "date", "number", "person", "event"):
        k = x[:, FEATURES.index(f"kind:{kind}")] == 1
        print(f"  {kind}: {k.sum()} cards, {int(y[k].sum())} not worth")
    w, b = fit(x, y)
    for name, weight in zip(FEATURES, w):
        print(f"  {name:22s} {weight:+.3f}")
    print(f"  bias {b:+.3f}; lowest threshold with precision >= {PRECISION}: {chosen}")


if __name__ == "__main__":
    main()
