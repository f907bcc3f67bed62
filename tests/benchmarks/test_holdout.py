"""The corpus split is fixed by the article id alone, about a fifth held out."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from holdout import part_of, select


def test_split_depends_on_the_id_only_and_holds_out_about_a_fifth():
    ids = [f"article-{n}" for n in range(2000)]
    held = select(ids, "heldout")
    assert 0.17 < len(held) / len(ids) < 0.23
    assert select(list(reversed(ids)), "heldout") == list(reversed(held))
    assert all(part_of(i) == "dev" for i in select(ids, "dev"))
    assert select(ids, "all") == ids
