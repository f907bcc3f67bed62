"""Events: who did what, read from the parse of the lede's sentences.

"The Rail Authority announced on Monday that it will close 40 rural lines." → an
``EventFact`` with actor "Rail Authority" (the verb's subject, an entity), verb "announce"
(a lemma of ``constants.EVENT_VERBS``; a planned act or a lede's act outside it,
``event_plans``, ``lede_acts``) and answer "that it will close 40 rural lines" (the
verb's clause, object, infinitive or prepositional object: a whole subtree, so it stands
alone). Nothing is made from a clause that only might happen: a negated verb ("did not
announce"), a hedging auxiliary ("might close"), a condition ("if the court rules"), a question,
a wish ("wants to join": an infinitive is not an event), a view (a verb of opinion above it), a
simple present (a state or a habit), a pronoun actor ("It announced") — unless a speaker
reports its own act ("Octel said it acquired …") — or an answer that does not stand alone
(``event_phrases``). Statements ("said that …") are no events: quotes ask them.

The headline repeated as the body's first paragraph is not read (``repeats_headline``).

A clause opened by "after", "before", "when" or "since" tells a thing done ("after Delmont
closed its plant, …"). A passive without its agent is asked the other way round, when a
complement says what was done: "Lewandowski was dismissed as campaign manager" → answer kind
"passive", whose subject (a person or an organisation) answers "Who was dismissed as …?".

The parts live beside this module, each with one job: ``event_clauses`` (which verbs tell a
thing done), ``event_actors`` (who did it), ``event_answers`` (what they did),
``event_adverbials`` (where, how, why), ``event_times`` (when), ``passive_events`` (the
passive asked "who"), ``event_peers`` (who else did it), ``event_phrases`` (whether a phrase
stands alone) and ``quoted_text`` (which words are quoted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quizgen.constants import (
    ASIDE_OPENERS,
    EVENT_PARAGRAPHS,
    EVENT_VERBS,
    FRAMED_OCCASIONS,
    FRAMING_VERBS,
    GIVING_WITH_VERBS,
    GRANTED_VERDICTS,
    GRANTING_VERBS,
    JUDGED_ACT_FRAMES,
    LEDE_ACT_CLASS,
    PREDICATE_NAMING_VERBS,
    REPORTING_ONLY_CLASSES,
)
from quizgen.extract.answer_pronouns import points_outside, reduced_clause_start
from quizgen.extract.broadcast_lines import broadcast_line
from quizgen.extract.event_actors import (
    actor_of,
    conjuncts_of,
    coordinated_actor,
    dangling_preposition,
    negative_subject,
    reporter,
    subject_of,
    unparsed_partner,
    with_others,
)
from quizgen.extract.event_adverbials import means_of, place_of, reason_of
from quizgen.extract.event_answers import (
    answer_of,
    bare_object,
    framed_act,
    inner_object,
    without_relative_clause,
)
from quizgen.extract.event_clauses import (
    agentless_passive,
    asserted,
    event_verb,
    finite,
    habitual,
    main_or_told,
    present_state,
    reported_future,
    written_out,
)
from quizgen.extract.event_complements import aimed_at, destination, object_wh
from quizgen.extract.event_peers import peers_of
from quizgen.extract.event_phrases import (
    elided_number_subject,
    specific,
    stands_alone,
    trim,
    without_vague_adjunct,
    word_broken_before,
)
from quizgen.extract.event_plans import (
    PLANNED_CLASS,
    frame_auxiliaries,
    frame_subject,
    plan_frame,
    planned_act,
)
from quizgen.extract.event_settings import setting_of
from quizgen.extract.event_times import relative_time_inside, time_of
from quizgen.extract.lede_acts import FIGURE_LABELS, lede_act, lede_answer
from quizgen.extract.nominal_events import nominal_event
from quizgen.extract.passive_events import passive_event
from quizgen.extract.person_roles import PERSON_HEADS
from quizgen.extract.phrase_specificity import pins_a_fact, topicless_opinion
from quizgen.extract.quoted_text import Quoted, quoted_chars
from quizgen.extract.run_ons import run_on
from quizgen.extract.setting_events import setting_event
from quizgen.facts.places import is_country
from quizgen.facts.records import EventFact
from quizgen.ingest.articles import Article
from quizgen.ingest.credits import is_credit_line
from quizgen.ingest.wire_paragraphs import story_blocks
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTE_MARKS = "“”\"«»"
LIST_HEAD_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "attr", "pobj", "ROOT"])  # "the following" as a noun phrase


def told_sentences(doc: Doc, blocks: list) -> Iterator[Span]:
    """The sentences of ``blocks`` that tell something: no question, no line in headline case,
    no aside ("Editor's note: …"), no broadcast's hand-off or sign-off, no clauses run together,
    none cut inside the quotation its verb opens. Events, lede names and lede objects are read from these."""
    for sent in doc.sents:
        if not any(b.start <= sent.start_char < b.end for b in blocks):
            continue
        if sent.text.rstrip().rstrip(QUOTE_MARKS + "’'").endswith("?") or headline_case(sent):
            continue
        if headline_grammar(sent):
            continue  # "After a pause in N.H., senator seems ready for …": a teaser run into the text
        if sent.text.lstrip(QUOTE_MARKS + " ").lower().startswith(ASIDE_OPENERS):
            continue
        if broadcast_line(sent):
            continue  # "NPR's Elaine Corey has more from San Francisco": who brings the news
        if run_on(sent):
            continue  # "Chanting Kohl must go the unemployed took …": a transcript's clauses run together
        if introduces_list(sent):
            continue  # "The following are the latest figures …": a table's or list's heading, not news
        if is_credit_line(sent.text):
            continue  # "(Additional reporting by …; Editing by …)" closing a story set in one block
        if cut_in_quotation(sent):
            continue  # "… a sign, which read, “Inland Empire supports Donald Trump.": the rest of the quotation is the next sentence
        if elided_number_subject(sent):
            continue  # "Thirty-six are already licensed to trade …": 36 of what, the sentence before says
        yield sent


def cut_in_quotation(sent: Span) -> bool:
    """Whether the sentence ends inside a quotation that a verb of it opens ("… which read,
    “Inland Empire supports Donald Trump."): the splitter cut at a period of the quoted
    words, so the clause is whole only with sentences after it; a card of it ends on "read"."""
    opening = next((t for t in reversed(sent) if t.text in ("“", "``")), None)
    if opening is None or any(t.text in ("”", "''") for t in sent[opening.i - sent.start + 1 :]):
        return False
    before = next((t for t in reversed(sent[: opening.i - sent.start]) if not t.is_punct and not t.is_space), None)
    return before is not None and before.pos_ in ("VERB", "AUX")


def introduces_list(sent: Span) -> bool:
    """Whether the sentence heads a table, list or bullets the card cannot show: it ends with a
    colon ("Officials named these suspects:"), or "the following" stands as a noun phrase of its
    own ("The following are the figures", "include the following") — "the following day" is a
    time, not a heading."""
    if sent.text.rstrip().rstrip(QUOTE_MARKS + "’'").endswith(":"):
        return True
    return any(
        t.lower_ == "following" and t.dep_ in LIST_HEAD_DEPS and not any(c.dep_ in ("dobj", "prep") for c in t.children)
        for t in sent
    )


def extract_events(doc: Doc, *, article: Article, paragraphs: int = EVENT_PARAGRAPHS) -> Iterator[EventFact]:
    """Events of the first ``paragraphs`` prose paragraphs, in text order."""
    # a story set in one block is read one sentence a paragraph (``ingest.wire_paragraphs``)
    blocks = [b for b in story_blocks(article.blocks) if b.kind == "text" and len(b.text.split()) >= 8][:paragraphs]
    blocks = [b for b in blocks if not repeats_headline(b.text, article.title)]
    quoted = quoted_chars(doc)
    for sent in told_sentences(doc, blocks):
        for token in sent:
            if token.idx in quoted:
                continue
            fact = _event(token, sent, article.id, quoted) or nominal_event(token, sent, article.id, quoted)
            if fact is None and planned_act(token) is None:
                fact = setting_event(token, sent, article.id, quoted, _question_form)  # "Where did X pass away?"
            if fact is not None:
                yield fact


def inside_subject_aside(subject: Token, verb: Token) -> bool:
    """Whether the verb stands inside an aside its subject opens with a comma and that has not
    closed before it: "Kilgore, co-writer of the country hit Ring of Fire, has died" parsed with
    "hit" as Kilgore's verb. English closes such an aside ("Kilgore, 70, died"; "Microsoft,
    meanwhile, announced") before the subject's own verb; a verb inside it is the parse's
    mistake (a noun read as a verb), not the subject's act."""
    doc = subject.doc
    after = subject.i + 1  # the comma right after the subject's head word opens the aside
    if after >= verb.i or doc[after].text != ",":
        return False
    if any(c.dep_ in ("conj", "cc") for c in subject.children):
        return False  # "Bushnell, Trade Minister Joseph Kimotho and others had ended …": a list, no aside
    return not any(t.text in (",", ";", "—", "–", "--", ")") for t in doc[after + 1 : verb.i])


def repeats_headline(text: str, title: str | None) -> bool:
    """Whether a paragraph is the headline repeated at the body's top ("Pence blames media for
    Trump's 'Obama founded ISIS' flap."): all its words are the title's. A headline's grammar is
    not a sentence's (its quotation marks are single, its tense present), and its own cards
    misread it ("Who founded ISIS' flap?")."""
    headline = _words(title or "")
    return bool(headline) and _words(text) <= headline


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", text.lower()))


def headline_case(sent: Span) -> bool:
    """A sentence set in title capitals ("Republicans Finally Confirmed A Judge"): a headline
    run into the text, whose parse and phrases are not a sentence's."""
    return title_capitals(t for t in sent if t.i > sent.start)


def title_capitals(tokens: Iterable[Token], *, works: bool = False) -> bool:
    """Whether words stand in title capitals: at least three words that are no name, seven in
    ten of them capitalised ("Finally Confirmed A Judge"). The caller leaves out the words
    every sentence capitalises (its first). With ``works`` the words the tagger read as a
    work's title count too: it takes a whole run in title capitals for one."""
    words = [t for t in tokens if t.is_alpha and (not t.ent_type_ or (works and t.ent_type_ == "WORK_OF_ART"))]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def headline_grammar(sent: Span) -> bool:
    """A headline or teaser set in sentence case ("After a pause in N.H., senator seems ready for
    a fight", "Republicans rebut claim of Benghazi progress"): its main verb in the simple
    present, with a singular common noun standing bare as its subject, or as its object in a
    sentence with no article at all. Prose puts a determiner before a singular noun it counts;
    headlines drop it, and a cloze of one asks a teaser, not the story."""
    root = sent.root
    if not present_state(root):
        return False
    articles = any(t.lower_ in ("a", "an", "the") for t in sent)
    return any(
        (c.tag_ == "NN" or (c.tag_ == "NNP" and c.text.islower())) and bare_noun(c) and (c.dep_ == "nsubj" or (c.dep_ == "dobj" and not articles))
        for c in root.children
    )


def bare_noun(noun: Token) -> bool:
    """A noun with no determiner, possessive or number of its own ("senator", "claim")."""
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


_PRICE_UNITS = frozenset(["cent", "point"])
_PRICE_DIRECTIONS = frozenset(["higher", "lower", "up", "down", "unchanged"])
_TRADING_SPANS = frozenset(["session", "day", "week", "trading", "month", "year"])  # "ended the session lower"
# A share price quoted in fractions of a dollar, as U.S. exchanges did until 2001 ("28-3/8",
# "3-1/2"): halves, quarters, eighths, sixteenths, thirty-seconds and sixty-fourths.
_QUOTED_FRACTION = re.compile(r"\d{1,2}/(?:2|4|8|16|32|64)")


def _quoted_price(token: Token) -> bool:
    """Whether a phrase holds a share price quoted in fractions ("28-3/8", "3-1/2")."""
    return any(_QUOTED_FRACTION.fullmatch(t.text) for t in token.subtree)


def _bare_number(token: Token) -> bool:
    """A number with no noun of its own ("lost 9.20 to 278", j122): a quote's move and level in
    the market's own unit, marks or points, which the wire leaves unsaid."""
    return token.tag_ == "CD" and token.like_num and not any(c.dep_ not in ("punct", "quantmod") for c in token.children)


def price_move(verb: Token) -> bool:
    """Whether a verb reports how a security's price moved in a day's trading, not an act of
    its subject: "Acme closed 50 cents higher", "dropped 50 cents to $14.25", "ended the day
    down $1.25 in Nasdaq trading", "Texaco dropped 3-1/2 to 28-3/8" (j79: the wire's quote in
    eighths of a dollar). The parse makes the move an object or adverbial of the verb ("close",
    "drop", "end" are acts of stopping too), and a card would ask what Acme dropped; a verb with
    "in … trading" after it, or with an amount of money, cents, points or a quote in fractions
    moving it "higher"/"to $14.25", is such a report; so is a bare number moved to another ("Commerzbank
    lost 9.20 to 278", "shed 10 marks to 687")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            p.dep_ == "pobj" and p.lemma_.lower() == "trading" for p in child.children
        ):
            return True
    # "closed at 72-5/8, up 4-1/8" (j92): the parse may hang the amount on its direction
    directions = [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in _PRICE_DIRECTIONS]
    amounts = [
        c for c in [*verb.children, *(g for d in directions for g in d.children)]
        if c.dep_ in ("npadvmod", "dobj")
        and (c.lemma_.lower() in _PRICE_UNITS or c.ent_type_ == "MONEY" or _quoted_price(c) or _bare_number(c))
    ]
    moved = any(c.lower_ in _PRICE_DIRECTIONS for c in verb.children if c.dep_ in ("advmod", "prt", "acomp")) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "at")
        and (_quoted_price(c) or any(p.ent_type_ == "MONEY" or (p.dep_ == "pobj" and _bare_number(p)) for p in c.subtree))
        for c in verb.children
    ) or any(  # "dropped 3-1/2 [to 28-3/8]": the parse hangs the "to" inside the price it names
        c.dep_ == "dobj" and _quoted_price(c) and any(t.lower_ == "to" and t.dep_ == "quantmod" for t in c.subtree)
        for c in verb.children
    )
    # "Prices of bonds ended a quiet bourse session lower" (j93): the span of trading the move
    # took, with no amount, is as much a price report
    spanned = any(c.dep_ == "dobj" and c.lemma_.lower() in _TRADING_SPANS for c in verb.children)
    return (bool(amounts) or spanned) and moved


def framed_by_with(verb: Token) -> bool:
    """Whether a verb of beginning or ending (VerbNet begin-55.1 and complete-55.2: open, start,
    begin, close, end, conclude, finish, wrap up) frames an occasion of words or a gathering
    whose content its "with" phrase carries: "closed her victory speech with a tribute to …",
    "opened the rally with a prayer". Asked without the "with", the card asks only who spoke
    ("Who closed her speech?"); "Acme closed its Dayton plant" and "Kenya closed its border
    with Somalia" (no occasion) stay acts."""
    if verb.lemma_.lower() not in FRAMING_VERBS:
        return False
    framed = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FRAMED_OCCASIONS for c in verb.children)
    return framed and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def grants_a_verdict(verb: Token) -> bool:
    """Whether a verb of giving (``GRANTING_VERBS``) has a verdict or a backing for its object
    (``GRANTED_VERDICTS``: "gave final clearance", "granted approval"): what it was given to, the
    act's real object, stands in a "to" phrase the event's questions drop."""
    if verb.lemma_.lower() not in GRANTING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in GRANTED_VERDICTS for c in verb.children)


