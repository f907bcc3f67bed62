"""Sentences with no finite verb: headlines, subheads and captions left in an article's body.

"Roasts and toasts for the passing of 2015.", "Pfizer buying Allergan for $150 billion.",
"Case of still-jailed journalist being watched by ACLU.": a line that names a topic without
saying anything of it. A card cut from one ("Clinton on ____.") asks nothing a reader can
identify, so no date, figure, event or argument fact is taken from it (quotations are left
alone: "Yeah, right." is what someone said).

A sentence has a finite verb when the tagger says so (``VBD``, ``VBZ``, ``VBP``, ``MD``), or
when a word right after a noun or pronoun could be one: the small model reads a present or
past tense after a name as a plural noun or a participle ("Trump trails Obama's mark", "the
chip crams 1.2 million transistors", "Trump criticised London's mayor"), so a word the
lemmatizer knows as a verb (``nlp.verb_lemmas``) after a nominal or an adverb, or as the
parse's root ("One ranking pegs the tycoon as …"), counts, and so does a base
form or participle the parse gives a subject ("the Cubans living in Florida — send …"),
unless an auxiliary is its own ("being watched" is no tense). A "-ing" form with a subject is
no tense ("Pfizer buying Allergan"). Nothing else is read: a verbless sentence is one
whose every reading lacks a tense.

>>> import spacy  # doctest: +SKIP
>>> verbless_sentences(nlp("Clinton on trade. She spoke in Ohio."))  # doctest: +SKIP
frozenset({0})
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.nlp import FINITE_TAGS, verb_lemmas

if TYPE_CHECKING:  # spaCy is imported only where a text is parsed
    from spacy.tokens import Doc, Span, Token

_NOMINAL_TAGS = frozenset(["NN", "NNS", "NNP", "NNPS", "PRP"])
_MISREAD_TAGS = frozenset(["NN", "NNS", "VBN", "VB", "JJ"])  # a tense the tagger called something else


def verbless_sentences(doc: Doc) -> frozenset[int]:
    """The start offsets (characters) of ``doc``'s sentences with no reading as a clause."""
    return frozenset(sent.start_char for sent in doc.sents if is_verbless(sent))


def is_verbless(sent: Span) -> bool:
    """Whether no word of ``sent`` can be a finite verb, or its "that" clause has a subject and
    no tense ("quoted the court as saying that the report … having allegedly violated …": the
    article's own slip, a sentence no card can mend); a sentence of fewer than three words
    ("Thank you.", "Yes.") is left alone."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 3:
        return False
    if any(_tenseless_that_clause(t) for t in words):
        return True
    if sent.root.pos_ in _NOMINAL_ROOTS and not any(
        t.tag_ in FINITE_TAGS or _misread_tense(t) or _past_read_as_clause(t, sent)
        for t in words if not _in_modifying_clause(t, sent)
    ):
        # a noun phrase whose only tense is its own relative, participle or adverbial clause ("A “clean
        # electricity standard” that forces utilities to provide 100% …", "One, Denham, a
        # California Republican whose … district is 40% Latino.", "$150 billion to state and
        # local governments … related to the pandemic.": fresh107's list items): no clause of
        # its own
        return True
    return not any(t.tag_ in FINITE_TAGS or _misread_tense(t) for t in words)


_NOMINAL_ROOTS = frozenset(["NOUN", "PROPN", "NUM"])


def _past_read_as_clause(t: Token, sent: Span) -> bool:
    """A past form the parse hangs on the sentence's root noun as its clause: the sentence's verb."""
    return t.dep_ == "acl" and t.head.i == sent.root.i and t.tag_ in ("VBD", "VBN")


def _in_modifying_clause(t: Token, sent: Span) -> bool:
    """Whether ``t`` is inside a relative, participle or adverbial clause of a noun (or heads
    one: "No U.S. politician [since John F. Kennedy had so captured …]", fresh108, parsed so). A
    past form the parse hangs on the sentence's root noun is the sentence's verb misread ("the
    frustration boiled over at a rally …", "Gail Heriot, a former … dean who now teaches at …,
    dissented from …": "boiled" and "dissented" read as clauses of the noun), no clause of it."""
    while True:
        if _past_read_as_clause(t, sent):
            return False
        if t.dep_ in ("relcl", "acl", "advcl"):
            return True
        if t.head.i == t.i or not sent.start <= t.head.i < sent.end:
            return False
        t = t.head


def _tenseless_that_clause(verb: Token) -> bool:
    """A clause opened by "that", with a subject of its own, whose verb has only a gerund for
    its auxiliary and no tense follows: "that the report … having allegedly violated …" (where
    "had" was meant)."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBG", "VBN"):
        return False
    children = list(verb.children)
    that = next((c for c in children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if not auxes or any(a.tag_ != "VBG" for a in auxes):
        return False  # a bare participle is often a past tense the tagger misread ("that the campaign estimated")
    # no tense anywhere after the "that" either: "that prices rising fast worried them" is a
    # clause the parse misread, not one the article left without a verb
    return not any(t.tag_ in FINITE_TAGS for t in verb.doc[that.i + 1 : verb.sent.end])


def _misread_tense(t: Token) -> bool:
    if t.tag_ not in _MISREAD_TAGS or t.i == t.sent.start or not t.is_lower:
        return False
    if t.ent_type_ in ("DATE", "TIME"):
        return False  # "Immigration activists in Miami last month." (j179, a caption): "last" of a date, no verb
    if any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False  # "being watched", "to go": no tense of its own
    if t.tag_ in ("VB", "VBN") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True  # "the Cubans living in Florida — send $1 billion": a subject makes it a clause
    before = t.doc[t.i - 1]
    if t.dep_ in ("amod", "compound") and t.head.i > t.i and before.head.i == t.head.i and before.dep_ != "nsubj":
        return False  # "100 mln dlrs of nine pct guaranteed eurobonds" (j110): the noun before and it modify one noun
    # after a noun, a pronoun or an adverb ("Everyone else combined"), or heading the parse
    # ("One ranking pegs the tycoon as …": the root of a sentence is its verb)
    if before.tag_ not in _NOMINAL_TAGS and before.tag_ != "RB" and t.dep_ != "ROOT":
        return False
    lemmas = verb_lemmas()
    word = t.lower_
    return any(form in lemmas for form in (word, word[:-1], word[:-2]) if form)
