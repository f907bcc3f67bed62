"""Claims: whom a named speaker's reported clause is about, asked "Who did X say …?".

"CNN's Dana Bash tweeted that Ivanka Trump was behind the decision." → an ``EventFact`` whose
actor is the clause's subject ("Ivanka Trump", the answer), whose question frame is the
speaker's verb ("did Dana Bash tweet") and whose answer field holds the rest of the clause
("was behind the decision"): the "who" card asks "Who did Dana Bash tweet was behind the
decision?". A teacher's first questions about political news are often of this kind — what a
named person claimed about another — and a statement verb is otherwise no event
(``constants.REPORTING_ONLY_CLASSES``): "What did X say?" names no topic, but "Who did X say
is not qualified to be president?" has one right answer, the name the clause puts first.

Read only where the sentence holds exactly that: a speech verb of ``CLAIM_VERBS`` (VerbNet's
say-37.7 and its verbs of stated conjecture) not negated, not inside a quotation, whose
subject is a named speaker; its clause finite and asserted of a named subject (a person, an
organisation, a country, a group) that is not the speaker; the rest of the clause contiguous,
free of quotation marks, short and standing alone (``event_phrases.stands_alone``: no pronoun
but one pointing at the answer, no "the decision" only the sentences before identify).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from quizgen.constants import (
    CLAIM_PARAGRAPHS,
    CLAIM_VERBS,
    JUDGED_ACT_FRAMES,
    JUDGEMENT_FRAMES,
    MOJIBAKE_MARKS,
)
from quizgen.extract.claim_names import (
    ANSWER_LABELS,
    CLAUSE_MAX_WORDS,
    SUBJECT_MAX_WORDS,
    entity_named,
    names,
    names_something,
    one_name,
    same_party,
    surnames,
)
from quizgen.extract.claim_objects import SaidClause, claimed_object
from quizgen.extract.event_actors import entity_at
from quizgen.extract.event_phrases import stands_alone, trim
from quizgen.extract.events import told_sentences
from quizgen.extract.judged_acts import judged_act
from quizgen.extract.quoted_text import Quoted, quoted_chars
from quizgen.facts.places import is_country
from quizgen.facts.records import EventFact, Mention, Reference
from quizgen.ingest.articles import Article
from quizgen.ingest.wire_paragraphs import story_blocks
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTE_MARKS = ("“", "”", '"', "``", "''", "‘", "’ ")
SENTENCE_ENDS = (".", "!", "”", '"', "’", ")")
FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])


def extract_claims(
    doc: Doc,
    *,
    article: Article,
    references: Iterable[Reference] = (),
    people: Sequence[Mention] = (),
    paragraphs: int = CLAIM_PARAGRAPHS,
) -> Iterator[EventFact]:
    """Claims about a named subject in the first ``paragraphs`` prose paragraphs, in text order.
    ``references`` (``extract.references``) name a speaker the sentence calls "he" or "the
    company": "He said Brisco lied" → "Who did Tom Harlow say lied?"; ``people``
    (``extract.people``) a person the sentence calls by surname ("Harlow accused Brisco …")."""
    # where a word stands for someone named elsewhere: its start → its end and the name
    named = surnames(people) | {
        r.start: (r.end, r.name.strip("[]")) for r in references if r.name and r.kind in ("person", "org") and not r.possessive
    }
    blocks = [b for b in story_blocks(article.blocks) if b.kind == "text" and len(b.text.split()) >= 8][:paragraphs]
    quoted = quoted_chars(doc)
    for sent in told_sentences(doc, blocks):
        if not sent.text.rstrip().endswith(SENTENCE_ENDS) or _folded(sent.text) == _folded(article.title or ""):
            continue  # "Clinton calls on U.S. to lead": the headline, run into the text or repeated
        if any(mark in sent.text for mark in MOJIBAKE_MARKS):
            continue  # "to extradite GÃ1⁄4len": a name the encoding repair could not mend
        for token in sent:
            if token.idx in quoted:
                continue
            lemma = token.lemma_.lower()
            said = _said_clause(token, named) if lemma in CLAIM_VERBS else None
            facts = (
                [_claim(token, sent, article.id, quoted, named, said), claimed_object(token, sent, article.id, quoted, said)]
                if said is not None
                else [_target(token, sent, article.id, quoted, named)] if lemma in JUDGEMENT_FRAMES
                else []
            )
            yield from (f for f in facts if f is not None)
            if lemma in JUDGED_ACT_FRAMES and (frame := _frame(token, named)) is not None:
                charge = judged_act(token, sent, article.id, quoted, frame)
                if charge is not None:
                    yield charge  # "What did Harlow accuse Brisco of?" (``extract.judged_acts``)


def _said_clause(verb: Token, named: dict[int, tuple[int, str]]) -> SaidClause | None:
    """A named speaker's asserted claim: the speaker's frame, the reported clause and the verb
    as the question says it, or None (``_frame``, ``_asserted_clause``, ``_question_verb``)."""
    frame = _frame(verb, named)
    if frame is None:
        return None
    # the clause after the verb, or before it ("Kopp fled to Mexico, the FBI said")
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(clauses) != 1:
        return None
    clause = clauses[0]
    if not _asserted_clause(clause) or clause.lemma_.lower() in CLAIM_VERBS:
        return None  # "The Post reported that Klein said he …": who spoke is the quote cards' to ask
    asked_verb = _question_verb(verb)
    if asked_verb is None:
        return None
    return SaidClause(*frame, clause=clause, asked_verb=asked_verb)


def _claim(verb: Token, sent: Span, article_id: str, quoted: Quoted, named: dict[int, tuple[int, str]], said: SaidClause) -> EventFact | None:
    speaker, question_aux, speaker_text, clause, asked_verb = said
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    before = [t for t in sent.doc[clause.left_edge.i : subject.left_edge.i] if t.lower_ != "that"]
    if before:
        return None  # "said on Monday, Clinton …": the clause opens with more than its subject
    if any(t.idx in quoted for t in clause.subtree):
        return None  # words of a quotation: the quote cards ask who said them
    end = clause.right_edge.i + 1 if clause.i > verb.i else min(clause.right_edge.i + 1, speaker.left_edge.i)
    clause_words = trim(sent.doc[subject.left_edge.i : end])
    asked = _asked_subject(clause, subject, clause_words, named) or _asked_last_name(clause, subject, clause_words, named)
    if asked is None:
        return None
    answer, label, rest = asked
    if same_party(answer, speaker_text):
        return None  # "Trump said Trump …": the question names its answer
    if any(mark in rest.text for mark in QUOTE_MARKS) or names(rest, answer):
        return None  # "… said Clinton helped Clinton's campaign": the question gives it away
    if not names_something(rest):
        return None  # "Pence said Trump will be following a different schedule": nothing says which
    return _claim_fact(
        article_id, answer, label, sent=sent, speaker=speaker, rest=rest, verb=verb.lemma_.lower(),
        verb_group=f"{question_aux} {speaker_text} {asked_verb}", question_aux=question_aux,
        question_verb=verb.lemma_.lower(),
    )


def _asked_subject(clause: Token, subject: Token, words: Span, named: dict[int, tuple[int, str]]) -> tuple[str, str, Span] | None:
    """The clause's subject when it is a name, and the rest of the clause after it: "(said)
    Governor Anne Brisco | had misled voters about …"."""
    found = one_name(subject, named)
    if found is None:
        return None
    rest = words.doc[subject.right_edge.i + 1 : words.end]
    if not len(rest) or rest[0].i != _first_of_predicate(clause).i:
        return None  # the clause goes on after its subject with an aside, not its verb
    if not _short(rest) or not stands_alone(rest, found[1]):
        return None
    return found[0], found[1], rest


