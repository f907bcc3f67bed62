"""Events: who did what, read from the parse of the lede's sentences.

"The Rail Authority announced on Monday that it will close 40 rural lines." → an
``EventFact`` with actor "Rail Authority" (the verb's subject, an entity), verb "announce"
(a lemma of ``constants.EVENT_VERBS``) and answer "that it will close 40 rural lines" (the
verb's clause, object, infinitive or prepositional object: a whole subtree, so it stands
alone). Nothing is made from a clause that only might happen: a negated verb ("did not
announce"), a hedging auxiliary ("might close"), a condition ("if the court rules"), a question,
a wish ("wants to join": an infinitive is not an event), a view (a verb of opinion above it), a
simple present (a state or a habit), a pronoun actor ("It announced") — unless a speaker
reports its own act ("Octel said it acquired …") — or an answer that does not stand alone
(``event_phrases``). Statements ("said that …") are no events: quotes ask them.

A clause opened by "after", "before", "when" or "since" tells a thing done ("after Delmont
closed its plant, …"). A passive without its agent is asked the other way round, when a
complement says what was done: "Lewandowski was dismissed as campaign manager" → answer kind
"passive", whose subject (a person or an organisation) answers "Who was dismissed as …?".
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.constants import (
    ASIDE_OPENERS,
    CLAUSE_ONLY_CLASSES,
    CONDITIONAL_MARKS,
    EVENT_ANSWER_MAX_WORDS,
    EVENT_PARAGRAPHS,
    EVENT_VERBS,
    FREQUENCY_ADVERBS,
    GROUP_NOUNS,
    HEDGE_AUXILIARIES,
    INSTITUTION_NOUNS,
    OBJECT_PLUS_COMPLEMENT,
    OPINION_VERBS,
    REASON_MARKERS,
    REPORTING_ONLY_CLASSES,
)
from quizgen.extract.date_predicates import saying_over
from quizgen.extract.event_peers import peers_of
from quizgen.extract.event_phrases import specific, stands_alone, trim, without_vague_adjunct
from quizgen.facts.places import is_country
from quizgen.facts.records import EventFact
from quizgen.ingest.articles import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACTOR_LABELS = frozenset(["ORG", "GPE", "NORP", "PERSON"])
EVENT_DEPS = frozenset(["ROOT", "ccomp", "conj"])  # main clauses and reported ones, not wishes
TIME_MARKS = frozenset(["after", "before", "when", "since"])  # a clause they open tells a thing done
PEOPLE_NOUNS = frozenset(["people", "person", "man", "woman", "suspect", "child", "student", "worker", "soldier", "civilian"])
QUOTE_MARKS = "“”\"«»"
COORDINATED_ACTOR_MAX_WORDS = 8
CO_ACTOR_MARKERS = frozenset([("along", "with"), ("together", "with"), ("joined", "by"), ("as", "did")])


def extract_events(doc: Doc, *, article: Article, paragraphs: int = EVENT_PARAGRAPHS) -> Iterator[EventFact]:
    """Events of the first ``paragraphs`` prose paragraphs, in text order."""
    blocks = [b for b in article.text_blocks() if len(b.text.split()) >= 8][:paragraphs]
    quoted = _quoted_chars(doc)
    for sent in doc.sents:
        if not any(b.start <= sent.start_char < b.end for b in blocks):
            continue
        if sent.text.rstrip().rstrip(QUOTE_MARKS + "’'").endswith("?") or _headline_case(sent):
            continue
        if sent.text.lstrip(QUOTE_MARKS + " ").lower().startswith(ASIDE_OPENERS):
            continue
        for token in sent:
            if token.idx in quoted:
                continue
            fact = _event(token, sent, article.id, quoted)
            if fact is not None:
                yield fact


def _headline_case(sent: Span) -> bool:
    """A sentence set in title capitals ("Republicans Finally Confirmed A Judge"): a headline
    run into the text, whose parse and phrases are not a sentence's."""
    words = [t for t in sent if t.is_alpha and not t.ent_type_ and t.i > sent.start]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


_MARKS = re.compile(r"``|''|[“”«»\"]|\n\n")


