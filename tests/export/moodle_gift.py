"""Moodle's GIFT import, ported for tests: what Moodle makes of a GIFT file.

A faithful port of ``qformat_gift::readquestion`` (moodle/moodle,
``question/format/gift/format.php``) for the question types quizgen writes — placeholders
for escaped characters, ``::name::``, the first ``{`` … ``}``, ``####`` general feedback,
type detection (``#`` numerical, ``~`` multichoice, ``=`` with ``->`` matching, T/F,
otherwise short answer), the answer-weight regex and ``[format]`` markers — plus
``qtype_shortanswer_question::compare_string_with_wildcard``
(``question/type/shortanswer/question.php``) to check what a student's typed answer matches.
Blocks are split on blank lines as ``qformat_default::readquestions`` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ESCAPED = ["\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n"]
_PLACEHOLDERS = ["&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010"]
_CHARACTERS = [":", "#", "=", "{", "}", "~", "\n"]
_WEIGHT = re.compile(r"^%\-*([0-9]{1,2})\.?([0-9]*)%")  # $giftanswerweightregex
_FORMATS = {"moodle", "html", "plain", "markdown"}


@dataclass
class MoodleQuestion:
    qtype: str
    name: str = ""
    text: str = ""
    general_feedback: str = ""
    answers: list[str] = field(default_factory=list)
    fractions: list[float] = field(default_factory=list)
    tolerances: list[float] = field(default_factory=list)
    correct_answer: int | None = None  # true/false


def _pre(text: str) -> str:  # escapedchar_pre
    text = text.replace("\\\\", "&&092;")
    for escaped, placeholder in zip(_ESCAPED, _PLACEHOLDERS):
        text = text.replace(escaped, placeholder)
    return text.replace("&&092;", "\\")


def _post(text: str) -> str:  # escapedchar_post
    for placeholder, character in zip(_PLACEHOLDERS, _CHARACTERS):
        text = text.replace(placeholder, character)
    return text


def _with_format(text: str) -> str:  # parse_text_with_format → its 'text'
    if text.startswith("["):
        end = text.find("]")
        if text[1:end] in _FORMATS:
            text = text[end + 1 :]
    return _post(text).strip()


def _weight(answer: str) -> tuple[float, str]:  # answerweightparser
    answer = answer[1:]
    end = answer.find("%")
    return float(answer[:end]) / 100, answer[end + 1 :]


def _comment(answer: str) -> str:  # commentparser → the answer part
    return _with_format(answer.split("#", 1)[0].strip())


def read_question(block: str) -> MoodleQuestion | None:
    """One question block as Moodle imports it; None for a category line or nothing."""
    lines = [" " if ln.strip().startswith("//") else ln for ln in block.split("\n")]
    text = "\n".join(lines).strip()
    if not text:
        return None
    text = _pre(text)
    if text.startswith("$CATEGORY:"):
        return None
    name = ""
    if text.startswith("::"):
        text = text[2:]
        finish = text.find("::")
        if finish >= 0:
            name, text = _post(text[:finish]), text[finish + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 or finish < 0:
        raise ValueError(f"Moodle: brace error in {text[:40]!r}")
    answertext = text[start + 1 : finish].strip()
    question_text = text[:start] + text[finish + 1 :]
    general = ""
    separator = answertext.rfind("####")
    if separator >= 0:
        general = answertext[separator + 4 :]
        answertext = answertext[:separator].strip()
    q = MoodleQuestion("", name, _with_format(question_text), _with_format(general))
    if answertext == "":
        q.qtype = "essay"
    elif answertext[0] == "#":
        q.qtype = "numerical"
    elif "~" in answertext:
        q.qtype = "multichoice"
    elif "=" in answertext and "->" in answertext:
        q.qtype = "match"
    else:
        check = answertext
        if answertext.find("#") > 0:
            check = answertext[: answertext.find("#")].strip()
        q.qtype = "truefalse" if check in ("T", "TRUE", "F", "FALSE") else "shortanswer"

    if q.qtype == "multichoice":
        parts = answertext.replace("=", "~=").split("~")
        parts[0] = parts[0].strip()
        if not parts[0]:
            parts.pop(0)
        for answer in parts:
            answer = answer.strip()
            if answer[0] == "=":
                fraction, answer = 1.0, answer[1:]
            elif _WEIGHT.match(answer):
                fraction, answer = _weight(answer)
            else:
                fraction = 0.0
            q.answers.append(_comment(answer))
            q.fractions.append(fraction)
    elif q.qtype == "truefalse":
        answer = _with_format(answertext.split("#", 2)[0].strip())
        q.correct_answer = 1 if answer in ("T", "TRUE") else 0
    elif q.qtype == "shortanswer":
        parts = answertext.split("=")
        parts[0] = parts[0].strip()
        if not parts[0]:
            parts.pop(0)
        for answer in parts:
            answer = answer.strip()
            fraction = 1.0
            if _WEIGHT.match(answer):
                fraction, answer = _weight(answer)
            q.answers.append(_comment(answer))
            q.fractions.append(fraction)
    elif q.qtype == "numerical":
        body = answertext[1:]
        if "~" in body:
            body = body[: body.find("~")]
        parts = body.split("=")
        parts[0] = parts[0].strip()
        if not parts[0]:
            parts.pop(0)
        for answer in parts:
            answer = answer.strip()
            fraction = 1.0
            if _WEIGHT.match(answer):
                fraction, answer = _weight(answer)
            answer = _comment(answer)
            if answer.find("..") > 0:
                low, high = (float(x) for x in answer.split("..", 1))
                value, tolerance = (high + low) / 2, high - (high + low) / 2
            elif answer.find(":") > 0:
                value, tolerance = (float(x) for x in answer.split(":", 1))
            else:
                value, tolerance = float(answer), 0.0
            q.answers.append(str(value))
            q.tolerances.append(tolerance)
            q.fractions.append(fraction)
    return q


def read_gift(text: str) -> list[MoodleQuestion]:
    """Every question of a GIFT file, in order."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [q for q in (read_question(b) for b in blocks) if q is not None]


def matches(response: str, pattern: str, *, ignore_case: bool = True) -> bool:
    """compare_string_with_wildcard: ``*`` is any text, ``\\*`` a star."""
    bits = re.split(r"(?<!\\)\*+", pattern)
    regexp = ".*".join(re.escape(bit.replace("\\*", "*")) for bit in bits)
    flags = re.IGNORECASE if ignore_case else 0
    return re.fullmatch(regexp, response.strip(), flags) is not None
