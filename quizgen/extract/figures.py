"""Figures: counts, percentages, money, quantities and ranges in article prose.

"killed at least 22" → 22 people killed, qualifier "at least"; "2 percent of GDP" → 2,
percent of GDP; "$4.5 billion" → 4500000000 USD; "10-17 soldiers" → (10, 17) soldiers.
Years, ages, times of day, phone numbers, labels ("Chapter 7") and numbers inside quoted
speech are not figures. A number whose unit cannot be told gives no fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.constants import (
    ANAPHORIC_PRONOUNS,
    CASUALTY_WORDS,
    CHANGE_WORD_STEMS,
    CURRENCIES,
    EMPTY_UNITS,
    FIGURE_QUALIFIERS,
    NOT_FIGURE_AFTER,
    NUMBER_SCALES,
    SERVICE_NUMBER_NOUNS,
    SERVICE_NUMBER_VERBS,
    SERVICE_NUMBERS,
)
from quizgen.extract import number_words
from quizgen.extract.baselines import is_baseline
from quizgen.extract.dates import event_words, find_candidates, prose_sentences
from quizgen.extract.event_phrases import elided_number_subject
from quizgen.extract.figure_actors import figure_actor
from quizgen.extract.figure_goals import goal_unsaid
from quizgen.extract.figure_measures import measure_roles
from quizgen.extract.figure_occasions import occasion_unsaid
from quizgen.extract.figure_owners import figure_owner
from quizgen.extract.figure_periods import account_periods, period_unsaid
from quizgen.extract.figure_quantities import stressed_count, time_quantity
from quizgen.extract.figure_ranges import NumberRange, with_ranges
from quizgen.extract.figure_times import figure_clause, figure_dates
from quizgen.extract.live_blogs import live_blog, told_as_standing
from quizgen.extract.marks import find_pieces
from quizgen.extract.other_occasions import dates_of_new_occasions, in_another_occasion
from quizgen.extract.quoted_text import in_quote
from quizgen.extract.side_clauses import side_clauses, trailing_clause
from quizgen.extract.unsaid_measures import measure_unsaid
from quizgen.facts.records import FigureFact
from quizgen.ingest.articles import MONTHS, Article
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
PER_SHARE = r"a-share\b"  # "its $18-a-share offer": a price the hyphens tie to its noun
NUMBER = re.compile(
    rf"(?<![\w.,/:'’-])(?P<cur>[$£€])?(?P<num>{_N})"
    rf"(?:\s*[-–]\s*(?P<num2>{_N}))?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?P<pct>\s*%|\s+percent\b|\s+per cent\b|\s+pct\b)?"
    rf"(?![\w%]|[-–](?!{PER_SHARE})\w|[.,]\d|:\d|/\d)"
)
# The same groups for a number in words ("Forty-one percent", "one million", "nine"): no
# currency sign or range is written so.
SPELLED = re.compile(
    rf"(?<![\w.,/:'’-])(?P<cur>(?!x)x)?(?P<num>{number_words.WORDS})(?P<num2>(?!x)x)?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?P<pct>\s+percent\b|\s+per cent\b|\s+pct\b)?"
    rf"(?![\w%‐-])",
    re.IGNORECASE,
)
QUOTE_OPENERS = " \t\n\"“‘'`("  # what may stand before a sentence's first word
SPELLED_MIN_COUNT = 10  # "two men", "three sides": a small count in words is a figure only of casualties
# … or when the sentence stresses it ("one of only three doctors who …", "just two votes")
FOCUS_QUALIFIERS = frozenset(["only", "just"])
# A qualifier, with a word that only softens it before ("just over 43 million", "well under"):
# the whole is the figure's, or a cloze splits it ("accounted for just ____", j88).
QUALIFIER = re.compile(
    r"(?:^|(?<=\W))(?:(?P<lead>just|well|slightly|only|a little|little|far|much)\s+(?=(?:over|under|more|less|fewer|above|below)\b))?"
    r"(?P<q>" + "|".join(sorted(FIGURE_QUALIFIERS, key=len, reverse=True)) + r")\s+$", re.IGNORECASE
)
TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"])
_PEOPLE_NOUNS = {"people", "person", "persons", "civilians", "victims"}
# A number and "to"/"or" just before a number: it ends a range ("three to four points")
RANGE_BEFORE = re.compile(rf"(?:\d|\b(?:{number_words.WORDS}))\s+(?:to|or)\s+$", re.IGNORECASE)
# "to"/"and"/"or" and a number just after a number: it opens a range ("between five and 10 points")
RANGE_AFTER = re.compile(rf"\s+(?:to|and|or)\s+(?:\d|(?:{number_words.WORDS})\b)", re.IGNORECASE)
# What a count of points can measure: "a lead of 6 points", "a margin of 3 points"
MARGIN_NOUNS = frozenset(["lead", "margin", "gap", "edge", "advantage", "deficit", "swing", "gain", "drop", "rise", "fall", "decline", "increase", "jump", "loss"])


# A capitalised noun (not the sentence's first word) and "of" just before a number: the number is
# part of a body's name ("the Group of 20 meeting"), not a figure of the story.
NAMED_BY_NUMBER = re.compile(r"(?<=\S)\s+[A-Z][a-z]+\s+of\s+$")


def _numbers(text: str) -> list[re.Match]:
    """The sentence's numbers in digits and in words, in text order."""
    return sorted([*NUMBER.finditer(text), *SPELLED.finditer(text)], key=lambda m: m.start())


