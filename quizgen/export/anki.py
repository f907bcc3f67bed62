"""Anki packages (.apkg) that update cleanly when a regenerated deck is imported again.

Three note types with fixed ids and frozen field lists (two spare fields each): changing a
note type's fields later would break every user's updates. Note GUIDs come from deck id +
item id, so Anki matches a re-imported note to the old one and keeps its scheduling.

Extra1 and Extra2 belong to the learner: quizgen always writes them empty. Anki's importer
replaces *every* field of a note whose incoming modification time is newer than its own
copy, and leaves the note alone otherwise (rslib ``import/notes.rs``:
``maybe_update_note``). So a note whose item did not change keeps the modification time it
had in the ``previous`` package the learner imported: Anki skips it and the learner's text
stays. Only notes whose content changed are replaced — their Extra fields with them: Anki
has no per-field update under any import option (tests/export/test_anki.py), and a separate
learner note could not be shown on the quiz card (README, Exports → Anki).

>>> data = export_apkg([deck], timestamp=1_700_000_000.0)   # bytes of a .apkg
>>> again = export_apkg([deck], previous=data)   # unchanged notes keep their time
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from quizgen.export.wording import answer_spans, cite, is_http_url, item_tags
from quizgen.models import Deck

# Generated once with random.randrange(1 << 30, 1 << 31); never change them.
BASIC_MODEL_ID = 1073793610
CLOZE_MODEL_ID = 2055910760
CHOICE_MODEL_ID = 1867269854

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center; color: black;
 background-color: white; }
.evidence { font-size: 16px; text-align: left; margin-top: 1em; }
.source { font-size: 13px; color: #555; margin-top: .5em; }
.choices { text-align: left; display: inline-block; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
"""
_BACK_EXTRA = (
    '<div class="evidence">{{Evidence}}</div><div class="source">{{Source}}</div>'
    "{{#Extra1}}<div>{{Extra1}}</div>{{/Extra1}}{{#Extra2}}<div>{{Extra2}}</div>{{/Extra2}}"
)


def _fields(*names: str) -> list[dict[str, str]]:
    return [{"name": n} for n in names]


BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "quizgen Basic",
    fields=_fields("Question", "Answer", "Evidence", "Source", "Extra1", "Extra2"),
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}' + _BACK_EXTRA,
        }
    ],
    css=_CSS,
)
CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "quizgen Cloze",
    fields=_fields("Text", "Evidence", "Source", "Extra1", "Extra2"),
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}" + _BACK_EXTRA}],
    css=_CSS,
    model_type=genanki.Model.CLOZE,
)
CHOICE_MODEL = genanki.Model(
    CHOICE_MODEL_ID,
    "quizgen Multiple choice",
    fields=_fields("Question", "Choices", "Answer", "Evidence", "Source", "Extra1", "Extra2"),
    templates=[
        {
            "name": "Card 1",
            "qfmt": '{{Question}}<br><div class="choices">{{Choices}}</div>',
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}' + _BACK_EXTRA,
        }
    ],
    css=_CSS,
)


