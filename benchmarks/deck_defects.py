"""Deck-quality defects, counted mechanically over whole decks, as rates (issue: a deck worth studying).

    python benchmarks/deck_defects.py build ../shared/corpora/polnear-train --out /work/cache/me/decks
    python benchmarks/deck_defects.py build ../shared/corpora/timebank --out /work/cache/me/decks
    python benchmarks/deck_defects.py DECK.yaml...

``build`` turns a corpus into articles (PolNeAR: ``metadata.tsv`` title and publication date as
front matter; TimeBank/AQUAINT: the TimeML title and creation date), parses and extracts them
once (the facts are cached beside the decks, ``--refresh`` to redo), and writes one deck per
part of ``benchmarks/holdout.py``: ``<corpus>-dev.yaml`` and ``<corpus>-heldout.yaml``
(``--limit N`` as the CLI's). Given decks, it prints per deck:

  person choices   person-answer cards (quote speakers, "who was" cards, descriptions) with a
                   wrong choice that is not a full person name: one word, or a name the deck
                   knows as an organisation/place/title, or one the question contains
  date after pub.  date cards about a past event (the question's verb is not future) with a
                   choice after the article's publication date
  figure format    number cards whose choices are written unlike the answer
                   (``distractors.number_shape``: decimals, a trailing ".0", words and signs
                   around the number; thousands separators from five digits on)
  same sentence    cards sharing kind and evidence sentence with another card (each reveals the other)
  same sent., other fact
                   of those, cards sharing it with a card that is not the same event asked the
                   other way (issue 19 asks an event both ways: "What did X do?", "Who did it?")
  unmarked sibl.   cards sharing kind and evidence sentence with another card, not marked as
                   siblings (``siblings`` group) — and the share of such pairs overall
  repeated date    date cards whose date was already asked in the same article
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.holdout import PARTS, part_of
from quizgen.deck.io import load_deck, save_deck
from quizgen.items.date_choices import future_wording
from quizgen.items.distractors import is_full_name, number_shape
from quizgen.models import Deck

# --- building decks from the corpora -------------------------------------------------------


def polnear_articles(corpus: Path) -> list:
    from quizgen.ingest.articles import parse_article

    meta: dict[str, dict[str, str]] = {}
    with open(corpus / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    out = []
    for path in sorted((corpus / "text").glob("*.txt")):
        row = meta.get(path.stem, {})
        front = {k: v for k, v in (("title", row.get("title")), ("date", row.get("publication_date"))) if v}
        head = "".join(f"{k}: {json.dumps(v) if k == 'title' else v}\n" for k, v in front.items())
        raw = f"---\n{head}---\n{path.read_text(encoding='utf-8')}"
        out.append(parse_article(raw.encode("utf-8"), article_id=path.stem, path=str(path)))
    return out


def timebank_articles(corpus: Path) -> list:
    from benchmarks.dates import to_article

    return [to_article(p)[0] for p in sorted(corpus.rglob("*.tml"))]


def build(args: argparse.Namespace) -> None:
    from quizgen.deck.generate import build_deck, parse_and_extract

    corpus = Path(args.corpus)
    if not corpus.exists():
        sys.exit(f"{corpus}: no such corpus (see ../shared/corpora/README.md)")
    name = "timebank" if list(corpus.rglob("*.tml"))[:1] else "polnear"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cache = out / f"{name}.facts.pickle"
    if cache.exists() and not args.refresh:
        facts = pickle.loads(cache.read_bytes())
    else:
        articles = timebank_articles(corpus) if name == "timebank" else polnear_articles(corpus)
        facts = list(parse_and_extract(articles, progress=True))
        cache.write_bytes(pickle.dumps(facts))
    for part in PARTS:
        chosen = [f for f in facts if part_of(f.article.id) == part]
        deck = build_deck(chosen, deck_id=f"{name}-{part}", title=f"{name} {part}", limit=args.limit)
        path = out / f"{name}-{part}.yaml"
        save_deck(deck, path)
        print(f"{path}: {len(chosen)} articles, {len(deck.items)} items")


# --- the checks -----------------------------------------------------------------------------


def is_person_answer(item) -> bool:
    if item.kind == "quote":
        return "organisation" not in item.tags and is_full_name(item.answer)
    return item.kind == "person" and "reverse" not in item.tags


def not_a_person(option: str, question: str, non_people: set[str]) -> bool:
    words = option.split()
    if len(words) < 2:
        return True
    if option.casefold() in non_people:
        return True
    return bool(re.search(rf"(?<!\w){re.escape(option.casefold())}(?!\w)", question.casefold()))


def comma_shape(text: str) -> bool:
    return bool(re.search(r"\d,\d", text))


def figure_misformatted(item) -> bool:
    base = number_shape(item.answer)
    for c in item.choices:
        if c == item.answer:
            continue
        if number_shape(c) != base:
            return True
        # thousands separators: 12,500 vs 9500 are both fine only when both need none
        digits = re.sub(r"\D", "", c.split(".")[0])
        if comma_shape(item.answer) != comma_shape(c) and len(digits) > 4:
            return True
    return False


def after(option: str, published: dt.date, precision: int) -> bool:
    """Whether a spelt date ("May 2016") lies after publication at its own precision."""
    from quizgen.items.wording import parse_spelled_date

    day = parse_spelled_date(option)
    if day is None:
        return False
    cut = {1: 4, 2: 7, 3: 10}[precision]
    return day.isoformat()[:cut] > published.isoformat()[:cut]


def evaluate(deck: Deck) -> dict[str, tuple[int, int]]:
    """defect name → (cards with the defect, cards checked)."""
    published = {s.id: s.published for s in deck.sources}
    non_people: set[str] = set()
    for item in deck.items:
        if item.kind == "person" and "reverse" in item.tags:
            non_people.add(item.answer.casefold())
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    # person choices
    for item in deck.items:
        if is_person_answer(item) and item.choices:
            counts["person choices"][1] += 1
            if any(not_a_person(c, item.question, non_people) for c in item.choices if c != item.answer):
                counts["person choices"][0] += 1

    # dates after publication
    for item in deck.items:
        if item.kind != "date" or not item.choices:
            continue
        pub = published.get(item.evidence[0].source)
        precision = item.value.count("-") + 1
        if pub is None or after(item.answer, pub, precision) or future_wording(item.question):
            continue  # a future event (after publication, or in the future tense)
        counts["date after pub."][1] += 1
        if any(after(c, pub, precision) for c in item.choices if c != item.answer):
            counts["date after pub."][0] += 1

    # figure formats
    for item in deck.items:
        if item.kind == "number" and item.choices:
            counts["figure format"][1] += 1
            counts["figure format"][0] += figure_misformatted(item)

    # same kind, same evidence sentence
    by_sentence: dict[tuple, list] = defaultdict(list)
    for item in deck.items:
        for ev in item.evidence:
            by_sentence[(item.kind, ev.source, ev.start, ev.end)].append(item)
    sharing: set[str] = set()
    other_facts: set[str] = set()  # sharing with a card that is not its own event asked the other way
    unmarked: set[str] = set()
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        for item in group:
            sharing.add(item.id)
            others = [o for o in group if o.id != item.id]
            if any(not one_event_both_ways(item, o) for o in others):
                other_facts.add(item.id)
            mine = getattr(item, "siblings", None)
            if any(not mine or getattr(o, "siblings", None) != mine for o in others):
                unmarked.add(item.id)
    counts["same sentence"] = [len(sharing), len(deck.items)]
    counts["same sent., other fact"] = [len(other_facts), len(deck.items)]
    counts["unmarked sibl."] = [len(unmarked), len(deck.items)]

    # repeated dates within an article
    seen: Counter = Counter()
    for item in sorted(deck.items, key=lambda i: (i.evidence[0].source, i.evidence[0].start)):
        if item.kind != "date":
            continue
        counts["repeated date"][1] += 1
        key = (item.evidence[0].source, item.value)
        if seen[key]:
            counts["repeated date"][0] += 1
        seen[key] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def one_event_both_ways(a, b) -> bool:
    """Whether two event cards are one act asked both ways (issue 19: "What did X do?" and "Who
    did it?"): the same actor and verb, one asking what and one who."""
    if a.kind != "event" or b.kind != "event":
        return False
    asks = {getattr(a, "asks", None), getattr(b, "asks", None)}
    return (
        asks == {"what", "who"}
        and (getattr(a, "actor", "") or "").lower() == (getattr(b, "actor", "") or "").lower()
        and getattr(a, "verb", None) == getattr(b, "verb", None)
    )


ORDER = (
    "person choices", "date after pub.", "figure format", "same sentence", "same sent., other fact", "unmarked sibl.",
    "repeated date",
)


def report(paths: list[str]) -> None:
    print(f"{'deck':<28}" + "".join(f"{k:>24}" for k in ORDER))
    for path in paths:
        deck = load_deck(path)
        result = evaluate(deck)
        cells = []
        for k in ORDER:
            bad, total = result.get(k, (0, 0))
            cells.append(f"{100 * bad / total:5.1f}% ({bad}/{total})" if total else "—")
        print(f"{Path(path).stem:<28}" + "".join(f"{c:>24}" for c in cells))


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["build"]:
        p = argparse.ArgumentParser(prog="deck_defects.py build")
        p.add_argument("corpus")
        p.add_argument("--out", required=True)
        p.add_argument("--limit", type=int)
        p.add_argument("--refresh", action="store_true", help="parse again instead of reusing cached facts")
        build(p.parse_args(argv[1:]))
        return
    p = argparse.ArgumentParser(prog="deck_defects.py")
    p.add_argument("decks", nargs="+")
    report(p.parse_args(argv).decks)


if __name__ == "__main__":
    main()
