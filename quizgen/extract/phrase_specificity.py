"""Whether a noun phrase pins a fact a reader can recall: a name, a number, or a noun that says
which thing it is ("a multistate defense system", "the acquisition of CVN Cos.") — not a
shell noun whose content is elsewhere ("an even more daunting task", "a variety of
beyond-the-fringe ideas"), nor a thing told only by degree ("a bigger share") or by adjectives after "a" ("a decisive
victory": one of many; a participle says what kind: "a floating breakwater").

Read from the parse: the phrase's head (through a partitive, "a variety of X" → X), the nouns,
names and numbers in its subtree, and its graded words (comparatives, superlatives, degree
adverbs). Many wordings fill a blank that has only these; a cloze of it teaches nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    CHANGE_NOUNS,
    CONTENT_PREPOSITIONS,
    OPINION_NOUNS,
    PARTITIVE_NOUNS,
    REQUEST_NOUNS,
    SHELL_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEGREE_WORDS = frozenset(["more", "most", "less", "least", "even", "very", "so", "too", "increasingly", "ever", "much"])
NAME_LABELS = frozenset(["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"])
PHRASAL_WORD_POS = frozenset(["DET", "ADP", "PART", "PRON", "AUX", "VERB"])


def pins_a_fact(phrase: Span) -> bool:
    """Whether ``phrase`` (a noun phrase of the parse) names something particular.

    >>> pins_a_fact(nlp("They built a multistate defense system.")[2:6])   # doctest: +SKIP
    True
    >>> pins_a_fact(nlp("He faces an even more daunting task.")[2:7])     # doctest: +SKIP
    False
    """
    head = _content_head(phrase)
    if head is None:
        return False
    counting = {t.i for t in phrase if t.i < head.i and t.lemma_.lower() in PARTITIVE_NOUNS}
    # every word of the phrase but the head and a partitive counting it: a phrase the parse hung
    # on the verb ("filed a lawsuit | against the city") is still the answer's
    inside = [t for t in phrase if t.i != head.i and t.i not in counting and t.i not in _addressee(head, phrase)]
    # a change told without what changed ("accepted substantial increases", j154) is a shell too:
    # the thing that rose is elsewhere; "an increase in tariffs", "a 5 pct rise" say it
    shell = head.lemma_.lower() in SHELL_NOUNS | CHANGE_NOUNS or head.lower_ in SHELL_NOUNS
    # "launched four new designs": how many shells, not which ones
    counted = {t.i for t in inside if shell and t.dep_ == "nummod" and t.head.i == head.i}
    if (head.pos_ != "NOUN" and _pins(head, phrase)) or any(_pins(t, phrase) for t in inside if t.i not in counted):
        return True
    if shell:
        return False  # "a new approach", "an even more daunting task": which one, the text says elsewhere
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    if indefinite and not any(t.dep_ == "amod" and t.tag_ in ("VBG", "VBN") for t in inside):
        # "a decisive victory", "a separate meeting": one of many, as ``event_phrases.specific``
        # reads it; a participle says what kind ("a floating breakwater", "a guided missile")
        return False
    return not any(t.tag_ in ("JJR", "JJS", "RBR", "RBS") or t.lower_ in DEGREE_WORDS for t in inside)


def _addressee(head: Token, phrase: Span | None = None) -> set[int]:
    """The words saying to whom a request was made ("a request [with the FTC]", "a petition [to
    the court]"): they do not say which request it was; what was asked does ("for permission to
    buy Acme stock"). Empty for any other noun. The parse may hang the phrase on the verb
    ("filed a complaint | with the SEC"): a preposition of the phrase under its head or outside
    it."""
    if head.lemma_.lower() not in REQUEST_NOUNS:
        return set()
    phrase = head.doc[head.left_edge.i : head.right_edge.i + 1] if phrase is None else phrase
    return {
        t.i for prep in phrase
        if prep.dep_ == "prep" and prep.lower_ not in CONTENT_PREPOSITIONS
        and (prep.head.i == head.i or not phrase.start <= prep.head.i < phrase.end)
        for t in prep.subtree
    }


def _content_head(phrase: Span) -> Token | None:
    """The phrase's head noun, or the noun a partitive head counts ("a variety of ideas" → ideas)."""
    head = phrase.root
    while head.lemma_.lower() in PARTITIVE_NOUNS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or not phrase.start <= noun.i < phrase.end:
            return None  # "a number", "a series": what is counted is not in the phrase
        head = noun
    return head


def _pins(token: Token, phrase: Span) -> bool:
    """Whether a word of the phrase says which thing it is: a name, a number (not "half" of "half-baked"), or a noun that is
    no part of a phrasal adjective ("beyond-the-fringe ideas" is a degree of "ideas"; "a
    cease-fire plan" names the plan)."""
    if token.pos_ in ("PROPN", "NUM") or any(c.isdigit() for c in token.text) or token.ent_type_ in NAME_LABELS:
        return True
    if token.pos_ != "NOUN":
        return False
    chain = _hyphen_chain(token, phrase)
    return not any(t.pos_ in PHRASAL_WORD_POS for t in chain)


def _hyphen_chain(token: Token, phrase: Span) -> list[Token]:
    """The words joined to ``token`` by hyphens with no space ("beyond-the-fringe")."""
    doc = token.doc
    start = end = token.i
    while start - 2 >= phrase.start and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 2 < phrase.end and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return [t for t in doc[start : end + 1] if t.text != "-"]


def topicless_opinion(phrase: Span) -> bool:
    """Whether ``phrase`` is a noun of a stance or counsel (``constants.OPINION_NOUNS``) with no
    topic inside it ("Britain's opinion", "the minister's views"): whose it is, a possessor
    says, but not on what; "Britain's opinion [on the right of abode]" or "the view [that …]"
    says. A card on it asks nothing ("What has China been seeking?" "Britain's opinion")."""
    head = _content_head(phrase)
    if head is None or head.lemma_.lower() not in OPINION_NOUNS and head.lower_ not in OPINION_NOUNS:
        return False
    return not any(
        phrase.start <= c.i < phrase.end
        and (
            (c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS and not _owner_of(c))
            or (c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children))
        )
        for c in head.children
    )


def _owner_of(prep: Token) -> bool:
    """An "of" whose object is a name of who holds the view ("the opinion [of Britain]"), not
    what it is about ("his view [of the war]")."""
    return prep.lower_ == "of" and any(
        o.dep_ == "pobj" and o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in prep.children
    )
