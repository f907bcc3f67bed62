"""What an object event's answer must carry for its question to hold: a naming verb's second
predicate ("named senior executives [who were responsible for …]", "appointed Harlow [as …]")
and a ranked object's scope ("captured their first medal [in 20 years]"). Without it "Who has
the council named?" is open and "Which country captured their first medal?" is false when the
sentence says "in 20 years"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    MOTION_VERBS,
    OCCUPATION_NOUNS,
    PARTY_PREPOSITIONS,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    PREDICATE_NAMING_VERBS,
    RANK_SCOPE_PREPOSITIONS,
    RANKING_WORDS,
    ROLE_NOUNS,
    TARGET_PREPOSITIONS,
    TO_RECIPIENT_VERBS,
    TOPIC_PREPOSITIONS,
)
from quizgen.extract.event_actors import names_people
from quizgen.facts.places import is_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NAMED_PARTIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])
_TOPIC_MAX_WORDS = 5  # "on human rights", "about the future of the euro"; longer is no card
_PLACES = frozenset(["GPE", "LOC", "FAC"])
_AMOUNTS = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"])


def object_wh(span: Span) -> str:
    """The question word an object answer takes: "Who" for people, named or by their post ("the
    leader of the Polisario Front", "senior officials"), "Which country" for one country ("What
    did Portugal beat?" → Uruguay reads as a thing), else "What"."""
    root = span.root
    if names_people(span):
        return "Who"
    # a post, or a trade only people follow ("a male engineer", j198; not "a maker of pumps")
    if root.lemma_.lower() in ROLE_NOUNS | OCCUPATION_NOUNS and not root.ent_type_ and (
        root.tag_ == "NNS" or any(c.dep_ in ("det", "poss", "amod", "compound") for c in root.children)
    ):
        return "Who"  # a bare "justice", "principal" is no post
    words = [t for t in span if t.lower_ != "the"]
    if words and all(t.ent_type_ == "GPE" and t.ent_iob_ == ("B" if t is words[0] else "I") for t in words) and is_country(
        " ".join(t.text for t in words)
    ):
        return "Which country"
    return "What"


def destination(verb: Token, span: Span) -> bool:
    """Whether a prepositional answer is where a verb of going takes the actor
    (``MOTION_VERBS``): a named place (GPE, LOC, FAC) after "for" or "to" ("will leave for
    [New York]", "travelled to [Tokyo]"). "What will X leave for?" reads as why; it is asked
    "Where" (round 46). "lost to Brazil" is no going: "lose" is no verb of motion."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("for", "to") or prep.head != verb:
        return False
    if verb.lemma_.lower() not in MOTION_VERBS:
        return False
    words = [t for t in span if t.lower_ != "the"]
    return bool(words) and all(t.ent_type_ in _PLACES for t in words)


def names_whom(verb: Token, span: Span) -> bool:
    """Whether the object is who a naming verb names (``PREDICATE_NAMING_VERBS``): people, a
    party, or holders of a post ("senior executives", "John Harlow", "Acme"). "named a new
    cabinet", "declared a state of emergency" name a thing, the act itself."""
    if verb.lemma_.lower() not in PREDICATE_NAMING_VERBS:
        return False
    root = span.root
    return (
        names_people(span)
        or root.ent_type_ in _NAMED_PARTIES
        or root.lemma_.lower() in ROLE_NOUNS | PERSON_NOUNS
    )


def ranked(noun: Token) -> bool:
    """Whether the noun is one of a ranked series: a superlative ("its biggest win", "the
    highest-ever total"), "only" ("the only team"), or an ordinal of the owner's own series
    ("their first medal", "first title"). An ordinal after "the" or "a" names a part or one
    more of its kind ("opened the second half", "won a second term"), no rank to scope."""
    if noun.tag_ in ("JJS", "RBS"):
        return True
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children)
    return any(
        c.dep_ in ("amod", "advmod", "nummod", "compound")
        and (c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING_WORDS or any(g.tag_ == "RBS" for g in c.children)
             or (c.ent_type_ == "ORDINAL" and not determined))
        for c in noun.children
    )


def _scoped(noun: Token, span: Span) -> bool:
    """Whether the ranked noun says its own scope: a phrase or clause after it ("first medal of
    the Games", "biggest bank in Asia", "the first team to win …"), a named owner ("Japan's
    largest bank") or "ever"."""
    for c in noun.children:
        if c.i >= span.end:
            continue  # "first medal | in 20 years": a phrase ``trim`` took off with its time
        if c.i > noun.i and c.dep_ in ("prep", "acl", "relcl"):
            return True
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if any(t.lower_ == "ever" for t in c.subtree):
            return True
    return False


