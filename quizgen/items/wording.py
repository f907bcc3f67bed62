"""Wording every item kind shares: blanking a sentence (cloze), dates as a reader writes
them, and whether a question already contains an answer."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence

from quizgen.constants import CALLING_VERBS, SPEECH_VERBS
from quizgen.facts.records import BoundPronoun, Reference
from quizgen.items import distractors
from quizgen.items.answer_forms import initials
from quizgen.nlp import english_word

MAX_CLOZE_WORDS = 45  # judged dev cards over 45 words: 7 of 10 well-formed and answerable, against 85% below
BLANK = "____"
# English prepositions are a closed class: the one-word prepositions that may stand before a
# time ("throughout next year", "postponed to Tuesday"), after which a blank or a written-out
# date takes no "in"/"on" of its own. Not "than", "like", "as" or the particle "up": "higher than
# in ____", "went up in ____" read better with their "in".
_PREPOSITIONS = (
    "about", "across", "after", "against", "ahead", "amid", "amidst", "around", "at", "before",
    "beginning", "between", "beyond", "by", "circa", "despite", "during", "ending", "except", "following",
    "for", "from", "in", "inside", "into", "near", "of", "on", "onto", "over", "pending",
    "per", "prior", "since", "starting", "through", "throughout", "till", "to", "toward",
    "towards", "under", "until", "unto", "upon", "via", "within", "without",
)
# … or such a preposition with a limit after it ("until at least next Tuesday", j158: "until at
# least on ____"), and the limits that take a time as it is ("as early as Tuesday").
PREPOSITION_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(_PREPOSITIONS)}),?\s+(?:at (?:least|most|the (?:earliest|latest))\s+)?"
    r"|\bas (?:early|late|soon) as\s+)$",
    re.IGNORECASE,
)


def spell_date(value: str) -> tuple[str, list[str]]:
    """The answer as a reader writes it, and other accepted spellings.

    >>> spell_date("2017-05-22")
    ('22 May 2017', ['May 22, 2017', '2017-05-22'])
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return value, []
    month = distractors.MONTH_NAMES[parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}", [f"{month[:3]} {parts[0]}", value]
    return f"{parts[2]} {month} {parts[0]}", [f"{month} {parts[2]}, {parts[0]}", value]


def parse_spelled_date(text: str) -> dt.date | None:
    """The last day a date spelt by ``spell_date`` can mean ("May 2017" → 2017-05-31), or None.

    >>> parse_spelled_date("22 May 2017")
    datetime.date(2017, 5, 22)
    """
    m = re.fullmatch(r"(?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{4})", text.strip())
    if not m or (m.group(1) and not m.group(2)):
        return None
    year = int(m.group(3))
    if not m.group(2):
        return dt.date(year, 12, 31)
    if m.group(2) not in distractors.MONTH_NAMES:
        return None
    month = distractors.MONTH_NAMES.index(m.group(2)) + 1
    if m.group(1):
        try:
            return dt.date(year, month, int(m.group(1)))
        except ValueError:
            return None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


# A sentence that opens on a relative pronoun and asks nothing ("Which means Arizona, Texas and
# Florida … are likely to be burying more dead"): a fragment of the sentence before it.
_RELATIVE_OPENING = re.compile(r"[“\"‘']?(?:Which|Whose|Whom)\b")
# … or on an ordinal standing for a noun of a list the sentence before gives ("A Congressional
# Budget Office report presented three measures of corporate tax. The first, the “top statutory
# corporate tax rate,” lists …", j201): which first, that sentence says.
_ORDINAL_OPENING = re.compile(
    r"[“\"‘']?The (?:first|second|third|fourth|fifth|former|latter|other)"
    r"(?=\s*[,:;—–]|\s+(?:is|was|are|were|has|had|will|would|can|could|says|said|shows|showed)\b)"
)


