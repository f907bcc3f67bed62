"""Former roles: a title the article says its holder held once ("former Mexican President
Felipe Calderon", "Former U.N. Ambassador John Bolton", "ex-Gov. X").

``extract.roles`` gives no current role for such a title (nor any role of that person: the
title elsewhere is a courtesy one). Yet what office a story's person used to hold is often the
first thing a teacher asks of them ("What office did Felipe Calderon formerly hold?"). A
former role is read where a title is, by the same rules (``roles.title_before``, with the
words the parse attaches to it, an "of" place after the name: ``roles.title_of``), and kept only when:

- the word just before the title (after its qualifiers) is one of ``FORMER_ROLE_WORDS``
  ("former", "ex-", "erstwhile", "onetime"): never "then-" (the role of a time the sentence
  tells, perhaps still held), "late" (dead), "outgoing" (still held);
- the title is headed by a role noun and is more than a bare rank ("Gov."); whether it says
  whose it is ("Mexican President", not "Secretary of State": of which country?) is the card's
  to ask (``items.former_roles``);
- the words are the article's own (not inside quotation marks), the sentence is no irrealis
  frame ("a former President X would …") and the article does not say the person died;
- the sentence is no headline set in title capitals (``events.headline_case``).

A former role is only ever asked as former ("In February 2016, Felipe Calderon was a former
____."): many people are former presidents, so nobody is asked "Who was the former …?".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.constants import FORMER_ROLE_WORDS
from quizgen.extract.dates import prose_sentences
from quizgen.extract.events import headline_case
from quizgen.extract.people import person_mentions
from quizgen.extract.roles import (
    apposition_after,
    dead_people,
    has_role_noun,
    irrealis,
    is_qualified,
    normalise_role,
    role_month,
    runs_into_a_clause,
    surname_of,
    time_word,
    title_of,
    trim_role,
)
from quizgen.facts.records import Mention, RoleFact
from quizgen.ingest.articles import Article
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc


# "and a …": a second description of the person after the office ("… of Minnesota and a Republican candidate")
_SECOND_ROLE = re.compile(r"\s+and\s+(?:a|an|the)\s+")


def _whose_by_story(role: str) -> bool:
    """Whether a title that does not say whose it is as ``roles.is_qualified`` reads it may
    still say it to the card: one of several words ("U.N. Ambassador", an office held at a body);
    never one word ("Gov.")."""
    return len(role.split()) > 1


def extract_former_roles(doc: Doc, *, article: Article, mentions: list[Mention] | None = None) -> Iterator[RoleFact]:
    """People named in the prose with a title the article says they held before."""
    sentences = list(prose_sentences(doc, article))
    if not sentences:
        return
    starts = [s.start_char for s in sentences]
    text = doc.text
    as_of = role_month(article)
    dead = dead_people(doc)
    seen: set[tuple[str, str]] = set()
    for mention in person_mentions(doc) if mentions is None else mentions:
        at = bisect_right(starts, mention.start) - 1
        if at < 0 or mention.start >= sentences[at].end_char or not mention.name[:1].isupper():
            continue
        sent = sentences[at]
        if headline_case(sent):
            continue  # a headline in title capitals: its capitals are not a title's (``extract.roles``)
        name_start = text.rfind(mention.name, max(sent.start_char, mention.end - len(mention.name) - 2), mention.end)
        before = text[sent.start_char : name_start if name_start >= 0 else mention.start]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # quoted words are someone's, not the article's
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        titled = title_of(doc, text, sent, before, name, mention.end) if name is not None else None
        if titled is not None and time_word(titled[3]) in FORMER_ROLE_WORDS:
            title, start, end, _ = titled
        else:  # "Howard Dean, the former governor of Vermont, proclaimed …"
            set_off = apposition_after(text[mention.end : sent.end_char + 200].split("\n\n")[0])
            if set_off is None or time_word(set_off[0].split()[0]) not in FORMER_ROLE_WORDS or len(set_off[0].split()) < 2:
                continue
            # "the former senator from Minnesota who is supporting …", "the former governor of
            # Minnesota and a Republican presidential candidate in 2012": the office alone
            office = _SECOND_ROLE.split(trim_role(set_off[0].split(maxsplit=1)[1]), maxsplit=1)[0].strip()
            title, start, end = office, mention.start, mention.end + set_off[1]
        if irrealis(name) or surname_of(mention.name) in dead:
            continue
        role = normalise_role(title)
        if runs_into_a_clause(role):
            continue  # "Moore, the former chief justice of the Alabama supreme court was ahead of …" (j193)
        if not has_role_noun(role, descriptions=False) or not (is_qualified(role) or _whose_by_story(role)):
            continue
        if (mention.name, role) in seen:
            continue
        seen.add((mention.name, role))
        yield RoleFact(
            article_id=article.id,
            person=mention.name,
            role=role,
            start=start,
            end=end,
            sent_start=sentence_start(sent),
            sent_end=sentence_end(sent),
            as_of=as_of,
        )