class _Quoted:
    """The text's stretches inside quotation marks, as sorted (start, end) pairs: ``offset in
    quoted`` tells whether a character is quoted. A quotation may run over several sentences
    ("writing “Feels great … The band offered to pay …”"), so marks are paired over each
    paragraph, not each sentence; a paragraph's end closes any left open."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        opened: int | None = None
        for m in _MARKS.finditer(text):
            mark = m.group()
            if mark == "\n\n" or mark in ("”", "»", "''") or (mark == '"' and opened is not None):
                if opened is not None:
                    self.starts.append(opened)
                    self.ends.append(m.start())
                opened = None
            elif opened is None:  # “, «, ``, or a straight mark opening
                opened = m.end()
        if opened is not None:
            self.starts.append(opened)
            self.ends.append(len(text))

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _quoted_chars(doc: Doc) -> _Quoted:
    return _Quoted(doc.text)


def event_verb(token: Token) -> str | None:
    """The token's event lemma ("step up", "call for", "announce"), or None."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    particles = [c for c in token.children if c.dep_ == "prt"]
    if particles:  # "set off" is not "set", and "called out X for Y" is no "call for"
        phrasal = f"{lemma} {particles[0].lower_}"
        return phrasal if phrasal in EVENT_VERBS else None
    for child in token.children:
        if child.dep_ == "prep":
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in EVENT_VERBS:
                return phrasal
    return lemma if lemma in EVENT_VERBS else None


def _event(token: Token, sent: Span, article_id: str, quoted: _Quoted) -> EventFact | None:
    verb = event_verb(token)
    if verb is None or EVENT_VERBS[verb] in REPORTING_ONLY_CLASSES:
        return None  # "said that …": quotes ask it; the said clause may hold an event of its own
    if _passive(token):
        return _passive_event(token, verb, sent, article_id, quoted)
    if not _main_or_told(token) or not _asserted(token) or not _finite(token):
        return None
    if _habitual(token) or _present_state(token):
        return None
    if any(c.dep_ == "oprd" for c in token.children):
        return None  # "considered a Twitter deal likely": a judgement, not a thing considered
    subject = _subject(token)
    if subject is None or subject.i > token.i or _negative_subject(subject) or _dangling_preposition(token, subject):
        return None
    if subject.pos_ == "PRON":
        subject = _reporter(token, subject)  # "Octel said it acquired …": Octel acquired
        if subject is None:
            return None
    actor = _coordinated_actor(subject) if _conjuncts(subject) else _actor(subject)
    if actor is None:
        return None
    actor_text, label = actor
    actor_text = " ".join(actor_text.split())  # one space between words, as a name is written ("Dow Jones & Co.")
    if label == "GPE" and not is_country(actor_text):
        return None  # "Kalamazoo said": a dateline's city or a place for its people, not an actor
    phrase = _answer(token, verb)
    if phrase is None:
        return None
    answer_span, kind, prep = phrase
    if not len(answer_span) or _negative_subject(answer_span.root):
        return None  # "reached no agreement": nothing was reached
    if answer_span[0].pos_ == "ADP" and kind != "prep":
        return None  # "want in many cases, what …": the parse took an adverbial for the object
    if kind in ("object", "prep") and not specific(answer_span):
        return None
    if kind == "infinitive" and _bare_object(answer_span.root):
        return None  # "decided to go with biography", "vowed to fight terrorism": which act, nothing says
    reason = _reason(token, label, answer_span)
    if reason is None and kind in ("clause", "infinitive"):
        # "announced that it will close 40 lines because of …": the cause closes the clause
        cause = _reason(answer_span.root, label, None)
        if cause is not None and cause[1] == answer_span.end:
            reason = cause
            answer_span = trim(answer_span.doc[answer_span.start : cause[0]])
    answer_span = without_vague_adjunct(answer_span)
    if kind == "object" and (_relative_time_inside(answer_span) or not stands_alone(answer_span, label)):
        # "expelled five Iraqis and a Libyan [who were questioned … last month]"
        answer_span = _without_relative_clause(answer_span, label) or answer_span
    if not stands_alone(answer_span, label) or any(t.idx in quoted for t in answer_span):
        return None
    if _relative_time_inside(answer_span):
        return None  # "withdrawing troops on Friday and release prisoners": a stray "Friday"
    means = _means(token, label, answer_span)
    aux, qverb = _question_form(token, verb, subject)
    when = _time_of(token, sent)
    peers = peers_of(token, subject, actor_text, label)
    return EventFact(
        article_id=article_id,
        actor=actor_text,
        actor_label=label,
        verb=verb,
        verb_class=EVENT_VERBS[verb],
        verb_group=_verb_group(token, verb).lower() if token.pos_ != "PROPN" else _verb_group(token, verb),
        question_aux=aux,
        question_verb=qverb,
        answer=" ".join(answer_span.text.split()),
        answer_kind=kind,
        prep=prep,
        start=subject.left_edge.idx,
        end=answer_span.end_char,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        reason=reason[2] if reason else None,
        means=means,
        time_start=when.start_char if when is not None else None,
        time_end=when.end_char if when is not None else None,
        wh="Who" if _is_people(answer_span) else "What",
        others_too=peers.others or _with_others(token),
        actor_again=peers.again,
        place=_place_of(token, answer_span),
        act=peers.act,
    )


