"""Whose act a definite description of an act means: "The offer expires on …" after "Equus
offered $13.65 a share" or "Equus's $13.65-a-share offer" is Equus's offer.

News names an act's agent once, then writes the act as "the offer", "the plan", "the
bid". A card keeping "the offer" asks about nothing a reader can pin; the agent the
text named makes it "[Equus's offer]". The agent of a noun is a name written as its possessor
("Equus's offer") or as the subject of a verb of making it ("Equus made an offer", "IBM
unveiled a plan"); the agent of a verb of the same stem ("Equus offered", "Acme proposed") is
its subject. Only names (an organisation, a place, a person's full name) count, never a
pronoun or a description, and an owner is given only when every agent the article named for
that act is the same one and no unowned "a new offer", "a rival bid" came after the last of
them (maybe another one): a wrong owner is worse than no card.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from quizgen.constants import REQUEST_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A takeover, however the article words it: "Dime was cleared to acquire Starpointe … The FDIC
# cleared the move … the purchase … the transaction" are one act, and its buyer says which.
# Not "deal": news writes it of any bargain ("the deal" after "Pfizer buying Allergan" may be
# the next paragraph's Dow-DuPont deal).
TAKEOVER_NOUNS = frozenset(["acquisition", "purchase", "takeover", "buyout", "merger", "bid", "offer", "transaction"])
TAKEOVER_VERBS = frozenset(["acquire", "buy", "purchase"])
# Acts their agent says which one is: "[Equus's] offer", "[Acme's] plan". Not an act whose
# object says which ("Pike Bank's appointment": of whom?), nor "move", "step", "attack".
OWNED_ACT_NOUNS = REQUEST_NOUNS | TAKEOVER_NOUNS | frozenset([
    "plan", "deal", "pact", "accord", "agreement", "proposal", "scheme", "visit", "trip",
])
# Verbs whose subject makes the act their object names ("Equus made an offer", "IBM unveiled a plan").
# Not "submit", "approve", "sign": a body the act goes to does those to another's act.
MAKING_VERBS = frozenset(["make", "launch", "announce", "unveil", "propose", "mount", "table", "float", "outline", "offer", "adopt", "file", "reach"])
# Pronouns that stand for the subject of a clause above them ("Acme said it plans …", "Acme
# extended its offer"): the agent is that subject's name.
_BOUND_PRONOUNS = frozenset(["it", "its", "they", "their", "he", "his", "she", "her"])
_OWNER_LABELS = frozenset(["ORG", "GPE", "PERSON"])
_NONE: Mapping[int, str | None] = MappingProxyType({})
# Nouns whose verb of the same spelling means another thing ("Acme dealt with …" is no deal).
_OTHER_SENSE_VERBS = frozenset(["deal"])


def agent_name(tok: Token) -> str | None:
    """The name ``tok`` is a word of, when it is an organisation's, a place's or a person's
    full name ("Equus Holdings", "John Smith"); else None ("he", "the company", "Smith")."""
    if tok.ent_type_ not in _OWNER_LABELS or tok.pos_ != "PROPN":
        return None
    ent = _entity_around(tok)
    before = tok.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.pos_ == "PROPN" or before.lower_ in ("amp", "&")):
        return None  # "Savings amp Loan Association": the tagger cut the name
    words = [t for t in ent if not (t.tag_ == "POS" or (t.i == ent.start and t.lower_ == "the"))]
    if not words or (tok.ent_type_ == "PERSON" and len(words) < 2):
        return None  # "Smith": which Smith the card cannot say
    return tok.doc[words[0].i : words[-1].i + 1].text


def _entity_around(tok: Token) -> Span:
    """The entity ``tok`` is a word of, found from its IOB marks (a walk over the entity's own
    words, not the document's entities: a long article has thousands)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def agent_of(tok: Token, resolved: Mapping[int, str | None] = _NONE) -> str | None:
    """The name a subject or possessor gives: its own (``agent_name``), the organisation the
    references named for it (``resolved``, token index → name: "The thrift" → "Poughkeepsie
    Savings Bank"), or for a pronoun the name that is the subject of the nearest clause above
    it with a subject ("Acme said it plans …", "Acme extended its offer" → "Acme"); None for
    anything else."""
    if tok.i in resolved:
        return resolved[tok.i]
    if tok.lower_ not in _BOUND_PRONOUNS or tok.tag_ not in ("PRP", "PRP$"):
        return agent_name(tok)
    clause = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        clause = clause.head if clause.dep_ != "ROOT" else None  # not its own verb's subject: itself
    while clause is not None:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
        if subject is not None:
            return agent_of(subject, resolved) if subject.tag_ not in ("PRP", "PRP$") else resolved.get(subject.i)
        clause = clause.head if clause.dep_ != "ROOT" else None
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or for an infinitive with none of its own the one of the verb
    above it: its object if it has one ("allowed Dime to acquire"), else its subject ("Dime was
    cleared to acquire")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None or verb.dep_ != "xcomp" or any(c.dep_ == "auxpass" for c in verb.children):
        return subject  # "agreed to be acquired by …": the one above is acquired, not acquiring
    above = list(verb.head.children)
    return next((c for c in above if c.dep_ == "dobj"), None) or next(
        (c for c in above if c.dep_ in ("nsubj", "nsubjpass")), None
    )


class ActOwners:
    """The agents an article has named so far for each act (by noun lemma and by verb lemma),
    read sentence by sentence, in order."""

    def __init__(self) -> None:
        self._at = 0  # sentences read
        self._nouns: dict[str, list[tuple[int, str]]] = {}  # noun lemma → (sentence, agent)
        self._verbs: dict[str, list[tuple[int, str]]] = {}  # verb lemma → (sentence, agent)
        self._other: dict[str, int] = {}  # noun lemma → last sentence with "a new …" and no agent

    def add(self, sent: Span, resolved: Mapping[int, str | None] = _NONE) -> None:
        """Read ``sent``; ``resolved`` are the names the references gave its descriptions and
        pronouns (token index → name or None), as agents too."""
        self._at += 1
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children):
                subject = _subject(tok)
                agent = agent_of(subject, resolved) if subject is not None else None
                if agent:
                    self._verbs.setdefault(lemma, []).append((self._at, agent))
            elif tok.pos_ == "NOUN" and tok.tag_ == "NN":
                agent = self._noun_agent(tok, resolved)
                if agent:
                    self._nouns.setdefault(lemma, []).append((self._at, agent))
                elif any(
                    (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or (c.dep_ == "amod" and c.i < tok.i)
                    for c in tok.children
                ):
                    self._other[lemma] = self._at  # "a rival offer", "the new plan": maybe another one

    @staticmethod
    def _noun_agent(tok: Token, resolved: Mapping[int, str | None]) -> str | None:
        possessor = next((c for c in tok.children if c.dep_ == "poss"), None)
        if possessor is not None:
            return agent_of(possessor, resolved)
        made = not any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in tok.children)
        if made and tok.dep_ == "dobj" and tok.head.lemma_.lower() in MAKING_VERBS:
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            return agent_of(subject, resolved) if subject is not None else None
        return None

    def owner_for(self, lemma: str, verbs: set[str]) -> str | None:
        """The one agent named for the act (the noun ``lemma``, or a verb among ``verbs`` it is
        made from; for a takeover any of its nouns and verbs), or None when none, several, or
        an unowned "a new …" came after the last."""
        nouns, verbs = {lemma}, verbs - _OTHER_SENSE_VERBS
        if lemma in TAKEOVER_NOUNS:
            nouns, verbs = nouns | TAKEOVER_NOUNS, verbs | TAKEOVER_VERBS
        told = [t for noun in nouns for t in self._nouns.get(noun, ())] + [t for verb in verbs for t in self._verbs.get(verb, ())]
        agents = {agent for _, agent in told}
        if len(agents) != 1:
            return None
        if max(self._other.get(noun, 0) for noun in nouns) > max(at for at, _ in told):
            return None
        return agents.pop()
