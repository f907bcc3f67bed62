"""The lede's blanks a teacher would ask (``extract.lede_blanks``) → cloze cards, a few per story.

A story's first sentences carry its key facts, but most of them fill no slot the lede readers
read (``extract.lede_arguments``, ``extract.lede_objects``). The blank reader scores every
askable phrase of the lede by how likely a teacher's question asks it; here the best of each
story become clozes, made as the lede's other clozes are (``items.argument_clozes``: the same
wording, giveaway checks, and wrong choices of the answer's kind for a name; a phrase that is
no name is asked typed). Each story gets at most ``PER_STORY`` such cards, one a sentence, and
only in sentences no event card asks (a second card of one sentence would give the other
away), never a name the story's event cards already ask. A blank whose sentence leaves it many
right answers is the reader's risk: the cards are judged in the fresh samples like every kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from quizgen.facts.names import fold
from quizgen.facts.records import ArgumentFact, Reference
from quizgen.items.argument_clozes import argument_items

if TYPE_CHECKING:
    from quizgen.ingest.articles import Article
    from quizgen.items.distractors import PeoplePool
    from quizgen.items.entity_index import EntityIndex
    from quizgen.items.person_choices import Cast
    from quizgen.models import EventItem, Item

PER_STORY = 3
# references that keep a sentence from being blanked: a name for someone would be a guess no
# reader can check ("[Tobin Ryan's] distaste", fresh92), and an "also" left out makes the blank
# ask for all of what it adds to ("… accede to NATO on Friday were [also] ____" → "Poland and
# the Czech Republic", b6: Hungary was the third). Others are written as every cloze writes
# them: a day or a week named in brackets ("a request [in the week of 31 January 2000]"), a body
# by its name ("[the Justice Department]"), a connective left out ("And on Monday" → "On
# Monday"); one the text gives no name for drops the card (``wording.cloze``).
LEANING_KINDS = frozenset(["person", "group", "first_person", "additive"])
BLANK_TAG = "lede-blank"


def blank_items(
    facts: list[ArgumentFact],
    *,
    made: Iterable[Item],
    owned: Iterable[tuple[str, int]] = (),
    articles: dict[str, Article],
    names: Mapping[str, str],
    people: PeoplePool,
    entities: dict[str, list[str]],
    cast: Cast | None = None,
    references: Mapping[str, Sequence[Reference]] | None = None,
    index: EntityIndex | None = None,
) -> list[tuple[EventItem, float]]:
    """Cloze cards of the best blanks of each story (``facts``: ``lede_blanks``' facts, each
    with its score); ``made`` are the cards made so far, whose event sentences and "who"
    answers are left to them; ``owned`` the (article, sentence start) of sentences the event
    cards own (``argument_clozes.sentences_events_own``: an act others did too has no one right
    doer); ``references`` the words of each article that stand for someone or something their
    sentence does not name. A sentence with one that stands for a person, or an "also"
    (``LEANING_KINDS``), is not blanked: unnamed, it leaves the card leaning on the sentence before
    ("They said ____ was investigating …"), and a name put in its place ("[Tobin Ryan's]
    distaste", fresh92) is a guess no reader can check. The others are named in the cloze as
    every cloze names them."""
    made = list(made)
    owned = set(owned)
    # per story: the sentences' starts of its event cards, each card's (evidence start, answer
    # words), and each word that stands for a person its sentence does not name
    event_starts: dict[str, list[int]] = {}
    answers: dict[str, list[tuple[int, set[str]]]] = {}
    for i in made:
        for e in i.evidence:
            answers.setdefault(e.source, []).append((e.start, _words(i.answer)))
            if i.kind == "event":
                event_starts.setdefault(e.source, []).append(e.start)
    leaning = {story: [r.start for r in refs if r.kind in LEANING_KINDS] for story, refs in (references or {}).items()}
    taken = [(e.source, i.answer) for i in made if i.kind == "event" and i.asks == "who" for e in i.evidence]
    out: list[tuple[EventItem, float]] = []
    by_story: dict[str, list[ArgumentFact]] = {}
    for fact in facts:
        by_story.setdefault(fact.article_id, []).append(fact)
    for story, blanks in sorted(by_story.items()):
        asked: set[int] = set()
        for fact in sorted(blanks, key=lambda f: (-f.score, f.start, f.end)):
            if len(asked) == PER_STORY:
                break
            if fact.sent_start in asked or (story, fact.sent_start) in owned:
                continue
            if any(fact.sent_start <= start < fact.sent_end for start in event_starts.get(story, ())):
                continue  # an event card asks the sentence
            if any(fact.sent_start <= at < fact.sent_end and not fact.start <= at < fact.end for at in leaning.get(story, ())):
                continue  # "They said ____ was investigating …": the sentence leans on someone before it
            cards = argument_items(
                [fact], articles=articles, names=names, people=people, entities=entities, cast=cast,
                references=references, taken=taken, told=(), owned=(), index=index,
            )
            for item, score in cards:
                words = _words(item.answer)
                if any(
                    fact.sent_start <= start < fact.sent_end and other and (words <= other or other <= words)
                    for start, other in answers.get(story, ())
                ):
                    continue  # "said Wasserman Schultz" beside the quote card asking who said it (or "Debbie Wasserman Schultz")
                out.append((item.model_copy(update={"tags": [*item.tags, BLANK_TAG]}), score))
                taken.append((story, item.answer))
                asked.add(fact.sent_start)
    return out


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if w not in ("the", "a", "an")}
