"""A question that names nothing to say which occasion it is about: "Which country won the first
match?", "____ were killed in the last eruption.", "The order of parties on the ballot paper will
be drawn by lot on ____." — which match, which volcano, which election? Its sentence or the one
before named it (England against Pakistan, Merapi, Iraq's December polls), but the card cut those
words away or never had them, and a learner with a deck of many stories cannot tell.

The question is read as its own sentence (its blank filled with the answer, whose words do not
count): it is anchored when it names anything — a person, an organisation, a place, a people, an
event, a law, a work (an entity of ``_NAMED_LABELS``, or any proper noun outside an amount) — or
a date that says which day or year ("in 2009", "on 1 November", "the 1960s"; a bracketed name or
date). One anchored by none of these that leans on the text before for its occasion asks about
nothing a reader of the card can pin. It leans through a definite description of an occasion
(a contest, an incident, a gathering or occasion of words, ``constants``: "the blast", "the
ballot paper"; a change a figure told of: "the increase"), of one of a series ("the first match", "the latest period"), or "the day";
through a possession counted or ordered ("his third consecutive toss", "her two straight wins");
or through an occasion its subject introduces with "a" ("A hearing is set for ____.": whose).
A description its own "of" phrase, topic or clause defines ("the slaying of a doctor", "its
first report on water rights", "the order in which …"), a superlative's pick ("the most
expensive game"), the writer's own time ("this weekend"), a generic "the economy", and a bare
possessive ("its common stock": the answer's own) do not lean. Only the card's words are read,
not the article's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.constants import (
    CHANGE_NOUNS,
    CONTEST_NOUNS,
    FRAMED_OCCASIONS,
    INCIDENT_NOUNS,
    TOPIC_PREPOSITIONS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BLANK = "____"
# Entities that name what a sentence is about (not how many, how much, nor "the day").
_NAMED_LABELS = frozenset(
    ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"]
)
# Amounts: a proper noun inside one ("3.19 million US dollars") names no occasion.
_AMOUNT_LABELS = frozenset(["MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"])
# Occasions a question can ask about without saying which: contests, incidents, gatherings
# and occasions of words (``constants``), a change a figure told of ("Estimates of the increase
# range from ____ dlrs", j83), and a bare "the day".
OCCASION_NOUNS = CONTEST_NOUNS | INCIDENT_NOUNS | FRAMED_OCCASIONS | CHANGE_NOUNS
# Words that order a series ("the last eruption", "the latest period"), beside spaCy's ordinals.
ORDER_WORDS = frozenset(["last", "latest", "previous", "final"])
_DEFINING_PREPOSITIONS = TOPIC_PREPOSITIONS | {"of"}
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
_POSSESSIVE = frozenset(["his", "her", "its", "their"])


def unanchored_questions(pairs: Sequence[tuple[str, str]]) -> list[bool]:
    """For each (question, answer) pair, whether the question names no anchor and leans on the
    text before (see the module's docstring). A question with a bracketed name or date
    ("[Merapi]", "[on 1 November 2005]") is anchored; so is one that is no cloze and no question.

    >>> unanchored_questions([("____ were killed in the last eruption.", "Two")])
    [True]
    >>> unanchored_questions([("____ were killed in the last eruption of Mount Kelud.", "Two")])
    [False]
    """
    from quizgen.extract.pipeline import FACTS_COMPONENT
    from quizgen.nlp import load_pipeline

    texts, spans, todo = [], [], []
    for k, (question, answer) in enumerate(pairs):
        if "[" in question:
            continue
        at = question.find(BLANK)
        if at < 0:
            texts.append(question)
            spans.append((-1, -1))
        else:
            texts.append(question[:at] + answer + question[at + len(BLANK) :])
            spans.append((at, at + len(answer)))
        todo.append(k)
    verdicts = [False] * len(pairs)
    nlp = load_pipeline()
    # the parse only: the deck's pipeline also carries the extraction component
    docs = nlp.pipe(texts, batch_size=256, disable=[FACTS_COMPONENT] if FACTS_COMPONENT in nlp.pipe_names else [])
    for k, doc, span in zip(todo, docs, spans):
        verdicts[k] = leans_unanchored(doc, *span)
    return verdicts


def leans_unanchored(doc: Doc, answer_start: int, answer_end: int) -> bool:
    """Whether ``doc`` (a question with its answer at these character offsets; -1, -1 when it
    holds none) names nothing outside its answer and has a definite description of its own."""

    def outside(start: int, end: int) -> bool:
        return end <= answer_start or start >= answer_end

    # word by word: an entity may run over the answer ("on [4 May] in 2010")
    words = [t for t in doc if outside(t.idx, t.idx + len(t.text))]
    for t in words:
        if t.ent_type_ in _NAMED_LABELS:
            return False
        if t.ent_type_ in ("DATE", "TIME") and (any(c.isdigit() for c in t.text) or t.like_num or t.pos_ == "PROPN"):
            return False  # "in 2009", "on Thursday": which day or year; "the day" is not
        if t.pos_ == "PROPN" and t.ent_type_ not in _AMOUNT_LABELS:
            return False  # a name the tagger gave no label
    amount = answer_start >= 0 and any(
        t.ent_type_ in _AMOUNT_LABELS or (t.like_num and t.ent_type_ not in ("DATE", "TIME"))
        for t in doc
        if not outside(t.idx, t.idx + len(t.text))
    )
    # a day asked ("Final terms will be fixed on, or before, ____", j122: the eurobond's terms)
    asked = [t for t in doc if not outside(t.idx, t.idx + len(t.text))] if answer_start >= 0 else []
    day = any(t.ent_type_ == "DATE" and t.pos_ == "PROPN" for t in asked) and any(t.like_num for t in asked)
    return any(_leaning_description(t) or (amount and _bare_subject(t)) or (day and _bare_subject(t, plural=True)) for t in words)


def _bare_subject(noun: Token, *, plural: bool = False) -> bool:
    """Whether a common noun is the main clause's subject with nothing before it to say whose or
    which ("Prime lending rate is now ____", j116: Austria's, told in the sentences before;
    "Unemployment is currently at ____ of the workforce"): the wire's owner-less subject, whose
    owner the text gave. Read for an amount's blank only: a year or a name asked is the answer's
    own ("Investment helped the economy after ____ financial crisis"). For a day's blank a plural
    too ("Final terms will be fixed on ____", "Talks resume on ____"): whose, the text said."""
    tags = ("NN", "NNS") if plural else ("NN",)
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in tags or noun.head.dep_ != "ROOT":
        return False
    return not any(c.i < noun.i and c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


def _leaning_description(noun: Token) -> bool:
    """Whether a common noun is a definite description of an occasion ("the first match", "the
    last eruption", "the ballot paper", "the day") or a possession counted or ordered ("his
    third consecutive toss", "her two straight wins")."""
    if noun.pos_ != "NOUN":
        return False
    before = [c for c in noun.children if c.i < noun.i]
    dets = [c.lower_ for c in before if c.dep_ in ("det", "poss")]
    ordered = any(c.ent_type_ == "ORDINAL" or c.lower_ in ORDER_WORDS for c in before)
    if _defined_where_it_stands(noun):
        return False  # "the slaying of a doctor", "its first white paper on human rights"
    if any(d in _POSSESSIVE for d in dets):
        return ordered or any(c.dep_ == "nummod" for c in before)
    if dets in (["a"], ["an"]) and noun.dep_ in ("nsubj", "nsubjpass"):
        # "A hearing is set for ____." (j75): an occasion the sentence opens on without saying
        # whose or which (the case, the dispute) is the one the text before told of
        kinds = {noun.lemma_.lower()} | {c.lemma_.lower() for c in before if c.dep_ == "compound"}
        return bool(kinds & OCCASION_NOUNS)
    if not any(d in _DEFINITE for d in dets):
        return False
    if any(c.tag_ in ("JJS", "RBS") and c.lower_ not in ORDER_WORDS for c in noun.subtree if c.i < noun.i):
        return False  # "the most expensive final game": a superlative picks its own member
    if ordered:
        return True  # "the first match", "the latest period": one of a series told before
    kinds = {noun.lemma_.lower()} | {c.lemma_.lower() for c in before if c.dep_ == "compound"}
    if kinds & OCCASION_NOUNS:
        return True  # "the blast", "the ballot paper"
    # "during the day": the day of something told before ("this weekend", "in the summer" are
    # the writer's own time or any year's)
    return noun.lower_ == "day" and dets == ["the"] and len(before) == 1


def _defined_where_it_stands(noun: Token) -> bool:
    """Whether an "of" phrase, a topic ("on", "about": ``constants.TOPIC_PREPOSITIONS``) or a
    clause says which: "the slaying of a doctor", "the order in which …", "its first white paper
    on human rights" (the parse may hang the topic on the verb; it follows the noun)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ in _DEFINING_PREPOSITIONS:
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ in _DEFINING_PREPOSITIONS) or c.dep_ in ("relcl", "acl")
        for c in noun.children
        if c.i > noun.i
    )
