"""Words of a sentence that lean on the text before it, other than the subject pronouns and
organisation descriptions ``references`` resolves: "that year", "This was trickier",
"Neither", "each event", "the poll", "the primary", "the proposal", "the state".

A card that keeps one of them asks about something it does not say ("The poll's margin of
error was ____ points": which poll?). Each is a ``Reference``; most get no name, and
``items.wording`` then makes no card of their sentence. One kind gets a name: a definite
noun ("the primary") whose earlier mentions in the article all carry the same name before
them ("the New Hampshire primary", "Esselte's proposal") reads "[the New Hampshire primary]";
and one that repeats in fewer words the description the story introduced the noun with ("the
junk funds" after "the nation's junk-bond mutual funds", "the carbon tax" after "a new carbon
tax"; never a bare "the tax", which may stand for the last thing named) reads as that
description (``NounHistory.described_as``, strict head match). A name is given only then: a
wrong bracket is worse than no card.

- demonstratives: "that"/"those" + a noun, and "this"/"that" standing alone ("This was
  trickier"); "this year", "these days" (``constants.PRESENT_TIME_NOUNS``) point at the time
  of writing and stay, and so does one after a clause of its own sentence, which may hold
  what it points to ("Analysts predicted $4 a share, but those estimates …");
- quantifiers: "neither", "either", "both", "each" standing for members of a set ("Neither
  has said …"), unless the phrase names them ("neither Graham nor Pataki" is a preconj);
- connectives: "And", "But", "Also" opening the sentence tie it to the one before; when the
  clause after them stands alone (its own subject before its verb, no "so did" ellipsis) the
  connective is dropped ("But the court was …" → "The court was …", ``name == ""``), else
  the card is not made ("And so did the bank.");
- definite nouns: "the" + a common noun with nothing after it that says which (no "of …",
  no relative clause, no name among its modifiers), whose noun the article used before or
  that news writes for something named before (``constants.BRIDGING_NOUNS``), unless the
  sentence names something before it that it can stand for (an organisation, a place; never a
  country acting in a contest's clause: "Canada … gaining 16 percent of the vote"); "the
  respondents" stay unnamed even with a clause on their views (which poll?).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.constants import (
    ACT_NOUNS,
    ADDITIVE_ADVERBS,
    ANAPHORIC_ROLES,
    BRIDGING_NOUNS,
    COMPARISON_WORDS,
    CONTEST_NOUNS,
    DEMONSTRATIVES,
    DISCOURSE_ADVERBIALS,
    DISCOURSE_CONNECTIVES,
    EPITHET_ROLES,
    GOAL_OBJECT_VERBS,
    INDEFINITE_SUBJECTS,
    LABEL_NOUNS,
    ORG_HEAD_NOUNS,
    PARTY_WORDS,
    PERIOD_ACCOUNT_NOUNS,
    PERIOD_NOUNS,
    PERSON_NOUNS,
    POLLED_NOUNS,
    PRESENT_TIME_NOUNS,
    RELATING_ADJECTIVES,
    REPORTING_VERBS,
    RESULT_CONNECTIVES,
    SELF_EVIDENT_NOUNS,
    SET_QUANTIFIERS,
    SPAN_NOUNS,
    WEEKDAY_NAMES,
)
from quizgen.extract.act_owners import OWNED_ACT_NOUNS, ActOwners
from quizgen.extract.dates import SPLIT_YEAR, compared_with_its_own_month, resolve_month, tense_of
from quizgen.facts.records import Reference
from quizgen.ingest.articles import MONTHS
from quizgen.nlp import verb_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Entities that can be what a definite noun refers back to within its own sentence
# ("Ohio … the state", "Esselte … the proposal").
_ANTECEDENT_LABELS = frozenset(
    ["ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "LAW", "PRODUCT", "WORK_OF_ART"]
)
_NAME_LABELS = _ANTECEDENT_LABELS | {"PERSON"}
# Names of places and peoples: what "the state" stands for, never what "the vote" does.
_PLACE_LABELS = frozenset(["GPE", "LOC", "NORP", "FAC"])
# What an act ("the move", "the acquisition") can stand for among names: an event or a law.
_ACT_ANTECEDENT_LABELS = frozenset(["EVENT", "LAW"])
# Nouns for a person ("the boy", "the governor", "the billionaire businessman"): with "the" and
# nothing after them that says who, they stand for someone the text before named.
_PERSON_HEADS = PERSON_NOUNS | ANAPHORIC_ROLES | LABEL_NOUNS | EPITHET_ROLES
# Modifiers that say which one a noun means ("the bank of Japan", "the plan that …").
_RESTRICTIVE = frozenset(["relcl", "acl", "appos", "poss", "nmod", "nummod"])
_ARGUMENT_DEPS = frozenset(
    ["nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "conj", "csubj"]
)


class NounHistory:
    """The common nouns an article has used so far, in order, each with the name written
    before it there, if any ("New Hampshire" of "the New Hampshire primary")."""

    def __init__(self) -> None:
        # Per noun lemma: every name written before it so far, and its nearest named use (name,
        # tag) when no unnamed "a …"/"the new …" use came after it — kept as the text is read, so
        # asking costs the same however often an article repeats the noun.
        self._names: dict[str, set[str]] = {}
        self._nearest: dict[str, tuple[str, str] | None] = {}
        self._verbs: set[str] = set()  # "appointed" before "the appointment"
        self.owners = ActOwners()  # "Equus offered …" before "the offer"
        self._sentences = 0  # the sentences added so far
        self._kinds: dict[str, int] = {}  # a plural noun's last use narrowed by a noun before it ("hospitality tickets"), by sentence
        # Per noun lemma: the descriptions written before (``Description``), for a shorter
        # "the …" of the same noun to be named by the one it repeats (``described_as``).
        self._descriptions: dict[str, list[Description]] = {}
        # Nouns written before with a kind of their own and no name ("the eurobond market", "the
        # sterling straight market"): the text has told several apart, so the one named ("the
        # U.S. Bond market") is not the only one "the market" can mean (j136).
        self._unnamed_kinds: set[str] = set()

    def add(self, sent: Span, resolved: Mapping[int, str | None] | None = None) -> None:
        self.owners.add(sent, resolved or {})
        for tok in sent:
            if tok.pos_ == "VERB":
                self._verbs.add(tok.lemma_.lower())
            if tok.pos_ == "NOUN":
                name = naming_modifier(tok) or naming_complement(tok)
                if name and (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
                    name = _UNCLEAN  # "junk bonds, preferred stock and Treasury securities": one of several
                # "a resort", "the new resort": maybe another one than the one named before
                new = not any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children
                ) or (
                    not name
                    and any(
                        (c.dep_ in ("amod", "compound", "nummod") and c.i < tok.i) or c.dep_ in ("poss", "prep")
                        for c in tok.children
                    )
                )  # "his trip to Washington" after "her Soviet trip" (j110): another owner's, another one
                lemma = tok.lemma_.lower()
                names = self._names.setdefault(lemma, set())
                if not name and any(c.dep_ in ("amod", "compound") and c.i < tok.i and c.pos_ in ("NOUN", "ADJ") for c in tok.children):
                    self._unnamed_kinds.add(lemma)  # "the eurobond market": one of several the text tells apart
                if name:
                    names.add(name)
                    self._nearest[lemma] = (name, tok.tag_)
                elif new or lemma not in self._nearest:
                    self._nearest[lemma] = None
                if tok.tag_ == "NNS" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i for c in tok.children):
                    self._kinds[lemma] = self._sentences
                description = describing_phrase(tok)
                first = lemma not in self._descriptions
                known = self._descriptions.get(lemma, [])
                if description is not None and (first or known) and not any(
                    d.tag == description.tag and description.words <= d.words for d in known
                ):  # "the junk funds" repeating "the nation's junk-bond mutual funds" is no other description
                    self._descriptions.setdefault(lemma, []).append(description)
                elif first:
                    self._descriptions[lemma] = []  # first written bare ("funds"): no description names it
        self._sentences += 1

    def described_as(self, tok: Token, modifiers: list[Token]) -> str | None:
        """The one earlier description "the … ``tok``" repeats in fewer words, as the text
        wrote it ("the nation's junk-bond mutual funds" for "the junk funds"), or None. The
        noun's first use must be a description: a story that first writes it bare
        ("funds") may mean any.

        Strict head match, as coreference's head-matching sieve reads it (Lee et al. 2013,
        "Deterministic coreference resolution based on entity-centric, precision-ranked
        rules"): the same noun in the same number, every word of the shorter mention's
        modifiers among the earlier description's words, and the earlier one saying more. Two
        different descriptions it fits are two things it may mean: no name."""
        wanted = {w for m in modifiers for t in m.subtree for w in _pieces(t)} | _pieces(tok)
        fits = {
            d.text
            for d in self._descriptions.get(tok.lemma_.lower(), ())
            if d.tag == tok.tag_ and wanted <= d.words and len(d.words) > len(wanted)
        }
        return next(iter(fits)) if len(fits) == 1 else None

    def narrowed_just_before(self, lemma: str) -> bool:
        """Whether the sentence just before wrote the plural noun narrowed to a kind by a noun
        before it ("170,000 hospitality tickets"): "the tickets" next mean that set."""
        return self._kinds.get(lemma) == self._sentences - 1

    def mentioned(self, lemma: str) -> bool:
        return lemma in self._nearest

    def acted(self, lemma: str) -> bool:
        """Whether the noun names an act a verb before it told of ("the appointment" after
        "named … appointed", "the projection" after "projected", "the slaying" after "slew")."""
        return any(verb in self._verbs for verb in _verbs_of(lemma))

    def name_for(self, lemma: str, tag: str) -> str | None:
        """The name of the one thing the article's earlier uses of the noun can mean: the
        nearest named use, when no unnamed "a …" or "the new …" came after it (maybe another
        one), no other name was ever written before the noun, nor a kind of it without a name
        ("the eurobond market" before "the U.S. Bond market"), and it agrees in number ("the primaries" are not
        "the California primary"); else None."""
        nearest = self._nearest.get(lemma)
        if len(self._names.get(lemma, ())) != 1 or nearest is None:
            return None  # several names, none, or "the new resort" after "the Desert Inn resort"
        if lemma in self._unnamed_kinds:
            return None  # "the eurobond market … the U.S. Bond market …. The market was boosted"
        name, used_tag = nearest
        return name if used_tag == tag and name != _UNCLEAN else None


# Prepositions whose object, a name, says which act a noun means ("its acquisition of CVN
# Cos.", "an offer for Telerate shares", "the attack on the Nairobi embassy").
_ACT_COMPLEMENTS = frozenset(["of", "for", "on", "against"])
_COMPLEMENT_WORDS = 8  # a longer phrase is no short name for the act
COMPLEMENT = "\ue002"  # opens a name written after its noun: "[the acquisition of CVN Cos.]"


def naming_complement(tok: Token) -> str:
    """The phrase after a noun of an act that names what the act is on ("of CVN Cos." of "its
    acquisition of CVN Cos."), marked ``COMPLEMENT``; "" if there is none. Only one such
    preposition, of a few words, whose object holds a name and nothing the card would need
    named again (a pronoun, a clause); never for a noun that is no act."""
    lemma = tok.lemma_.lower()
    if not (lemma in ACT_NOUNS or names_an_act(lemma)):
        return ""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
    if len(preps) != 1 or preps[0].lower_ not in _ACT_COMPLEMENTS or preps[0].i != tok.i + 1:
        return ""
    words = list(preps[0].subtree)
    if len(words) > _COMPLEMENT_WORDS or not any(_is_name(t) for t in words[1:]):
        return ""
    if any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.dep_ in ("relcl", "acl", "conj") or t.is_punct and t.text != "." for t in words):
        return ""  # "of its unit", "for shares that …", "of A and B": not one short name
    shown = [t for t in words if not t.is_space]  # a paragraph break the parse hung on the phrase
    text = tok.doc[shown[0].i : shown[-1].i + 1].text
    return COMPLEMENT + text


# Endings that make a noun of a verb ("appointment", "projection", "slaying", "approval").
_NOMINAL_ENDINGS = ("ment", "ation", "ion", "ing", "al", "ure")


def _verbs_of(noun: str, endings: tuple[str, ...] = _NOMINAL_ENDINGS) -> set[str]:
    """The verbs a noun may be made from by an ending or none ("projection" → "project",
    "closure" → "close", "gain" → "gain")."""
    verbs = {noun}
    for ending in endings:
        stem = noun.removesuffix(ending)
        if stem != noun and len(stem) >= 3:
            verbs |= {stem, stem + "e"}
    return verbs


def names_an_act(noun: str) -> bool:
    """Whether a noun is made from a verb by an ending ("revelation", "announcement",
    "approval", "disclosure"): with "the" and nothing that says which, it points back at an act
    the text told before, in whatever words ("The revelation … comes at a time when …").
    The verbs are WordNet's, as the pipeline's lemmatizer ships them (``nlp.verb_lemmas``).

    >>> names_an_act("announcement"), names_an_act("country")
    (True, False)
    """
    verbs = verb_lemmas()
    return any(v != noun and v in verbs for v in _verbs_of(noun, _ACT_ENDINGS))


# Endings that make a noun of an act; not "-ing", whose nouns are as often things ("the
# building", "the housing").
_ACT_ENDINGS = ("ment", "ation", "ion", "al", "ure", "ance", "ence")


_UNCLEAN = "\ue001"  # a name cut badly ("a California Department of Transportation (Caltrans") or one of a list


def naming_modifier(tok: Token) -> str:
    """The name among a noun's modifiers before it ("New Hampshire" of "the New Hampshire
    primary", "Esselte's" of "Esselte's proposal"); "" if there is none."""
    named = [
        c
        for c in tok.children
        if c.i < tok.i and c.dep_ in ("compound", "amod", "poss", "nmod") and _is_name(c)
    ]
    if not named:
        return ""
    first, last = min(c.left_edge.i for c in named), max(c.right_edge.i for c in named)
    words = tok.doc[first : last + 1]
    if last + 1 != tok.i or any(
        not (_is_name(t) or t.tag_ == "POS" or t.lower_ in ("of", "&", "-")) for t in words
    ):
        return _UNCLEAN
    return words.text


@dataclass(frozen=True)
class Description:
    """A noun with the words before it that describe it, as written ("the nation's junk-bond
    mutual funds"): ``text`` with "the" for an indefinite article, ``words`` its content words
    (hyphened words also in their pieces), ``tag`` the noun's (its number)."""

    text: str
    words: frozenset[str]
    tag: str


_DESCRIBING_DEPS = frozenset(["det", "poss", "amod", "compound", "nmod", "punct", "case"])
_ARTICLES = frozenset(["the", "a", "an"])


def describing_phrase(tok: Token) -> Description | None:
    """The noun with its modifiers before it, when they describe it in common words and
    introduce it: at least one adjective or noun before it, opened by "a"/"an" ("a carbon
    tax"), holding a possessor ("the nation's junk-bond mutual funds") or naming its kind by a
    noun ("the unemployment rate"), no pronoun, number, quotation mark or clause among them.
    None otherwise (a bare noun, "its plan", "three countries", "this poll", and "the Canadian
    province", which itself points back)."""
    before = [c for c in tok.children if c.i < tok.i]
    if not any(c.dep_ in ("amod", "compound", "nmod") for c in before) or any(c.dep_ not in _DESCRIBING_DEPS for c in before):
        return None
    start = min(c.left_edge.i for c in before)
    words = tok.doc[start : tok.i + 1]
    if any(t.i != tok.i and not start <= t.head.i <= tok.i for t in words):
        return None  # a word hung on something outside the phrase: the parse's, not a description
    if any(t.pos_ in ("PRON", "NUM", "VERB", "AUX") or t.like_num or t.is_quote or t.is_space for t in words):
        return None
    if any(t.is_punct and t.text != "-" for t in words):
        return None
    first = words[0]
    if first.dep_ == "det" and first.lower_ not in _ARTICLES:
        return None  # "this poll", "some funds", "another plan": a pointer or a quantity
    owned = any(t.dep_ == "poss" for t in words)
    kind = first.lower_ == "the" and any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in before)
    if not (owned or kind or first.lower_ in ("a", "an")):
        return None  # "junk-bond funds": a kind of thing; "the Canadian province": itself points back
    text = words.text
    if first.lower_ in _ARTICLES:
        text = "the" + text[len(first.text) :]  # "A new poll", "The nation's funds" inside a sentence: "the …"
    content = {w for t in words if t.dep_ not in ("det", "case") and not t.is_punct for w in _pieces(t)}
    return Description(text=text, words=frozenset(content), tag=tok.tag_)


