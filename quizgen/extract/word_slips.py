"""Slips of the article inside one phrase: forms English grammar does not allow side by side.

Read by ``extract.garble`` (no card from the sentence, no quotation that holds the phrase). Each
sign reads the tagger, the parse and the pipeline's own lexicon (``nlp.lemmatizer_lexicon``:
WordNet's lemmas, irregular forms and regular endings), never a list of examples:

- a modal before a past form: a lower-case modal (``MD``, the ``aux`` of its verb) whose verb,
  after nothing but adverbs, is tagged past (``VBD``/``VBN``) in a form other than its lemma
  ("may reached", "should penalized": "have" or "be" lost). Not "’d" nor "’s" (had, has) nor a
  capitalised "Will" (a name); a verb whose past is its base ("may cut") is never read;
- an article its next word's sound contradicts: "a"/"an" (``DT``) before a number whose spoken
  form opens otherwise ("an 1.1 percent", "a 8 percent"; "an 8", "an 11", "an 18", "an 80",
  "an 11,000" are right; a four-digit number opening "11" or "18" may be read either way and
  is left alone), or before a lower-case word the lexicon knows that opens with a letter whose
  sound is certain ("an wage", "a ad"). Left alone: words opening with "h", "u" or "x", "eu",
  "ew", "one", "once" (their sound varies: "an hour", "a unit", "a euro", "a one-time"), a word
  with no vowel letter (read letter by letter: "an nth"), capitalised words (initials and
  names: "an FBI", "a NATO");
- a verb doubled in two forms: a verb's form right before its own bare form as its object,
  which ends the phrase ("for not doing do": "so" was meant). Not "be" or "have" ("is being",
  "has had", "what he can do is be …") nor an emphatic "did do" (the parse makes "did" the
  auxiliary); and the same auxiliary twice before one verb ("had had sought", j149);
- a word inflected twice: a lower-case word the lexicon does not know whose regular ending,
  taken off, leaves an irregular form of the same part of speech ("feets": "feet";
  "childrens"). A word the lexicon does not know is not a slip in itself: over the dev part
  such words are mostly new coinages, slang, foreign words and names ("superdelegates",
  "retweeted", "cafecitos");
- a number broken by a space: digits, a point, a space and digits inside one sentence ("a
  magnitude of 5. 3", "fell to 84. 14." at its end, "rose 2 .5 percent"), not a numbered list
  ("1. 2.", "13. 1. Reed");
- a word split after its hyphen: a lower-case word, a hyphen, a space and a lower-case word
  (with its own hyphened parts) that joined make a word the lexicon knows ("face- to-face",
  "well- known"). A hyphen left hanging before "and", "or" or "to" for a word later in the
  phrase ("pre- and post-war", "first- to third-graders") joins to no known word;
- a phrasal verb written as one word (round 43): after infinitival "to", a lower-case word the
  tagger calls a verb (``VB``) that the lexicon knows as no verb, but that is a verb the
  lexicon knows followed by a particle (``constants.VERB_PARTICLES``: "trying to blowup the
  talks", "to setup a fund": "blow up", "set up"). Not a word joined by a hyphen ("to
  co-operate", the tokenizer's split), nor a word the lexicon knows as a verb ("to input");
- a possessive with no noun (j121): a possessive "'s" closing the sentence's opening words and
  followed at once by a tensed verb ("Glaxo's was trading at 27-7/8": the noun lost);
- a possessive split by a space (round 43): a possessive "'s" (``POS``) written apart from the
  word it follows ("China 's space programme"), a tokenizer's artefact some wire copy keeps; a
  card would copy it;
- a date with its day lost (j145): "on" before a month's name and a comma or a stop ("set to go
  into effect on April, following …"), where English writes "in April" or "on April 13";
- a misspelt word (round 45): a lower-case content word of five letters or more that neither
  the lexicon nor the pipeline's vocabulary knows, written once in the story between two
  lower-case words, one letter away from a word the lexicon knows ("genaral soccerl
  organisation", "a collague"); not a prefixed, compounded or re-inflected known word
  ("unelected", "landmine", "renewables"), which ``_misspelt`` reads first. Over the standard
  dev decks' 306 articles it flags one word ("bona fides", Latin), over 400 wire articles of
  the judged samples 13, all typos;
- two words run together (j221): a lower-case word of six letters or more that neither the
  lexicon nor the pipeline's vocabulary knows, which is a function word (``_JOINING_WORDS``:
  an article, a preposition, a conjunction, an auxiliary) glued to a known word of four
  letters or more ("24 hoursafter declining", "what he described asliberation", "hadbeen",
  "votersand"). A joining word of two letters is read only in front ("as", "of"): behind a
  word it makes foreign words and plurals ("jihadis", "novelas"); "after" only behind
  ("aftermarket" is a word). In the first 6,000 AllSides stories: 19 such words, 16 of them
  run together, two pieces of web addresses ("theguardian.com") and one word ("assisters").

>>> sent = nlp("Demand may reached 8 million barrels.")[:].sent  # doctest: +SKIP
>>> word_slips(sent)  # doctest: +SKIP
[('a modal before a past form', 7, 18)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.constants import UNIT_FAMILIES, VERB_PARTICLES
from quizgen.nlp import english_stop_words, lemmatizer_lexicon, model_strings

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "face- to-face": a lower-case word, its hyphen, one space, the rest (hyphened parts kept)
_SPLIT_HYPHEN = re.compile(r"(?<![\w-])([a-z]+)- ([a-z]+(?:-[a-z]+)*)\b(?!-)")
_POINT_DIGITS = re.compile(r"\.\d+")
# what a decimal measures: a percent, points, or a unit of ``UNIT_FAMILIES`` (money, distance …)
_UNIT_WORDS = frozenset(["%", "percent", "per", "point", "points"]).union(*UNIT_FAMILIES.values())
_NUMBER = re.compile(r"^(\d[\d,]*)(?:\.\d+)?$")
# a letter whose sound opens the word for certain, read from its spelling; the others vary
_CONSONANT_LETTERS = frozenset("bcdfgjklmnpqrstvwz")
_VOWEL_LETTERS = frozenset("aeio")
_UNSURE_OPENINGS = ("eu", "ew", "one", "once", "yt")
_AUXILIARY_LEMMAS = frozenset(["be", "have"])
_ADVERB_TAGS = frozenset(["RB", "RBR", "RBS"])


def word_slips(sent: Span) -> list[tuple[str, int, int]]:
    """(problem, start, end) in characters of each slip inside a phrase of ``sent``."""
    found = []
    for t in sent:
        if (verb := _modal_past(t)) is not None:
            found.append(("a modal before a past form", t.idx, verb.idx + len(verb)))
        if t.i + 1 < sent.end:
            after = t.nbor(1)
            if _article_disagrees(t, after):
                found.append(("an article the next word's sound contradicts", t.idx, after.idx + len(after)))
            if _verb_doubled(t, after) or _auxiliary_doubled(t, after):
                found.append(("a verb doubled", t.idx, after.idx + len(after)))
            if _phrasal_joined(t, after):
                found.append(("a phrasal verb written as one word", t.idx, after.idx + len(after)))
            if t.i + 2 < sent.end and _broken_number(t, after, t.nbor(2)):
                found.append(("a number broken by a space", t.idx, t.nbor(2).idx + len(t.nbor(2))))
            if _point_spaced_off(t, after):
                found.append(("a number broken by a space", t.idx, after.idx + len(after)))
            if _day_lost(t, after):
                found.append(("a date with its day lost", t.idx, after.idx + len(after)))
        if _possessive_without_noun(t):
            found.append(("a possessive with no noun", t.nbor(-1).idx, t.nbor(1).idx + len(t.nbor(1))))
        if _split_possessive(t):
            found.append(("a possessive split by a space", t.nbor(-1).idx, t.idx + len(t)))
        if _inflected_twice(t):
            found.append(("a word inflected twice", t.idx, t.idx + len(t)))
        if _misspelt(t):
            found.append(("a misspelt word", t.idx, t.idx + len(t)))
        if _run_together(t):
            found.append(("two words run together", t.idx, t.idx + len(t)))
    text = sent.doc.text
    for m in _SPLIT_HYPHEN.finditer(text, sent.start_char, sent.end_char):
        if _known(m.group(1) + "-" + m.group(2)):
            found.append(("a word split after its hyphen", m.start(), m.end()))
    return found


_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)


def _day_lost(t: Token, after: Token) -> bool:
    """Whether "on" stands before a month's name with no day after it ("set to go into effect on
    April, following …", j145): English puts a month "in"; "on" wanted a day the wire lost. Not
    "on May 5", "on April 13th", nor a name the tagger reads as no date ("commented on May")."""
    if t.lower_ != "on" or after.lower_ not in _MONTHS or not after.text[:1].isupper() or after.ent_type_ != "DATE":
        return False
    if after.lower_ == "may":
        return False  # a name as often ("relied on May, who …")
    nxt = after.nbor(1) if after.i + 1 < len(after.doc) else None
    return nxt is not None and nxt.text in (",", ".", ";")  # the clause goes on or ends where the day was


def _modal_past(t: Token) -> Token | None:
    """The past form a modal governs with nothing but adverbs between ("may reached")."""
    verb = t.head
    if t.tag_ != "MD" or t.dep_ != "aux" or not (t.is_alpha and t.is_lower) or verb.i <= t.i:
        return None
    if verb.tag_ not in ("VBD", "VBN") or verb.lower_ == verb.lemma_.lower() or not verb.is_lower:
        return None
    if any(w.tag_ not in _ADVERB_TAGS for w in t.doc[t.i + 1 : verb.i]):
        return None  # "may have reached", "will be named"
    return verb


def _article_disagrees(t: Token, after: Token) -> bool:
    if t.lower_ not in ("a", "an") or t.tag_ != "DT" or t.whitespace_ != " ":
        return False
    vowel = _number_sound(after.text) if after.text[:1].isdigit() else _word_sound(after)
    return vowel is not None and vowel != (t.lower_ == "an")


def _number_sound(text: str) -> bool | None:
    """Whether a number written in digits opens with a vowel sound when read ("8", "11", "18",
    "80", "800", "11,000", "8.5": eight, eleven, eighteen …); None when unsure."""
    m = _NUMBER.match(text)
    if m is None:
        return None
    groups = m.group(1).split(",")
    lead = groups[0]
    if len(groups) == 1 and len(lead) > 3:
        if len(lead) == 4 and lead[:2] in ("11", "18"):
            return None  # "1800": eighteen hundred, or one thousand eight hundred
        lead = lead[: len(lead) % 3 or 3]
    return lead.startswith("8") or lead in ("11", "18")


def _word_sound(word: Token) -> bool | None:
    """Whether a lower-case word the lexicon knows opens with a vowel sound, when its spelling
    says so for certain; None otherwise."""
    text = word.text
    if not (text.isalpha() and text.islower() and len(text) > 1) or text.startswith(_UNSURE_OPENINGS):
        return None
    if not any(c in "aeiouy" for c in text) or not _known(text):
        return None  # "nth" is read letter by letter; an unknown word may be initials
    if text[0] in _VOWEL_LETTERS:
        return True
    return False if text[0] in _CONSONANT_LETTERS else None


def _verb_doubled(a: Token, b: Token) -> bool:
    """A verb's form right before its bare form, its object and the phrase's end ("doing do")."""
    return (
        a.pos_ == "VERB"
        and a.tag_ in ("VBG", "VBN", "VBD", "VBZ")
        and a.lemma_.lower() not in _AUXILIARY_LEMMAS
        and b.lower_ == b.lemma_.lower() == a.lemma_.lower() != a.lower_
        and b.head.i == a.i
        and not list(b.children)
        and a.whitespace_ == " "
        and (b.i + 1 == len(b.doc) or b.nbor(1).is_punct)
    )


def _auxiliary_doubled(a: Token, b: Token) -> bool:
    """The same auxiliary twice before one verb ("the U.S. had had sought free access", j149):
    both hang on the verb after them as its auxiliaries. "had had" as a perfect of "have" ("had
    had talks") is one auxiliary and a verb."""
    return (
        a.lower_ == b.lower_ and a.dep_ in ("aux", "auxpass") and b.dep_ in ("aux", "auxpass")
        and a.head.i == b.head.i and a.head.i > b.i
    )


def _possessive_without_noun(t: Token) -> bool:
    """A possessive "'s" opening the sentence's subject and followed at once by a tensed verb,
    with no noun for it to own ("Glaxo's was trading at 27-7/8", j121: "shares" lost). Not a
    possessive later in the sentence, which may stand for a noun said before it ("its loss
    was larger than Glaxo's was")."""
    if t.tag_ != "POS" or t.i + 1 >= len(t.doc) or t.i == 0:
        return False
    after = t.nbor(1)
    if after.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    return t.nbor(-1).left_edge.i == t.sent.start


def _split_possessive(t: Token) -> bool:
    """A possessive "'s" written one space after its word ("China 's")."""
    if t.tag_ != "POS" or t.lower_ not in ("'s", "’s") or t.i == 0:
        return False
    before = t.nbor(-1)
    return before.whitespace_ == " " and before.is_alpha and t.idx == before.idx + len(before) + 1


def _phrasal_joined(to: Token, word: Token) -> bool:
    """A verb and its particle written as one word after infinitival "to" ("to blowup the
    talks"): the tagger reads a verb, the lexicon knows no verb of that spelling, but knows the
    verb before the particle."""
    text = word.text
    if to.lower_ != "to" or to.tag_ != "TO" or to.whitespace_ != " " or word.tag_ != "VB":
        return False
    if not (text.isalpha() and text.islower()) or word.whitespace_ == "" and word.i + 1 < len(word.doc) and word.nbor(1).text == "-":
        return False
    if _known_verb(text):
        return False
    return any(
        text.endswith(particle) and len(text) - len(particle) >= 3 and _known_verb(text[: -len(particle)])
        for particle in VERB_PARTICLES
    )


def _known_verb(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a verb: a lemma, an irregular form, or a regular
    form of a lemma."""
    return lemmatizer_lexicon().knows(word, "verb")


def _broken_number(a: Token, point: Token, b: Token) -> bool:
    """Digits, a point with a space after it, digits, in one sentence ("5. 3"; "to 84. 14." at
    the sentence's end): a decimal the article broke. A numbered list ("1. 2.", "13. 1. Reed") is
    not one: its second number has a point of its own with more of the sentence after it, or
    counts on from the first."""
    if not (
        a.text.isdigit()
        and len(a.text) <= 3
        and a.whitespace_ == ""
        and point.text == "."
        and point.whitespace_ == " "
        and b.text.isdigit()
    ):
        return False
    if b.i + 1 == len(b.doc) or b.nbor(1).text != ".":
        return True
    # "to 84. 14.": the point after the second number ends the sentence, and it does not count on
    return all(t.is_space for t in b.doc[b.i + 2 : b.sent.end]) and int(b.text) != int(a.text) + 1


def _point_spaced_off(a: Token, b: Token) -> bool:
    """Digits, a space, and a point opening digits ("rose 2 .5 percent"): a decimal the article
    broke, when a punctuation mark or a unit (``constants.UNIT_FAMILIES``, a percent, points)
    follows: not a count of calibres ("2 .22 rifles"), nor after another number ("3 1 .5")."""
    if not (
        a.text.isdigit()
        and len(a.text) <= 3
        and a.whitespace_ == " "
        and _POINT_DIGITS.fullmatch(b.text) is not None
        and (a.i == a.sent.start or not a.nbor(-1).text[-1:].isdigit())
    ):
        return False
    if b.i + 1 == b.sent.end:
        return True
    after = b.nbor(1)
    return after.is_punct or after.lower_ in _UNIT_WORDS


def _inflected_twice(t: Token) -> bool:
    """A lower-case word the lexicon does not know whose regular ending, taken off, leaves an
    irregular form ("feets" → "feet", "childrens" → "children")."""
    text = t.text
    if not (text.isalpha() and text.islower()) or t.ent_type_ or _known(text):
        return False
    lexicon = lemmatizer_lexicon()
    return any(
        text.endswith(old) and text[: len(text) - len(old)] + new in lexicon.irregular.get(pos, ())
        for pos, rules in lexicon.rules.items()
        for old, new in rules
        if old
    )


def _known(word: str) -> bool:
    """Whether the lexicon knows ``word``: a stop word, a lemma, an irregular form, or a regular
    form of a lemma ("wages" → "wage")."""
    if word in english_stop_words():
        return True
    lexicon = lemmatizer_lexicon()
    return any(lexicon.knows(word, pos) for pos in lexicon.index)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CONTENT_TAGS = ("NOUN", "VERB", "ADJ", "ADV")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
_VOWELS = "aeiou"


# Function words a typist's lost space glues to the next or the last word.
_JOINING_WORDS = frozenset([
    "an", "the", "and", "but", "or", "as", "of", "to", "at", "from", "that", "than", "after", "before", "when",
    "while", "because", "is", "was", "were", "are", "has", "have", "had", "said",
])


def _run_together(t: Token) -> bool:
    """Two words written as one: a function word glued to a known word (see the module's doc)."""
    text = t.text
    if len(text) >= 8 and text.isalpha() and text[0].isupper() and text[1:].islower():
        return _name_run_into(text.lower())
    if len(text) < 6 or not (text.isalpha() and text.islower()) or t.ent_type_:
        return False
    if _known(text) or text in model_strings():
        return False
    for k in range(2, len(text) - 3):
        front, back = text[:k], text[k:]
        if front in _JOINING_WORDS and front != "after" and len(back) >= 4 and _known(back):
            return True
    return _joined_behind(text, shortest_front=4)


def _joined_behind(text: str, *, shortest_front: int) -> bool:
    """Whether a known word of ``shortest_front`` letters or more has a joining word of three or
    more glued behind it ("votersand", "Independentthat" lower-cased)."""
    return any(
        text[k:] in _JOINING_WORDS and len(text) - k > 2 and _known(text[:k]) for k in range(shortest_front, len(text) - 2)
    )


def _name_run_into(lower: str) -> bool:
    """A capitalised word that is a known word of six letters or more with a joining word of
    three or more glued behind it ("telling The Nevada Independentthat ending …", j228): a name's
    last word run into the next one. Names do not end so ("Maryland", "Delaware", "Jonathan":
    what is left in front is no word; "Pearland", "Rajasthan": a word of five letters, so six).
    Counted over the first 8,000 AllSides stories: five such words, all run together
    ("Presidentthat", "Foundationsaid", "Statisticsfrom", "Generalwas", "Mirrorthat")."""
    if _known(lower) or lower in model_strings():
        return False
    return _joined_behind(lower, shortest_front=6)


def _misspelt(t: Token) -> bool:
    """A typo (round 45): a lower-case content word (noun, verb, adjective, adverb) of five
    letters or more that neither the lexicon nor the pipeline's own vocabulary (the words of its
    training text, ``nlp.model_strings``) knows, between two lower-case words,
    and that one letter (dropped, added, changed or two swapped) turns into a word the lexicon
    knows ("genaral" → "general", "soccerl" → "soccer"). Left alone: a coinage ("retweet",
    "livestream"), which is no slip from another spelling; a word the lexicon knows once a
    prefix many of its words share ("un-", "non-", "over-"), another inflection ("renewables")
    or a split into two words ("landmine") is taken off; a stem one letter short of its derived
    form ("complicit": "complicity"); a word the story writes twice the same way ("fracking");
    a name (a capital, an entity type)."""
    text = t.text
    if len(text) < 5 or not (text.isalpha() and text.islower()) or t.ent_type_ or t.pos_ not in _CONTENT_TAGS:
        return False
    if _known(text) or text in model_strings() or _derived(text):
        return False
    doc = t.doc
    if t.i == 0 or t.i + 1 >= len(doc) or sum(1 for u in doc if u.text == text) > 1:
        return False  # a word written the same way twice is the writer's spelling ("fracking"), not a slip of the keys
    if not all(n.text.isalpha() and n.text.islower() for n in (doc[t.i - 1], doc[t.i + 1])):
        return False
    forms = _content_forms()
    return any(e in forms and not (e.startswith(text) and len(e) == len(text) + 1) for e in _edits(text))


def _derived(word: str) -> bool:
    """Whether the word is a known word with a prefix the lexicon's words often take, two
    known words joined, or another part of speech's regular form of a known word."""
    if any(word[: len(p)] == p and _known(word[len(p):]) for p in _productive_prefixes()):
        return True
    if any(_known(word[:k]) and _known(word[k:]) for k in range(3, len(word) - 1)):
        return True
    lexicon = lemmatizer_lexicon()
    lemmas = set().union(*lexicon.index.values()) if lexicon.index else set()
    rules = {rule for pos_rules in lexicon.rules.values() for rule in pos_rules}
    return any(old and word.endswith(old) and word[: len(word) - len(old)] + new in lemmas for old, new in rules)


@lru_cache(maxsize=1)
def _productive_prefixes() -> tuple[str, ...]:
    """Openings of two to five letters that, taken off, leave a known word in at least 200 of
    the lexicon's words ("un", "re", "non", "over", "inter" …), read from the lexicon."""
    forms = _content_forms()
    counts: dict[str, int] = {}
    for w in forms:
        for k in range(2, 6):
            if len(w) - k >= 3 and w[k:] in forms:
                counts[w[:k]] = counts.get(w[:k], 0) + 1
    return tuple(sorted(p for p, n in counts.items() if n >= 200))


def _edits(word: str) -> set[str]:
    """Every spelling one letter away: one dropped, swapped with the next, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    }


@lru_cache(maxsize=1)
def _content_forms() -> frozenset[str]:
    """Every one-word form the lexicon knows, less the stop words: its lemmas, irregular forms,
    and the regular forms English spelling makes of them ("-s"/"-es"/"-ies", "-ed"/"-d"/"-ied",
    "-ing", "-er"/"-est"): a misspelt content word is read against content words ("tge" is not
    "the" by this sign)."""
    lexicon = lemmatizer_lexicon()
    forms: set[str] = set()
    for pos, lemmas in lexicon.index.items():
        forms.update(lemmas, lexicon.irregular.get(pos, ()))
        for lemma in lemmas:
            if pos in ("noun", "verb"):
                forms.add(_plural(lemma))
            if pos == "verb":
                forms.update(_suffixed(lemma, "ed"), _suffixed(lemma, "ing"))
            if pos == "adj":
                forms.update(_suffixed(lemma, "er"), _suffixed(lemma, "est"))
    return frozenset(f for f in forms if f.isalpha() and len(f) >= 3) - english_stop_words()


def _plural(word: str) -> str:
    if word.endswith(_SIBILANT_ENDS):
        return word + "es"
    if len(word) > 1 and word[-1] == "y" and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _suffixed(word: str, ending: str) -> str:
    """"-ed", "-ing", "-er", "-est" as spelling adds them: a silent "e" dropped, a "y" after a
    consonant turned to "i" (not before "-ing")."""
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + ending
    if ending != "ing" and len(word) > 1 and word[-1] == "y" and word[-2] not in _VOWELS:
        return word[:-1] + "i" + ending
    return word + ending
