"""The .apkg imported by the official Anki library: notes, escaping, tags, clean updates."""

from __future__ import annotations

import html

import pytest

from quizgen.deck.io import load_deck, save_deck
from quizgen.export.anki import anki_deck_id, export_apkg, note_guid
from tests.deck_factory import make_deck

anki_collection = pytest.importorskip("anki.collection")
Collection = anki_collection.Collection
ImportAnkiPackageOptions = anki_collection.ImportAnkiPackageOptions
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest
ImportAnkiPackageUpdateCondition = pytest.importorskip(
    "anki.import_export_pb2"
).ImportAnkiPackageUpdateCondition

T0 = 1_700_000_000.0


def _import(col, path, data, options=None):
    path.write_bytes(data)
    col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(path),
            # ImportAnkiPackageOptions() is what Anki's import dialog does by default.
            options=options or ImportAnkiPackageOptions(),
        )
    )


def _notes_by_guid(col):
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


@pytest.fixture
def col(tmp_path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def test_import_reads_back_every_item_escaped(col, tmp_path):
    deck = make_deck()
    _import(col, tmp_path / "a.apkg", export_apkg([deck], timestamp=T0))
    notes = _notes_by_guid(col)
    assert len(notes) == len(deck.items)
    for item in deck.items:
        note = notes[note_guid(deck.deck.id, item.id)]
        kind = note.note_type()["name"]
        if item.style == "cloze":
            assert kind == "quizgen Cloze"
            assert "{{c1::" in note["Text"] and "<script>" not in note["Text"]
        elif item.choices:
            assert kind == "quizgen Multiple choice"
            assert note["Question"] == html.escape(item.question)
            assert note["Answer"] == html.escape(item.answer)
            for choice in item.choices:
                assert f"<li>{html.escape(choice)}</li>" in note["Choices"]
        else:
            assert kind == "quizgen Basic"
            assert note["Question"] == html.escape(item.question)
            assert note["Answer"] == html.escape(item.answer)
        for value in note.fields:
            assert "<script>" not in value
        assert set(note.tags) >= {
            item.kind,
            "news",
            "nato_isil",
            f"source::{item.evidence[0].source}",
        }
    muller = notes[note_guid(deck.deck.id, "q-muller")]
    assert "conflict" in muller.tags
    assert "<b>Jürgen Müller</b>" in muller["Evidence"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>NATO" in muller["Evidence"]
    assert 'href="https://example.org/a?x=1&amp;y=2"' in muller["Source"]
    # A javascript: URL is never made a link.
    tf = notes[note_guid(deck.deck.id, "d-tf")]
    assert "href" not in tf["Source"]
    names = [d.name for d in col.decks.all_names_and_ids()]
    assert "quizgen::Nasty “news” & <tests>" in names


def test_cloze_answer_renders_and_article_braces_stay_inert(col, tmp_path):
    deck = make_deck()
    _import(col, tmp_path / "a.apkg", export_apkg([deck], timestamp=T0))
    note = _notes_by_guid(col)[note_guid(deck.deck.id, "p-cloze")]
    cards = note.cards()
    assert len(cards) == 1
    answer_html = cards[0].answer()
    assert "José Ñúñez" in answer_html
    assert "{mission}" in html.unescape(answer_html)


def test_reimport_updates_notes_and_keeps_scheduling(col, tmp_path):
    deck = make_deck()
    _import(col, tmp_path / "a.apkg", export_apkg([deck], timestamp=T0))
    count = len(col.find_notes(""))
    guid = note_guid(deck.deck.id, "d-troops")
    note = _notes_by_guid(col)[guid]
    card = note.cards()[0]
    col.decks.select(card.did)
    studied = col.get_card(card.id)
    studied.start_timer()
    col.sched.answerCard(studied, 4)  # a real review through the scheduler
    col.sched.set_due_date([card.id], "7")
    before = {c.id: (c.ivl, c.due, c.reps, c.type) for c in col.get_note(note.id).cards()}
    reviewed = {cid: col.get_card(cid).reps for cid in col.find_cards("") if col.get_card(cid).reps}
    assert reviewed == {card.id: 1} and before[card.id][0] > 0

    changed = make_deck(answer_override={"d-troops": "MMXIV"})
    _import(col, tmp_path / "b.apkg", export_apkg([changed], timestamp=T0 + 3600))

    assert len(col.find_notes("")) == count
    updated = _notes_by_guid(col)[guid]
    assert updated.id == note.id
    assert updated["Answer"] == "MMXIV"
    after = {c.id: (c.ivl, c.due, c.reps, c.type) for c in updated.cards()}
    assert after == before
    assert {cid: col.get_card(cid).reps for cid in reviewed} == reviewed


def test_same_timestamp_same_bytes_and_stable_ids():
    deck = make_deck()
    assert export_apkg([deck], timestamp=T0) == export_apkg([deck], timestamp=T0)
    assert anki_deck_id("nato-isil") == anki_deck_id("nato-isil")
    assert (1 << 30) <= anki_deck_id("x") < (1 << 31)


def test_two_decks_in_one_package_get_their_own_anki_decks(col, tmp_path):
    first, second = make_deck(), make_deck(deck_id="other-deck", title="Other")
    _import(col, tmp_path / "two.apkg", export_apkg([first, second], timestamp=T0))
    assert len(col.find_notes("")) == 2 * len(first.items)  # same item ids, different GUIDs
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"quizgen::Other", "quizgen::Nasty “news” & <tests>"} <= names


def test_reimport_keeps_what_the_learner_typed_into_extra_fields(col, tmp_path):
    import time

    first = export_apkg([make_deck()], timestamp=T0)
    _import(col, tmp_path / "a.apkg", first)
    notes = _notes_by_guid(col)
    for item_id in ("q-muller", "p-cloze", "d-troops"):
        note = notes[note_guid("nasty-deck", item_id)]
        note["Extra1"] = f"my mnemonic for {item_id}"
        col.update_note(note)  # the learner's edit, stamped now

    # Regenerated later: one item changed. Exported after the learner's edit, as in real use.
    changed = make_deck(answer_override={"d-troops": "MMXIV"})
    _import(
        col,
        tmp_path / "b.apkg",
        export_apkg([changed], timestamp=time.time() + 60, previous=first),
    )
    notes = _notes_by_guid(col)
    assert notes[note_guid("nasty-deck", "q-muller")]["Extra1"] == "my mnemonic for q-muller"
    assert notes[note_guid("nasty-deck", "p-cloze")]["Extra1"] == "my mnemonic for p-cloze"
    assert notes[note_guid("nasty-deck", "d-troops")]["Answer"] == "MMXIV"  # updates arrive


def _type_into_extra1_then_reimport_a_changed_item(col, tmp_path, options):
    """Import v1, the learner types into Extra1 of every note, import v2 where d-troops changed."""
    import time

    first = export_apkg([make_deck()], timestamp=T0)
    _import(col, tmp_path / "a.apkg", first)
    for note in _notes_by_guid(col).values():
        note["Extra1"] = "mine"
        col.update_note(note)
    changed = make_deck(answer_override={"d-troops": "MMXIV"})
    later = export_apkg([changed], timestamp=time.time() + 60, previous=first)
    _import(col, tmp_path / "b.apkg", later, options)
    return _notes_by_guid(col)


@pytest.mark.parametrize("merge_notetypes", [False, True])
@pytest.mark.parametrize("update_notes", ["IF_NEWER", "ALWAYS"])
def test_anki_has_no_per_field_update_so_a_changed_item_loses_extra_text(
    col, tmp_path, update_notes, merge_notetypes
):
    # The limit README's Anki section states: whichever import option the learner picks, a
    # note that receives quizgen's update is replaced whole (rslib keeps no field of the old
    # note). If Anki ever merges per field, this fails: then say so in README.
    options = ImportAnkiPackageOptions(
        update_notes=ImportAnkiPackageUpdateCondition.Value(
            f"IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_{update_notes}"
        ),
        merge_notetypes=merge_notetypes,
    )
    notes = _type_into_extra1_then_reimport_a_changed_item(col, tmp_path, options)
    changed = notes[note_guid("nasty-deck", "d-troops")]
    assert changed["Answer"] == "MMXIV" and changed["Extra1"] == ""
    unchanged = notes[note_guid("nasty-deck", "q-muller")]
    assert unchanged["Extra1"] == ("mine" if update_notes == "IF_NEWER" else "")


def test_update_notes_never_keeps_learner_text_and_forgoes_corrections(col, tmp_path):
    # README's opt-out for a learner whose own notes matter more than quizgen's corrections.
    options = ImportAnkiPackageOptions(
        update_notes=ImportAnkiPackageUpdateCondition.Value(
            "IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER"
        )
    )
    notes = _type_into_extra1_then_reimport_a_changed_item(col, tmp_path, options)
    changed = notes[note_guid("nasty-deck", "d-troops")]
    assert changed["Extra1"] == "mine" and changed["Answer"] != "MMXIV"


def test_newlines_in_questions_are_kept(col, tmp_path):
    deck = make_deck()
    text = {"d-troops": "NATO, 2014.\nIn which year?", "p-cloze": "____ leads.\nWho?"}
    items = [
        i.model_copy(update={"question": text[i.id]}) if i.id in text else i for i in deck.items
    ]
    # Through the deck file, as `quizgen export anki DECK.yaml` reads it.
    save_deck(deck.model_copy(update={"items": items}), tmp_path / "d.yaml")
    deck = load_deck(tmp_path / "d.yaml")
    _import(col, tmp_path / "a.apkg", export_apkg([deck], timestamp=T0))
    notes = _notes_by_guid(col)
    basic = notes[note_guid(deck.deck.id, "d-troops")]
    assert basic["Question"] == "NATO, 2014.<br>In which year?"
    assert "NATO, 2014.<br>In which year?" in basic.cards()[0].question()
    assert "leads.<br>Who?" in notes[note_guid(deck.deck.id, "p-cloze")]["Text"]


def test_back_side_shows_the_evidence_and_its_source(col, tmp_path):
    deck = make_deck()
    _import(col, tmp_path / "a.apkg", export_apkg([deck], timestamp=T0))
    for item in deck.items:
        back = _notes_by_guid(col)[note_guid(deck.deck.id, item.id)].cards()[0].answer()
        assert 'class="evidence"' in back and 'class="source"' in back
        assert html.escape(deck.source(item.evidence[0].source).title) in back
