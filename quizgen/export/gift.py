"""Moodle GIFT: multiple choice, short answer, numerical and true/false, UTF-8 text.

Every piece of article text is escaped: ``~ = # { } :`` and backslash get a backslash,
newlines become ``\\n``. An unescaped ``~`` would silently turn a short answer into
multiple choice in Moodle, so :func:`parse_gift` reads our output back strictly.

Text goes out as ``[plain]`` so Moodle shows ``<script>`` as text instead of running
its HTML filter over it.

Two things GIFT cannot escape, handled the way Moodle's own parser
(``question/format/gift/format.php``) leaves room for:

- a leading ``%50%`` is read as a weight: every answer Moodle reads a weight from carries
  one first (short answers ``=%100%``, as Moodle's own exporter writes them; wrong choices
  ``~%0%``), so an answer's own ``%…%`` stays text;
- ``->`` anywhere in a short answer's block makes Moodle read a Matching question: it is
  written ``-*>``, Moodle's wildcard (any text, also none), so a student typing ``->``
  still matches.

Each question's general feedback (``####``) is its evidence and source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.export.selection import Number, Quiz, QuizQuestion, QuizVersion

SPECIAL = "~=#{}:\\"
_FORMAT = "[plain]"


def escape_gift(text: str) -> str:
    """Escape ``text`` for any GIFT position (title, question, answer)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        if ch in SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return "".join(out)


def export_gift(quiz: Quiz, version: QuizVersion) -> bytes:
    """One version of ``quiz`` as a GIFT file (UTF-8 bytes)."""
    category = " ".join(quiz.title.replace("/", "-").split())
    suffix = f" v{version.number}" if len(quiz.versions) > 1 else ""
    lines = [
        f"// quizgen: {len(version.questions)} questions, seed {quiz.seed}",
        f"$CATEGORY: quizgen/{category}{suffix}",
        "",
    ]
    for number, question in enumerate(version.questions, 1):
        lines.append(
            f"::{escape_gift(f'Q{number} {question.item_id}')}::{_FORMAT}"
            f"{escape_gift(question.prompt)} {{"
        )
        lines.extend(_answer_lines(question))
        if question.feedback:
            lines.append(f"####{_FORMAT}{escape_gift(question.feedback)}")
        lines.append("}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def _answer(text: str) -> str:
    # A leading "[" would be read as a text-format marker.
    return (_FORMAT if text.startswith("[") else "") + escape_gift(text)


def _answer_lines(q: QuizQuestion) -> list[str]:
    if q.type == "true_false":
        return ["T" if q.answer.casefold() == "true" else "F"]
    if q.type == "multiple_choice":
        return [
            # Moodle reads a weight only after ~ in multiple choice, never after =.
            ("=" if i == q.correct else "~%0%") + _answer(c)
            for i, c in enumerate(q.choices)
        ]
    if q.type == "numerical":
        if isinstance(q.value, tuple):
            return [f"#{_num(q.value[0])}..{_num(q.value[1])}"]
        return [f"#{_num(q.value)}:{_num(q.tolerance)}"]
    # Moodle's short answer reads * as a wildcard; \* is a literal star.
    return ["=%100%" + _answer(a).replace("*", "\\*").replace("->", "-*>") for a in q.accept]


def _num(value: Number) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return repr(value)


# --- reading GIFT back (strictly: only what export_gift writes) --------------------------


class GiftSyntaxError(ValueError):
    """The text is not GIFT as quizgen writes it."""


@dataclass
class GiftQuestion:
    title: str
    text: str
    type: str  # multiple_choice, true_false, short_answer, numerical
    category: str | None = None
    answers: list[tuple[bool, str]] = field(default_factory=list)
    value: float | tuple[float, float] | None = None
    tolerance: float = 0.0
    truth: bool | None = None
    feedback: str = ""


def parse_gift(text: str) -> list[GiftQuestion]:
    """Parse GIFT written by :func:`export_gift`; raise GiftSyntaxError on anything else,
    including any special character that is not escaped."""
    questions: list[GiftQuestion] = []
    category = None
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln.strip() and not ln.startswith("//")]
        if not lines:
            continue
        if lines[0].startswith("$CATEGORY:"):
            category = lines[0][len("$CATEGORY:") :].strip()
            lines = lines[1:]
            if not lines:
                continue
        question = _parse_question("\n".join(lines))
        question.category = category
        questions.append(question)
    return questions


