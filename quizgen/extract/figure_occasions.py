"""Whether a figure's sentence names the occasion the figure is the outcome of, read from the
parse.

Some figures belong to one occasion: a contest's delegates, votes or share of the vote ("Mrs.
Clinton was set to win 30 more delegates"), an incident's toll of dead and injured ("At least
82 were killed"). Read alone, "In the Democratic race, Mrs. Clinton was set to win ____ more
delegates than Mr. Sanders" does not say in which primary — the article said it paragraphs
before. A figure is such an *outcome* when

- it counts a contest's units (``constants.CONTEST_COUNT_NOUNS``: delegates, votes, seats; or
  a share "of the vote") taken by a verb of winning (``CONTEST_GAIN_VERBS``: win, gain, earn …;
  a standing — "leads by 300 delegates", "is backed by 500" — is the whole race's, no one
  contest's; so is a requirement — "would need to win 60 percent of the remaining delegates",
  a hedged or "need to" verb; and a measure voted on as the subject — "The ban garnered 54
  votes", "the merger won with 51 percent" — says its own occasion), or
- it counts dead or injured (the subject or object of kill, injure, wound, die, or a noun
  those participles describe: "82 were killed", "killing 247 people", "12 people injured").

Its sentence *names the occasion* when it holds an event's name (an EVENT entity); an occasion
noun (``CONTEST_NOUNS``, ``INCIDENT_NOUNS``) said with a name, a date or a place ("the New York
primary", "Tuesday's contests", "the primary in Ohio", "a YouGov poll"), or said bare with
"the" ("the primary": ``context_mentions`` names it from the article or makes no card), also
as the modifier of a noun with "the" ("during the primary season": the whole of them); a place
the outcome happened in or was won ("in Virginia's Third District", "won Oklahoma": a name of
a place not the subject of its clause — "Canada was runner-up" is a contestant); for a
contest, a date of the figure's own clause ("won 30 delegates [on 1 March 2016]": that day's
contests); for a toll, any incident noun ("killed in a bombing") or a place its verb of killing
or wounding gives with a noun ("killed nine people inside the church"). A share is never a toll
("killed 81 percent of …" is a statistic). A contest noun said only with
a party or a common word ("the Democratic race", "the presidential contest") names none of
several. A figure that is an outcome of an occasion its sentence does not name makes no card
(``items.figures``), nor do its sentence's dates (``items.dates``): a wrong occasion is worse
than none, so none is guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    CASUALTY_WORDS,
    CONTEST_COUNT_NOUNS,
    CONTEST_GAIN_VERBS,
    CONTEST_NOUNS,
    HEDGE_AUXILIARIES,
    INCIDENT_NOUNS,
    PERSON_NOUNS,
)
from quizgen.extract.figure_times import figure_dates

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Lemmas of a toll: dead and injured, not arrested or evacuated (those are no incident's outcome alone).
_TOLL_LEMMAS = frozenset(w for w, norm in CASUALTY_WORDS.items() if norm in ("killed", "injured"))
_TOLL_NOUNS = frozenset(["dead", "casualty", "death", "fatality", "injury"])
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
# Names that say which occasion when written before its noun ("the New York primary", "a
# Gallup poll", "the Iraq war"); a party ("the Democratic race") is NORP and says none.
_NAMING_LABELS = frozenset(["GPE", "LOC", "FAC", "ORG", "EVENT", "PERSON", "DATE"])
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
_SHARE_WORDS = frozenset(["percent", "%", "percentage", "share", "majority", "plurality"])
_NEED_VERBS = frozenset(["need", "have", "require", "expect", "hope", "want", "try", "aim", "seek", "must"])
# Nouns for those who stand in a contest: their votes are a contest's outcome.
_CONTESTANT_NOUNS = frozenset(["candidate", "party", "nominee", "contender", "challenger", "incumbent", "rival", "side", "camp", "slate", "ticket"])
# Prepositions that place an incident ("killed inside the church", "at a nightclub").
_PLACE_PREPS = frozenset(["in", "inside", "at", "near", "outside", "on", "aboard"])


def occasion_unsaid(span: Span) -> bool:
    """Whether the figure ``span`` is the outcome of a contest or an incident (see the module's
    docstring) that its sentence does not name."""
    kind = _outcome(span)
    if kind is None:
        return False
    sent = span.sent
    if any(ent.label_ == "EVENT" for ent in sent.ents):
        return False
    nouns = CONTEST_NOUNS if kind == "contest" else CONTEST_NOUNS | INCIDENT_NOUNS
    counted = _counted(span.root)
    units = {o.i for c in counted.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children}  # "of the vote": what it counts
    if any(
        _said_occasion(t, kind) for t in sent if (t.lemma_.lower() in nouns or t.lower_ in nouns) and t.i not in units
    ):
        return False
    if any(_place(ent) for ent in sent.ents if ent.label_ in _PLACE_LABELS and not _overlaps(ent, span)):
        return False
    if kind == "toll" and _placed(span.root):
        return False
    return not (kind == "contest" and figure_dates(span, sent))


def _outcome(span: Span) -> str | None:
    """"contest" or "toll" when the figure is such an outcome, else None."""
    counted = _counted(span.root)
    lemma = counted.lemma_.lower()
    if lemma in _SHARE_WORDS or counted.lower_ in _SHARE_WORDS:
        shares = True
    else:
        shares = False
        if lemma in _TOLL_NOUNS or _toll(counted):
            return "toll"  # a share of victims ("killed 81 percent of …") is a statistic, no toll
    units = lemma in CONTEST_COUNT_NOUNS or (
        shares
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in CONTEST_COUNT_NOUNS for o in c.children)
            for c in counted.children
        )
    )
    verb = next(iter(_verbs_above(counted)), None)
    if not units or verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in CONTEST_GAIN_VERBS:
        return None
    if _required(verb) or _measure_voted(verb):
        return None
    return "contest"


def _required(verb: Token) -> bool:
    """"would need to win 60 percent of the remaining delegates", "probably need to capture
    40 percent of the Hispanic vote": what a race requires, no contest's outcome."""
    if any(c.dep_ == "aux" and c.lower_ in HEDGE_AUXILIARIES for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NEED_VERBS


def _measure_voted(verb: Token) -> bool:
    """"The ban that passed in 1993 garnered 54 votes", "the merger won with 51 percent": the
    subject is the measure voted on, which says the occasion (a vote on it); a contestant is a
    name, a pronoun or a person's noun."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.pos_ == "NOUN" and not s.ent_type_ and s.lemma_.lower() not in PERSON_NOUNS and s.lemma_.lower() not in _CONTESTANT_NOUNS
        for s in subjects
    )


def _counted(root: Token) -> Token:
    """The noun a figure counts ("30" of "30 delegates"), or the figure's own head word."""
    return root.head if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ == "NOUN" else root


def _verbs_above(tok: Token) -> list[Token]:
    """The verb governing ``tok`` (through prepositions and conjoined nouns) — only the nearest."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return [t]
    return []


def _toll(noun: Token) -> bool:
    """"82 were killed", "killing 247 people", "12 people injured", "the wounded"."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in _TOLL_LEMMAS:
        return True
    return any(c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in _TOLL_LEMMAS for c in noun.children)


def _placed(root: Token) -> bool:
    """Whether the verb of a toll (kill, wound …) says where, with a noun ("killed inside the church", "at a
    nightclub"): a place the references name, or the incident's own words."""
    verb = next(iter(_verbs_above(root)), None)
    if verb is None:
        return False
    verbs = [v for v in (verb, *(c for c in verb.children if c.dep_ == "conj")) if v.lemma_.lower() in _TOLL_LEMMAS]
    return any(
        c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not o.ent_type_ for o in c.children)
        for v in verbs for c in v.children
    )


