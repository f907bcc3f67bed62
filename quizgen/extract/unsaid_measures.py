"""Whether a percentage's sentence says what the percentage measures.

A number card asks one sentence: "The show hit ____ last month.", "Immigration came fifth at
7 percent, exceeding only foreign policy at ____." or "____ had a negative opinion." says a
share of something the paragraph before named (guests of which kind, answers to which poll
question, which of the respondents), and a reader of the card cannot tell which of the
article's percentages is asked. A percentage says what it measures when the parse gives it a
noun of its own:

- the whole it is a part of ("15 percent of the vote", "58 percent of companies");
- the noun it describes ("15 percent support", "a 69% majority", "41 percent favorable");
- a change of its clause's subject, whose measure is the subject itself ("Sales rose 5%",
  "was up 12% from 2008", "inched up 3.7%", "by 3%");
- a stake, as the object of a verb of owning or trading shares ("holds 14.6%", "buy an extra
  10%": ``HOLDING_VERBS``), or a share of the vote, as the object of a verb of taking an
  outcome in a contest ("won 3 percent", "receives 8 percent in Maine": ``CONTEST_GAIN_VERBS``;
  "Clinton had 49.9 percent": a person's);

else it states a level. A person's level is a candidate's standing ("Cruz, who sits at ____",
"Rubio comes in at ____": support in the race). A thing's level ("The show hit ____") or a
share with no subject but itself ("____ say …") needs its sentence to name a measure
(``MEASURE_NOUNS``: "Trump's support rose to ____", "the rate … to ____", "at ____ in the
poll", "General Mills' share is ____"), a contest whose vote it is a share of
(``CONTEST_NOUNS``: "above ____ in any primary") or a figure stated "of" a whole beside it
("69 percent of those polled said …, and ____ knew …"). ``measure_unsaid`` says when it does
not: no card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    CHANGE_WORD_STEMS,
    CONTEST_GAIN_VERBS,
    CONTEST_NOUNS,
    HOLDING_NOUNS,
    MEASURE_NOUNS,
    PERSON_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose object percentage is a stake in a business ("holds 14.6%", "bought 18%").
HOLDING_VERBS = frozenset(["own", "hold", "buy", "sell", "acquire", "purchase", "control", "tender"])
_PERCENT_WORDS = frozenset(["%", "percent", "per", "pct", "pct."])
_NOUN_DEPS = frozenset(["nummod", "compound", "amod", "quantmod", "nmod"])


def measure_unsaid(figure: Span) -> bool:
    """Whether ``figure``, a percentage, states a level of something its sentence does not name
    ("The show hit ____", "Immigration came fifth at ____", "____ had a negative opinion")."""
    if not any(t.lower_ in _PERCENT_WORDS for t in figure):
        return False
    root = _first_conjunct(figure.root)
    if _has_whole(figure) or _describes_noun(root, figure) or _change(root) or _taken(root):
        return False
    if _contestant(root):
        return False  # "Cruz sits at ____", "Rubio comes in at ____": a candidate's standing
    sent = figure.sent
    return not any(_names_measure(t, figure) for t in sent)


def _first_conjunct(tok: Token) -> Token:
    """"8 percent in Maine and 7 percent across …": the second is read as the first is."""
    for _ in range(4):
        if tok.dep_ == "conj" and tok.head.lower_ in _PERCENT_WORDS:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in _PERCENT_WORDS:
            tok = tok.head.head  # "46 percent to ____": the pair's first share
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and any(
            c.dep_ == "dobj" and c.lower_ in _PERCENT_WORDS for c in tok.head.head.children
        ):
            # "had 49.9 percent to Sanders' ____", the pair parsed as the verb's object and "to"
            tok = next(c for c in tok.head.head.children if c.dep_ == "dobj" and c.lower_ in _PERCENT_WORDS)
        else:
            break
    return tok


def _has_whole(figure: Span) -> bool:
    """"15 percent of the vote", "14% of its shares": the "of" phrase after it names the whole."""
    doc = figure.doc
    after = doc[figure.end] if figure.end < len(doc) else None
    return after is not None and after.lower_ == "of"


def _describes_noun(root: Token, figure: Span) -> bool:
    """"15 percent support", "a 50% share", "41 percent favorable": a word after the figure that
    it measures."""
    head = root.head
    if root.dep_ in _NOUN_DEPS | {"npadvmod"} and head.i >= figure.end and head.pos_ in ("NOUN", "ADJ", "PROPN"):
        return True
    after = figure.doc[figure.end] if figure.end < len(figure.doc) else None
    if after is not None and after.head.i == root.i and (after.pos_ == "NOUN" or after.tag_ == "VBG"):
        return True  # "his 22 percent showing", parsed as a clause on the percentage
    return any(c.dep_ in ("amod", "acomp") and c.i >= figure.end and c.pos_ == "ADJ" for c in root.children)


def _change(root: Token) -> bool:
    """"rose 5%", "was up 12%", "increased by 3%", "a jump of 4%": how much its subject changed."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ != "agent":
        return True  # not a passive's agent: "France was named by a paltry 3 percent"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower().startswith(CHANGE_WORD_STEMS):
        return True
    if root.dep_ not in ("npadvmod", "dobj", "advmod"):
        return False
    # "inched up 3.7%", "edged down 0.2%": a verb of motion made one of change by its particle
    moved = any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in head.children)
    return moved or head.lemma_.lower().startswith(CHANGE_WORD_STEMS)


