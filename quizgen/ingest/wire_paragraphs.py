"""A story's paragraphs, as a reader counts them: a wire story set in one block is one a sentence.

Where a person stands in a story (in the lede, in one scene, across it) is read by paragraph.
Wire copy keeps one sentence a paragraph, but some copies of it (old wire archives, text pasted
without its line breaks) reach us as a single block of dozens of sentences: read as one
paragraph, its lede would be the whole story and every passer-by in it would stand in "the
lede". A body whose prose is one block of ``RUN_ON_SENTENCES`` sentences or more is read as
one paragraph a sentence; a body in paragraphs is read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.ingest.articles import Block

# A single prose block of this many sentences is a story set without its paragraph breaks (a
# paragraph of news prose runs to three or four sentences; a wire story to twenty and more).
RUN_ON_SENTENCES = 8
# Words a period follows inside a sentence: titles, months, company and place abbreviations.
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "atty", "maj",
     "cmdr", "rev", "prof", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
     "inc", "co", "corp", "ltd", "bros", "no", "vs", "mt", "ft", "ave", "blvd"]
)
# A sentence ends at ".", "!" or "?" (a closing quotation mark may follow), before a space and
# a capital or an opening quotation mark.
_END = re.compile(r"[.!?][\"'’”]*(?:''|’’)?\s+(?=[\"“‘'`(]*[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a prose text, split at sentence ends that are not an
    abbreviation's period ("Mr.", "Sept.", "U.S.", an initial "H.")."""
    spans, start = [], 0
    for match in _END.finditer(text):
        word = re.search(r"(\S+)$", text[start : match.start() + 1])
        token = word.group(1) if word else ""
        bare = token.rstrip(".").lstrip("\"“‘'`(")
        if bare.lower() in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", bare):
            continue  # "Mr. Schwarz", "U.S. forces", "H. Marshall Schwarz"
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def story_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The article's blocks with a run-on body split into its sentences: when the prose blocks
    (``kind == "text"``) are one block of ``RUN_ON_SENTENCES`` sentences or more, that block
    becomes one text block per sentence (offsets still index the body); else the blocks as they
    are."""
    prose = [b for b in blocks if b.kind == "text"]
    if len(prose) != 1:
        return list(blocks)
    block = prose[0]
    spans = sentence_spans(block.text)
    if len(spans) < RUN_ON_SENTENCES:
        return list(blocks)
    out: list[Block] = []
    for b in blocks:
        if b is not block:
            out.append(b)
            continue
        out.extend(Block(block.start + s, block.start + e, "text", block.text[s:e]) for s, e in spans)
    return out
