"""QTI zip: manifest references match the zip, items parse back with the right answers."""

from __future__ import annotations

import html
import io
import xml.etree.ElementTree as ET
import zipfile

import pytest

from quizgen.export.qti import export_qti
from quizgen.export.selection import Quiz, QuizQuestion, QuizVersion, make_quiz, pick_items
from tests.deck_factory import make_deck
from tests.export.canvas_numeric import canvas_numeric_answers

NS = {
    "cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
    "q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2",
    "c": "http://canvas.instructure.com/xsd/cccv1p0",
}


def _zip(versions=1, number=1):
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck]), versions=versions, seed=9)
    version = quiz.versions[number - 1]
    return quiz, version, zipfile.ZipFile(io.BytesIO(export_qti(quiz, version, timestamp=1.7e9)))


def test_manifest_references_every_file_in_the_zip():
    _, _, archive = _zip()
    names = set(archive.namelist())
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    hrefs = {f.get("href") for f in manifest.iterfind(".//cp:file", NS)}
    assert hrefs | {"imsmanifest.xml"} == names
    ids = {r.get("identifier") for r in manifest.iterfind(".//cp:resource", NS)}
    for dep in manifest.iterfind(".//cp:dependency", NS):
        assert dep.get("identifierref") in ids
    meta_name = next(n for n in names if n.endswith("assessment_meta.xml"))
    meta = ET.fromstring(archive.read(meta_name))
    assert meta.find("c:title", NS).text == "Nasty “news” & <tests>"


def test_items_parse_back_with_types_and_answers():
    _, version, archive = _zip(versions=2, number=2)
    name = next(
        n for n in archive.namelist() if n.endswith(".xml") and "/" in n and "meta" not in n
    )
    root = ET.fromstring(archive.read(name))
    items = root.findall(".//q:item", NS)
    assert len(items) == len(version.questions)
    assert root.find("q:assessment", NS).get("title").endswith("(version 2)")
    for item, q in zip(items, version.questions):
        fields = {
            f.find("q:fieldlabel", NS).text: f.find("q:fieldentry", NS).text
            for f in item.iterfind(".//q:qtimetadatafield", NS)
        }
        expected = {
            "multiple_choice": "multiple_choice_question",
            "true_false": "true_false_question",
            "short_answer": "short_answer_question",
            "numerical": "numerical_question",
        }[q.type]
        assert fields["question_type"] == expected
        prompt = item.find("q:presentation/q:material/q:mattext", NS).text
        assert html.unescape(prompt.replace("<br>", "\n")) == q.prompt
        assert "<script>" not in prompt
        correct = [v.text for v in item.iterfind(".//q:conditionvar//q:varequal", NS)]
        if q.choices:
            labels = item.findall(".//q:response_label", NS)
            texts = [html.unescape(lb.find(".//q:mattext", NS).text) for lb in labels]
            assert texts == list(q.choices)
            assert correct == [labels[q.correct].get("ident")]
        elif q.type == "numerical":
            assert canvas_numeric_answers(item)  # Canvas finds an answer (see below)
        else:
            assert correct == list(q.accept)


def test_same_timestamp_same_bytes():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck]), seed=9)
    assert export_qti(quiz, quiz.versions[0], timestamp=1.7e9) == export_qti(
        quiz, quiz.versions[0], timestamp=1.7e9
    )


def _numerical(value, tolerance=0.0):
    q = QuizQuestion(
        item_id="n",
        kind="number",
        type="numerical",
        prompt="How many?",
        answer=str(value),
        value=value,
        tolerance=tolerance,
    )
    quiz = Quiz("t", 1, (QuizVersion(1, (q,)),))
    archive = zipfile.ZipFile(io.BytesIO(export_qti(quiz, quiz.versions[0], timestamp=1.7e9)))
    name = next(n for n in archive.namelist() if n.count("/") and "meta" not in n)
    return ET.fromstring(archive.read(name)).find(".//q:item", NS)


@pytest.mark.parametrize(
    ("value", "tolerance", "expected"),
    [
        (3000, 0.0, {"numerical_answer_type": "exact_answer", "exact": 3000.0, "margin": 0.0}),
        (3000, 150.0, {"numerical_answer_type": "exact_answer", "exact": 3000.0, "margin": 150.0}),
        (2.5, 0.125, {"numerical_answer_type": "exact_answer", "exact": 2.5, "margin": 0.125}),
        ((40, 60), 0.0, {"numerical_answer_type": "range_answer", "start": 40.0, "end": 60.0}),
    ],
)
def test_canvas_reads_numerical_answers_with_margin_and_ranges(value, tolerance, expected):
    (answer,) = canvas_numeric_answers(_numerical(value, tolerance))
    assert answer == {"weight": 100, **expected}


def test_every_item_carries_general_feedback_canvas_shows_after_answering():
    _, version, archive = _zip()
    name = next(n for n in archive.namelist() if n.count("/") and "meta" not in n)
    items = ET.fromstring(archive.read(name)).findall(".//q:item", NS)
    for item, q in zip(items, version.questions):
        shown = [d.get("linkrefid") for d in item.iterfind(".//q:displayfeedback", NS)]
        assert shown == ["general_fb"]
        (feedback,) = item.findall("q:itemfeedback", NS)
        assert feedback.get("ident") == "general_fb"
        text = feedback.find("q:flow_mat/q:material/q:mattext", NS).text
        assert html.unescape(text.replace("<br>", "\n")) == q.feedback
        assert "Source: " in q.feedback and "<script>" not in text