def gives_with(verb: Token) -> bool:
    """Whether a verb of giving with (``GIVING_WITH_VERBS``) has for its object someone given
    to, and a "with" phrase for what is given: "presented Japanese officials with a timetable",
    "supplied the rebels with arms"; not "provided a loan with a five-year term" (the "with" is
    the loan's)."""
    if verb.lemma_.lower() not in GIVING_WITH_VERBS or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in PERSON_HEADS)
        for c in verb.children
    )


def _event(token: Token, sent: Span, article_id: str, quoted: Quoted) -> EventFact | None:
    verb, verb_class = _verb_and_class(token)
    if verb is None or verb_class in REPORTING_ONLY_CLASSES:
        return None  # "said that …": quotes ask it; the said clause may hold an event of its own
    if agentless_passive(token):
        if verb_class == LEDE_ACT_CLASS:
            return None  # "was poised …": who is done to is asked only of the lexicon's acts
        return passive_event(token, verb, sent, article_id, quoted)
    # "is set to release …", "plans to build …": the act framed as the subject's plan, whose
    # clause (main, asserted, finite) is the frame's; a plan told in the simple present is news
    frame = plan_frame(token)
    clause = frame if frame is not None else token
    if not main_or_told(clause) or not asserted(clause, passive=frame is not None) or not finite(clause):
        return None
    if habitual(clause) or (frame is None and present_state(token)):
        return None
    if any(c.dep_ == "oprd" for c in token.children):
        return None  # "considered a Twitter deal likely": a judgement, not a thing considered
    if price_move(token):
        return None  # "Acme dropped 50 cents to $14.25 in Big Board trading": a share price's day, not an act
    if token.lemma_.lower() in PREDICATE_NAMING_VERBS and any(c.dep_ == "prep" and c.lower_ in ("to", "as") for c in token.children):
        return None  # "named five others from Union Central to its board" (j138): named to what, the act's question drops
    if grants_a_verdict(token):
        return None  # "gave final clearance to the acquisition of AirCal" (j140): the act is the verdict on what
    if gives_with(token):
        return None  # "presented Japanese officials with a timetable" (j137): the act is what the "with" gives
    if framed_by_with(token):
        return None  # "closed her speech with a tribute to …": the act is the "with", not the closing
    if any(c.dep_ == "prep" and c.lower_ in JUDGED_ACT_FRAMES.get(token.lemma_.lower(), ()) for c in token.children):
        return None  # "accused Syria of allowing …": the charge is the act (``judged_acts``), no "What has X accused?"
    if conjunct_after_inner_clause(token):
        return None  # "…, where floods have swept farmlands, disrupted food supplies": whose act, the parse cannot say
    subject = subject_of(clause) or (frame_subject(frame) if frame is not None else None)
    if subject is None or subject.i > clause.i or negative_subject(subject) or dangling_preposition(clause, subject):
        return None
    if inside_subject_aside(subject, clause):
        return None  # "Merle Kilgore, co-writer of the country hit Ring of Fire, has died": "hit" is no verb of Kilgore's
    if unparsed_partner(subject):
        return None  # "Baker and Treasury Secretary James Baker both supported …": one of two
    if subject.pos_ == "PRON":
        if conjuncts_of(subject):
            return None  # "TLC said it and Staff Builders have extended …": TLC is half the answer
        subject = reporter(clause, subject)  # "Octel said it acquired …": Octel acquired
        if subject is None:
            return None
    actor = coordinated_actor(subject) if conjuncts_of(subject) else actor_of(subject)
    if actor is None:
        return None
    actor_text, label = actor
    if word_broken_before(sent.doc[subject.left_edge.i : subject.i + 1]):
        return None  # "Indo- Asian News Service reported": the name begins before what the parse took
    actor_text = " ".join(actor_text.split())  # one space between words, as a name is written ("Dow Jones & Co.")
    if label == "GPE" and not is_country(actor_text):
        return None  # "Kalamazoo said": a dateline's city or a place for its people, not an actor
    # "pulled out of [the debate] on Tuesday": a phrasal act outside the lexicon is asked by its
    # own preposition's object, or by its lone object (``lede_acts``), never by an adverbial
    phrase = answer_of(token, verb) if verb_class != LEDE_ACT_CLASS else lede_answer(token, verb)
    if phrase is None:
        return None
    answer_span, kind, prep = phrase
    if not len(answer_span) or negative_subject(answer_span.root):
        return None  # "reached no agreement": nothing was reached
    if answer_span[0].pos_ == "ADP" and kind != "prep":
        return None  # "want in many cases, what …": the parse took an adverbial for the object
    if kind == "object" and len(answer_span) > 1 and answer_span[-1].lower_ in INTENSIFYING_PRONOUNS:
        # "EdF plans to oversee the program itself" (j156): "itself" is EdF's (it does it alone),
        # not a word of what it oversees
        answer_span = trim(answer_span.doc[answer_span.start : answer_span.end - 1])
    if kind in ("object", "prep") and not (specific(answer_span) and pins_a_fact(answer_span)):
        return None  # "reached a deal", "faced an even more daunting task": which one, many wordings fill
    # "lost 5% of its value", "increased the number of staff from 370 to 870": the figures' cards
    # ask the amount; the act is still asked by who did it ("Who raised $3.2 million?")
    amount = kind == "object" and measured_change(answer_span)
    if kind == "infinitive" and bare_object(answer_span.root):
        return None  # "decided to go with biography", "vowed to fight terrorism": which act, nothing says
    reason = reason_of(token, label, answer_span)
    if reason is None and kind in ("clause", "infinitive"):
        # "announced that it will close 40 lines because of …": the cause closes the clause
        cause = reason_of(answer_span.root, label, None)
        if cause is not None and cause[1] == answer_span.end:
            reason = cause
            answer_span = trim(answer_span.doc[answer_span.start : cause[0]])
    whole = answer_span
    answer_span = without_vague_adjunct(answer_span)
    if kind == "infinitive" and len(answer_span) <= 2 < len(whole):
        return None  # "offered to act [as peacemakers in the hope of …]": the act cut to "to act" says nothing
    cut = reduced_clause_start(answer_span) if kind in ("object", "prep") else None
    if cut is not None and cut > answer_span.start:
        answer_span = trim(answer_span.doc[answer_span.start : cut])  # "met Haas[, when pressed by reporters]"
    if _cut_inside_word(answer_span):
        return None  # "beat [Mongolia 2]-0": the answer ends inside a hyphened score or word
    if _ends_on_a_score(answer_span):
        return None  # "upset [… Liyana of Indonesia 15-9], 17-15": the match's score, read into its object
    if kind == "object" and (relative_time_inside(answer_span) or not stands_alone(answer_span, label)):
        # "expelled five Iraqis and a Libyan [who were questioned … last month]"
        answer_span = without_relative_clause(answer_span, label) or answer_span
    if kind == "infinitive" and not stands_alone(answer_span, label):
        # "agreed to buy Trustcorp [for 12.4 million shares of stock with a market value of about
        # $450 million]": too long for a card, the act and what it was done to are not
        answer_span = framed_act(answer_span, label) or answer_span
    if not stands_alone(answer_span, label) or any(t.idx in quoted for t in answer_span):
        return None
    if _content_clause_cut(answer_span):
        return None  # "a foreign-policy platform rooted in the belief [that adversaries …]" (j198)
    if points_outside(answer_span, token, subject):
        return None  # "urged Sweden and Finland not to underestimate its importance": the vote named before
    if kind in ("object", "prep") and topicless_opinion(answer_span):
        return None  # "has been seeking Britain's opinion [on the subject]": an opinion on what, the card cannot say
    if relative_time_inside(answer_span):
        return None  # "withdrawing troops on Friday and release prisoners": a stray "Friday"
    means = means_of(token, label, answer_span)
    wh = object_wh(answer_span)
    if kind == "prep" and destination(token, answer_span):
        # "will leave for New York" → "Where will X leave for?"; "travel to Tokyo" → "Where will X travel?"
        wh, prep = "Where", (None if prep == "to" else prep)
    aux, qverb = _question_form(token, verb, subject) if frame is None else _plan_form(frame, token, verb, subject)
    if frame is None and _bare_beside_a_participle(token):
        return None  # "is proposing to balance …, shrink … and extend …" (j180: "Who is extend …?")
    group = _plan_group(frame, token, verb) if frame is not None else _verb_group(token, verb).lower() if token.pos_ != "PROPN" else _verb_group(token, verb)
    whom = indirect_object(token, answer_span)
    if whom is not None:
        if whom == "":
            return None  # "has given them an offer": to whom, the card cannot say
        qverb, group = f"{qverb} {whom}", f"{group} {whom}"  # "has given the astronauts"
    reflexive = reflexive_object(token, answer_span)
    if reflexive is not None:  # "has ruled [himself] out as a candidate …" (j190: "Who has ruled out as …?")
        qverb, group = _with_reflexive(qverb, reflexive, token), _with_reflexive(group, reflexive, token)
    when = time_of(token, sent) or (time_of(frame, sent) if frame is not None else None)
    peers = peers_of(token, subject, actor_text, label, verb_class=verb_class)
    return EventFact(
        article_id=article_id,
        actor=actor_text,
        actor_label=label,
        verb=verb,
        verb_class=verb_class,
        verb_group=group,
        question_aux=aux,
        question_verb=qverb,
        answer=" ".join(answer_span.text.split()),
        answer_kind="amount" if amount else kind,
        prep=prep,
        start=subject.left_edge.idx,
        end=answer_span.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        reason=reason[2] if reason else None,
        means=means,
        time_start=when.start_char if when is not None else None,
        time_end=when.end_char if when is not None else None,
        wh=wh,
        others_too=peers.others or with_others(token),
        actor_again=peers.again,
        place=place_of(token, answer_span),
        setting=setting_of(token, answer_span),
        act=peers.act,
        rivals=peers.rivals,
        seconds=peers.seconds,
        fellows=peers.fellows,
        inner=inner_object(answer_span, label) if kind == "infinitive" else None,
        target=aimed_at(token, answer_span) if kind == "object" else None,
    )


