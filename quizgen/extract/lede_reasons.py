"""What a lede's judgement was for: the other slot of "X blasted Y for Z".

"Sen. Ted Cruz blasted Rubio for his support of a failed immigration reform bill that would
have granted a pathway to citizenship." → ``ArgumentFact`` "a failed immigration reform bill"
(label ``THING``, slot ``reason``, verb "blast"); "President Barack Obama castigated Donald
Trump for exploiting the fears of working class Americans" → "exploiting the fears of working
class Americans". The doer cloze of such a sentence asks who blasted Rubio; a teacher asks
what for. The verbs and their prepositions are VerbNet 3.4's frames of judging someone for
something (``JUDGING_FOR_VERBS``, judgment-33.1's "for" with news's "blast"; ``JUDGEMENT_FRAMES``'
"accuse"/"suspect" … "of"): the verb's direct
object is the one judged, the preposition's object or gerund clause the act judged.

A possessive pronoun's act ("his support of [a bill]", "her handling of [the crisis]") is asked
by what it acts on: the pronoun only points back at the one judged, and the blank would leave
"his support of …" leaning on nothing. The answer stands alone — a whole constituent of two to
twelve words, no pronoun, no quotation, no vague or pointing determiner, no bare kind of thing
(``phrase_specificity.pins_a_fact``) — and a relative clause after the noun stays in the
sentence ("… of ____ that would have granted a pathway to citizenship"). The clause must be
asserted (no negation, hedge, condition, view or relative clause up to the root) and tensed,
with a named doer: the card is a sibling of the cloze that asks the doer (``items.argument_clozes``
makes it only there). Read in the lede the name clozes read (``ARGUMENT_PARAGRAPHS``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.constants import (
    ARGUMENT_PARAGRAPHS,
    JUDGEMENT_FRAMES,
    JUDGING_FOR_VERBS,
    VAGUE_OBJECT_NOUNS,
)
from quizgen.extract.event_clauses import asserted, describes, finite, hypothetical
from quizgen.extract.event_phrases import end_before_its_day, leans_on_context
from quizgen.extract.events import QUOTE_MARKS
from quizgen.extract.lede_objects import (
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_WORDS,
    VAGUE_DETERMINERS,
    first_in_each_sentence,
)
from quizgen.extract.phrase_specificity import pins_a_fact
from quizgen.facts.records import ArgumentFact
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quizgen.ingest.articles import Article

MIN_WORDS, MAX_WORDS = 2, 12
# Labels of a doer the card can name: a person, a body, a country, a people.
DOER_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP"])
CUTS = frozenset([",", ";", ":", "—", "–", "--", "(", ")"])


def lede_reasons(doc: Doc, *, article: Article, paragraphs: int = ARGUMENT_PARAGRAPHS) -> Iterator[ArgumentFact]:
    """The act each judgement of the lede judges, one per sentence, in text order."""
    return first_in_each_sentence(doc, article, paragraphs, _reason)


def _reason(verb: Token, sent: Span, article_id: str, quoted) -> ArgumentFact | None:
    lemma = verb.lemma_.lower()
    preposition = "for" if lemma in JUDGING_FOR_VERBS else JUDGEMENT_FRAMES.get(lemma)
    if preposition not in ("for", "of") or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "Trump was blamed for …", "condemned for …": no one judged in the clause
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    if prep is None:
        return None
    if not asserted(verb) or not finite(verb) or hypothetical(verb) or describes(verb):
        return None  # "did not blame …", "may accuse …", "who blasted …": no judgement told as done
    doer = _named_doer(verb)
    if doer is None:
        return None
    phrase = _answer(prep)
    if phrase is None or any(t.idx in quoted or t.text in QUOTE_MARKS for t in phrase):
        return None
    return ArgumentFact(
        article_id=article_id,
        name=" ".join(phrase.text.split()),
        label="THING",
        slot="reason",
        verb=lemma,
        start=phrase.start_char,
        end=phrase.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        doer=doer[0],
        doer_start=doer[1],
    )


def _named_doer(verb: Token) -> tuple[str, int] | None:
    """The verb's subject when it is a name (the doer cloze's answer), as written."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if ent is None or ent.label_ not in DOER_LABELS or ent.root.i != subject.i:
        return None
    return ent.text.removeprefix("the "), ent.start_char


def _answer(prep: Token) -> Span | None:
    """The act judged: the preposition's gerund clause ("for [exploiting the fears of …]") or
    noun phrase, or what a pronoun's act acts on ("for his support of [a failed … bill]")."""
    head = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if head is None:
        return None
    if head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if head is None:
            return None  # "for his remarks": what remarks, the text before says
    return act_phrase(head)


