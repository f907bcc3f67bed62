"""Acts of any verb whose setting the sentence names, asked "where": "Jerome Siegel passed away
on Friday in La Romana, Dominican Republic" → "Where did Jerome Siegel pass away?"; "Ann Cole
unveiled her farm plan at the Midwest Farmers Union convention" → "At which convention did Ann
Cole unveil her farm plan?".

The event extractor reads the verbs of known kinds of acts (``constants.EVENT_VERBS``) and asks
what was done and who did it; a verb of no such kind still has a place or an occasion worth
asking when a preposition of its own names it (``event_settings``). The fact is an
``EventFact`` of answer kind "setting" whose answer is the verb's object ("" for none): only its
"where" card is made. Its gates are the events': a main or reported clause, asserted, finite,
no habit or state, a named actor (no pronoun, no description), an object that stands alone and
pins a fact. Left out: words said (a statement's venue is trivia: ``lede_arguments``), a
passive, a verb with a complement the question would drop ("called on Trump to …", "is
ready to …"), or a preposition beside the setting that is not a time ("spoke about Iran at
…": about what, the question cannot say).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import OPINION_VERBS, REPORTING_VERBS, SPEECH_VERBS
from quizgen.extract.answer_pronouns import points_outside
from quizgen.extract.event_actors import actor_of, conjuncts_of, negative_subject, subject_of
from quizgen.extract.event_clauses import asserted, finite, habitual, main_or_told, present_state
from quizgen.extract.event_phrases import specific, stands_alone, trim
from quizgen.extract.event_settings import setting_of
from quizgen.extract.event_times import relative_time_inside, time_of
from quizgen.extract.phrase_specificity import pins_a_fact
from quizgen.extract.quoted_text import Quoted
from quizgen.facts.places import is_country
from quizgen.facts.records import EventFact
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SETTING_CLASS = "setting"
WORDS_VERBS = SPEECH_VERBS | REPORTING_VERBS | OPINION_VERBS | frozenset(["be", "have", "do", "get"])
# Dependents a verb may have beside its subject, object and setting: the question keeps its
# meaning without them (auxiliaries, a particle, an adverb, a time, a side clause).
FREE_DEPS = frozenset(["aux", "neg", "prt", "advmod", "npadvmod", "advcl", "punct", "cc", "conj", "mark", "nsubj", "dobj", "prep"])
MAX_OBJECT_WORDS = 8


def setting_event(token: Token, sent: Span, article_id: str, quoted: Quoted, question_form) -> EventFact | None:
    """The "where" fact of a verb of no known kind of act (see the module), or None.
    ``question_form(token, verb, subject)`` gives the question's auxiliary and verb."""
    if token.pos_ != "VERB" or token.lemma_.lower() in WORDS_VERBS or token.idx in quoted:
        return None
    if not main_or_told(token) or not asserted(token) or not finite(token) or habitual(token) or present_state(token):
        return None
    if any(c.dep_ not in FREE_DEPS for c in token.children):
        return None  # a complement, a passive subject, an attribute: the question would drop it
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    answer = trim(token.doc[dobj.left_edge.i : dobj.right_edge.i + 1]) if dobj is not None else token.doc[token.i : token.i]
    found = setting_of(token, answer)
    if found is None:
        return None
    setting_prep = _prep_of(token, found[1])
    for c in token.children:
        if c.dep_ == "prep" and (setting_prep is None or c.i != setting_prep.i) and not _time(c):
            return None  # "spoke about Iran at …": the question would lose what the act was about
    subject = subject_of(token)
    if subject is None or subject.i > token.i or subject.pos_ == "PRON" or negative_subject(subject) or conjuncts_of(subject):
        return None
    actor = actor_of(subject)
    if actor is None or actor[1] not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    actor_text, label = " ".join(actor[0].split()), actor[1]
    if label == "GPE" and not is_country(actor_text):
        return None
    verb = token.lemma_.lower()
    # a particle, or an adverb the parse took for one right after the verb ("passed away")
    particle = next(
        (c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == token.i + 1 and c.tag_ in ("RB", "RP") and c.n_lefts + c.n_rights == 0)),
        None,
    )
    if particle:
        verb = f"{verb} {particle}"
    if dobj is not None:
        if len(answer) > MAX_OBJECT_WORDS or not (specific(answer) and pins_a_fact(answer)) or not stands_alone(answer, label):
            return None
        if any(t.idx in quoted for t in answer) or relative_time_inside(answer) or points_outside(answer, token, subject):
            return None
    aux, qverb = question_form(token, verb, subject)
    when = time_of(token, sent)
    return EventFact(
        article_id=article_id,
        actor=actor_text,
        actor_label=label,
        verb=verb,
        verb_class=SETTING_CLASS,
        verb_group=" ".join([*(t.lower_ for t in token.children if t.dep_ == "aux" and t.i < token.i), token.lower_]),
        question_aux=aux,
        question_verb=qverb,
        answer=" ".join(answer.text.split()),
        answer_kind="setting",
        prep=None,
        start=subject.left_edge.idx,
        end=max(answer.end_char, token.idx + len(token.text)),
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        time_start=when.start_char if when is not None else None,
        time_end=when.end_char if when is not None else None,
        setting=found,
    )


def _prep_of(token: Token, answer: str) -> Token | None:
    """The preposition of the verb (or of a fronted date of it) whose phrase holds the setting."""
    for c in token.children:
        if c.dep_ == "prep" and answer in token.doc[c.i : c.right_edge.i + 1].text:
            return c
    return None


def _time(prep: Token) -> bool:
    """A short time ("on Friday", "late last week"), not one a clause says ("from the night the
    plane went down": it says which tapes, and the question would lose it)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ not in ("DATE", "TIME"):
        return False
    return prep.right_edge.i - prep.i < 5 and not any(t.pos_ in ("VERB", "AUX") for t in prep.subtree)