def cloze(
    body: str,
    sent_start: int,
    sent_end: int,
    start: int,
    end: int,
    *,
    blank: str = BLANK,
    references: Sequence[Reference] = (),
) -> str | None:
    """The sentence with ``body[start:end]`` blanked, on one line; None if too long, or if
    it keeps a pronoun or description whose referent the text gives no name for.

    ``references`` (the article's, ``extract.references``) name the subjects the sentence
    leaves to the text before it: "He said …" reads "[Donald Trump] said …".
    """
    if _unnamed_around(start, end, sent_start, references):
        return None  # "the additional ____ stake" after "a stake in …": whose stake, in what?
    if _RELATIVE_OPENING.match(body, sent_start) and not body[sent_start:sent_end].rstrip(" ”\"’'").endswith("?"):
        return None  # "Which means ____, states that reopened early, …" (j191): the sentence before says what
    if _ORDINAL_OPENING.match(body, sent_start):
        return None  # "The first, the “top statutory corporate tax rate,” lists …" (j201): the first of what
    if _points_into_blank(start, end, sent_start, sent_end, references):
        return None  # "learn about ____, … like him": the pronoun is the answer, and says its gender
    head = name_subjects(body, sent_start, start, references)
    if head.startswith("["):
        head = _capitalise(head)  # "[the Supreme Court] ruled" opens the sentence
    tail = name_subjects(body, end, sent_end, references)
    if _CORPORATE_SUFFIX_AFTER.match(tail):
        return None  # "led by ____, LP" (j137): the name's own suffix left outside the blank
    if body[start:end][:1].isupper() and _NAMES_LISTED_AFTER.match(tail):
        # "told the ____, Credit and Rural Development." (j142): a name that goes on past its
        # comma, or one of a list of names ("told ____, Smith and Jones."): the blank is part
        return None
    # A sentence split inside a quotation: keep only the reporting clause around the blank —
    # unless that clause only reports the quotation ("Trump told The Washington Post in ____."):
    # without the quoted words it asks about nothing.
    cut = False
    close = head.find("”")
    if close != -1 and "“" not in head[:close]:
        head = head[close + 1 :].lstrip(" ,")
        head = head[:1].upper() + head[1:]
        cut = True
    opening = tail.rfind("“")
    if opening != -1 and "”" not in tail[opening:]:
        tail = _TRAILING_MARKS.sub("", tail[:opening]) + "."  # a no-break space is a space too ("read,\xa0“…")
        cut = True
    # One space between words: the padding of repaired markup (``ingest.markup``) and a
    # treebank's spaced marks ("“ is seeking”") leave none inside quotation marks.
    text = _INNER_SPACE.sub("", " ".join((head + blank + tail).split()))
    # A web page's link cut from before a mark leaves its space ("from Arizona ; and Dianne
    # Feinstein ,", j168): the card closes it up, as the sentence was written
    text = _SPACE_BEFORE_MARK.sub("", text)
    # A stock's ticker in brackets after its company ("Twitter (TICKER: TWTR) said …", j193):
    # the site's markup, no words of the sentence
    text = _TICKER.sub("", text)
    # The same for marks that open and close alike ('' in the NYT's style, "): an odd number
    # means the sentence begins or ends inside a quotation.
    for mark in ("''", '"'):
        if text.endswith(" " + mark):
            text = text[: -len(mark)].rstrip()  # the next quotation's opening mark
        if text.count(mark) % 2:
            first = text.find(mark)
            if first > text.find(blank):
                return None  # the sentence is the end of someone's quoted words
            text = text[first + len(mark) :].lstrip(" ,")
            text = text[:1].upper() + text[1:]
            cut = True
    if len(text.split()) > MAX_CLOZE_WORDS or text.count(BLANK) != 1 or UNNAMED in text:
        return None
    if (cut or _QUOTE_NEXT.match(body, sent_end)) and _calls_by_words(text):
        return None  # "…, dubbing Rep. Jacky Rosen (D-Nev.)" (j239): the name it gave was the quotation cut off
    if cut and _reports_speech(text):
        return None
    if not _whole_sentence(text, blank):
        return None
    return agree_articles(text)


def _unnamed_around(start: int, end: int, sent_start: int, references: Sequence[Reference]) -> bool:
    """Whether a reference left without a name holds the blank among its words ("the
    additional 48% stake", "the 60 second ad" with the number blanked): neither side of the
    blank can mark it, and the card would keep the words that lean on the text before."""
    index = references if isinstance(references, ReferenceIndex) else ReferenceIndex(references)
    return any(
        ref.name is None and ref.start < end and ref.end > start and not (start <= ref.start and ref.end <= end)
        for ref in index.starting_within(sent_start, end)
    )


