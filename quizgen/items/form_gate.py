"""The last look at a card's form: text a reader would mark "not well-formed" is never a card.

Rounds of judged samples found cards whose words came out of assembly broken in ways no one
rule upstream could promise to prevent: a quotation mark left without its partner ("… could
be blackmailed on ____.”", "““You don't win …”") where a sentence or a quotation was cut
across a mark, and a question that opens on a lowercase fragment ('"have been following a
policy …" on their premium brands, …') because its subject was cut away. Neither can be
repaired with certainty (where did the quotation begin? who "have been following"?), so the
card is not made, and the sentence's or article's next card takes its place; so is a card whose
round brackets do not pair ("the 13th summit of the ____) opened", answered "… (SAARC"). Nor is a question
that ends on a participle of saying with nothing said (", writing." where the sentence went on
'writing "Allow me …"' and the cut left the quotation out).

>>> from quizgen.items.form_gate import form_problems
>>> form_problems("This is a person who could be blackmailed on ____.”", "6 May 2016", [])
['unpaired quotation marks']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.constants import (
    NAME_PARTICLES,
    NEWS_REPORTING_VERBS,
    ORG_HEAD_NOUNS,
    SAYING_NEEDS_WORDS,
)
from quizgen.extract.number_words import TENS, UNITS
from quizgen.models import Item
from quizgen.nlp import english_stop_words, english_word, lemmatizer_lexicon

_OPENING_MARKS = "“\"‘'(["
# "the ____' area of responsibility": a name's possessive mark left behind by its blank (j39)
DANGLING_POSSESSIVE = re.compile(r"____(['’])(?!s\b)")
_CLOSING_AFTER = ".,;:!?)]}—–…'’”"
# "the above four countries", "the aforementioned report": only the text before says which
# ("the latter month", j90: the one the text named last; which month, only the text before says)
_BACK_POINTER = re.compile(
    r"\b(?:the|these|those|this|that)\s+(?:above|aforementioned|above-?mentioned)\b|\bthe\s+latter\b",
    re.IGNORECASE,
)
# A "Who …?" question ending on a copula, an article, a preposition or a joining word: a reported
# clause cut mid-way ("What did Iraq allege Ritter was?" ends so and is whole: not a "Who").
_STOPS_MID_CLAUSE = re.compile(r"\s(?:are|is|was|were|be|been|am|the|a|an|of|to|and|or|that|which|whose)\?$")
# A word's last letters, a sentence's stop (and a closing quotation mark), and the next
# sentence's first word with no space between: "ads.OFA plans", "trouncing.The", "House.\"So".
# Two lower-case letters before the stop: no abbreviation ("U.S.", "a.m."); three capitals or a
# capital and lower-case after it: no brand of two ("Hill.TV").
_GLUED_SENTENCES = re.compile(r"(?:(?<![@/\w.])[A-Za-z]*[a-z]{2}|\])[.!?][”\"’]?[“\"]?(?:[A-Z][a-z]+\b|[A-Z]{3,}\b|____)(?![.@/])")
# A time counted from one the text before gave: "the next day", "the following week", "a day
# later", "that morning", "the day before".
_TIME_FROM_BEFORE = re.compile(
    r"\b(?:the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night|week|month)"
    r"|(?:a|one|two|three|several)\s+(?:days?|weeks?|months?)\s+(?:later|earlier|before|after)(?!\s+(?:the|that|his|her|its|their|[A-Z0-9]))"
    r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week)"
    r"|the\s+(?:day|night|week)\s+(?:before|after)(?!\s+(?:the|that|his|her|its|their|[A-Z0-9])))\b",
    re.IGNORECASE,
)
# "Both facilities have a commitment fee of ____" (j93): a sentence that opens on "both" and a
# plural says which two only by the text before it ("shareholders of both companies" has them in
# its own sentence; "Both banks and insurers …" names them; a quotation opening the question is the
# speaker's words)
_BOTH_POINTER = re.compile(r"^(?:\[[^\]]*\]\s+)?[Bb]oth\s+(?:[a-z]+\s+)?[a-z]+s\b(?!\s+and\b)")
# A blank before a bracket and a company's legal form ("lead manager ____ (Deutschland) AG", j90),
# or before a comma and one ("____, S.A. signed a letter of intent" of "Petroleos de Venezuela,
# S.A.", j105): the answer is cut from a longer name.
_CUT_BEFORE_LEGAL_FORM = re.compile(
    r"____(?:\s+\([^()]{1,30}\))?,?\s+(?:AG|GmbH|Ltd|Inc|Corp|Co|SA|S\.A|NV|N\.V|BV|B\.V|Plc|PLC|SpA|S\.p\.A|Bhd)(?![A-Za-z])"
)
# A blank glued to a letter or a digit ("lived through the ____29" of "the Crash of '29", j107):
# the answer is part of a word.
# So is one glued to a bracket of the same word ("a tax-exempt ____(c)4 committee" of "501(c)4", j223).
_GLUED_BLANK = re.compile(r"____[A-Za-z0-9]|[A-Za-z0-9]____|____\([A-Za-z0-9]{1,3}\)")
# A capitalised number after the blank ("delayed the completion of ____ Two", "____ III"): the
# number of the name the answer ends ("Unit Two", "Phase One", "World War II").
_NUMBERED_AFTER_BLANK = re.compile(
    r"____\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|II|III|IV|VI|VII|VIII|IX|X)(?![\w'’-])"
)
# "lower- ____", "mid-____", "by mid- in ____": a word cut at its hyphen, the blank or the card's
# assembly taking the rest (j51: "lower-117 yen", "mid-June"). A hyphen suspended before "and",
# "or" or "to" ("pre- and post-war") is English; a blank before a hyphen ("its ____-a-share
# offer") keeps the word whole.
_CUT_AT_HYPHEN = re.compile(r"(?<![A-Za-z])[a-z]+-____|[A-Za-z]-\s+(?!(?:and|or|to|nor)\b)(?:____|[A-Za-z])")
# number words ("five", "forty-one", "dozens"): a figure's answer, never a description
_COUNT_WORDS = frozenset([*UNITS, *TENS, "dozen", "score", "hundred", "thousand", "million", "billion", "trillion"])


def form_problems(question: str, answer: str, choices: Sequence[str]) -> list[str]:
    """What makes this card's text malformed, one phrase a problem; empty when nothing does."""
    problems = []
    if not all(quotation_marks_pair(text) for text in (question, answer, *choices)):
        problems.append("unpaired quotation marks")
    if not all(brackets_pair(text) for text in (question, answer, *choices)):
        problems.append("unpaired brackets")
    if names_nothing(question):
        problems.append("a bare sentence that names nothing")
    if opens_mid_sentence(question):
        problems.append("opens mid-sentence")
    if ends_on_saying(question):
        problems.append("a verb of saying with nothing said")
    if re.fullmatch(r"0\d+", answer.replace(",", "")):
        problems.append("an answer of a number's trailing digits")  # "165, ____ hectares" → "000"
    if _BACK_POINTER.search(question) or _BOTH_POINTER.search(question):
        problems.append("points back to what the text said above")  # "The above four countries account for ____"
    if describes_the_name_after(question, answer):
        problems.append("the answer is a description of the name after its blank")
    if _CUT_BEFORE_LEGAL_FORM.search(question):
        problems.append("the blank cuts a company's name before its legal form")
    if _CUT_AT_HYPHEN.search(question):
        problems.append("a word cut at its hyphen")
    if _GLUED_BLANK.search(question):
        problems.append("the blank cuts a word")
    if answer.split()[-1:] and answer.split()[-1][:1].isupper() and _NUMBERED_AFTER_BLANK.search(question):
        problems.append("the blank cuts a name before its number")  # "____ Two" of "Vogtle's Unit Two" (stop 58)
    if _NAME_THE_BEFORE_BLANK.search(question):
        problems.append("the blank cuts a name after its 'The'")
    if number_glued_in_question(question, answer):
        problems.append("the question writes the answer's number into another word")  # "(256K DRAM)" (j102)
    if word_of_the_answer_before_blank(question, answer):
        problems.append("the blank cuts a name after one of its words")  # "De ____" for Herman De Croo (j98)
    if re.match(r"[-–—,;:]", answer.strip()) or re.search(r"[-–—,;:]$", answer.strip()):
        problems.append("a stray mark at the answer's edge")  # "- triple the value": the sentence's dash, blanked
    if _ENDS_ON_JOINER.search(answer.strip()):
        problems.append("the answer ends on a joining word")  # "Whitbread Book of" cut from "… of the Year" (j69)
    if _CUT_ABBREVIATION.fullmatch(answer.strip()):
        problems.append("an abbreviation cut before its last stop")  # "U.S" from "in the U.S.." (j94)
    if _POINTING_BACK.search(answer):
        problems.append("the answer points back at what the text named")  # "coordinator for this facility" (j88)
    if description_for_a_name(answer):
        problems.append("the answer is a capitalised description, no name")  # "the Bank planned …" → "Bank" (j84)
    if question.startswith("Who ") and _STOPS_MID_CLAUSE.search(question):
        # "Who said though most supervisors “…,” they do behave in ways that are?" (j238): a
        # reported clause cut at a comma before its last words ("often inadvertently, discriminatory")
        problems.append("the question stops mid-clause")
    if _GLUED_SENTENCES.search(_QUOTED.sub(" ", question)):  # quoted words are shown as the speaker's text gave them
        # "… included in the ads.OFA plans …", "is alreadyIn the average state" (j236, j237): a web
        # page's paragraphs run together with no space, one sentence glued to the next
        problems.append("two sentences glued together")
    if _UNDATED_DAY.search(_QUOTED.sub(" ", question)):
        # "… reject a merger with Baker International Corp today." (j85): the dates stage leaves a
        # "today" whose clause tells no time (it may mean nowadays); on a card read later it is no day
        problems.append("a day of writing the card does not date")
    return problems