PASSIVE_PREPS = frozenset(["as", "with", "of", "to", "for", "from", "over"])


def _passive(token: Token) -> bool:
    """A passive verb without its agent: "Lewandowski was dismissed on Monday" (with a "by"
    agent the active reading's actor is named, and the parse of the agent is the active's)."""
    deps = {c.dep_ for c in token.children}
    return "nsubjpass" in deps and "auxpass" in deps and "agent" not in deps


def _passive_event(token: Token, verb: str, sent: Span, article_id: str, quoted: _Quoted) -> EventFact | None:
    """Who had it done to them, when a complement of the verb says what ("Lewandowski was
    dismissed as campaign manager", "Roof is accused of killing nine people"): the subject, an
    entity, is the answer of a "who" card; no "what" card (the doer is not named). A bare
    passive ("three people were killed") pins nothing to ask about."""
    if not _main_or_told(token) or not _asserted(token, passive=True) or not _finite(token) or _habitual(token):
        return None
    present = all(c.tag_ in ("VBZ", "VBP") for c in token.children if c.dep_ in ("aux", "auxpass"))
    if present and EVENT_VERBS[verb] != "legal":
        return None  # "is met with relief": a simple present tells a state; "is accused of" a charge standing
    if any(c.dep_ in ("oprd", "attr") for c in token.children):
        return None  # "was named commander of …": the role given is the news, not a complement
    subject = next(c for c in token.children if c.dep_ == "nsubjpass")
    if subject.i > token.i or _conjuncts(subject) or _negative_subject(subject) or _dangling_preposition(token, subject):
        return None
    actor = _actor(subject)
    if actor is None or actor[1] not in ("PERSON", "ORG"):
        return None
    preps = [c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in PASSIVE_PREPS]
    objects = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")] if preps else []
    if not objects:
        return None
    answer_span = without_vague_adjunct(trim(token.doc[preps[0].i : preps[0].right_edge.i + 1]))
    if len(answer_span) < 2 or not specific(answer_span[1:]) or not stands_alone(answer_span, actor[1]):
        return None
    if any(t.idx in quoted for t in answer_span) or _relative_time_inside(answer_span):
        return None
    auxes = sorted((c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i), key=lambda t: t.i)
    when = _time_of(token, sent)
    return EventFact(
        article_id=article_id,
        actor=actor[0],
        actor_label=actor[1],
        verb=verb,
        verb_class=EVENT_VERBS[verb],
        verb_group=" ".join([*(a.lower_ for a in auxes), token.lower_]),
        question_aux=auxes[0].lower_,
        question_verb=" ".join([*(a.lower_ for a in auxes[1:]), token.lower_]),
        answer=answer_span.text,
        answer_kind="passive",
        prep=None,
        start=subject.left_edge.idx,
        end=answer_span.end_char,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        time_start=when.start_char if when is not None else None,
        time_end=when.end_char if when is not None else None,
        wh="Who",
        others_too=_with_others(token),
    )


PLACE_PREPS = frozenset(["in", "at", "across", "throughout", "to", "into"])
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])


