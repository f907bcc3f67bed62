"""How fast does a big deck load?

Loads DECK (default: a synthetic 8,951-item deck — the size of the deck generated from
the 840 PolNeAR articles — made by copying the committed seeds deck's items under new ids)
RUNS times each way and prints the median wall and CPU seconds of:

- ``pyyaml``: PyYAML's C SafeLoader (``yaml.load(..., CSafeLoader)``), the old way, YAML only;
- ``parse``: quizgen's YAML reader (libyaml events, duplicate keys and aliases checked);
- ``validate``: the deck model's validation of the parsed data, with the field limits;
- ``load (cold)``: ``load_deck(path, cache=False)`` — read, hash, parse, validate;
- ``load (cached)``: ``load_deck(path)`` with its parsed form in the cache (same SHA-256).

Target: ≤ 1 s to load the 8,951-item deck. The machine is shared, so CPU seconds are the
steadier figure.

    python benchmarks/deck_load.py [DECK.yaml] [--items 8951] [--runs 3]
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DECK = ROOT / "decks" / "nato-isil.yaml"


def synthetic_deck_text(items: int) -> str:
    """The seeds deck with its items repeated under new ids until there are ``items``."""
    from quizgen.safe_yaml import SafeDumper, load_yaml

    data = load_yaml(SEEDS_DECK.read_text(encoding="utf-8"))
    seeds = data["items"]
    out = []
    for n in range(items):
        item = copy.deepcopy(seeds[n % len(seeds)])
        item["id"] = f"{item['id']}-{n}"
        out.append(item)
    data["items"] = out
    return yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=100, indent=2)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deck", nargs="?", help="a deck file (default: a synthetic one)")
    parser.add_argument("--items", type=int, default=8951)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="quizgen-deck-load-") as tmp:
        os.environ["QUIZGEN_CACHE_DIR"] = tmp  # a private cache, not the user's
        from quizgen.deck.io import load_deck
        from quizgen.deck.limits import deck_limit_problems
        from quizgen.models import Deck
        from quizgen.safe_yaml import load_yaml

        if args.deck:
            path = Path(args.deck)
        else:
            path = Path(tmp) / "synthetic.yaml"
            path.write_text(synthetic_deck_text(args.items), encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text, max_aliases=100)
        deck = Deck.model_validate(data)
        print(f"deck: {path.name}, {len(deck.items):,} items, {path.stat().st_size / 1e6:.1f} MB")
        rows = [
            ("pyyaml", lambda: yaml.load(text, Loader=yaml.CSafeLoader)),
            ("parse", lambda: load_yaml(text, max_aliases=100)),
            ("validate", lambda: deck_limit_problems(Deck.model_validate(data))),
            ("load (cold)", lambda: load_deck(path, cache=False)),
        ]
        load_deck(path)  # fills the cache
        rows.append(("load (cached)", lambda: load_deck(path)))
        print(f"{'step':<15}{'wall s':>8}{'cpu s':>8}   (median of {args.runs})")
        for name, fn in rows:
            wall, cpu = timed(fn, args.runs)
            print(f"{name:<15}{wall:>8.2f}{cpu:>8.2f}")


if __name__ == "__main__":
    main()