# Nouns that name an amount of something ("the number of flight attendants", "the price of oil"):
# an object headed by one, with a number in it, is a figure that changed.
AMOUNT_HEADS = frozenset(["number", "amount", "value", "price", "cost", "total", "sum", "level", "count", "size", "rate"])


# Pronouns that stress who did the act when they close its object ("ran the program itself").
INTENSIFYING_PRONOUNS = frozenset(["itself", "themselves", "himself", "herself", "themself"])


def measured_change(answer: Span) -> bool:
    """Whether an object is an amount, so that the act is a figure's change and the figures'
    cards ask it (j69: "What did the Dow lose?" → "5% of its value"; "What did Qantas
    increase?" → "the number of flight attendants based in London from 370 to 870"): its
    head is a number's entity, or a noun of amount with a number among its words."""
    head = _phrase_head(answer)
    if head.ent_type_ in FIGURE_LABELS or head.like_num:
        return True  # not "sent [a dozen questions]", "rejected [a $15 a share offer]": things counted or priced
    return head.lemma_.lower() in AMOUNT_HEADS and any(t.like_num or t.ent_type_ in FIGURE_LABELS for t in answer)


def _phrase_head(answer: Span) -> Token:
    """The last word of a noun phrase before its first preposition or comma: the word English
    puts the phrase's head at ("[5 %] of its value", "[a $15 a share offer] from DPC"), whatever
    the parse hung on what."""
    head = answer[0]
    for t in answer:
        joined = t.i > answer.start and not t.doc[t.i - 1].whitespace_  # "2-for-1": inside one written word
        if not joined and (t.pos_ == "ADP" or t.text in (",", "(", ";", "—", "–")):
            break
        if not t.is_punct and not joined:
            head = t
    return head