def number_glued_in_question(question: str, answer: str) -> bool:
    """Whether a figure's answer stands in the question inside a word or a label ("output of ____
    kilobit dynamic random access memory (256K DRAM)" → 256, j102): the card gives it away."""
    number = re.match(r"(\d[\d,.]*\d|\d)(?:\s+[a-z]+)*$", answer.strip())  # a figure, not a date ("24 June 2016")
    if number is None or "____" not in question:
        return False
    rest = question.replace("____", " ")
    # glued to letters, not an ordinal's ending or a decade's ("24th", "1980s") nor a hyphened word ("a 20-minute warning")
    return re.search(rf"(?<![\w.,]){re.escape(number.group(1))}(?!(?:st|nd|rd|th|s)\b)[A-Za-z]", rest) is not None


def word_of_the_answer_before_blank(question: str, answer: str) -> bool:
    """Whether the capitalised word right before the blank is one of the answer's own inner
    words: "De ____ criticized …" → "Herman De Croo" (j98: the sentence's "De Croo", its
    particle left outside the blank) reads "De Herman De Croo" filled in.

    >>> word_of_the_answer_before_blank("De ____ criticized the way", "Herman De Croo")
    True
    >>> word_of_the_answer_before_blank("President ____ said", "Barack Obama")
    False
    """
    m = re.search(r"(?:^|\s)([A-Z][\w.'’-]*)\s+____", question)
    if m is None:
        return False
    words = answer.split()
    return m.group(1) in words[1:]


