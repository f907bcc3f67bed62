"""The deck format: round trips, determinism, and validation messages."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from quizgen.deck.io import dump_deck, load_deck, parse_deck, save_deck
from quizgen.errors import DeckError
from quizgen.models import Deck, DeckInfo, Evidence, QuoteItem, Source

SHA = "0" * 64


def make_deck(question="Who said: “x”?", answer="Ann Lee", quote="x", evidence_text="“x,” Ann Lee said.") -> Deck:
    return Deck(
        deck=DeckInfo(id="t", title="Test"),
        sources=[Source(id="s1", path="s1.txt", sha256=SHA)],
        items=[
            QuoteItem(
                id="q-1",
                question=question,
                answer=answer,
                accept=["Lee"],
                choices=[answer, "Bo Chan", "Cy Diaz", "Di Eve"],
                quote=quote,
                evidence=[Evidence(source="s1", start=0, end=len(evidence_text), text=evidence_text)],
            )
        ],
    )


text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t:#&<>'\"“”"), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=text, answer=text.filter(lambda s: s.strip() and s.casefold() not in {"bo chan", "cy diaz", "di eve"}), quote=text, ev=text)
def test_any_text_round_trips_through_yaml(question, answer, quote, ev):
    deck = make_deck(question=question, answer=answer, quote=quote, evidence_text=ev)
    again = parse_deck(dump_deck(deck))
    assert again == deck
    assert dump_deck(again) == dump_deck(deck)


def test_save_is_atomic_and_byte_identical(tmp_path):
    path = tmp_path / "d.yaml"
    save_deck(make_deck(), path)
    first = path.read_bytes()
    save_deck(load_deck(path), path)
    assert path.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["d.yaml"]


def test_wrong_field_names_item_and_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(dump_deck(make_deck()).replace("answer: Ann Lee", "answr: Ann Lee"), encoding="utf-8")
    with pytest.raises(DeckError) as err:
        load_deck(path)
    message = str(err.value)
    assert "bad.yaml" in message and "item q-1" in message
    assert "answer" in message and "answr" in message


def test_every_problem_is_reported_at_once(tmp_path):
    path = tmp_path / "bad.yaml"
    broken = dump_deck(make_deck()).replace("schema_version: 1", "schema_version: 7").replace("kind: quote", "kind: riddle")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(DeckError) as err:
        load_deck(path)
    assert len(err.value.problems) >= 2


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("schema_version: 1\ndeck: {id: x\n", encoding="utf-8")
    with pytest.raises(DeckError, match=r"line \d+"):
        load_deck(path)


def test_yaml_tags_are_not_executed(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("!!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    with pytest.raises(DeckError):
        load_deck(path)


@pytest.mark.parametrize(
    "choices",
    [["Ann Lee", "Bo Chan", "Bo Chan", "Cy Diaz"], ["Bo Chan", "Cy Diaz", "Di Eve", "Ed Fox"]],
)
def test_choices_must_hold_the_answer_once_without_repeats(choices):
    data = make_deck().model_dump(mode="json")
    data["items"][0]["choices"] = choices
    with pytest.raises(ValidationError):
        Deck.model_validate(data)


def test_evidence_text_must_match_its_span():
    with pytest.raises(ValidationError):
        Evidence(source="s", start=0, end=3, text="four")


def test_written_files_get_ordinary_permissions(tmp_path):
    import os

    path = tmp_path / "d.yaml"
    save_deck(make_deck(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    save_deck(make_deck(), path)  # an existing file keeps its mode
    assert path.stat().st_mode & 0o777 == 0o640
