"""What a named speaker's reported clause says its verb acts on: the clause's object, complement
or agent, asked "What did X say …?".

"Senator Tom Harlow said Governor Anne Brisco had hidden a $40 million overrun on the Dayton
bridge." → an ``EventFact`` whose actor is the speaker ("Tom Harlow"), whose question carries
the clause up to its verb ("say Governor Anne Brisco had hidden") and whose answer is the
verb's object ("a $40 million overrun on the Dayton bridge"): the "what" card asks "What did Tom
Harlow say Governor Anne Brisco had hidden?". ``extract.claim_events`` asks the clause's
subject ("Who did Tom Harlow say had hidden …?"); a teacher asks both. The card asks what was
claimed, in the speaker's name: it never states the claim as fact.

The claim is the subject claims' (``claim_events._said_clause``: a named speaker, a speech verb
of ``CLAIM_VERBS`` that asserts, not negated, outside quotations; an asserted finite clause).
The clause opens with its subject, which stands alone (a name or a phrase that says which, or
a pronoun of the speaker's kind that points at no one else); its verb, or the verb an
infinitive or an adjective leads to ("was willing to revoke", "wants to send"), has one slot:
a direct object, a copula's complement ("Iraq alleged Ritter was [an American spy]") or a
passive's agent ("… could be replaced by [a caretaker cabinet of technocrats]"). The answer is a
noun phrase that pins a fact (``lede_reasons.act_phrase``: no pronoun, no shell noun, a closing
relative clause left in the sentence; ``event_phrases.specific``, not leaning on the text
before), never a name, which the subject claims ask "Who …?" with people as choices; the words
of the clause around it make the question, short, naming something, with no pronoun but the
speaker's own (``answer_pronouns.points_outside``) and no "the decision" only the sentences
before identify (``event_phrases.stands_alone``). Modal verbs inside the clause stay (the claim
is attributed); the clause's own negation stays ("said she did not want …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quizgen.constants import (
    ACTOR_PRONOUNS,
    CLAIMED_CLASS,
    MOTION_VERBS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SEMI_MODAL_VERBS,
    TO_RECIPIENT_VERBS,
)
from quizgen.extract.answer_pronouns import points_outside
from quizgen.extract.claim_names import CLAUSE_MAX_WORDS, names_something, one_name
from quizgen.extract.event_phrases import (
    leans_on_context,
    plural_beside_singular,
    specific,
    stands_alone,
    trim,
)
from quizgen.extract.judged_acts import speaker_label
from quizgen.extract.lede_reasons import MAX_WORDS as ANSWER_MAX_WORDS
from quizgen.extract.lede_reasons import act_phrase
from quizgen.extract.phrase_specificity import pins_a_fact
from quizgen.facts.records import EventFact
from quizgen.nlp import lemmatizer_lexicon, sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizgen.extract.quoted_text import Quoted

QUOTE_MARKS = ("“", "”", '"', "``", "''", "‘", "’ ")
NAME_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP"])  # the subject claims' answers ("Who …?")
SCALE_WORDS = frozenset(["thousand", "million", "billion", "trillion", "mln", "bln"])  # "six mln": a number's scale


class SaidClause(NamedTuple):
    """A named speaker's claim: the speaker, the question's auxiliary and the speaker's name
    ("did", "Tom Harlow"), the reported clause's head and the speech verb as the question says
    it ("say", "tell Fox News")."""

    speaker: Token
    question_aux: str
    speaker_text: str
    clause: Token
    asked_verb: str


def claimed_object(verb: Token, sent: Span, article_id: str, quoted: Quoted, said: SaidClause) -> EventFact | None:
    """What the claim's clause says its verb acts on, as an ``EventFact`` asked "What did
    <speaker> <verb> <clause before the answer>?", or None when the clause asks nothing so."""
    speaker, question_aux, speaker_text, clause, asked_verb = said
    doc = sent.doc
    if any(t.idx in quoted for t in clause.subtree):
        return None  # words of a quotation: the quote cards ask them
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in clause.children):
        return None  # "said Brisco lied and Dale …": two acts, one question cannot say which
    subject = subjects[0]
    if any(t.lower_ != "that" for t in doc[clause.left_edge.i : subject.left_edge.i]):
        return None  # "said on Monday, Brisco …": the clause opens with more than its subject
    acting = _acting_verb(clause)
    slot = _slot(acting, clause)
    if slot is None:
        return None
    head, by = slot
    if head.pos_ != "NOUN" or head.ent_type_ in NAME_LABELS:
        return None  # a name: the subject claims ask it "Who did X say …?", with people as choices
    if head.like_num or head.lower_ in SCALE_WORDS:
        return None  # "spending [six mln] stg a day" (j110): an amount cut from its unit; the figure cards ask it
    if _broken_perfect(acting, head):
        return None  # "said the moratorium had [surprised banks]" (j116): a past perfect read as having
    label = speaker_label(speaker)
    answer = act_phrase(head) or _owned_answer(head, label, verb, speaker)
    if answer is None or answer.start != head.left_edge.i or not specific(answer) or leans_on_context(answer):
        return None  # "the nomination", "a campaign": which one, the sentences before say
    if any(c.dep_ == "relcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in head.rights) and answer.end <= head.right_edge.i:
        return None  # "the only country [to protect producers]" (j89): an infinitive says which, it cannot go
    if answer.end <= head.right_edge.i and not any(c.dep_ == "relcl" and c.left_edge.i == answer.end for c in head.rights):
        return None  # "Reno's failure | to set a new deadline": the phrase left out says which, unlike a relative clause
    clause_end = clause.right_edge.i + 1 if clause.i > verb.i else min(clause.right_edge.i + 1, speaker.left_edge.i)
    words = trim(doc[subject.left_edge.i : clause_end])
    before = doc[subject.left_edge.i : answer.start - (1 if by else 0)]
    after = trim(doc[head.right_edge.i + 1 : words.end]) if head.right_edge.i + 1 < words.end else doc[0:0]
    if len(after) and doc[head.right_edge.i + 1].text in (",", ";", "--"):
        return None  # "recorded a gain of 1.5 pct[, to 530]" (j92): an aside set off by a comma reads only beside the answer
    if len(after) and after[0].lower_ in ("to", "from", "by") and any(t.like_num for t in after[1:3]) and head.lower_.endswith("ing"):
        # "approve the doubling of authorized shares [to 120 mln]" (j93): the figure the act the
        # answer names reaches ("increase U.S. production by one mln barrels" is the verb's own)
        return None
    if not len(before) or (len(after) and (not _adjunct_of(after, acting, clause) or any(t.is_punct for t in after))):
        return None  # "… to 66.7%, from the 18.7% it already owns": an aside the question would carry
    if not _stands_alone(before, subject, label) or (len(after) and not stands_alone(after, label)):
        return None
    if len(after) and plural_beside_singular(after, clause):
        return None  # "said it was tightening [its credit policy for banks] by raising their ratio" (j118)
    if len(after) and after[0].lower_ == "to" and after[0].dep_ == "prep" and acting.lemma_.lower() not in TO_RECIPIENT_VERBS | MOTION_VERBS:
        return None  # "would back [a bridge loan] to Argentina" (j122): the loan's "to", no "back … to Argentina"
    if len(after) and after[0].lower_ == "to" and acting.lemma_.lower() in SEMI_MODAL_VERBS:
        return None  # "it has [an understanding …] to sell": blanked, "has to sell" reads as a must
    asked = [*before, *after]
    if not 2 <= len([t for t in asked if not t.is_punct]) <= CLAUSE_MAX_WORDS or not any(names_something(p) for p in (before, after) if len(p)):
        return None  # "said she would not send …": nothing in the question says which claim
    text = "".join(t.text_with_ws for t in before).strip() + (" by" if by else "")
    first = before[0]
    if first.i == sent.start and (first.pos_ == "DET" or (first.pos_ != "PROPN" and first.ent_type_ not in NAME_LABELS)):
        text = text[:1].lower() + text[1:]  # "(Freeh said) The FBI continues …" → "say the FBI continues …"
    if len(after):
        text += " " + after.text
    if any(mark in text or mark in answer.text for mark in QUOTE_MARKS):
        return None
    if any(points_outside(part, verb, speaker) for part in (before, after, answer) if len(part)):
        return None  # "said its leader …": whose, a noun the card leaves out says
    # "Who did Harlow say Brisco hired?" → "a former Dayton Steel lobbyist"; a complement says
    # what someone is ("What did Iraq allege Ritter was?" → "an American spy")
    wh = "Who" if head.dep_ != "attr" and head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS else "What"
    return EventFact(
        article_id=article_id,
        actor=speaker_text,
        actor_label=label,
        verb=verb.lemma_.lower(),
        verb_class=CLAIMED_CLASS,
        verb_group=f"{question_aux} {speaker_text} {asked_verb}",
        question_aux=question_aux,
        question_verb=f"{asked_verb} {' '.join(text.split())}",
        answer=" ".join(answer.text.split()),
        answer_kind="object",
        prep=None,
        start=speaker.left_edge.idx,
        end=answer.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        wh=wh,
    )


def _owned_answer(head: Token, label: str, verb: Token, speaker: Token) -> Span | None:
    """The noun phrase with a possessive of the speaker's own ("(Acme said it sold) 750,000
    shares of its common stock"), which ``act_phrase`` leaves out as leaning on the text before:
    a phrase that pins a fact, whole but for a closing relative clause, whose pronoun no noun
    of the sentence the card leaves out may be meant by (``answer_pronouns.points_outside``)."""
    doc = head.doc
    end = head.right_edge.i + 1
    relative = next((c for c in head.rights if c.dep_ == "relcl"), None)
    if relative is not None:
        end = relative.left_edge.i
    answer = trim(doc[head.left_edge.i : end])
    words = [t for t in answer if not t.is_punct]
    if not any(t.tag_ == "PRP$" for t in answer) or any(t.tag_ == "PRP" for t in answer):
        return None  # no possessive: ``act_phrase`` has said no for another reason
    if not 2 <= len(words) <= ANSWER_MAX_WORDS or any(t.is_punct for t in answer) or any(c.dep_ in ("appos", "conj") for c in head.rights):
        return None  # "its stake, 8.9%, …", "its plants and its mines": a phrase in pieces
    if not pins_a_fact(answer) or not stands_alone(answer, label) or points_outside(answer, verb, speaker):
        return None
    return answer


def _broken_perfect(acting: Token, head: Token) -> bool:
    """Whether "have" takes for its object a noun whose phrase opens, right after the verb, on a
    word in "-ed" the lexicon knows as a verb ("Brazil's moratorium had surprised banks", the
    tagger's "surprised" an adjective of "banks"): a past perfect the tagger broke, whose
    "object" is the verb and its own object. "had chemical weapons" is owned; "had limited
    funds" is lost with it."""
    if acting.lemma_.lower() != "have" or head.left_edge.i != acting.i + 1:
        return False
    first = head.left_edge
    return first.i != head.i and first.tag_ in ("JJ", "VBN", "VBD") and first.lower_.endswith("ed") and lemmatizer_lexicon().knows(first.lower_, "verb")


def _acting_verb(clause: Token) -> Token:
    """The verb the clause's subject acts with: the clause's own, or the one an infinitive or
    an adjective leads to ("did not want to send", "was willing to revoke")."""
    acting = clause
    while True:
        nexts = [c for c in acting.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        nexts += [x for a in acting.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
        if len(nexts) != 1 or nexts[0].i < acting.i:
            return acting
        acting = nexts[0]


def _slot(acting: Token, clause: Token) -> tuple[Token, bool] | None:
    """The one noun the verb acts on after it, and whether it is a passive's agent: a direct
    object, a copula's complement, or the object of "by"."""
    found = [(c, False) for c in acting.children if c.dep_ in ("dobj", "attr") and c.i > acting.i]
    found += [(o, True) for c in acting.children if c.dep_ == "agent" and c.i > acting.i for o in c.children if o.dep_ == "pobj"]
    if len(found) != 1 or any(c.dep_ == "conj" for c in found[0][0].children):
        return None  # "sent troops and aircraft": a list is asked whole or not at all
    if found[0][0].dep_ == "attr" and acting.lemma_ != "be":
        return None
    return found[0]


def _adjunct_of(after: Span, acting: Token, clause: Token) -> bool:
    """Whether the words after the answer are the clause verb's own adjuncts ("… next year",
    "… on the ground to fight …"), not a second clause run on ("and …", ", but …")."""
    verbs = {acting.i, clause.i, *(t.i for t in acting.ancestors)}
    return all(t.head.i in verbs or after.start <= t.head.i < after.end for t in after) and not any(
        t.dep_ in ("cc", "conj") and t.head.i in verbs for t in after
    )


# Words that count a subject on top of what the text told before ("two more explosions",
# "another bomb", "other countries", "further attacks", "additional troops")
ADDED_TO_BEFORE = frozenset(["more", "another", "other", "further", "additional"])


def _stands_alone(before: Span, subject: Token, label: str) -> bool:
    """The question's clause up to the answer: its subject says whom it is about (a name, a
    phrase that says which, or a pronoun of the speaker's kind), and its words lean on nothing
    before. A name stands as written ("Governor Anne Brisco", not headline capitals)."""
    phrase = before.doc[subject.left_edge.i : subject.right_edge.i + 1]
    pronouns = ACTOR_PRONOUNS["person" if label == "PERSON" else "organisation"]
    if subject.pos_ == "PRON":
        if len(phrase) != 1 or subject.lower_ not in pronouns:
            return False  # "said it will close …" of a person: what "it" is, the text before says
    elif one_name(subject, {}) is None and not stands_alone(phrase, label):
        return False  # "said the accord has shattered …": which accord, the sentences before say
    elif any(t.lower_ in ADDED_TO_BEFORE and t.dep_ in ("amod", "advmod", "det") for t in phrase):
        return False  # "Two more explosions rocked …": more than which, the sentences before say
    return len(before) <= 1 or stands_alone(before, label)
