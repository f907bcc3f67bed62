"""Claim cards beside the lede's clozes: a claim ("Who did the FBI say is wanted as a material
witness?", ``extract.claim_events``) gives way to the cloze of the same sentence.

A lede cloze ("____ is wanted as a material witness in the case, the FBI says") shows the
whole sentence and asks the same name; the claim card adds nothing there. The clozes ask a
name once per story, after the event cards' "who" answers (``items.argument_clozes``'s
``taken``), and leave a sentence an event fact was read from to the event cards (``told``,
``owned``): a claim fact must take neither from them, and yields its card where a cloze of its
sentence asks its answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.constants import CLAIMED_CLASS, JUDGED_CLASS
from quizgen.facts.records import EventFact
from quizgen.items.distractors import fold
from quizgen.models import Item

CLAIM_CLASS = "state"  # the verb class claim facts carry: no other event of it makes a card
# Claims, what their clauses act on (``extract.claim_objects``) and what a speaker judged someone
# for (``extract.judged_acts``): read beside the lede's clozes, they take no sentence from them
# ("Obama castigated Trump for ____" stays a cloze, with its doer's)
CLAIM_CLASSES = frozenset([CLAIM_CLASS, CLAIMED_CLASS, JUDGED_CLASS])


def is_claim(item: Item) -> bool:
    return item.kind == "event" and getattr(item, "verb_class", None) in CLAIM_CLASSES


def deeds(facts: Iterable[EventFact]) -> list[EventFact]:
    """The event facts that are no claims: the sentences the clozes leave to event cards (a
    setting's "where" card, ``extract.setting_events``, leaves them the sentence's names)."""
    return [f for f in facts if f.answer_kind not in ("said", "setting") and f.verb_class not in (JUDGED_CLASS, CLAIMED_CLASS)]


def yielding_to_clozes(made: list[tuple[Item, float]]) -> list[tuple[Item, float]]:
    """``made`` without the claim cards whose answer a card of another kind asks from the same
    sentence (the cloze shows the sentence whole); a claim's object card ("What did the FBI say
    Kopp has used?" → "29 aliases") also gives way to one that asks a part of its answer ("The FBI
    says Kopp has used ____ aliases.", "What did QVC acquire?" → "CVN Cos." beside "its
    acquisition of CVN Cos."): the same fact, asked once."""
    asked: dict[tuple[str, int], set[str]] = {}
    for item, _ in made:
        if not is_claim(item):
            for e in item.evidence[:1]:
                asked.setdefault((e.source, e.start), set()).add(fold(item.answer))

    def taken(item: Item) -> bool:
        answers = {a for e in item.evidence[:1] for a in asked.get((e.source, e.start), ())}
        if fold(item.answer) in answers:
            return True
        return getattr(item, "verb_class", None) == CLAIMED_CLASS and any(_inside(a, fold(item.answer)) for a in answers)

    return [(item, score) for item, score in made if not (is_claim(item) and taken(item))]


def _inside(part: str, whole: str) -> bool:
    """Whether ``part`` is written in ``whole`` as whole words."""
    return bool(part) and re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None
