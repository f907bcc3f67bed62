"""Whose figure a figure is, read from the parse of its sentence, when the sentence does not
name it.

A number card asks one sentence: "It posted a net loss of ____." or "The thrift lost ____ in
the quarter." says nothing once "it" and "the thrift" have lost the paragraph that named
them. The owner of a figure is, in this order:

- the possessor, "of" phrase or name compound of the noun the figure measures ("its ____
  loss", "a loss of ____" → "loss"; "____ of the respondents");
- for a noun that is always somebody's (``constants.RELATIONAL_NOUNS``: revenue, net, sales)
  with no owner written, that noun itself ("Net income rose to ____": whose?);
- else the subject of the figure's clause ("The company earned ____"), through "to"-verbs
  and relative pronouns to the clause that has one.

The owner needs a name when it is a pronoun or a common noun phrase with no name in it ("the
company", "the poll", "officials"): ``figure_owner`` gives the character span of such words,
and None when the owner is named ("Ratners Group's net", "35% of Americans") or there is no
owner to ask about ("22 people were killed"). The items keep the card only when the article's
references name those words (``extract.references``: "[Ratners Group] posted …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    ANAPHORIC_ROLES,
    CHANGE_NOUNS,
    ORG_HEAD_NOUNS,
    PAIR_NOUNS,
    PERSON_NOUNS,
    RELATIONAL_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    TRADE_HEAD_NOUNS,
    UNIT_FAMILIES,
    UNSAID_GROUP_NOUNS,
    WIRE_UNIT_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NAMED_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"])
OWNER_PRONOUNS = frozenset(["it", "its", "they", "their", "them", "he", "his", "she", "her", "him", "we", "our", "us", "i", "my", "me"])
# "the gain", "the outcome": a change or a count of something the text before named
OUTCOME_NOUNS = CHANGE_NOUNS | frozenset(["outcome", "vote", "result", "total", "tally"])
PERSON_PRONOUNS = frozenset(["he", "his", "him", "she", "her"])
PLURAL_PRONOUNS = frozenset(["they", "their", "them"])
DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
# "the X" that stands for somebody whose figure it is: an organisation, a person or group, a poll
# Nouns by which the text refers back to a place it named ("Italy's reliance on imports. The
# country imports ____ of its fuel", j88): the figure is that place's, which the card must name.
# Not "nation": "the nation's 88 junk funds" in American news is the United States' idiom.
PLACE_NOUNS = frozenset(["country", "kingdom", "republic", "emirate", "territory", "colony", "province", "island"])
# "The government has … called for maximum ____ wage increases" (j146): which country's, the card must say
GOVERNMENT_NOUNS = frozenset(["government", "administration", "cabinet"])
OWNER_NOUNS = (
    ORG_HEAD_NOUNS | TRADE_HEAD_NOUNS | PERSON_NOUNS | UNSAID_GROUP_NOUNS | ANAPHORIC_ROLES | ROLE_WORDS
    | frozenset(["poll", "survey", "study", "figure"]) | OUTCOME_NOUNS | PLACE_NOUNS | GOVERNMENT_NOUNS
)
POLL_VERBS = frozenset(["poll", "survey", "question", "interview", "ask", "sample"])
_MODIFIER_DEPS = frozenset(["nummod", "compound", "amod", "quantmod", "nmod", "npadvmod"])
# The words a figure's unit is written in ("dlrs", "tonnes", "pct"): the noun after a number that
# is no owner's thing, but the amount's own measure
_UNIT_WORDS = (
    frozenset(["%", "percent", "point", "points", "barrels", "tonnes", "tons", "ounces", "bushels"])
    | WIRE_UNIT_WORDS
).union(*UNIT_FAMILIES.values())
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# A name inside an amount is its unit's ("U.S." of "12 billion U.S. dollars"), nobody's figure
_AMOUNT_LABELS = frozenset(["MONEY", "PERCENT", "QUANTITY"])


def figure_owner(figure: Span) -> tuple[int, int] | None:
    """The character span of the words that stand for the figure's owner when they are no
    name (a pronoun, "the company", "the respondents", a bare "revenue"), else None."""
    owner = _owner_token(figure)
    if owner is None:
        reporter = _reporting_organisation(figure)
        return None if reporter is None else (reporter.left_edge.idx, reporter.idx + len(reporter))
    if _named(owner):
        return None
    pair = _partyless(owner)
    if pair is not None:
        return pair.left_edge.idx, owner.idx + len(owner)  # "Bilateral trade amounted to ____": between whom?
    if owner.tag_ in ("PRP", "PRP$"):
        if owner.lower_ not in OWNER_PRONOUNS:
            return None
    elif owner.pos_ not in ("NOUN", "PRON") or _general(owner):
        return None
    if _name_before(owner):
        return None  # "Norton Co. said net income …", "According to Upjohn's estimates, 50% of the employees …"
    before = _subject_before(owner)
    if before is not None and (owner.tag_ in ("PRP", "PRP$") or _relational(owner)):
        # "The company said it …", "[The company] said net rose …": the sentence's own subject
        # is meant, which the article's references may name
        return None if _named(before) else (before.left_edge.idx, before.idx + len(before))
    return owner.left_edge.idx, owner.idx + len(owner)  # "the company", "Net income"


def _reporting_organisation(figure: Span) -> Token | None:
    """The unnamed organisation that reports a figure standing as its clause's subject ("About
    1.1 million Class C warrants were issued, the company said", "… , it said"): the figure is
    its own ("how many warrants?") and the company's, which the card must then name. None when
    a name reports it, or a person, officials or police ("22 people were killed, police said":
    those are no owners of the dead)."""
    verb = figure.root
    while verb.dep_ not in _SUBJECT_DEPS:
        if verb.head.i == verb.i or verb.dep_ not in _MODIFIER_DEPS | {"pobj", "prep"}:
            return None
        verb = verb.head
    verb = verb.head  # the clause the figure is the subject of
    if verb.dep_ not in ("ccomp", "parataxis") or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    reporter = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or _named(reporter) or _name_before(reporter):
        return None
    if reporter.lower_ == "it":
        return reporter
    determiners = {c.lower_ for c in reporter.children if c.dep_ == "det"}
    lemma = reporter.lemma_.lower()
    organisation = lemma in ORG_HEAD_NOUNS or lemma in TRADE_HEAD_NOUNS or lemma.endswith("maker")
    return reporter if organisation and determiners & ({"the"} | DEMONSTRATIVES) else None


_PARTY_PREPOSITIONS = frozenset(["between", "with", "among", "of", "across"])
_PARTY_LABELS = frozenset(["GPE", "NORP", "ORG", "PERSON", "LOC"])


def _partyless(owner: Token) -> Token | None:
    """The noun of what passes between two parties (``constants.PAIR_NOUNS``: "trade", "talks")
    that the owner is or is a compound of ("Trade volume"), when its sentence names no party:
    no possessor, no "between/with …", no name before it or in it ("Sino-Peruvian trade"). The
    figure is then of a pair only the text before names (round 42)."""
    pair = owner if owner.lemma_.lower() in PAIR_NOUNS or owner.lower_ in PAIR_NOUNS else None
    if pair is None:
        pair = next(
            (c for c in owner.children if c.dep_ == "compound" and (c.lemma_.lower() in PAIR_NOUNS or c.lower_ in PAIR_NOUNS)),
            None,
        )
    if pair is None or owner.pos_ != "NOUN":
        return None
    for noun in (owner, pair):
        for child in noun.children:
            if child.dep_ in ("poss", "det") and child.lower_ not in ("the", "a", "an"):
                return None  # "their trade", "this trade", "China's trade"
            if child.dep_ == "prep" and child.lower_ in _PARTY_PREPOSITIONS:
                return None  # "trade between Peru and Chile", "talks with the rebels"
    sent = owner.sent
    if any(t.ent_type_ in _PARTY_LABELS for t in sent[: owner.i + 1 - sent.start]):
        return None  # "Peru and Chile signed a pact, and trade rose …", "Sino-Peruvian trade"
    return pair if pair.i < owner.i else owner


def _general(owner: Token) -> bool:
    """Whether a common noun owner stands for nobody in particular: "the rate" (a thing), "a
    bomb", "some analysts" (introduced here), "prices" (meant in general)."""
    determiners = {c.lower_ for c in owner.children if c.dep_ in ("det", "poss")}
    lemma = owner.lemma_.lower()
    if determiners & DEMONSTRATIVES:
        return False  # "those costs", "this year's": always the text before's
    if "the" in determiners:
        return not (_relational(owner) or lemma in OWNER_NOUNS or lemma.endswith("maker") or _polled(owner))
    if determiners:
        return True
    return not (_relational(owner) or lemma in UNSAID_GROUP_NOUNS or _polled(owner))


