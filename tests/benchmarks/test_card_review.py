"""The card review benchmark's sampling, scoring and checks, on small inline decks (no corpus)."""

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from card_review import (
    Drawn,
    archive_markup,
    check_item,
    context_blocks,
    context_dependent,
    main,
    read_judgements,
    score_table,
    stratified_sample,
    tally,
    text_defects,
)

from quizgen.deck.io import save_deck
from quizgen.ingest.articles import parse_article
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

BODY = (
    "Ann Lee, the mayor of Springfield, opened the bridge on Monday.\n\n"
    "The bridge cost $4 million, officials said.\n\n"
    "“It is a great day,” Lee said.\n\n"
    "Follow Ann Lee on Twitter @annlee"
)


def _ev(fragment: str, source: str = "a") -> Evidence:
    start = BODY.index(fragment)
    return Evidence(source=source, start=start, end=start + len(fragment), text=fragment)


def _deck(path: Path, *, n_dates: int = 5) -> Deck:
    article = path / "a.txt"
    article.write_text("---\ntitle: Bridge\ndate: 2016-03-02\n---\n" + BODY, encoding="utf-8")
    items = [
        QuoteItem(id="q-1", question="Who said: “It is a great day”?", answer="Ann Lee", quote="It is a great day",
                  evidence=[_ev("“It is a great day,” Lee said.")]),
        PersonItem(id="p-1", question="Who was the mayor of Springfield?", answer="Ann Lee", person="Ann Lee",
                   role="mayor of Springfield", evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge on Monday.")]),
        PersonItem(id="p-2", question="Ann Lee opened ____.", answer="Ann Lee", person="Ann Lee",
                   role="opened the bridge", style="cloze", evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge on Monday.")]),
        NumberItem(id="n-1", question="The bridge cost ____, officials said.", answer="$4 million", value=4_000_000,
                   style="cloze", evidence=[_ev("The bridge cost $4 million, officials said.")]),
        NumberItem(id="n-2", question="The bridge cost ____.", answer="$4 million", value=4_000_000, style="cloze",
                   evidence=[_ev("The bridge cost $4 million, officials said.\n\n“It is a great day,” Lee said.")]),
    ]
    items += [
        DateItem(id=f"d-{i}", question=f"When did thing {i} happen?", answer="2016-02-29", value="2016-02-29",
                 evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge on Monday.")])
        for i in range(n_dates)
    ]
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    return Deck(deck=DeckInfo(id="t", title="T"), sources=[Source(id="a", path=str(article), sha256=sha)], items=items)


def test_sample_is_reproducible_and_stratified_by_kind(tmp_path):
    deck = _deck(tmp_path, n_dates=20)
    pool = [Drawn(deck, "t.yaml", i) for i in deck.items]
    first = [d.item.id for d in stratified_sample(pool, n=8, seed=3)]
    again = [d.item.id for d in stratified_sample(list(reversed(pool)), n=8, seed=3)]
    assert first == again
    kinds = [i.split("-")[0] for i in first]
    # one quote, two people and two numbers are all there are; dates fill the rest
    assert sorted(kinds) == ["d", "d", "d", "n", "n", "p", "p", "q"]
    assert [d.item.id for d in stratified_sample(pool, n=8, seed=4)] != first


def test_sample_writes_context_and_an_empty_verdict_template(tmp_path):
    deck_path = tmp_path / "deck.yaml"
    save_deck(_deck(tmp_path), deck_path)
    main(["sample", str(deck_path), "--seed", "1", "--n", "4", "--out", str(tmp_path / "review")])
    text = (tmp_path / "review.md").read_text(encoding="utf-8")
    assert "(Bridge; no outlet; 2016-03-02)" in text  # the article's title and date
    assert "▶ " in text
    rows = (tmp_path / "review.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["deck", "item", "kind", "right", "answerable", "well_formed", "worth_learning", "choices_ok", "note"]
    assert len(rows) == 5
    assert all(r.split("\t")[3:7] == ["", "", "", ""] for r in rows[1:])


def test_context_shows_the_evidence_paragraph_and_its_neighbours():
    article = parse_article(("---\ntitle: Bridge\n---\n" + BODY).encode(), article_id="a", path="a.txt")
    start = BODY.index("The bridge cost")
    shown = context_blocks(article, start, start + 10)
    assert [holds for _, holds in shown] == [False, True, False]
    assert shown[1][0].startswith("The bridge cost")


JUDGED = """deck\titem\tkind\tright\tanswerable\twell_formed\tworth_learning\tchoices_ok\tnote
t\tq-1\tquote\ty\ty\ty\ty\tn\twrong choice
t\tp-1\tperson\ty\tn\ty\ty\t-\tmany mayors
t\tp-2\tperson\tn\tn\tn\tn\t-\tfragment
t\tn-1\tnumber\ty\ty\ty\ty\t-\t
t\td-1\tdate\t\t\t\t\t\t
"""


def test_score_counts_acceptable_and_all_five_per_kind(tmp_path):
    path = tmp_path / "j.tsv"
    path.write_text(JUDGED, encoding="utf-8")
    tallies = tally(read_judgements([path]))
    assert "date" not in tallies  # not judged yet
    everything = tallies["all"]
    assert (everything.n, everything.right, everything.acceptable) == (4, 3, 2)
    assert (everything.all_five, everything.all_n) == (1, 4)  # the number; "-" choices pass
    assert (everything.choices, everything.choices_n) == (0, 1)
    table = score_table(tallies)
    assert "| person | 2 | 50% | 0% | 50% | **0%** |" in table
    assert "| **all** | 4 | 75% | 50% | 75% | **50%** |" in table


def test_score_rejects_an_unknown_verdict(tmp_path):
    path = tmp_path / "j.tsv"
    path.write_text(JUDGED.replace("\ty\ty\ty\ty\t-\t\n", "\tyes\tmaybe\ty\ty\t-\t\n"), encoding="utf-8")
    try:
        read_judgements([path])
    except SystemExit as exc:
        assert "answerable is 'maybe'" in str(exc)
    else:
        raise AssertionError("a verdict of 'maybe' was accepted")


def test_check_finds_furniture_block_crossing_mojibake_and_roles_without_a_role_noun(tmp_path):
    deck = _deck(tmp_path)
    article = parse_article(Path(deck.sources[0].path).read_bytes(), article_id="a", path="a.txt")
    found = {i.id: check_item(i, {"a": article}) for i in deck.items}
    assert found["p-1"] == [] and found["n-1"] == [] and found["q-1"] == []
    assert found["p-2"] == ["role_without_role_noun"]
    assert found["n-2"] == ["evidence_crosses_block"]
    tweet = QuoteItem(id="q-2", question="Who said: “Follow Ann Lee on Twitter @annlee”?", answer="Ann Lee",
                      quote="x", evidence=[_ev("Follow Ann Lee on Twitter @annlee")])
    assert set(check_item(tweet, {"a": article})) >= {"furniture:handle_or_link", "furniture:follow_on"}
    garbled = NumberItem(id="n-3", question="Enrique PeÃ±a Nieto spent ____.", answer="$4 million", value=4,
                         style="cloze", evidence=[_ev("The bridge cost $4 million, officials said.")])
    assert check_item(garbled, {"a": article}) == ["mojibake"]
    decomposed = garbled.model_copy(update={"question": "Enrique PeA\u0303\u00b1a Nieto spent ____."})
    assert check_item(decomposed, {"a": article}) == ["mojibake"]


def test_check_counts_the_words_a_cloze_leans_on_by_kind():
    questions = [
        "That year Springfield spent ____ on roads.",
        "Neither has raised more than ____.",
        "The poll has a margin of error of ____ points.",
        "The company said sales fell ____ in March.",
        "Joining him in Ohio were ____ people.",
        "This year Springfield spent ____ on roads.",
        "[Ann Lee] said the poll found ____ of voters undecided.",
        "____ said his plan would cost $4 million.",
    ]
    kinds = ["number"] * 7 + ["quote"]
    assert context_dependent(questions, kinds) == [
        ["demonstrative"], ["quantifier"], ["definite"], ["organisation"], ["pronoun"], [], [], [],
    ]


def test_archive_markup_is_found_in_card_text():
    for text in ("Dow Jones amp Co. said", "the SampP 500", "AT&amp;T", "``Yes,'' he said", "fell to #89.7 million", "Reiss &   Co."):
        assert archive_markup(text), text
    for text in ("Dow Jones & Co. said", "a Fender amp", "“Yes,” he said", "the #1 issue", "AT&T"):
        assert not archive_markup(text), text


@pytest.mark.parametrize(
    ("question", "defects"),
    [
        ("WASHINGTON — Officials on ____ reacted to the vote.", ["dateline_start"]),
        ("U.S. President ____ said Thursday that he had ordered the strikes.", []),
        ("The mayor said here on ____ that the vote would go ahead.", ["here_outside_quotes"]),
        ("Who said: “We are glad to be here today”?", []),
        ("Who said: “It was a well-planned attack _ clearly not amateurs”?", ["wire_underscore"]),
        ("The group bought a ad on ____.", ["a_an"]),
        ("Who said to be “closely coordinated”?", ["who_said_to"]),
    ],
)
def test_text_defects_name_what_a_reader_sees(question, defects):
    assert text_defects(question) == defects


@pytest.mark.parametrize(
    ("question", "flagged"),
    [
        ("The council ____ voted to close the bridge.", True),
        ("The council on ____ voted to close the bridge.", False),
        ("Throughout ____, the council argued over the bridge.", False),  # a preposition is written
        ("The council argued during ____ over the bridge.", False),
    ],
)
def test_a_full_date_blank_without_a_preposition_is_flagged(tmp_path, question, flagged):
    deck = _deck(tmp_path)
    article = parse_article(Path(deck.sources[0].path).read_bytes(), article_id="a", path="a.txt")
    item = DateItem(id="d-9", question=question, answer="29 February 2016", value="2016-02-29", style="cloze",
                    evidence=[_ev("Ann Lee, the mayor of Springfield, opened the bridge on Monday.")])
    assert ("text:date_without_on" in check_item(item, {"a": article})) is flagged
