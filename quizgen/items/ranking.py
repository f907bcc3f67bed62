"""Importance: how much a card's fact matters to its story, 0–1, and ``--limit`` by it.

A teacher asks first about the headline and the lede, the people the story is about and the
figures it turns on; last (or never) about a background year, a year that only modifies a
noun ("the 2016 campaign"), a one-off commentator or a passer-by's aside. Each item's
importance is a weighted sum of such signals, read from the item and its article
(``ArticleSignals``): where its evidence stands, how many title words it shares, how central
its person is (mentions, quotes), how many words its sentence shares with the headline and
lede (a later sentence about the lede's actors and acts carries the story on), what its figure
counts, how far its date lies from the story's time, and how many articles report it. A card of
a kind of trivia (``trivia.trivia_kind``: the day a paper reported something, a restated or
parenthetical figure, a poll's method, a routine closing price) keeps ``TRIVIA_FACTOR`` of its
score. Items below ``MIN_IMPORTANCE`` are not made, nor any card ``worth.not_worth`` rules out.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from quizgen.constants import COMMENTATOR_WORDS, ROLE_WORDS
from quizgen.extract.date_predicates import MODIFIER
from quizgen.facts.names import surname
from quizgen.items.distractors import role_family
from quizgen.items.trivia import trivia_kind
from quizgen.nlp import english_stop_words

MAX_TITLE_BONUS = 3
MIN_IMPORTANCE = 0.12  # a card below this is not worth studying: it is not made
REVERSE_FACTOR = 0.95  # a role's reverse card ranks just below the card asking for the person
COMMENTATORS = frozenset(["expert", "media"])  # role families of outside voices
ASIDE_FACTOR = 0.4  # what a one-off voice's card keeps of its importance
LEDE_PARAGRAPHS = 2  # prose paragraphs after the headline that count as the lede

ENTITY_SHARE = 1.0  # the article's most named organisation or place counts as its most central person
TRIVIA_FACTOR = 0.4  # what a card of a kind of trivia keeps of its importance
# what a "who" card keeps of its importance when the headline names its answer ("First, ____
# attacked … Mitt Romney" under "… upend Trump's pivot"): the headline gives it away
HEADLINE_ANSWER_FACTOR = 0.6
BACKGROUND_DATE = 0.05  # a date's content score at most this: over a year from the story's time
LEDE_SHARED_FULL = 4  # content words shared with the headline and lede that count as all of them

# What each signal weighs (they sum to 1).
WEIGHTS = {"position": 0.2, "title": 0.15, "lede": 0.15, "person": 0.2, "content": 0.25, "reports": 0.05}

# Units a story turns on: money, casualties, votes, shares.
MAIN_UNITS = re.compile(
    r"[$£€]|dollar|pound|euro|million|billion|percent|%|per cent|killed|dead|died|injured|wounded|"
    r"vote|delegate|seat|point|poll|job|refugee|troop|soldier|arrest|casualt|victim",
    re.IGNORECASE,
)
# Casualties a teacher asks after the dead: "Six people were killed and at least 58 injured"
# asks the six first (``constants.CASUALTY_WORDS`` writes the hurt and wounded "injured").
LESSER_CASUALTIES = re.compile(r"\b(?:injured|missing)$")
LESSER_CASUALTY_CONTENT = 0.8  # of a main figure's 1.0
# A blank that only modifies a noun: "the ____ campaign", "his ____ bid", "Obama's ____ victory".
MODIFYING_BLANK = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|whose)|['’]s)\s+____[\s-]+[a-z]", re.IGNORECASE
)


def title_words(titles: Iterable[str]) -> frozenset[str]:
    """Words of the deck's article titles, folded ("Bombing" → "bombing", "allies" → "allie")."""
    return frozenset(_fold(w) for t in titles for w in re.findall(r"[A-Za-z]{3,}", t))


def _fold(word: str) -> str:
    word = word.lower()
    return word.removesuffix("s")


# Words every sentence of a news story may share with its lede: no sign of the same story.
_NOT_CONTENT = english_stop_words() | {"said", "says", "told", "added", "according", "reported", "mr", "mrs", "ms"}


