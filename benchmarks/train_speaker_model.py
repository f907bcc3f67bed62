"""Train the he/she antecedent chooser (``quizgen/extract/antecedents.py``) on the DEVELOPMENT
part of PolNeAR only, and write ``quizgen/extract/antecedent_model.json``.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/train_speaker_model.py ../shared/corpora/polnear-train \
        --cache /work/cache/me/polnear.docbin [--write]

Every "he"/"she" the quote extractor resolves gives one instance: its candidates (with
features) and, from the annotations (or ``polnear_checked.tsv`` where they leave the pronoun
open), which candidate is the speaker; ``-`` (no one named said it) makes every candidate
wrong. A logistic regression (Newton's method with a small L2 penalty, numpy only, so the
weights are the same on every run) scores candidates; the threshold below which no one is
named is chosen by 5-fold cross-validation over articles, as the one that maximises
right − PENALTY × wrong among the instances' best candidates.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout import select
from polnear import corpus_articles, read_annotations, read_checked, readable_articles
from quotes_polnear import overlaps, parsed_docs, speaker_matches

from quizgen.extract.antecedents import FEATURES, MODEL_PATH, recording
from quizgen.extract.quotes import extract_quotes
from quizgen.nlp import load_pipeline

L2 = 1.0  # penalty on the weights (not the bias)
PENALTY = 4.0  # a wrong speaker costs this many right ones (precision target ≈ 0.95 overall)
FOLDS = 5


def instances(corpus: Path, cache: Path | None) -> list[tuple[int, np.ndarray, np.ndarray, np.ndarray]]:
    """(article number, features, labels, rule choice) of every resolved he/she on the dev part."""
    pairs = corpus_articles(corpus)
    articles, annotations = readable_articles(pairs)
    nlp = load_pipeline()
    docs = parsed_docs(nlp, articles, cache)
    kept = select(range(len(articles)), "dev", key=lambda i: articles[i].id)
    checked = read_checked(Path(__file__).with_name("polnear_checked.tsv"))
    out = []
    for k in kept:
        article, doc = articles[k], docs[k]
        persons = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
        gold = read_annotations(annotations[k], article.body, persons)
        with recording() as seen:
            list(extract_quotes(doc, article=article))
        for at, candidates in seen:
            if not candidates:
                continue
            matching = [g for g in gold if overlaps((at, at + 1), g.spans)]
            labels = [g.speaker for g in matching if g.speaker]
            labels += [
                checked[(article.id, g.spans[0][0])] for g in matching
                if not g.speaker and (article.id, g.spans[0][0]) in checked
            ]
            labels = [w for w in labels if w != "?"]
            if not labels:
                continue  # nobody read who said it
            x = np.array([[c.features[f] for f in FEATURES] for c in candidates])
            y = np.array([any(w != "-" and speaker_matches(c.name, w) for w in labels) for c in candidates], float)
            rule = np.array([c.features["rule_choice"] for c in candidates])
            out.append((k, x, y, rule))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic-regression weights (bias last) by Newton's method on the L2-penalised log loss;
    the bias is not penalised."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def best_of(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(probability, right) of the instance's best candidate (first wins a tie)."""
    p = 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))
    i = int(np.argmax(p))
    return float(p[i]), float(y[i])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_PATH.name}")
    args = parser.parse_args()
    data = instances(args.corpus, args.cache)
    rule_right = sum(float(y[r.argmax()]) for _, _, y, r in data if r.max() > 0)
    rule_named = sum(1 for *_, r in data if r.max() > 0)
    print(f"instances: {len(data)} (with the right speaker among the candidates: {sum(1 for _, _, y, _ in data if y.max() > 0)})")
    print(f"rules alone: {rule_named} named, {rule_right:.0f} right, precision {rule_right / max(rule_named, 1):.3f}")
    # Cross-validated best-candidate scores, folds by article.
    cv = []
    for fold in range(FOLDS):
        train = [d for d in data if d[0] % FOLDS != fold]
        w = fit(np.vstack([x for _, x, _, _ in train]), np.concatenate([y for _, _, y, _ in train]))
        cv += [best_of(w, x, y) for k, x, y, _ in data if k % FOLDS == fold]
    grid = [t / 100 for t in range(5, 96)]

    def gain(t: float) -> float:
        chosen = [r for p, r in cv if p >= t]
        return sum(chosen) - PENALTY * (len(chosen) - sum(chosen))

    threshold = max(grid, key=lambda t: (gain(t), -t))
    for t in (0.3, 0.4, 0.5, threshold, 0.6, 0.7):
        chosen = [r for p, r in cv if p >= t]
        print(f"  cross-validated, threshold {t:.2f}: {len(chosen)} named, {sum(chosen):.0f} right, "
              f"precision {sum(chosen) / max(len(chosen), 1):.3f}")
    w = fit(np.vstack([x for _, x, _, _ in data]), np.concatenate([y for _, _, y, _ in data]))
    print("weights: " + ", ".join(f"{f} {v:+.2f}" for f, v in zip(FEATURES, w)) + f", bias {w[-1]:+.2f}")
    print(f"threshold: {threshold:.2f}")
    if args.write:
        model = {
            "features": list(FEATURES),
            "weights": [round(float(v), 4) for v in w[:-1]],
            "bias": round(float(w[-1]), 4),
            "threshold": threshold,
            "trained_on": f"PolNeAR polnear-train, dev part (benchmarks/holdout.py), {len(data)} he/she instances",
        }
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