def _name_before(owner: Token) -> bool:
    """Whether an organisation or a person is named before the owner in its sentence: the one
    a pronoun, "the company" or a bare "net" then stands for. A person's pronoun may also come
    before the name ("If he holds his 39 delegates, Sanders …")."""
    sent = owner.sent
    if owner.lower_ in PERSON_PRONOUNS:
        return any(t.ent_type_ == "PERSON" for t in sent)
    reporter = _reporter_of(owner) if owner.lower_ in PLURAL_PRONOUNS else None
    skip = range(reporter.left_edge.i, reporter.right_edge.i + 1) if reporter is not None else range(0)
    # "Wealth-X says they are worth …": whom the reporter says "they" of is someone else
    return any(t.ent_type_ in ("ORG", "PERSON") and t.i not in skip for t in sent[: owner.left_edge.i - sent.start])


def _reporter_of(word: Token) -> Token | None:
    """The singular subject of the verb of saying whose reported clause holds ``word``
    ("Wealth-X" of "Wealth-X says they are worth …"), or None."""
    tok = word
    for _ in range(8):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS:
            reporter = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            # a singular one: "Canadian officers said they could send …" are the officers
            return reporter if reporter is not None and reporter.tag_ in ("NN", "NNP") else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _polled(noun: Token) -> bool:
    """"college students polled": a bare group that is some poll's sample."""
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in POLL_VERBS for c in noun.children)


