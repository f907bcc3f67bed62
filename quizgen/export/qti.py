"""QTI 1.2 zip for Canvas ("Import existing content" → "QTI .zip file").

Layout (the one Canvas itself exports)::

    imsmanifest.xml
    <assessment id>/<assessment id>.xml      questestinterop: the questions
    <assessment id>/assessment_meta.xml      Canvas quiz settings

XML is built with ``xml.etree``; question text is HTML-escaped before it goes into
``<mattext texttype="text/html">`` so Canvas shows article text, never runs it.
"""

from __future__ import annotations

import hashlib
import html
import io
import time
import xml.etree.ElementTree as ET
import zipfile

from quizgen.export.selection import Number, Quiz, QuizQuestion, QuizVersion

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
_CANVAS_TYPES = {
    "multiple_choice": "multiple_choice_question",
    "true_false": "true_false_question",
    "short_answer": "short_answer_question",
    "numerical": "numerical_question",
}


def assessment_ident(quiz: Quiz, version: QuizVersion) -> str:
    digest = hashlib.sha256(f"{quiz.title}\x1f{quiz.seed}\x1f{version.number}".encode()).hexdigest()
    return "g" + digest[:32]


def export_qti(quiz: Quiz, version: QuizVersion, *, timestamp: float | None = None) -> bytes:
    """One version of ``quiz`` as a Canvas-importable QTI 1.2 zip (bytes)."""
    ident = assessment_ident(quiz, version)
    title = quiz.title + (f" (version {version.number})" if len(quiz.versions) > 1 else "")
    files = {
        "imsmanifest.xml": _manifest(ident, title),
        f"{ident}/{ident}.xml": _assessment(ident, title, version),
        f"{ident}/assessment_meta.xml": _meta(ident, title, version),
    }
    stamp = time.gmtime(max(timestamp if timestamp is not None else time.time(), 315532800))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, root in files.items():
            data = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
            out.writestr(zipfile.ZipInfo(name, stamp[:6]), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _manifest(ident: str, title: str) -> ET.Element:
    root = ET.Element("manifest", {"identifier": ident + "_manifest", "xmlns": CP_NS})
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    res = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(res, "file", href=f"{ident}/{ident}.xml")
    _sub(res, "dependency", identifierref=ident + "_meta")
    meta = _sub(
        resources,
        "resource",
        identifier=ident + "_meta",
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
        href=f"{ident}/assessment_meta.xml",
    )
    _sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return root


def _meta(ident: str, title: str, version: QuizVersion) -> ET.Element:
    root = ET.Element("quiz", {"identifier": ident, "xmlns": CANVAS_NS})
    for tag, text in [
        ("title", title),
        ("description", ""),
        ("shuffle_answers", "false"),
        ("scoring_policy", "keep_highest"),
        ("quiz_type", "assignment"),
        ("points_possible", f"{len(version.questions)}.0"),
        ("show_correct_answers", "true"),
        ("allowed_attempts", "1"),
        ("one_question_at_a_time", "false"),
        ("cant_go_back", "false"),
        ("available", "false"),
    ]:
        _sub(root, tag, text)
    return root


def _assessment(ident: str, title: str, version: QuizVersion) -> ET.Element:
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = _sub(root, "assessment", ident=ident, title=title)
    meta = _sub(assessment, "qtimetadata")
    _field(meta, "cc_maxattempts", "1")
    section = _sub(assessment, "section", ident="root_section")
    for number, question in enumerate(version.questions, 1):
        _item(section, f"{ident}_q{number}", number, question)
    return root


def _field(parent: ET.Element, label: str, entry: str) -> None:
    field = _sub(parent, "qtimetadatafield")
    _sub(field, "fieldlabel", label)
    _sub(field, "fieldentry", entry)


def _mattext(parent: ET.Element, text: str) -> None:
    material = _sub(parent, "material")
    _sub(material, "mattext", html.escape(text).replace("\n", "<br>"), texttype="text/html")


def _item(section: ET.Element, ident: str, number: int, q: QuizQuestion) -> None:
    item = _sub(section, "item", ident=ident, title=f"Question {number}")
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    _field(meta, "question_type", _CANVAS_TYPES[q.type])
    _field(meta, "points_possible", "1.0")
    presentation = _sub(item, "presentation")
    _mattext(presentation, q.prompt)
    processing = _sub(item, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if q.feedback:
        # Canvas's own layout for general feedback ("shown after any answer").
        shown = _sub(processing, "respcondition", **{"continue": "Yes"})
        _sub(_sub(shown, "conditionvar"), "other")
        _sub(shown, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    condition = _sub(processing, "respcondition", **{"continue": "No"})
    conditionvar = _sub(condition, "conditionvar")
    if q.choices:
        answer_ids = [f"{ident}_a{i}" for i in range(len(q.choices))]
        _field(meta, "original_answer_ids", ",".join(answer_ids))
        response = _sub(presentation, "response_lid", ident="response1", rcardinality="Single")
        render = _sub(response, "render_choice")
        for answer_id, choice in zip(answer_ids, q.choices):
            label = _sub(render, "response_label", ident=answer_id)
            _mattext(label, choice)
        _sub(conditionvar, "varequal", answer_ids[q.correct], respident="response1")
    elif q.type == "numerical":
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
        _numerical_condition(conditionvar, q)
    else:
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        for accepted in q.accept:
            _sub(conditionvar, "varequal", accepted, respident="response1")
    _sub(condition, "setvar", "100", action="Set", varname="SCORE")
    if q.feedback:
        _mattext(_sub(_sub(item, "itemfeedback", ident="general_fb"), "flow_mat"), q.feedback)


def _numerical_condition(conditionvar: ET.Element, q: QuizQuestion) -> None:
    """The answer the way Canvas's own exports write it, so its importer reads it back.

    Canvas (``qti_exporter/lib/qti/numeric_interaction.rb``) takes an exact answer from
    ``<or>`` holding ``varequal`` (the value) and ``<and>`` of ``vargte``/``varlte`` (the
    margin: upper bound − value), and a range from a bare ``<and>`` of the two bounds. An
    ``<or>`` without ``varequal`` is skipped: the question would arrive with no answer.
    """
    if isinstance(q.value, tuple):
        low, high = q.value
        both = _sub(conditionvar, "and")
    else:
        low, high = q.value - q.tolerance, q.value + q.tolerance
        either = _sub(conditionvar, "or")
        _sub(either, "varequal", _num(q.value), respident="response1")
        both = _sub(either, "and")
    _sub(both, "vargte", _num(low), respident="response1")
    _sub(both, "varlte", _num(high), respident="response1")


def _num(value: Number) -> str:
    if isinstance(value, float):
        value = float(f"{value:.12g}")  # 3000 * 1.05 is 3150.0000000000005 in binary
        if value.is_integer():
            value = int(value)
    return repr(value)