def _parse_question(block: str) -> GiftQuestion:
    if not block.startswith("::"):
        raise GiftSyntaxError(f"question must start with ::title:: — got {block[:30]!r}")
    title, pos = _read_until(block, 2, "::")
    if not block.startswith(_FORMAT, pos):
        raise GiftSyntaxError(f"question {title!r}: expected {_FORMAT}")
    text, pos = _read_until(block, pos + len(_FORMAT), " {")
    body, pos = _read_until(block, pos, "}", raw=True)
    if block[pos:].strip():
        raise GiftSyntaxError(f"question {title!r}: text after the answer block")
    lines = [ln.strip() for ln in body.strip("\n").split("\n")]
    feedback = ""
    if lines and lines[-1].startswith("####" + _FORMAT):
        feedback = _unescape(lines.pop()[4 + len(_FORMAT) :], title)
    question = _parse_answers(title, text, lines)
    question.feedback = feedback
    return question


def _parse_answers(title: str, text: str, lines: list[str]) -> GiftQuestion:
    if lines in (["T"], ["F"]):
        return GiftQuestion(title, text, "true_false", truth=lines == ["T"])
    if len(lines) == 1 and lines[0].startswith("#"):
        spec = lines[0][1:]
        try:
            if ".." in spec:
                low, high = spec.split("..")
                return GiftQuestion(title, text, "numerical", value=(float(low), float(high)))
            value, tolerance = spec.split(":")
            return GiftQuestion(
                title, text, "numerical", value=float(value), tolerance=float(tolerance)
            )
        except ValueError:
            raise GiftSyntaxError(f"question {title!r}: bad numerical answer {spec!r}") from None
    answers = []
    for line in lines:
        if not line.startswith(("=%100%", "=", "~%0%")):
            raise GiftSyntaxError(
                f"question {title!r}: answer line must start with = or ~%0%: {line!r}"
            )
        weight = "%100%" if line.startswith("=%100%") else "%0%" if line[0] == "~" else ""
        answers.append((line[0] == "=", weight, line[1 + len(weight) :].removeprefix(_FORMAT)))
    if not answers:
        raise GiftSyntaxError(f"question {title!r}: no answers")
    short = all(ok for ok, _, _ in answers)
    if any(short != (weight == "%100%") for ok, weight, _ in answers if ok):
        raise GiftSyntaxError(f"question {title!r}: short answers need =%100%, choices plain =")
    answers = [
        (ok, _unescape(raw.replace("-*>", "->") if short else raw, title, star=short))
        for ok, _, raw in answers
    ]
    return GiftQuestion(
        title, text, "short_answer" if short else "multiple_choice", answers=answers
    )


def _read_until(block: str, pos: int, end: str, *, raw: bool = False) -> tuple[str, int]:
    """Read escaped text from ``pos`` to the unescaped ``end``; return (text, after end)."""
    i = pos
    while i < len(block):
        if block[i] == "\\":
            i += 2
            continue
        if block.startswith(end, i):
            chunk = block[pos:i]
            return (chunk if raw else _unescape(chunk, block[:20])), i + len(end)
        i += 1
    raise GiftSyntaxError(f"missing {end!r} in {block[:40]!r}")


def _unescape(chunk: str, where: str, *, star: bool = False) -> str:
    """Undo escape_gift; ``star``: a short answer, where * must come as \\*."""
    out = []
    i = 0
    while i < len(chunk):
        ch = chunk[i]
        if ch == "\\":
            if i + 1 >= len(chunk):
                raise GiftSyntaxError(f"{where!r}: dangling backslash")
            nxt = chunk[i + 1]
            if nxt == "n":
                out.append("\n")
            elif nxt in SPECIAL or (star and nxt == "*"):
                out.append(nxt)
            else:
                raise GiftSyntaxError(f"{where!r}: unknown escape \\{nxt}")
            i += 2
            continue
        if ch in SPECIAL or ch == "\n" or (star and ch == "*"):
            raise GiftSyntaxError(f"{where!r}: unescaped {ch!r}")
        out.append(ch)
        i += 1
    return "".join(out)