def _pieces(tok: Token) -> set[str]:
    """A word's lower-case form and, for a hyphened one, its pieces ("junk-bond": junk, bond)."""
    lower = tok.lower_
    return {lower, *lower.split("-")} - {"", "-"} if not tok.is_punct else set()


def _is_name(tok: Token) -> bool:
    """A word of a name, not of a date ("Monday's poll" says when, not which)."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_LABELS) and tok.ent_type_ not in (
        "DATE",
        "TIME",
    )


def context_reference(tok: Token, sent: Span, *, history: NounHistory) -> Reference | None:
    """The reference ``tok`` makes to the text before its sentence, if it makes one that
    ``references`` does not handle (see the module's docstring)."""
    lower = tok.lower_
    if lower in ADDITIVE_ADVERBS:
        return _additive(tok)
    if tok.lemma_ == "go" and tok.pos_ == "VERB":
        return _going_on(tok)
    if lower in DEMONSTRATIVES and (tok.tag_ == "DT" or tok.dep_ == "det"):
        return _demonstrative(tok)  # "adopted that approach": "that" is at times tagged a conjunction, its dep says determiner
    if lower in SET_QUANTIFIERS and tok.dep_ not in (
        "det",
        "preconj",
        "advmod",
        "npadvmod",
        "appos",
        "quantmod",
    ):
        return _quantifier(tok)
    if lower == "then":
        return _back_then(tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and (lower in INDEFINITE_SUBJECTS or _other_ones(tok)):
        return _indefinite_subject(tok)
    if (
        tok.dep_ in ("compound", "nmod") and lower in INDEFINITE_SUBJECTS
        and tok.head.dep_ in ("nsubj", "nsubjpass")
        and all(t.is_space for t in tok.doc[tok.head.left_edge.i : tok.i])  # the subject's first word
    ):
        # "Something rare happened Monday": the parse may make the adjective after the pronoun
        # the subject's head, the pronoun its compound; the subject still names nothing
        return None if _indefinite_subject(tok.head) is None else _unnamed(tok.head, tok.idx, "indefinite")
    if lower in COMPARISON_WORDS:
        return _compared(tok)
    if tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and tok.ent_type_ in ("", "DATE"):
        return _definite(tok, sent, history) or _latest_act(tok)  # "the quarter" is tagged a date
    return None


# Words that place an act among others the text told: "his latest action", "its newest move".
_LATEST = frozenset(["latest", "newest", "recent", "most-recent"])
_ACTS = ACT_NOUNS | {"action", "decision"}


def _latest_act(tok: Token) -> Reference | None:
    """An act its owner's pronoun and "latest" place among the acts told before ("His latest
    action raised concerns about chaos in insurance markets", j217): which act, the sentence
    before said; the card cannot."""
    if tok.lemma_.lower() not in _ACTS or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    latest = any(c.dep_ == "amod" and c.lower_ in _LATEST for c in tok.children)
    if not (owned and latest) or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in tok.children):
        return None
    start = min(c.idx for c in tok.children if c.dep_ == "amod")  # after the owner, which ``references`` names
    return _unnamed(tok, start, "thing")


# Words before "year", "month" or "week" that count from the time of writing: "this year" is that year.
_PERIOD_OFFSETS = {"this": 0, "last": -1, "next": 1}
# Words that say "at the time of writing" and nothing more: a count "right now" may be another
# count when the card is read, and the article's date does not say which instant it meant.
_NOW_WORDS = frozenset(["now"])
_NOW_MODIFIERS = frozenset(["right", "of", "until", "till", "by"])  # "right now", "as of now", "until now"


def relative_year(tok: Token, published: dt.date | None) -> Reference | None:
    """"this year", "last month", "next week" at ``tok`` (the determiner or adjective): the
    year, month or calendar week it means, counted from the article's date ("[2016]", "[in
    January 1998]", "[in the week of 15 February 2016]");
    without a date, a reference without a name (no card: "this year" on a card read later is
    another year). "Right now" is a reference without a name too: no date names an instant."""
    lower = tok.lower_
    if lower in _NOW_WORDS:
        return _right_now(tok)
    if lower not in _PERIOD_OFFSETS or tok.dep_ not in ("det", "amod", "nmod") or tok.i + 1 >= len(tok.doc):
        return None
    period = tok.doc[tok.i + 1]
    if period.lower_ not in ("year", "month", "week") or tok.head.i != period.i or any(
        c.i != tok.i and c.i < period.i and c.dep_ != "advmod" for c in period.children
    ):
        return None  # "the last year", "this fiscal year": not the calendar year of writing
    if any(c.dep_ in ("prep", "relcl", "acl") for c in period.children):
        return None  # "last year of his term"
    start, end = tok.idx, period.idx + len(period.text)
    if published is not None and period.lower_ == "week" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in WEEKDAY_NAMES:
        # "on Monday or Tuesday next week" (j72): the day's own bracket dates it; "[in the week
        # of …]" after it says it twice
        return Reference(text=tok.doc.text[start:end], start=start, end=end, name="", kind="year")
    offset = _PERIOD_OFFSETS[lower]
    earlier = _month_a_year_earlier(tok, published) if offset == -1 and period.lower_ == "year" else None
    if earlier is not None:  # "4.04 pct in December [1985]", never "[in 1985]": the month is written
        return Reference(text=tok.doc.text[start:end], start=start, end=end, name=str(earlier), kind="year")
    if published is None or (offset == -1 and period.lower_ == "year" and _a_year_earlier_period(tok)):
        name = None
    elif offset == 0 and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "earlier" and _first_day_of(published, period.lower_):
        name = None  # "earlier this month" in a story dated 1 April (j156): no day of April was earlier; filed in March
    elif period.lower_ == "year" and SPLIT_YEAR.search(tok.doc.text):
        name = None  # "in the financial year 1987/8, 39 pct more than this year's estimate" (j83): a fiscal year, not [1987]
    elif period.lower_ == "year":
        name = str(published.year + offset)
    elif period.lower_ == "week":
        monday = week_meant(published, offset, tense=_tense_at(tok, period))
        name = monday and f"the week of {monday.day} {calendar.month_name[monday.month]} {monday.year}"
    else:
        month = published.year * 12 + published.month - 1 + offset
        name = f"{calendar.month_name[month % 12 + 1]} {month // 12}"
    # "has since last month been negotiating" (j82): after a preposition the date takes none of
    # its own ("since [February 1987]", not "since [in February 1987]")
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    after_preposition = before is not None and before.lower_ in _TIME_PREPOSITIONS
    adverbial = period.dep_ in ("npadvmod", "tmod") and not after_preposition
    pair = _year_and_next(tok, period) if period.lower_ == "year" else None
    if pair is not None:
        # "four pct a year this year and next" (j78): both years, not "[in 1987] and next"
        other, end = pair
        years = sorted([published.year + offset, published.year + other]) if published is not None else None
        name = years and f"{'in ' if not after_preposition and (adverbial or period.head.pos_ != 'ADP') else ''}{years[0]} and {years[1]}"
        return Reference(text=tok.doc.text[start:end], start=start, end=end, name=name, kind="year")
    # "this week's convention" → "[the week of 18 July 2016]'s convention": a possessive names
    # the period itself, never "[in the week of …]'s"
    possessive = period.dep_ == "poss" or any(c.dep_ == "case" for c in period.children)
    if name and possessive and period.lower_ == "week":
        return _week_possessed(tok, period, name)
    if name and not possessive and not after_preposition and (adverbial or period.lower_ != "year" and period.head.pos_ != "ADP"):
        name = f"in {name}"  # "which last year accounted for …" → "which [in 1988] accounted for …"
    return Reference(text=tok.doc.text[start:end], start=start, end=end, name=name, kind="year")


def _first_day_of(published: dt.date, period: str) -> bool:
    """Whether the article's date is the first day of its year, month or (Monday to Sunday) week."""
    if period == "year":
        return (published.month, published.day) == (1, 1)
    if period == "month":
        return published.day == 1
    return published.weekday() == 0


# Prepositions a relative period may follow, the parse hanging the period on the verb anyway.
_TIME_PREPOSITIONS = frozenset(["since", "until", "till", "from", "by", "before", "after", "through", "during", "in", "of", "for"])


def _year_and_next(tok: Token, period: Token) -> tuple[int, int] | None:
    """The offset and end of a second year the phrase runs on to without repeating "year"
    ("this year and next", "last year or this"), or None."""
    doc = period.doc
    if period.i + 2 >= len(doc) or doc[period.i + 1].lower_ not in ("and", "or", "to"):
        return None
    second = doc[period.i + 2]
    if second.lower_ not in _PERIOD_OFFSETS or second.lower_ == tok.lower_:
        return None
    if second.i + 1 < len(doc) and doc[second.i + 1].lower_ in ("year", "years", "month", "week", "'s", "’s"):
        return None  # "this year and next year": each names its own year
    return _PERIOD_OFFSETS[second.lower_], second.idx + len(second.text)


# A span of accounts shorter than a year: "the third quarter", "the latest period", "the first
# nine months", "the first half".
_SUB_YEAR_PERIOD = re.compile(
    r"\b(?:quarters?|quarterly|period|(?:first|second) half|(?:three|six|nine|3|6|9)[ -]months?)\b", re.IGNORECASE
)
# Words that set one figure against another, the figure compared standing just before "last
# year": "compared with a loss of $3 million last year", "up from 633.8 million francs last year".
_COMPARING = re.compile(r"\b(?:compared|from|than|versus|vs\.|against)\b[^,;]{0,40}\d[^,;]{0,25}$", re.IGNORECASE)


def _month_a_year_earlier(tok: Token, published: dt.date | None) -> int | None:
    """The year of "last year" at ``tok`` when it follows a month its sentence also names bare
    ("in December … in December last year", j97): the year before the latest such month (1985
    in a story of February 1987, not 1986); None otherwise, or when the month is too far back
    to place."""
    month = tok.doc[tok.i - 1] if tok.i > 0 else None
    if published is None or month is None or month.lower_.rstrip(".") not in MONTHS:
        return None
    if not compared_with_its_own_month(tok.sent.text, month.text):
        return None
    latest = resolve_month(MONTHS[month.lower_.rstrip(".")], published, "past")
    return latest[0] - 1 if latest else None


def _a_year_earlier_period(tok: Token) -> bool:
    """Whether "last year" at ``tok`` means the same span of accounts a year before, not the
    calendar year: its sentence names a period shorter than a year ("U.K. sales for last year's
    quarter", "Sales in the latest period were $1.76 billion, up from last year's $1.55
    billion"), or it is what a figure is compared with in an article that reports a quarter
    ("posted earnings of $24 million, compared with a loss of $3 million last year"), or it
    dates accounts ("Last year's results were hurt by …", "Last year, it earned …") after
    sentences whose nearest period is shorter than a year ("… in the quarter ended Sept. 30 …
    The latest period includes …"; not after "… for the full year"). "[1988]'s quarter" or
    "[1988]'s results" would be false of these, and the card shows no other year."""
    sent = tok.sent
    if _SUB_YEAR_PERIOD.search(sent.text):
        return True
    before = tok.doc.text[sent.start_char : tok.idx]
    if _COMPARING.search(before) and _SUB_YEAR_PERIOD.search(tok.doc.text[: sent.start_char]) is not None:
        return True
    return _dates_accounts(sent) and _period_before(sent) == "sub-year"


# A whole year of accounts named: "for the full year", "the fiscal year", "the year ended Sept. 30".
_FULL_YEAR = re.compile(r"\b(?:full|fiscal|whole|entire)[ -]year\b|\bfor the year\b|\byear ended\b", re.IGNORECASE)
_PERIOD_BACK = 3  # sentences before "last year" read for the period in scope


def _dates_accounts(sent: Span) -> bool:
    """Whether a sentence reports accounts: a flow of accounts as a noun ("results", "net",
    "sales": ``PERIOD_ACCOUNT_NOUNS``) or the verb "earn"."""
    return any(t.lower_ in PERIOD_ACCOUNT_NOUNS or t.lemma_.lower() in PERIOD_ACCOUNT_NOUNS or t.lemma_.lower() == "earn" for t in sent)


def _period_before(sent: Span) -> str | None:
    """The period the nearest of the few sentences before ``sent`` names: "sub-year" (a
    quarter, a half, nine months, "the latest period"), "year" (a full or fiscal year), or None."""
    doc = sent.doc
    current = sent
    for _ in range(_PERIOD_BACK):
        if current.start == 0:
            return None
        current = doc[current.start - 1].sent
        if _FULL_YEAR.search(current.text):
            return "year"
        if _SUB_YEAR_PERIOD.search(current.text):
            return "sub-year"
    return None


def week_meant(published: dt.date, offset: int, *, tense: str = "unknown") -> dt.date | None:
    """The Monday of the calendar week "last week" (-1), "this week" (0) or "next week" (1)
    means in an article of ``published``; None when a reader cannot tell.

    Weeks run Monday to Sunday, but a newspaper's week ends on Saturday: in a Sunday
    article "last week" is the week that ended the day before (TimeBank dates it so), and
    "this week" the days just gone when its clause is past ("announced earlier this week"),
    the week that starts the next day when it is future ("the convention will open this
    week"), and either otherwise: no name. A Sunday's "next week" may be either of the two
    weeks ahead: no name. A Saturday's "this week" ahead ("will meet … later this week") is the
    coming week too.

    >>> week_meant(dt.date(1998, 3, 22), -1)  # a Sunday
    datetime.date(1998, 3, 16)
    """
    monday = published - dt.timedelta(days=published.weekday())
    if published.weekday() == 5 and offset == 0 and tense == "future":
        # "will likely meet … later this week" in a Saturday's story (j252): the days ahead of a
        # Saturday are the next week's (its own has only the Sunday left)
        return monday + dt.timedelta(weeks=1)
    if published.weekday() != 6:
        return monday + dt.timedelta(weeks=offset)
    if offset == -1 or (offset == 0 and tense == "past"):
        return monday
    if offset == 0 and tense == "future":
        return monday + dt.timedelta(weeks=1)
    return None


def _tense_at(tok: Token, period: Token) -> str:
    """Past or future for "this week" at ``tok``: "earlier"/"later" before it say so, else the
    tense of the verb that governs it."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if before in ("earlier", "later"):
        return "past" if before == "earlier" else "future"
    return tense_of([period])


def _name_set_off_before_its_noun(name: Token) -> bool:
    """Whether a name is followed by its short form between commas and then a common noun it
    modifies ("International Coffee Organisation, ICO, talks"), not by an aside ("the Super
    Bowl, the biggest game of …")."""
    doc = name.doc
    i = name.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ","), None)
    if close is None or close + 1 >= len(doc):
        return False
    noun = doc[close + 1]
    return noun.pos_ == "NOUN" and noun.text.islower() and all(t.pos_ == "PROPN" for t in doc[i + 1 : close])