def _verb_and_class(token: Token) -> tuple[str | None, str | None]:
    """The token's event verb and its class: a verb of the lexicon, a planned act outside it
    (the plan's class) or a lede's act outside it (``lede_acts``); (None, None) for none."""
    verb = event_verb(token)
    if verb is not None:
        return verb, EVENT_VERBS[verb]
    verb = planned_act(token)
    if verb is not None:
        return verb, PLANNED_CLASS
    verb = lede_act(token)
    return (verb, LEDE_ACT_CLASS) if verb is not None else (None, None)


def indirect_object(token: Token, answer: Span) -> str | None:
    """Whom the act was done to, when the verb names it as an indirect object between itself
    and the answer ("has given [the astronauts] an offer of admission", "awarded [the
    engineers] a bonus"): a question over the verb keeps it, or it asks for any gift to anyone.
    "" for a pronoun ("gave [them] an offer": whom, the card cannot say); None for none."""
    for c in token.children:
        if c.dep_ == "dative" and c.pos_ != "ADP" and token.i < c.i < answer.start:
            if c.pos_ == "PRON":
                return ""
            return " ".join(token.doc[c.left_edge.i : c.right_edge.i + 1].text.split())
    return None


# Nouns that say what a clause after them holds ("the belief that …", "the idea that …"): cut
# from its clause, such a noun says nothing.
CONTENT_NOUNS = frozenset([
    "belief", "idea", "notion", "view", "fact", "premise", "assumption", "hope", "fear", "conviction",
    "argument", "claim", "assertion", "theory", "suggestion", "expectation", "sense", "principle", "understanding",
])


