"""A transcript's lines written without quotation marks: "BENENSON: Senator Sanders doesn't
get to decide when we debate." A paragraph that opens with a speaker label (``nlp.SPEAKER_LABEL``:
a name in capitals and a colon) is that speaker's words, as a quotation is — the label is the
transcript's own attribution. ``quotes.extract_quotes`` names the speaker (only a person the
article names or a label gives in full: "WATCH:" or "UPDATE:" names nobody) and makes the
quote fact.

The interviewer's lines give none: what a transcript is quoted for is its guests' answers, and
a host's "Take a listen." is no fact about the story. The interviewer is whoever's line asks a
question ("KATE BOLDUAN: Why not debate?"); every line of theirs is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from quizgen.extract.marks import Piece
from quizgen.nlp import SPEAKER_LABEL

_QUESTION_ENDS = ("?", "?”", '?"', "?’")


@dataclass(frozen=True)
class TranscriptLine:
    """A labelled paragraph: the label as written ("JOEL BENENSON") and the words after it."""

    label: str
    words: Piece


def transcript_lines(
    body: str, blocks: Sequence[tuple[int, int]], quoted: Sequence[Piece], *, every_block: Sequence[tuple[int, int]] = ()
) -> Iterator[TranscriptLine]:
    """The labelled paragraphs among ``blocks`` that hold no quotation marks of their own,
    except the interviewer's. ``every_block`` (all the article's paragraphs, furniture too:
    ingest may set a short question apart) says who asks questions.

    >>> body = "JOE SMITH: We will win."
    >>> [(l.label, body[l.words.start : l.words.end]) for l in transcript_lines(body, [(0, len(body))], [])]
    [('JOE SMITH', 'We will win.')]
    """
    with_quotes = {p.block for p in quoted}
    lines: list[tuple[TranscriptLine, bool]] = []  # each line, and whether it has quotation marks
    for index, (start, end) in enumerate(blocks):
        label = SPEAKER_LABEL.match(body, start, end)
        if label is None or not any(c.isalpha() for c in label.group()):
            continue
        text_end = start + len(body[start:end].rstrip())
        if label.end() >= text_end:
            continue
        name = body[label.start() : label.end()].split(":")[0].strip()
        if _set_in_capitals(body[label.end() : text_end]):
            continue  # "SESSIONS: I HAVE 'ALWAYS TOLD THE TRUTH' …" (j185): a linked story's headline, no one's line
        lines.append((TranscriptLine(name, Piece(label.end(), text_end, index, True)), index in with_quotes))
    # "TAPPER" asks in one line and is "JAKE TAPPER" in another: a surname stands for both
    askers = {label.split()[-1] for label in _question_labels(body, [*blocks, *every_block])}
    for line, has_quotes in lines:
        if not has_quotes and line.label.split()[-1] not in askers:
            yield line  # "WALSH: “…”" (with marks): the quotation's own attribution reads it


CAPITALS_MIN_WORDS = 4  # a line this long wholly in capitals is a heading, not speech


def _set_in_capitals(words: str) -> bool:
    """Whether a labelled line's words are all in capitals, as a headline sets them ("I HAVE
    'ALWAYS TOLD THE TRUTH' IN TESTIMONY"): a speaker's line is written in sentence case."""
    letters = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", words) if len(w) > 1]
    return len(letters) >= CAPITALS_MIN_WORDS and all(w.isupper() for w in letters)


def _question_labels(body: str, blocks: Sequence[tuple[int, int]]) -> Iterator[str]:
    """The labels of the lines that ask a question."""
    for start, end in blocks:
        label = SPEAKER_LABEL.match(body, start, end)
        if label is not None and body[start:end].rstrip().endswith(_QUESTION_ENDS):
            yield body[label.start() : label.end()].split(":")[0].strip()