def _week_possessed(tok: Token, period: Token, name: str) -> Reference:
    """"last week's talks" → "[the talks of the week of 4 May 1998]": "the week of …" takes no
    "'s" a reader would write, so the possessed noun phrase goes after it with "of"; a phrase
    the parse does not close (no noun after the "'s") is left without a name (no card)."""
    doc = tok.doc
    case = next((c for c in period.children if c.dep_ == "case"), None)
    owned = period.head
    start = tok.idx
    if case is None or owned.i <= case.i or owned.pos_ not in ("NOUN", "PROPN"):
        end = (case or period).idx + len((case or period).text)
        return Reference(text=doc.text[start:end], start=start, end=end, name=None, kind="year")
    words = doc[case.i + 1 : owned.i + 1]
    end = owned.idx + len(owned.text)
    if owned.pos_ == "PROPN" and _name_set_off_before_its_noun(owned):
        # "last week's International Coffee Organisation, ICO, talks" (j146): a name set off by a
        # comma modifies a noun after it, whose week it is; the parse ended the phrase on the name
        return Reference(text=doc.text[start:end], start=start, end=end, name=None, kind="year")
    if any(not (case.i < t.head.i <= owned.i) for t in words if t.i != owned.i):
        return Reference(text=doc.text[start:end], start=start, end=end, name=None, kind="year")
    return Reference(text=doc.text[start:end], start=start, end=end, name=f"the {words.text} of {name}", kind="year")


