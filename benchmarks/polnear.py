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
    """Named sources that are people: a known first name among the words, or the surname of
    such a person named earlier. A pronoun's antecedent is looked for among these only
    ("Analysts", "Democrats", "the White House" are sources, but not a "he")."""
    from quizgen.extract.people import _first_name_genders

    first_names = _first_name_genders()
    people: list[tuple[int, str]] = []
    surnames: set[str] = set()
    for start, name in sources:
        words = name.split()
        if any(w.lower() in first_names for w in words[:-1]):
            people.append((start, name))
            surnames.add(words[-1])
        elif len(words) == 1 and words[0] in surnames:
            people.append((start, name))
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
    quotes = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None or not any(m in content[2] for m in QUOTE_MARKS):
            continue
        source = spans.get(rel.get("Source", ""))
        speaker, named = None, False
        source_text = source_start = None
        if source is not None:
            source_text, source_start = source[2], source[1][0][0]
            names = name_words(source_text)
            first_word = source_text.split()[0].lower() if source_text.split() else ""
            if names and is_name(source_text):
                speaker, named = " ".join(names), True
            elif first_word in ("he", "she", "him", "her", "his"):
                # The annotators mark the pronoun, not its antecedent: take the nearest
                # earlier named source whose first name does not contradict the pronoun.
                want = "f" if first_word in ("she", "her") else "m"
                earlier = [n for start, n in named_sources if start < source_start and gender(n) in ("?", want)]
                speaker = earlier[-1] if earlier else None
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
