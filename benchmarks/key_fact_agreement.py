"""How far two teachers agree on a story's first five questions: the ceiling a deck's top five
is measured against.

    python benchmarks/key_fact_agreement.py --parts dev2 dev3

``key_facts_second_teacher.tsv`` holds a second teacher's first five questions for the 40
articles of ``key_facts_dev2.tsv`` and ``key_facts_dev3.tsv`` (195 rows), written blind by four
helper sessions in stop 76: each read its articles whole, with the brief of ``key_facts.md``
("Instructions followed"), and opened no project file, key list, judgement or deck. A key is
asked by the other teacher when one of that teacher's questions on the same article asks it by
``key_facts.py``'s rule: the excerpts overlap in the body and the answers match (either way
round), or both are dates of one excerpt.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.key_facts import (
    CORPORA,
    HERE,
    KEY_FILES,
    answers_match,
    excerpt_span,
    load_articles,
    read_key_facts,
)

SECOND = HERE / "key_facts_second_teacher.tsv"


def asks(key: dict[str, str], other: dict[str, str], bodies: dict[str, str]) -> bool:
    """Whether ``other``'s question asks ``key``'s fact."""
    body = bodies[key["article_id"]]
    a, b = excerpt_span(body, key["evidence"]), excerpt_span(body, other["evidence"])
    if a is None or b is None or not (a[0] < b[1] and b[0] < a[1]):
        return False
    if key["kind"] == "date" and other["kind"] == "date":
        return True
    return answers_match(other["answer"], key["answer"]) or answers_match(key["answer"], other["answer"])


def agreement(keys: list[dict[str, str]], others: list[dict[str, str]], bodies: dict[str, str]) -> tuple[Counter, Counter]:
    """Per kind of ``keys``: how many, and how many ``others`` ask."""
    total, asked = Counter(), Counter()
    for key in keys:
        total[key["kind"]] += 1
        asked[key["kind"]] += any(asks(key, o, bodies) for o in others if o["article_id"] == key["article_id"])
    return total, asked


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", nargs="+", default=["dev2", "dev3"], choices=["dev2", "dev3"])
    parser.add_argument("--corpora", default=str(CORPORA))
    args = parser.parse_args(argv)
    first = [k for part in args.parts for k in read_key_facts(HERE / KEY_FILES[part])]
    ids = {k["article_id"] for k in first}
    second = [k for k in read_key_facts(SECOND) if k["article_id"] in ids]
    bodies = {a.id: a.body for a in load_articles(ids, Path(args.corpora))}
    for name, keys, others in (("first teacher's keys the second asks", first, second),
                               ("second teacher's keys the first asks", second, first)):
        total, asked = agreement(keys, others, bodies)
        n, k = sum(total.values()), sum(asked.values())
        kinds = ", ".join(f"{kind} {asked[kind]}/{total[kind]}" for kind in sorted(total))
        print(f"{name}: {k}/{n} = {k / n:.0%} ({kinds})")


if __name__ == "__main__":
    main()