def _owner_token(figure: Span) -> Token | None:
    root = figure.root
    noun = root
    if root.dep_ in _MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= figure.end:
        noun = root.head  # "its $5 million loss"
        if (
            noun.i == figure.end and noun.lower_ in _UNIT_WORDS and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.pos_ == "NOUN"
        ):
            noun = noun.head.head  # "The deficit of [450 mln] dlrs" (j146): the unit's noun is the deficit
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        noun = root.head.head  # "a loss of $5 million"
    own = _written_owner(noun, figure)
    if own is not None and _relational(own):
        own = _written_owner(own, figure) or own  # "25% of its sales"
    if own is not None and not _relational(own):
        mine = _written_owner(own, figure)
        # "80 pct of its fuel needs" (j88): whose needs, "its" says, which the text before named
        return mine if mine is not None and mine.tag_ == "PRP$" else own
    changed = _changed_object(noun, figure)
    if changed is not None:
        # "which cut 1986 exports by about 25 pct to 2.18 billion dlrs" (j145): the figure is the
        # exports' level, and whose exports they are the object says, or nothing does
        return _written_owner(changed, figure) or changed
    subject = _clause_subject(noun, figure)  # "It posted a net loss of $12 million"
    if subject is not None:
        return _written_owner(subject, figure) or subject  # "Its stock dropped 12%", "Revenue rose 5% to $3 million"
    if own is not None:
        return own  # "25% of sales", nobody's
    return noun if _relational(noun) else None  # "a net of $5 million", nobody's


def _changed_object(noun: Token, figure: Span) -> Token | None:
    """The object a verb changes to or from the figure, when it is a noun always somebody's
    ("cut [exports] by 25 pct to ____", "raised [output] to ____ from …"): the figure is its
    level. The figure hangs on "to"/"from", on the verb or on a "by" phrase's amount."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "from") or figure.start <= noun.head.i < figure.end:
        return None
    up = noun.head.head
    for _ in range(3):  # "to" ← "pct" ← "by" ← the verb
        if up.pos_ == "VERB":
            break
        up = up.head
    if up.pos_ != "VERB":
        return None
    objects = [c for c in up.children if c.dep_ == "dobj" and not figure.start <= c.i < figure.end]
    return objects[0] if len(objects) == 1 and _relational(objects[0]) else None


def _relational(noun: Token) -> bool:
    return noun.lower_ in RELATIONAL_NOUNS or noun.lemma_.lower() in RELATIONAL_NOUNS


def _written_owner(noun: Token, figure: Span) -> Token | None:
    """The possessor, "of" noun or name compound of ``noun`` (not the figure itself)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.ent_type_ not in _AMOUNT_LABELS:
            return child  # "Exxon revenue"; not the currency's country of "39 billion U.S. dollars"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not any(figure.start <= t.i < figure.end or t.like_num for t in pobj.subtree):
                    return pobj  # not the figure, nor an amount ("The deficit of [450 mln] dlrs")
    return None


def _clause_subject(noun: Token, figure: Span) -> Token | None:
    """The subject of the clause the figure is in: the nearest verb above it with a subject,
    through "to"-verbs and conjoined verbs; a relative pronoun gives the noun it modifies."""
    verb = noun
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX"):
            for child in verb.children:
                if child.dep_ in _SUBJECT_DEPS:
                    if figure.start <= child.i < figure.end or child.i == noun.i:
                        return None  # the figure is the subject: "22 were killed"
                    if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                        return verb.head
                    return child
                if child.dep_ == "expl":
                    return None  # "There were 22 …"
            if verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "acl") or verb.head.i == verb.i:
                return None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _subject_before(pronoun: Token) -> Token | None:
    """The subject before the pronoun in its sentence that it stands for: the last noun or
    name, else the first pronoun."""
    sent = pronoun.sent
    reporter = _reporter_of(pronoun) if pronoun.lower_ in PLURAL_PRONOUNS else None
    found = [
        t for t in sent[: pronoun.left_edge.i - sent.start]
        if t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN", "PRON") and t != reporter
    ]
    nouns = [t for t in found if t.pos_ != "PRON"]  # "The company said it cut … its loss": the company
    return nouns[-1] if nouns else (found[0] if found else None)


def _named(owner: Token) -> bool:
    """Whether the owner's phrase holds a name ("the Bank of Boston", "Smith's")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_LABELS for t in owner.subtree)
