"""Reading the PolNeAR corpus (brat standoff attributions) for the quote benchmark."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

QUOTE_MARKS = ("“", "”", '"', "''")
PRONOUNS = {
    "he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "we", "i", "you",
    "who", "which", "that", "this", "one", "our", "us", "me", "my",
}
NOT_NAMES = {"the", "a", "an", "mr", "mrs", "ms", "dr", "president", "sen", "rep", "gov"}


@dataclass
class GoldQuote:
    spans: list[tuple[int, int]]
    content: str
    source_text: str | None
    source_start: int | None
    speaker: str | None  # the name meant, resolved for pronouns; None if not determinable
    named: bool = False  # the source span itself names the speaker (no pronoun resolution)


def name_words(text: str) -> list[str]:
    """Capitalised words of a source span that can name a person ("Hillary Clinton’s" → …)."""
    words = re.findall(r"[A-Z][\w’'.-]+", text)
    cleaned = [re.sub(r"(['’]s|['’])$", "", w).strip(".") for w in words]
    return [w for w in cleaned if w.lower() not in PRONOUNS | NOT_NAMES and len(w) > 1]


def gender(name: str) -> str:
    from quizgen.extract.people import gender_of

    parts = name.split()
    return gender_of(" ".join(parts[-2:])) if len(parts) >= 2 else "?"


def person_sources(sources: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Named sources that can be a "he" or "she": a name of two or more words, or a single
    word that is the surname of such a name given earlier. ("Analysts", "Democrats",
    "Politico" are sources, but not a person a pronoun points back to.)"""
    people: list[tuple[int, str]] = []
    full: dict[str, str] = {}
    for start, name in sources:
        words = name.split()
        if len(words) >= 2 and words[0] not in ("The", "White"):
            people.append((start, name))
            full[words[-1]] = name
        elif len(words) == 1 and words[0] in full:
            people.append((start, full[words[0]]))
    return people


def is_name(text: str) -> bool:
    """A source span that names someone ("Sen. Marco Rubio", "the Washington Post"), not a
    description ("the Vermont senator", "White House officials")."""
    words = re.findall(r"[\w’'.-]+", text)
    return bool(name_words(text)) and bool(words) and words[-1][:1].isupper() and len(words) <= 8


def read_annotations(path: Path) -> list[GoldQuote]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            pairs = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = (label, pairs, parts[2])  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    named_sources = person_sources(
        sorted((s[1][0][0], " ".join(name_words(s[2]))) for s in spans.values() if s[0] == "Source" and is_name(s[2]))
    )
    # Walk every attribution (direct or not) in text order, remembering the last person who
    # spoke: the annotators mark a pronoun source ("he said"), not its antecedent, and news
    # style makes "he"/"she" the last person quoted or the nearest named person before.
    ordered = []
    for rel in relations:
        source = spans.get(rel.get("Source", ""))
        content = spans.get(rel.get("Content", ""))
        if content is not None:
            ordered.append((source[1][0][0] if source else content[1][0][0], source, content))
    ordered.sort(key=lambda x: x[0])
    quotes = []
    last_person: str | None = None
    for _, source, content in ordered:
        speaker, named = None, False
        source_text = source_start = None
        if source is not None:
            source_text, source_start = source[2], source[1][0][0]
            names = name_words(source_text)
            first_word = source_text.split()[0].lower() if source_text.split() else ""
            if names and is_name(source_text):
                speaker, named = " ".join(names), True
                if any(start == source_start for start, _ in named_sources):
                    last_person = speaker
            elif first_word in ("he", "she", "him", "her", "his"):
                want = "f" if first_word in ("she", "her") else "m"
                earlier = [n for start, n in named_sources if start < source_start and gender(n) in ("?", want)]
                if last_person and gender(last_person) in ("?", want):
                    speaker = last_person
                elif earlier:
                    speaker = earlier[-1]
                last_person = speaker or last_person
        if any(m in content[2] for m in QUOTE_MARKS):
            quotes.append(GoldQuote(content[1], content[2], source_text, source_start, speaker, named))
    return quotes


def corpus_articles(corpus: Path) -> list[tuple[Path, Path]]:
    """(text file, one annotator's .ann file) for every article that has annotations."""
    pairs = []
    for text in sorted((corpus / "text").glob("*.txt")):
        anns = sorted((corpus / "attributions").glob(text.stem + "_*.ann"))
        anns = [a for a in anns if a.stat().st_size > 0]
        if anns:
            pairs.append((text, anns[0]))
    return pairs
