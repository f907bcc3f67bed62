"""What a date is the date of: the predicate its phrase hangs from in the parse, and its occasion.

"The company said on Tuesday that the bridge had collapsed" dates the saying; "The bridge
collapsed on Tuesday, the company said" dates the collapse. The words are the same, the parse is
not: from the date's root we climb past prepositions and names to the first verb or common noun
(``governing_predicate``) and class it with the lexicons of ``constants`` (``occasion``):

- ``"report"``: a publication: a verb of publishing ("reported", "published", "tweeted"; "a
  letter appeared in Granma"), or a publication noun ("according to a report Tuesday");
- ``"remark"``: another communication act: a verb of VerbNet's communication classes ("said",
  "told", "commented", "announced"), a verb whose complement is one ("declined to comment") or
  whose scene is one ("welcomed the figures at a news conference Friday"), a verb that only
  issues a communication noun ("issued a statement", "filed a notice", "gave an interview"), or
  such a noun itself ("in an interview on Sunday");
- ``"report"`` too: a release of figures ("released data Monday", "the poll was released
  Wednesday", ``constants.DATA_NOUNS``): the day a publication came out; and any date inside an
  "according to" phrase ("According to a poll out Thursday, …"): the cited source's day;
- ``"remark"`` too: the date of a scene of speaking set as another verb's place ("criticized
  Clinton during a rally on Friday", "proclaimed to a cheering crowd on Tuesday",
  ``constants.SPEAKING_SCENE_NOUNS``): the day of one appearance among many;
- ``"period end"``: the end of an accounting period ("the quarter ended Sept. 30") or the
  cut-off of a tally ("as of Sept. 30"; "through Oct. 19, the funds returned 0.85%", a clause
  with a figure);
- ``"description"``: the date of a relative clause that describes a place, a thing or a person
  ("the Pulse nightclub, where 49 people were killed June 12", "the senator, who was elected in
  November"): what the story's actor or setting once was, not what the story tells;
- ``"speaker description"``: such a clause describing who a speaker is ("said Ana Ruiz, a nurse
  who spent part of Sunday night with the protesters"): the date of a voice, not of the news;
- ``"day of writing"``: a date that is only the subject of a present-tense "is" or "marks"
  ("Tuesday marks four weeks since the shooting", "Today is the 100th day of the strike"): it
  says which day the article was written, and the count after it is the news, not the day;
- ``"state"``: the day of a state, not of an event: a copula with an adjective ("the mayor was
  angry on Thursday", "markets were calm Wednesday") or a clause that says something still held
  ("On Friday, Trump was still miffed", "were still counting votes Monday"), also where the parser
  hung the copula's adjective on the day ("was even more emphatic Monday"): the story tells how
  things stood that day, no act a reader learns a date for;
- ``"term"``: a term of a security or a payment ("debentures due Oct. 15, 1999", "payable Jan. 2",
  "will redeem the shares on Oct. 31", "The record date is Nov. 9"): the instrument's schedule,
  set by its contract, not an event the story tells (``constants.TERM_WORDS``);
- ``"modifier"``: a year that qualifies a noun ("the 2014 elections", "her 2008 campaign", "the
  2016 Republican convention", ``modifying_year``): it names which elections or campaign, it
  dates no event of the sentence on its own; it still tells how far back the sentence looks;
- ``""``: anything else: the date of an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    CUT_OFF_PREPOSITIONS,
    DATA_NOUNS,
    DATE_PART_NOUNS,
    INSTRUMENT_NOUNS,
    ISSUING_VERBS,
    MEDIA_COMPOUND_NOUNS,
    MEDIA_COMPOUNDS,
    PERIOD_END_VERBS,
    PERIOD_NOUNS,
    PUBLICATION_NOUNS,
    PUBLISHING_VERBS,
    RELEASING_VERBS,
    REMARK_NOUNS,
    REMARK_VERBS,
    REPORTING_VERBS,
    SCENE_PREPOSITIONS,
    SPEAKING_SCENE_NOUNS,
    TERM_DATE_NOUNS,
    TERM_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MODIFIER = "modifier"  # the occasion of a year that qualifies a noun
BASELINE = "baseline"  # the day of a change's earlier level ("fell to 3.85 pct from five pct yesterday")
DAY_OF_WRITING = "day of writing"
TERM = "term"
STATE = "state"
# Adverbs that make a clause say a state goes on ("was still miffed"), not an act.
_CONTINUING_ADVERBS = frozenset(["still"])
# Verbs whose present-tense subject, a date, is only the day of writing ("Tuesday marks …").
_DAY_OF_WRITING_VERBS = frozenset(["be", "mark"])
MODIFIER_DEPS = frozenset(["nummod", "compound", "amod", "nmod"])
MODEL_ENTITIES = frozenset(["PRODUCT", "ORG"])  # a year before a make or a product names its model
MAX_CLIMB = 6  # dependency steps from the date to its predicate
ARGUMENT_DEPS = frozenset(["dobj", "nsubj", "nsubjpass", "attr", "pobj"])
SETTING_PREPOSITIONS = frozenset(["at", "in", "during"])  # "welcomed the figures at a news conference Friday"


def modifying_year(span: Span) -> bool:
    """Whether a year (one token, no count nor sum for spaCy) qualifies a noun after it: "the
    2014 elections", "her 2008 campaign", "the 2016 Republican convention", "a 1987 Chevrolet".
    A singular noun cannot be counted by it; a count of a plural noun parses the same way
    ("sent 2000 troops", which spaCy may read as a date too), so a plural noun counts as
    qualified only when spaCy reads the year as a date and a determiner or a possessive opens
    its phrase before the year ("the", "her"): counts come bare, qualified plurals seldom do."""
    if len(span) != 1:
        return False
    year, noun = span.root, span.root.head
    if year.ent_type_ not in ("DATE", "") or year.dep_ not in MODIFIER_DEPS or noun.i <= year.i:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return False  # "the 2015 fiscal year": a period, which the date reader judges itself
    if {noun.ent_type_, span.doc[year.i + 1].ent_type_} & MODEL_ENTITIES:
        return False  # "Kopp's 1987 Chevrolet Cavalier": a model's year, no date of the story
    if noun.tag_ in ("NN", "NNP"):
        return True
    return year.ent_type_ == "DATE" and any(c.dep_ in ("det", "poss") and c.i < year.i for c in noun.children)


def governing_predicate(span: Span) -> Token | None:
    """The verb or common noun a date's phrase attaches to ("said" in "said on Tuesday",
    "interview" in "in an interview on Sunday"), or None for a date that heads its sentence."""
    tok = span.root
    for _ in range(MAX_CLIMB):
        if tok.head is tok:
            return None
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            return saying_over(span, tok)
        if tok.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "TIME") and tok.lemma_.lower() not in DATE_PART_NOUNS:
            # not "quarter" in "the quarter ended Sept. 30", "night" or "part" in "part of
            # Sunday night": the date's own nouns
            return tok
    return None


ACTOR_DEPS = frozenset(["nsubj", "nsubjpass"])
NAME_TYPES = frozenset(["PERSON", "ORG", "GPE", "NORP"])
SHARED_SUBJECT_DEPS = frozenset(["xcomp", "conj", "advcl"])  # clauses whose subject is their head's


def clause_actor(span: Span, predicate: Token | None) -> str:
    """Who does what a date dates, as written: the subject of the predicate's clause, or the
    name that owns its subject ("Cuba" in "Cuba predicted on Friday", "Elian's" father → "Elian"
    only when no name heads the subject), a pronoun as written ("she"), or "" when the clause
    names no one ("a list issued Friday included …": a list). A noun predicate's actor is its
    owner ("her debate performance on Tuesday" → "her", "a Trump rally on Tuesday" → "Trump")
    or, failing that, its clause's subject."""
    if predicate is None:
        return ""
    owners = [c for c in predicate.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")] if predicate.pos_ == "NOUN" else []
    verb = predicate
    for _ in range(MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    subjects = owners or [c for c in verb.children if c.dep_ in ACTOR_DEPS]
    for _ in range(MAX_CLIMB):  # "Trump spent Sunday barnstorming": a verb sharing its head's subject
        if subjects or verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head is verb:
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ACTOR_DEPS]
    if not subjects:
        return ""
    subject = subjects[0]
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "Mr. Trump, who spent Sunday barnstorming": the noun "who" stands for
    if subject.pos_ == "PRON":
        return subject.text
    for tok in (subject, *(c for c in subject.children if c.dep_ in ("poss", "compound"))):
        entity = next((e for e in span.doc.ents if e.start <= tok.i < e.end and e.label_ in NAME_TYPES), None)
        if entity is not None:
            return entity.text
        if tok.pos_ == "PROPN":  # a name the recogniser missed: the name's words as written
            words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
            return " ".join(t.text for t in [*words, tok])
    return ""


def saying_over(span: Span, verb: Token) -> Token:
    """The verb of saying a date belongs to when it stands between that verb and the clause
    it reports, before the clause's subject or "that": "said on Friday he met Trump earlier
    this week" (which the parser hangs from "met") dates the saying, not the meeting; "said
    he met Trump on Friday" dates the meeting. Else ``verb`` itself."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in REMARK_VERBS or not saying.i < span.start:
        return verb
    opening = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") and c.i < verb.i]
    return saying if opening and span.end <= min(opening) else verb


def occasion(span: Span, predicate: Token | None) -> str:
    """``"report"``, ``"remark"``, ``"period end"``, ``"description"``, ``"speaker
    description"`` or ``""`` (see the module's docstring; a ``"modifier"`` is read before,
    with ``modifying_year``)."""
    if predicate is None:
        return ""
    if _preposition(span) == "as of" or _a_cut_off_s_day(span):
        return "period end"  # "as of Sept. 30, it had 926 million shares", "the latest figures as of Monday"
    if _a_source_s_date(span):
        return "report"  # "According to a poll out Thursday, …": the day the source came out
    if _preposition(span) in CUT_OFF_PREPOSITIONS and _counts(predicate, span):
        return "period end"  # not "the strike will last through May 30": no tally
    if _bounds_a_tally(span, predicate):
        return "period end"  # "100,000 shares bought from Aug. 26 to Oct. 20": a tally's window
    lemma = predicate.lemma_.lower()
    if _the_day_of_writing(span, predicate):
        return DAY_OF_WRITING
    if _a_term(span, predicate):
        return TERM
    if predicate.pos_ == "NOUN":
        # the noun or the noun it qualifies: "in an interview with a radio station in April"
        for noun in _noun_chain(predicate):
            if noun.lemma_.lower() in PUBLICATION_NOUNS:
                return "report"
            if _communication_noun(noun):
                return "remark"
        return "remark" if _a_speaking_scene(predicate) else ""
    arguments = [c for c in predicate.children if c.dep_ in ARGUMENT_DEPS]
    if predicate.dep_ in ("acl", "relcl"):
        arguments.append(predicate.head)  # "a statement issued Friday", "the quarter ended Sept. 30"
    communicated = [a for a in arguments if _communication_noun(a)]
    if lemma in RELEASING_VERBS and any(a.lemma_.lower() in DATA_NOUNS for a in arguments):
        return "report"  # "released data Monday", "the poll was released Wednesday": a publication's day
    if lemma in PUBLISHING_VERBS and (lemma in REMARK_VERBS or communicated):
        return "report"
    if lemma in REMARK_VERBS:
        return "remark"
    # "declined to comment on Monday", "refused to say"
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in REMARK_VERBS for c in predicate.children):
        return "remark"
    if lemma in ISSUING_VERBS and communicated:
        return "remark"
    if any(_communication_noun(n) for n in _settings(predicate)):
        return "remark"
    if lemma in PERIOD_END_VERBS and any(a.lemma_.lower() in PERIOD_NOUNS for a in arguments):
        return "period end"
    if _a_state(span, predicate):
        return STATE
    if predicate.dep_ == "relcl":
        return "speaker description" if _a_speaker(predicate.head) else "description"
    return ""


def _a_cut_off_s_day(span: Span) -> bool:
    """Whether a bare day ends an "as of" phrase ("had been tendered as of the close of business
    Thursday"), whether the parser hung the day inside it or beside it on the same verb, right
    after it: the day of a tally's cut-off, as "as of Sept. 30" is."""
    root = span.root
    if root.dep_ not in ("npadvmod", "tmod") or span.start == 0:
        return False
    for tok in root.ancestors:  # "… as of the close of business Monday", the day hung on "close"
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.lower_ == "as" and tok.dep_ == "prep" and any(c.lower_ == "of" for c in tok.children):
            return True
    before = span.doc[span.start - 1]
    for tok in (before, *before.ancestors):
        if tok.i == root.head.i:
            return False
        if tok.dep_ == "prep" and tok.head.i == root.head.i and tok.right_edge.i == before.i:
            return tok.lower_ == "as" and any(c.lower_ == "of" for c in tok.children)
    return False


def _bounds_a_tally(span: Span, predicate: Token) -> bool:
    """Whether a date bounds a window "from … to …" over which a counted quantity was tallied
    ("100,000 shares bought from Aug. 26 to Oct. 20", "sold 2 million shares from May 1 to May 9"):
    the tally's period, as "through Oct. 19" ends one; not a span of an act ("the strike lasted
    from May 1 to May 30")."""
    root = span.root
    if root.dep_ != "pobj" or predicate.pos_ not in ("VERB", "AUX"):
        return False
    prep = root.head
    if prep.lower_ == "to":  # "to" beside "from" on the verb, or hung on "from" itself
        other = prep.head.lower_ == "from" or any(c.dep_ == "prep" and c.lower_ == "from" and c.i < prep.i for c in prep.head.children)
    elif prep.lower_ == "from":
        other = any(c.dep_ == "prep" and c.lower_ in ("to", "through") for c in (*prep.children, *prep.head.children) if c.i > prep.i)
    else:
        return False
    if not other:
        return False
    counted = [c for c in predicate.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if predicate.dep_ == "acl":
        counted.append(predicate.head)  # "100,000 shares bought from …"
    return any(any(g.dep_ == "nummod" for g in noun.children) for noun in counted)


def _a_source_s_date(span: Span) -> bool:
    """Whether a date stands inside an "according to" phrase ("According to a poll out
    Thursday", "according to court papers filed Monday"): it dates the source the story cites,
    not what the source tells."""
    return any(
        tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children) and span.root in tok.subtree
        for tok in span.root.ancestors
    )


def _the_day_of_writing(span: Span, predicate: Token) -> bool:
    """Whether the date is the subject of a present-tense "is"/"marks" ("Tuesday marks four
    weeks since …"): the sentence counts from the day it was written, which is no event (a past
    "Monday was the deadline" is one)."""
    # the parser reads a weekday before its verb as an adverb ("Wednesday marks …", npadvmod):
    # the date is the subject when the verb has no other
    return (
        span.root.dep_ in ("nsubj", "npadvmod")
        and span.root.head.i == predicate.i
        and span.root.i < predicate.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i != span.root.i for c in predicate.children)
        and predicate.lemma_.lower() in _DAY_OF_WRITING_VERBS
        and predicate.tag_ in ("VBZ", "VBP")
    )