def _points_into_blank(start: int, end: int, sent_start: int, sent_end: int, references: Sequence[Reference]) -> bool:
    """Whether a pronoun of the sentence stands for the name blanked (``BoundPronoun``)."""
    index = references if isinstance(references, ReferenceIndex) else ReferenceIndex(references)
    return any(
        isinstance(ref, BoundPronoun) and ref.points_into(start, end)
        for ref in index.starting_within(sent_start, sent_end)
    )


_INNER_SPACE = re.compile(r"(?<=“) | (?=”)")
_TICKER = re.compile(r"\s\((?:TICKER|Ticker|NYSE|NASDAQ|Nasdaq|LSE|TSX|AMEX)\s*:\s*[A-Z][A-Z.]{0,6}\)")
_SPACE_BEFORE_MARK = re.compile(r"(?<=[A-Za-z0-9_.)”’]) +(?=[,;!?](?:\s|$))|(?<=[A-Za-z0-9_)”’]) +(?=\.$)")
_TRAILING_MARKS = re.compile(r"[\s,:]+$")
# Capitalised words after a blank's comma, joined by "and" and ending the clause (", Credit and
# Rural Development.", ", Smith and Jones."): the name runs on, or the blank is one of a list.
_CAPITALISED_WORDS = r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*"
_NAMES_LISTED_AFTER = re.compile(
    rf",\s+{_CAPITALISED_WORDS}(?:,\s+{_CAPITALISED_WORDS})*,?\s+(?:and|&)\s+{_CAPITALISED_WORDS}\s*(?:[.,;:)”\"]|$)"
)
# A business name's suffix set off by a comma ("the Oppenheimer-Palmieri Fund, LP", "Acme, Inc."):
# right after a blank, the tagger ended the name before it.
_CORPORATE_SUFFIX_AFTER = re.compile(r",\s*(?:Inc|Incorporated|L\.?P|L\.?L\.?C|Ltd|Limited|Corp|Co|PLC|Plc|N\.?V|S\.?A|AG|GmbH)\b\.?(?!\w)")
UNNAMED = "\ue000"  # marks a reference left without a name (a private-use character, removed from the text)


def name_subjects(body: str, lo: int, hi: int, references: Sequence[Reference]) -> str:
    """``body[lo:hi]`` with each reference inside it replaced by its name in brackets, as an
    editor inserts a name into quoted words ("[Bethlehem Steel] said its …", "[Donald
    Trump's] plan"); a reference without a name is marked ``UNNAMED``.

    >>> name_subjects("He left.", 0, 8, [Reference("He", 0, 2, "Ann Lee", "person")])
    '[Ann Lee] left.'
    """
    parts, at = [], lo
    dropped = False  # a connective left out: the word after it opens the sentence ("here" left out: nothing)
    index = references if isinstance(references, ReferenceIndex) else ReferenceIndex(references)
    for ref in index.starting_within(lo, hi):
        if ref.start < at or ref.end > hi or ref.kind == "bound":
            continue  # a bound pronoun's sentence names its person: nothing to put in
        parts.append(body[at : ref.start].replace(UNNAMED, ""))
        if dropped:
            parts[-1] = _capitalise(parts[-1])
        dropped = ref.name == "" and ref.kind == "connective"
        if ref.name == "" and not dropped:
            at = ref.end  # a word left out mid-sentence ("told delegates here that")
            if body[at : at + 1] in (",", ";", ".", ":", ")"):
                parts[-1] = parts[-1].rstrip()  # "the spring meeting here, many" → "meeting, many"
            continue
        if dropped:
            pass  # "But the court …" → "The court …"
        elif ref.name is None:
            parts.append(UNNAMED + body[ref.start : ref.end])
        else:
            suffix = ""
            if ref.possessive:
                suffix = ref.possessive + ("" if ref.name.endswith("s") else "s")
            name = ref.name
            if re.match(r"['’]s\b", body[ref.end : ref.end + 2]) and re.match(r"(?:in|on) \d", name):
                name = name.split(" ", 1)[1]  # "last year’s tax cut" → "[2017]’s tax cut", not "[in 2017]’s" (j206)
            parts.append(f"[{name}{suffix}]" + (f" {ref.verb}" if ref.verb else ""))
        at = ref.end
    parts.append(body[at:hi].replace(UNNAMED, ""))
    if dropped:
        parts[-1] = _capitalise(parts[-1])
    return "".join(parts)


