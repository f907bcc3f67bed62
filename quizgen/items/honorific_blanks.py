"""A blank after an honorific asks for the words the article wrote there: "Mr. ____ said" over
"Mr. Peck said" is answered "Peck", not "Robert Peck" — the sentence never wrote the given
name, and "Mr. Robert Peck" is no form a reader would fill in. The full name stays accepted."""

from __future__ import annotations

import re

from quizgen.facts.names import surname
from quizgen.models import Item

# Honorifics that go with a surname alone in news style ("Mr. Peck", "Dr. Carson").
_HONORIFIC_BLANK = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+____")
# A run of name words after the honorific in the article's sentence ("Mr. Peck", "Mr. Van Buren").
_NAME_RUN = r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*)"
# Words of a patronymic ("Bandar bin Sultan"): its last word is a father's name, no surname.
_PATRONYMIC = frozenset(["bin", "ibn", "bint", "ben", "abu", "al", "el"])


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