def _clean(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 6)


def _service_number(m: re.Match | NumberRange, text: str) -> bool:
    """Whether a number is a telephone service's ("911 calls", "a 999 operator", "dialed
    911"): one of ``SERVICE_NUMBERS`` in digits, with no currency, percent or scale, before a
    noun of calling or after a verb of calling."""
    if m.group("num") not in SERVICE_NUMBERS or m.group("cur") or m.group("pct") or m.group("scale") or m.group("num2"):
        return False
    after = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    before = re.search(r"([A-Za-z]+)\s*$", text[: m.start()])
    return bool(after and after.group(1).lower() in SERVICE_NUMBER_NOUNS) or bool(before and before.group(1).lower() in SERVICE_NUMBER_VERBS)


def _casualty(tokens: list[Token]) -> str | None:
    for tok in tokens:
        for word in (tok.lower_, tok.lemma_.lower()):
            if word in CASUALTY_WORDS:
                return CASUALTY_WORDS[word]
    return None


def unit_of(span: Span) -> tuple[str, str, bool] | None:
    """(unit as written, unit key, whether the count is a part of a set: "24 of the 34 seats")
    of the count ``span`` ends with, or None."""
    doc = span.doc
    last = span[-1]
    head = last.head
    after = doc[span.end] if span.end < len(doc) else None
    noun = None
    if last.dep_ in ("nummod", "quantmod", "compound") and head.pos_ == "NOUN" and head.i > last.i:
        noun = head
    elif after is not None and after.pos_ == "NOUN" and after.i == span.end:
        noun = after
    else:
        noun = _partitive_noun(last)
    part = noun is not None and noun.i > span.end and doc[span.end].lower_ == "of"
    if noun is not None:
        words = [t for t in doc[span.end : noun.i + 1] if t.dep_ in ("compound", "amod") or t == noun]
        if part:  # "of Telerate's 95 million common shares": the set's own number is no unit word
            words = [t for t in words if not (t.like_num or t.lower_ in NUMBER_SCALES)]
        written = re.sub(r"\s*['’]s$", "s", " ".join(t.text for t in words))
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        casualty = _casualty([noun.head] + ([nxt] if nxt is not None else []))
        if casualty and noun.lower_ in _PEOPLE_NOUNS | {"soldiers", "troops", "children", "police", "officers", "others"}:
            return f"{written} {casualty}", casualty, part
        return written, noun.lemma_.lower(), part
    # A bare count: "killed at least 22", "left more than 100 injured".
    casualty = None
    if after is not None and after.tag_ in ("VBN", "JJ") and after.lower_ in CASUALTY_WORDS:
        casualty = CASUALTY_WORDS[after.lower_]
    elif last.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") or head.pos_ == "VERB":
        casualty = _casualty([head]) if head.pos_ == "VERB" else None
    if casualty:
        return f"people {casualty}", casualty, False
    return None