def _content_clause_cut(answer: Span) -> bool:
    """Whether the answer ends on a noun of content whose "that" clause follows outside it."""
    last = answer[-1]
    after = answer.doc[answer.end] if answer.end < len(answer.doc) else None
    return last.lemma_.lower() in CONTENT_NOUNS and after is not None and after.lower_ == "that"


def reflexive_object(token: Token, answer: Span) -> str | None:
    """The reflexive pronoun a verb takes as its object before a prepositional answer ("ruled
    [himself] out as a candidate", "declared [itself] in favour of …"), or None: the question
    over the verb keeps it, or the verb reads as done to someone else ("Who has ruled out …?")."""
    for c in token.children:
        if c.dep_ == "dobj" and c.lower_ in INTENSIFYING_PRONOUNS and token.i < c.i < answer.start:
            return c.text
    return None


def _with_reflexive(phrase: str, reflexive: str, token: Token) -> str:
    """A question's verb phrase with the reflexive object where the sentence has it: before the
    verb's particle when it has one ("ruled out" → "ruled himself out"), else after the verb."""
    words = phrase.split()
    particles = {c.lower_ for c in token.children if c.dep_ == "prt" and c.i > token.i}
    if len(words) > 1 and words[-1].lower() in particles:
        return " ".join([*words[:-1], reflexive, words[-1]])
    return f"{phrase} {reflexive}"


