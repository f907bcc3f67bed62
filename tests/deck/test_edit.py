import pytest

from quizgen.deck.edit import apply_item_edits, item_rows, split_list
from quizgen.deck.io import save_deck
from quizgen.deck.library import discover_decks, valid_decks
from quizgen.errors import DeckError, InputError
from quizgen.ingest.uploads import MAX_FILE_BYTES, MAX_FILES, stage_articles
from tests.study_decks import make_deck


def test_rows_round_trip_unchanged():
    deck = make_deck()
    assert apply_item_edits(deck, item_rows(deck)) == deck


def test_edit_answer_keeps_choices_consistent():
    deck = make_deck()
    rows = item_rows(deck)
    rows[1]["answer"] = "Sept. 2014"
    rows[1]["accept"] = "2014-09; September 2014"
    new = apply_item_edits(deck, rows)
    assert new.items[1].answer == "Sept. 2014"
    assert "Sept. 2014" in new.items[1].choices
    assert new.items[1].accept == ["2014-09", "September 2014"]
    assert deck.items[1].answer == "September 2014"  # input untouched


def test_deleting_only_among_shown_rows():
    deck = make_deck()
    rows = item_rows(deck)[:2]
    new = apply_item_edits(deck, rows, shown_ids=["q-stoltenberg", "d-coalition", "n-countries"])
    assert [i.id for i in new.items] == ["q-stoltenberg", "d-coalition", "p-erdogan", "q-hostile"]


def test_every_problem_is_reported():
    deck = make_deck()
    rows = item_rows(deck)
    rows[0]["question"] = ""
    rows[2]["question"] = "no blank"
    with pytest.raises(DeckError) as err:
        apply_item_edits(deck, rows)
    text = str(err.value)
    assert "q-stoltenberg" in text and "n-countries" in text and "____" in text


def test_added_rows_are_refused():
    deck = make_deck()
    with pytest.raises(DeckError, match="cannot be added"):
        apply_item_edits(deck, [*item_rows(deck), {"id": "new", "question": "q"}])


def test_search_rows_by_question_answer_or_evidence():
    deck = make_deck()
    assert [r["id"] for r in item_rows(deck, query="ERDOĞAN")] == ["p-erdogan"]
    assert [r["id"] for r in item_rows(deck, query="stand together")] == ["q-stoltenberg"]
    assert [r["id"] for r in item_rows(deck, query="formed in")] == ["d-coalition"]
    assert len(item_rows(deck, query="  ")) == len(deck.items)


def test_split_list():
    assert split_list(" a ; b;; ") == ["a", "b"]
    assert split_list(None) == []


def test_discover_lists_broken_decks_with_their_error(tmp_path):
    save_deck(make_deck(), tmp_path / "good.yaml")
    (tmp_path / "bad.yaml").write_text("items: [\n")
    entries = discover_decks(tmp_path)
    assert [e.path.name for e in entries] == ["bad.yaml", "good.yaml"]
    assert entries[0].deck is None and "not valid YAML" in entries[0].error
    assert [d.deck.id for d in valid_decks(entries)] == ["test-deck"]


def test_stage_articles_writes_allowed_files(tmp_path):
    paths = stage_articles(
        [("a b.txt", b"Hello."), ("n.md", "Caf\u00e9".encode())], "Pasted.", tmp_path
    )
    assert [p.name for p in paths] == ["000_a_b.txt", "001_n.md", "002_pasted.txt"]


@pytest.mark.parametrize(
    ("files", "pasted", "message"),
    [
        ([], "  ", "no articles"),
        ([("x.pdf", b"%PDF")], "", "only .txt and .md"),
        ([("big.txt", b"x" * (MAX_FILE_BYTES + 1))], "", "limit"),
        ([("latin.txt", "caf\u00e9".encode("latin-1"))], "", "not UTF-8"),
        ([(f"{i}.txt", b"x") for i in range(MAX_FILES + 1)], "", "too many"),
    ],
)
def test_stage_articles_refuses_bad_input(tmp_path, files, pasted, message):
    with pytest.raises(InputError, match=message):
        stage_articles(files, pasted, tmp_path / "out")
    assert not (tmp_path / "out").exists()