def _right_now(tok: Token) -> Reference | None:
    """"right now", "as of now", "for now" standing for the time of writing as an adverbial
    (not "now" of a sequence: "now that …", "is now a member" keeps the present of the story)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.lower_ not in _NOW_MODIFIERS or before.sent != tok.sent:
        return None  # a bare "now" tells the order of events, not a count's instant
    start = before.idx
    end = tok.idx + len(tok.text)
    return Reference(text=tok.doc.text[start:end], start=start, end=end, name=None, kind="time")


# The writer's or an interviewee's own words outside quotation marks (a column, a Q&A's answers);
# "we", "our" there are the outlet or its writers ("we have asked 30 experts to rank …").
_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"])


def first_person(tok: Token) -> Reference | None:
    """"I", "my", "we", "our" outside quotation marks: whoever wrote or answered, which a card
    read alone does not say ("I got ____ in tax increases" in an interview's answer, "we have
    asked ____ experts" in a paper's own ranking). A reference without
    a name (no card); inside quotation marks the quotation's speaker says who."""
    if tok.lower_ not in _FIRST_PERSON or tok.tag_ not in ("PRP", "PRP$"):
        return None
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if tok.ent_type_ or (tok.is_title and (not tok.is_sent_start or (after is not None and after.pos_ == "PROPN" and after.is_title))):
        return None  # "Our Principles PAC", "the Our Revolution group": a word of a name
    return _unnamed(tok, tok.idx, "first_person")


# Comparatives that stand for the subject a writer left out ("and more call themselves conservative").
_COMPARATIVE_SUBJECTS = frozenset(["more", "fewer", "most"])
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])


def elided_subject(tok: Token) -> Reference | None:
    """"more" before a verb with no subject of its own — "40 percent say they are liberal, and
    more call themselves conservative": more of whom? The parse hangs "more" on the verb as an
    adverb and gives the verb no subject; the card alone cannot say who. A reference without a
    name (no card)."""
    verb = tok.head
    if tok.lower_ not in _COMPARATIVE_SUBJECTS or tok.dep_ != "advmod" or verb.i <= tok.i:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBG", "VBN", "TO"):
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return None  # "Voters more often call …", "as more is said": the subject is there
    if any(t.pos_ not in ("ADV", "PUNCT") for t in tok.doc[tok.i + 1 : verb.i]):
        return None
    return _unnamed(tok, tok.idx, "elided")