# "U.S", "U.K": a dotted abbreviation without its last stop, cut by the tokenizer before a doubled stop
_CUT_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# "this facility", "these shares": which one, only the text before says; not a time ("this year"),
# nor "those" ("those responsible" are whoever is)
_POINTING_BACK = re.compile(
    r"\b(?:this|these)\s+(?!(?:year|week|month|morning|afternoon|evening|quarter|season|time|summer|winter|spring|autumn|fall|decade|century)s?\b)[a-z]",
    re.IGNORECASE,
)


# "today", "tonight" left as the article wrote them (a day the dates stage dated is bracketed)
_UNDATED_DAY = re.compile(r"(?<![\w\[’'-])(?:today|tonight)(?![\w’'-])(?![^\[]*\])", re.IGNORECASE)


# Words by which the text refers back to a body it named ("the Bank", "the Government"): capitalised
# in wire copy as if names, alone they say which body to no one who has not read the story.
_DESCRIPTION_WORDS = ORG_HEAD_NOUNS | frozenset(["government", "administration"])


def description_for_a_name(answer: str) -> bool:
    """Whether an answer is one such word alone ("Bank", "the Government"), not a name.

    >>> description_for_a_name("the Government"), description_for_a_name("Kodak")
    (True, False)
    """
    words = answer.strip().split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _DESCRIPTION_WORDS


# An answer whose last word is one that only joins words ("of", "and", "the", "for"): a name or a
# phrase cut before its end ("Whitbread Book of [the Year]"); no whole answer ends on one.
_ENDS_ON_JOINER = re.compile(r"\s(?:of|and|or|the|a|an|for|to|in|on|at|with|by|from|nor|&)$")