@lru_cache(maxsize=1 << 15)  # the same sentences and titles are read for several cards
def content_words(text: str) -> frozenset[str]:
    """The folded content words of a text: no stop words, no short words ("the", "said")."""
    return frozenset(_fold(w) for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in _NOT_CONTENT)


def title_bonus(event: Iterable[str], words: frozenset[str]) -> float:
    """Half a point per content word of the sentence that the deck's titles also use."""
    shared = {_fold(w) for w in event if not w.startswith("unit:")} & words
    return 0.5 * min(len(shared), MAX_TITLE_BONUS)


def report_score(group: Sequence, event: Iterable[str], central: frozenset[str]) -> float:
    """How central a merged fact is: articles that report it, reports, title words."""
    return 2.0 * len({f.article_id for f in group}) + len(group) + title_bonus(event, central)


@dataclass
class ArticleSignals:
    """What one article says about what matters: its headline, lede and people."""

    title: str
    length: int
    lede_end: int  # offset where the lede (headline and first prose paragraphs) ends
    published: dt.date | None = None
    mentions: Counter = field(default_factory=Counter)  # canonical person → mentions
    quotes: Counter = field(default_factory=Counter)  # canonical speaker → quotes
    lede_words: frozenset[str] = frozenset()  # content words of the headline and the lede
    entities: Counter = field(default_factory=Counter)  # organisation or place → mentions
    organisations: Counter = field(default_factory=Counter)  # organisation (not place) → mentions
    paragraphs: Counter = field(default_factory=Counter)  # canonical person → prose paragraphs naming them
    prose_paragraphs: int = 0  # prose paragraphs of the body (0: not counted)
    paragraph_starts: tuple[int, ...] = ()  # where each prose paragraph of the body starts
    dates: tuple[tuple[int, str], ...] = ()  # (offset, ISO value) of each date the article gives (no modifier year)
    # (offset, ISO value, occasion) of each date: what the parse says it dates (``DateFact.occasion``)
    date_occasions: tuple[tuple[int, str, str], ...] = ()
    # (offset, ISO value, predicate lemma, actor) of each date: the verb or noun it dates and who
    # does that, as written (``DateFact.predicate``, ``DateFact.actor``)
    date_predicates: tuple[tuple[int, str, str, str], ...] = ()
    # (sentence start, verb lemma) of each lede clause whose verb stands in the present
    # (``ArgumentFact.present``: "____ is accused of killing … in June 2015")
    present_clauses: frozenset[tuple[int, str]] = frozenset()
    # lemmas of the verbs and content words of the headline's and lede's clauses, as the parse read
    # them (``items.side_dates``; None: not read)
    lede_lemmas: frozenset[str] | None = None
    # (offset, value, is a comparison's baseline) of each figure (``FigureFact.baseline``)
    figure_baselines: tuple[tuple[int, object, bool], ...] = ()
    # (offset, value, actor) of each figure: who its clause is about, as written (``FigureFact.actor``)
    figure_actors: tuple[tuple[int, object, str], ...] = ()
    # (offset, value, (start, end)) of each figure: the clause it stands in (``FigureFact.clause_span``)
    figure_clauses: tuple[tuple[int, object, tuple[int, int]], ...] = ()
    # (offset, value, dates) of each figure: (start, end, text) of each date the parse ties to it
    figure_dates: tuple[tuple[int, object, tuple[tuple[int, int, str], ...]], ...] = ()
    # (offset, value, shape) of each figure that is a range's bound or a list's entry (``figure_shapes``)
    figure_shapes: tuple[tuple[int, object, str], ...] = ()
    # (offset, value) of each figure its sentence frames as another occasion (``FigureFact.other_occasion``)
    figure_others: tuple[tuple[int, object], ...] = ()
    # (offset, value, (start, end) of each date of its sentence dating an occasion told as new) of
    # each figure (``FigureFact.new_occasion_dates``)
    figure_new_dates: tuple[tuple[int, object, tuple[tuple[int, int], ...]], ...] = ()
    # (offset, ISO year) of each event whose own time is a decade or part of one: the last year it
    # names ("in the early 1980s" → "1983": no date fact reads a decade; ``background_cards.decade_end``)
    event_decades: tuple[tuple[int, str], ...] = ()
    lede_text: str = ""  # the headline and the lede as written ("": use ``lede_words``)
    # content words of the organisations and places the headline and lede name (None: not read)
    lede_entities: frozenset[str] | None = None
    # (start, end, canonical speaker, role) of each quotation with its attribution
    voices: tuple[tuple[int, int, str, str | None], ...] = ()
    quotations: tuple[tuple[int, int], ...] = ()  # (start, end) of each stretch inside quotation marks
    # canonical people the story shows dead or of history (``items.departed.departed_in``)
    departed: frozenset[str] = frozenset()
    # canonical people the parse reads as the doer of a clause of the lede ("FBI director James
    # Comey decided …"): they act in the story's news, however seldom the story names them
    lede_doers: frozenset[str] = frozenset()
    # canonical people the story introduces as members of the public, by an age or a home town
    # right after their name, no official among them (``items.voxpop.introduced_as_public``)
    public: frozenset[str] = frozenset()
    # canonical people the story gives an official's title in any reading (``items.voxpop.officials``)
    officials: frozenset[str] = frozenset()

    @cached_property  # read for every date card: computed once per article
    def lede_dates(self) -> list[str]:
        """The ISO dates the lede gives: the story's own time."""
        return [value for start, value in self.dates if start < self.lede_end]

    @property
    def title_words(self) -> frozenset[str]:
        return title_words([self.title])

    # Read once per article (the counts are not changed after the signals are made).
    @cached_property
    def main_actor_mentions(self) -> int:
        """How often the story's main actor is named: its most named person, or its most named
        organisation when that is named more (a story about Kellogg quotes analysts; none of
        them is what it is about)."""
        people = max((self.weight(p) for p in self.mentions | self.quotes), default=0)
        return max(people, max(self.organisations.values(), default=0))

    def names_in_lede(self, name: str) -> bool:
        """Whether the headline or lede names someone by this name or surname. A name that only
        makes part of a compound word is no mention: "an anti-Castro lawmaker" does not put
        Fidel Castro in the lede, nor a "Clinton-era law" Bill Clinton."""
        if not self.lede_text:
            return bool(content_words(name) & self.lede_words)
        return bool(_standalone(name).search(self.lede_text))

    def names_in_title(self, name: str) -> bool:
        """Whether the headline names someone by this surname, not as part of a compound word."""
        return bool(_standalone(name).search(self.title))

    @cached_property
    def about_an_organisation(self) -> bool:
        """Whether an organisation is named more often than any person (a company's results)."""
        people = max((self.weight(p) for p in self.mentions | self.quotes), default=0)
        return max(self.organisations.values(), default=0) > people

    def weight(self, person: str) -> int:
        """How often the article names or quotes a person, by full name or by surname alone (a
        deck may leave "Trump" unresolved when two of its articles name two Trumps)."""
        return sum(self.named_and_quoted(person))

    def named_and_quoted(self, person: str) -> tuple[int, int]:
        """(mentions, quotes) of a person, by full name or by surname alone."""
        keys = self._keys(person)
        return sum(self.mentions[k] for k in keys), sum(self.quotes[k] for k in keys)

    def _keys(self, person: str) -> list[str]:
        """The names that count for a person: the full name and the surname alone."""
        last = surname(person)
        return [person] + ([last] if last and last != person else [])

    @cached_property
    def _surnames(self) -> list[tuple[float, _Literal]]:
        """(centrality, pattern of the surname) of each person, the most central first."""
        found = []
        for person in self.mentions | self.quotes:
            last = surname(person)
            if last:
                found.append((self.centrality(person), _whole_word(last)))
        found.sort(key=lambda pair: -pair[0])
        return found

    def paragraph_share(self, person: str) -> float | None:
        """The share of the article's prose paragraphs that name, quote or refer to a person
        (by full name or surname; a resolved pronoun counts), or None when not counted."""
        if not self.prose_paragraphs:
            return None
        return min(1.0, max(self.paragraphs[k] for k in self._keys(person)) / self.prose_paragraphs)

    def centrality(self, person: str) -> float:
        """1 for the most mentioned person of the article, less for others (quotes count too),
        and less for everyone when an organisation is named more than any person."""
        weight = self.weight(person)
        top = self.main_actor_mentions
        return weight / top if top else 0.0

    def named_in(self, text: str) -> float:
        """The centrality of the most central person the text names (by surname)."""
        best = next((weight for weight, pattern in self._surnames if pattern.search(text)), 0.0)
        for weight, entity, pattern in self._entities:
            if weight <= best:
                break  # the most central first: nothing later can beat it
            if entity in text and pattern.search(text):
                best = weight
        return best

    @cached_property
    def _entities(self) -> list[tuple[float, str, _Literal]]:
        """(centrality, name, whole-word pattern) of each organisation or place named more than
        once, the most named first."""
        top = max(self.entities.values(), default=0)
        found = [
            (ENTITY_SHARE * count / top, entity, _whole_name(entity))
            for entity, count in self.entities.items()
            if count > 1
        ]
        found.sort(key=lambda triple: (-triple[0], triple[1]))
        return found


