"""Control characters from articles (ESC, BEL, VT) never break an export; a file that does
not read back is refused with one line naming the item."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook

from quizgen.export.render import FORMATS, render_version
from quizgen.export.selection import make_quiz, pick_items
from quizgen.export.verify import ExportError, verify_export
from quizgen.models import Deck, DeckInfo, Evidence, QuoteItem, Source

CONTROLS = ("\x1b", "\x07", "\x0b", "\x00", "\x0c", "\x7f")
EVIDENCE = "Ann\x1b[1m Lee said\x07: “stop\x0bnow”."


def _deck() -> Deck:
    source = Source(
        id="s\x1b", title="Bell\x07 story", path="a.txt", sha256="c" * 64, outlet="Times\x0b"
    )
    items = [
        QuoteItem(
            id=f"q{n}",
            question=f"Who said “stop\x0bnow”\x07 (case {n})?",
            answer="Ann\x1b[1m Lee",
            accept=["Lee\x00"],
            choices=["Ann\x1b[1m Lee", "Bo\x07b Ray", "Cy\x0cKim"],
            quote="stop\x0bnow",
            evidence=[Evidence(source="s\x1b", start=0, end=len(EVIDENCE), text=EVIDENCE)],
        )
        for n in range(3)
    ]
    return Deck(deck=DeckInfo(id="ctl", title="Controls\x1b"), sources=[source], items=items)


@pytest.mark.parametrize("fmt", FORMATS)
def test_control_characters_never_break_a_quiz_format(fmt):
    deck = _deck()
    quiz = make_quiz([deck], pick_items([deck]), seed=1)
    rendered = render_version(quiz, quiz.versions[0], fmt, timestamp=1.7e9)
    assert not any(
        c in q.prompt + q.feedback + "".join(q.choices)
        for q in quiz.versions[0].questions
        for c in CONTROLS
    )
    if fmt == "qti":
        archive = zipfile.ZipFile(io.BytesIO(rendered.quiz))
        for name in archive.namelist():
            ET.fromstring(archive.read(name))  # well-formed
    if fmt in ("kahoot", "quizizz"):
        ws = load_workbook(io.BytesIO(rendered.quiz)).active
        cells = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c)
        assert "Ann[1m Lee" in cells and not any(c in cells for c in CONTROLS)


def test_an_export_that_does_not_read_back_is_refused_naming_the_item():
    broken = (
        b'<?xml version="1.0"?><questestinterop><item ident="g_q1"/>'
        b'<item ident="g_q2"><mattext>bell \x07</mattext></item></questestinterop>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("g/g.xml", broken)
    with pytest.raises(ExportError) as raised:
        verify_export("qti", "quiz.zip", buffer.getvalue(), item_ids=["a", "b"])
    message = str(raised.value)
    assert "\n" not in message and "quiz.zip" in message and "question 2 (item b)" in message
    with pytest.raises(ExportError, match="quiz.xlsx: not written"):
        verify_export("kahoot", "quiz.xlsx", b"PK\x03\x04 truncated")
    with pytest.raises(ExportError, match="quiz.gift.txt: not written"):
        verify_export("gift", "quiz.gift.txt", b"::t::[plain]Who? {=a~b}")
    with pytest.raises(ExportError, match="cards.txt: not written"):
        verify_export("tsv", "cards.txt", b'a\t"b\n')
