"""How much the generator adds to spaCy's own parsing time.

    .venv/bin/python benchmarks/generate_speed.py ../shared/corpora/polnear-train [--articles N] [--processes P]

Times (1) spaCy alone (the plain pipeline, without quizgen's paragraph-break component and
tokenizer rule) running ``nlp.pipe`` over the articles' texts and (2) the whole
``generate_deck`` (reading, furniture, parsing, extraction, names, items) over the same
files, with the same number of processes, and prints the ratio (target ≤ 1.3). With
``--repeat N`` the two runs alternate N times and each side's fastest run counts: on a shared
machine the ratio of single runs varies by ±0.1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import spacy

from quizgen.deck.generate import BATCH_SIZE, PARALLEL_FROM, generate_deck
from quizgen.nlp import model_name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder with text/*.txt (PolNeAR) or *.txt articles")
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--processes", type=int, default=None, help="default: what generate would choose")
    parser.add_argument("--repeat", type=int, default=1, help="alternate the two runs N times; the fastest of each counts")
    args = parser.parse_args()
    folder = args.corpus / "text" if (args.corpus / "text").is_dir() else args.corpus
    files = sorted(folder.glob("*.txt"))[: args.articles]
    if not files:
        print(f"{args.corpus}: no .txt articles found (give the corpus folder)", file=sys.stderr)
        return 2
    processes = args.processes or (2 if len(files) >= PARALLEL_FROM else 1)
    texts = [f.read_text(encoding="utf-8") for f in files]
    nlp = spacy.load(model_name())
    nlp("warm up")

    spacy_runs, generate_runs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:  # generate reads a folder: link the chosen files into one
            (Path(tmp) / f.name).symlink_to(f.resolve())
        for _ in range(max(1, args.repeat)):
            started = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes):
                pass
            spacy_runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            deck = generate_deck([tmp], deck_id="bench", n_process=processes)
            generate_runs.append(time.perf_counter() - started)
    spacy_seconds, generate_seconds = min(spacy_runs), min(generate_runs)
    if len(spacy_runs) > 1:
        print("runs (s): spaCy " + ", ".join(f"{t:.1f}" for t in spacy_runs) + "; generate " + ", ".join(f"{t:.1f}" for t in generate_runs))

    chars = sum(len(t) for t in texts)
    print(f"articles: {len(files)}  characters: {chars:,}  processes: {processes}")
    print(f"spaCy nlp.pipe alone: {spacy_seconds:7.2f} s  ({len(files) / spacy_seconds:6.1f} articles/s)")
    print(f"quizgen generate:     {generate_seconds:7.2f} s  ({len(files) / generate_seconds:6.1f} articles/s, {len(deck.items)} items)")
    print(f"ratio generate / spaCy: {generate_seconds / spacy_seconds:.2f}  (target ≤ 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