def _taken(root: Token) -> bool:
    """"holds 14.6%", "agreed to buy 18%": a stake its owner trades; "won 3 percent", "receives
    8 percent in Maine" (``constants.CONTEST_GAIN_VERBS``): a contestant's share of the vote."""
    lemma = root.head.lemma_.lower()
    if root.dep_ != "dobj":
        return False
    if lemma == "have":  # "Clinton had 49.9 percent to Sanders' 49.6": a person's share, of a vote or a poll
        return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")) for c in root.head.children)
    return lemma in HOLDING_VERBS or lemma in CONTEST_GAIN_VERBS


def _contestant(root: Token) -> bool:
    """Whether the figure's clause is about a person ("Cruz, who sits at ____", "Pataki at ____",
    "Graham comes in second, with ____ saying they would not support him"): a candidate's
    standing, a share of a vote or of a poll's support, not a thing's level ("The show hit
    ____") or a share of nobody ("____ say")."""
    tok = root
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if _people(tok):
            return True  # "George Pataki at ____"
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i == root.i and tok.tag_ in ("VBG", "VBN") and tok.dep_ != "ROOT":
            continue  # "with ____ saying …": the clause it hangs on says whose
        if subject is None or subject.i == root.i:
            return False
        if subject.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            subject = tok.head  # "Ted Cruz, who sits at ____"
        return _people(subject)
    return False


def _people(tok: Token) -> bool:
    """A person, or people listed with one ("Bush, Paul and Fiorina")."""
    return any(
        p.ent_type_ == "PERSON" or p.lower_ in ("he", "she") or p.lemma_.lower() in PERSON_NOUNS
        for p in (tok, *(c for c in tok.children if c.dep_ == "conj"))
    )


def _names_measure(tok: Token, figure: Span) -> bool:
    """Whether ``tok`` (outside the figure) names what a percentage measures: a measure noun,
    or the "of" whole of another percentage."""
    if figure.start <= tok.i < figure.end:
        return False
    lemma = tok.lemma_.lower()
    # a noun, or the verb of one ("22 percent saying they would not support him, Pataki at ____")
    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and (
        lemma in MEASURE_NOUNS or tok.lower_ in MEASURE_NOUNS or lemma in HOLDING_NOUNS or lemma in CONTEST_NOUNS
    ):
        return True
    # "69 percent of those polled said …, and ____ knew …": the other share's whole is this one's
    return tok.lower_ == "of" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _PERCENT_WORDS