def _place_of(token: Token, answer: Span) -> str | None:
    """Where the verb happened or went, when an adverbial of its own names the place ("deployed
    troops in Syria" → "in Syria", "sent troops to Saudi Arabia" → "to Saudi Arabia"): a
    question may carry it to say which act it asks about."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i == answer.end and (role := _capacity(child)):
            return role  # "chose Kaine as her running mate": in what capacity, which pins the act
        if child.dep_ not in ("prep", "dative") or child.lower_ not in PLACE_PREPS or answer.start <= child.i < answer.end:
            continue
        span = token.doc[child.i : child.right_edge.i + 1]
        pobj = [c for c in child.children if c.dep_ == "pobj"]
        if not pobj or pobj[0].ent_type_ not in PLACE_LABELS or len(span) > 6:
            continue
        if any(t.ent_type_ in ("DATE", "TIME") or t.is_punct and t.text != "." for t in span):
            continue
        return child.lower_ + span.text[len(child.text) :]  # "In Washington today, …" → "in Washington"
    return None


def _capacity(prep: Token) -> str | None:
    """An "as" phrase naming a role or a thing, short and whole: "as her running mate", "as
    chief executive" (not "as soon as …", "as part of …" with a clause); what hangs on its noun
    after it ("as her running mate, a man who …", "… on Friday") is left out."""
    pobj = [c for c in prep.children if c.dep_ == "pobj"]
    if not pobj or pobj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = pobj[0]
    spans = [prep.doc[prep.i : prep.right_edge.i + 1]]
    after = [c for c in noun.children if c.i > noun.i]
    if all(c.dep_ in ("appos", "punct", "advmod") or (c.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in after):
        # an aside ("…, a man who …") or a time: the noun says the capacity alone; not a clause
        # of its own ("as evidence | that members are not doing enough": evidence of what)
        spans.append(prep.doc[prep.i : noun.i + 1])
    for span in spans:
        if len(span) <= 6 and not any(
            (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod")) or (t.is_punct and t.text != "-")
            or t.ent_type_ in ("DATE", "TIME")
            for t in span
        ):
            return span.text
    return None


def _relative_time_inside(span: Span) -> bool:
    """A time word inside the answer that only the article's date makes a date ("on Friday",
    "last week", "a few months ago"): a question or answer carrying it leans on a day the card
    does not show. ``trim`` takes one off the end; one inside stays, so no card."""
    for ent in span.ents:
        if ent.label_ in ("DATE", "TIME") and not any(t.like_num or t.is_digit for t in ent):
            return True
    return False


def _without_relative_clause(span: Span, label: str) -> Span | None:
    """An object without the relative clause that closes it, when the clause holds a relative
    time or makes the answer too long, and the rest still says which ("expelled five Iraqis and a Libyan [who were questioned
    … last month]"); None when it does not ("the man [who …]"), or when the clause says what
    the object is ("an option to buy 10%, [of which half may be sold by Octel]")."""
    clauses = [t for t in span if t.dep_ == "relcl" and t.right_edge.i + 1 >= span.end and t.head.i >= span.start]
    if not clauses:
        return None
    too_long = len([t for t in span if not t.is_punct]) > EVENT_ANSWER_MAX_WORDS and _aside(clauses[0])
    if not too_long and not _relative_time_inside(span.doc[clauses[0].left_edge.i : clauses[0].right_edge.i + 1]):
        # the time is the object's own, or the clause says what the object is; a clause that
        # makes the answer too long to read ("objections to a Libyan case [that has blocked the
        # trial of …]") goes when what is left still says which thing
        return None
    rest = trim(span.doc[span.start : clauses[0].left_edge.i])
    if not len(rest) or rest.root.pos_ not in ("NOUN", "PROPN") or not specific(rest) or not stands_alone(rest, label):
        return None  # "released one of two men [who …]": which one, the clause said
    return rest


def _present_state(token: Token) -> bool:
    """A simple present tells a state or a habit, not an event: "Waxman sells hardware",
    "Trump leads Clinton among men", "the league plans to …". (Headlines, whose present is a
    past, are not read: they are no text block.)"""
    return token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _with_others(token: Token) -> bool:
    """ "The U.S., along with the Russians and the French, has stepped up airstrikes": others
    did it too, so "Which country …?" has several right answers. The parse hangs such a phrase
    anywhere ("-- and along with the Russians --"), so any before the verb counts."""
    words = [t.lower_ for t in token.doc[token.sent.start : token.i]]
    pairs = set(itertools.pairwise(words))
    return "alongside" in words or bool(pairs & CO_ACTOR_MARKERS)


def _dangling_preposition(verb: Token, subject: Token) -> bool:
    """A preposition before the subject with no object of its own: the parse lost the phrase
    it opens ("With astronaut Jon McBride, Farkas set up …" read "McBride" as the subject)."""
    return any(
        c.dep_ == "prep" and c.i < subject.i and not list(c.children)
        for c in verb.children
    )


def _negative_subject(subject: Token) -> bool:
    """ "Neither Equus nor Tony Lama gave …", "No bank offered …": nobody did it; "reached no
    agreement": nothing was done."""
    return any(t.lower_ in ("neither", "nor", "no", "none") and t.dep_ in ("det", "preconj", "cc", "nsubj", "dobj", "pobj") for t in subject.subtree)


def _reporter(token: Token, pronoun: Token) -> Token | None:
    """The speaker a clause's pronoun subject stands for, when the clause reports the
    speaker's own act: "First Security said it agreed to acquire …" → First Security. The
    pronoun must fit the speaker ("it"/"they" an organisation, "he"/"she" a person), and the
    reporting verb must be plain report, not opinion ("argued it had won")."""
    clause = token
    while clause.dep_ == "conj":
        clause = clause.head
    report = clause.head
    if clause.dep_ != "ccomp" or EVENT_VERBS.get(report.lemma_.lower()) not in REPORTING_ONLY_CLASSES:
        return None
    if report.lemma_.lower() in OPINION_VERBS:
        return None
    speaker = _subject(report)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    ent = _entity_at(speaker)
    label = ent.label_ if ent is not None else "GROUP"
    pron = pronoun.lower_
    if label == "PERSON":
        fits = pron in ("he", "she")
    else:
        fits = pron in ("it",) if label == "ORG" else pron in ("it", "they")
    return speaker if fits else None