def _a_speaking_scene(noun: Token) -> bool:
    """Whether a noun is a scene of speaking (``SPEAKING_SCENE_NOUNS``) set as the place of a
    verb of saying (not "was arrested at a rally on Friday"): "criticized Clinton during a rally on Friday", "During a rally on Tuesday
    night, Trump remarked", "proclaimed to a cheering crowd on Tuesday". A rally the story tells
    as its own act ("a rally on Saturday drew 10,000 people", "began gathering for the rally")
    is no such scene: the date is the rally's."""
    prep = noun.head
    return (
        noun.lemma_.lower() in SPEAKING_SCENE_NOUNS
        and noun.dep_ == "pobj"
        and prep.lower_ in SCENE_PREPOSITIONS
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and (prep.head.lemma_.lower() in REPORTING_VERBS or prep.head.lemma_.lower() in REMARK_VERBS)
    )


def _a_term(span: Span, predicate: Token) -> bool:
    """Whether a date is a term of a security or a payment: a word of ``TERM_WORDS`` on its path
    up to its predicate ("payable on Jan. 2", "redeem … on Oct. 31"), "of record" ("holders of
    record Nov. 9"), "due" said of a security or a payment ("debentures due Oct. 15, 1999", not
    "a ruling is due Friday"), or a term's date named ("The record date is Nov. 9", "a maturity
    date of June 1")."""
    path, tok = [], span.root
    while tok is not predicate and tok.head is not tok and len(path) < MAX_CLIMB:
        tok = tok.head
        path.append(tok)
    for tok in path:
        if tok.lemma_.lower() in TERM_WORDS or (tok.lower_ == "record" and tok.head.lower_ == "of"):
            return True
        if tok.lower_ == "due" and any(t.lemma_.lower() in INSTRUMENT_NOUNS for t in _what_is_due(tok)):
            return True
    dates = [predicate] if predicate.lemma_.lower() == "date" else (
        [c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")] if predicate.lemma_.lower() == "be" else []
    )
    return any(
        d.lemma_.lower() == "date" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in TERM_DATE_NOUNS for c in d.children)
        for d in dates
    )