def dateline_here(tok: Token, place: str | None) -> Reference | None:
    """"here" in a reporter's words: the place of the dateline ("Orban said here Friday" →
    "Orban said [in Budapest] Friday", "arrived from here" → "from [Budapest]"); without a
    dateline, left out where it only adds where (name "") and else a reference without a name
    (no card: "here" on a card is nowhere). "Here is …" opening a sentence points at what
    follows, not at a place. A verb whose goal is its object ("reports reaching here from …")
    takes the place itself ("reaching [Baghdad]") and leans on a "here" with no dateline."""
    if tok.lower_ != "here" or tok.text == "Here" or tok.pos_ != "ADV":
        return None
    start, end = tok.idx, tok.idx + len(tok.text)
    goal = _goal_of_its_verb(tok)
    if place is None:
        # No dateline: a "here" that only adds where ("told delegates here that …") is left
        # out; one the sentence leans on ("from here", "officials here and at …") is unnamed.
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        leaned_on = (
            tok.dep_ != "advmod"
            or tok.head.pos_ not in ("VERB", "NOUN", "PROPN")
            or any(c.dep_ in ("cc", "conj") for c in tok.children)
            or (after is not None and after.dep_ in ("cc", "conj"))  # "officials here and at …"
            or goal
        )
        name = None if leaned_on else ""
    elif tok.head.pos_ == "ADP" or tok.dep_ in ("pobj", "pcomp") or goal:
        name = place  # "from here", "reaching here"
    else:
        name = f"in {place}"
    return Reference(text=tok.text, start=start, end=end, name=name, kind="place")


def unplaced_there(tok: Token, sent: Span) -> Reference | None:
    """"there" as a place ("There are now about 1,400 U.S. troops there", j237) with no place
    named before it in its sentence: where, only the sentences before say, and on a card it points
    at nothing (a reference without a name: no card). "There is …" (an existential "there") and
    "went to Iraq and stayed there" (the place is named) are no such reference."""
    if tok.lower_ != "there" or tok.pos_ != "ADV" or tok.dep_ != "advmod":
        return None
    doc = tok.doc
    if any(doc[i].lower_ in ("and", "or", "then", "here", "over", "out", "in", "up", "down") for i in (tok.i - 1, tok.i + 1) if sent.start <= i < sent.end):
        return None  # "right then and there", "here and there", "over there", "out there": no place meant
    if any(e.label_ in ("GPE", "LOC", "FAC", "ORG") and e.end <= tok.i and e.root.dep_ not in _MODIFIER_DEPS for e in sent.ents):
        return None  # a place the sentence names as such, not one that only modifies a noun ("U.S. troops")
    if any(t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS and t.pos_ in ("NOUN", "PROPN") for t in doc[sent.start : tok.i]):
        return None  # "Next to the Carrier plant is a warehouse …, with salaries there …": the place is in the sentence
    return _unnamed(tok, tok.idx, "place")


_MODIFIER_DEPS = frozenset(["compound", "amod", "nmod", "poss"])
_PLACE_PREPOSITIONS = frozenset(["in", "at", "to", "from", "into", "inside", "near", "outside", "across", "within"])


def _goal_of_its_verb(tok: Token) -> bool:
    """Whether ``tok`` stands as the goal of a verb whose goal is its direct object
    (``GOAL_OBJECT_VERBS``: "reports reaching here", "the storm that hit here") — the verb has
    no object of its own ("reached the city here" has one)."""
    verb = tok.head
    return (
        tok.dep_ in ("advmod", "dobj")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in GOAL_OBJECT_VERBS
        and not any(c.dep_ in ("dobj", "attr", "oprd") and c is not tok for c in verb.children)
    )


def _unnamed(tok: Token, start: int, kind: str) -> Reference:
    end = tok.idx + len(tok.text)
    return Reference(text=tok.doc.text[start:end], start=start, end=end, name=None, kind=kind)


def _demonstrative(tok: Token) -> Reference | None:
    if _after_another_clause(tok) and _thing_before(tok):
        return (
            None  # "Analysts predicted $4 a share, but now those estimates …": the sentence's own
        )
    if tok.dep_ == "det":
        noun = tok.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i < tok.i:
            return None
        if tok.lower_ in ("this", "these") and (
            noun.lemma_.lower() in PRESENT_TIME_NOUNS or noun.lower_ in PRESENT_TIME_NOUNS
        ):
            return None  # "this year", "these days": the time of writing
        return _unnamed(noun, tok.idx, "demonstrative")
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.tag_ in ("WP", "WDT"):
        return None  # "those who oppose it": said by the words after it, however parsed
    if tok.dep_ not in _ARGUMENT_DEPS or any(
        c.dep_ in ("relcl", "acl", "prep") for c in tok.children
    ):
        return None  # "those who …", "twice that of its rival": the words after it say what
    return _unnamed(tok, tok.idx, "demonstrative")


def _additive(tok: Token) -> Reference | None:
    """"Smith also praised …", "Acme again raised …": the card shows one sentence, so what the
    "also" adds to is not there; the word is left out (what is left is still true), with the
    space after it. "once again", "yet again", "again and again" and "not only … but also" are
    left as written."""
    if tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX") or any(True for _ in tok.children):
        return None
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > tok.sent.start else ""
    after = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if before in ("once", "yet", "and", "not", "but") or after is None or after.is_punct or after.lower_ == "and":
        return None  # "… , too, again." at a clause's end or after punctuation: left alone
    if tok.i == tok.sent.start:
        return None  # "Also, the bank …": a connective, ``connective_reference``'s
    if tok.head.lemma_ == "be" and _in_words_reported(tok.head):
        # "by insisting that counter protesters were also to blame" (j230): a state the words
        # reported give a second holder; without the adverb the card says they alone were (an
        # act's "also", "Cilcorp will also assume …, the company said", is left out as ever)
        return None
    if after.ent_type_ in ("DATE", "TIME") and doc[tok.i - 1].pos_ in ("NOUN", "PROPN"):
        # "ruled out any action again Sunday" (j227): without the adverb the day would follow the
        # noun and read as its ("any action on 20 March"); the adverb keeps it the verb's
        return None
    return Reference(text=tok.text, start=tok.idx, end=after.idx, name="", kind="additive")


def _in_words_reported(verb: Token) -> bool:
    """Whether ``verb`` heads a clause a verb of saying reports ("insisting that … were to blame")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS


def _going_on(tok: Token) -> Reference | None:
    """"She went on to attack Trump": what she went on from is in the text before, and "went
    on to" cannot be written out without it; left unnamed (no card)."""
    particle = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ == "on"), None)
    infinitive = any(  # "went on to win": an xcomp, or an advcl the parser makes of it
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children
    )
    if particle is None or not infinitive:
        return None
    return _unnamed(particle, tok.idx, "continuation")


def quoted_demonstrative(tok: Token) -> Reference | None:
    """In quoted words, "this issue", "that deal": the speaker points at what the talk was
    about, which a card showing the one sentence does not say; unnamed (no cloze). Other
    words of a quotation are the speaker's and left as said; "this year", "this country"
    need no antecedent."""
    if tok.lower_ not in DEMONSTRATIVES or tok.dep_ != "det":
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.i < tok.i or any(c.dep_ in ("relcl", "acl", "prep") for c in noun.children):
        return None  # "this plan of ours", "that deal we signed": the words after it say which
    lemma = noun.lemma_.lower()
    if lemma in PRESENT_TIME_NOUNS or noun.lower_ in PRESENT_TIME_NOUNS or lemma in SELF_EVIDENT_NOUNS:
        return None
    sent = tok.sent
    before = sent.doc[max(0, sent.start - 40) : tok.i]  # its sentence and the words just before
    if any(t.lemma_.lower() == lemma and t.i != noun.i for t in before):
        return None  # "… the progressive movement,” he said. “This movement …": the same noun said which
    return _unnamed(noun, tok.idx, "demonstrative")


# Prepositions that make "then" a point in time the text before set ("since then", "by then").
_THEN_PREPOSITIONS = frozenset(["since", "by", "until", "till", "before", "from", "after"])