def _is_people(span: Span) -> bool:
    """Whether the answer names people: "six Protestants", "his older brother, Freddy"."""
    root = span.root
    if root.ent_type_ in ("PERSON", "NORP") or root.lemma_.lower() in PEOPLE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children)


def _finite(token: Token) -> bool:
    """A verb with a tense or an auxiliary: "announced", "will close"; not a participle
    standing alone ("Clinton, seeking to shore up support, …")."""
    if token.morph.get("Tense") and token.tag_ not in ("VBG", "VBN"):
        return True
    participle = token.tag_ in ("VBG", "VBN")
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head  # "met and agreed": the first verb's tense
        if verb.morph.get("Tense") and verb.tag_ not in ("VBG", "VBN") and not participle:
            return True
    # "has met and agreed" shares the auxiliary; "put X and accused doctor killer Y" does not
    # make "accused" a verb of its own
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _habitual(token: Token) -> bool:
    """A habit, not an event: "The agency routinely sends …" (a frequency adverb)."""
    return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in token.children)


def _time_of(token: Token, sent: Span) -> Span | None:
    """The sentence's date or time that belongs to this verb: its own, else that of the verb it
    is coordinated with when it shares that verb's subject ("paid tribute Tuesday and promised
    …"). Not the time of a verb the event is reported under ("officials said Wednesday that
    Kopp fired the shots last October": Wednesday is when they said it), nor of a coordinated
    clause with a subject of its own ("Rauner won in 2014; and Bevin won a few months ago":
    2014 is Rauner's). A verb's own vague time ("a few months ago") is still its time: it keeps
    another's from standing in for it."""
    times = [ent for ent in sent.ents if ent.label_ in ("DATE", "TIME")]
    chain = [token]
    t = token
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not _own_subject(t):
        t = t.head
        chain.append(t)
    for verb in chain:  # the nearest verb's time first
        own = [ent for ent in times if _time_verb(ent) == verb.i]
        if len(own) > 1:
            # "The government Saturday condemned the attacks in Kenya Friday": the parse hangs
            # both days on the verb, but one right after the object may date the object (the
            # attacks were on Friday); the verb's day is then the other, or none is sure
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            own = [ent for ent in own if not any(ent.start == o.right_edge.i + 1 for o in objects)]
            return own[0] if len(own) == 1 else None
        if own:
            return own[0]
    return None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _time_verb(ent: Span) -> int | None:
    """The index of the verb a time expression modifies, or None when it dates a noun ("as a
    result of an Aug. 10 agreement": the agreement's date, not the verb's)."""
    head = ent.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.pos_ in ("NOUN", "PROPN"):
            return None
        head = head.head
    return saying_over(ent, head).i if head.pos_ in ("VERB", "AUX") else None


def _conjuncts(subject: Token) -> list[Token]:
    """The subjects coordinated with this one: its conjuncts, or — when the parse hangs each
    on the verb ("O'Malley (D) and … Huckabee (R) announced": two subjects, the "and" on the
    first) — the verb's other subjects after the "and"."""
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    if conjuncts or not any(c.dep_ == "cc" for c in subject.children):
        return conjuncts
    return [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i]


def _coordinated_actor(subject: Token) -> tuple[str, str] | None:
    """Actors named together ("Patricia Smith and Charles Woods filed …"): all of them, as
    written, when each is an entity and the whole is short; else no actor (one of them alone
    would be half the answer, and the others right answers too)."""
    parts = [subject, *_conjuncts(subject)]
    if any(_entity_at(p) is None or p.pos_ == "PRON" for p in parts):
        return None
    span = subject.doc[subject.left_edge.i : max(p.right_edge.i for p in parts) + 1]
    if len([t for t in span if not t.is_punct]) > COORDINATED_ACTOR_MAX_WORDS:
        # "Former Maryland Gov. Martin O'Malley (D) and former Arkansas Gov. Mike Huckabee (R)":
        # when each part is a person's whole name, the names say who ("Martin O'Malley and
        # Mike Huckabee"); titles and party tags are the article's description of them
        names = [_entity_at(p) for p in parts]
        if len(parts) > 3 or any(n is None or n.label_ != "PERSON" or n.root != p for n, p in zip(names, parts)):
            return None
        texts = [n.text for n in names if n is not None]
        if any(len(t.split()) < 2 for t in texts):
            return None  # "Clinton and Sanders": a surname alone leans on the sentences before
        return ", ".join(texts[:-1]) + " and " + texts[-1], "PEOPLE"
    return _lower_common(span), "GROUP"


