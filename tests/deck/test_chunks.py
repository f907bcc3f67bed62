"""Long articles are parsed in paragraph-aligned pieces: same facts, exact offsets, no E088."""

from __future__ import annotations

import random
import re
from dataclasses import fields
from itertools import pairwise
from typing import get_args, get_type_hints

from faker import Faker

from quizgen.deck import chunks
from quizgen.deck.chunks import chunk_spans
from quizgen.deck.generate import generate_deck, parse_and_extract
from quizgen.extract import ArticleFacts
from quizgen.ingest.articles import MAX_ARTICLE_BYTES, parse_article

ROLES = ["finance minister", "union leader", "mayor", "health secretary", "police chief"]


def news_paragraphs(seed: int, count: int) -> list[str]:
    """Self-contained paragraphs: each names its speaker in full, so no paragraph needs
    another to be understood."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        name, role = fake.name_male(), rng.choice(ROLES)
        quote = fake.sentence(nb_words=rng.randint(8, 12)).rstrip(".")
        out.append(
            f"{name}, the {role}, spoke at the town hall on {fake.date_between('-3y').strftime('%B %d, %Y')}. "
            f"“{quote},” {name} said. The council approved {rng.randint(3, 900)} new homes. "
            f"In {rng.randint(1990, 2015)}, the county built {rng.randint(3, 900)} schools. "
            f"The {fake.city()} council approved {rng.randint(3, 40)} new libraries on Monday after a long debate."
        )
    return out


def article(body: str, article_id: str = "long"):
    return parse_article(body.encode("utf-8"), article_id=article_id, path=f"{article_id}.txt")


def test_pieces_cover_the_body_and_cut_only_at_paragraph_starts():
    body = "\n\n".join(news_paragraphs(1, 60)) + "\n"
    spans = chunk_spans(body, size=2_000)
    assert len(spans) > 3
    assert spans[0][0] == 0 and spans[-1][1] == len(body)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in pairwise(spans))
    assert all(body[start - 2 : start] == "\n\n" for start, _ in spans[1:])


def test_a_paragraph_too_long_to_keep_whole_is_cut_at_a_sentence_end():
    body = "The vote was close. " * 20_000  # 400,000 characters, no blank line
    spans = chunk_spans(body)
    assert max(end - start for start, end in spans) <= chunks.MAX_CHUNK_CHARS
    assert all(body[start - 2 : start] == ". " for start, _ in spans[1:])


def test_facts_from_pieces_are_the_facts_of_the_whole_article(monkeypatch):
    body = "Council Meets Over Housing Plans\n\n" + "\n\n".join(news_paragraphs(2, 36)) + "\n"
    whole = next(parse_and_extract([article(body)]))
    # pieces hold several paragraphs, the first piece the whole lede (as 50,000 characters do)
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 2_400)
    monkeypatch.setattr("quizgen.deck.generate.WHOLE_ARTICLE_CHARS", 1_000)
    assert len(chunk_spans(body)) > 4
    pieces = next(parse_and_extract([article(body)], n_process=1))
    assert whole.quotes  # the article has facts to compare
    assert any(f.dated_by for f in whole.figures)  # spans inside a fact move with it
    assert whole.events and any(e.time_start is not None for e in whole.events)
    # every kind but the references, which read the text before their sentence (a piece's
    # first "the town hall" has no earlier mention in its piece: see ``deck.chunks``)
    for kind in (f.name for f in fields(ArticleFacts) if f.name not in ("article", "references")):
        assert getattr(pieces, kind) == getattr(whole, kind), kind
    assert set(pieces.references) <= set(whole.references)


def test_every_offset_field_of_every_fact_is_moved_with_its_piece():
    """A fact field that holds a place in the body must be listed where ``shift`` finds it,
    or a long article's later pieces point into the wrong text."""
    listed = (chunks.OFFSET_FIELDS | chunks.OPTIONAL_OFFSET_FIELDS | chunks.MINUS_ONE_OFFSET_FIELDS
              | chunks.OFFSET_TUPLE_FIELDS | chunks.SPAN_TUPLE_FIELDS | chunks.LABELLED_OFFSET_FIELDS
              | chunks.PAIR_TUPLE_FIELDS)
    hints = get_type_hints(ArticleFacts)
    for name, hint in hints.items():
        if name == "article":
            continue
        (fact_type,) = get_args(hint)
        for field in fields(fact_type):
            if re.search(r"(^|_)(start|end|span)$", field.name) or field.name in ("owner", "dated_by", "measure", "new_occasion_dates", "side_clauses"):
                assert field.name in listed, f"{fact_type.__name__}.{field.name}"


def test_an_article_of_nearly_2_mb_makes_a_deck_with_exact_evidence(tmp_path):
    """Over spaCy's 1,000,000-character limit (E088) and within the 2 MB file limit: a
    page whose prose is interleaved with long lists of related links."""
    prose = news_paragraphs(3, 60)
    parts, size, k = [], 0, 0
    while size < 1_950_000:
        links = "\n".join(f"Related: Stories About Council Housing Number {k}-{n}" for n in range(400))
        parts += [prose[k % len(prose)], links]
        size += len(parts[-1]) + len(parts[-2]) + 4
        k += 1
    body = "\n\n".join(parts) + "\n"
    assert 1_900_000 < len(body.encode("utf-8")) <= MAX_ARTICLE_BYTES
    path = tmp_path / "huge.txt"
    path.write_text(body, encoding="utf-8")
    deck = generate_deck([path], deck_id="huge")
    assert len({i.quote for i in deck.items if i.kind == "quote"}) >= 50
    for item in deck.items:
        for ev in item.evidence:
            assert body[ev.start : ev.end] == ev.text, item.id


def test_pieces_shared_between_two_processes_give_the_facts_of_one(monkeypatch):
    """Worker processes send back only the facts of each piece (an empty Doc carries them),
    in order: the same facts as one process parsing every piece itself."""
    body = "Council Meets Over Housing Plans\n\n" + "\n\n".join(news_paragraphs(4, 24)) + "\n"
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 1_200)
    monkeypatch.setattr("quizgen.deck.generate.WHOLE_ARTICLE_CHARS", 1_000)
    assert len(chunk_spans(body)) > 4
    one = next(parse_and_extract([article(body)], n_process=1))
    two = next(parse_and_extract([article(body)], n_process=2))
    assert one.quotes and one.figures
    assert two == one