# After a phrase, the text running on into a hyphened word, across a bracketed short form:
# "a European Union[ (EU)-]wide blacklist".
_RUNS_ON = re.compile(r"(?:\s*\([^()\s]{1,12}\))?[-–]")


# A match's score: two numbers of up to three digits joined by a hyphen or dash with no space
# ("15-9", "2–0"); not a span of years ("2006-2007", "1997-98"), a share ("52-48 percent") or a
# word ("2-for-1").
_SCORE = re.compile(r"(?<!\d)\d{1,3}[-–]\d{1,3}(?![\d%\w-]|\s*(?:percent|per cent|pct)\b)")


def _ends_on_a_score(span: Span) -> bool:
    """Whether an answer ends on a match's score ("… of Indonesia 15-9" of "upset … 15-9,
    17-15"): the parse hung the score, an adverbial of the win, on the object's last noun, and
    the answer runs into it (j49). A score inside the phrase ("a 1-0 win over Australia") is the
    noun's own. A score's numbers stand in the text as "15-9", whatever the tokens."""
    for t in span:
        found = _SCORE.match(span.doc.text, t.idx) if t.like_num else None
        if found is not None and found.end() == span.end_char:
            return True
    return False


def conjunct_after_inner_clause(verb: Token) -> bool:
    """Whether a verb the parse coordinates with an earlier verb ("conj") follows, across a
    comma, another clause with a subject of its own that ends right before it — a relative or
    adverbial clause in between ("The ICRC started airlifting tarpaulins to regions, where floods
    have swept farmlands, disrupted food supplies …"): the verb more likely goes on with that
    inner clause's subject (the floods) than with the main one the parse gave it (the ICRC)."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    doc = verb.doc
    for inner in doc[verb.head.i + 1 : verb.i]:
        if inner.pos_ not in ("VERB", "AUX") or inner.dep_ not in ("relcl", "advcl", "ccomp", "acl"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in inner.children):
            continue
        between = doc[inner.right_edge.i + 1 : verb.i]
        if all(t.is_punct for t in between):
            return True
    return False


def _cut_inside_word(span: Span) -> bool:
    """Whether a phrase ends where the text runs on with a hyphen ("Mongolia 2" of "Mongolia
    2-0", "the Osaka" of "the Osaka-based …", "a European Union" of "a European Union
    (EU)-wide blacklist") or starts just after one (``word_broken_before``)."""
    return bool(_RUNS_ON.match(span.doc.text, span.end_char)) or word_broken_before(span)


def _question_form(token: Token, verb: str, subject: Token) -> tuple[str, str]:
    """The auxiliary and verb form of a question about the event ("did", "announce")."""
    particle = verb.split(" ", 1)[1] if " " in verb else ""
    base = verb
    auxes = sorted((c for c in _aux_holder(token).children if c.dep_ == "aux" and c.i < token.i), key=lambda t: t.i)
    if auxes and auxes[0].lower_ in ("'ll", "’ll"):
        return "will", base
    if auxes and reported_future(auxes[0]):  # "said it would fund …": the speaker's "will"
        rest = [a.lower_ for a in auxes[1:]] + ([token.lower_, particle] if auxes[1:] else [base])
        return "will", " ".join(w for w in rest if w)
    if auxes:  # "has been pushing" → "has" + "been pushing"
        rest = [a.lower_ for a in auxes[1:]] + [token.lower_, particle]
        return auxes[0].lower_, " ".join(w for w in rest if w)
    if token.tag_ in ("VBZ", "VBP"):
        plural = subject.tag_ in ("NNS", "NNPS")
        return ("do" if plural else "does"), base
    return "did", base


def _plan_form(frame: Token, token: Token, verb: str, subject: Token) -> tuple[str, str]:
    """The auxiliary and verb form of a question about a planned act, in the frame's tense
    and aspect: "is set to release" → "is" + "set to release", "plans to build" → "does" +
    "plan to build", "said it would aim to close" → "will" + "aim to close"."""
    act = f" to {token.lower_}" + (" " + verb.split(" ", 1)[1] if " " in verb else "")
    auxes = frame_auxiliaries(frame)
    if auxes and (auxes[0].lower_ in ("'ll", "’ll") or reported_future(auxes[0])):
        rest = [a.lower_ for a in auxes[1:]]
        return "will", " ".join([*rest, frame.lower_ if rest else frame.lemma_.lower()]) + act
    if auxes:
        return auxes[0].lower_, " ".join([*(a.lower_ for a in auxes[1:]), frame.lower_]) + act
    if frame.tag_ in ("VBZ", "VBP"):
        return ("do" if subject.tag_ in ("NNS", "NNPS") else "does"), frame.lemma_.lower() + act
    return "did", frame.lemma_.lower() + act


def _plan_group(frame: Token, token: Token, verb: str) -> str:
    """A planned act's verb as written, for a "Who …?" question: "is set to release", "plans
    to build" (a plural's frame in the singular: "are set to" → "is set to")."""
    parts = [*frame_auxiliaries(frame), frame]
    finite = parts[0] if parts[0].tag_ in ("VBP", "VBD") and parts[0].pos_ in ("VERB", "AUX") else None
    text = " ".join("will" if reported_future(t) else _singular(t) if t is finite else t.text for t in parts)
    return f"{text.lower()} to {token.lower_}" + (" " + verb.split(" ", 1)[1] if " " in verb else "")


def _bare_beside_a_participle(token: Token) -> bool:
    """Whether the verb is a bare form ("extend") the parse made a conjunct of a participle
    ("is proposing … and extend"): it takes no tense from it, and is most often one of an
    infinitive's list the parse cut ("to balance …, shrink … and extend …")."""
    verb = token
    while verb.dep_ == "conj" and verb.lower_ == verb.lemma_.lower() and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children
    ):
        if verb.head.tag_ in ("VBG", "VBN"):
            return True
        verb = verb.head
    return False