def _asserted(token: Token, *, passive: bool = False) -> bool:
    """Not negated, hedged, passive (unless ``passive``), conditional or open, up to the
    sentence's root."""
    for child in token.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
            return False  # "will own 60% if all the debt is converted": a condition, not a fact
    for t in [token, *token.ancestors]:
        if t is not token and t.lemma_.lower() in OPINION_VERBS:
            return False  # "argues that the ban failed": a view
        for child in t.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return False
            if child.dep_ in ("aux", "auxpass") and child.lower_ in HEDGE_AUXILIARIES:
                return False
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return False
            if t is token and child.dep_ in ("nsubjpass", "auxpass") and not passive:
                return False
        if not _main_or_told(t):
            return False  # inside a relative clause, a wish ("wants to join"), an adverbial
    return True


def _main_or_told(verb: Token) -> bool:
    """A main clause, a reported one, or one a time clause takes as done ("after Delmont
    vetoed the bill, …": the veto happened) — not a relative clause, a wish or a purpose."""
    if verb.dep_ in EVENT_DEPS:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def _subject(token: Token) -> Token | None:
    """The verb's subject; a coordinated verb shares its first verb's ("met and agreed")."""
    t = token
    while True:
        for child in t.children:
            if child.dep_ == "nsubj":
                return child
        if t.dep_ != "conj":
            return None
        t = t.head


def _actor(subject: Token) -> tuple[str, str] | None:
    """The actor as the text names it, and its kind: an entity heading the subject
    ("the Rail Authority" → ORG), or a group of one ("NATO members" → GROUP)."""
    if subject.pos_ == "PRON":
        return None
    ent = _entity_at(subject)
    if ent is not None:
        if ent.root != subject or _cut_name(ent):
            return None
        text = _strip_the(ent.text)
        if ent.text.lower().startswith("the ") or (ent.start > 0 and subject.doc[ent.start - 1].lower_ == "the"):
            text = "the " + text  # kept for the question: "What did the Rail Authority announce?"
        return text, ent.label_
    if subject.lemma_.lower() in GROUP_NOUNS:
        owners = [c for c in subject.children if c.dep_ in ("compound", "poss") and _entity_at(c) is not None]
        # "the Cypriot government", "Iraqi officials": a nationality adjective names the owner
        owners += [c for c in subject.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if owners:
            return _lower_common(subject.doc[subject.left_edge.i : subject.i + 1]), "GROUP"
        of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        pobj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        if pobj and _entity_at(pobj[0]) is not None and pobj[0].right_edge.i - subject.left_edge.i < 6:
            return _lower_common(subject.doc[subject.left_edge.i : pobj[0].right_edge.i + 1]), "GROUP"
        if subject.lemma_.lower() in INSTITUTION_NOUNS and all(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children
        ):
            return _lower_common(subject.doc[subject.left_edge.i : subject.i + 1]), "GROUP"  # "the court"
    return None


def _cut_name(ent: Span) -> bool:
    """A name the tagger cut from a longer one ("Columbia Savings amp [Loan Association]",
    "AVON RENT-A-CAR & [TRUCK Corp.]"): an ampersand or its markup debris right before it."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.lower_ in ("&", "amp", "&amp;", "and")
        and before.i > 0
        and before.nbor(-1).text[:1].isupper()  # "Savings amp", "RENT-A-CAR amp"
    )


def _lower_common(span: Span) -> str:
    """The span as a phrase inside a question: "The head of NATO" → "the head of NATO"."""
    text = span.text
    return text if span[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def _entity_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in ACTOR_LABELS:
            return ent
    return None


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _answer(token: Token, verb: str) -> tuple[Span, str, str | None] | None:
    """What the actor did it to: a clause, an infinitive, an object, or a prepositional object."""
    doc = token.doc
    children = list(token.children)
    if EVENT_VERBS[verb] in CLAUSE_ONLY_CLASSES:
        clauses = [c for c in children if c.dep_ == "ccomp" and c.i > token.i]
        if not clauses:
            return None
        span = trim(doc[clauses[0].left_edge.i : clauses[0].right_edge.i + 1])
        return (span, "clause", None) if len(span) >= 4 and _complete(span) else None
    objects = [c for c in children if c.dep_ == "dobj" and c.i > token.i]
    wishes = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
    if objects and all(t.ent_type_ in ("DATE", "TIME") for t in objects[0].subtree):
        return None  # "spent Sunday speaking at a church": a time spent, not a thing done
    if objects and wishes and objects[0].right_edge.i + 1 == wishes[0].left_edge.i:
        if not _is_to(wishes[0]):
            return None  # "asked Rubio which states he would win": a question, not a request
        # "asked the Justice Department to investigate …": the object and what it is asked to do
        return trim(doc[objects[0].left_edge.i : wishes[0].right_edge.i + 1]), "object", None
    persuaded = _persuaded(token, verb)
    if persuaded is not None and not objects:
        # "called on all states to cooperate …": as "asked the department to investigate …"
        return trim(doc[persuaded[0] : persuaded[1]]), "object", None
    asked_to = [c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > token.i and _is_to(c)]
    if objects and asked_to and (EVENT_VERBS.get(verb) == "seek" or asked_to[0].dep_ == "xcomp"):
        return None  # "asked the department on Monday to investigate": no one phrase says it
    for deps, kind in ((("ccomp",), "clause"), (("xcomp",), "infinitive"), (("dobj",), "object")):
        for child in children:
            if child.dep_ in deps and child.i > token.i:
                if kind == "clause" and _object_and_complement(token, child):
                    return None  # "charged inspectors with verifying that …": no charge that …
                if kind == "infinitive" and not (
                    child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                ):
                    continue  # "to join", "joining" — not a bare verb
                if kind == "infinitive" and child.tag_ == "VBG" and not _next_to(token, child):
                    # "asked, shaking his head", "spent Sunday speaking": how or when, not what
                    return None
                span = trim(doc[child.left_edge.i : child.right_edge.i + 1])
                if not _complete(span):
                    return None
                return (_with_adjunct(token, span) if kind == "object" else span), kind, None
    for child in children:
        if child.dep_ == "prep" and child.i > token.i and child.lower_ in ("for", "against", "to", "on"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                obj = objects[0]
                prep = None if verb.endswith(" " + child.lower_) else child.lower_  # "call for" has it
                return trim(doc[obj.left_edge.i : obj.right_edge.i + 1]), "prep", prep
    del verb
    return None


def _bare_object(verb: Token) -> bool:
    """Whether the verb's objects (its own and its prepositions') are each a lone common noun,
    with no determiner, modifier or name ("go with [biography]", "fight [terrorism]"; not
    "conduct [airstrikes] on [rebel targets]")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and not o.ent_type_ and not list(o.children) for o in objects)