def _what_is_due(due: Token) -> list[Token]:
    """The noun "due" is said of: the one it qualifies ("debentures due …") or its copula's
    subject ("the payment is due …")."""
    if due.dep_ in ("amod", "acl") or due.head.pos_ == "NOUN":
        return [due.head]
    return [c for c in due.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _a_state(span: Span, predicate: Token) -> bool:
    """Whether a past clause tells a state on the date, not an act: "be" with an adjective and
    no verb under it ("was angry", "were calm"), or any verb with "still" ("was still miffed")
    on that day (not "is still scheduled for Tuesday": that day is the act's)."""
    children = list(predicate.children)
    if _preposition(span) not in ("", "on"):
        return False
    # in the past: "the dividend is payable Jan. 2", "the bill is still due Friday" give the day of an act to come
    if predicate.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _CONTINUING_ADVERBS for c in children):
        return True
    if predicate.lemma_.lower() == "be" and span.root.head.i == predicate.i and _adjective_on_the_day(span):
        return True  # "Trump was even more emphatic Monday", parsed as an "emphatic Monday"
    # not "was ready on Friday to resign": an adjective with a verb under it leads to an act
    clauses = ("xcomp", "ccomp")
    return (
        predicate.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" and not any(g.dep_ in clauses for g in c.children) for c in children)
        and not any(c.dep_ in clauses for c in children)
    )


