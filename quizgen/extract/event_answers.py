"""What the actor did: the event verb's clause, infinitive, object or prepositional
object, read as a whole subtree and shaped to stand alone ("announced [that it will close 40
rural lines]", "asked [the Justice Department to investigate …]", "joined [the alliance
against the so-called Islamic State]"); None when the parse gives no such phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    CALLING_VERBS,
    CLAUSE_ONLY_CLASSES,
    EVENT_ANSWER_MAX_WORDS,
    EVENT_VERBS,
    OBJECT_PLUS_COMPLEMENT,
    REASON_MARKERS,
    RECIPROCAL_VERBS,
    REPORTING_VERBS,
    SEMI_MODAL_VERBS,
)
from quizgen.extract.event_actors import names_people
from quizgen.extract.event_complements import names_whom, with_scope
from quizgen.extract.event_phrases import (
    CHANGE_NOUNS,
    HOLDING_NOUNS,
    defines_its_head,
    last_conjunct_loses_its_phrase,
    per_unit_of_a_price,
    runs_into_a_noun_phrase,
    runs_into_clause,
    specific,
    stands_alone,
    trim,
)
from quizgen.extract.event_times import relative_time_inside
from quizgen.extract.phrase_specificity import pins_a_fact

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def answer_of(token: Token, verb: str) -> tuple[Span, str, str | None] | None:
    """What the actor did it to: a clause, an infinitive, an object, or a prepositional object."""
    doc = token.doc
    children = list(token.children)
    if EVENT_VERBS.get(verb) in CLAUSE_ONLY_CLASSES:
        clauses = [c for c in children if c.dep_ == "ccomp" and c.i > token.i]
        if not clauses:
            return None
        span = trim(doc[clauses[0].left_edge.i : clauses[0].right_edge.i + 1])
        return (span, "clause", None) if len(span) >= 4 and _complete(span) else None
    objects = [c for c in children if c.dep_ == "dobj" and c.i > token.i]
    if len(objects) > 1:
        return None  # "extended [Pakistan] [220 mln dlrs]" (j89): one object asked leaves the other dangling
    if objects and any(
        c.dep_ in PREDICATE_DEPS and token.i < c.i < objects[0].i and c.left_edge.i == c.right_edge.i for c in children
    ):
        return None  # "left open the possibility", "made clear its opposition" (j88): the verb's sense is the pair
    if objects and (_preposition_before(objects[0]) or _partner_and_object(token, objects[0])):
        return None  # "meet with X Friday for talks on board [a ship]": the parse hung a place phrase's noun on the verb
    wishes = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
    if objects and all(t.ent_type_ in ("DATE", "TIME") for t in objects[0].subtree):
        return None  # "spent Sunday speaking at a church": a time spent, not a thing done
    if objects and wishes and objects[0].right_edge.i + 1 == wishes[0].left_edge.i:
        if not _is_to(wishes[0]):
            return None  # "asked Rubio which states he would win": a question, not a request
        if any(c.dep_ == "appos" for c in objects[0].children):
            return None  # "appointing Bevan, formerly chairman of Barclays Plc to replace Dundas" (j94): the aside runs into the act
        # "asked the Justice Department to investigate …": the object and what it is asked to do
        return trim(doc[objects[0].left_edge.i : wishes[0].right_edge.i + 1]), "object", None
    persuaded = _persuaded(token, verb)
    if persuaded is not None and not objects:
        # "called on all states to cooperate …": as "asked the department to investigate …"
        return trim(doc[persuaded[0] : persuaded[1]]), "object", None
    if objects and any(_joined_in(c) for c in children if c.dep_ == "prep" and c.i > objects[0].i):
        return None  # "joined his running mate Donald Trump [in calling for …]": the act is the gerund, not whom it was done with
    asked_to = [c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > token.i and _is_to(c)]
    asked_of = objects or _particle_objects(token, verb)  # "called on [Russia] Monday to cooperate"
    if asked_of and asked_to and (
        EVENT_VERBS.get(verb) == "seek" or asked_to[0].dep_ == "xcomp" or token.lemma_.lower() in SEMI_MODAL_VERBS
    ):
        return None  # "asked the department on Monday to investigate": no one phrase says it
    for deps, kind in ((("ccomp",), "clause"), (("xcomp",), "infinitive"), (("dobj",), "object")):
        for child in children:
            if child.dep_ in deps and child.i > token.i:
                if kind == "clause" and _object_and_complement(token, child):
                    return None  # "charged inspectors with verifying that …": no charge that …
                if kind == "clause" and _subject_lost(child):
                    return None  # "refused … on the grounds that G-5, grouping …, | had reduced …" (j121)
                if kind == "clause" and _clause_after_prepositional_object(token, child):
                    return None  # "pressed for veto power over loans made on terms | Washington considers too lax" (j128)
                if kind == "infinitive" and not (
                    child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                ):
                    continue  # "to join", "joining" — not a bare verb
                if kind == "infinitive" and child.tag_ == "VBG" and not _next_to(token, child):
                    # "asked, shaking his head", "spent Sunday speaking": how or when, not what
                    return None
                whole = doc[child.left_edge.i : child.right_edge.i + 1]
                if runs_into_clause(whole) or runs_into_a_noun_phrase(whole):
                    return None  # "… on a draft budget for 1987 | resumed after …": the parse cut a clause in two
                span = trim(whole)
                if not _complete(span):
                    return None
                if kind == "object" and rate_after(span):
                    return None  # "will offer one share plus one dlr cash | for every two shares" (j101)
                if kind == "object" and per_unit_of_a_price(span):
                    return None  # "tendered for all shares at 90.25 dlrs [a share in cash]" (j132): a price's unit, no object
                if kind == "object" and counts_only(span):
                    return None  # "won [49] out of the 54 seats": a count of what the phrase does not name
                if kind == "object" and names_whom(token, span):
                    return None  # "has named senior executives [who were responsible …]": named as what, the question cannot say
                if kind == "object":
                    scoped = with_scope(token, span)
                    if scoped is None:
                        return None  # "captured their first medal [on Sunday]": first of what, nothing next to it says
                    if scoped is not span:
                        return scoped, kind, None  # "their first medal in 20 years"
                if kind == "object" and last_conjunct_loses_its_phrase(span, token):
                    return None  # "buy cable systems or ownership interest | in cable systems" (j128)
                if kind == "object" and _changed_by_a_figure(token):
                    return None  # "will increase underlying premiums | by 41 percent" (j236): the change is the figure's card
                whole = _with_adjunct(token, span) if kind == "object" else span
                if kind == "object" and _bare_attempt(whole):
                    return None  # "blocked [a U.S. effort] at the United Nations to blacklist six ships" (j237): an effort to do what
                if bare_number_measured_after(whole):
                    return None  # "raised its offer to 7/8 | over LIBOR" (j102): the figure says nothing alone
                return without_swallowed_reporter(token, whole), kind, None
    for child in children:
        if child.dep_ == "prep" and child.i > token.i and child.lower_ in ("for", "against", "to", "on"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ in ("DATE", "TIME"):
                continue  # "is scheduled to meet on June 25": when, not what it met on (j121)
            if objects and _prepositional_phrase_between(token, child.i):
                return None  # "entered into a letter of intent | for a combination with X" (j128): the question would drop the first
            if objects and runs_into_a_noun_phrase(doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]):
                return None  # "soared on speculation of … between major shareholders | the Kadoorie family" (j144)
            if objects:
                obj = objects[0]
                prep = None if verb.endswith(" " + child.lower_) else child.lower_  # "call for" has it
                return without_swallowed_reporter(token, trim(doc[obj.left_edge.i : obj.right_edge.i + 1])), "prep", prep
    del verb
    return None


def _clause_after_prepositional_object(verb: Token, clause: Token) -> bool:
    """Whether a clause with no "that" comes after a phrase of the verb's preposition ("pressed
    [for veto power over loans made on terms] Washington considers far too lax", j128): the
    clause is a relative clause of the phrase's last noun ("terms [that] Washington considers
    …") the parse hung on the verb, and no question over the verb can skip the phrase."""
    return not any(c.dep_ == "mark" for c in clause.children) and _prepositional_phrase_between(verb, clause.left_edge.i)