def anki_deck_id(deck_id: str) -> int:
    """A stable Anki deck id for a quizgen deck id (same range genanki draws from)."""
    digest = hashlib.sha256(f"quizgen-deck:{deck_id}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def anki_deck_name(title: str) -> str:
    # "::" would make Anki nest the deck one level deeper than quizgen::<title>.
    return "quizgen::" + " ".join(title.replace("::", ":").split())


def note_guid(deck_id: str, item_id: str) -> str:
    return genanki.guid_for(deck_id, item_id)


def _text_html(text: str) -> str:
    """Plain text as an Anki field: escaped, line breaks kept as <br>."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def build_notes(deck: Deck) -> list[genanki.Note]:
    """One note per item; every field HTML-escaped, line breaks kept."""
    notes = []
    for item in deck.items:
        evidence = "<br><br>".join(
            _highlight(ev.text, item.answer, item.accept) for ev in item.evidence
        )
        source_ids = list(dict.fromkeys(ev.source for ev in item.evidence))
        source = "<br>".join(_source_html(deck, sid) for sid in source_ids)
        if item.style == "cloze":
            model, fields = CLOZE_MODEL, [_cloze_text(item.question, item.answer), evidence, source]
        elif item.choices:
            choices = "".join(f"<li>{_text_html(c)}</li>" for c in item.choices)
            model = CHOICE_MODEL
            fields = [
                _text_html(item.question),
                f'<ol type="A">{choices}</ol>',
                _text_html(item.answer),
                evidence,
                source,
            ]
        else:
            model = BASIC_MODEL
            fields = [_text_html(item.question), _text_html(item.answer), evidence, source]
        notes.append(
            genanki.Note(
                model=model,
                fields=fields + ["", ""],
                tags=item_tags(deck, item),
                guid=note_guid(deck.deck.id, item.id),
            )
        )
    return notes


def export_apkg(
    decks: Sequence[Deck], *, timestamp: float | None = None, previous: bytes | None = None
) -> bytes:
    """The .apkg bytes for ``decks``; ``timestamp`` (seconds) defaults to now.

    Anki only updates notes from a package newer than its copy, so each export needs a fresh
    timestamp; tests pass one to get identical bytes. ``previous`` is the package the learner
    imported last: notes identical to one in it keep its modification time, so Anki leaves
    them — and the learner's Extra1/Extra2 — alone.
    """
    if timestamp is None:
        timestamp = time.time()
    anki_decks = []
    for deck in decks:
        anki_deck = genanki.Deck(
            anki_deck_id(deck.deck.id),
            anki_deck_name(deck.deck.title),
            description=html.escape(deck.deck.description),
        )
        for note in build_notes(deck):
            anki_deck.add_note(note)
        anki_decks.append(anki_deck)
    return _package_bytes(genanki.Package(anki_decks), timestamp, _note_times(previous))


def _note_times(package: bytes | None) -> dict[tuple[str, int, str, str], int]:
    """(guid, note type, fields, tags) → modification time, for every note of ``package``."""
    if not package:
        return {}
    with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as folder:
        path = Path(folder) / "collection.anki2"
        try:
            with zipfile.ZipFile(io.BytesIO(package)) as archive:
                path.write_bytes(archive.read("collection.anki2"))
            conn = sqlite3.connect(path)
            try:
                rows = conn.execute("SELECT guid, mid, flds, tags, mod FROM notes").fetchall()
            finally:
                conn.close()
        except (zipfile.BadZipFile, KeyError, sqlite3.Error):
            return {}  # not a package quizgen can read: every note counts as changed
    return {(guid, mid, flds, tags): mod for guid, mid, flds, tags, mod in rows}


def _package_bytes(
    package: genanki.Package, timestamp: float, previous_times: dict | None = None
) -> bytes:
    # Package.write_to_file leaves its temporary database behind; build it in our own folder.
    with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as folder:
        db_path = Path(folder) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            if previous_times:
                rows = conn.execute("SELECT id, guid, mid, flds, tags FROM notes").fetchall()
                conn.executemany(
                    "UPDATE notes SET mod = ? WHERE id = ?",
                    [
                        (previous_times[tuple(key)], note_id)
                        for note_id, *key in rows
                        if tuple(key) in previous_times
                    ],
                )
            conn.commit()
        finally:
            conn.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            info = zipfile.ZipInfo("collection.anki2", _zip_time(timestamp))
            out.writestr(info, db_path.read_bytes(), zipfile.ZIP_DEFLATED)
            out.writestr(zipfile.ZipInfo("media", _zip_time(timestamp)), "{}")
        return buffer.getvalue()


def _zip_time(timestamp: float) -> tuple[int, int, int, int, int, int]:
    t = time.gmtime(max(timestamp, 315532800))  # zip dates start in 1980
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def _highlight(text: str, answer: str, accept: Sequence[str]) -> str:
    parts = []
    for segment, is_answer in answer_spans(text, answer, alternatives=accept):
        escaped = html.escape(segment).replace("\n", "<br>")
        parts.append(f"<b>{escaped}</b>" if is_answer else escaped)
    return "".join(parts)


def _source_html(deck: Deck, source_id: str) -> str:
    try:
        source = deck.source(source_id)
    except KeyError:
        return html.escape(source_id)
    label = html.escape(cite(source))
    if is_http_url(source.url):
        return f'<a href="{html.escape(source.url, quote=True)}">{label}</a>'
    return label


def _cloze_escape(text: str) -> str:
    # Anki parses {{c1::...}} and "::" hints in the raw field; entities keep article text inert.
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")


def _cloze_text(question: str, answer: str) -> str:
    blank = "{{c1::" + _cloze_escape(answer) + "}}"
    text = blank.join(_cloze_escape(part) for part in question.split("____"))
    return text.replace("\r\n", "\n").replace("\n", "<br>")