def _adjective_on_the_day(span: Span) -> bool:
    """Whether the parser hung a copula's adjective on the day after it ("was even more
    emphatic Monday" read as "an emphatic Monday"): an adjective before the day, with no
    determiner of the day's own (not "was a busy Monday")."""
    root = span.root
    return root.dep_ in ("npadvmod", "tmod", "attr") and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < span.start for c in root.children
    ) and not any(c.dep_ in ("det", "poss") for c in root.children)


def _a_speaker(noun: Token) -> bool:
    """Whether a noun, or the name it stands in apposition to, is the subject of a verb of
    saying: "said Sergio Navarro, a businessman who spent Sunday night with protesters"."""
    for tok in (noun, noun.head if noun.dep_ == "appos" else None):
        if tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REMARK_VERBS:
            return True
    return False


def _noun_chain(noun: Token, steps: int = 2) -> list[Token]:
    """A noun and the nouns it qualifies through prepositions ("station" → "interview" in "an
    interview with a radio station"), at most ``steps`` up."""
    chain = [noun]
    for _ in range(steps):
        prep = chain[-1].head
        if chain[-1].dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
            break
        chain.append(prep.head)
    return chain


def _preposition(span: Span) -> str:
    """The preposition a date is the object of ("through" in "through Oct. 19", "as of"), or ""."""
    root = span.root
    if root.dep_ != "pobj" or root.head.pos_ != "ADP":
        return ""
    prep = root.head
    if prep.lower_ == "of" and (prep.head.lower_ == "as" or (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "as")):
        return "as of"
    return prep.lower_


def _counts(predicate: Token, span: Span) -> bool:
    """Whether a predicate's clause gives a figure outside the date ("0.85%", "15 states")."""
    return any(t.like_num and not (span.start <= t.i < span.end) for t in predicate.subtree)


def _settings(predicate: Token) -> list[Token]:
    """Nouns of the scene a verb or its object is set in: "at a news conference", "in an
    interview", "during a briefing"."""
    heads = [predicate] + [c for c in predicate.children if c.dep_ == "dobj"]
    return [
        p
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in SETTING_PREPOSITIONS
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _communication_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in REMARK_NOUNS or lemma in PUBLICATION_NOUNS:
        return True
    return lemma in MEDIA_COMPOUND_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in MEDIA_COMPOUNDS for c in token.children
    )
