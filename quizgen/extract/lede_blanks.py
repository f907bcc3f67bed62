"""The phrases of the lede a teacher would blank: every phrase of its first told sentences that
could answer a cloze, scored by a small learned model of which ones teachers ask.

The hand-written lede readers (``lede_arguments``, ``lede_objects``) read one slot each and
refuse what readers judged unaskable; a tracer (``benchmarks/lede_key_gates.py``) found that
most of the lede's key facts fill no slot they read. Here every noun phrase, name and noun
subtree of the lede's first ``SENTENCES`` told sentences is a candidate, and a logistic model
(``lede_blank_model.json``, trained by ``benchmarks/train_lede_blanks.py`` on the development
key-fact lists: which phrase did a teacher's question ask?) scores it from what the parse says
of it: its slot and its head, where it stands, whether it is a name and of what kind, how
often the story names its head again, whether the headline does. A candidate must be an answer
a cloze can ask at all: at most ``CLOZE_ANSWER_MAX_WORDS`` words, no pronoun, no quotation
mark or quoted words, no figure or date (those are the figure and date cards'), no word that
points back ("the same", "this"). The best ``PER_SENTENCE`` candidates of each sentence whose
score reaches the model's threshold are yielded, best first; the deck asks at most a few per
story, in sentences no event card asks (``items.blank_cards``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.constants import CLOZE_ANSWER_MAX_WORDS, SPEECH_VERBS
from quizgen.extract.event_clauses import describes, hypothetical
from quizgen.extract.events import QUOTE_MARKS, price_move, told_sentences
from quizgen.extract.lede_arguments import lede_blocks
from quizgen.extract.lede_objects import (
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_WORDS,
    VAGUE_DETERMINERS,
    clause_doer,
    definite_act,
    phrase_stands_alone,
    pointed_back_at,
    told_again,
)
from quizgen.extract.person_roles import PERSON_HEADS
from quizgen.extract.quoted_text import quoted_chars
from quizgen.facts.records import ArgumentFact
from quizgen.ingest.articles import Article
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MODEL_PATH = Path(__file__).with_name("lede_blank_model.json")
# the first told sentences read, of the story's first ``PARAGRAPHS`` prose paragraphs: teachers'
# first questions reach past the lede (of 397 keys of four development lists, 150 are in a
# story's first three sentences, 79 in the next three, 64 in the four after); read to the
# twelfth sentence, the model left out list by list asks 35 keys with 100 blanks, against 27
# with 92 to the sixth (``benchmarks/train_lede_blanks.py``, stop 77)
SENTENCES = 12
PARAGRAPHS = 10
PER_SENTENCE = 2  # candidates yielded per sentence, best first
BLANK = "blank"  # the slot an ``ArgumentFact`` of this reader records
THING = "THING"  # the label of a phrase that is no name
# the parse's roles of a phrase's head that a blank is read in
SLOTS = frozenset(
    ["dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "dative", "oprd", "npadvmod", "poss"]
)
FIGURE_LABELS = frozenset(["DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"])
NAME_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"])


@dataclass(frozen=True)
class Candidate:
    """A phrase a cloze could blank, with what the model reads of it."""

    span: Span
    sentence: Span
    index: int  # which told sentence of the lede (0 = the first)
    how: str  # "chunk" (a noun chunk), "ent" (a name), "subtree" (a noun's whole phrase), "cut" (up to its clause)
    features: dict[str, float]


def lede_blanks(doc: Doc, *, article: Article) -> Iterator[ArgumentFact]:
    """The lede's best blanks, ``PER_SENTENCE`` a sentence at most, each scored (``score``)."""
    model = blank_model()
    by_sentence: dict[int, list[tuple[float, Candidate]]] = {}
    for candidate in candidates(doc, article=article):
        score = model.score(candidate.features)
        if score >= model.threshold:
            by_sentence.setdefault(candidate.index, []).append((score, candidate))
    for index in sorted(by_sentence):
        chosen: list[tuple[float, Candidate]] = []
        for score, candidate in sorted(by_sentence[index], key=lambda p: (-p[0], p[1].span.start_char, p[1].span.end_char)):
            span = candidate.span
            if any(span.start < c.span.end and c.span.start < span.end for _, c in chosen):
                continue  # one phrase inside another: the better one only
            chosen.append((score, candidate))
            if len(chosen) == PER_SENTENCE:
                break
        for score, candidate in chosen:
            yield _fact(candidate, article.id, score)