def _prepositional_phrase_between(verb: Token, end: int) -> bool:
    """Whether a phrase of the verb's prepositions stands between the verb and token ``end``
    ("entered [into a letter of intent] for a business combination", j128): the verb's sense
    may be that phrase ("entered into"), and a question over the verb and what follows would
    drop it. A time phrase ("announced on Monday it will close …", "agreed on Monday to …") is
    the act's time, and does not count."""
    return any(
        c.dep_ == "prep" and verb.i < c.i < end
        and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in verb.children
    )


def without_swallowed_reporter(verb: Token, span: Span) -> Span:
    """The answer without a source the parse hung on its last noun as an apposition ("rejected
    [the overthrow of the ruler of Sharjah], [the Emirates news agency, WAM,] reported", j128):
    the sentence ends in a reporting verb that has no subject of its own, and the last comma'd
    phrase of the answer is who reported. The answer is cut before that phrase's comma; any
    other answer is returned as it is."""
    doc = span.doc
    after = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if after >= len(doc) or after == span.end:
        return span
    reporting = doc[after]
    if not (
        reporting.pos_ == "VERB" and reporting.lemma_.lower() in REPORTING_VERBS
        and verb.i != reporting.i and any(t.i == verb.i for t in reporting.subtree)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in reporting.children)
    ):
        return span
    for t in span:
        if t.dep_ == "appos" and t.left_edge.i > span.start and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == span.end - 1:
            return trim(doc[span.start : t.left_edge.i - 1])
    return span


