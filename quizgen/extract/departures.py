"""People an article says have left their post: no role of theirs is stated as current.

"Pierre Lortie, chairman and chief executive, resigned." is news that he is chairman no
longer; so is "Chairman Jo Roe stepped down", "Jo Roe was ousted" and "the board fired Jo
Roe". Read from the dependency parse, anywhere in the article: the person is the subject of a
past-tense verb of leaving (``LEAVING_VERBS``), the passive subject or the object of a past-tense
verb of removal (``REMOVAL_VERBS``), or a relative clause on the name says so ("Jo Roe, who
resigned in May"). A leaving to come ("will resign", "plans to step down", "has been asked to
quit") is not yet one. A "he"/"she" stands for the one person the text names just before it
("Roe spoke on Monday. She resigned in May."; ``lone_antecedent``).

A term the article dates to the past ends that office only: "Park served as governor from 2003
to 2011", "Park, who was governor until 2011", "Park was Vermont's governor in the 1990s"
(``past_terms``) — a governor then, whatever else now.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import LEAVING_VERBS, REMOVAL_VERBS, ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Nouns of leaving a post, and words that make one not (yet) done.
DEPARTURE_NOUNS = frozenset(["resignation", "ouster", "dismissal", "removal", "retirement", "departure", "sacking", "firing", "overthrow"])
UNDONE_DEPARTURES = frozenset(["expected", "possible", "planned", "proposed", "threatened", "rumoured", "rumored", "imminent", "demanded", "likely"])


def departed_people(doc: Doc) -> set[str]:
    """Surnames (a name's last word) of people the article says left or lost their post."""
    gone: set[str] = set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN"):
            continue
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.dep_ != "relcl":
            continue  # "the chairman ousted in May" is read; a bare participle elsewhere is not
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could", "should", "to") for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "never resigned"
        if verb.dep_ == "xcomp":
            continue  # "asked him to resign", "plans to step down": not done
        phrase = _phrase(verb)
        if phrase in LEAVING_VERBS:
            people = [c for c in verb.children if c.dep_ == "nsubj"]
        elif phrase in REMOVAL_VERBS:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            people = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        else:
            continue
        if verb.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in people):
            people = [verb.head]  # "Jo Roe, who resigned in May": the clause's name
        elif verb.dep_ == "relcl" and phrase in REMOVAL_VERBS and not people:
            people = [verb.head]  # "the chairman ousted in May"
        for person in people:
            _add_name(person, gone)
    for noun in doc:
        # "the resignation in January of Communist Party leader Hu Yaobang", "Roe's ouster" (j141)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEPARTURE_NOUNS:
            continue
        if any(c.lower_ in UNDONE_DEPARTURES for c in noun.children):
            continue  # "his expected resignation", "calls for her possible ouster": not done
        owners = [c for c in noun.children if c.dep_ == "poss"]
        # its "of", or one the parse hung on a date between ("the resignation in January of …")
        ofs = [
            p for p in noun.subtree
            if p.dep_ == "prep" and p.lower_ == "of"
            and (p.head == noun or (p.head.ent_type_ == "DATE" and p.head.head.head == noun))
        ]
        owners += [o for p in ofs for o in p.children if o.dep_ == "pobj"]
        for person in owners:
            _add_name(person, gone)
    return gone


# A post changing hands (round 44): its new holder is sworn in or takes office ("will be sworn
# in", "prepared to take office", "assumed the post") or is titled "incoming"; the one leaving is
# named as the predecessor ("his predecessor Jo Roe") or as the one whose successor is named. The month the card states then fits two
# holders (the one leaving, the one arriving): neither is "the" holder as of that month.
_TAKING_OBJECTS = frozenset(["office", "post", "helm", "job", "oath", "reins", "seat"])