def _back_then(tok: Token) -> Reference | None:
    """"since then", "by then", "until then": counted from a time the sentence before told ("the
    list began in 1950. Since then, ____ fugitives …": since when?). Unnamed (no card); "then"
    of a sequence ("then left") says no time."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.i != tok.i - 1 or prep.lower_ not in _THEN_PREPOSITIONS:
        return None
    return _unnamed(tok, prep.idx, "time")


# What a comparison word is compared with: "similar to", "the same as", "such as".
_COMPARED_WITH = {"similar": ("to",), "comparable": ("to", "with"), "same": ("as",), "such": ("as", "that")}


def _compared(tok: Token) -> Reference | None:
    """"Similar firearms", "such weapons", "the same share" before a noun with nothing that says
    what they are like: the thing compared with is in the text before ("similar to Zimmerman's
    pistol"). Unnamed (no card), unless the sentence itself says it ("similar to …", "the same
    … as …", "such as …", "such … that …") or names a thing before it in another clause ("X
    carried a pistol, and similar guns …"). "such" before an adjective or "a" + adjective is
    an intensifier ("such strong support")."""
    noun = tok.head
    if tok.dep_ not in ("amod", "predet", "det") or noun.pos_ != "NOUN" or noun.i < tok.i:
        return None
    if tok.lower_ == "same" and noun.lemma_.lower() == "time":
        return None  # "at the same time": meanwhile, a connective
    words = _COMPARED_WITH[tok.lower_]
    after = tok.doc[tok.i + 1 : tok.sent.end]
    if tok.lower_ == "such" and (
        after[:1] and after[0].pos_ == "ADJ" or len(after) > 1 and after[0].lower_ in ("a", "an") and after[1].pos_ == "ADJ"
    ):
        return None  # "such strong support", "such a big deal": how much, not which
    if any(t.lower_ in words for t in after):
        return None  # "similar to …", "the same … as …", "such … that …": the sentence says
    if _after_another_clause(tok) and _thing_before(tok):
        return None
    if tok.lower_ != "such" and _compares_its_subjects(noun):
        return None  # "Russia and Ukraine share similar cultures": with each other
    start = next((c.idx for c in noun.children if c.dep_ == "det" and c.i < tok.i), tok.idx)
    return _unnamed(noun, start, "comparison")


def _compares_its_subjects(noun: Token) -> bool:
    """Whether the noun's clause has several subjects ("Russia and Ukraine", "the two plans",
    "both") that "similar"/"the same" compares with each other."""
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "conj") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
    return any(s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we", "both") or any(c.dep_ == "conj" for c in s.children) for s in subjects)


def _thing_before(tok: Token) -> bool:
    """Whether the sentence names a thing before the demonstrative ``tok`` that it may point
    back to: a figure ("expected a profit of $2 a share, but those estimates") or a common
    noun of its number ("those costs" are no "supercomputer business"); people and names alone
    leave "Ames urged Webb to revive that unit" asking which unit."""
    plural = tok.lower_ in ("those", "these")
    before = tok.sent[: tok.i - tok.sent.start]
    if tok.dep_ == "det" and _time_noun(tok.head):
        # "that span", "that period" point back to a stretch of time only: "$3 million in ads
        # reserved over that span" has no time before it, so the span is the text before's
        # (round 42)
        return any(t.ent_type_ in ("DATE", "TIME") or _time_noun(t) for t in before)
    return any(
        t.pos_ == "NUM" or (t.pos_ == "NOUN" and (not plural or t.tag_ == "NNS"))
        for t in before
    )


def _time_noun(noun: Token) -> bool:
    """A common noun of a stretch of time ("span", "period", "week", "time")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in SPAN_NOUNS or lemma in PRESENT_TIME_NOUNS or lemma in PERIOD_NOUNS)


def _after_another_clause(tok: Token) -> bool:
    """Whether a verb before ``tok`` in its sentence is not the verb of ``tok``'s own clause:
    what a demonstrative there points back to may be in that other clause."""
    own = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return any(
        t.pos_ in ("VERB", "AUX") and (own is None or t.i != own.i) and t.dep_ not in ("aux", "auxpass", "amod")
        for t in tok.sent[: tok.i - tok.sent.start]
    )


def _quantifier(tok: Token) -> Reference | None:
    if (
        tok.dep_ not in _ARGUMENT_DEPS
        or tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].lower_ == "other"
    ):
        return None  # "from each other"
    if tok.i > 0 and (
        tok.doc[tok.i - 1].pos_ in ("NUM", "NOUN", "SYM") or tok.doc[tok.i - 1].like_num
    ):
        return None  # "1,800 francs each", "$5 each": so much apiece
    if any(_is_name(t) for t in tok.subtree if t.i != tok.i):
        return None  # "each of the Clinton campaigns", "neither Graham nor Pataki"
    return _unnamed(tok, tok.idx, "quantifier")


def _other_ones(tok: Token) -> bool:
    """Whether ``tok`` is a plural noun whose only word before it is "other" ("Other groups",
    "other analysts"): others than the ones the text before named."""
    before = [c for c in tok.children if c.i < tok.i]
    return tok.tag_ in ("NNS", "NNPS") and len(before) == 1 and before[0].lower_ == "other" and before[0].dep_ == "amod"


def _indefinite_subject(tok: Token) -> Reference | None:
    """"Some had predicted …", "Others said …", "Other groups are expected …", "Something rare
    happened …": a subject that names nobody (a reference without a name: no card), unless
    its own words say who ("some of the Clinton aides", "others in the Senate")."""
    if tok.tag_ in ("NNP", "NNPS") and tok.lower_ not in INDEFINITE_SUBJECTS:
        return None
    if any(a.dep_ not in ("conj", "ROOT") for a in [tok.head, *tok.head.ancestors]):
        return None  # "X said everyone would …", "what some call …": the main clause says who the card is about
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ in ("NOUN", "PROPN") for o in c.subtree) for c in tok.children):
        return None  # "Some of the biggest gains came …": its words say what
    if any(_is_name(t) or t.ent_type_ in _NAME_LABELS for t in tok.subtree if t.i != tok.i):
        return None  # "Some Republicans", "others at Boeing": its words say whose
    if any(c.dep_ in ("relcl", "acl") and not set_off(c) for c in tok.children):
        return None  # "Anyone who voted …": the clause says who
    first = tok.left_edge.i
    if first >= 2 and tok.doc[first - 1].lower_ in ("and", "or") and _is_name(tok.doc[first - 2]):
        return None  # "Pike and other candidates" (parsed apart at times): other than Pike, named
    return _unnamed(tok, tok.left_edge.idx, "indefinite")


# Words of a day whose possessive points at one occasion ("Last Saturday's show", "Tuesday's
# meeting"); "this quarter's loss", "this year's budget" are the time of writing's own.
_DAY_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow"]
)