def _preposition_before(obj: Token) -> bool:
    """Whether the word right before an object is a preposition, or a bare noun a preposition
    takes ("on board", "in front"), with nothing of its own: the object is that preposition's
    ("talks on board [a South African ship]", "aboard [the ship]"), and the parse hung it on the
    verb. An object right after the verb, its particle or its first object is the verb's."""
    doc = obj.doc
    first = obj.left_edge.i
    if first == 0:
        return False
    before = doc[first - 1]
    if before.pos_ == "ADP" and before.dep_ != "prt":
        return True
    return (
        before.dep_ == "pobj" and before.pos_ == "NOUN" and not list(before.children)
        and before.head.pos_ == "ADP" and before.head.i == before.i - 1
    )


def _partner_and_object(verb: Token, obj: Token) -> bool:
    """Whether a verb of meeting (``RECIPROCAL_VERBS``) has a "with" partner before its object
    ("will meet with X Friday … [a ship]"): one meets someone or meets with someone, not both;
    the object is a place phrase's noun the parse lost, never whom was met."""
    return verb.lemma_.lower() in RECIPROCAL_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i < obj.i for c in verb.children
    )


def _particle_objects(token: Token, verb: str) -> list[Token]:
    """The objects of a phrasal verb's own preposition after it ("called on [Russia]",
    "appealed to [donors]"): whom the act was asked of."""
    if " " not in verb:
        return []
    particle = verb.split(" ", 1)[1]
    return [
        o
        for c in token.children
        if c.dep_ in ("prep", "prt") and c.lower_ == particle and c.i > token.i
        for o in c.children
        if o.dep_ == "pobj"
    ]


def counts_only(span: Span) -> bool:
    """Whether an object phrase is a bare number or measure, with no noun saying what it counts
    ("won [49] out of the 54 seats", "gained [26%]"): the thing acted on is elsewhere in the
    sentence or is the number cards' figure, and a question built on it asks nothing ("Which
    party won 49?")."""
    return any(t.pos_ == "NUM" for t in span) and all(
        t.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY") or t.pos_ in ("NUM", "DET", "ADV", "PUNCT") for t in span
    )  # a sum of money ("raised $5 million") is a thing raised, and stays