@lru_cache(maxsize=16384)  # made once per deck, not once per article
def _whole_word(word: str) -> _Literal:
    """``re.compile(rf"\\b{re.escape(word)}\\b")``, as far as ``search`` tells."""
    return _Literal(word, _word_boundary, _word_boundary)


@lru_cache(maxsize=16384)
def _standalone(name: str) -> _Literal:
    """A name as a word of its own, possessive or plural too, not inside a hyphenated compound:
    ``re.compile(rf"(?<![\\w-]){re.escape(name)}(?:['’]s|s)?(?![\\w-])")``."""
    return _Literal(name, _no_word_or_hyphen_before, _no_word_or_hyphen_after_suffix)


@lru_cache(maxsize=16384)
def _whole_name(name: str) -> _Literal:
    """``re.compile(rf"(?<!\\w){re.escape(name)}(?!\\w)")``."""
    return _Literal(name, _no_word_before, _no_word_after)


class _Literal:
    """A literal with a test of the text on each side, for ``search`` alone: the regexes above
    as ``str.find`` and a look at the neighbouring characters. A deck names thousands of people
    and places; compiling a pattern for each (re's own cache holds 512) cost more than the
    searches."""

    def __init__(self, literal: str, before, after):
        self.literal, self.before, self.after = literal, before, after

    def search(self, text: str) -> bool:
        at = text.find(self.literal)  # every start, as re tries them ("" too: at each position)
        while at >= 0:
            if self.before(text, at) and self.after(text, at + len(self.literal)):
                return True
            at = text.find(self.literal, at + 1)
        return False