def act_phrase(head: Token, *, shed: bool = False) -> Span | None:
    """The act a judgement names, headed by ``head`` (a preposition's object): its gerund clause
    or noun phrase, standing alone. ``shed``: a gerund clause that does not stand alone whole
    may leave its last prepositional adjuncts in the sentence ("[violating federal election
    law] through its joint fundraising agreement": the act, without how)."""
    if head.pos_ == "VERB" and head.tag_ == "VBG":
        return _clause(head, shed=shed)
    if head.pos_ == "NOUN":
        return _noun_phrase(head)
    return None


def _clause(head: Token, *, shed: bool = False) -> Span | None:
    """A gerund clause, whole but for a relative clause that ends it, which stays in the
    sentence: "[exploiting the fears of working class Americans] who have lost their jobs"."""
    end = head.right_edge.i + 1
    last = next((t for t in head.subtree if t.dep_ == "relcl" and t.right_edge.i + 1 == end and t.head.i > head.i), None)
    if last is not None:
        end = last.left_edge.i
    span = head.doc[head.left_edge.i : end]
    if _stands_alone(span):
        return span
    if not shed:
        return None
    aside = _aside_after_object(head)
    if aside is not None:
        # "dismantling the Office of Reproductive Rights|, which investigated …, when he …": the
        # act and its object, without the aside set off by a comma and what the parse ran on
        span = head.doc[head.left_edge.i : aside]
        return span if not leans_on_context(span) and _stands_alone(span) else None
    # one adjunct only, the one that leans on the text before ("through [its] … agreement"),
    # right after the gerund's object: "translating the grief over the death of her mother |
    # into action" keeps its "into" (no pronoun there), and makes no card
    last = next((c for c in head.rights if c.dep_ == "prep" and c.right_edge.i + 1 == end), None)
    objects = [c for c in head.rights if c.dep_ == "dobj"]
    if last is None or len(objects) != 1 or objects[0].right_edge.i + 1 != last.i:
        return None
    if not any(t.pos_ == "PRON" for t in last.subtree):
        return None
    span = head.doc[head.left_edge.i : last.i]
    if leans_on_context(span):
        return None  # "translating [the grief] | over the death of her mother": which grief, the adjunct said
    return span if _stands_alone(span) else None


def _aside_after_object(head: Token) -> int | None:
    """Where a gerund's object ends before a relative clause set off by a comma and opened by
    "which" or "who" (an aside on a thing already named), or None."""
    objects = [c for c in head.rights if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    clause = next((c for c in objects[0].rights if c.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.lower_ not in ("which", "who"):
        return None
    comma = clause.left_edge.i - 1
    if head.doc[comma].text != "," or any(comma < t.i < clause.left_edge.i for t in objects[0].subtree):
        return None
    return comma


def _noun_phrase(head: Token) -> Span | None:
    """The noun phrase without a relative or participle clause after it, which stays in the
    sentence; not when a conjunct or apposition follows (a list or a name cut in two)."""
    doc = head.doc
    end = end_before_its_day(head, head.right_edge.i + 1)
    clause = next((c for c in head.rights if c.dep_ in ("relcl", "acl")), None)
    if clause is not None:
        if any(c.dep_ in ("conj", "cc", "appos") and c.i < clause.i for c in head.rights):
            return None
        end = clause.left_edge.i
    elif any(c.dep_ == "appos" for c in head.rights):
        return None
    span = doc[head.left_edge.i : end]
    if head.lemma_.lower() in VAGUE_OBJECT_NOUNS or not pins_a_fact(span):
        return None  # "for the situation", "for an even more daunting task": many wordings fill it
    if span[0].lower_ in ANAPHORIC_DETERMINERS | VAGUE_DETERMINERS:
        return None  # "for that decision", "for some remarks"
    return span if _stands_alone(span) else None


def _stands_alone(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or span[-1].is_punct:
        return False
    if any(t.text in CUTS for t in span):
        return False  # "for his ties to Iran, a charge …": a phrase in pieces
    if any(t.pos_ == "PRON" for t in span) or any(t.lower_ in ANAPHORIC_WORDS for t in span):
        return False  # "exploiting their fears", "the same mistake": leans on the text before
    if span[-1].pos_ in ("ADP", "CCONJ", "DET"):
        return False
    return not any(not span.start <= t.head.i < span.end for t in span if t.i != span.root.i)
