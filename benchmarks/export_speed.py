"""How long does each export take for a large deck (~9,000 items)?

Synthesises a seeded Faker deck of ITEMS items (quotes with four choices, people with
choices, numbers, dates; a few CJK names and symbols), then times each export once, on the
whole deck: the Anki package, the two flashcard CSVs, and a classroom quiz of every item in
each quiz format (the PDF of the whole deck runs to well over a thousand pages), plus a
20-question Kahoot quiz drawn from it. Prints seconds per export and the output size.

    nice -n 10 python benchmarks/export_speed.py [--items 8951] [--skip pdf]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import time

from faker import Faker

from quizgen.export.anki import export_apkg
from quizgen.export.flashcards import export_flashcards_csv
from quizgen.export.platforms import pick_for_platform
from quizgen.export.render import FORMATS, render_version
from quizgen.export.selection import make_quiz, pick_items
from quizgen.models import (
    DateItem,
    Deck,
    DeckInfo,
    Evidence,
    NumberItem,
    PersonItem,
    QuoteItem,
    Source,
)

CJK = ["习近平", "安倍晋三", "문재인"]


def build_deck(n_items: int, seed: int = 1) -> Deck:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    names = [fake.name() for _ in range(400)] + CJK
    sources, items = [], []
    for a in range(max(1, n_items // 25)):
        body = " ".join(fake.sentence(nb_words=14) for _ in range(40))
        sources.append(
            Source(
                id=f"art-{a:04d}",
                title=fake.sentence(nb_words=6),
                outlet="The Daily Bench",
                path=f"bench/{a}.txt",
                sha256=hashlib.sha256(body.encode()).hexdigest(),
            )
        )
    for i in range(n_items):
        src = sources[i % len(sources)].id
        speaker = names[i % len(names)]
        wrong = [names[(i * 7 + k) % len(names)] for k in (1, 2, 3)]
        choices = list(dict.fromkeys([speaker, *wrong]))
        sentence = fake.sentence(nb_words=12 + i % 20)
        ev = [Evidence(source=src, start=0, end=len(sentence), text=sentence)]
        kind = i % 4
        if kind == 0:
            quote = " ".join(fake.sentence(nb_words=9) for _ in range(1 + i % 3)).rstrip(".")
            items.append(
                QuoteItem(
                    id=f"q-{i:05d}",
                    question=f"Who said: “{quote}”?",
                    answer=speaker,
                    choices=choices,
                    quote=quote,
                    evidence=ev,
                )
            )
        elif kind == 1:
            role = f"head of the {fake.word()} mission ★"
            items.append(
                PersonItem(
                    id=f"p-{i:05d}",
                    question=f"Who is the {role}?",
                    answer=speaker,
                    choices=choices,
                    person=speaker,
                    role=role,
                    evidence=ev,
                )
            )
        elif kind == 2:
            items.append(
                NumberItem(
                    id=f"n-{i:05d}",
                    question=f"How many {fake.word()}s were sent ({i})?",
                    answer=f"{i * 10:,}",
                    value=i * 10,
                    evidence=ev,
                )
            )
        else:
            year = 1950 + i % 70
            items.append(
                DateItem(
                    id=f"d-{i:05d}",
                    question=f"In which year did {fake.word()} {i} happen?",
                    answer=str(year),
                    value=str(year),
                    evidence=ev,
                )
            )
    return Deck(deck=DeckInfo(id="bench", title="Export benchmark"), sources=sources, items=items)


def _timed(label: str, run):
    start = time.perf_counter()
    data = run()
    seconds = time.perf_counter() - start
    size = sum(len(d) for d in data) if isinstance(data, tuple) else len(data)
    print(f"{label:<28} {seconds:8.2f} s  {size / 1e6:8.2f} MB", flush=True)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=8951)
    parser.add_argument("--skip", nargs="*", default=[], choices=FORMATS)
    args = parser.parse_args()
    start = time.perf_counter()
    deck = build_deck(args.items)
    print(
        f"deck: {len(deck.items)} items, {len(deck.sources)} sources "
        f"(built in {time.perf_counter() - start:.1f} s)"
    )
    _timed("anki .apkg", lambda: export_apkg([deck], timestamp=1.7e9))
    _timed("csv (anki)", lambda: export_flashcards_csv([deck]))
    _timed("csv (quizlet)", lambda: export_flashcards_csv([deck], flavor="quizlet"))
    quiz = make_quiz([deck], pick_items([deck]), seed=1)
    outputs = {}
    for fmt in FORMATS:
        if fmt in args.skip:
            continue

        def run(fmt=fmt):
            rendered = render_version(quiz, quiz.versions[0], fmt, timestamp=1.7e9)
            return (rendered.quiz, rendered.key or b"")

        outputs[fmt] = _timed(
            f"quiz, all items: {fmt} (sheet + key)" if fmt == "pdf" else f"quiz, all items: {fmt}",
            run,
        )

    def kahoot20():
        picked, wording, _ = pick_for_platform([deck], "kahoot", count=20, seed=1)
        small = make_quiz([deck], picked, seed=1, wording=wording)
        return render_version(small, small.versions[0], "kahoot", timestamp=1.7e9).quiz

    _timed("quiz, 20 drawn: kahoot", kahoot20)
    if "pdf" in outputs:
        from pypdf import PdfReader

        sheet, key = outputs["pdf"]
        pages = [len(PdfReader(io.BytesIO(data)).pages) for data in (sheet, key)]
        print(f"pdf pages: sheet {pages[0]}, key {pages[1]}")


if __name__ == "__main__":
    main()