# "… his life, The ____ was best foreign language film" (BBC dev: "The Sea Inside" answered
# "Sea Inside"): a capital "The" inside a sentence begins a name the blank took the rest of.
_NAME_THE_BEFORE_BLANK = re.compile(r"[a-z0-9,;)]\s+The ____")
# Words that speak in the first person: outside quotation marks, the card never says whose.
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:we|our|ours|my|me|us|myself|ourselves|(?:We|Our|My)(?!\s+[A-Z]))(?![\w’'-])|(?<![A-Za-z][a-z]\s)(?<![\w’'-])I(?![\w’'.-])")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def speaker_unsaid(question: str) -> bool:
    """Whether the question speaks in the first person outside quotation marks: "At a certain
    point in ____, I was driving in on a Friday afternoon" (BBC dev: quoted words whose
    quotation the cut left behind). Whose "I" it is the card does not say. "I" after a
    capitalised word is a name's numeral ("World War I", "Elizabeth I"), and "Our" before one
    begins a name ("Our Principles PAC"). Quote cards are not asked (``item_form_problems``):
    their answer is whose words they are."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", question)))


def item_form_problems(item: Item) -> list[str]:
    problems = form_problems(item.question, item.answer, item.choices)
    if item.kind != "quote" and speaker_unsaid(item.question):
        problems.append("a first person with no speaker")  # a quote card's answer is whose words they are
    if item.kind != "quote" and _THIRD_PERSON.search(_QUOTED.sub(" ", item.question)) and cut_from_quotation(item):
        problems.append("quoted words cut from their speaker speak of someone unnamed")
    if item.style == "cloze" and asks_instead_of_telling(item.question):
        problems.append("a sentence that asks, no fact told")
    if item.kind == "date" and _TIME_FROM_BEFORE.search(_QUOTED.sub(" ", item.question)):
        # "The next day, on ____, Prime Minister Boris Johnson was his cheery self." (j237): the day
        # is counted from one the sentence before gave, and that day is a choice
        problems.append("a date counted from a day the text before gave")
    return problems


def asks_instead_of_telling(question: str) -> bool:
    """Whether a cloze's sentence is itself a question ("What would ____ of all that be?", an
    op-ed's rhetorical one, j164): it tells no fact, whatever fills its blank. A sentence that
    ends on a quoted question ('… asked, "Why now?"') is the quotation's."""
    return question.rstrip().endswith("?")


# A person spoken of in the third person: in quoted words cut from their speaker, whom they
# mean is the speaker's context, which the card left behind.
_THIRD_PERSON = re.compile(r"(?<![\w’'-])(?:he|she|him|her|his|hers)(?![\w’'-])", re.IGNORECASE)
_QUOTE_OPENERS = ("“", '"')


def cut_from_quotation(item: Item) -> bool:
    """Whether the question is the inside of a quotation whose speaker the cut left out:
    'Rhodri Glyn Thomas … said: "It's exactly the same target she set in ____' (BBC fresh12,
    j64) asks "It's exactly the same target she set in ____", an opening mark right before
    the words it keeps."""
    if not item.evidence or "____" not in item.question:
        return False
    opening = item.question.split("____", 1)[0][:40]
    if not opening.strip():
        return False
    text = item.evidence[0].text
    at = text.find(opening)
    return at > 0 and text[:at].rstrip().endswith(_QUOTE_OPENERS)


def mended_possessive(question: str, answer: str = "") -> str:
    """The question with a bare possessive mark after its blank written whole: "the ____' area
    of responsibility" (the Philippines') → "the ____'s area …"; a blank stands for any name,
    and "'s" is how a reader marks its possessive. An answer whose last word is a regular plural
    of an English noun keeps the bare mark English gives a plural ("Farmers' incomes", "the
    Yankees' coach": "Farmers's" reads wrong, j49)."""
    if regular_plural(answer):
        return question
    return DANGLING_POSSESSIVE.sub(lambda m: f"____{m.group(1)}s", question)


def regular_plural(text: str) -> bool:
    """Whether the text's last word is a regular plural of a noun the lexicon knows ("Farmers",
    "Lehman Brothers"), not a name or a noun that ends in "s" itself ("Philippines", "news")."""
    words = text.split()
    if not words:
        return False
    last = words[-1].strip(".,;:'’").lower()
    if not last.endswith("s") or last.endswith("ss"):
        return False
    lexicon = lemmatizer_lexicon()
    return lexicon.knows(last, "noun") and not lexicon.knows(last, "noun", endings=False)


def names_nothing(question: str) -> bool:
    """Whether a cloze is a short sentence with no name, number or bracketed context besides its
    blank ("Campaigning ends on ____.", j39): which campaign, only the sentences before say."""
    if "____" not in question:
        return False
    words = question.replace("____", " ").split()
    if not words or len(words) >= 6 or any(c.isdigit() for c in question):
        return False
    first = words[0].strip(",.;:").lower()
    if words[0][:1].isupper() and not (english_word(first) or first.endswith("ing") or first in english_stop_words()):
        return False  # "Delmont also cut ____ jobs": the sentence opens on a name
    return not any(w[:1].isupper() or w[:1] == "[" for w in words[1:])


def describes_the_name_after(question: str, answer: str) -> bool:
    """Whether the answer is only words in lower case and the blank stands right before a
    capitalised word: the blank took a description off the name it modifies ("Sochaux beat ____
    Marseille 1-0" answered "ailing giants"), and a reader asked for the one thing the blank holds
    names the team. A figure ("____ Iraqi soldiers") is a number, not a description.

    >>> describes_the_name_after("Sochaux beat ____ Marseille 1-0.", "ailing giants")
    True
    >>> describes_the_name_after("Sochaux beat ____ 1-0.", "Marseille")
    False
    """
    after = question.partition("____")[2].split()
    words = answer.split()
    if not after or not words or any(p.lower().removesuffix("s") in _COUNT_WORDS for w in words for p in w.split("-")):
        return False  # "killed ____ Dallas officers" answered "five": a figure
    if not all(w.isalpha() and w.islower() for w in words):
        return False
    following = after[0].lstrip(_OPENING_MARKS)
    return following[:1].isupper() and following != "I"


def brackets_pair(text: str) -> bool:
    """Whether every round bracket closes one opened before it: "the 13th summit of the ____)
    opened" (its answer "… Cooperation (SAARC") was cut inside a bracket (j38)."""
    return _nested(text, "(", ")")


def quotation_marks_pair(text: str) -> bool:
    """Whether every curly double mark closes one opened before it, and straight double marks
    come in twos. Single marks are left alone: "’" is also the apostrophe ("Obama’s")."""
    return _nested(text, "“", "”") and _straight_marks_pair(text)


def _nested(text: str, opening: str, closing: str) -> bool:
    """Whether every ``closing`` mark closes an ``opening`` one before it, and all are closed."""
    depth = 0
    for c in text:
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _straight_marks_pair(text: str) -> bool:
    """Whether straight double marks alternate opening and closing, read from what touches
    them: a mark after a space (or at the start, or after an opening bracket or dash) opens, one
    before a space or a stop closes; a mark touching words on both sides or neither tells
    nothing and is taken as the next in turn. 'force" on ____, calling it "absurd.' holds two
    marks but opens on a closing one: the quotation's beginning was cut away."""
    inside = False
    for i, c in enumerate(text):
        if c != '"':
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = before.isspace() or before in _OPENING_MARKS or before in "—–"
        closes = after.isspace() or after in _CLOSING_AFTER
        if opens and not closes and inside or closes and not opens and not inside:
            return False
        inside = not inside
    return not inside


def opens_mid_sentence(question: str) -> bool:
    """Whether the question's first word is in lower case: a fragment whose beginning was cut
    ("and refrain from …", '"have been following …"'). A blank ("____ said …"), a name's
    particle before a capitalised word ("de Klerk said"), and a word with capitals inside
    ("eBay", "iPhone") begin a sentence."""
    words = question.lstrip(_OPENING_MARKS).split()
    if not words or not words[0][:1].islower():
        return False
    first = words[0]
    if any(c.isupper() for c in first[1:]):
        return False
    return not (first in NAME_PARTICLES and len(words) > 1 and words[1][:1].isupper())


def ends_on_saying(question: str) -> bool:
    """Whether the question ends on ", saying." / ", writing:": a participle of a verb of
    saying (``NEWS_REPORTING_VERBS``) after a comma, its quotation cut away; or, with no comma,
    on one that always says something (``SAYING_NEEDS_WORDS``: "a voice over saying.").

    >>> ends_on_saying("Carson shared a syllabus on his Facebook page, writing.")
    True
    >>> ends_on_saying("The ad ends with a voice over saying.")
    True
    >>> ends_on_saying("On ____, Ames defended the fee on Facebook, saying that …")
    True
    >>> ends_on_saying("“We will win,” he said.")
    False
    """
    words = question.rstrip().rstrip(".:… ").split()  # not past a closing mark: "Who said: “… saying”?"
    if words and words[-1].lower() in ("that", "in part"):  # ", saying that." is cut as surely
        words = words[:-1]
    if len(words) < 2 or not words[-1].endswith("ing"):
        return False
    word, before = words[-1], words[-2]
    stem = word[:-3].lower()
    verbs = {stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else ""}
    if before.endswith(","):
        return any(v in NEWS_REPORTING_VERBS for v in verbs)
    # no comma ("ends with a voice over saying."): only a verb that cannot stand without what
    # is said; "without saying" is whole, and "precincts reporting" or "kept writing" need nothing
    return bool(verbs & SAYING_NEEDS_WORDS) and before.lower() != "without"