def _object_and_complement(verb: Token, clause: Token) -> bool:
    """Whether the verb takes an object, or an object and its complement ("charged the
    inspectors with verifying …", "accused the board of …"), before the clause: the verb is not
    reporting it, and the clause belongs to the complement the parse lost it from."""
    complement = OBJECT_PLUS_COMPLEMENT.get(verb.lemma_.lower())
    return any(
        c.i < clause.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == complement))
        for c in verb.children
    )


def _persuaded(token: Token, verb: str) -> tuple[int, int] | None:
    """Token bounds of a phrasal verb of asking's prepositional object and what it is asked to
    do, when the infinitive follows the object right away ("called on [all states to cooperate
    …]", "appealed to [donors to give]"); None otherwise."""
    if " " not in verb:
        return None
    prep = verb.split(" ", 1)[1]
    wishes = [c for c in token.children if c.dep_ == "xcomp" and _is_to(c)]
    for child in token.children:
        pobj = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == prep else []
        if pobj and wishes and pobj[0].right_edge.i + 1 == wishes[0].left_edge.i:
            return pobj[0].left_edge.i, wishes[0].right_edge.i + 1
    return None


def _with_adjunct(verb: Token, span: Span) -> Span:
    """An object with the verb's prepositional phrase right after it, when the whole still
    reads short: "joined the alliance" + "against the so-called Islamic State" (the object
    alone would be another alliance)."""
    following = [c for c in verb.children if c.dep_ == "prep" and c.i == span.end]
    if not following or following[0].lower_ in ("by", "in", "on", "at", "after", "before", "during", "since", "as"):
        return span
    added = span.doc[following[0].i : following[0].right_edge.i + 1].text.lower()
    if any(added.startswith(m + " ") for m in REASON_MARKERS):
        return span  # "invaded Kuwait | because of disputes over oil": a cause, asked "why"
    longer = trim(span.doc[span.start : following[0].right_edge.i + 1])
    if len([t for t in longer if not t.is_punct]) > EVENT_ANSWER_MAX_WORDS:
        # "objections | to a Norwegian case [that has delayed the trial of …]": the phrase
        # without the clause that closes it, when that reads short
        clauses = [t for t in longer if t.dep_ == "relcl" and t.right_edge.i + 1 >= longer.end and _aside(t)]
        if clauses and clauses[0].left_edge.i > following[0].i + 1:
            longer = trim(span.doc[span.start : clauses[0].left_edge.i])
    if len([t for t in longer if not t.is_punct]) > EVENT_ANSWER_MAX_WORDS or any(t.ent_type_ == "DATE" for t in longer):
        return span
    return longer


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma and opened by "which" or "who" ("the emails, which
    included …"): it adds to a thing already said, and the phrase says which without it. A
    clause with no comma ("a report that Bush …", "states that have moved …") says which, and
    one opened by a preposition ("…, of which half …") says of what."""
    first = clause.left_edge
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.text == "," and first.lower_ in ("which", "who")


def _complete(span: Span) -> bool:
    """Whether the phrase ends where the sentence's grammar does: a verb right after it ("said
    the bomb discovered in the Irish Republic | was destined …") means the parse cut a clause."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        after is not None and after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME")
        and span[-1].pos_ in ("NOUN", "PROPN") and not span.start <= after.head.i < span.end
    ):
        # "released a video and Democratic presidential candidate | Hillary Clinton will …": a
        # name right after the phrase, not its own, opens the clause the parse ran into it (a
        # day's name, "condemned the attacks in Kenya | Friday", is the verb's adverbial)
        return False
    return after is None or after.pos_ not in ("AUX", "VERB") or after.dep_ == "conj"


