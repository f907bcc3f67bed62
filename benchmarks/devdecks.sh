#!/usr/bin/env bash
# The standard dev decks every round measures a change on (dev part only, never held-out):
# 100 PolNeAR dev articles (seed 2601) and all 206 TimeBank dev articles, with event cards.
#   bash benchmarks/devdecks.sh OUTDIR      → OUTDIR/polnear-dev.yaml, OUTDIR/timebank-dev.yaml
# Compare two builds with: python benchmarks/deck_diff.py BEFORE.yaml AFTER.yaml [--choices]
set -euo pipefail
out=${1:?usage: devdecks.sh OUTDIR}
here=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-$here/.venv/bin/python}
corpora=${CORPORA:-/work/shared/corpora}
mkdir -p "$out"
cd "$here"
PYTHONPATH=$here nice -n 10 "$py" benchmarks/card_review.py build polnear "$corpora/polnear-train" \
    --part dev --articles 100 --seed 2601 --events --out "$out/polnear-dev.yaml" --cache "$out/cache"
PYTHONPATH=$here nice -n 10 "$py" benchmarks/card_review.py build timebank "$corpora/timebank" \
    --part dev --articles 0 --seed 2601 --events --out "$out/timebank-dev.yaml" --cache "$out/cache"
