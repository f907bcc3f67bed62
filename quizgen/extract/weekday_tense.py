"""Which week a bare weekday means: the coming one or the one just gone, read from its clause.

A weekday without a date ("Saturday") is resolved against the publication date by the tense of
the clause it dates (``extract.dates.tense_of``): past → the latest such day, future → the next.
That tense reads "will" and a past verb; English tells the future in other ways too, and a past
verb does not always date what the weekday modifies:

- a present that is no "now" ("The council meets Saturday", "is holding a rally Saturday",
  "The vote is Saturday"): a day other than today in the present is an arrangement ahead, and
  the publication's own weekday is today ("Wednesday marks three weeks since …"); not a base
  form ("stocks hurt the index Friday"), which may be a past ("hurt", "cut", "set");
- an infinitive under a present verb ("is scheduled to speak Saturday", "plans to hold a rally
  Saturday", "is going to vote Saturday"): what is planned now lies ahead (not a perfect one:
  "is believed to have died Saturday");
- a noun the weekday modifies that a past verb aims at ("invited her to a rally Saturday",
  "looked forward to the rally Saturday") or that a modifier puts ahead ("the upcoming rally
  Saturday", "His next stop was a rally Saturday"): the verb's tense dates the inviting, not the
  rally, so the week is not told.

A day a past act moves something to ("extended the deadline to Monday", "postponed the vote until
Thursday") lies after the act, which the story does not date: it may be after the story's own
day or before it, so the week is not told either (j88 had dated "to Monday" in the week gone).

A modal ("would", "could") or a past plan ("was scheduled to speak Saturday") still tells no
week: no date. ``weekday_tense`` refines ``tense_of``'s reading for weekdays only; months and
"today" keep theirs ("too many calls today still go unanswered" is no date).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import FUTURE_NOUN_MODIFIERS, REMARK_VERBS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_CLIMB = 8
PRESENT_TAGS = frozenset(["VBZ", "VBP"])
MODALS = frozenset(["would", "could", "might", "may", "should", "must", "can"])
# Prepositions of an adjunct that tells another happening beside the verb's ("despite heavy
# borrowings", "amid selling", "after talks"): a weekday right after its noun may date that
# happening, whose time the verb's present does not tell.
ADJUNCT_EVENT_PREPOSITIONS = frozenset(["despite", "amid", "amidst", "after", "following", "since"])
# Nouns whose "of" phrase is a happening gone by ("in the wake of his tweets", "in the aftermath of
# the vote", "on the heels of the ruling").
AFTERMATH_NOUNS = frozenset(["wake", "aftermath", "heels"])
# The prepositions that make a noun the goal or purpose of its verb ("invited her to a rally",
# "prepared for the debate", "ahead of the primary"): the verb's time is not the noun's.
GOAL_PREPOSITIONS = frozenset(["to", "for", "toward", "towards", "before"])
# Verbs that call off what was planned ("canceled the rally Monday", "events Monday have been
# scrapped"): the day of the thing called off lies ahead of the act or behind it.
CALLING_OFF_VERBS = frozenset(["cancel", "scrap", "scrub", "nix", "axe", "postpone"])
# Verbs that move a time ("extended … to Monday", "postponed until Thursday", "suspended until
# Monday"): a weekday they move to ("to", or "until"/"till" for these verbs) is after the act.
RESCHEDULING_VERBS = frozenset([
    "extend", "postpone", "delay", "defer", "adjourn", "move", "push", "put", "reschedule", "suspend", "halt", "recess",
])


def weekday_tense(span: Span, tense: str) -> str:
    """The tense that picks a bare weekday's week, refining ``tense`` (``tense_of``'s reading):
    "present" for a present that is no "now" (the day is today or the coming one), "future",
    "past", or "unknown" when the week is not told.

    >>> # "The senator is scheduled to speak Saturday" → "present" (tense_of: "unknown")
    >>> # "Trump invited Palin to a rally Saturday" → "unknown" (tense_of: "past")
    """
    if _said_just_before(span):
        return "past"  # "Lusinchi said on Monday the government will limit …" (j85): the day of saying
    verb, nouns = _governing_verb(span.root)
    if verb is None:
        return tense
    if tense == "past" and _state_kept_until(span, verb):
        # "Britain is keeping its embassy in Yemen closed until Thursday" (fresh108: "closed", a
        # participle the tagger read as a past, dated the Thursday gone by): a state the present
        # keeps lasts until a day ahead
        return "future"
    # the day dates the verb itself, after it ("is holding a vote Saturday", "holds a caucus on
    # Saturday"), not a noun ("the slaughter early Sunday has …": a past event's present
    # judgement) nor a clause the parser hung it over ("Emanuel - who fired him on Tuesday - is …")
    its_own = not nouns and span.start > verb.i
    if verb.lemma_.lower() == "be":  # "His next stop was a rally Saturday": the subject says it
        nouns = nouns + [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_ahead(noun) for noun in nouns):
        return "unknown" if tense == "past" else "future"
    if tense == "past":
        if _calls_off(verb) and (nouns or _inside_the_subject(span, verb)):
            # "Obama campaign events in Northern Virginia Monday and in Colorado Springs on Tuesday
            # have been canceled" (j222, a Saturday's story: read as the Monday gone by): what was
            # called off had been planned, and the act's tense does not say which week
            return "unknown"
        if _moved_to(span, verb):
            return "unknown"  # "extended the deadline on its offer to Monday" (j88): after the act, not dated
        if any(_a_goal(noun, verb) for noun in nouns + _noun_before(span, verb)):
            return "unknown"
        if any(noun.dep_ == "pobj" and noun.head.lower_ == "as" and _on_the_verb(noun.head, verb) for noun in nouns):
            # the part a past verb chose something for, which the day dates ("chose Knox College as
            # the site of Mr. Obama's speech Wednesday", j206: the coming speech, not the choosing's
            # week); not a day the verb's own ("praised the plan as a “very fine idea” Friday")
            return "unknown"
        return tense
    if tense != "unknown" or _modal(verb):
        return tense
    if not its_own:
        return tense
    if _adjunct_event_before(span, verb):
        return "unknown"  # "is firming policy despite heavy borrowings Wednesday" (j79): the borrowings' day, gone by
    if _known_happening_before(span, verb):
        return "unknown"  # "follows the capture on Sunday of …" (j84): the capture's day, not one ahead
    if _present(verb) and verb.lemma_.lower() not in _SAYING and not _base_form(verb):
        return "present"  # "is holding a rally Saturday", "The vote is Saturday": today or the coming one
    planner = _planning_verb(verb)
    if planner is not None and not _modal(planner) and (_present(planner) or _will(planner)):
        # "is scheduled to speak Saturday", "plans to hold a rally Saturday" (today's own weekday:
        # today); "will try to meet him Saturday" (as "will": not today)
        return "present" if _present(planner) else "future"
    return tense


_SAYING = REMARK_VERBS | REPORTING_VERBS  # "says Saturday" is a remark's day, told in the news's present


def _governing_verb(tok: Token) -> tuple[Token | None, list[Token]]:
    """The verb (or auxiliary) a date hangs from, as ``tense_of`` climbs to it, with the nouns
    passed on the way ("a rally Saturday": the rally)."""
    nouns = []
    for _ in range(MAX_CLIMB):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok, nouns
        if tok.pos_ in ("NOUN", "PROPN"):
            nouns.append(tok)
    return None, nouns


def _state_kept_until(span: Span, verb: Token) -> bool:
    """Whether the day ends a state ("until Thursday") that a participle complements under a
    present verb: "is keeping … closed until Thursday"."""
    prep = span.root.head
    if prep.lower_ not in ("until", "till", "through") or prep.head.i != verb.i:
        return False
    if verb.dep_ not in ("xcomp", "oprd", "acomp") or verb.tag_ not in ("VBD", "VBN") or _auxes(verb):
        return False
    return _present(verb.head)


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _modal(verb: Token) -> bool:
    return any(a.lower_ in MODALS for a in _auxes(verb))


def _will(verb: Token) -> bool:
    return any(a.lower_ in ("will", "'ll", "shall", "wo") for a in _auxes(verb))


def _present(verb: Token) -> bool:
    """A verb in the present and not the perfect: "speaks", "is holding", "is scheduled", "are"."""
    auxes = _auxes(verb)
    if any(a.lemma_.lower() == "have" or a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    finite = [a for a in auxes if a.lower_ != "to"]
    return verb.tag_ in ("VBG", "VBN") and bool(finite) and all(a.tag_ in PRESENT_TAGS for a in finite)


def _base_form(verb: Token) -> bool:
    """A present that the base form writes with no auxiliary ("they meet", "stocks hurt"): the
    same word as the past of many verbs ("hurt", "cut", "set", "put"), which the tagger may have
    read as a present, so it tells no tense; not "be" ("are"), nor the "-s" form ("meets")."""
    return verb.tag_ == "VBP" and verb.lemma_.lower() != "be" and not _auxes(verb)


def _planning_verb(verb: Token) -> Token | None:
    """The verb an infinitive is planned under ("is scheduled to speak", "plans to hold", "is
    going to vote", "is set to join him"), climbing a chain of infinitives; None for a perfect
    infinitive ("is believed to have died") or a verb that is no infinitive."""
    tok = verb
    for _ in range(MAX_CLIMB):
        auxes = _auxes(tok)
        if tok.dep_ != "xcomp" or not any(a.lower_ == "to" for a in auxes):
            return tok if tok is not verb else None
        if any(a.lemma_.lower() == "have" for a in auxes):
            return None
        tok = tok.head
    return None


def _moved_to(span: Span, verb: Token) -> bool:
    """Whether the day is the new time a verb moves something to: the object of "to" on the verb,
    or of "until"/"till" on a ``RESCHEDULING_VERBS`` verb."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.head.i != verb.i:
        return False
    return prep.lower_ == "to" or (prep.lower_ in ("until", "till") and verb.lemma_.lower() in RESCHEDULING_VERBS)


def _ahead(noun: Token) -> bool:
    """A noun its modifier puts ahead: "the upcoming rally", "his next stop"."""
    return any(c.dep_ == "amod" and c.lower_ in FUTURE_NOUN_MODIFIERS for c in noun.children)


def _a_goal(noun: Token, verb: Token) -> bool:
    """Whether a noun is the goal of its verb, the object of "to", "for" or "ahead of" hung on it
    ("invited Palin to a rally", "looked forward to the rally")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    if prep.lower_ == "before":
        return True  # "the final poll before Tuesday's election" (j209): after a past time, whatever it hangs on
    return prep.lower_ in GOAL_PREPOSITIONS and _on_the_verb(prep, verb)


def _on_the_verb(prep: Token, verb: Token) -> bool:
    """Whether a preposition hangs on the verb, or on an adverb of it ("looking forward to"), not
    on a noun ("The prelude to Monday's caucuses was …": the caucuses' day, told by "was")."""
    head = prep.head
    return head.i == verb.i or (head.pos_ == "ADV" and head.head.i == verb.i)



def _calls_off(verb: Token) -> bool:
    """A verb of calling off (``CALLING_OFF_VERBS``, or "call" with its "off")."""
    lemma = verb.lemma_.lower()
    return lemma in CALLING_OFF_VERBS or (lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


def _inside_the_subject(span: Span, verb: Token) -> bool:
    """Whether the day stands between the verb's subject's first word and the verb, where the
    parser hung it on the verb ("events in Virginia Monday and in Colorado on Tuesday have been
    canceled"), not before the subject ("On Tuesday, the rally was canceled": the act's day)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.i < span.start and span.end <= verb.i for s in subjects)


def _noun_before(span: Span, verb: Token) -> list[Token]:
    """The object of a preposition of the verb that ends right before the day, which the parser
    hung on the verb ("looking forward to the rally Saturday"): the day may date that noun."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return []
    nouns = [t for t in (before, *before.ancestors) if t.dep_ == "pobj" and t.right_edge.i == before.i]
    return [n for n in nouns[:1] if _on_the_verb(n.head, verb)]


def _said_just_before(span: Span) -> bool:
    """Whether the day follows a verb of saying in the past right before it ("said Monday",
    "said on Monday", "told reporters on Monday" not included): the parse may hang it on the
    reported clause after it ("… said on Monday the government will limit …"), whose future it
    does not date."""
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return False
    word = span.doc[i]
    return word.tag_ == "VBD" and word.lemma_.lower() in _SAYING


def _known_happening_before(span: Span, verb: Token) -> bool:
    """Whether the day (with its "on") follows right after the verb's object when that object is
    a happening the text already told of ("the capture", "its attack": a definite noun) and the
    verb a simple present with no auxiliary ("The evacuation follows the capture on Sunday of …"):
    the day dates the capture, and the present relates two things told, so it puts no day ahead.
    An arrangement introduces its happening ("is holding a rally Saturday") or has no object
    ("The council meets Saturday")."""
    if verb.tag_ not in PRESENT_TAGS or _auxes(verb):
        return False
    start = span.start - 1 if span.start > 0 and span.doc[span.start - 1].lower_ == "on" else span.start
    before = span.doc[start - 1] if start > 0 else None
    if before is None or before.dep_ != "dobj" or before.head.i != verb.i or before.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in before.children)


def _adjunct_event_before(span: Span, verb: Token) -> bool:
    """Whether the day follows right after the noun phrase of an adjunct that tells another
    happening (``ADJUNCT_EVENT_PREPOSITIONS``) hung on the verb: "doubt the Fed is firming
    policy despite … very heavy borrowings Wednesday" — the parse hangs the day on "is firming",
    but it dates the borrowings, which a present verb does not put ahead."""
    at = span.start - 1
    if at > 0 and span.doc[at].lower_ == "on" and span.doc[at].head.i == verb.i:
        at -= 1  # "in the wake of his tweets [on] Thursday" (j160): the parse hangs "on Thursday" on the verb
    before = span.doc[at] if at >= 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    for tok in (before, *before.ancestors):
        if tok.i == verb.i:
            return False
        if tok.dep_ == "pobj" and tok.right_edge.i == before.i and tok.head.lower_ in ADJUNCT_EVENT_PREPOSITIONS and _on_the_verb(tok.head, verb):
            return True
        if tok.dep_ == "pobj" and tok.right_edge.i == before.i and tok.head.lower_ == "of" and tok.head.head.lower_ in AFTERMATH_NOUNS:
            return True  # "in the wake of his tweets on Thursday": the tweets' day, gone by
    return False
