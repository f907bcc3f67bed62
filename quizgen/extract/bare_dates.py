"""Dates written with no preposition, as wire style writes a time ("Iran Saturday condemned",
"took effect Aug. 9", "were named Thursday"): a date in their place needs the preposition
English wants ("on ____" for a day, "in ____" for a month or year).

The parser labels such a date in many ways: an adverbial noun phrase ("npadvmod"), an
apposition of the noun before it ("the attacks Aug. 7 at the embassies", "the Republic Friday
formally joined"), a modifier of a noun after it ("took effect Aug. 9 pending ratification"),
the object of its verb ("were named Thursday", "promised Monday to begin"), a second subject
("Saturday at the convention Sen. Kline said"). What the date is the parse tells by where it
stands, whatever the label: a date the text writes after a preposition, a date a noun phrase
owns ("the Aug. 7 bombings", "his Friday show"), a clause's only subject ("Friday was the last
day"), what "is" says ("The deadline is Friday") or the object of a verb that takes a time
("spent Wednesday on a tour", "set Nov. 10 as the deadline") is no adverbial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import REMARK_VERBS, TIME_OBJECT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ADVERBIAL = ("npadvmod", "tmod")
_OBJECT = ("dobj", "oprd")  # "were named Thursday in a bulletin": a passive verb has no object
_NOUN_MODIFIER = ("nmod", "compound")
# Punctuation between a noun and a date after it: an apposition ("the deadline, Friday,"), a
# tweet's or a list's own date ("(@AP) August 23, 2016"), no adverbial of the clause.
_PUNCTUATION = ("PUNCT", "SYM")
# An opening bracket or quotation mark before the date: a parenthesised year ("“Yes to the ban”
# (2009)"), a quoted title's date. A straight quote opens when the date follows it unspaced.
_OPENING = frozenset("([{“‘«")
# Entities that name who acts: a date after one, read as its noun phrase's head, is the time of the act.
_NAMES = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])


def bare_time(span: Span) -> bool:
    """Whether the date ``span`` is a time adverbial written without a preposition: blanked, it
    needs "on" or "in" before the blank."""
    if _misread_noun_before(span.root):
        return True
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end:
        root = root.head  # "Iran Saturday night condemned": the phrase is "Saturday night"
    before = _word_before(span)
    if before is not None and (before.dep_ == "prep" or (before.pos_ == "ADP" and before.dep_ != "prt")):
        return False  # the text wrote one ("since Tuesday"; not a particle: "dropped out Feb. 20")
    if before is not None and (before.pos_ == "DET" or before.dep_ in ("det", "poss") or before.tag_ == "POS"):
        return False  # a noun phrase's own ("the Saturday debate", "his Friday show", "Iowa's Feb. 1 caucuses")
    if before is not None and (before.text in _OPENING or (before.is_quote and not before.whitespace_)) or _one_end_of_a_range(span):
        return False  # "“Yes to the ban” (2009)", "the years 2010 to 2013"
    if misread_as_an_argument(root):
        return True
    if _subject_read_as_adverbial(root):
        return False  # "Tuesday provided a startling message" (j193): blanked, "____ provided …", no "on"
    if root.dep_ in _ADVERBIAL + _OBJECT:
        return _adverbial_of(root, before)
    if root.dep_ == "appos":
        return _apposed_time(root, before)
    if root.dep_ in _NOUN_MODIFIER:
        return _stray_modifier(root, before)
    return False


def _subject_read_as_adverbial(root: Token) -> bool:
    """Whether a day the parser read as an adverbial before a finite verb is that verb's subject:
    the verb has no subject of its own ("Tuesday provided a potentially startling message",
    "Thursday night featured …", j193-j194: "on ____ provided …" had no subject)."""
    verb = root.head
    first = root.left_edge.i  # "Thursday night": the phrase's first word
    before = root.doc[first - 1] if first > 0 else None
    # the clause opens at the day: "Bond Corp Holdings Ltd today sold", where the parser hung the
    # name elsewhere, has its subject before the day
    opens = before is None or before.is_punct or before.lower_ in ("and", "but", "that", "while", "so", "yet")
    return (
        opens
        and root.dep_ == "npadvmod"
        and root.i < verb.i
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
        and verb.dep_ not in ("conj", "xcomp", "advcl", "relcl", "acl")  # a conjunct shares its subject
    )


def misread_as_an_argument(root: Token) -> bool:
    """Whether a day with no preposition, which the parser took for an argument of its verb, is
    an adverbial all the same: a subject beside the verb's own ("Saturday at the convention Sen.
    Warren said …", where the verb has "Warren"), or a day after a copula's adjective that the
    parser joined to it ("The crowd was smaller Friday" read as "a smaller Friday"; not "The
    deadline is Friday"), or a day after a name the parser joined to it ("Poland Friday formally
    joined" read as the noun phrase "Poland Friday"). Blanked without "on", the card reads "The
    crowd was smaller ____"."""
    verb = root.head
    if root.i > 0 and root.doc[root.i - 1].pos_ == "ADP":
        return False
    if root.dep_ == "attr":  # "was smaller Friday", read as a noun phrase, but not "The deadline is Friday"
        described = any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in root.children) or any(c.dep_ == "acomp" for c in verb.children)
        return verb.lemma_.lower() == "be" and root.i > verb.i and described
    if root.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("compound", "appos") and c.i < root.i and c.ent_type_ in _NAMES for c in root.children
    ):
        return True  # "Poland Friday formally joined" read as one noun phrase "Poland Friday"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i]
    # a day with a place after it says nothing: the subject of a verb of saying is someone the
    # parser hung elsewhere ("Saturday at the convention Sen. Warren said", "Warren" read as the
    # convention's apposition; not "Tuesday suggested a shift", a day's events)
    placed = any(c.dep_ == "prep" and c.i > root.i for c in root.children)
    return root.dep_ == "nsubj" and (bool(subjects) or (placed and verb.lemma_.lower() in REMARK_VERBS))