def bare_object(verb: Token) -> bool:
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
    if following and _what_changes(span, following[0]):
        # "opposed a further fall | in the value of the dollar" (j130): the parse hung the noun's
        # own phrase on the verb, and "a further fall" is a fall of nothing
        longer = trim(span.doc[span.start : following[0].right_edge.i + 1])
        if len([t for t in longer if not t.is_punct]) <= EVENT_ANSWER_MAX_WORDS and not any(t.ent_type_ == "DATE" for t in longer):
            return longer
    if following and _what_the_sum_is(span, following[0]):
        noun = next(c for c in following[0].children if c.dep_ == "pobj")
        return span.doc[span.start : noun.i + 1]  # "sought 162.5 mln dlrs | in damages" (j101)
    if not following or following[0].lower_ in ("by", "in", "on", "at", "after", "before", "during", "since", "as"):
        return span
    if any(c.dep_ == "pobj" and c.lemma_.lower() == "time" for c in following[0].children):
        return span  # "seized control of the Senate | for the first time [in eight years]" (j237): how often, said of a period
    if following[0].lower_ in VENUE_PREPOSITIONS:
        return span  # "will meet the mayor | aboard a ferry": where it happens, not which one was met
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
    if runs_into_clause(longer):
        return span  # "built the bridge | over the river and villagers | scattered …": the object alone
    return longer


# Nouns of an attempt, which say what was tried only with what follows them ("an effort to …").
_ATTEMPT_NOUNS = frozenset(["effort", "attempt", "bid", "move", "push", "drive", "step"])


def _bare_attempt(span: Span) -> bool:
    """Whether the answer is an attempt's noun without what was attempted ("a U.S. effort", "a
    bid"): many acts fit it, and the words that say which are left in the sentence."""
    root = span.root
    return root.lemma_.lower() in _ATTEMPT_NOUNS and not any(
        c.dep_ in ("acl", "relcl", "prep", "amod", "compound") and span.start <= c.i < span.end and c.i > root.i for c in root.children
    )


# Verbs that change an amount of their object ("increase premiums", "cut costs", "raise prices").
_CHANGE_VERBS = frozenset([
    "increase", "decrease", "raise", "lower", "cut", "reduce", "boost", "hike", "slash", "trim", "lift",
    "expand", "shrink", "double", "triple", "halve", "grow",
])