def _verb_not_qualifier(doc: Doc, start: int, end: int) -> bool:
    """Whether a qualifier's word is a verb with a subject ("the World Bank estimated 35.3
    billion") or a verb's particle ("turned over 44 emails"), not a figure's word ("an estimated
    35.3 billion", "over 44 percent")."""
    span = doc.char_span(start, end)
    if span is not None and len(span) == 1 and span[0].dep_ == "prt":
        return True  # "has turned over 44 … email exchanges" (j212): the verb's particle, not "over 44"
    return span is not None and len(span) == 1 and span[0].pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in span[0].children
    )


RATE_WORDS = frozenset(["per", "a", "an"])
UNIT_WORDS_MAX = 3
NOT_RATE_AFTER = frozenset(["ago", "earlier", "later", "before", "after", "of"])  # "a year ago", "a share of"


def _rate_of(span: Span) -> str:
    """What a sum is per ("18 dlrs per barrel", "20 cents a share", "5 mln dlrs a year"): the
    singular noun after "per", "a" or "an" right after the figure and its unit words, or ""."""
    doc = span.doc
    at = span.end
    while at < min(len(doc), span.end + UNIT_WORDS_MAX) and doc[at].lower_ not in RATE_WORDS and doc[at].pos_ in ("NOUN", "ADJ", "NUM"):
        at += 1  # the unit: "dlrs", "mln dlrs", "Canadian dlrs"
    if at + 1 >= len(doc) or doc[at].lower_ not in RATE_WORDS:
        return ""
    noun = doc[at + 1]
    if noun.tag_ != "NN" or (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in NOT_RATE_AFTER):
        return ""
    return noun.lemma_.lower()


def _points_measure(span: Span) -> bool:
    """Whether the "points" a count counts are a measure — a lead, a margin or a move ("trails by
    two points", "9 percentage points", "fell 50 points", "a lead of 6 points") — and not an
    argument's points ("made three points"), which count nothing to learn."""
    noun = span[-1].head
    if noun.lemma_.lower() != "point" or noun.i < span.end:
        return False
    if any(c.dep_ == "compound" and c.lower_ in ("percentage", "basis") for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj":
        if head.lower_ == "by":
            return True  # "won by 12 points"
        head = head.head if head.lower_ == "of" else head
    elif noun.dep_ not in ("npadvmod", "dobj"):
        return False
    lemma = head.lemma_.lower()
    return lemma in MARGIN_NOUNS or (head.pos_ == "VERB" and lemma.startswith(CHANGE_WORD_STEMS))


def _partitive_noun(last: Token) -> Token | None:
    """The set a count is a part of, which is what it counts: "defending 24 of the 34 Senate
    seats", "buy back up to one million of its shares" → seats, shares. The set is a plural
    noun made definite by "the" or an owner (a set the sentence or the story names); "two of
    them", "24 of 34" give none."""
    for prep in last.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != last.i + 1:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children
            ):
                return noun
    return None