def _scope(phrase: Token) -> bool:
    """Whether a phrase bounds a rank's series: "ever", a time ("this season"), a time's
    preposition with a time in it ("in 20 years", "since 1986", "for the first time in a
    decade"), or "of"/"among" a set ("of the season", "among European teams"). A place is where
    it happened ("launched its first toilets | in a Kuala Lumpur district"), no scope."""
    if phrase.dep_ == "advmod":
        return phrase.lower_ == "ever"
    if phrase.dep_ == "npadvmod":
        return phrase.ent_type_ == "DATE"
    if phrase.dep_ != "prep" or phrase.lower_ not in RANK_SCOPE_PREPOSITIONS or not any(c.dep_ == "pobj" for c in phrase.children):
        return False
    if phrase.lower_ in ("of", "among"):
        return True
    return any(t.ent_type_ == "DATE" for t in phrase.subtree)


def _topic_after(verb: Token, span: Span) -> Token | None:
    """The verb's phrase right after the object that says what the object is about ("its first
    report | on water rights", "about climate"): the noun's own complement the parse hung on the
    verb. A time ("on Monday", "over the weekend") is when, no topic."""
    for c in verb.children:
        if (
            c.i == span.end and c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS
            and any(g.dep_ == "pobj" for g in c.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        ):
            return c
    return None


def with_scope(verb: Token, span: Span) -> Span | None:
    """The object as the question must carry it: as it is when nothing in it ranks it or it
    says its own scope; with the verb's phrase right after it that bounds it ("their first
    medal" + "in 20 years", "its biggest win" + "since 1990", "ever"); None when the sentence
    bounds it further off ("captured their first medal on Sunday since 1986": the question
    cannot carry it). A topic the parse hung on the verb right after the object ("its first
    white paper" + "on human rights") is the object's own: kept when short, else None (round
    46). A rank the sentence bounds nowhere is as the sentence states it."""
    root = span.root
    if not ranked(root) or _scoped(root, span):
        return span
    doc = span.doc
    topic = _topic_after(verb, span)
    if topic is not None:
        # "issued its first white paper | on human rights" (the parse hung the topic on the
        # verb): without it the rank is false of the actor, with a long one too long to ask
        if len(list(topic.subtree)) > _TOPIC_MAX_WORDS:
            return None
        return doc[span.start : topic.right_edge.i + 1]
    after = [c for c in (*verb.children, *root.children) if c.i >= span.end and _scope(c)]
    if not after:
        return span
    first = min(after, key=lambda c: c.i)
    if first.i != span.end:
        return None
    return doc[span.start : first.right_edge.i + 1]


def aimed_at(verb: Token, span: Span) -> tuple[str, str] | None:
    """An object answer split into the object and the phrase closing it that says whom or what
    the act was aimed at: "sanctions on Tehran" → ("sanctions", "on Tehran"), "2.5 million shares
    to Swissair" → (…, "to Swissair"). The phrase may hang on the object's noun or on the verb
    (``event_answers`` joins it to the object); it opens with a preposition of
    ``TARGET_PREPOSITIONS`` ("on", "against") before a noun, or of ``PARTY_PREPOSITIONS``
    ("to", "with") before a named party or people ("talks with Iran"; not "an end to the war",
    "a man with a gun"). "What did the council impose?" has countless answers; "What did the
    council impose on Tehran?" one (round 47). None when no such phrase closes the answer, or
    its object is a time, a number or a clause ("work on what was to be a plant")."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = span.doc
    closing = [
        c for c in (*root.children, *verb.children)
        if c.dep_ == "prep" and span.start < c.i < span.end and c.right_edge.i + 1 == span.end
    ]
    if len(closing) != 1 or any(g.dep_ == "pcomp" for g in closing[0].children):
        return None
    prep = closing[0]
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN") or objects[0].ent_type_ in _AMOUNTS:
        return None
    target = doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    if prep.lower_ in PARTY_PREPOSITIONS:
        if not (objects[0].ent_type_ in _NAMED_PARTIES or names_people(target)):
            return None
        if prep.lower_ == "to" and verb.lemma_.lower() not in TO_RECIPIENT_VERBS:
            return None  # "approved two loans [to Mexico]": the loans', no "What did X approve to Mexico?"
    elif prep.lower_ not in TARGET_PREPOSITIONS:
        return None
    end = prep.i
    while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    head = doc[span.start : end]
    if not len(head) or head.root.i != root.i:
        return None  # the phrase belongs to a word inside the object, not to the object itself
    if any(t.lower_ in PLURAL_PRONOUNS for t in target) and any(t.lower_ in PARTY_PREPOSITIONS for t in head):
        # "started talks with Vendex [on their jointly owned courier service]" (j81): "their" is
        # the actor's and the party's, and the party would leave the question with the answer
        return None
    return " ".join(head.text.split()), " ".join(doc[prep.i : span.end].text.split())

