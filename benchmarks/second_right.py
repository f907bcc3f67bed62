"""Wrong choices the article shows doing the same: "who" event cards with a second right choice.

For every event card asking "who" with choices, re-reads its article (``DECK.articles/``, as
``card_review.py build`` writes them), finds the card's verb in its evidence and asks
``extract.event_peers`` who else the article shows doing a like act (``Peers.rivals``: the same
verb to an object of the same kind, or a deed to the answer's named object). A wrong choice
among them is a second right answer ("Who raised more than $33million?" with Hillary Clinton,
who raised $37million, as a choice):

    python benchmarks/second_right.py /work/cache/me/polnear-dev.yaml /work/cache/me/timebank-dev.yaml

Prints the count of such cards over the event "who" cards with choices, and each one found.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quizgen.deck.io import load_deck
from quizgen.extract.event_peers import peers_of
from quizgen.facts.names import surname
from quizgen.ingest.articles import read_article
from quizgen.items.entity_names import same_entity
from quizgen.nlp import load_pipeline


def _rival_choices(item, doc, person: bool) -> list[str]:
    ev = item.evidence[0]
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None:
        return []
    lemma = (item.verb or "").split()[0]
    actor_words = set(item.actor.lower().split())
    for t in span:
        if t.lemma_.lower() != lemma or t.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")] or [t]
        subject = subjects[0]
        said = {w.lower() for s in subjects for w in (x.text for x in s.subtree)}
        if not (actor_words & said) and subject.pos_ != "PRON":
            continue
        rivals = peers_of(t, subject, item.actor, "PERSON" if person else "ORG", verb_class=item.verb_class).rivals
        wrong = [c for c in item.choices if c != item.answer]
        if person:
            return [c for c in wrong if any(surname(c) == surname(r) for r in rivals)]
        return [c for c in wrong if any(same_entity(c, r) for r in rivals)]
    return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="+")
    args = parser.parse_args()
    nlp = load_pipeline()
    cards = found = 0
    for path in args.decks:
        folder = Path(path).with_suffix(".articles")
        docs = {}
        for item in load_deck(path).items:
            if item.kind != "event" or getattr(item, "asks", None) != "who" or not item.choices:
                continue
            cards += 1
            source = item.evidence[0].source
            if source not in docs:
                files = list(folder.glob(f"{source}.*"))
                docs[source] = nlp(read_article(files[0]).body) if files else None
            if docs[source] is None:
                continue
            rivals = _rival_choices(item, docs[source], item.question.startswith("Who "))
            if rivals:
                found += 1
                print(f"{item.id}\t{item.question}\tA: {item.answer}\tsecond right: {' | '.join(rivals)}\tchoices: {' | '.join(item.choices)}")
    print(f"event who-cards with choices: {cards}; with a wrong choice the article shows doing the like: {found}")


if __name__ == "__main__":
    main()
