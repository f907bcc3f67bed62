"""Key-fact coverage: are a teacher's first questions in the deck, and among each article's top 5?

    python benchmarks/key_facts.py DECK.yaml... [--facts benchmarks/key_facts.tsv] [--limited]
        [--polnear ../shared/corpora/polnear-train] [--timebank ../shared/corpora/timebank]

``key_facts.tsv`` (article_id, rank, kind, question, answer, evidence) holds, for 20 held-out
articles, the five questions a teacher would ask first, written without looking at any deck.
The decks are those ``deck_defects.py build`` writes (the held-out parts hold these articles).

A key fact is *in the deck* when some item of its article matches it; *in the top 5* when a
matching item is among the article's five most important items (``importance``, then id).

Matching rule — an item matches a key fact when both hold:
  1. same sentence: one of the item's evidence spans in that article overlaps the key fact's
     evidence excerpt (found in the article body, whitespace-insensitive);
  2. same answer: the folded key answer equals the item's answer or an accepted spelling, or
     one contains the other as whole words ("Senator Harry Reid, the minority leader" ⊇ "Harry
     Reid"), or they share a surname for a person item ("Milbank"), or for figures the same
     digits ("45 percent" ~ "45%"), or the key answer's words are what the item's question
     blanks out (a date "Monday" blanked from its sentence as ____).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.deck_defects import polnear_articles, timebank_articles
from quizgen.deck.io import load_deck
from quizgen.items.distractors import fold

HERE = Path(__file__).resolve().parent
TOP = 5


def read_key_facts(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def locate(body: str, excerpt: str) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(w) for w in excerpt.split())
    m = re.search(pattern, body)
    return m.span() if m else None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _contains(outer: str, inner: str) -> bool:
    o, i = " ".join(_words(outer)), " ".join(_words(inner))
    return bool(i) and re.search(rf"(?<!\w){re.escape(i)}(?!\w)", o) is not None


def answers_match(item, key_answer: str) -> bool:
    options = [item.answer, *item.accept]
    if any(_contains(o, key_answer) or _contains(key_answer, o) for o in options):
        return True
    if item.kind in ("quote", "person") and "reverse" not in item.tags:
        last = item.answer.split()[-1]
        if _contains(key_answer, last):
            return True
    digits = re.findall(r"\d[\d,.]*", key_answer)
    if item.kind == "number" and digits:
        return [d.replace(",", "") for d in digits] == [
            d.replace(",", "") for d in re.findall(r"\d[\d,.]*", item.answer)
        ]
    # the key answer is what the item blanks out of its sentence
    if "____" in item.question:
        evidence = " ".join(e.text for e in item.evidence)
        return _contains(evidence, key_answer) and not _contains(item.question, key_answer)
    return False


def matches(item, source: str, span: tuple[int, int], key_answer: str) -> bool:
    same_sentence = any(e.source == source and e.start < span[1] and span[0] < e.end for e in item.evidence)
    return same_sentence and answers_match(item, key_answer)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("decks", nargs="+")
    p.add_argument("--facts", default=str(HERE / "key_facts.tsv"))
    p.add_argument("--polnear", default="../shared/corpora/polnear-train")
    p.add_argument("--timebank", default="../shared/corpora/timebank")
    p.add_argument("--limited", action="store_true",
                   help="the decks were built with --limit 5: every item of an article is in its top 5")
    p.add_argument("-v", "--verbose", action="store_true", help="print each key fact and what matched it")
    args = p.parse_args(argv)
    facts = read_key_facts(Path(args.facts))
    wanted = {f["article_id"] for f in facts}
    bodies: dict[str, str] = {}
    for corpus, reader in ((args.polnear, polnear_articles), (args.timebank, timebank_articles)):
        if not Path(corpus).exists():
            sys.exit(f"{corpus}: no such corpus (give --polnear/--timebank)")
        bodies |= {a.id: a.body for a in reader(Path(corpus)) if a.id in wanted}
    items_of: dict[str, list] = defaultdict(list)
    for path in args.decks:
        for item in load_deck(path).items:
            for source in {e.source for e in item.evidence} & wanted:
                items_of[source].append(item)
    in_deck: Counter = Counter()
    in_top: Counter = Counter()
    total: Counter = Counter()
    for fact in facts:
        source, kind = fact["article_id"], fact["kind"]
        total[kind] += 1
        span = locate(bodies.get(source, ""), fact["evidence"])
        items = items_of.get(source, [])
        top = items if args.limited else sorted(items, key=lambda i: (-(i.importance or 0.0), i.id))[:TOP]
        found = span is not None and [i for i in items if matches(i, source, span, fact["answer"])]
        hit_top = bool(found) and any(i in top for i in found)
        in_deck[kind] += bool(found)
        in_top[kind] += hit_top
        if args.verbose:
            mark = "TOP" if hit_top else "deck" if found else "-"
            print(f"{mark:5} {source[:40]:40} {fact['rank']} {kind:13} {fact['answer'][:50]}")
            for i in (found or [])[:2]:
                print(f"        {i.importance} {i.kind} {i.question[:90]} -> {i.answer}")
    print(f"{'kind':15}{'facts':>7}{'in deck':>14}{'in top 5':>14}")
    for kind in sorted(total, key=lambda k: -total[k]):
        print(f"{kind:15}{total[kind]:>7}{in_deck[kind]:>9} ({100 * in_deck[kind] / total[kind]:3.0f}%)"
              f"{in_top[kind]:>8} ({100 * in_top[kind] / total[kind]:3.0f}%)")
    n, d, t = sum(total.values()), sum(in_deck.values()), sum(in_top.values())
    print(f"{'all':15}{n:>7}{d:>9} ({100 * d / n:3.0f}%){t:>8} ({100 * t / n:3.0f}%)")


if __name__ == "__main__":
    main()
