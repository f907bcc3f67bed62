"""Organisation and meeting names the tagger cut before their "of"/"for"/"on" part.

"the British Department for the Environment, Food and Rural Affairs" is one name, but the
tagger's organisation span is "the British Department" — a name the article never uses, and a
card blanking it reads "… by the ____ for the Environment, Food and Rural Affairs". The name runs
on when the word right after the span is "of" or "for", attached by the parse to the span's last
word, and everything that preposition governs is written as a name: capitalised proper nouns
(with "the", "and", "of", "for", "&" and commas between them), none of them a person, a date or
a number, and not all of them a place ("Microsoft of Redmond, Washington" says where the company
is). Such a span is widened to the whole name, and the entities it now covers (a place
inside the name: "Texas" of "the University of Texas") are dropped — the name holds them.
A meeting or a body named for its subject runs on past "on" (round 42: "the Lima Summit of
Forum on Peru-Asia Cooperation", tagged "the Lima Summit of Forum"): "on" may hang on the span's
head rather than its last word, the word it hangs on must be a common noun written as a name
(WordNet's nouns, as the lemmatizer ships them: "Forum", "Conference"; not "Reuters on Apple"),
a hyphen inside one written word joins its names ("Peru-Asia"), and a bracketed abbreviation
after the name stays outside it.

A person's name cut at the hyphen of a hyphenated given name ("Park Ji-hoon" tagged "Park Ji",
the tagger taking "hoon" for a word of its own) runs on to the end of the written word: a
bracket "[Park Ji]" names someone the article never names. Not when the hyphenated word
modifies a noun after it ("the Anna Berg-era rules", "a Tom Reyes-backed plan"): the name
there is the part before the hyphen.

>>> widen_cut_names(doc)  # doctest: +SKIP
>>> [e.text for e in doc.ents if e.label_ == "ORG"]
['the British Department for the Environment, Food and Rural Affairs']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import NOT_NAME_PART_LABELS
from quizgen.nlp import english_word, lemma_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OPENERS = frozenset(["of", "for", "on"])
_LABELS = frozenset(["ORG", "EVENT"])
_RUN_ON_LABELS = _LABELS | frozenset(["FAC", "LOC", "WORK_OF_ART"])  # names a cloze may blank
_JOINERS = frozenset(["the", "and", "of", "for", "&", ","])
_NAME_TAGS = frozenset(["NNP", "NNPS"])
_PLACES = frozenset(["GPE", "LOC"])


def name_tail_end(ent: Span, *, labels: frozenset[str] = _LABELS) -> int | None:
    """The token index where ``ent``'s whole name ends, when the tagger cut it before an "of"
    or "for" part written as a name; None when it is whole as tagged."""
    doc = ent.doc
    if ent.label_ not in labels or ent.end >= len(doc) - 1:
        return None
    last, opener = doc[ent.end - 1], doc[ent.end]
    if last.tag_ not in _NAME_TAGS or opener.lower_ not in _OPENERS:
        return None
    if not (opener.head.i == last.i or (ent.start <= opener.head.i < ent.end and opener.head.tag_ in _NAME_TAGS)):
        return None  # "the Summit of Forum on …": "on" may hang on the span's head, not its last word
    if opener.lower_ == "on" and opener.head.lower_ not in lemma_index("noun"):
        return None  # "on" names a subject only after a common noun ("Forum on …"), not "Reuters on Apple"
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].tag_ not in _NAME_TAGS:
        return None
    # the object's words, less a bracketed abbreviation or a clause set after it ("… (FOCAC)")
    after = [c.right_edge.i for c in objects[0].rights if c.dep_ not in ("appos", "punct", "relcl", "acl")]
    end = max([objects[0].i, *after]) + 1
    while end > opener.i + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text == ","):
        end -= 1  # "… Affairs's report", "… Affairs, which": the name ends before them
    tail = doc[opener.i + 1 : end]
    if any(t.is_sent_start for t in tail) or not any(t.tag_ in _NAME_TAGS for t in tail):
        return None
    for t in tail:
        if t.ent_type_ in NOT_NAME_PART_LABELS:
            return None
        if t.lower_ not in _JOINERS and not (t.tag_ in _NAME_TAGS and t.text[:1].isupper()) and not _inner_hyphen(t):
            return None
    if all(t.ent_type_ in _PLACES for t in tail if t.tag_ in _NAME_TAGS):
        return None  # "Microsoft of Redmond, Washington": where it is, not its name
    return end


def longer_name_end(ent: Span) -> int | None:
    """The token index where a longer name ends that ``ent`` is only the start of, for a
    facility, a place or a work the tagger cut before its "of"/"for"/"on" part (round 47: "the
    [Beijing Center] for the Promotion of Chinese Language Teaching Overseas", tagged a facility
    and an organisation): the tail as ``name_tail_end`` reads it, ending where the tagger's own
    entity in it ends ("… Overseas", not on into "and the Commercial Press"). A cloze blanking
    the part asks a name the article never uses. Organisations and meetings are widened
    whole before (``widen_cut_names``); None for a span that is whole as tagged."""
    end = name_tail_end(ent, labels=_RUN_ON_LABELS)
    if end is None:
        return None
    doc = ent.doc
    first = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
    inner = next((e for e in doc.ents if e.start <= first < e.end and e.start > ent.end), None)
    return min(end, inner.end) if inner is not None else end


def _inner_hyphen(t: Token) -> bool:
    """A hyphen inside one written word of a name ("China-Africa")."""
    doc = t.doc
    return (
        t.text == "-" and not t.whitespace_ and 0 < t.i < len(doc) - 1
        and not doc[t.i - 1].whitespace_ and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper()
    )


def hyphen_tail_end(ent: Span) -> int | None:
    """The token index where the person ``ent`` names ends, when the tagger cut the name at
    the hyphen of a hyphenated given name ("Park Ji" of "Park Ji-hoon"); None when whole."""
    doc = ent.doc
    # the span may end before the hyphen ("Park Ji") or hold it ("Park Ji-")
    at = ent.end - 1 if ent[-1].text == "-" else ent.end
    if ent.label_ != "PERSON" or at - ent.start < 2 or at + 1 >= len(doc):
        return None
    last, hyphen, tail = doc[at - 1], doc[at], doc[at + 1]
    if last.whitespace_ or hyphen.text != "-" or hyphen.whitespace_ or not last.text[:1].isupper():
        return None
    if not (tail.is_alpha and tail.is_lower) or tail.ent_iob_ != "O":
        return None
    if at + 2 < len(doc) and doc[at + 2].text == "-" and not tail.whitespace_:
        return None  # "Park Ji-hoon-led": a longer compound, a modifier
    if tail.head.i > tail.i and tail.head.pos_ in ("NOUN", "PROPN"):
        return None  # "the Anna Berg-era rules": the hyphenated word modifies the noun after
    return at + 2


SURNAME_TAIL_MAX_WORDS = 3


def surname_tail_end(ent: Span) -> int | None:
    """The token index where the person ``ent`` names ends, when the tagger cut off the
    surname the parse makes the name's head: capitalised words in no entity right after it,
    hyphened or not, the last of them no English word and the head the name's words hang on
    ("[Kamal Ahmed] El-Ganzoury arrived", where "Kamal", "Ahmed" and "El" are compounds of
    "Ganzoury"). Not a noun the name modifies ("the [Bush] Administration": an English word);
    None when the name is whole."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return None
    end, words = ent.end, 0
    while end < len(doc):
        t = doc[end]
        if t.text in ("-", "–") and not t.whitespace_ and not doc[end - 1].whitespace_ and end + 1 < len(doc):
            end += 1  # "El-Ganzoury": a hyphen inside one written surname
            continue
        if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.ent_iob_ == "O"):
            break
        words += 1
        end += 1
    if words == 0 or words > SURNAME_TAIL_MAX_WORDS or doc[end - 1].text in ("-", "–"):
        return None
    last = doc[end - 1]
    if english_word(last.lower_) or ent.root.head.i != last.i or ent.root.dep_ != "compound":
        return None
    return end


