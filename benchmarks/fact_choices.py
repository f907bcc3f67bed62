"""Giveaway wrong choices of figure, date and event cards, counted over whole decks.

    python benchmarks/fact_choices.py DECK.yaml [DECK.yaml ...]
    python benchmarks/fact_choices.py DECK.yaml ... --sample 6 --n 30 > sample.md

``--sample SEED`` prints ``--n`` figure, date and event cards with choices, drawn with SEED
(from the cards ordered by deck path and id), with their evidence, to judge "choices ok".

Per rule, the share of cards (with choices) that break it:
  figure order     an option on the other side of a number the question shows with the same
                   currency or percent sign ("a drop from 76 percent": an option above 76)
  figure grain     an option off the answer's grid (eighths for "$36.125", round for "80")
  figure odd       the answer farther from its nearest option than two neighbouring options
  date cycle       a year card naming a fixed-cycle event (presidential, census) with an
                   option off the cycle
  date weekend     a working-day answer with a Saturday or Sunday option
  who country      "Which country" with an option that is no country, or the answer's country
                   by another name
  who co-actor     an organisation/country option the evidence sentence names
  figure open      an open bound ("more than 1,000") with choices: none is surely wrong
  figure loose     a loose figure ("about 11%") with an option within a tenth of it
  figure digits    an option writing a round million in digits or a thousand of a scale
                   word ("1,000,000", "$1252 million") where the answer does not
  org kind         an organisation's words with an option of another kind (news outlet,
                   government body, company, party, international body)
Also: cards of each kind, and how many of them have choices.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.constants import RECURRING_EVENTS
from quizgen.deck.io import load_deck
from quizgen.extract.figures import NUMBER
from quizgen.facts.places import country_code, place_kind
from quizgen.items.entity_names import named_in
from quizgen.items.figures import LOOSE, LOOSE_SHARE, OPEN_BOUNDS
from quizgen.items.number_choices import (
    grain_of,
    kind_of,
    odd_one_out,
    order_bounds,
    round_millions,
    value_of,
    within,
)
from quizgen.items.org_kinds import org_kind
from quizgen.items.wording import parse_spelled_date


def _number(text: str) -> tuple[re.Match | None, float | None]:
    m = NUMBER.search(text)
    if m is None or m.group("num2"):
        return None, None
    return m, value_of(m)[0]


def figure_defects(item) -> set[str]:
    m, answer = _number(item.answer)
    if m is None:
        return set()
    options = [(c, *_number(c)) for c in item.choices if c != item.answer]
    if any(om is None for _, om, _ in options):
        return set()
    out = set()
    kind = kind_of(m)
    if kind != ("", False):
        others = [v for q in NUMBER.finditer(item.question) if kind_of(q) == kind for v in value_of(q)]
        bounds = order_bounds(answer, others)
        if not all(within(v, bounds) for _, _, v in options):
            out.add("figure order")
    grain = grain_of(m.group("num"))
    if not all(grain.fits(float(om.group("num").replace(",", ""))) for _, om, _ in options):
        out.add("figure grain")
    if odd_one_out(answer, [v for _, _, v in options]):
        out.add("figure odd")
    if item.qualifier in OPEN_BOUNDS:
        out.add("figure open")
    if item.qualifier in LOOSE and any(abs(v - answer) <= LOOSE_SHARE * answer for _, _, v in options):
        out.add("figure loose")
    if not round_millions(item.answer) and any(round_millions(c) for c, _, _ in options):
        out.add("figure digits")
    return out


def organisation_defects(item) -> set[str]:
    if "organisation" not in item.tags:
        return set()
    kind = org_kind(item.answer)
    return {"org kind"} if any(org_kind(c) != kind for c in item.choices) else set()


def date_defects(item) -> set[str]:
    out = set()
    words = set(re.findall(r"[a-z]+", " ".join(e.text for e in item.evidence).lower()))
    periods = [RECURRING_EVENTS[w] for w in words if RECURRING_EVENTS.get(w)]
    if (
        re.fullmatch(r"\d{4}", item.answer)
        and periods
        and any((int(c) - int(item.answer)) % max(periods) for c in item.choices if c.isdigit())
    ):
        out.add("date cycle")
    day = parse_spelled_date(item.answer)
    if day is not None and re.match(r"\d{1,2} [A-Z]", item.answer) and day.weekday() < 5:
        days = [parse_spelled_date(c) for c in item.choices]
        if any(d is not None and isinstance(d, dt.date) and d.weekday() >= 5 for d in days):
            out.add("date weekend")
    return out


def event_defects(item) -> set[str]:
    if item.asks != "who" or item.question.startswith("Who "):
        return set()
    out = set()
    wrong = [c for c in item.choices if c != item.answer]
    if item.question.startswith("Which country "):
        code = country_code(item.answer)
        if any(place_kind(c) != "country" or country_code(c) == code for c in wrong):
            out.add("who country")
    sentence = " ".join(e.text for e in item.evidence)
    if any(named_in(sentence, c) for c in wrong):
        out.add("who co-actor")
    return out


RULES = {
    "number": ("figure order", "figure grain", "figure odd", "figure open", "figure loose", "figure digits"),
    "quote": ("org kind",),
    "date": ("date cycle", "date weekend"),
    "event": ("who country", "who co-actor"),
}
CHECKS = {"number": figure_defects, "date": date_defects, "event": event_defects, "quote": organisation_defects}


def print_sample(paths: list[str], *, seed: int, n: int) -> None:
    drawn = [(p, i) for p in paths for i in load_deck(p).items if i.kind in CHECKS and i.choices]
    drawn.sort(key=lambda x: (x[0], x[1].id))
    print("# pool", len(drawn), dict(Counter(i.kind for _, i in drawn)))
    for number, (path, item) in enumerate(random.Random(seed).sample(drawn, min(n, len(drawn))), 1):
        print(f"## {number} {item.id} {item.kind} {Path(path).parent.name}/{Path(path).name}")
        print("Q:", item.question)
        print("A:", item.answer)
        print("C:", " | ".join(item.choices))
        print("E:", " / ".join(e.text for e in item.evidence)[:600])
        print()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("decks", nargs="+")
    parser.add_argument("--sample", type=int, metavar="SEED", help="print a sample of cards to judge instead")
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args(argv)
    if args.sample is not None:
        print_sample(args.decks, seed=args.sample, n=args.n)
        return
    cards, with_choices, broken = Counter(), Counter(), Counter()
    for path in args.decks:
        for item in load_deck(path).items:
            if item.kind not in CHECKS:
                continue
            cards[item.kind] += 1
            if item.choices:
                with_choices[item.kind] += 1
                broken.update(CHECKS[item.kind](item))
    for kind, rules in RULES.items():
        print(f"{kind}: {cards[kind]} cards, {with_choices[kind]} with choices")
        for rule in rules:
            n = with_choices[kind]
            print(f"  {rule:<14} {broken[rule]:>4} of {n} ({100 * broken[rule] / n if n else 0:.1f}%)")


if __name__ == "__main__":
    main()