def candidates(doc: Doc, *, article: Article) -> Iterator[Candidate]:
    """Every askable phrase of the lede's first ``SENTENCES`` told sentences, with its features."""
    quoted = quoted_chars(doc)
    title_words = {w.lower().strip(".,:;'\"“”‘’") for w in (article.title or "").split()}
    heads = Counter(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN"))
    names = Counter(e.text for e in doc.ents)
    sentences = list(told_sentences(doc, lede_blocks(article, PARAGRAPHS)))[:SENTENCES]
    for index, sentence in enumerate(sentences):
        for span, how in _phrases(sentence):
            if not _askable(span, sentence, quoted):
                continue
            yield Candidate(span, sentence, index, how, _features(span, sentence, index, how, title_words, heads, names))


def _phrases(sentence: Span) -> list[tuple[Span, str]]:
    """Noun chunks, names, and the phrases of nouns in a core slot (whole, and up to a relative
    clause, participle or comma), trimmed of edge punctuation and conjunctions; each once."""
    doc = sentence.doc
    seen: set[tuple[int, int]] = set()
    out: list[tuple[Span, str]] = []

    def add(span: Span, how: str) -> None:
        start, end = span.start, span.end
        while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "prep", "case") or doc[start].tag_ == "POS"):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case")):
            end -= 1
        if end > start and (start, end) not in seen:
            seen.add((start, end))
            out.append((doc[start:end], how))

    for chunk in sentence.noun_chunks:
        add(chunk, "chunk")
    for ent in sentence.ents:
        add(ent, "ent")
    for token in sentence:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in SLOTS:
            add(doc[token.left_edge.i : token.right_edge.i + 1], "subtree")
            cut = next((c for c in token.rights if c.dep_ in ("relcl", "acl", "punct")), None)
            if cut is not None:
                add(doc[token.left_edge.i : cut.left_edge.i], "cut")
    return out


def _askable(span: Span, sentence: Span, quoted) -> bool:
    """Whether a cloze could ask the phrase at all (see the module's docstring)."""
    words = span.text.split()
    if not 1 <= len(words) <= CLOZE_ANSWER_MAX_WORDS:
        return False
    if any(t.pos_ == "PRON" or t.like_num or t.ent_type_ in FIGURE_LABELS for t in span):
        return False
    if any(t.idx in quoted or t.text in QUOTE_MARKS or t.text in ("'", '"') for t in span):
        return False
    if span.root.dep_ == "compound":
        return False  # "____ Mayor Bill de Blasio" → "New York": a modifier of the name after it
    verb = _nearest_verb(span.root)
    if verb is not None and verb.lemma_.lower() in SPEECH_VERBS:
        return False  # "____ said", "said after [a meeting in Brussels]": who spoke is the quote cards' to ask, where is no fact
    if verb is not None and (_definite_doer(verb) or _negated(verb) or hypothetical(verb) or describes(verb) or price_move(verb)):
        # "has never met ____", "a rival could face ____": not what happened; "RMS distributes
        # ____": what a company does; "closed on [the New York Stock Exchange] at 54": a day's price
        return False
    if span[0].lower_ in ANAPHORIC_DETERMINERS or any(t.lower_ in ANAPHORIC_WORDS for t in span):
        return False
    label = _label(span)
    if label != "PERSON" and any(c.i < span.start and c.dep_ not in ("det", "punct", "case", "cc") for c in span.root.lefts):
        return False  # "House ____" → "Republicans", "Most ____": the blank cuts its phrase's modifiers off (a title before a person stays)
    if label != THING:
        return True
    if span.root.ent_type_ in NAME_LABELS:
        return False  # "Texas Sen. Ted Cruz", "Orkem S.A., a French … manufacturer": a name with more, asked as the name
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        return False  # "[Advocates on both sides of the issue] have been calling …": a doer by description
    if span.root.lemma_.lower() in PERSON_HEADS:
        return False  # "[The head of NATO] cited …": a person by description, whose name is the answer
    if span[0].lower_ in VAGUE_DETERMINERS or "," in span.text:
        return False  # "any remaining holders": how many; "The joint account, Hillary's Victory Fund": two phrases
    if span[0].tag_ == "NN" and len(span) > 1 and span[1].lower_ == "of":
        return False  # "[on] behalf of …": a bare noun of a set phrase, cut from its preposition
    if any(c.dep_ == "appos" for c in span.root.rights) and span.root.right_edge.i >= span.end:
        return False  # "[A protest leader], Ammon Bundy, told …": a description the name after it gives away
    if not told_again(span, sentence) or pointed_back_at(span, sentence):
        return False  # "exhaled a collective sigh of relief": said once, a figure; "its" after the blank points into it
    return span.root.pos_ == "NOUN" and phrase_stands_alone(span)  # "a number of celebrations", "the offer"