def _leans_on_context(sent: Span, figure: Span) -> bool:
    """Whether what the figure measures is named only in an earlier sentence: a pronoun
    standing for a thing ("that", "it", "those" — not "that" joining a clause, not "he" or
    "she", who the card may name) as the subject or object of the figure's own clause."""
    verb = figure.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for tok in sent:
        if tok.lower_ not in ANAPHORIC_PRONOUNS or tok.dep_ in ("det", "mark", "advmod"):
            continue
        if tok.tag_ == "WDT" or (tok.lower_ == "that" and tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")):
            continue  # relative "that", or "that" as a conjunction
        if tok.lower_ in ("its", "their") and tok.head.i in range(figure.start, figure.end + 2):
            return True  # "its 22 members"
        if tok.lower_ in ("its", "their"):
            continue
        if tok.lower_ in ("it", "they", "them") and any(
            (t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass")) or t.ent_type_ in ("ORG", "PERSON", "NORP")
            for t in sent[: tok.i - sent.start]
        ):
            # "The company said it would cut 500 jobs": its antecedent is in the sentence (also
            # when the parser lost the subject: "First of America Bank Corp. said it …", "First" an adverb)
            continue
        # the pronoun's clause is the figure's clause, or the figure sits inside its phrase
        clause = tok
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause == verb:
            return True
    return False


# "61 percent to 30 percent": two shares set against each other, the larger first
_PCT_TO_PCT = re.compile(rf"(?P<a>{_N})\s*(?:%|percent\b|per cent\b)\s+to\s+(?P<b>{_N})\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)


def _score_pair(text: str, m: re.Match) -> bool:
    """Whether a percentage is one side of a result written "61 percent to 30 percent" (the
    first larger: a range runs upward, "50% to 60%"), which holds two figures, not a range."""
    if isinstance(m, NumberRange):
        return False
    for pair in _PCT_TO_PCT.finditer(text):
        if pair.start("a") <= m.start() < pair.end("b") and float(pair.group("a").replace(",", "")) > float(pair.group("b").replace(",", "")):
            return re.search(r"\b(?:between|from)\s+\S*$", text[: pair.start()]) is None
    return False


def _quoted_spans(article: Article) -> tuple[list[int], list[int]]:
    """Starts and ends of the article's quoted stretches, paragraph by paragraph: a quotation
    may open sentences before the figure ("… among the bottom ten percent,” Espinoza said")."""
    pieces = sorted(find_pieces(article.body, [(b.start, b.end) for b in article.text_blocks()]), key=lambda p: p.start)
    return [p.start for p in pieces], [p.end for p in pieces]


def _quoted(spans: tuple[list[int], list[int]], offset: int) -> bool:
    i = bisect_right(spans[0], offset) - 1
    return i >= 0 and offset < spans[1][i]


def _spells_numbers(sentences: list[Span]) -> bool:
    """Whether the text spells its numbers from ten up inside its sentences ("has lost twenty
    six percent", "worth a hundred thirty million dollars"): a broadcast transcript, whose
    spelled numbers run together and with years ("nineteen ninety-four") past telling apart.
    News writes them in digits (AP style spells only one to nine and a sentence's first)."""
    for sent in sentences:
        for m in SPELLED.finditer(sent.text):
            if m.start() > 0 and sent.text[: m.start()].strip(QUOTE_OPENERS) and number_words.words_value(m.group("num")) >= 10:
                return True
    return False


# A time of day written as the wire writes it: four digits and a zone ("1500 GMT", "0930 EST",
# "2000 hrs", "1100 local time").
_CLOCK = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|hrs|hours|local\s+time)\b")


# A month's name and a day, joined to what follows by "and", "or", "to", a comma or a dash:
# "April 12 and ", "Jan. 3, ", "March 30-".
_MONTH_DAY_BEFORE = re.compile(r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:,\s*|\s(?:and|or|to)\s+|[-–]\s*)$")


def _second_day(before: str, number: str) -> bool:
    """Whether a bare number of one or two digits is the second day of a month just named ("the
    April 12 and 26 elections", "on March 3, 10 and 17"): a date's day, not a count."""
    m = _MONTH_DAY_BEFORE.search(before)
    return m is not None and m.group("month").lower() in MONTHS and number.isdigit() and 1 <= int(number) <= 31


def _clock_time(number: str, sentence: str) -> bool:
    """Whether a bare four-digit number is a time of day: it reads as one (hours 00-23, minutes
    00-59) and its sentence writes times so ("the scheduled 1330 start" after "started shortly
    before 1500 GMT")."""
    digits = number.strip()
    if not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", digits):
        return False
    return _CLOCK.search(sentence) is not None


def _names_by_number(span: Span, value: float) -> bool:
    """Whether a plain number over one after "the" stands before a singular count noun that is
    no measure ("The 3 network", "the 24 bus"): English counts two or more in the plural, so the
    number names the thing rather than counting it ("the 10 commandments", "a 24 hour strike" and
    "the 100 metre race" are counts and measures)."""
    doc = span.doc
    if value <= 1 or span.start == 0 or doc[span.start - 1].lower_ != "the" or span.end >= len(doc):
        return False
    noun = doc[span.end]
    return noun.tag_ == "NN" and noun.dep_ not in ("compound", "amod") and noun.lemma_.lower() not in MEASURE_NOUNS and not noun.like_num


def _model_name(span: Span) -> bool:
    """Whether a plain number and the capitalised singular word after it are a name the article
    writes again ("737 Max", "Galaxy 7 Edge" reads the other way): a model's, which counts nothing.
    A count before a capitalised noun counts people or places in the plural ("20 Democrats"), or a
    business's things, round, before its name ("600 National Video franchised stores")."""
    doc = span.doc
    if span.end >= len(doc) or not re.fullmatch(r"\d{1,5}", span.text):
        return False
    word = doc[span.end]
    if word.tag_ != "NNP" or not word.text[:1].isupper() or word.is_sent_start:
        return False
    if int(span.text) % 10 == 0 or word.ent_type_ in ("ORG", "GPE", "NORP"):
        return False  # "600 National Video franchised stores": a round count of a business's stores
    return len(re.findall(rf"(?<![\w.,]){re.escape(span.text)}\s+{re.escape(word.text)}\b", doc.text)) >= 2


# Nouns that stand before a count to say what kind of amount it is, not to name a thing.
AMOUNT_NOUNS = frozenset(["record", "total", "basis", "average", "high", "low", "peak", "maximum", "minimum", "sum", "net", "extra"])


def _labelled_by_noun(span: Span) -> bool:
    """Whether a plain number stands right after a singular common noun that it labels ("type 2
    diabetes", "a category 5 hurricane", "phase 3 trials", "stage 4 cancer"): the parse hangs the
    number on that noun, or hangs both on the noun after them. English puts a count before its
    noun; a number after one is the thing's label (the capitalised labels, "Chapter 11", "Article
    5", are read from the text before the parse)."""
    doc = span.doc
    if span.start == 0 or not re.fullmatch(r"[1-9]\d{0,2}", span.text):
        return False  # a label is a small whole number: "a record 213,506 tonnes", "a basis 16.67 dlrs" count
    noun, number = doc[span.start - 1], doc[span.end - 1]
    if noun.tag_ != "NN" or not noun.is_lower or noun.whitespace_ != " " or noun.lemma_.lower() in MEASURE_NOUNS:
        return False
    if noun.lower_ in AMOUNT_NOUNS:
        return False  # "a record 300 people", "a total 40 ships": the noun says how much, it labels nothing
    if number.head.i == noun.i and number.dep_ == "nummod":
        return True
    return noun.head.i == number.head.i and number.head.i >= span.end and noun.dep_ in ("nmod", "compound", "amod")


# Singular nouns a number measures by ("a 24 hour strike", "the 100 metre race").
MEASURE_NOUNS = TIME_UNITS | frozenset([
    "mile", "metre", "meter", "kilometre", "kilometer", "km", "foot", "inch", "yard", "pound", "kilo", "kilogram",
    "gram", "tonne", "ton", "litre", "liter", "gallon", "acre", "hectare", "degree", "point", "percent", "per",
    "cent", "storey", "story", "man", "woman", "member", "seat", "bed", "page", "word", "minute", "episode", "part",
    "round", "hole", "lap", "game", "match", "set", "stage", "leg", "nation", "team", "way", "country", "state",
])


_GUESSING_MODALS = frozenset(["could", "might", "may", "must"])


def _guessed_past(span: Span) -> bool:
    """Whether the figure is what something "could have been", "might have reached": a modal and
    "have" on the verb that governs it, a guess at the past (a forecast, "could rise to", stays)."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in _GUESSING_MODALS for a in auxes) and any(a.lemma_ == "have" for a in auxes)


def extract_figures(doc: Doc, *, article: Article) -> Iterator[FigureFact]:
    """Figures stated in the article's prose, with their unit and qualifier."""
    quoted = _quoted_spans(article)
    sentences = list(prose_sentences(doc, article))
    transcript = _spells_numbers(sentences)
    updates = live_blog(article)
    periods = account_periods(doc)
    for sent in sentences:
        if not sent.text.lstrip()[:1].isupper() and not any(t.pos_ in ("VERB", "AUX") for t in sent):
            # "91-day bills, 1.40 billion dlrs of 182-day bills and …" (j145): a sentence's piece
            # the wire broke off, opening on no capital and with no clause
            continue
        text = sent.text
        base = sent.start_char
        opens = sentence_start(sent) >= base  # the parser's sentence is the article's, not its second piece
        dates = find_candidates(text, base)
        stated: list[tuple[FigureFact, Span]] = []
        for m in with_ranges(text, _numbers(text)):
            start, end = m.start() + base, m.end() + base
            if any(d.start < end and start < d.end for d in dates) or in_quote(text, m.start()) or _quoted(quoted, start):
                continue
            tail = text[m.end() : m.end() + 12].lower().lstrip()
            hyphen = text[m.end() : m.end() + 1] in ("-", "–") and not (m.group("cur") and re.match(PER_SHARE, text[m.end() + 1 :]))
            if any(tail.startswith(w) and not tail[len(w) : len(w) + 1].isalpha() for w in NOT_FIGURE_AFTER) or hyphen:
                continue  # "10 am", "a 22-year-old" ("30 percent among voters" is a figure: "am" is no word of it)
            near = (text[max(0, m.start() - 10) : m.start()] + " " + text[m.end() : m.end() + 10]).split()
            if any(w.strip(".,").lower() in MONTHS and w[:1].isupper() for w in near[-3:] + near[:1]):
                continue  # a day of a date: "22 May", "May 22"
            if _second_day(text[: m.start()], m.group(0)):
                continue  # "the April 12 and [26] elections" (j156): the second day of one month, no count
            score = _score_pair(text, m)
            if not score and re.match(r"\s+(?:to|and)\s+[$£€]?\d", text[m.end() :]) and re.search(r"\b(?:between|from)\s+\S*$", text[: m.start()]) is None and m.group("pct"):
                continue  # "50% to 60%": a range the pattern does not read
            if not score and m.group("pct") and re.search(r"\d\s*(?:%|percent)?\s+(?:to|and)\s+$", text[: m.start()]):
                continue  # the upper end of such a range
            if re.match(r"\d{3}[-. ]\d{4}", text[m.start() :]):
                continue  # a phone number
            if _service_number(m, text):
                continue  # "Police receive 911 calls": the emergency number, no count
            value = number_words.number_value(m.group("num"))
            plain = not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("num2"))
            spelled = number_words.is_spelled(m.group("num"))
            if spelled and value < 2 and not m.group("scale"):
                continue  # "one of the men": no count
            if spelled and (transcript or (value >= 10 and text[: m.start()].strip(QUOTE_OPENERS))):
                continue  # news spells one to nine and a sentence's first number; a transcript all
            if plain and 1800 <= value <= 2099 and float(value).is_integer():
                continue  # a year, or doubtful enough
            before = text[: m.start()]
            qm = QUALIFIER.search(before)
            if qm and _verb_not_qualifier(doc, qm.start("q") + base, qm.end("q") + base):
                qm = None  # "the World Bank estimated 35.3 billion dlrs" (j88): the bank's verb
            qualifier = qm.group("q").lower() if qm else None
            q_start = qm.start() + base if qm else start
            prev_word = re.search(r"(\S+)\s*$", before[: qm.start()] if qm else before)
            if not (m.group("pct") or m.group("cur")) and prev_word and prev_word.group(1)[:1].isupper() and not qm and (prev_word.start() > 0 or not opens):
                # a label: "Chapter 7", "Resolution 2249" (not "leads Sanders 61 percent"); also when
                # the parser cut the sentence before it ("… airs on SiriusXM | Patriot 125 weekdays")
                continue
            if not qm and NAMED_BY_NUMBER.search(before):
                continue  # a name's number: "Group of 20", "Committee of 100", "Gang of Eight"
            if prev_word and prev_word.group(1).rstrip(".").lower() in ("no", "number", "aged", "age", "page"):
                continue
            if not m.group("scale") and re.match(r"\s+dozens?\b", text[m.end() :]):
                continue  # "as many as two dozen" (j206): blanked, "as many as ____ dozen" splits the count
            if prev_word and prev_word.group(1).endswith(",") and re.match(r"\s*,", text[m.end() :]):
                continue  # an age after a name: "John Smith, 45,"
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if plain and _labelled_by_noun(span):
                continue  # "type 2 diabetes", "a category 5 storm": the number names a kind, it counts nothing
            scale = NUMBER_SCALES.get((m.group("scale") or "").lower(), 1.0)
            if m.group("pct"):
                unit, key = "percent", "percent"
                of = re.match(r"\s+of\s+(?:[\w’'-]+\s+){0,4}?(GDP|GNP)\b", text[m.end() :])
                if of:
                    unit = key = f"percent of {of.group(1)}"
            elif m.group("cur"):
                unit = key = CURRENCIES[m.group("cur")]
            else:
                found = unit_of(span)
                if found is None:
                    continue
                unit, key = found[:2]
                amount = key in TIME_UNITS and time_quantity(span)
                if key in TIME_UNITS and not amount:
                    continue  # "41 years ago", "10 days": durations are not figures to learn
                margin = key == "point" and _points_measure(span)
                if (margin or found[2]) and (RANGE_BEFORE.search(before) or RANGE_AFTER.match(text[m.end() :])):
                    continue  # "the three to ____ points", "between ____ and 10 points": a range's end
                if key in EMPTY_UNITS and not margin:
                    continue  # "____ words": a count of nothing in particular
                if _names_by_number(span, value * scale):
                    continue  # "The 3 network launched in 2003": the number is the network's name (j61)
                if _model_name(span):
                    continue  # "about 20 percent of 737 Max deliveries" (j203): the number is the plane's name
                if _clock_time(span.text, text):
                    continue  # "the scheduled 1330 start" beside "1500 GMT" (j85): a time of day, no figure
                stressed = amount or (qualifier in FOCUS_QUALIFIERS and stressed_count(span))
                if spelled and not (margin or stressed) and not m.group("scale") and value < SPELLED_MIN_COUNT and key not in CASUALTY_WORDS.values():
                    continue  # "the two sides", "three men": a count the story only mentions
            if _leans_on_context(sent, span) or elided_number_subject(sent, span):
                continue  # "Half of that went to ____", "Six are to load ____ tonnes": what "that" is, six what
            if _guessed_past(span):
                continue  # "said it could have been up to ____ mln dlrs" (j112): a guess at what was, no figure
            dated_by = figure_dates(span, span.sent)
            if updates and not dated_by and told_as_standing(span):
                continue  # a live blog's running tally ("Overall, Trump leads with ____ delegates"): true at one update only
            if m.group("num2"):
                own = m.low_scale() if isinstance(m, NumberRange) else None
                low, high = value * (own or scale), number_words.number_value(m.group("num2")) * scale
                if high <= low:
                    continue
                number: int | float | tuple = (_clean(low), _clean(high))
            else:
                number = _clean(value * scale)
            fact = FigureFact(
                article_id=article.id,
                value=number,
                unit=unit,
                qualifier=qualifier,
                text=article.body[q_start:end],
                start=q_start,
                end=end,
                sent_start=sentence_start(sent),
                sent_end=sentence_end(sent),
                event=tuple(sorted(set(event_words(sent, q_start, end)) | {f"unit:{key}"})),
                baseline=is_baseline(span),
                dated_by=tuple((s, e, doc.text[s:e]) for s, e in dated_by),
                owner=figure_owner(span),
                occasion_unsaid=occasion_unsaid(span) or period_unsaid(span, periods) or goal_unsaid(span),
                measure_unsaid=bool(m.group("pct")) and measure_unsaid(span),
                actor=figure_actor(span),
                clause_span=figure_clause(span),
                other_occasion=in_another_occasion(span),
                new_occasion_dates=dates_of_new_occasions(sent),
                side_clauses=side_clauses(span),
                cut_at=trailing_clause(span),
                rate="" if m.group("pct") else _rate_of(span),
            )
            stated.append((fact, span))
        # figures of the sentence that state one measure ("rose 20% to $5 million from $4.2 million")
        roles = measure_roles([(span, f.start, f.end, f.unit) for f, span in stated], article.body) if len(stated) > 1 else {}
        for i, (fact, _span) in enumerate(stated):
            yield replace(fact, measure=roles[i]) if i in roles else fact
