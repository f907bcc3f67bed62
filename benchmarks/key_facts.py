"""Key-fact coverage: how many of a teacher's first questions the deck asks, by kind.

    nice -n 10 python benchmarks/key_facts.py --part dev --cache /work/cache/me/dev.pickle --misses
    nice -n 10 python benchmarks/key_facts.py --part heldout --cache /work/cache/me/heldout.pickle

``key_facts.tsv`` lists, for 20 held-out articles (12 PolNeAR, 8 TimeBank/AQUAINT), the five
questions a teacher would ask first, with the fact's kind (quote_speaker, figure, role, date,
event), its answer and a verbatim evidence excerpt (see ``key_facts.md``). This script builds
one deck from those 20 articles, as ``quizgen generate`` would, and counts the key facts that
are *in the deck* and *among the article's top five* items by importance, by kind. They are
held out: report them, never tune on them. ``key_facts_dev.tsv`` is their development
counterpart (15 dev articles, 75 questions, written the same way): ``--part dev`` reads it,
and only there does ``--misses`` print the key facts the top five miss, to work on.
``key_facts_dev2.tsv`` (``--part dev2``) is a second development list, 20 more dev articles
and 100 questions written the same way, blind to quizgen's output (``key_facts_dev2.md``); it
was first measured before anything was tuned on it. ``key_facts_dev3.tsv`` (``--part dev3``),
a third list of 20 more dev articles and 97 questions written the same way (``key_facts_dev3.md``),
is kept as a fresh check of a round: measured before and after it, its misses not read while
the round's code is written. ``key_facts_dev4.tsv`` (``--part dev4``, 20 more dev articles, 100
keys, ``key_facts_dev4.md``) is a second such list, written at the end of round 20 for the next
(dev3 and dev4 were both tuned on in round 27: they are development lists now).
``key_facts_dev5.tsv`` (``--part dev5``, 20 more dev articles, 100 keys, ``key_facts_dev5.md``),
written in round 27, was a fresh check until stop 70, which read its misses: a development list
now. Only the held-out list (``key_facts.tsv``) is unread.

Matching rule — an item asks a key fact when both hold:

1. its evidence overlaps the key's excerpt (same article; the excerpt's place in the body,
   found after folding whitespace and quotation marks, overlaps an evidence span);
2. its answer is the key's answer: their content words (folded, punctuation, "the/a/an", stop
   words and titles before a name — "President", "Sen.", "Dr.", "U.S." — dropped) are the same, or the key's are all in the item's answer and the item's
   answer is at most twice as long plus three words ("40 rural lines" in "that it will close
   40 rural lines"), or the item's answer's are all in the key's and cover at least 60% of
   them; for a date key, a date item whose evidence holds the key's answer and whose cloze
   blanks it (the key writes "Monday", the item "11 July 2016"); for a cloze, the answer read
   with up to four words after its blank counts when their content words are the key's exactly
   (the key writes "two points" or "$37 each", the card blanks "two" in "by ____ points").

``--without-events`` leaves event items out (the figures before event cards).
"""

from __future__ import annotations

import argparse
import csv
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.deck_defects import polnear_articles, timebank_articles
from benchmarks.holdout import part_of
from quizgen.ingest.markup import repair_markup