def handing_over(doc: Doc, *, year: int | None) -> set[str]:
    """Surnames of people the article shows at a handover of their post: sworn in or taking
    office ("will be sworn in", "prepared to take office", "assumes the post"), titled
    "incoming", or the one leaving: named as the predecessor ("his predecessor Jo Roe") or
    the one whose successor is named ("Roe's successor"). A sentence that names a year other than the
    publication's ("was sworn in in 2001") tells an old handover: none now."""
    changing: set[str] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        people: list[Token] = []
        if tok.pos_ in ("VERB", "AUX") and _takes_office(tok):
            people = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not people and tok.dep_ == "xcomp":
                people = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "prepared to take office"
            if tok.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in people):
                people = [tok.head]  # "Jo Roe, who was sworn in on Monday"
        elif lemma == "predecessor" and tok.pos_ == "NOUN":
            # the one named as the predecessor left the post ("his predecessor Jo Roe", "Jo Roe,
            # his predecessor"); whose predecessor he was holds it now ("Albright's favorite
            # predecessor" is no handover of hers)
            people = [c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
            if tok.dep_ == "appos":
                people.append(tok.head)
        elif lemma == "successor" and tok.pos_ == "NOUN":
            # whose successor is named leaves the post ("Roe's successor", "successor to Roe")
            people = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")]
            people += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        elif tok.lower_ == "incoming" and tok.dep_ == "amod":
            head = tok.head
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            people = [head]
        if not people:
            continue
        years = {int(y) for y in _YEAR.findall(tok.sent.text)}
        if year is not None and years - {year}:
            continue  # "was sworn in in 2001": an old handover
        for person in people:
            _add_name(person, changing)
    return changing


def _takes_office(verb: Token) -> bool:
    """"sworn in", "take office", "assumed the post" (not negated)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "swear":
        return any(c.lower_ == "in" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)
    return lemma in ("take", "assume") and any(c.dep_ == "dobj" and c.lemma_.lower() in _TAKING_OBJECTS for c in verb.children)


def _phrase(verb: Token) -> str:
    """A verb's lemma with its particle ("step down")."""
    # spaCy tags the particle "prt" or, as often, "advmod" ("stepped down")
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside")), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _add_name(tok: Token, gone: set[str]) -> None:
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ == "PRON":
        named = lone_antecedent(tok)
        if named is not None:
            gone.add(named)
    elif tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
        gone.add(tok.text.removesuffix("’s").removesuffix("'s"))


PERSONAL_PRONOUNS = frozenset(["he", "she", "him", "her", "his"])


def lone_antecedent(pronoun: Token) -> str | None:
    """The surname a "he"/"she"/"his"/"her" stands for when the text names one person only
    from the sentence before up to it ("Vermont Governor Lee Park spoke. His death …" → Park);
    two people there, or none, give None (a wrong name is worse than none)."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    doc = pronoun.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    surnames = {
        doc[ent.end - 1].text.removesuffix("’s").removesuffix("'s")
        for ent in doc.ents
        if ent.label_ == "PERSON" and start <= ent.start and ent.end <= pronoun.i
    }
    return next(iter(surnames)) if len(surnames) == 1 else None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_TIME_PREPS = frozenset(["until", "till", "through", "from", "in", "between", "during", "to"])


def past_terms(doc: Doc, *, year: int | None) -> set[tuple[str, str]]:
    """(surname, role noun) of offices the article dates to a term over before ``year`` (the
    publication's): the person is the subject of a past "served as ROLE" or "was ROLE" (or the
    name a "who" clause saying so is about) whose time phrase names only years before ``year``
    ("from 2003 to 2011", "until 2011", "in the 1990s"). "has been governor since 2011", "was
    governor when …" and an undated article give none."""
    if year is None:
        return set()
    terms: set[tuple[str, str]] = set()
    for verb in doc:
        if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "neg") for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "serve":
            roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        elif lemma == "be":
            roles = [c for c in verb.children if c.dep_ == "attr"]
        else:
            continue
        roles = [r for r in roles if r.pos_ == "NOUN" and r.lemma_.lower() in ROLE_NOUNS]
        if not roles:
            continue
        years = [
            int(y)
            for c in verb.children
            if (c.dep_ == "prep" and c.lower_ in _TIME_PREPS) or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")
            for t in c.subtree
            if t.ent_type_ == "DATE"
            for y in _YEAR.findall(t.text)
        ]
        if not years or max(years) >= year:
            continue
        people = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in people):
            people = [verb.head]
        named: set[str] = set()
        for person in people:
            _add_name(person, named)
        terms |= {(n, r.lemma_.lower()) for n in named for r in roles}
    return terms
