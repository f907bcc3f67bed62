"""Sentences the article itself got wrong: a card is only as well-formed as its sentence.

Judged samples kept finding cards that copied the source's own garble ("I like like him",
"Analyst estimate the value …", "picked him it as …"). No card can repair such a sentence with
certainty (which word was meant?), so no date, figure, event or argument fact is taken from
it, and no quotation that holds the broken words is asked. Each check reads the parse and the
tagger, never a list of examples:

- a word doubled: two adjacent tokens with the same lower-case text and no punctuation
  between, unless English repeats that word on purpose (``INTENDED_REPEATS``: "had had",
  "that that", "very very") — not a "that that" before an article or a personal pronoun,
  which no demonstrative stands before ("reminded him that that the Constitution");
- two articles on one noun: a noun with two ``det`` children from "a"/"an"/"the" with only
  its modifiers between them, no noun and no mark but a hyphen ("according to the the
  report"; not "ask the GOP front-runner a question"), or an article right before a
  personal pronoun ("the he");
- two object pronouns in a row on one verb ("picked him it as …"): adjacent personal
  pronouns that are both its direct or indirect objects;
- subject–verb agreement that morphology contradicts, in the main clause only: a singular
  common noun (``NN``, or a capitalised opening word the tagger called a name but no entity
  holds) as the subject of a present-tense verb tagged ``VBP`` ("Analyst estimate"), or a
  determined plural (``NNS``) of one tagged ``VBZ`` ("The analysts estimates"); a subject
  joined to another ("the president and his wife live"), one with an "of" phrase ("a number
  of them say"), a collective or quantity noun or an invariant plural the tagger calls
  singular (``COLLECTIVE_NOUNS``: "majority", "police", "data"), a verb with a "that" mark
  or a predicate noun, quotation marks between subject and verb, and a question are left
  alone;
- a word confused for its sound: "then" after a comparative ("more then ten") or "of" after
  a modal ("could of");
- a preposition lost before a gerund: a verb that takes one only through its preposition
  (``GERUND_PREPOSITION_VERBS``: "aimed unifying" for "aimed at unifying");
- an opening word lost: a sentence opening in lower case with a capitalised function word
  after a comma ("previously reported, The Foundation refused …");
- a bracket unpaired: more "(" than ")" or the reverse, in the sentence and in its paragraph
  ("the plan ($469 billion) from 4.9 million participants and counting)");
- a reduced passive that took an object: a past participle modifying a noun with no subject,
  auxiliary or mark of its own ("warnings issued …", ``acl``) that the parse gives a direct
  object ("warnings issued just the storms that …": the article dropped "after") — a
  passive's object went to its subject. Not a verb that takes two objects (VerbNet's, in
  ``TWO_OBJECT_VERBS``; ``passive_objects``) on a noun that may be its recipient ("students given a chance"), nor a
  naming verb (``NAMING_VERBS``: "a plan dubbed …"); not a participle whose noun has no place
  of its own in the clause or that opens a clause (a main verb the parse misread: "that
  report concerned the e-mails", "proposing that a coalition put …"), not in a sentence with
  no other main verb, not an object with no determiner or possessor ("books released
  midcampaign"), nor an object of measure or time ("a rifle buried one foot below ground", "trades made
  that day") — and the same on a demonstrative pronoun, whose object may be
  bare ("arrest those carried out kidnappings": "who" dropped);
- a meeting with one side (``lost_partners``): a verb of meeting (VerbNet's, in
  ``RECIPROCAL_VERBS``) whose subject is one person and that has no object, no "with" partner
  ("The governor will meet Friday for talks");
- a slip inside one phrase (``word_slips``): a modal before a past form ("may reached"), an
  article its next word's sound contradicts ("an 1.1 percent", "an wage"), a verb doubled in
  two forms ("for not doing do"), a word inflected twice ("feets"), a number broken by a
  space ("a magnitude of 5. 3"), a phrasal verb written as one word after "to" ("to blowup"),
  a possessive split by a space ("China 's");
- a name misspelt: written once, one letter from a name of its kind the article writes at
  least twice ("Fox New Channel" beside "Fox News Channel", "Mario Rubio" beside "Marco
  Rubio").

>>> import spacy  # doctest: +SKIP
>>> garbled(nlp("Well, I like like him. He won."))  # doctest: +SKIP
(frozenset({0}), frozenset({'like like'}))

A card cut from a sound sentence can still end on a verb of saying whose quotation it left
out: ``items.form_gate`` stops that one.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING

from quizgen.constants import COLLECTIVE_NOUNS, GERUND_PREPOSITION_VERBS, INTENDED_REPEATS
from quizgen.extract.lost_partners import lost_partner
from quizgen.extract.passive_objects import passive_object
from quizgen.extract.word_slips import word_slips
from quizgen.facts.resolve import edit_distance

if TYPE_CHECKING:  # spaCy is imported only where a text is parsed (a cached run never does)
    from spacy.tokens import Doc, Span, Token

_ARTICLES = frozenset(["a", "an", "the"])
_OBJECT_DEPS = frozenset(["dobj", "dative", "iobj"])
_MODIFIER_DEPS = frozenset(["amod", "compound", "advmod", "nmod", "punct", "npadvmod", "quantmod", "nummod", "poss"])


def garbled(doc: Doc) -> tuple[frozenset[int], frozenset[str]]:
    """The start offsets (characters) of ``doc``'s sentences that read as broken, and their
    broken words as written ("like like", "Analyst estimate"): a quotation that shows one of
    them is not asked, whatever else its sentence holds. One pass over the parse."""
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    starts, phrases = set(), set()
    misspelt = _misspelt_names(doc)
    for sent in doc.sents:
        found = _broken_spans(sent) + [("a name misspelt", a, b) for a, b in misspelt if sent.start_char <= a < sent.end_char]
        if found:
            starts.add(sent.start_char)
            phrases.update(text[start:end] for _problem, start, end in found)
    return frozenset(starts), frozenset(phrases)


def sentence_problems(sent: Span) -> list[str]:
    """What makes this sentence visibly broken, one phrase a problem; empty when nothing does."""
    return list(dict.fromkeys(problem for problem, _start, _end in _broken_spans(sent)))


def _broken_spans(sent: Span) -> list[tuple[str, int, int]]:
    """(problem, start, end) of each broken phrase of ``sent``, in characters."""
    found = []
    tokens = list(sent)
    for a, b in itertools.pairwise(tokens):
        if _doubled(a, b):
            found.append(("a word doubled", a.idx, b.idx + len(b)))
        if _two_object_pronouns(a, b):
            found.append(("two object pronouns", a.idx, b.idx + len(b)))
        if _confused(a, b):
            found.append(("a word confused", a.idx, b.idx + len(b)))
        if _preposition_lost(a, b):
            found.append(("a preposition lost", a.idx, b.idx + len(b)))
    if (restart := _lost_opening(tokens)) is not None:
        found.append(("an opening word lost", tokens[0].idx, restart.idx + len(restart)))
    if (stray := _stray_bracket(sent)) is not None:
        before = [tok for tok in tokens if tok.idx < stray][-2:]  # "and counting)": the words it closes on, not a bare mark
        found.append(("a bracket unpaired", before[0].idx if before else stray, stray + 1))
    for t in tokens:
        if (pair := _article_pair(t)) is not None:
            found.append(("two articles on one noun", *pair))
        if _disagrees(t):
            found.append(("subject and verb disagree", t.idx, t.head.idx + len(t.head)))
        if (obj := passive_object(t)) is not None:
            found.append(("a passive that took an object", t.idx, obj.idx + len(obj)))
        if (alone := lost_partner(t)) is not None:
            found.append(("a meeting with one side", min(alone.idx, t.idx), max(alone.idx + len(alone), t.idx + len(t))))
    return found + word_slips(sent)


def _stray_bracket(sent: Span) -> int | None:
    """The offset of a bracket that pairs with none in its sentence nor in its paragraph ("the
    plan ($469 billion) from 4.9 million participants and counting) has …"), else None. A
    sentence the parser cut inside a bracket has its pair in the paragraph, which is balanced."""
    text = sent.doc.text
    if sent.text.count("(") == sent.text.count(")"):
        return None
    start = text.rfind("\n\n", 0, sent.start_char) + 1
    end = text.find("\n\n", sent.end_char)
    paragraph = text[start : end if end >= 0 else len(text)]
    if paragraph.count("(") == paragraph.count(")"):
        return None
    depth = 0
    for i, ch in enumerate(sent.text):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return sent.start_char + i
    return sent.start_char + sent.text.rfind("(")


def _preposition_lost(a: Token, b: Token) -> bool:
    """A gerund right after a verb that takes one only through its preposition ("a meeting
    aimed unifying a party": "aimed at unifying")."""
    return (
        a.pos_ == "VERB"
        and a.lemma_.lower() in GERUND_PREPOSITION_VERBS
        and b.tag_ == "VBG"
        and b.idx == a.idx + len(a) + 1
    )


# Words no demonstrative "that" stands before: "reminded him that that the Constitution …" (j223)
# is a "that" typed twice, not the "that that" English writes ("said that that plan failed").
_NOT_AFTER_A_DEMONSTRATIVE = frozenset(
    ["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
     "he", "she", "they", "we", "i", "you"]
)


def _doubled(a: Token, b: Token) -> bool:
    twice_typed_that = (
        a.lower_ == "that" and b.i + 1 < len(b.doc) and b.nbor(1).lower_ in _NOT_AFTER_A_DEMONSTRATIVE
    )
    return (
        a.is_alpha
        and a.lower_ == b.lower_
        and a.whitespace_ != ""  # "bye-bye" is one word written in parts
        and b.idx == a.idx + len(a) + 1
        and (a.lower_ not in INTENDED_REPEATS or twice_typed_that)
        and not (a.text[:1].isupper() or b.text[:1].isupper())  # names: "Sirhan Sirhan"; "trump Trump"
        and (b.whitespace_ != "" or b.i + 1 == len(b.doc) or b.nbor(1).is_punct)  # "does doesn't"
    )


_FUNCTION_POS = frozenset(["DET", "PRON", "ADP", "CCONJ", "SCONJ"])


def _lost_opening(tokens: list[Token]) -> Token | None:
    """The capitalised function word after a comma in a sentence that opens in lower case
    ("previously reported, The Foundation refused …"): the article lost the sentence's first
    word ("As"), and wrote the main clause's capital as if it began there. Either alone is
    sound: a capital "The" after a comma opens titles and names ("…, The Hill reported"), and
    the parse splits sentences after abbreviations ("p.m. on Tuesday")."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words or not words[0].is_lower or not words[0].is_alpha:
        return None
    for t in words[1:]:
        if t.pos_ in _FUNCTION_POS and t.is_title and t.text != "I" and t.nbor(-1).text == ",":
            return t
    return None


def _confused(a: Token, b: Token) -> bool:
    """A word written for another its sound makes it: "then" after a comparative ("more then
    ten", "rather then wait"; "than" was meant) or "of" after a modal ("could of"; "have")."""
    if b.lower_ == "then":
        compared = a.tag_ in ("JJR", "RBR") or a.lower_ in ("rather", "other")
        after = b.nbor(1) if b.i + 1 < len(b.doc) else None
        return compared and a.whitespace_ != "" and after is not None and not after.is_punct and b.whitespace_ != ""
    return b.lower_ == "of" and a.tag_ == "MD" and a.whitespace_ != ""


_NAME_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT"])
# the kinds of name a slip is sought within: the tagger calls one network an ORG and a FAC in
# turn, but a people's adjective is no misspelt country ("East German" beside "East Germany")
_NAME_KINDS = {"PERSON": "person", "NORP": "people"}


def _misspelt_names(doc: Doc) -> list[tuple[int, int]]:
    """Where (characters) a name is written once one letter away from a name of its kind
    (a person's, a people's, any other) the article writes at least twice, word for word but one ("Fox New Channel" beside "Fox
    News Channel", "HIllary Clinton" beside "Hillary Clinton", "Louie Freeh" beside "Louis
    Freeh"): the article mistyped it. Only names of two words or more, differing in one word of
    three letters or more that no other name of that kind holds ("the Iran war" beside "the
    Iraq war" is two names); not a possessive or plural of the last word ("Central Americans")
    nor a first letter's case ("east Africa")."""
    spellings: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS:
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.tag_ != "POS"]
        if len(words) >= 2 and all(t.is_alpha for t in words):
            key = (_NAME_KINDS.get(ent.label_, "thing"), tuple(t.text for t in words))
            spellings.setdefault(key, []).append((words[0].idx, words[-1].idx + len(words[-1])))
    used = Counter((label, word) for (label, name), places in spellings.items() for word in name for _ in places)
    found = []
    for (label, name), places in spellings.items():
        if len(places) == 1 and any(
            other_label == label and len(other) == len(name) and len(others) >= 2 and _one_slip(name, other)
            and all(used[label, w] == 1 for w in name if w not in other)
            for (other_label, other), others in spellings.items()
        ):
            found.append(places[0])
    return found


def _one_slip(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    differ = [(a, b) for a, b in zip(name, other, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    last = name.index(a) == len(name) - 1
    if min(len(a), len(b)) < 3 or a[:1] != b[:1] or (last and (a.rstrip("s") == b.rstrip("s"))):
        return False
    if a.lower() == b.lower():
        return not (a.isupper() or b.isupper())  # "FOX News" is a house style, "HIllary" a slip
    return edit_distance(a, b) == 1  # one letter changed, added or left out


def _article_pair(t: Token) -> tuple[int, int] | None:
    """Where (characters) an article meets a second one on the same noun, or a pronoun."""
    if t.lower_ in _ARTICLES and t.dep_ == "det" and t.i + 1 < len(t.doc):
        following = t.nbor(1)
        if following.tag_ == "PRP" and following.text.islower():
            return t.idx, following.idx + len(following)
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    articles = [c for c in t.children if c.dep_ == "det" and c.lower_ in _ARTICLES and c.i < t.i]
    if len(articles) < 2:
        return None
    # the words between the two articles modify this noun, with no mark but a hyphen and no
    # noun: one noun phrase, not a parse that joined two ("ask the GOP front-runner a question")
    between = t.doc[articles[0].i + 1 : articles[1].i]
    if all(
        (not w.is_punct or w.text == "-") and not w.tag_.startswith("NN") and w.head.i in range(articles[0].i, t.i + 1)
        and w.dep_ in _MODIFIER_DEPS
        for w in between
    ):
        return articles[0].idx, t.idx + len(t)
    return None


def _two_object_pronouns(a: Token, b: Token) -> bool:
    return (
        a.tag_ == "PRP"
        and b.tag_ == "PRP"
        and a.head.i == b.head.i
        and a.dep_ in _OBJECT_DEPS
        and b.dep_ in _OBJECT_DEPS
    )


def _disagrees(t: Token) -> bool:
    """A common-noun subject of a main clause whose number its present-tense verb's tag
    contradicts. Only the main verb is read: below a verb of perception or causing a bare
    infinitive is tagged as a present ("seen the organization do"), and after "demand that" a
    subjunctive is ("demanded that the report include"). A plural must be lower case and come
    with a determiner or modifier ("the myths … has"): a bare "Sanders" or "promises" is a
    name or a verb the tagger took for a noun."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.dep_ != "ROOT" or not verb.text.islower() or t.i > verb.i:
        return False
    if any(c.dep_ in ("mark", "attr") for c in verb.children):  # "that the report include"; "the thing … are leaders"
        return False
    first = min(w.i for w in t.subtree)
    if first > 0 and t.doc[first - 1].lower_ == "that":
        return False
    if verb.tag_ == "VBP" and (t.tag_ == "NN" or _common_word_opening(t)):
        pass
    elif t.tag_ == "NNS" and verb.tag_ == "VBZ" and t.text.islower():
        if not any(c.dep_ in ("det", "amod", "poss", "compound") for c in t.children):
            return False
    else:
        return False
    if t.text[:1].isupper() and not t.is_sent_start:
        return False
    sent = t.sent
    return (
        t.lemma_.lower() not in COLLECTIVE_NOUNS
        and t.lower_ not in COLLECTIVE_NOUNS
        and not any(w.dep_ in ("conj", "cc", "prep", "nummod", "appos") for w in t.subtree if w.i != t.i)
        and not any(c.dep_ in ("nsubj", "expl", "csubj") and c.i != t.i for c in verb.children)
        and not any(w.is_quote or w.text in ("(", ")") for w in t.doc[t.i : verb.i + 1])
        and not sent.text.rstrip(" \"'”’").endswith("?")  # "Anybody have a knife?": a question cut short
    )


def _common_word_opening(t: Token) -> bool:
    """A capitalised first word the tagger took for a name only for its capital ("Analyst
    estimate …"): no entity, no name joined to it."""
    return (
        t.tag_ == "NNP"
        and t.is_sent_start
        and not t.ent_type_
        and not any(c.dep_ == "compound" for c in t.children)
        and t.text[1:].islower()
    )
