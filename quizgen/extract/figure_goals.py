"""Whether a figure counts those who joined something its sentence never says (round 42).

"____ companies in China have signed up, including …": signed up for what? A phrasal verb
("sign up", "opt in", "drop out") leaves its goal to the text before when nothing follows it:
no object, no prepositional phrase on the verb or its particle ("signed up for the scheme"), no
clause. A figure that counts the verb's active subject then says how many joined an unsaid
thing, and makes no card (``items.figures``, as an occasion the sentence does not name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What a verb's goal or object is said by ("signed up for the plan", "dropped out of the race",
# "signed on to help", "turned out to vote").
_GOAL_DEPS = frozenset(["dobj", "dative", "prep", "xcomp", "ccomp", "advcl", "attr", "oprd", "acomp", "agent", "nsubjpass", "auxpass", "pcomp"])
# Prepositions that only give examples of the subject ("including McDonald's"), never the goal.
_EXAMPLE_PREPOSITIONS = frozenset(["including", "like", "such"])


def goal_unsaid(span: Span) -> bool:
    """Whether the figure ``span`` counts the subject of a phrasal verb whose goal the sentence
    leaves unsaid (see the module's docstring)."""
    root = span.root
    counted = root.head if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ == "NOUN" else root
    if counted.dep_ != "nsubj":
        return False
    verb = counted.head
    return verb.pos_ == "VERB" and _goal_left_out(verb)


def _goal_left_out(verb: Token) -> bool:
    particles = [c for c in verb.children if c.dep_ == "prt"]
    if not particles or any(list(p.children) for p in particles):
        return False  # no phrasal verb, or "signed up for …" on the particle
    for child in verb.children:
        if child.dep_ in _GOAL_DEPS and child.lower_ not in _EXAMPLE_PREPOSITIONS:
            return False
        if child.dep_ == "conj":
            return False  # "signed up and paid the fee": the other verb may say
    # the particle ends the clause: "signed up." or "signed up, including …"; words after a
    # dash or a bracket ("signed on – names … – to the effort") may say what for
    doc = verb.doc
    after = particles[-1].i + 1
    if after >= len(doc) or doc[after].text in (".", "!"):
        return True
    return doc[after].text == "," and after + 1 < len(doc) and doc[after + 1].lower_ in _EXAMPLE_PREPOSITIONS