def widen_cut_names(doc: Doc) -> None:
    """Widen every cut organisation or person name of ``doc`` to the whole name (``doc.ents`` in
    place): a name's tail, a hyphenated given name, a surname the tagger left out."""
    from spacy.tokens import Span  # here, not at import: a fully cached run never loads spaCy

    ents = list(doc.ents)
    widened = {}
    for ent in ents:
        end = name_tail_end(ent) or hyphen_tail_end(ent) or surname_tail_end(ent)
        start = joined_head_start(ent)
        if end is not None or start is not None:
            widened[ent.start] = (start if start is not None else ent.start, end if end is not None else ent.end)
    if not widened:
        return
    spans = []
    covered_until = -1
    for ent in ents:
        if ent.start < covered_until:
            continue  # inside a widened name
        if ent.start in widened:
            start, end = widened[ent.start]
            spans.append(Span(doc, start, end, label=ent.label_))
            covered_until = end
        else:
            spans.append(ent)
    doc.ents = spans


def joined_head_start(ent: Span) -> int | None:
    """Where an organisation's name starts when the tagger cut off its first word joined by
    "and" after "the" ("the Standards and [Privileges Committee]", "The Trade and [Industry
    Committee]"): the capitalised word, written with no tag of its own; None otherwise."""
    doc, i = ent.doc, ent.start
    if ent.label_ != "ORG" or i < 3 or doc[i - 1].lower_ != "and":
        return None
    word, article = doc[i - 2], doc[i - 3]
    if article.lower_ != "the" or not word.is_title or word.ent_type_ or word.pos_ not in ("PROPN", "NOUN"):
        return None
    return i - 2