def _definite(tok: Token, sent: Span, history: NounHistory) -> Reference | None:
    determiners = [c for c in tok.children if c.dep_ in ("det", "predet") and c.i < tok.i]
    if not determiners:
        # "Last Saturday's show was beaten …" (BBC, j64): a day's possessive is "the" of that
        # day; which show, only the text before says (no name is read for it: no card)
        determiners = [
            c for c in tok.children if c.dep_ == "poss" and c.i < tok.i and c.ent_type_ == "DATE" and c.lower_ in _DAY_WORDS
        ]
    if not determiners or determiners[0].lower_ not in ("the", *SET_QUANTIFIERS) and determiners[0].ent_type_ != "DATE":
        return None
    lemma = tok.lemma_.lower()
    counted = _counted_set(tok, determiners[0]) if history.mentioned(lemma) else []
    given = _given_subject(tok, determiners[0], sent)  # "The results scrambled the race": what the text before told
    if (lemma in SELF_EVIDENT_NOUNS or tok.lower_ in SELF_EVIDENT_NOUNS) and not counted and not (given and lemma in _PART_NOUNS):
        return None  # "the country" is the story's; "the three countries" after "three … countries" a set named before
    if lemma in ORG_HEAD_NOUNS and tok.tag_ == "NN":
        return None  # "the company" is ``references``' to name; "the groups" are left here
    sizes = [c for c in tok.children if c.i < tok.i and _a_measure(c)]
    hyphened = _hyphened_word(tok)  # "front-runner", parsed "front" + "-" + "runner"
    if hyphened:
        lemma = hyphened[0].lower_ + "-" + lemma
    described = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod") and c not in sizes + hyphened]
    epithet = lemma in _PERSON_HEADS and determiners[0].lower_ == "the" and _person_epithet(tok, described)
    polled = lemma in POLLED_NOUNS and determiners[0].lower_ == "the"  # "the respondents who support Sanders": which poll?
    # "About 900 courtside seats are on sale. The prices of the seats for the finals …": a kind
    # the sentence just before gave the plural noun ("courtside seats") is the set meant; what
    # follows it ("for the finals") does not say which kind
    narrowed = (
        determiners[0].lower_ == "the" and tok.tag_ == "NNS" and not described and not sizes and history.narrowed_just_before(lemma)
    )
    if any(
        (c.dep_ in _RESTRICTIVE and c not in counted and c not in sizes and c not in determiners and not (c.dep_ in ("relcl", "acl") and (set_off(c) or polled)))
        or (c.dep_ == "prep" and not (epithet and _office_of(c)) and not narrowed)
        for c in tok.children
    ):
        return None  # "the price of oil", "the plan that …", "the poll in Iowa": says which
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_quote:
        return None  # "the word “blockade”", "the slogan “Make America Great Again”": the quotation says which
    if tok.i + 1 < len(tok.doc) and _is_name(tok.doc[tok.i + 1]):
        return None  # "the Vermont senator Bernie Sanders": the name follows
    if epithet and (tok.dep_ in ("attr", "appos", "oprd") or (tok.dep_ == "pobj" and tok.head.lower_ == "as")):
        return None  # "he is the presumptive Republican nominee", "with Trump as the … nominee": said of someone named
    if epithet and _named_after_its_clause(tok):
        return None  # "While the Vermont senator has won …, Sanders has won …": the main clause names him
    if described and not (epithet or _common_description(described)):
        return None  # "the Quinnipiac poll", "the third quarter": the words before it say which
    person = lemma in _PERSON_HEADS and determiners[0].lower_ == "the"
    told = history.mentioned(lemma) or history.acted(lemma) or names_an_act(lemma)
    bridging = lemma in BRIDGING_NOUNS or tok.lower_ in BRIDGING_NOUNS or lemma in ORG_HEAD_NOUNS or person or polled
    if not (bridging or given or ((determiners[0].lower_ == "the" or determiners[0].ent_type_ == "DATE") and told)):
        return None  # a first mention ("each share" counts them): the sentence says what it means
    earlier = sent.doc[sent.start : determiners[0].i]
    antecedents = _ANTECEDENT_LABELS | {"PERSON"} if person else _ANTECEDENT_LABELS
    # a vote, a poll, a primary is no place: a country or a people acting in the sentence is a
    # contestant or a voter, not the contest ("Canada was the runner up, gaining 16 percent of
    # the vote"); a place it is held in ("won Nevada with …", "in Ohio") still says which
    contest = lemma in CONTEST_NOUNS
    if lemma in ACT_NOUNS or _bare_act_subject(tok, earlier, history):
        # "The FDIC cleared the move": the FDIC is no move; nor is S and P "the action" (j144)
        antecedents = _ACT_ANTECEDENT_LABELS
        if any(_tells_an_act(t, tok) for t in earlier):
            return None  # "X was merged into Y after … cleared the transaction": the verb told it
    if counted:
        # "Poland, Hungary and the Czech Republic … the three countries": only names listed
        # together are a set it counts; "____ members prevailed, and the remaining two …": a
        # number before it counts the sentence's own set.
        if any((t.dep_ == "conj" and _is_name(t)) or t.like_num or t.text == "____" for t in earlier):
            return None
    elif any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in earlier) or any(
        (t.ent_type_ in antecedents and not (contest and t.ent_type_ in _PLACE_LABELS and _actor(t, tok)))
        or (person and t.pos_ == "PROPN" and t.ent_type_ not in _AMOUNT_LABELS)  # "US dollars" names no one
        for t in earlier
    ):
        return None  # "Ohio voters … the state": the sentence names it (a name after it may be another)
    start = determiners[0].idx
    end = tok.idx + len(tok.text)
    name = None if person or counted or narrowed else history.name_for(lemma, tok.tag_)  # "the boy": a person, never "[the Elm Street boy]"
    if name is not None and _names_in(name) & {t.text for t in earlier}:
        return None  # "the Smith report" named before, "Smith presented the report": the sentence says whose
    if name is None and not (person or counted) and tok.tag_ == "NN" and lemma in OWNED_ACT_NOUNS:
        owner = history.owners.owner_for(lemma, _verbs_of(lemma))  # "The offer" after "Equus offered …"
        if owner is not None:
            name = owner + ("’s" if "’" in tok.doc.text else "'s")
    if name is not None and determiners[0].lower_ == "the" and not described:
        words = tok.doc.text[determiners[0].idx + len(determiners[0].text) : tok.idx].strip()
        noun = " ".join(w for w in (words, tok.text) if w)
        if name.startswith(COMPLEMENT):  # "The acquisition" → "[the acquisition of CVN Cos.]"
            name = f"the {noun} {name.removeprefix(COMPLEMENT)}"
        elif _POSSESSIVE.search(name):  # "[Real Madrid's Bernabeu stadium]", never "the Real Madrid's …" (j64)
            name = f"{name} {noun}"
        else:
            name = f"the {name} {noun}"
    else:
        name = None
    if name is None and not (person or counted or narrowed) and determiners[0].lower_ == "the" and described:
        # "the junk funds" after "the nation's junk-bond mutual funds"; never a bare "the project",
        # which may stand for the last thing named ("… financing the International Space Station.
        # The project is to receive …", j52), whatever noun described it first
        name = history.described_as(tok, described)
        if name is not None and _names_in(name) & {t.text for t in earlier}:
            return None  # "… from a Jamie McAllister free kick. McAllister floated the free kick …" (j64)
    return Reference(text=tok.doc.text[start:end], start=start, end=end, name=name, kind="thing")


_POSSESSIVE = re.compile(r"['’]s\b")


def _names_in(name: str) -> set[str]:
    """The capitalised words of a name ("Jamie McAllister" → Jamie, McAllister)."""
    return {w for w in _POSSESSIVE.sub("", name).split() if w[:1].isupper()}


def leans_outside(tok: Token, span: Span) -> bool:
    """Whether ``tok`` heads a definite description that ``span``, a part of its sentence
    read alone, does not say which one it is ("Who said the first-term senator sees …?", the
    senator named before the reported clause; "the candidate", "the program"), by the rules
    above with no text before the span."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or tok.ent_type_ not in ("", "DATE"):
        return False
    if tok.tag_ == "NNS" and tok.lemma_.lower() in _PERSON_HEADS:
        return False  # "said the nurses knew …": people of a kind, not one person named before
    return _definite(tok, span, NounHistory()) is not None


def given_reference(tok: Token, sent: Span, *, history: NounHistory) -> Reference | None:
    """``context_reference``'s reference for a noun another rule looked at and let by ("The
    results scrambled the race": an owner noun whose sentence names an organisation, which
    need not be the owner), when the noun is the bare subject its sentence opens with."""
    determiners = [c for c in tok.children if c.dep_ == "det" and c.i < tok.i]
    if tok.pos_ != "NOUN" or not determiners or not _given_subject(tok, determiners[0], sent):
        return None
    return _definite(tok, sent, history)


# Nouns of a part whose whole the text before said ("The majority will not …", "The rest
# went to …"): as a bare subject they lean on it, though "the majority of voters" does not.
_PART_NOUNS = frozenset(["majority", "minority", "rest", "most", "remainder", "bulk"])


def _given_subject(tok: Token, determiner: Token, sent: Span) -> bool:
    """Whether "the" + a bare noun is the subject its sentence opens with ("The results scrambled
    the Republican race", "But the clash raised doubts"): news opens a sentence with what the
    text before told, and a noun with nothing before or after it that says which ("the
    Quinnipiac poll", "the price of oil", "the plan that …") leans on that text. A word of
    connection may come first ("But", "Still,"), nothing else: "At the debate, the rancor …"
    is left to the other rules."""
    if determiner.lower_ != "the" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
        return False
    # An adjective that relates it to one told before ("The full interview will premiere …", "The
    # revised plan …": the whole, or a version, of what the text before showed) says no more of
    # which it is than the bare noun; other words before or after it may ("the minimum wage", "the
    # Quinnipiac poll", "the third quarter", "the price of oil", "the plan that …")
    related = [c for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1 and c.lower_ in RELATING_ADJECTIVES]
    marks = [t for t in tok.doc[determiner.i + 1 : tok.i] if t.is_quote]  # 'The "abnormality," was …' (j216)
    if determiner.i != tok.i - 1 - len(related) - len(marks) or any(
        c.i != determiner.i and c.dep_ != "punct" and c not in related for c in tok.children
    ):
        return False
    before = sent.doc[sent.start : determiner.i]
    return all(
        t.dep_ in ("cc", "punct") or (t.dep_ == "advmod" and t.head.i == tok.head.i and t.i < tok.i)
        for t in before
    )


# Words before a role that say when the person held it, not who ("the former secretary of state").
_FORMER = frozenset(["former", "ex", "ex-", "onetime", "one-time", "erstwhile", "late"])


def _named_after_its_clause(tok: Token) -> bool:
    """Whether an epithet is the subject of a clause fronted before its sentence's main clause
    whose own subject is a person's name ("While the Vermont senator has won …, Sanders has
    won …"): the name that follows is the one meant."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.i < clause.i:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in clause.head.children
    )


def _hyphened_word(tok: Token) -> list[Token]:
    """The first part of a hyphened noun the parser split ("front" of "front-runner"), as a
    one-token list; empty if there is none."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return []
    first = doc[tok.i - 2]
    return [first] if first.head.i == tok.i else []


def _person_epithet(tok: Token, modifiers: list[Token]) -> bool:
    """Whether the words before a person's noun describe the person without saying who: a
    party, a place, "former" and common words ("the Democratic front-runner", "the Vermont
    senator", "the former secretary of state", "the billionaire businessman"). Many people
    fit each; the text before named the one meant. A person's or organisation's name, a
    number or a rank ("the Apple chief executive", "the 45th president", "the first woman")
    says who."""
    if not modifiers:
        return any(c.dep_ == "amod" and c.lower_ in _FORMER for c in tok.children)
    for word in (t for m in modifiers for t in m.subtree):
        if word.lower_ in _FORMER or word.ent_type_ in ("NORP", "GPE") or word.lower_ in PARTY_WORDS:
            continue  # "the one-time GOP governor" (j216): the tagger's ORG "GOP" is a party, no name of his
        if _hyphen_part(word):
            continue  # "the first-term senator", "the 45-year-old senator": a description, no rank
        if word.ent_type_ or word.like_num or word.tag_ in ("JJS", "RBS") or word.lower_ in _WHICH_ADJECTIVES:
            return False
        if word.pos_ not in ("ADJ", "NOUN", "PUNCT", "PROPN") or word.pos_ == "PROPN":
            return False  # an untagged name ("the Kestrel chief") says who
    return True


def _office_of(prep: Token) -> bool:
    """Whether an "of" after a former holder's role names the office, not the person: "the
    former secretary of state", "the former governor of Florida" — many held it."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "of" and bool(objects) and all(o.ent_type_ in ("", "GPE") or o.is_lower for o in objects) and any(
        c.lower_ in _FORMER for c in prep.head.children
    )


def _actor(tok: Token, noun: Token) -> bool:
    """Whether a word of a name is that of the subject of a clause, the name itself ("Canada
    was the runner up, gaining …"), not a word describing the subject ("Democratic nominee
    Clinton has bounced back in the polls"): a contestant or a voter there, not the contest a
    noun after it ("the vote") stands for in that clause. A state that "is going to go" one way
    in a quotation, before "conceded … before the vote", is where the vote is held."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.ent_type_ == tok.ent_type_ and head.head.i != head.i:
        head = head.head  # "New Zealand": the name's own words; not "Democratic nominee Clinton"
    if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and verb.i != head.i and verb.left_edge.i <= noun.i <= verb.right_edge.i and noun in verb.subtree


def _tells_an_act(verb: Token, noun: Token) -> bool:
    """Whether ``verb``, before an act noun in its sentence, tells an act the noun may stand
    for: a verb with a subject of its own ("X was merged into Y"), not the verb of the noun's
    own clause ("The FDIC cleared the move"), nor one of saying."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in REPORTING_VERBS:
        return False  # "He said the trip cost …": saying is no trip
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    own = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return own is None or verb.i != own.i


# Entities a proper noun may sit in without naming anyone ("400,000 yuan (about 49,000 US
# dollars) as the payment for the singer": which singer, the dollars do not say).
_AMOUNT_LABELS = frozenset(["MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME"])


# Entities that measure a thing ("the $300 million reserve", "the 60-second ad", "the additional
# 48% stake"): its size, not which one it is.
_MEASURE_LABELS = frozenset(["MONEY", "PERCENT", "QUANTITY", "TIME"])


def _a_measure(modifier: Token) -> bool:
    """Whether a modifier before a noun only gives its size: every word of it part of an amount,
    a share, a quantity or a length of time, or a cloze's blank standing for one."""
    words = list(modifier.subtree)
    return all(t.ent_type_ in _MEASURE_LABELS or t.text == "____" for t in words) and any(
        t.like_num or t.text == "____" for t in words
    ) or (modifier.dep_ == "amod" and modifier.ent_type_ in _MEASURE_LABELS and modifier.lower_ in _UNIT_WORDS)


# Units a tagger may split from their number ("60" nummod, "second" amod of "the 60 second ad").
_UNIT_WORDS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "mile", "foot", "meter", "pound"])