def _next_to(verb: Token, complement: Token) -> bool:
    """Whether a gerund follows its verb as its complement does ("began speaking", "stopped
    entirely using"): only adverbs and particles between them."""
    return all(t.pos_ in ("ADV", "PART") for t in verb.doc[verb.i + 1 : complement.i])


def _is_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _question_form(token: Token, verb: str, subject: Token) -> tuple[str, str]:
    """The auxiliary and verb form of a question about the event ("did", "announce")."""
    particle = verb.split(" ", 1)[1] if " " in verb else ""
    base = verb
    auxes = sorted((c for c in token.children if c.dep_ == "aux" and c.i < token.i), key=lambda t: t.i)
    if auxes and auxes[0].lower_ in ("'ll", "’ll"):
        return "will", base
    if auxes:  # "has been pushing" → "has" + "been pushing"
        rest = [a.lower_ for a in auxes[1:]] + [token.lower_, particle]
        return auxes[0].lower_, " ".join(w for w in rest if w)
    if token.tag_ in ("VBZ", "VBP"):
        plural = subject.tag_ in ("NNS", "NNPS")
        return ("do" if plural else "does"), base
    return "did", base


def _verb_group(token: Token, verb: str) -> str:
    """The verb as written with its auxiliaries and particle: "will step up", "announced"."""
    parts = [c for c in token.children if c.dep_ == "aux" and c.i < token.i] + [token]
    text = " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
    if " " in verb:
        text += " " + verb.split(" ", 1)[1]
    return text


def _means(token: Token, label: str, answer: Span) -> str | None:
    """How the actor does it, when the sentence says so with "by" and a gerund ("will step up
    its commitment … by training Iraqi soldiers to disarm explosives")."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ != "by" or answer.start <= child.i < answer.end:
            continue
        if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children):
            continue
        span = trim(token.doc[child.i : child.right_edge.i + 1])
        if stands_alone(span, label):
            return span.text
    return None


def _reason(token: Token, label: str, answer: Span | None) -> tuple[int, int, str] | None:
    """An explicit cause of the event ("because …", "after …", "in response to …"): its token
    start and end and its text."""
    doc = token.doc
    for child in token.children:
        if child.dep_ not in ("advcl", "prep") or (answer is not None and answer.start <= child.i < answer.end):
            continue
        span = trim(doc[child.left_edge.i : child.right_edge.i + 1])
        if child.dep_ == "advcl":
            marks = [c for c in child.children if c.dep_ == "mark"]
            if child.lower_ != "following" and (not marks or marks[0].lower_ not in ("because", "after")):
                continue
            if marks:
                span = trim(doc[marks[0].i : child.right_edge.i + 1])
        lower = span.text.lower()
        if any(lower.startswith(m + " ") for m in REASON_MARKERS) and stands_alone(span, label):
            return span.start, span.end, _lower_common(span)
    return None
