"""Where an event was done, when a preposition of its verb names the setting: a place, or an
occasion that carries a name.

"Jerome Siegel died … in La Romana, Dominican Republic" → ("Where", "La Romana, Dominican
Republic"); "Graham called out Trump at the Republican Jewish Coalition conference" → ("At which
conference", "the Republican Jewish Coalition conference"); "Clinton will make her proposal at a
campaign stop in Fairfield, Iowa" → ("Where", "Fairfield, Iowa"): an unnamed occasion is placed
by the place its own "in" names. The question's words come from the parse: a place (GPE, LOC,
FAC) is asked "Where", an occasion by its preposition and head noun (``constants.SETTING_NOUNS``).
An occasion is named when capitalised words (or a year) stand between "the" and its noun ("the
Madrid summit"; not "the first debate", nor "Trump's rally": which one, the answer cannot say
alone). A phrase with more than the name ("in Washington, where he …") is no answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import SETTING_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SETTING_PREPS = frozenset(["at", "in", "during"])
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
MAX_WORDS = 7


def setting_of(token: Token, answer: Span) -> tuple[str, str, str] | None:
    """The wh words, the answer and its entity label ("" for an occasion) of a "where" question
    about the verb ``token`` whose thing done is ``answer``, or None when no adverbial of the
    verb names its setting."""
    for prep in _setting_preps(token):
        if answer.start <= prep.i < answer.end or _coordinated(prep):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        place = _place(pobj)
        if place is not None:
            return "Where", place, pobj.ent_type_
        occasion = _named_occasion(pobj)
        if occasion is not None:
            return f"{prep.lower_.capitalize()} which {pobj.lower_}", occasion, ""
        if prep.lower_ in ("at", "during") and pobj.pos_ == "NOUN" and _indefinite(pobj):
            # "at a campaign stop in Fairfield, Iowa": the occasion is placed by its own "in"
            for inner in pobj.children:
                if inner.dep_ == "prep" and inner.lower_ == "in":
                    inner_obj = next((c for c in inner.children if c.dep_ == "pobj"), None)
                    if inner_obj is not None and inner.right_edge.i == pobj.right_edge.i and (found := _place(inner_obj)):
                        return "Where", found, inner_obj.ent_type_
    return None


def _setting_preps(token: Token) -> list[Token]:
    """The verb's own prepositions, and those of a date fronted before it ("Thursday at the
    … conference, Graham called out …": the parse hangs the place on the day)."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS]
    for child in token.children:
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            preps += [c for c in child.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS]
    return preps


def _place(pobj: Token) -> str | None:
    """The named place a preposition's object is, whole and nothing more ("La Romana,
    Dominican Republic", "the White House"), or None."""
    if pobj.ent_type_ not in PLACE_LABELS:
        return None
    words = [t for t in pobj.subtree]
    while words and words[-1].is_punct:
        words.pop()
    if not words or len(words) > MAX_WORDS:
        return None
    for t in words:
        if t.ent_type_ in PLACE_LABELS or t.text == ",":
            continue
        if t.lower_ == "the" and t.i == words[0].i:
            continue
        return None  # "Washington, where he …", "nearby Millard Fillmore …": more than the name
    doc = pobj.doc
    return " ".join(doc[words[0].i : words[-1].i + 1].text.split())


def _named_occasion(pobj: Token) -> str | None:
    """ "the Madrid summit", "the ABC Democratic debate": an occasion noun with "the" and a name
    before it and nothing after, or None."""
    if pobj.lemma_.lower() not in SETTING_NOUNS or pobj.tag_ != "NN":
        return None
    before = [t for t in pobj.subtree if t.i < pobj.i]
    if not before or before[0].lower_ != "the" or len(before) < 2 or len(before) + 1 > MAX_WORDS:
        return None
    if any(t.i > pobj.i and t.dep_ not in ("prep", "punct") for t in pobj.subtree if t.head == pobj):
        return None  # "the debate that …": a clause says which
    name = before[1:]
    if not all((t.text[:1].isupper() and t.is_alpha) or (t.like_num and len(t.text) == 4) for t in name):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") and not t.like_num for t in name):
        return None
    return " ".join(pobj.doc[before[0].i : pobj.i + 1].text.split())


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _coordinated(prep: Token) -> bool:
    """Whether the phrase follows "and" or "or" (past commas and adverbs): "comments in
    interviews and, most recently, during the debate" — the parse hung on the verb a phrase of
    the object's, and the verb's act was not done there."""
    i = prep.i - 1
    while i >= 0 and (prep.doc[i].is_punct or prep.doc[i].pos_ == "ADV"):
        i -= 1
    return i >= 0 and prep.doc[i].pos_ == "CCONJ"