class ReferenceIndex(Sequence[Reference]):
    """An article's references sorted by start (ties in their given order), for finding those
    that start within a span by ``bisect``: an article with thousands of references and
    thousands of clozes then costs each cloze only the references of its sentence.

    >>> refs = ReferenceIndex([Reference("it", 9, 11, "IBM", "org"), Reference("He", 0, 2, "Ann Lee", "person")])
    >>> [r.text for r in refs.starting_within(0, 5)]
    ['He']
    """

    def __init__(self, references: Sequence[Reference]) -> None:
        self._refs = sorted(references, key=lambda r: r.start)
        self._starts = [r.start for r in self._refs]
        # A reference ending before it starts could pass ``name_subjects``'s test from beyond
        # the span: with one, every reference is looked at, as before the index.
        self._all = any(r.end < r.start for r in self._refs)

    def starting_within(self, lo: int, hi: int) -> Iterator[Reference]:
        """The references that start from ``lo`` to ``hi`` (both included), by start: every
        reference ``name_subjects`` can replace in ``body[lo:hi]``."""
        if self._all:
            return iter(self._refs)
        return iter(self._refs[bisect_left(self._starts, lo) : bisect_right(self._starts, hi)])

    def __len__(self) -> int:
        return len(self._refs)

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        return self._refs[i]


def agree_articles(text: str) -> str:
    """``text`` with "a"/"an" agreeing with the word after it, as a substitution (a bracketed
    name, a dropped word) or the source's own slip may leave them ("to respond to a ad" → "to
    respond to an ad"). Only before a lower-case word: how an initialism or a name is read
    ("an FBI agent", "a NATO summit") the spelling does not tell. The blank is left alone.

    >>> agree_articles("to respond to a ad, an huge one, an hour, a honest man, an union")
    'to respond to an ad, a huge one, an hour, an honest man, a union'
    >>> agree_articles("Planning Minister Taher Kan'an said")
    "Planning Minister Taher Kan'an said"
    """
    return _ARTICLE.sub(_agreeing, text)


# (not the end of a name after its apostrophe: "Taher Kan'an said" is no "an" before "said", j89)
_ARTICLE = re.compile(r"(?<![\w'’-])(?P<article>[Aa]n?)(?P<space> +)(?P<word>[a-z][a-z'’-]*)")
# Words spelt with a vowel read with a consonant ("a one-time", "a union", "a European"), and
# words spelt with a consonant read with a vowel ("an hour", "an honest").
_CONSONANT_SOUND = re.compile(r"(?:one\b|once\b|uni(?!n)|unan|use|usu|uti|ura|uro|eu|ewe|ubiq|u-|uk)")
_VOWEL_SOUND = re.compile(r"(?:hour|honest|honou?r|heir)")


# A capital "A" inside a sentence, after a word ("Class A and Class B common shares", j82: agreed
# to "Class An and"; "president of A and P's Compass Foods", j92: "An and P") names a letter, a
# class or a company: an article is capitalised only where a sentence, a quotation or a
# bracket opens.
_WORD_BEFORE = re.compile(r"[\w,;'’)\]-]\s+$")


def _agreeing(m: re.Match[str]) -> str:
    if m.group("article")[0] == "A" and _WORD_BEFORE.search(m.string, 0, m.start()):
        return m.group()
    word = m.group("word")
    vowel = (word[0] in "aeiou" and (_negated(word) or not _CONSONANT_SOUND.match(word))) or bool(_VOWEL_SOUND.match(word))
    article = m.group("article")
    wanted = "an" if vowel else "a"
    if article.lower() == wanted:
        return m.group()
    return (wanted.capitalize() if article[0] == "A" else wanted) + m.group("space") + word


def _negated(word: str) -> bool:
    """Whether a word is "un-" before an English word of its own, read with the vowel of "un"
    ("an unannounced visit", "an unidentified man", j50), unlike "unanimous", "unit", "union",
    "unionized", which open on the sound of "you"."""
    rest = word[2:].lower()
    return word[:2].lower() == "un" and len(rest) >= 5 and not rest.startswith("ion") and english_word(rest)


