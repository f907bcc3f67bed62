"""Reading the PolNeAR corpus (brat standoff attributions) for the quote benchmark.

The annotators mark each attribution's source as written: a name ("Sen. Marco Rubio"), a
description ("a spokesman for Bernie Sanders", "the Vermont senator") or a pronoun ("he").
The gold speaker of a quote is:

- the name, when the source span names someone (its head is a proper name, not a name
  inside a description such as "a spokesman *for* Bernie Sanders");
- for a he/she source, the person meant, but only where the article settles it: the one
  person of that gender named in the pronoun's paragraph and the two before it, or the
  last annotated speaker when that is also the last person of that gender named there.
  Any other pronoun is left unresolved and out of the scores (counted apart);
- nobody for descriptions, groups and other pronouns (also out of the scores).

Who is a person comes from spaCy's PERSON entities (the same parse the generator reads, but
none of its attribution rules), of which gender from first names (Faker's lists) and
honorifics (Mr., Ms.); a surname alone stands for the person named in full earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

QUOTE_MARKS = ("“", "”", '"', "''")
PRONOUNS = {
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we", "i",
    "you", "who", "which", "that", "this", "one", "our", "us", "me", "my", "we’ve", "we've",
}
# A source span opening with these is a description ("a spokesman", "some aides").
DESCRIPTION_OPENERS = {
    "a", "an", "one", "some", "another", "two", "three", "four", "several", "many", "other",
    "others", "most", "few", "both", "all", "each", "any", "no", "those", "these", "such",
}
# A name right after one of these is inside a description ("a spokesman for Bernie Sanders").
LINKING_WORDS = {
    "of", "for", "to", "from", "at", "with", "by", "in", "on", "about", "near", "among",
    "behind", "under", "and", "or",
}
# Capitalised words that are titles or group nouns, not names.
TITLES = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "sgt", "rev", "president",
    "former", "senator", "senate", "majority", "minority", "leader", "whip", "speaker", "house",
    "governor", "secretary", "state", "chairman", "chairwoman", "chair", "chief", "justice",
    "judge", "attorney", "general", "vice", "mayor", "ambassador", "director", "spokesman",
    "spokeswoman", "press", "host", "moderator", "candidate", "presidential", "democratic",
    "republican", "gop", "democrat", "independent", "the", "u.s.", "us", "prime", "minister",
    "pope", "commissioner", "police", "editor", "columnist", "professor", "correspondent",
}
GROUPS = {
    "democrats", "republicans", "aides", "officials", "critics", "supporters", "conservatives",
    "liberals", "americans", "voters", "analysts", "sources", "gopers", "protesters", "polls",
    "reports", "experts", "economists", "advisers", "advisors", "insiders", "leaders",
    "candidates", "clintons", "trumps", "bushes", "evangelicals", "progressives", "activists",
    "transcript", "respondents", "japanese", "chinese", "british", "french", "russians",
    "germans", "israelis", "mexicans", "europeans", "republican", "democrat", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
MALE_HONORIFICS = {"mr", "mr."}
FEMALE_HONORIFICS = {"ms", "ms.", "mrs", "mrs.", "miss"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PARAGRAPHS_BACK = 2  # a pronoun's antecedent is looked for in its paragraph and the two before


@dataclass
class GoldQuote:
    spans: list[tuple[int, int]]
    content: str
    source_text: str | None
    source_start: int | None
    speaker: str | None  # the name meant, resolved for pronouns; None if not determinable
    named: bool = False  # the source span itself names the speaker (no pronoun resolution)
    pronoun: bool = False  # the source is he/she (resolved or not)
    cue: str | None = None  # the reporting words as annotated ("said", "tweeted")


_WORD = re.compile(r"[\w’'.-]+")


def _bare(word: str) -> str:
    return re.sub(r"(['’]s|['’])$", "", word).strip(".,").strip()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def source_name(text: str) -> str | None:
    """The name a source span gives ("Sen. John McCain, R-Ariz." → "John McCain"), or None
    for a pronoun, a description or a group ("a spokesman for Bernie Sanders", "Democrats")."""
    parts = [p.strip() for p in re.split(r"[,—(]", text) if p.strip()]
    if not parts:
        return None
    name = _head_name(parts[0])
    if name is None and len(parts) > 1 and _WORD.findall(parts[0])[:1] != [] and (
        _WORD.findall(parts[0])[0].lower() in ("her", "his", "their", "its", "the")
    ):
        # A description with the name in apposition: "her personal lawyer, David E. Kendall".
        appositive = _head_name(parts[1])
        if appositive is not None and len(appositive.split()) >= 2:
            return appositive
    return name


def _head_name(head: str) -> str | None:
    words = _WORD.findall(head)
    if not words or words[0].lower() in DESCRIPTION_OPENERS | PRONOUNS:
        return None
    if any(w.lower() in ("and", "&") for w in words):
        return None  # two speakers ("John Bolton and Sebastian Gorka")
    # The phrase's head comes before its first linking word: "Mr. Burman of the Tax Policy
    # Center" is Burman; "a spokesman for Bernie Sanders" is a spokesman. A title alone
    # before it is part of a longer title: "Speaker of the House Rep. Paul Ryan".
    cut = next((k for k, w in enumerate(words) if w.lower() in LINKING_WORDS), len(words))
    if not all(_bare(w).lower().rstrip(".") in TITLES - {"the"} for w in words[:cut]):
        words = words[:cut]
    if not words:
        return None
    # The last run of capitalised words is the head of the phrase only if it ends it.
    run: list[str] = []
    i = len(words) - 1
    while i >= 0 and _capitalised(words[i]) and words[i].lower() != "the":
        run.insert(0, words[i])
        i -= 1
    if not run:
        return None
    # Possessives before the name are modifiers ("The Post's Dana Milbank").
    for j in range(len(run) - 1, 0, -1):
        if re.search(r"['’]s?$", run[j - 1]):
            run = run[j:]
            break
    names = [_bare(w) for w in run]
    while names and names[0].lower().rstrip(".") in TITLES and len(names) > 1:
        names = names[1:]
    names = [n for n in names if n]
    if not names or (len(names) == 1 and (names[0].lower() in TITLES | GROUPS | PRONOUNS)):
        return None
    return " ".join(names)


class People:
    """The people an article names: spaCy's PERSON entities of two or more words and
    "Mr./Ms. Last", then each surname alone once its full name has been given. Genders come
    from first names (Faker's lists) and honorifics."""

    def __init__(self, text: str, persons: list[tuple[int, str]], *, quoted: list[tuple[int, int]] = ()):  # type: ignore[assignment]
        from quizgen.extract.name_lists import gender_of

        self.mentions: list[tuple[int, str]] = []  # (where, full name) in text order
        self.gender: dict[str, str] = {}
        full_by_surname: dict[str, str] = {}
        honorific = re.compile(r"\b(Mr|Mrs|Ms)\.? ([A-Z][\w’'-]+)")
        for m in honorific.finditer(text):
            self.gender.setdefault(m.group(2), "m" if m.group(1) == "Mr" else "f")
        covered = []
        for start, raw in persons:
            words = [_bare(w) for w in raw.split() if w.lower().rstrip(".") not in TITLES]
            words = [w for w in words if w]
            if len(words) < 2:
                continue
            name = " ".join(words)
            last = words[-1]
            full_by_surname.setdefault(last, name)
            name = full_by_surname[last] if full_by_surname[last].split()[0] == words[0] else name
            g = self.gender.get(last) or gender_of(name)
            self.gender.setdefault(name, g)
            self.mentions.append((start, name))
            covered.append((start, start + len(raw)))
        for m in re.finditer(r"\b[A-Z][\w’'-]+", text):
            word = _bare(m.group())
            name = full_by_surname.get(word)
            if name and not any(s <= m.start() < e for s, e in covered):
                first_at = next(s for s, n in self.mentions if n == name)
                if m.start() > first_at:
                    self.mentions.append((m.start(), name))
        for m in honorific.finditer(text):
            if m.group(2) not in full_by_surname:
                self.mentions.append((m.start(), m.group(2)))
        # People named inside quotation marks are talked about, not the ones talking.
        self.mentions = sorted(m for m in self.mentions if not any(s <= m[0] < e for s, e in quoted))

    def gender_of(self, name: str) -> str:
        return self.gender.get(name) or self.gender.get(name.split()[-1], "?")

    def full(self, name: str) -> str | None:
        """The person a source name stands for, if the text names them."""
        last = name.split()[-1]
        matches = {n for _, n in self.mentions if n.split()[-1] == last}
        return matches.pop() if len(matches) == 1 else None


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches inside quotation marks, paragraph by paragraph (an unclosed one runs to the
    paragraph's end)."""
    ranges = []
    for para in re.finditer(r"[^\n]+", text):
        for m in re.finditer(r"“[^”]*(”|$)|\"[^\"]*(\"|$)|''.*?(''|$)", para.group()):
            ranges.append((para.start() + m.start(), para.start() + m.end()))
    return ranges


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def read_annotations(path: Path, text: str, persons: list[tuple[int, str]]) -> list[GoldQuote]:
    """The annotated direct quotes of one article, with their gold speakers; ``persons`` are
    the people the text names (where, as written), for resolving he/she."""
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
    people = People(text, persons, quoted=_quoted_ranges(text))
    paragraphs = _paragraph_starts(text)
    ordered = []
    for rel in relations:
        source = spans.get(rel.get("Source", ""))
        content = spans.get(rel.get("Content", ""))
        cue = spans.get(rel.get("Cue", ""))
        if content is not None:
            where = source[1][0][0] if source else content[1][0][0]
            ordered.append((where, source, content, cue[2] if cue else None))
    ordered.sort(key=lambda x: x[0])
    quotes = []
    last_speaker: tuple[int, str] | None = None  # the last annotated speaker who is a person
    for _, source, content, cue in ordered:
        speaker, named, pronoun = None, False, False
        source_text = source_start = None
        if source is not None:
            source_text, source_start = source[2], source[1][0][0]
            first_word = source_text.split()[0].lower() if source_text.split() else ""
            name = source_name(source_text)
            if name is not None:
                speaker, named = name, True
                person = people.full(name)
                if person is not None:
                    last_speaker = (source_start, person)
            elif first_word in PRONOUN_GENDER and len(source_text.split()) <= 2:
                pronoun = True
                speaker = _antecedent(
                    people, paragraphs, source_start, PRONOUN_GENDER[first_word], last_speaker
                )
                if speaker is not None:
                    last_speaker = (source_start, speaker)
        if any(m in content[2] for m in QUOTE_MARKS):
            quotes.append(
                GoldQuote(content[1], content[2], source_text, source_start, speaker, named, pronoun, cue)
            )
    return quotes


def _antecedent(
    people: People, paragraphs: list[int], at: int, gender: str, last_speaker: tuple[int, str] | None
) -> str | None:
    """The person a he/she at ``at`` means, where the text leaves no doubt (else None)."""
    paragraph = max(i for i, s in enumerate(paragraphs) if s <= at)
    window_start = paragraphs[max(0, paragraph - PARAGRAPHS_BACK)]
    compatible = [
        (start, name) for start, name in people.mentions
        if window_start <= start < at and people.gender_of(name) in ("?", gender)
    ]
    if not compatible:
        return None
    if len({name for _, name in compatible}) == 1:
        return compatible[0][1]
    if last_speaker is not None and last_speaker[0] >= window_start and compatible[-1][1] == last_speaker[1]:
        return last_speaker[1]
    return None


def corpus_articles(corpus: Path) -> list[tuple[Path, Path]]:
    """(text file, one annotator's .ann file) for every article that has annotations."""
    pairs = []
    for text in sorted((corpus / "text").glob("*.txt")):
        anns = sorted((corpus / "attributions").glob(text.stem + "_*.ann"))
        anns = [a for a in anns if a.stat().st_size > 0]
        if anns:
            pairs.append((text, anns[0]))
    return pairs


def readable_articles(pairs: list[tuple[Path, Path]]) -> tuple[list, list[Path]]:
    """The articles quizgen reads of ``corpus_articles`` pairs, and their annotation files
    (an article it refuses is left out with its annotations)."""
    from quizgen.errors import QuizgenError
    from quizgen.ingest.articles import parse_article

    articles, annotations = [], []
    for text_path, ann_path in pairs:
        try:
            articles.append(parse_article(text_path.read_bytes(), article_id=text_path.stem, path=str(text_path)))
        except QuizgenError:
            continue
        annotations.append(ann_path)
    return articles, annotations


def read_checked(path: Path) -> dict[tuple[str, int], str]:
    """Speakers read by hand: ``(article id, quote offset) -> full name``, ``-`` (no one named
    person said it: an unnamed aide, a group, a document, not speech) or ``?`` (left open)."""
    checked: dict[tuple[str, int], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[1].isdigit() or not fields[2].strip():
            raise ValueError(f"{path}:{number}: expected article id, offset and speaker separated by tabs")
        checked[(fields[0], int(fields[1]))] = fields[2].strip()
    return checked