def _changed_by_a_figure(verb: Token) -> bool:
    """Whether the verb's change is measured by a figure ("will increase premiums [by 41
    percent]", "cut costs by $2 million"): what changed, asked without how much, has many
    answers ("What will Obamacare increase?"), and the figure card asks the change whole."""
    if verb.lemma_.lower() not in _CHANGE_VERBS:
        return False  # "won the seat by 20 points": a margin, no change of the thing won
    return any(
        c.dep_ == "prep" and c.lower_ == "by"
        and any(o.dep_ == "pobj" and (o.like_num or o.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") or any(n.like_num for n in o.children)) for o in c.children)
        for c in verb.children
    )


def _what_changes(span: Span, prep: Token) -> bool:
    """Whether an object ends in a noun of a change or a holding ("a further fall", "a stake") and
    an "in"/"of" phrase follows it: what changes or is held ("in the value of the dollar")."""
    return prep.lower_ in ("in", "of") and span[-1].pos_ == "NOUN" and span[-1].lemma_.lower() in CHANGE_NOUNS | HOLDING_NOUNS


def _what_the_sum_is(span: Span, prep: Token) -> bool:
    """Whether "in" + a bare common noun after an amount says what the amount is ("162.5 mln
    dlrs | in damages", "two billion dlrs | in new loans"): the sum alone answers no "what"
    (j101: "What had Union Carbide sought?" → "162.5 mln dlrs"). Never a time, a place or a
    named thing ("in 1986", "in Tokyo", "in the market")."""
    if prep.lower_ != "in" or not any(c.dep_ == "nummod" or c.like_num for c in span.root.children):
        return False  # the sum itself, not a thing that holds one ("a shopping list of 2.6 billion dlrs | in line")
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return False
    phrase = list(span.doc[objects[0].left_edge.i : objects[0].i + 1])  # "damages", not "… from Consumers Power"
    return not any(
        t.dep_ in ("det", "poss") or t.pos_ in ("PROPN", "PRON", "NUM") or t.ent_type_ for t in phrase
    ) and len(phrase) <= 3


# Prepositions that measure a figure against another ("7/8 over LIBOR", "two points above").
_MEASURED_AGAINST = frozenset(["over", "above", "below", "under"])


def bare_number_measured_after(span: Span) -> bool:
    """Whether an answer ends on a number with no unit that the words after it measure against
    something ("its basic interest rate offer to 7/8 | over the London interbank offered rate",
    j102): cut there, the figure reads as a rate of its own."""
    doc = span.doc
    last = span[-1]
    return (
        last.like_num and last.pos_ == "NUM" and last.dep_ == "pobj"
        and span.end < len(doc) and doc[span.end].lower_ in _MEASURED_AGAINST
    )


def rate_after(span: Span) -> bool:
    """Whether the words right after an answer make it a rate ("one share plus one dlr cash |
    for every two shares", j101): the amount alone misstates the terms."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "for" and doc[span.end + 1].lower_ in ("every", "each")


# A one-word predicate between a verb and its object ("left [open] the possibility", "made [clear]
# its opposition", "set [free] the hostages"): the pair is one verb of another sense.
PREDICATE_DEPS = frozenset(["xcomp", "acomp", "oprd", "ccomp"])
VENUE_PREPOSITIONS = frozenset(["aboard", "onboard", "inside", "outside", "near", "beside", "behind", "amid", "amidst", "off"])


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma and opened by "which" or "who" ("the emails, which
    included …"): it adds to a thing already said, and the phrase says which without it. A
    clause with no comma ("a report that Bush …", "states that have moved …") says which, and
    one opened by a preposition ("…, of which half …") says of what."""
    first = clause.left_edge
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.text == "," and first.lower_ in ("which", "who")


def without_relative_clause(span: Span, label: str) -> Span | None:
    """An object without the relative clause that closes it, when the clause holds a relative
    time or makes the answer too long, and the rest still says which ("expelled five Iraqis and a Libyan [who were questioned
    … last month]"); None when it does not ("the man [who …]"), or when the clause says what
    the object is ("an option to buy 10%, [of which half may be sold by Octel]"). A noun's
    "that" clause of what was said or thought ("Sanders' accusations [that the campaign is
    violating election law …]") is such a clause too: the possessor or the words before still
    say which."""
    clauses = [
        t for t in span
        if (t.dep_ == "relcl" or _content_clause(t)) and t.right_edge.i + 1 >= span.end and t.head.i >= span.start
    ]
    if not clauses:
        return None
    too_long = len([t for t in span if not t.is_punct]) > EVENT_ANSWER_MAX_WORDS and (_aside(clauses[0]) or _content_clause(clauses[0]))
    if not too_long and not relative_time_inside(span.doc[clauses[0].left_edge.i : clauses[0].right_edge.i + 1]):
        # the time is the object's own, or the clause says what the object is; a clause that
        # makes the answer too long to read ("objections to a Libyan case [that has blocked the
        # trial of …]") goes when what is left still says which thing
        return None
    clause = clauses[0]
    if clause.dep_ == "relcl" and defines_its_head(clause):
        return None  # "the over three billion dlrs [it lent … in 1986]" (j88): "the" points at the clause that says which
    rest = trim(span.doc[span.start : clause.left_edge.i])
    if not len(rest) or rest.root.pos_ not in ("NOUN", "PROPN") or not specific(rest) or not stands_alone(rest, label):
        return None  # "released one of two men [who …]": which one, the clause said
    return rest


def _content_clause(token: Token) -> bool:
    """Whether ``token`` heads a noun's content clause opened by "that" ("accusations that the
    campaign is violating …", dep ``acl`` with a "that" mark), not a relative clause."""
    return token.dep_ == "acl" and token.head.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


def _subject_lost(clause: Token) -> bool:
    """Whether a tensed clause has no subject in the parse ("had reduced Italy's role …", whose
    subject "G-5" the parse hung elsewhere): English gives every tensed clause one, so its
    words are not the clause the sentence says."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in clause.children):
        return False
    tensed = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    words = [*tensed, clause]
    return any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in words)


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
    if runs_into_clause(span):
        return False  # "to mark [the end of the siege and villagers] | scattered …": two clauses' halves
    return after is None or after.pos_ not in ("AUX", "VERB") or after.dep_ == "conj"


def _next_to(verb: Token, complement: Token) -> bool:
    """Whether a gerund follows its verb as its complement does ("began speaking", "stopped
    entirely using"): only adverbs and particles between them."""
    return all(t.pos_ in ("ADV", "PART") for t in verb.doc[verb.i + 1 : complement.i])


def _joined_in(prep: Token) -> bool:
    """An "in" with a gerund ("in calling for a special prosecutor"): what the object was joined
    or led in doing, which the act is about."""
    return prep.lower_ == "in" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _is_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)



INNER_OBJECT_MAX_WORDS = 8  # "What did X agree to buy?" asks a thing, not a story


def inner_object(span: Span, label: str) -> tuple[str, str, str, str] | None:
    """An infinitive answer's own object, when the framed act is done to one particular thing:
    "decided [to admit] Poland, Hungary and the Czech Republic" → ("to admit", "Poland, Hungary
    and the Czech Republic", "", "What"); "agreed [to sell] three candy businesses [to Nestle
    for $370 million]" — the words before and after the object, the object, and "Who" when it
    names people. None when the infinitive has no object of its own right after it (a particle
    between is allowed: "to buy back"), frames a further act or clause ("to ask X to …", "to
    say that …"), is one of two acts ("to buy X and sell Y"), or the object does not name a
    thing on its own ("to fight terrorism", "to review it", "to take the step")."""
    phrase = _framed_object(span, label)
    if phrase is None:
        return None
    doc = span.doc
    before = doc[span.start : phrase.start].text.strip()
    after = doc[phrase.end : span.end].text.strip()
    wh = "Who" if names_people(phrase) else "What"
    return " ".join(before.split()), " ".join(phrase.text.split()), " ".join(after.split()), wh


def framed_act(span: Span, label: str) -> Span | None:
    """An infinitive answer cut after its object ("to buy Trustcorp [for 12.4 million shares of
    stock with a market value of about $450 million]"): the act and what it was done to, when the
    whole is too long for a card; None when the infinitive has no such object."""
    phrase = _framed_object(span, label)
    return span.doc[span.start : phrase.end] if phrase is not None else None


def _framed_object(span: Span, label: str) -> Span | None:
    verb = span.root
    if not span.text.startswith("to ") or verb.pos_ != "VERB" or verb.tag_ != "VB":
        return None
    if verb.lemma_.lower() in CALLING_VERBS:
        return None  # "to call their programme Trading Moms": what it is named, not a thing done to
    sent = span.sent
    if sum(t.dep_ == "ROOT" for t in sent) > 1 or (sent.end < len(span.doc) and span.doc[sent.end].text[:1].islower()):
        return None  # "to buy the shares of POP Radio Corp. [it doesn't already own …]": the parse broke off the object's clause
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "conj", "advcl") for c in verb.children):
        return None
    if any(c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in verb.children):
        return None  # "to stop Texas [from implementing …]" (j218): the gerund is what the act is, not its setting
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].i < verb.i:
        return None
    obj = objects[0]
    between = span.doc[verb.i + 1 : obj.left_edge.i]
    if any(t.dep_ != "prt" for t in between):
        return None  # "to buy quickly …": the object is not the verb's next phrase
    phrase = trim(span.doc[obj.left_edge.i : obj.right_edge.i + 1])
    if not len(phrase) or phrase.start < span.start or phrase.end > span.end:
        return None
    words = [t for t in phrase if not t.is_punct]
    if len(words) > INNER_OBJECT_MAX_WORDS or counts_only(phrase) or any(t.dep_ in ("relcl", "acl") for t in phrase):
        return None  # a clause inside the object is a second fact the question would need
    if not (specific(phrase) and stands_alone(phrase, label) and pins_a_fact(phrase)) or bare_object(verb):
        return None
    if phrase.end < span.end and span.doc[phrase.end].pos_ != "ADP":
        # "to buy X, which …", "to buy X and …", "to buy the shares of POP Radio Corp. [it doesn't
        # already own]": the object's phrase runs on; only a preposition's phrase ("to Nestle",
        # "for $370 million") is the act's, not the object's
        return None
    return phrase
