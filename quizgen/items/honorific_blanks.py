"""A blank after an honorific asks for the words the article wrote there: "Mr. ____ said" over
"Mr. Peck said" is answered "Peck", not "Robert Peck" — the sentence never wrote the given
name, and "Mr. Robert Peck" is no form a reader would fill in. The full name stays accepted.

The honorific must not give the answer away, though: "… said Mrs. ____ …" when she is the
story's only "Mrs.", or when the other choices are men, is asked without it ("… said ____ …",
``untitled_blank``). Nor is an honorific of the other gender any accepted form of a person's
name: "Mr. Clinton" is no answer for Hillary Clinton (``titled_aliases``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.constants import HONORIFIC_GENDERS
from quizgen.facts.names import surname
from quizgen.models import Item

# Honorifics that go with a surname alone in news style ("Mr. Peck", "Dr. Carson").
_HONORIFIC_BLANK = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+____")
# A run of name words after the honorific in the article's sentence ("Mr. Peck", "Mr. Van Buren").
_NAME_RUN = r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*)"
# Words of a patronymic ("Bandar bin Sultan"): its last word is a father's name, no surname.
_PATRONYMIC = frozenset(["bin", "ibn", "bint", "ben", "abu", "al", "el"])
# An accepted form with an honorific that tells a gender ("Mr. Clinton"); "Dr." tells none.
_TITLED_ALIAS = re.compile(r"(?P<title>Mr|Mrs|Ms|Miss)\.?\s+\S")


def titled_aliases(item: Item, gender: Callable[[str], str]) -> Item:
    """``item`` without the accepted forms of its answer whose honorific tells the other gender
    than the answer's known one (``gender``: 'm', 'f' or '?'): no "Mr. Clinton" for Hillary
    Clinton, whoever else of that surname the story names."""
    known = gender(item.answer)
    if known == "?" or not item.accept:
        return item
    kept = [a for a in item.accept if (m := _TITLED_ALIAS.match(a)) is None or HONORIFIC_GENDERS[m.group("title").lower()] == known]
    return item if kept == item.accept else item.model_copy(update={"accept": kept})


def untitled_blank(item: Item, body: str | None, gender: Callable[[str], str]) -> Item:
    """``item`` asked without the honorific before its blank when that honorific gives the answer
    away: the story (``body``, the article of its first evidence) writes it before no other name
    ("… said Mrs. ____ …" of its only "Mrs."), or it tells a gender and a choice is someone known
    (``gender``) to be of the other, unless the answer is a bare surname, which the honorific
    alone tells from the family's others. Other items come back as they are."""
    if item.style != "cloze" or body is None:
        return item
    m = _HONORIFIC_BLANK.search(item.question)
    if m is None:
        return item
    title = m.group("title")
    answer_words = set(item.answer.split())
    others = {
        run.group(1)
        for run in re.finditer(rf"\b{title}\.?\s+([A-Z][\w'’-]*)", body)
        if run.group(1) not in answer_words
    }
    told = HONORIFIC_GENDERS.get(title.lower())
    mixed = told is not None and any(gender(c) not in ("?", told) for c in item.choices if c != item.answer)
    if others and not mixed:
        return item
    if len(item.answer.split()) == 1:
        return item  # "Mrs. ____ was careful …" → "Romney": without "Mrs." the bare surname reads as her husband (j180)
    # "… said Mrs. ____ …" → "… said ____ …", answered with the full name as any other blank
    return item.model_copy(update={"question": item.question[: m.start()] + "____" + item.question[m.end() :]})


def surname_after_honorific(item: Item) -> Item:
    """``item`` answered with what the blank after "Mr."/"Mrs."/"Ms."/"Dr." stood for in its
    evidence, when that is a shorter form of the answer ("Peck" of "Robert Peck"); choices
    become surnames too (unchanged if two would share one). Other items come back as they are:
    "Mr. ____ has long considered a deal likely" over "Mr. Peck has …" is answered "Peck"."""
    if item.style != "cloze" or len(item.answer.split()) < 2:
        return item
    m = _HONORIFIC_BLANK.search(item.question)
    if m is None:
        return item
    answer_words = item.answer.split()
    written = None
    for ev in item.evidence:
        for run in re.finditer(rf"\b{m.group('title')}\.?\s+{_NAME_RUN}", ev.text):
            words = run.group(1).split()
            # the shorter form the sentence wrote: the answer's last words, or its surname
            if len(words) < len(answer_words) and (answer_words[-len(words) :] == words or words == [surname(item.answer)]):
                written = " ".join(words)
                break
        if written:
            break
    if written is None:
        return item
    choices = item.choices
    if choices:
        if any(w.lower() in _PATRONYMIC for c in choices for w in c.split()[:-1]):
            return item  # "Bandar bin Sultan" has no "Mr. Sultan": keep the full names
        short = [written if c == item.answer else surname(c) for c in choices]
        if len({c.casefold() for c in short}) != len(short):
            return item  # two people of one surname: only the full names tell them apart
        choices = short
    accept = [item.answer] + [a for a in item.accept if a != written and a != item.answer]
    return item.model_copy(update={"answer": written, "accept": accept, "choices": choices})


def honorific_disagrees(item: Item, gender: Callable[[str], str]) -> bool:
    """Whether ``item`` is a cloze whose blank follows an honorific of the other gender than the
    answer's known one ("Mrs. ____ said …" answered with a man): the card would teach a wrong
    name, or the speaker was resolved to the wrong one of a family — no card."""
    if item.style != "cloze":
        return False
    m = _HONORIFIC_BLANK.search(item.question)
    told = HONORIFIC_GENDERS.get(m.group("title").lower()) if m is not None else None
    if told is None:
        return False
    return any(gender(name) not in ("?", told) for name in [item.answer, *item.accept] if _TITLED_ALIAS.match(name) is None)


def honorific_wording(item: Item, body: str | None, gender: Callable[[str], str]) -> Item:
    """``item`` with its honorific blank settled: the honorific left out where it gives the
    answer away (``untitled_blank``), a blank after one answered by the surname written there
    (``surname_after_honorific``), no accepted form titled for the other gender
    (``titled_aliases``)."""
    return titled_aliases(surname_after_honorific(untitled_blank(item, body, gender)), gender)