# Marks that set a clause off from its noun as an aside ("the effort, which began …", "the
# company - which partners with …"): the aside describes it, it does not say which one.
_ASIDE_MARKS = frozenset([",", "-", "–", "—", "(", "--"])


def set_off(clause: Token) -> bool:
    """Whether a relative or participial clause is set off from its noun by a comma, a dash or
    a bracket (an aside, not a clause that says which)."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text in _ASIDE_MARKS


def _counted_set(tok: Token, determiner: Token) -> list[Token]:
    """The number of "the three countries", "the two men": "the" and a count before a plural
    noun count a set the text before named, and say no more of which it is (the count of
    "three countries" alone is a first mention; the caller asks only of a noun used before).
    Empty for anything else."""
    if determiner.lower_ != "the" or tok.tag_ != "NNS":
        return []
    return [
        c for c in tok.children
        if c.dep_ == "nummod" and c.i < tok.i and c.ent_type_ in ("", "CARDINAL") and c.lower_.isalpha()
    ]


def _common_description(modifiers: list[Token]) -> bool:
    """Whether the words before a noun describe it without saying which one it is ("the
    troubled shipyard", "the nationwide telephone poll", "the military leader"): common words
    only, no name, number, date, ordinal or superlative ("the Quinnipiac poll", "the 2012 race",
    "the third quarter", "the biggest bank" say which)."""
    for tok in (t for m in modifiers for t in m.subtree):
        if _is_name(tok) or (tok.ent_type_ and tok.ent_type_ not in _MEASURE_LABELS) or tok.like_num or tok.pos_ == "NUM":
            return False  # (a word the tagger put inside an amount, "the additional 30% stake", is no name)
        if tok.tag_ in ("JJS", "RBS") or tok.lower_ in _WHICH_ADJECTIVES:
            return False
        if tok.pos_ not in ("ADJ", "NOUN", "VERB", "ADV", "PUNCT"):
            return False  # "the year-ago quarter", "the so-called …": left as before
    return True


# Adjectives that pick one out by rank or place in a series: the phrase says which.
_WHICH_ADJECTIVES = frozenset(
    ["first", "last", "next", "only", "same", "previous", "former", "latter", "current", "final", "top", "main"]
)


def _hyphen_part(word: Token) -> bool:
    """Whether a word is the first part of a hyphened word ("first" of "first-term")."""
    doc = word.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_


_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
_ELLIPSIS_WORDS = frozenset(["so", "neither", "nor", "too", "either"])
_COMPLEMENT_DEPS = frozenset(["attr", "acomp", "xcomp", "ccomp", "dobj", "oprd", "prep", "advcl"])


def _bare_act_subject(tok: Token, earlier: Span, history) -> bool:
    """Whether ``tok`` is "the" and a noun of an act new to the text as its clause's subject,
    after no verb of its sentence but one of saying: "S and P said [the action] reflected …"
    (j144), an act a sentence before told by a verb ("cut the notes to B"). Only a noun of "-ion"
    or "-ment": one of "-al" or "-ance" is as often a thing ("the total", "the balance"); a noun
    with words that say which ("the appointment of …") or after an act its sentence tells ("is
    prepared to increase …, if the action can be …") is the sentence's own."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or lemma in ORG_HEAD_NOUNS:
        return False
    if not (lemma.endswith(("ion", "ment")) and names_an_act(lemma)) or history.mentioned(lemma):
        return False
    if [c.lower_ for c in tok.children] != ["the"]:
        return False
    return not any(t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING_VERBS for t in earlier)


def connective_reference(sent: Span) -> Reference | None:
    """The connective opening ``sent`` ("But", "And", "Also,", "However,", "In addition,"), if
    it has one: named "" (to be dropped) when the clause after it stands alone, else unnamed (no
    card)."""
    first = sent[0]
    if len(sent) < 3:
        return None
    if first.lower_ in DISCOURSE_CONNECTIVES or _opens_as_result(first, sent):
        after = sent[1] if sent[1].text != "," else sent[2]
    else:
        size = _adverbial_size(sent)
        if not size or len(sent) < size + 2:
            return None
        after = sent[size + 1]
    start, end = first.idx, after.idx
    alone = _stands_alone(sent.root, opening=first) and first.head.i == sent.root.i
    return Reference(
        text=first.doc.text[start:end], start=start, end=end, name="" if alone else None, kind="connective"
    )


def _opens_as_result(first: Token, sent: Span) -> bool:
    """Whether ``first`` is "So", "Thus", "Therefore" … tying ``sent`` to the sentence before as
    its consequence: the adverb modifies the sentence's own verb and nothing hangs on it ("So
    far, …" and "So many …" are no connective)."""
    return (
        first.lower_ in RESULT_CONNECTIVES
        and first.dep_ == "advmod"
        and first.head.i == sent.root.i
        and not any(True for _ in first.children)
    )


def _adverbial_size(sent: Span) -> int:
    """How many words of a sentence adverbial (``DISCOURSE_ADVERBIALS``) open ``sent`` before a
    comma ("However," 1, "On the other hand," 4), or 0."""
    for size in range(1, min(5, len(sent) - 1)):
        if sent[size].text == "," and " ".join(t.lower_ for t in sent[:size]) in DISCOURSE_ADVERBIALS:
            return size
    return 0


def _stands_alone(root: Token, opening: Token | None = None) -> bool:
    """Whether a clause is whole without the sentence before: a verb with its subject before
    it, not an ellipsis ("so did the bank", "but he did", "and she can"); the ``opening``
    connective ("So analysts expect …") is no ellipsis word."""
    if root.pos_ not in ("VERB", "AUX"):
        return False  # "But not for long."
    children = list(root.children)
    if not any(c.dep_ in _SUBJECT_DEPS and c.i < root.i for c in children):
        return False  # "And so did the bank", "Also attending were …"
    if any(c.lower_ in _ELLIPSIS_WORDS and c.dep_ in ("advmod", "preconj") and c != opening for c in children):
        return False
    # "But he did.", "And she can.": a verb of ellipsis with nothing after it
    return not ((root.pos_ == "AUX" or root.lemma_ == "do") and not any(c.dep_ in _COMPLEMENT_DEPS for c in children))