def _features(span: Span, sentence: Span, index: int, how: str, title_words: set[str], heads: Counter, names: Counter) -> dict[str, float]:
    root = span.root
    head = root.head
    determiner = span[0].lower_ if span[0].pos_ == "DET" else ""
    label = root.ent_type_
    features = {
        f"dep={root.dep_}": 1.0,
        f"head_pos={head.pos_}": 1.0,
        f"head_dep={head.dep_}": 1.0,
        f"head={head.lemma_.lower()}": 1.0,
        f"pos={root.pos_}": 1.0,
        f"label={label}": 1.0,
        f"how={how}": 1.0,
        f"det={determiner}": 1.0,
        f"sentence={_sentence_band(index)}": 1.0,
        f"words={min(len(span), 6)}": 1.0,
        "position": (span.start - sentence.start) / max(1, len(sentence)),
        "opens": float(span.start == sentence.start),
        "clause_head": float(head.dep_ == "ROOT"),
        "headline": min(len({t.lower_ for t in span if not t.is_stop} & title_words), 3) / 3,
        "told_again": math.log1p(max(0, heads[root.lemma_.lower()] - 1)) / 3,
        "named_again": math.log1p(max(0, names[span.text] - 1)) / 3 if label else 0.0,
        "verb_distance": min(abs(root.i - head.i), 10) / 10,
        "sentence_words": min(len(sentence), 60) / 60,
    }
    return features


def _sentence_band(index: int) -> int:
    """Which told sentence, as the model reads it: each of the first six, then the next three
    (6), then the rest (9)."""
    return index if index < 6 else 6 if index < 9 else 9


def _fact(candidate: Candidate, article_id: str, score: float) -> ArgumentFact:
    span = candidate.span
    label = _label(span)
    verb = _verb_of(span.root)
    doer = _doer(span, verb, candidate.sentence)
    return ArgumentFact(
        article_id=article_id,
        name=" ".join(span.text.split()),
        label=label,
        slot=BLANK,
        verb=(verb if verb is not None else candidate.sentence.root).lemma_.lower(),
        start=span.start_char,
        end=span.end_char,
        sent_start=sentence_start(candidate.sentence),
        sent_end=sentence_end(candidate.sentence),
        doer=doer[0],
        doer_start=doer[1],
        score=round(score, 4),
    )


def _label(span: Span) -> str:
    """The name's label when the phrase is one name or names joined by "and" and commas (a
    leading "the" aside: "Poland and the Czech Republic"), else ``THING``."""
    labels = set()
    for token in span:
        if token.ent_type_ and token.tag_ != "POS":
            labels.add(token.ent_type_)
        elif token.lower_ not in ("the", "and", ",") or token.i == span.end - 1:
            return THING
    if span[0].ent_iob_ != "B" and span[0].lower_ != "the":
        return THING  # the phrase starts inside a name
    if span.end < len(span.doc) and span.doc[span.end].ent_iob_ == "I":
        return THING  # the phrase stops inside a name
    return labels.pop() if len(labels) == 1 and labels <= NAME_LABELS else THING


def _doer(span: Span, verb: Token | None, sentence: Span) -> tuple[str, int]:
    """Whose act the blank's clause tells: the subject of its verb, else of the sentence's main
    verb, else the phrase itself (a subject, or a clause the parse left without one)."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        for head in (verb, sentence.root):
            found = clause_doer(head) if head is not None else None
            if found is not None and not (span.start_char <= found[1] < span.end_char):
                return found
    return " ".join(span.text.split()), span.start_char


def _definite_doer(verb: Token) -> bool:
    """Whether the clause's doer is an act told before, by "the" and its noun ("[the action]
    reflected a change in terms", "the move"): which act, only the sentences before say."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and definite_act(subject.doc[subject.left_edge.i : subject.i + 1])


def _negated(verb: Token) -> bool:
    """Whether the verb or one it hangs from is negated ("has never met", "did not say that …")."""
    return any(
        c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for t in (verb, *verb.ancestors) for c in t.children
    )


def _nearest_verb(token: Token) -> Token | None:
    """The first verb above the phrase's head in the parse ("said after a meeting of [the
    coalition]" → "said")."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _verb_of(token: Token) -> Token | None:
    """The verb whose slot the phrase fills: its head, or its preposition's."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


@dataclass(frozen=True)
class BlankModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, features: dict[str, float]) -> float:
        total = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-total))


@lru_cache(maxsize=1)
def blank_model(path: Path = MODEL_PATH) -> BlankModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return BlankModel(dict(zip(data["features"], data["weights"], strict=True)), data["bias"], data["threshold"])