def _aux_holder(token: Token) -> Token:
    """The verb whose auxiliaries ``token`` shares: "would close X and cut Y" — "cut" is
    "would cut" (a conjunct with no auxiliary of its own nor a tense shares the first's)."""
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # a bare form ("cut", "put" read as a past are their base too), never "closed"
        if verb.tag_ != "VB" and verb.lower_ != verb.lemma_.lower():
            break
        verb = verb.head
    return verb


_SINGULAR_FORMS = {"have": "has", "'ve": "has", "are": "is", "'re": "is", "were": "was", "do": "does", "go": "goes"}


def _singular(word: Token) -> str:
    """The third person singular of a finite verb written for a plural subject ("have" →
    "has", "were" → "was", "oppose" → "opposes"): a "Who …?" or "Which group …?" question's
    subject is singular ("Who has refused to vote …?", not "Who have …?")."""
    lower = word.lower_.replace("’", "'")
    if lower in _SINGULAR_FORMS:
        return _SINGULAR_FORMS[lower]
    if word.tag_ != "VBP" or not lower.isalpha():
        return word.text
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word.text + "es"
    if lower.endswith("y") and lower[-2:-1] not in tuple("aeiou"):
        return word.text[:-1] + "ies"
    return word.text + "s"


def _verb_group(token: Token, verb: str) -> str:
    """The verb as written with its auxiliaries and particle: "will step up", "announced"; a
    finite verb of a plural subject in the singular, as its "Who …?" question asks it."""
    parts = sorted([c for c in _aux_holder(token).children if c.dep_ == "aux" and c.i < token.i] + [token], key=lambda t: t.i)
    finite = parts[0] if parts[0].tag_ in ("VBP", "VBD") and parts[0].pos_ in ("VERB", "AUX") else None
    text = " ".join(
        "will" if reported_future(t) else _singular(t) if t is finite else written_out(t) for t in parts
    )
    if " " in verb:
        text += " " + verb.split(" ", 1)[1]
    return text