def _asked_last_name(clause: Token, subject: Token, words: Span, named: dict[int, tuple[int, str]]) -> tuple[str, str, Span] | None:
    """The name that ends the clause, as its verb's object or agent, and the clause before it:
    "(alleged) the bombings were planned by | Osama bin Laden", "(said) the party will
    nominate | Bernie Sanders"."""
    last = words[-1]
    heads = [t for t in words if t.right_edge.i == last.i and t.dep_ in ("dobj", "pobj", "attr", "dative") and t.i > clause.i]
    if len(heads) != 1 or subject.right_edge.i >= heads[0].left_edge.i:
        return None
    name = heads[0]
    if name.dep_ == "pobj" and not (name.head.head == clause or name.head.head.head == clause):
        return None  # "in the fight against | the Islamic State": a name inside a phrase, not the clause's own
    found = one_name(name, named)
    if found is None:
        return None
    rest = words.doc[words.start : name.left_edge.i]
    body = rest[:-1] if rest[-1].dep_ in ("prep", "agent") else rest
    if not _short(rest) or not len(body) or not stands_alone(body, "PERSON"):
        return None
    return found[0], found[1], rest


def _short(rest: Span) -> bool:
    return 3 <= len([t for t in rest if not t.is_punct]) <= CLAUSE_MAX_WORDS