def _said_occasion(noun: Token, kind: str) -> bool:
    """Whether an occasion noun says which occasion (see the module's docstring)."""
    if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        # "the primary season", "the Republican primary process": the whole of them, said with
        # "the" (the references name the phrase or make no card) or with a name
        head = noun.head
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) or _said_occasion(head, kind)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if kind == "toll" and noun.lemma_.lower() in INCIDENT_NOUNS:
        return True  # "killed in a bombing": the incident as the sentence tells it
    words = [t for c in noun.children if c.i < noun.i and c.dep_ not in ("det", "punct") for t in c.subtree]
    if any(t.ent_type_ in _NAMING_LABELS or (t.pos_ == "PROPN" and t.ent_type_ != "NORP") for t in words):
        return True  # "the New York primary", "Tuesday's contests", "a Gallup poll"
    after = [t for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "acl", "relcl") for t in c.subtree]
    if any(t.ent_type_ in _NAMING_LABELS for t in after):
        return True  # "the primary in Ohio", "the vote on Tuesday"
    determiners = [c for c in noun.children if c.dep_ == "det" and c.lower_ in _DEFINITE]
    return bool(determiners) and not words  # "the primary": the references name it or make no card


def _place(ent: Span) -> bool:
    """A place the outcome happened in or was won: not the subject of its clause (a
    contestant: "Canada was runner-up")."""
    root = ent.root
    return root.dep_ not in ("nsubj", "nsubjpass", "conj", "appos") or root.dep_ == "conj" and root.head.dep_ not in ("nsubj", "nsubjpass")


def _overlaps(ent: Span, span: Span) -> bool:
    return ent.start < span.end and span.start < ent.end
