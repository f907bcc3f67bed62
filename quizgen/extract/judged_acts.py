"""What a named speaker judged someone for: the charge of "X accused Y of Z", "X blamed Y for Z".

"Senator Tom Harlow accused Governor Anne Brisco of misusing state funds." → an ``EventFact``
whose actor is the judge ("Tom Harlow"), whose question names the one judged ("accuse Governor
Anne Brisco", preposition "of") and whose answer is the charge ("misusing state funds"): the
"what" card asks "What did Tom Harlow accuse Governor Anne Brisco of?". ``extract.claim_events``
asks the other slot ("Who did Tom Harlow accuse of misusing state funds?"); a teacher asks both.

The verbs and their prepositions are VerbNet 3.4's frames of judging someone for an act
(``constants.JUDGED_ACT_FRAMES``: judgment-33.1's "for", suspect-81's "of", the verdict and
charge verbs' "of" and "with"). Read from the parse only: the verb's direct object is the one
judged — a phrase that names someone ("the Clinton campaign", not "him" nor "the agency") —
and the preposition right after it, hung on the verb or on the object, holds the charge: its
gerund clause or noun phrase, whole (its subtree), followed by nothing but the sentence's end,
punctuation or another of the verb's own adjuncts ("… of misusing state funds on Tuesday"), so
the answer is never a clause cut mid-way. The answer stands alone (``lede_reasons.act_phrase``:
no pronoun, quotation or pointing word, a noun phrase that pins a fact; one common noun only as
a charge: "with arson"); a gerund may leave one pronoun-leaning adjunct or a comma-set aside on
its object in the sentence.
The speaker is a named one whose verb asserts (``claim_events``' frame: finite, not negated, no
modal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import JUDGED_ACT_FRAMES, JUDGED_CLASS
from quizgen.extract.claim_names import SUBJECT_MAX_WORDS, names
from quizgen.extract.event_phrases import trim, well_formed
from quizgen.extract.lede_reasons import act_phrase
from quizgen.facts.records import EventFact
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizgen.extract.quoted_text import Quoted

QUOTE_MARKS = ("“", "”", '"', "``", "''", "‘", "’ ")
CHARGE_MAX_WORDS = 12
# the verb's own adjuncts that may follow the charge without belonging to it
ADJUNCT_DEPS = frozenset(["prep", "npadvmod", "advmod"])


def judged_act(verb: Token, sent: Span, article_id: str, quoted: Quoted, frame: tuple[Token, str, str]) -> EventFact | None:
    """The charge of a judgement verb whose speaker ``frame`` (speaker, auxiliary, name) is
    known, as an ``EventFact`` asked "What did <speaker> <verb> <judged> <preposition>?"."""
    lemma = verb.lemma_.lower()
    prepositions = JUDGED_ACT_FRAMES.get(lemma)
    if not prepositions:
        return None
    speaker, question_aux, speaker_text = frame
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
        return None
    judged = objects[0]
    complements = [
        c for c in [*verb.children, *judged.children]
        if c.dep_ == "prep" and c.lower_ in prepositions and c.i > judged.i
    ]
    if len(complements) != 1:
        return None
    prep = complements[0]
    # the one judged, without the complement the parse may have hung on it
    owned = [t for t in judged.subtree if not (prep.left_edge.i <= t.i <= prep.right_edge.i)]
    whom = trim(sent.doc[min(t.i for t in owned) : max(t.i for t in owned) + 1])
    if not len(whom) or whom.end != prep.i or len(whom) > SUBJECT_MAX_WORDS:
        return None  # "accused Brisco on Monday of …": something stands between
    if any(t.dep_ in ("relcl", "acl", "appos") for t in owned) or not _names_someone(whom):
        return None
    heads = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if len(heads) != 1 or prep.right_edge.i + 1 > sent.end:
        return None
    whole = sent.doc[prep.i + 1 : prep.right_edge.i + 1]
    if not _complete(whole, verb, sent):
        return None  # "criticized Dow Jones for not disclosing | that …": the parse cut the phrase
    charge = _charge(heads[0], whole, prep.lower_)
    if charge is None or any(t.idx in quoted for t in charge):
        return None
    if any(mark in charge.text for mark in QUOTE_MARKS) or any(mark in whom.text for mark in QUOTE_MARKS):
        return None
    if names(charge, speaker_text):
        return None  # "blamed Brisco for Harlow's defeat": the question gives a name the answer holds
    asked_verb = lemma if verb.tag_ != "VBN" else verb.lower_
    whom_text = " ".join(whom.text.split())
    return EventFact(
        article_id=article_id,
        actor=speaker_text,
        actor_label=speaker_label(speaker),
        verb=lemma,
        verb_class=JUDGED_CLASS,
        verb_group=f"{verb.lower_} {whom_text}",
        question_aux=question_aux,
        question_verb=f"{asked_verb} {whom_text}",
        answer=" ".join(charge.text.split()),
        answer_kind="prep",
        prep=prep.lower_,
        start=speaker.left_edge.idx,
        end=charge.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
    )


def _complete(charge: Span, verb: Token, sent: Span) -> bool:
    """Whether the charge ends where its sentence does, at punctuation, or where one of the
    verb's own adjuncts begins ("… of misusing state funds | on Tuesday")."""
    if charge.end >= sent.end:
        return True
    after = sent.doc[charge.end]
    if after.is_punct or after.is_space:
        return after.lower_ not in ("-", "—", "–", "(")  # "for its help — and …": an aside runs on
    adjunct = after
    while adjunct.head != verb and adjunct.head != adjunct:
        adjunct = adjunct.head  # "last" of "last week"
    return adjunct.head == verb and adjunct.dep_ in ADJUNCT_DEPS and adjunct.left_edge.i == after.i


def _charge(head: Token, whole: Span, preposition: str) -> Span | None:
    """The act judged, read out of its sentence (``lede_reasons.act_phrase``: a gerund clause
    or a noun phrase that pins a fact, no pronoun or pointing word, a closing relative clause
    or a gerund's last adjuncts left in the sentence), or one common noun naming a charge
    ("charged Marcus Webb with [arson]", "accused of [perjury]"), not a lone reason ("for
    [courage]": for what, the text says)."""
    words = [t for t in whole if not t.is_punct]
    if len(words) == 1:
        lone = words[0]
        ok = preposition in ("of", "with") and lone.pos_ == "NOUN" and lone.tag_ == "NN" and not lone.ent_type_
        return whole if ok else None
    span = act_phrase(head, shed=True)
    if span is None or len(span) > CHARGE_MAX_WORDS or not well_formed(span):
        return None
    return span


def _names_someone(whom: Span) -> bool:
    """Whether the one judged is named (a name or a proper noun: "the Clinton campaign",
    "Governor Anne Brisco"), not a pronoun nor a bare description ("the agency")."""
    if any(t.pos_ == "PRON" for t in whom):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in whom)


def speaker_label(speaker: Token) -> str:
    ent = next((e for e in speaker.doc.ents if e.start <= speaker.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        return ent.label_
    if speaker.pos_ == "PRON":
        return "PERSON" if speaker.lower_ in ("he", "she") else "ORG"
    return "PERSON" if speaker.pos_ == "PROPN" else "ORG"  # "the company", named before