def _capitalise(text: str) -> str:
    """``text`` with its first letter upper-cased when only brackets, quotation marks or
    spaces come before it ("[the Supreme Court] ruled" → "[The Supreme Court] ruled")."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in " [“\"‘'(":
            return text
    return text


def subject_references(references: Mapping[str, Sequence[Reference]] | None, article_id: str) -> Sequence[Reference]:
    """The references of one article (none when the caller gave none)."""
    return references.get(article_id, ()) if references else ()


def _speech_forms() -> frozenset[str]:
    forms = {"said", "says", "told", "tells", "wrote", "writes", "spoke", "speaks", "thought"}
    for verb in SPEECH_VERBS:
        stem = verb.removesuffix("e")
        forms |= {verb, verb + "s", stem + "ed", verb + "es"}
        if verb.endswith("y"):
            forms |= {verb[:-1] + "ied", verb[:-1] + "ies"}
    return frozenset(forms)


SPEECH_FORMS = _speech_forms()


def _calling_forms() -> frozenset[str]:
    forms: set[str] = set()
    for verb in CALLING_VERBS | {"nickname"}:
        stem = verb.removesuffix("e")
        double = stem + stem[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", stem) else stem  # "dub" → "dubbing"
        forms |= {verb, verb + "s", stem + "ed", double + "ed", stem + "ing", double + "ing"}
    return frozenset(forms)


CALLING_FORMS = _calling_forms()
# A quotation opening right where the sentence ends: the parse ended it before its quoted words.
_QUOTE_NEXT = re.compile(r"[ \t]*[“\"]")


def _calls_by_words(text: str) -> bool:
    """Whether ``text`` holds a verb of calling someone something ("dubbing", "labeled") with no
    quotation after it: what it called them is not in the text ("has called China “provocative
    …”" has it)."""
    last = None
    for m in re.finditer(r"[a-z]+", text.lower()):
        if m.group() in CALLING_FORMS:
            last = m
    return last is not None and not re.search(r"[“\"]", text[last.end() :])


def _reports_speech(text: str) -> bool:
    return any(w in SPEECH_FORMS for w in re.findall(r"[a-z]+", text.lower()))


def _whole_sentence(text: str, blank: str) -> bool:
    """Whether a cloze reads as a whole sentence: it opens as a sentence does (a capital, a
    digit, a quotation mark or the blank) and ends as one does. A sentence ending in a colon
    introduces words the card does not show ("… said that given the candidates:")."""
    opens = text.startswith(blank) or text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"‘'([$£€"
    return opens and text.rstrip().endswith(tuple('.!?”"’)\'…'))


def contains(question: str, options: list[str]) -> bool:
    """Whether the question already holds one of ``options``. A day written out in brackets
    (``items.day_names``: "on [22 May 2017] killed ____ people") holds a date, not a count:
    only a date answer is looked for in it."""
    folded = distractors.fold(question)
    undated = distractors.fold(_WRITTEN_DAY.sub(" ", question))
    return any(
        distractors.stands_in(distractors.fold(o), folded if parse_spelled_date(o) else undated) for o in options if o
    ) or any(abbreviated_in(question, o) for o in options if o)


def abbreviated_in(question: str, name: str) -> bool:
    """Whether the question holds ``name``'s initials, as capitals ("its ____, FT, newspaper" for
    "Financial Times"; j91) or dotted ("the N.Z. ____" for "New Zealand"): a name of two or more
    capitalised words is given away by its own abbreviation. Case counts: "ft" is a foot."""
    if any(not w.isalpha() for w in name.split()):
        return False  # "U.S. Senate": an abbreviation's own letters say only part of the name
    short = initials(name, least=2)
    if short is None:
        return False
    dotted = r"\.".join(short) + r"\.?"
    return re.search(rf"(?<![\w.])(?:{short}|{dotted})(?![\w])", question) is not None


_WRITTEN_DAY = re.compile(r"\[(?:[Oo]n )?(?:the [a-z]+ of )?\d{1,2} [A-Z][a-z]+ \d{4}\]")