def _misread_noun_before(root: Token) -> bool:
    """Whether the parser made the date the head of a noun phrase that owns it, with the phrase's
    noun read as the date's modifier ("in Wisconsin's primary April 5" read as "in [Wisconsin's
    primary April 5]", "primary" an adjective): a possessor owns the noun, not the date after it,
    which is the time ("in Wisconsin's primary on ____")."""
    owners = [c for c in root.children if c.dep_ == "poss" and c.i < root.i]
    return bool(owners) and any(c.dep_ in ("amod", "compound") and owners[0].i < c.i < root.i for c in root.children)


def _adverbial_of(root: Token, before: Token | None) -> bool:
    """A date the parse hangs on a word as an adverbial or an object: a time unless it is what a
    verb that takes a time acts on (a verb of ``TIME_OBJECT_VERBS``: "spent Wednesday on a
    tour"; a day with an "as" complement: "has set Nov. 10 as the deadline"). A passive verb has
    no object ("were named Thursday", "was identified Thursday as a suspect"); a verb with
    another object acts on that ("took effect Jan. 5"). Any other verb's day is its time,
    whichever label the parser gave it ("promised Monday to begin", "Speaking Sunday on ABC")."""
    verb = root.head
    if verb.pos_ == "ADP" and before is not None and before.i == verb.i:
        return False
    if root.dep_ in _OBJECT and verb.pos_ not in ("VERB", "AUX"):
        return False
    children = [c for c in verb.children if c.i != root.i]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return True
    if any(c.dep_ == "dobj" for c in children):
        return True
    # "has set Nov. 10 as the deadline": an "as" complement after the day says the day is the
    # verb's object (set, named, chose … it as), whatever the parser called it
    as_complement = any(c.dep_ == "prep" and c.lower_ == "as" and c.i > root.i for c in children)
    return not (verb.lemma_.lower() in TIME_OBJECT_VERBS or as_complement or _as_right_after(root))


def _as_right_after(root: Token) -> bool:
    """Whether "as" follows the date's phrase, after a comma or not, though the parse hung it
    elsewhere ("a bill setting December 1, 1990, as the trigger date", j128, "as" read as the
    main verb's): the day is what is set, not when."""
    doc = root.doc
    at = root.right_edge.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    return at < len(doc) and doc[at].lower_ == "as" and doc[at].pos_ == "ADP"


def _apposed_time(root: Token, before: Token | None) -> bool:
    """A date the parse sets in apposition to the noun just before it, with no comma between:
    no apposition but the clause's time ("the attacks Aug. 7 at the embassies", "had a rough day
    Monday", "the Republic Friday formally joined"). Not one after punctuation ("the deadline,
    Friday,", a tweet's "(@AP) August 23, 2016") or after another date ("Friday Oct. 13")."""
    if before is None or before.pos_ in _PUNCTUATION or before.is_space or before.ent_type_ == "DATE":
        return False
    return root.head.i < root.i and root.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def _stray_modifier(root: Token, before: Token | None) -> bool:
    """A date the parse makes a modifier of a noun after it though the word before it is a noun
    outside that noun's phrase: it cannot open the phrase, so it is the clause's time ("took
    effect Aug. 9 pending ratification"). A date inside its noun's phrase ("the Aug. 7
    bombings", "his Friday show", "precedes Friday plenary sessions") is the noun's own — but
not a day the parse hangs on a name right after the verb ("defended Saturday author Orhan
Pamuk's right"): no person, company or place is a day's."""
    head = root.head
    if before is not None and before.pos_ in ("VERB", "AUX") and head.i > root.i and head.ent_type_ in _NAMES:
        return True  # "defended Saturday author Orhan Pamuk's right": a day owns no person, it is the act's time
    if before is None or head.i <= root.i or before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ == "DATE":
        return False
    return not (head.left_edge.i <= before.i <= head.right_edge.i)


def _word_before(span: Span) -> Token | None:
    """The token before the date's phrase in its sentence: spaces and the date's own modifiers
    skipped ("in early October": "in")."""
    doc, i = span.doc, span.start - 1
    while i >= span.sent.start and (doc[i].is_space or (span.start <= doc[i].head.i < span.end and doc[i].dep_ in ("amod", "advmod"))):
        i -= 1
    return doc[i] if i >= span.sent.start else None


def _one_end_of_a_range(span: Span) -> bool:
    """Whether the date opens a range written with "to" or a dash ("the years 2010 to 2013"):
    "in" before it would not read ("the years in ____ to 2013")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or not span[-1].like_num or doc[span.end].lower_ not in ("to", "through", "-", "–", "—"):
        return False
    return doc[span.end + 1].like_num