def _target(verb: Token, sent: Span, article_id: str, quoted: Quoted, named: dict[int, tuple[int, str]]) -> EventFact | None:
    """Whom a speaker accused, blamed, praised or urged, and of or for what: "Harlow accused
    Brisco of misusing state funds" → actor "Anne Brisco", answer "of misusing state funds",
    asked "Who did Tom Harlow accuse of misusing state funds?"."""
    lemma = verb.lemma_.lower()
    frame = _frame(verb, named)
    if frame is None:
        return None
    speaker, question_aux, speaker_text = frame
    preposition = JUDGEMENT_FRAMES[lemma]
    if lemma == "call":
        ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
        targets = [c for o in ons for c in o.children if c.dep_ == "pobj"]
        asked_verb = "call on"
    else:
        targets = [c for c in verb.children if c.dep_ == "dobj"]
        asked_verb = lemma
    if len(targets) != 1 or any(c.dep_ == "conj" for c in targets[0].children):
        return None
    target = targets[0]
    found = entity_named(target, named)
    if found is None:
        return None
    answer, label = found
    if label not in ANSWER_LABELS or (label == "GPE" and not is_country(answer)) or same_party(answer, speaker_text):
        return None
    if preposition == "to":
        heads = [c for c in [*verb.children, *target.children] if c.dep_ == "xcomp" and c.i > target.i]
        complements = [h for h in heads if any(a.lower_ == "to" for a in h.children if a.dep_ == "aux")]
    else:
        complements = [c for c in [*verb.children, *target.children] if c.dep_ == "prep" and c.lower_ == preposition and c.i > target.i]
    if len(complements) != 1:
        return None
    complement = complements[0]
    # the parse hangs "of …" on the person as often as on the verb: the name ends before it
    owned = [t for t in target.subtree if not (complement.left_edge.i <= t.i <= complement.right_edge.i)]
    target_end = max(t.i for t in owned)
    if target_end - target.left_edge.i + 1 > SUBJECT_MAX_WORDS or any(t.dep_ in ("relcl", "acl", "appos") for t in owned):
        return None
    rest = trim(sent.doc[complement.left_edge.i : complement.right_edge.i + 1])
    if not len(rest) or rest[0].i != complement.left_edge.i or rest[0].i != target_end + 1:
        return None  # "accused Brisco on Monday of …": the question would drop what stood between
    after = sent.doc[rest.end] if rest.end < sent.end else None
    if after is not None and not after.is_punct and not after.is_space:
        return None  # "criticized Dow Jones for not disclosing | that …": the parse cut the phrase
    words = [t for t in rest if not t.is_punct]
    if not 3 <= len(words) <= CLAUSE_MAX_WORDS or any(t.idx in quoted for t in rest):
        return None
    inner = rest[1:]  # the phrase after "of", "for" or "to"
    if not len(inner) or not stands_alone(inner, label) or any(mark in rest.text for mark in QUOTE_MARKS):
        return None
    if names(rest, answer) or not names_something(inner):
        return None  # "praised Brisco for her work": for what, nothing out of the sentence says
    return _claim_fact(
        article_id, answer, label, sent=sent, speaker=speaker, rest=rest,
        verb=lemma if lemma != "call" else "call on",
        verb_group=f"{question_aux} {speaker_text} {asked_verb if verb.tag_ != 'VBN' else verb.lower_ + asked_verb[len(lemma):]}",
        question_aux=question_aux, question_verb=asked_verb,
    )