HERE = Path(__file__).resolve().parent
CORPORA = Path("/work/shared/corpora")
KINDS = ("quote_speaker", "figure", "role", "date", "event")
STOP = frozenset(
    ["the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "that", "this", "is", "was", "were", "be", "been", "as", "it", "its", "their", "his", "her", "they", "he", "she", "who", "what", "which", "whom"]
)
TOP = 5
KEY_FILES = {"heldout": "key_facts.tsv", "dev": "key_facts_dev.tsv", "dev2": "key_facts_dev2.tsv", "dev3": "key_facts_dev3.tsv", "dev4": "key_facts_dev4.tsv", "dev5": "key_facts_dev5.tsv"}


def read_key_facts(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_articles(ids: set[str], corpora: Path) -> list:
    polnear = corpora / "polnear-train"
    wanted_polnear = [a for a in polnear_articles(polnear) if a.id in ids] if polnear.exists() else []
    timeml = [a for a in timebank_articles(corpora / "timebank") if a.id in ids]
    return wanted_polnear + timeml


# Titles and honorifics before a name: "President Obama" is answered by "Obama" (the card's
# "President ____ overstepped …" keeps the title in the sentence).
TITLES = frozenset(["president", "sen", "senator", "rep", "gov", "governor", "dr", "mr", "mrs", "ms", "u", "s"])


def words(text: str) -> list[str]:
    folded = text.casefold().replace("’", "'")
    found = [w for w in re.findall(r"[a-z0-9$%]+(?:'[a-z]+)?", folded) if w not in STOP]
    untitled = [w for w in found if w not in TITLES]
    return untitled or found


def answers_match(item_answer: str, key_answer: str) -> bool:
    item, key = words(item_answer), words(key_answer)
    if not item or not key:
        return False
    si, sk = set(item), set(key)
    if si == sk:
        return True
    if sk <= si and len(item) <= 2 * len(key) + 3:
        return True
    return si <= sk and len(si) >= 0.6 * len(sk)


def _fold_text(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs as one space and curly quotes straight, and the offset in the
    original of each folded character."""
    out, where = [], []
    last_space = False
    for i, ch in enumerate(text):
        ch = {"“": '"', "”": '"', "‘": "'", "’": "'", "``": '"'}.get(ch, ch)
        if ch.isspace():
            if last_space:
                continue
            ch, last_space = " ", True
        else:
            last_space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def excerpt_span(body: str, excerpt: str) -> tuple[int, int] | None:
    """Where the key's excerpt is in the article's body. The excerpts were copied from the
    corpus files, whose archive markup ingest repairs ("Dow Jones amp Co.", ``quotes''): an
    excerpt not found as written is looked for as ingest would repair it."""
    folded, where = _fold_text(body)
    for text in (excerpt.strip(), repair_markup(excerpt.strip())):
        needle, _ = _fold_text(text)
        at = folded.find(needle)
        if at >= 0:
            return where[at], where[at + len(needle) - 1] + 1
    return None


def item_matches(item, key: dict[str, str], span: tuple[int, int]) -> bool:
    spans = [(e.start, e.end, e.text) for e in item.evidence if e.source == key["article_id"]]
    if not any(s < span[1] and span[0] < e for s, e, _ in spans):
        return False
    if key["kind"] == "date" and item.kind == "date":
        answer = key["answer"]
        return any(answer.lower() in text.lower() for _, _, text in spans) and answer.lower() not in item.question.lower()
    return answers_match(item.answer, key["answer"]) or _unit_after_blank_matches(item, key["answer"])


def _unit_after_blank_matches(item, key_answer: str) -> bool:
    """A cloze's answer with the words its sentence writes right after the blank ("two" +
    "points") has exactly the key's content words."""
    _, blank, after = item.question.partition("____")
    if not blank:
        return False
    key = set(words(key_answer))
    following = after.split()[:4]
    return any(set(words(" ".join([item.answer, *following[:k]]))) == key for k in range(1, len(following) + 1))


def coverage(deck, keys: list[dict[str, str]], bodies: dict[str, str], *, without_events: bool = False):
    """Per kind: (key facts, in the deck, among the article's top five); and unmatched excerpts."""
    items = [i for i in deck.items if not (without_events and i.kind == "event")]
    by_article: dict[str, list] = defaultdict(list)
    for item in items:
        for source in {e.source for e in item.evidence}:
            by_article[source].append(item)
    totals: dict[str, Counter] = defaultdict(Counter)
    missing = 0
    misses: list[str] = []
    for key in keys:
        kind = key["kind"]
        totals[kind]["facts"] += 1
        span = excerpt_span(bodies.get(key["article_id"], ""), key["evidence"])
        if span is None:
            missing += 1
            continue
        its = by_article.get(key["article_id"], [])
        top = sorted(its, key=lambda i: (-(i.importance or 0.0), i.id))[:TOP]
        if any(item_matches(i, key, span) for i in its):
            totals[kind]["deck"] += 1
        if any(item_matches(i, key, span) for i in top):
            totals[kind]["top"] += 1
        else:
            where = "in deck" if any(item_matches(i, key, span) for i in its) else "not in deck"
            misses.append(f"{key['article_id']} #{key['rank']} {kind} ({where}): {key['answer']}")
    return totals, missing, misses


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=sorted(KEY_FILES), default="heldout",
                        help="which key-fact list: dev, dev2, dev3, dev4 (key_facts_dev*.tsv), to tune on (dev3 and dev4 were fresh checks until round 27); dev5 (key_facts_dev5.tsv), written in round 27, a fresh check until stop 70 read its misses, a development list since; heldout (key_facts.tsv), to report")
    parser.add_argument("--keys", help="a key-fact TSV instead of the part's own")
    parser.add_argument("--misses", action="store_true", help="list the key facts missing from the top five (dev only)")
    parser.add_argument("--corpora", default=str(CORPORA))
    parser.add_argument("--cache", help="pickle of the 20 articles' extracted facts (made if absent)")
    parser.add_argument("--refresh", action="store_true", help="re-extract even if the cache exists")
    parser.add_argument("--without-events", action="store_true", help="leave event items out")
    args = parser.parse_args(argv)

    from quizgen.deck.generate import build_deck, parse_and_extract

    keys = read_key_facts(Path(args.keys) if args.keys else HERE / KEY_FILES[args.part])
    ids = {k["article_id"] for k in keys}
    parts = {part_of(i) for i in ids}
    if args.misses and parts != {"dev"}:
        sys.exit("--misses lists errors only for dev articles: never look at held-out misses")
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists() and not args.refresh:
        facts = pickle.loads(cache.read_bytes())
    else:
        facts = list(parse_and_extract(load_articles(ids, Path(args.corpora))))
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps(facts))
    found = {f.article.id for f in facts}
    if found != ids:
        sys.exit(f"articles not found in {args.corpora}: {', '.join(sorted(ids - found))}")
    deck = build_deck(facts, deck_id="key-facts", title="key facts", events=not args.without_events)
    bodies = {f.article.id: f.article.body for f in facts}
    totals, missing, misses = coverage(deck, keys, bodies, without_events=args.without_events)
    print(f"{len(keys)} key facts, {len(ids)} articles ({'/'.join(sorted(parts))}), {len(deck.items)} items"
          + (" (event items left out)" if args.without_events else ""))
    print(f"{'kind':<14} {'facts':>5} {'in deck':>10} {'top five':>10}")
    overall = Counter()
    for kind in KINDS:
        t = totals.get(kind, Counter())
        overall.update(t)
        print(f"{kind:<14} {t['facts']:>5} {t['deck']:>10} {t['top']:>10}")
    n = overall["facts"]
    print(f"{'all':<14} {n:>5} {overall['deck']:>5} {overall['deck'] / n:4.0%} {overall['top']:>5} {overall['top'] / n:4.0%}")
    if missing:
        print(f"({missing} excerpts not found in their article's body)")
    if args.misses:
        print("\n".join(["", "not in the top five:", *misses]))


if __name__ == "__main__":
    main()