def _is_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` is what re's ``\\w`` matches (a letter, digit or underscore)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _word_or_hyphen(text: str, at: int) -> bool:
    return _is_word(text, at) or (0 <= at < len(text) and text[at] == "-")


def _word_boundary(text: str, at: int) -> bool:
    return _is_word(text, at - 1) != _is_word(text, at)


def _no_word_before(text: str, at: int) -> bool:
    return not _is_word(text, at - 1)


def _no_word_after(text: str, at: int) -> bool:
    return not _is_word(text, at)


def _no_word_or_hyphen_before(text: str, at: int) -> bool:
    return not _word_or_hyphen(text, at - 1)


def _no_word_or_hyphen_after_suffix(text: str, at: int) -> bool:
    """Nothing of a word after the end, after "'s", "’s" or "s" there or right at it."""
    ends = [at]
    if text.startswith(("'s", "’s"), at):
        ends.insert(0, at + 2)
    elif text.startswith("s", at):
        ends.insert(0, at + 1)
    return any(not _word_or_hyphen(text, end) for end in ends)


def prose_blocks(blocks: Sequence) -> list:
    """The body's prose paragraphs (a sentence or more), the unit a person's presence is counted in."""
    return [b for b in blocks if b.kind == "text" and len(b.text.split()) >= 3]


def paragraph_mentions(blocks: Sequence, named: Iterable[tuple[str, int]]) -> Counter:
    """How many prose paragraphs name each person: ``named`` holds (person, offset) of each
    mention, quote or resolved pronoun; a person named thrice in one paragraph counts once."""
    spans = sorted((b.start, b.end) for b in prose_blocks(blocks))
    starts = [start for start, _ in spans]
    seen: dict[tuple[str, int], None] = {}  # not a set: the counter's order is the same every run
    for person, offset in named:
        index = bisect_right(starts, offset) - 1  # the paragraph starting last at or before it
        if index >= 0 and offset < spans[index][1]:
            seen[person, index] = None
    return Counter(person for person, _ in seen)


def lede_end(blocks: Sequence, paragraphs: int = LEDE_PARAGRAPHS, *, title: str = "") -> int:
    """Where the lede ends: after the first ``paragraphs`` prose blocks of a sentence or more. A
    block that repeats the headline (many pages open their body on it) is not one of them."""
    seen = 0
    headline = content_words(title)
    for block in blocks:
        if block.kind == "text" and len(block.text.split()) >= 8:
            if headline and content_words(block.text) <= headline:
                continue
            seen += 1
            if seen == paragraphs:
                return block.end
    return blocks[-1].end if blocks else 0


def importance(item, signals: dict[str, ArticleSignals]) -> float:
    """The item's importance, 0–1: the best over the articles that report it."""
    best = 0.0
    for signal in item_signals(item, signals):
        score = sum(WEIGHTS[name] * signal[name] for name in WEIGHTS)
        if item.kind == "date":
            score *= 0.4 + 0.6 * signal["content"]  # a background year stays in the background
        elif "reverse" in item.tags:
            score *= REVERSE_FACTOR  # "Who was the X?" asks the same fact first
        elif "lede-blank" in item.tags:
            score *= LEDE_BLANK_FACTOR
        elif signal["aside"]:
            score *= ASIDE_FACTOR
        if signal["trivia"]:
            score *= TRIVIA_FACTOR
        best = max(best, score)
    return round(min(1.0, best), 2)


def item_signals(item, signals: dict[str, ArticleSignals]) -> list[dict[str, float]]:
    """Each signal of ``WEIGHTS`` (0–1) and the ``aside`` and ``trivia`` flags (0 or 1), once
    per article that reports the item."""
    sources = sorted({e.source for e in item.evidence})
    reports = min(1.0, (len(sources) - 1) / 2)
    trivia = 1.0 if trivia_kind(item) else 0.0
    out = []
    for source in sources:
        art = signals.get(source)
        if art is None:
            continue
        spans = [e for e in item.evidence if e.source == source]
        start = min(e.start for e in spans)
        text = " ".join(e.text for e in spans)
        words = {_fold(w) for w in re.findall(r"[A-Za-z]{3,}", item.question + " " + item.answer)}
        person, content = _person_and_content(item, art, text, start)
        in_lede = start < art.lede_end
        if item.kind == "date" and in_lede and _ahead(item.value, art):
            content = max(content, LEDE_TIME_CONTENT)  # "to cure the disease by 2025": the lede's target
        # A day or year of the past the story recalls after its lede is background: trivia.
        background = item.kind == "date" and content <= BACKGROUND_DATE and not in_lede
        out.append(
            {
                "position": 1.0 if in_lede else max(0.0, 0.7 * (1 - start / max(art.length, 1))),
                "title": min(len(words & art.title_words), MAX_TITLE_BONUS) / MAX_TITLE_BONUS,
                "lede": min(len(content_words(text) & art.lede_words), LEDE_SHARED_FULL) / LEDE_SHARED_FULL,
                "person": person,
                "content": content,
                "reports": reports,
                "aside": 1.0 if is_aside(item, art, start) else 0.0,
                "trivia": 1.0 if trivia or background or _spoken_on(item, art, spans) else 0.0,
            }
        )
    return out


def headline_answered(items: list, signals: dict[str, ArticleSignals]) -> list:
    """``items`` with each "who" card whose answer its story's headline names ranked lower
    (``HEADLINE_ANSWER_FACTOR``): the headline gives it away, and readers judged such cards
    ("President ____'s frustration with Jeff Sessions" under a headline naming Trump, j251) not
    worth learning. Done after the cards of a sentence are chosen (``siblings``): a sentence's
    other name, which would take its place, is as often as guessable ("central and eastern
    ____" → "Europe" for "Hungary's accession to ____" → "NATO"); only the order changes."""
    out = []
    for item in items:
        arts = [signals[s] for s in sorted({e.source for e in item.evidence}) if s in signals]
        if arts and all(_headline_answers(item, art) for art in arts):
            item = item.model_copy(update={"importance": round((item.importance or 0.0) * HEADLINE_ANSWER_FACTOR, 2)})
        out.append(item)
    return out


def _headline_answers(item, art: ArticleSignals) -> bool:
    """Whether an event card asks "who" and the story's headline names its answer, by the name
    as the card writes it (a leading "the" aside) or a person's surname: "____ attacked … Mitt
    Romney" → "Donald Trump" under "Blistering attacks upend Trump's pivot"."""
    if item.kind != "event" or getattr(item, "asks", None) != "who" or not art.title:
        return False
    answer = re.sub(r"^the\s+", "", item.answer, flags=re.IGNORECASE)
    forms = {answer}
    words = answer.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        forms.add(surname(answer))  # "Donald Trump" → "Trump"
    return any(len(form) > 2 and art.names_in_title(form) for form in forms)


def _spoken_on(item, art: ArticleSignals, spans) -> bool:
    """Whether a date card's date is, wherever this article gives it, the day someone spoke: the
    parse's occasion "remark" (``DateFact.occasion``: "said on ____", "in an interview in ____")."""
    if item.kind != "date":
        return False
    read = {
        occasion
        for at, value, occasion in art.date_occasions
        if value == item.value and occasion != MODIFIER and any(e.start <= at < e.end for e in spans)
    }
    return read == {"remark"}


def is_aside(item, art: ArticleSignals, start: int) -> bool:
    """A voice from outside the story, quoted after the lede and not named in the headline:
    a passer-by (no title) named and quoted once, or a commentator (an analyst, an economist,
    a strategist, a professor, a columnist) named and quoted at most twice. A commentator's
    person card ("____, an analyst at …") is an aside too; a passer-by's is not, for a person
    card without a title may name an actor of the story ("the bomber, a man named ____")."""
    name = {"quote": getattr(item, "answer", ""), "person": getattr(item, "person", "")}.get(item.kind)
    if not name or start < art.lede_end:
        return False
    last = surname(name)
    if last and art.names_in_title(last):
        return False
    weight = max(art.named_and_quoted(name))
    if is_commentator(item.role):
        return weight <= 2
    if item.kind == "person" or is_title(item.role):
        return False  # a senator speaking once is no passer-by ("a shopper in Springfield" is)
    return weight <= 1


def is_commentator(role: str | None) -> bool:
    """Whether a role is an outside voice's ("Salomon Brothers analyst", "Republican strategist")."""
    if not role:
        return False
    words = set(re.findall(r"[a-z]+", role.lower()))
    return bool(words & COMMENTATOR_WORDS) or role_family(role) in COMMENTATORS


def is_title(role: str | None) -> bool:
    """Whether a role is an office or a profession ("Ohio governor", "pollster"), not a
    description of a passer-by ("shopper in Springfield", "a mother of two")."""
    if not role:
        return False
    words = set(re.findall(r"[a-z]+", role.lower()))
    return bool(words & ROLE_WORDS) or role_family(role) is not None


def _person_and_content(item, art: ArticleSignals, text: str, start: int) -> tuple[float, float]:
    """(how central the item's person is, how much its kind of fact matters) in one article."""
    if item.kind == "quote":
        person = art.centrality(item.answer)
        return person, 0.6 + 0.4 * min(1.0, art.quotes[item.answer] / 3)
    if item.kind == "person":
        person = art.centrality(item.person)
        return person, 0.4 + 0.6 * person
    if item.kind == "event":
        return event_weight(item, art)
    person = art.named_in(text)
    if item.kind == "number":
        if not MAIN_UNITS.search(f"{item.answer} {item.unit or ''}"):
            return person, 0.4
        return person, LESSER_CASUALTY_CONTENT if LESSER_CASUALTIES.search(item.unit or "") else 1.0
    return person, date_content(item, art)


LEDE_OBJECT_WEIGHT = 0.7
LEDE_BLANK_WEIGHT = 0.5
LEDE_BLANK_FACTOR = 0.7  # below the cards the readers' rules make, beside them when the story gives little else


def event_weight(item, art: ArticleSignals) -> tuple[float, float]:
    """(how central an event's actor is, how much the event matters): what happened is what a
    story is about, so an event counts like a main figure; its actor is central when the
    article names it often or in its headline (an organisation counts as a person would)."""
    actor = item.actor.removeprefix("the ")
    person = max(art.centrality(actor), art.named_in(actor))
    if re.search(rf"(?<!\w){re.escape(actor)}(?!\w)", art.title, re.IGNORECASE):
        person = max(person, 1.0)
    if "lede-blank" in item.tags:
        return max(person, 0.5), LEDE_BLANK_WEIGHT  # a learned guess at what a teacher asks: below what the readers read
    if "lede-object" in item.tags:
        return max(person, 0.5), LEDE_OBJECT_WEIGHT  # what a lede clause acted on: below a known act's "what"
    return max(person, 0.5), {"what": 1.0, "who": 0.9, "why": 0.8}[item.asks]


# The content score of a date the lede looks ahead to ("to cure the disease by 2025", "will
# succeed him Feb. 1"): the target of the lede's plan or schedule, not a year recalled.
LEDE_TIME_CONTENT = 0.5


def _ahead(value: str, art: ArticleSignals) -> bool:
    """Whether an ISO date (a year, a month or a day) lies after the publication date."""
    if art.published is None or not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value or ""):
        return False
    parts = [int(p) for p in value.split("-")]
    published = (art.published.year, art.published.month, art.published.day)[: len(parts)]
    return tuple(parts) > published


def date_content(item, art: ArticleSignals) -> float:
    """A date matters when it is the story's time; a background year or a modifier does not."""
    if MODIFYING_BLANK.search(item.question):
        return 0.0
    if art.published is None:
        return 0.5
    parts = [int(p) for p in item.value.split("-")]
    if len(parts) == 1:
        age = art.published.year - parts[0]
        return 0.5 if age == 0 else 0.3 if abs(age) == 1 else 0.05
    if len(parts) == 2:
        months = (art.published.year - parts[0]) * 12 + art.published.month - parts[1]
        return 0.6 if abs(months) <= 1 else 0.4 if abs(months) <= 6 else 0.15 if abs(months) <= 12 else 0.05
    days = abs((art.published - dt.date(*parts)).days)
    if days > 365:
        return 0.05  # a day of the past the story recalls ("September 11, 2001")
    return 0.7 if days <= 7 else 0.5 if days <= 31 else 0.3  # the story's day: asked, not first


def rank_and_limit(items: list, limit: int | None) -> list:
    """The ``limit`` most important items of each article (all of them without a limit)."""
    if limit is None:
        return items
    keep: set[str] = set()
    for its in group_by_article(items).values():
        for item in sorted(its, key=lambda i: (-(i.importance or 0.0), i.id))[:limit]:
            keep.add(item.id)
    return [i for i in items if i.id in keep]


def group_by_article(items: list) -> dict[str, list]:
    by_article: dict[str, list] = defaultdict(list)
    for item in items:
        for source in {e.source for e in item.evidence}:
            by_article[source].append(item)
    return by_article
