"""Where a development key-fact list's keys are lost in ``build_deck``: for each key, the furthest
stage an item asking it reaches — among each article's top five, in the deck, refused by the worth
rules (``items.worth.not_worth``, with the refusal's reason), dropped by a form or anchor gate, or
no item made at all ("noitem").

    nice -n 10 python benchmarks/key_fact_stages.py dev4 --cache /work/cache/me/kf-dev4.pickle

It wraps the item makers ``deck.generate`` calls and its ``first_of_each_question`` to see the
candidates and their refusals; the deck built is the same as ``key_facts.py`` builds. Development
lists only: held-out and dev5 keys are never traced.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmarks import key_facts as kf
from quizgen.deck import generate

TRACED = ("dev", "dev2", "dev3", "dev4")
MAKERS = (
    "quote_items", "date_items", "number_items", "person_items", "former_role_items", "employer_items",
    "event_items", "argument_items",
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", choices=TRACED)
    parser.add_argument("--cache", help="pickle of the 20 articles' extracted facts (made if absent)")
    args = parser.parse_args(argv)
    keys = kf.read_key_facts(kf.HERE / kf.KEY_FILES[args.part])
    ids = {k["article_id"] for k in keys}
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        facts = pickle.loads(cache.read_bytes())
    else:
        facts = list(generate.parse_and_extract(kf.load_articles(ids, kf.CORPORA)))
        if cache is not None:
            cache.write_bytes(pickle.dumps(facts))
    made: list = []
    for name in MAKERS:
        maker = getattr(generate, name)

        def recorded(*a, _maker=maker, **k):
            out = _maker(*a, **k)
            made.extend(x[0] if isinstance(x, tuple) else x for x in out)
            return out

        setattr(generate, name, recorded)
    candidates: list = []
    refused: dict[str, str] = {}
    first_of_each = generate.first_of_each_question

    def seen(found, ranked, refusal):
        candidates.extend(found)
        refused.update({i.id: why for i in found if (why := refusal(i))})
        return first_of_each(found, ranked, refusal)

    generate.first_of_each_question = seen
    deck = generate.build_deck(facts, deck_id="key-facts", title="key facts", events=True)
    bodies = {f.article.id: f.article.body for f in facts}
    stages: Counter = Counter()
    for key in keys:
        span = kf.excerpt_span(bodies.get(key["article_id"], ""), key["evidence"])
        if span is None:
            stages[(key["kind"], "no excerpt")] += 1
            continue

        def asking(items, key=key, span=span):
            return [i for i in items if any(e.source == key["article_id"] for e in i.evidence) and kf.item_matches(i, key, span)]

        own = [i for i in deck.items if any(e.source == key["article_id"] for e in i.evidence)]
        top = sorted(own, key=lambda i: (-(i.importance or 0.0), i.id))[: kf.TOP]
        if asking(top):
            stage = "top five"
        elif asking(deck.items):
            stage = "in deck"
        elif found := asking(candidates):
            why = refused.get(found[0].id)
            stage = "refused: " + (why.split(":")[0] if why else "a sibling or a repeated question")
            print(f"{key['kind']:<13} {stage:<34} {key['article_id'][:30]:<30} {key['answer'][:40]!r} ({why})")
        elif asking(made):
            stage = "form or anchor gate"
        else:
            stage = "noitem"
        stages[(key["kind"], stage)] += 1
    for (kind, stage), n in sorted(stages.items()):
        print(f"{kind:<14} {stage:<36} {n:>4}")


if __name__ == "__main__":
    main()
