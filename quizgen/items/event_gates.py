"""The gates an event fact passes to become a card: it asks well, the definite descriptions it
leans on are named ("the academy" → "Islamic Saudi Academy"), its answer is not cut before
"of", and a reader finds the answer in the evidence. Moved from ``items.events``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from quizgen.constants import ACTOR_PRONOUNS, OBJECT_PLUS_COMPLEMENT
from quizgen.facts.records import EventFact, Reference
from quizgen.ingest.articles import Article
from quizgen.items.deck_events import Event
from quizgen.items.distractors import fold
from quizgen.items.entity_names import ampersand, debris
from quizgen.items.wording import contains
from quizgen.models import EventItem

CAPTION_MARK = re.compile(r"\s*\((?:left|right|center|centre|top|bottom|above|below|pictured|far left|far right|L|R|C)\)", re.IGNORECASE)
PRONOUN_WORDS = frozenset(w for ws in ACTOR_PRONOUNS.values() for w in ws) | {"his", "her", "its", "their", "he", "she", "it", "they"}


def resolved_fact(f: EventFact, references: Mapping[str, Sequence[Reference]] | None) -> EventFact | None:
    """The event with a definite description for an actor or an answer named as the article
    names it ("the academy" → "Islamic Saudi Academy"), or None when one it leans on has no
    safe name: "What did the academy announce?" and "Who won the caucus?" name nothing a
    reader of the card can pin. Pronouns inside the answer ("its stake") point at the actor
    (``extract.event_phrases.stands_alone``) and are left as written."""
    answer_start = f.end - len(f.answer)
    if CAPTION_MARK.search(f.answer):
        # "Trayvon Martin (right)": a photo's caption run into the sentence
        f = replace(f, answer=CAPTION_MARK.sub("", f.answer).strip())
    refs = [
        r for r in (references or {}).get(f.article_id, ())
        if r.kind != "bound" and r.text.split()[:1] and r.text.split()[0].lower() not in PRONOUN_WORDS
    ]
    if _occasion_dropped(f, refs):
        return None  # "During the trip, Tsang will visit local enterprises": which trip, the text before said
    actor_refs = [r for r in refs if r.start == f.start]
    words = f.actor.split()
    if len(words) == 2 and words[0] == "the" and (f.actor_label == "GROUP" or words[1].islower()):
        # "the court", "the academy": an institution named by its kind alone
        named = [r.name for r in actor_refs if r.name]
        if not named:
            return None
        f = replace(f, actor=named[0].removeprefix("the ").removeprefix("The "), actor_label="ORG")
    inside = [r for r in refs if answer_start <= r.start < f.end]
    if not inside:
        return f
    if len(inside) == 1 and inside[0].name and (inside[0].start, inside[0].end) == (answer_start, f.end):
        return replace(f, answer=inside[0].name.strip("[]"))
    return None


def _occasion_dropped(f: EventFact, refs: list[Reference]) -> bool:
    """Whether the sentence opens, before the event's actor, with words a question leaves out that
    lean on the text before and are left unnamed ("During the trip, …", "At the meeting, …"), and
    the answer names nothing of its own (no name, no number): the question then says neither on
    which occasion nor of what ("Who will visit local enterprises?"). An answer with a name ("signed
    a deal with Kia") still says which act."""
    if re.search(r"[A-Z0-9]", f.answer):
        return False
    # the leaning words end a short phrase that opens the sentence just before the actor ("During
    # the trip, Tsang", "And after the meeting, Lee"): the occasion the question leaves out, not
    # words deep in a clause before it ("in a turn that called to mind … the … movement, Mr. Cruz")
    return any(
        r.name is None and r.kind == "thing" and 0 <= r.start - f.sent_start <= _OPENING_CHARS and 0 <= f.start - r.end <= 2
        for r in refs
    )


_OPENING_CHARS = 16  # a preposition or two and a connective before the leaning words ("And in the wake of ")


def asked_well(f: EventFact) -> bool:
    """Whether the event makes a question at all: not a question asked ("asked whether he was
    glad": a finite clause, speech, and the parse often inverts who asked whom; "weighing
    whether to join" is a decision under way), not an appeal to a bare person
    ("Boyle asked Trump": what was asked, the sentence's quotation says), no name cut by markup
    ("Dow Jones amp Co.")."""
    if f.verb_class == "seek" and f.answer_kind == "object" and f.wh == "Who":
        return False
    if f.answer_kind == "clause" and f.answer.split(" ", 1)[0].lower() in ("whether", "if", "what", "who", "why", "how", "which", "when", "where"):
        return False
    if f.question_aux == "to":
        return False  # "U.S. to increase overtime eligibility": a headline's infinitive, no event
    return not (debris(ampersand(f.actor)) or debris(f.answer))


def cut_before_of(event: Event, articles: dict[str, Article]) -> bool:
    """Whether the event's answer stops where its sentence goes on with "of" ("has won a series
    | of primaries", "released an excerpt | of the book"): the parse hung the phrase elsewhere,
    and neither "What has Clinton won?" → "a series" nor "Who has won a series?" says anything."""
    f = event.fact
    if OBJECT_PLUS_COMPLEMENT.get(f.verb) == "of":
        return False  # "accused Paribas | of planning …": the frame's own complement
    return _goes_on_with(event, articles, "of")


def complement_left_out(event: Event, articles: dict[str, Article]) -> bool:
    """Whether the sentence goes on after the answer with the second complement the verb's frame
    takes (``OBJECT_PLUS_COMPLEMENT``: "blamed local officials | for inflating the estimated cost",
    j237): "Who blamed local officials?" leaves out what for. The frame's "of" is ``cut_before_of``'s."""
    complement = OBJECT_PLUS_COMPLEMENT.get(event.fact.verb)
    return complement not in (None, "of") and _goes_on_with(event, articles, complement)


def _goes_on_with(event: Event, articles: dict[str, Article], word: str) -> bool:
    """Whether the event's sentence goes on with ``word`` right after its answer."""
    f = event.fact
    body = articles[f.article_id].body if f.article_id in articles else ""
    text = body[f.sent_start : f.sent_end]
    at = text.find(f.answer)
    return at >= 0 and re.match(rf"\s+{word}\b", text[at + len(f.answer) :]) is not None


def checkable(item: EventItem, articles: dict[str, Article]) -> bool:
    """Whether a reader finds the answer in the evidence sentence (the actor by any of the
    deck's spellings of it), or, for a definite description named from the text before
    (``resolved_fact``: "the academy" → "Islamic Saudi Academy"), in the article up to it."""
    text = " ".join(e.text for e in item.evidence)
    if contains(text, [item.answer]) or fold(item.answer) in fold(text):
        return True
    if item.asks == "who" and any(fold(a) in fold(text) for a in item.accept):
        return True
    names = re.split(r", | and ", item.answer)
    if item.asks == "who" and len(names) > 1 and all(fold(n) in fold(text) for n in names):
        return True  # people named together ("Martin O'Malley and Mike Huckabee"), each in the sentence
    ev = item.evidence[0]
    article = articles.get(ev.source)
    return article is not None and fold(item.answer) in fold(article.body[: ev.start])