def _claim_fact(
    article_id: str, answer: str, label: str, *, sent: Span, speaker: Token, rest: Span, verb: str,
    verb_group: str, question_aux: str, question_verb: str,
) -> EventFact:
    """A claim as an ``EventFact`` asked only "who" (``verb_class`` "state": "What did X say?"
    names no topic, ``items.event_what``); its answer field holds the rest of the clause."""
    return EventFact(
        article_id=article_id,
        actor=answer,
        actor_label=label,
        verb=verb,
        verb_class="state",
        verb_group=verb_group,
        question_aux=question_aux,
        question_verb=question_verb,
        answer=" ".join(rest.text.split()),
        answer_kind="said",
        prep=None,
        start=speaker.left_edge.idx,
        end=rest.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
    )


def _frame(verb: Token, named: dict[int, tuple[int, str]]) -> tuple[Token, str, str] | None:
    """The speaker, the auxiliary and the speaker as a question names them ("did", "Dana
    Bash"), for a speech verb that asserts: a finite past or present, no negation, no
    auxiliary but a perfect's "has"/"have", a named speaker before it."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in auxes):
        return None  # "was told that …": the speaker is not the subject
    if auxes:
        if len(auxes) != 1 or auxes[0].lower_ not in ("has", "have") or verb.tag_ != "VBN":
            return None  # "may say", "will argue": a guess at what is said
        aux = auxes[0].lower_
    elif verb.tag_ == "VBD":
        aux = "did"
    elif verb.tag_ in ("VBZ", "VBP"):
        aux = "does" if verb.tag_ == "VBZ" else "do"
    else:
        return None  # a participle ("saying that …", "accused of"): no tense of its own to ask
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(speakers) != 1 or any(c.dep_ == "conj" for c in speakers[0].children):
        return None
    speaker = speakers[0]
    hit = named.get(speaker.left_edge.idx)
    if hit is not None and speaker.pos_ in ("PRON", "NOUN") and hit[0] == speaker.idx + len(speaker.text):
        return speaker, aux, hit[1]  # "He said", "the company said": named before (not "Trump's opponents")
    found = entity_named(speaker, named)
    if found is None:
        return None
    text, label = found
    if label == "GPE" and not is_country(text):
        return None  # "Kalamazoo said": a dateline's city
    first = speaker.left_edge
    if text.split()[0] == first.lower_ and first.text != first.lower_ and first.pos_ != "DET" and (first.ent_type_ or first.pos_ == "PROPN"):
        text = first.text + text[len(first.text):]  # "Soviet officials", as written: a name keeps its capital
    return speaker, aux, text


def _question_verb(verb: Token) -> str | None:
    """The verb in the question, with a short named addressee for "tell" ("tell Fox News"),
    or None when "tell" names none: "Who did Schoen tell was …?" is no sentence."""
    if verb.lemma_.lower() != "tell":
        return verb.lemma_.lower() if verb.tag_ != "VBN" else verb.lower_
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ != "that" and c.i < min(t.i for t in verb.children if t.dep_ == "ccomp")]
    base = "tell" if verb.tag_ != "VBN" else "told"
    if len(told) == 1 and told[0].pos_ != "PRON" and entity_at(told[0]) is not None and told[0].right_edge.i - told[0].left_edge.i < 4:
        return f"{base} " + " ".join(verb.doc[told[0].left_edge.i : told[0].right_edge.i + 1].text.split())
    return None


def _asserted_clause(clause: Token) -> bool:
    """A finite clause that states something: not "whether/if/why …", not a question."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return False  # "asked whether", "said if": no statement
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.lower_ != "that" for t in clause.children):
        return False
    return clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children)


def _first_of_predicate(clause: Token) -> Token:
    """The first word after the subject that belongs to the clause's own verb group: an
    auxiliary, a negation, an adverb or the verb itself."""
    group = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < clause.i]
    subject_end = max(c.right_edge.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    return min((t for t in group if t.i > subject_end), key=lambda t: t.i, default=clause)


def _folded(text: str) -> str:
    return " ".join(text.strip().rstrip(".!").casefold().split())
