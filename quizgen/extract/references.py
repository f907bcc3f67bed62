"""Who a sentence's subject pronouns and definite descriptions stand for, when the sentence
itself does not name them.

A card asks one sentence out of its article: "He said the company's figures …" is no question
once "he" and "the company" have lost the paragraph that named them. For each subject or
possessor that is a pronoun (he, she, his, her, it, its, they, their) or a definite
description of an organisation ("the company", "the thrift", "the bank"), and whose
antecedent the sentence does not hold, this finds the person or organisation meant:

- he/she/his/her: the person the preceding text is about, as quote speakers are resolved
  (``speakers.resolve_pronoun``: the last speaker or main-clause subject, gender from the
  first-name lists, "Mr."/"Ms." and the article's own pronouns) — unless a sentence between
  that person's last mention and the pronoun has as its main subject another person the person
  list missed there — someone it knows, or the last word of a name the tagger marked a person
  earlier (a sentence-opening "Sanders," tagged a common noun, "Kopp, 44," a place): the text
  moved on to them, so no name (no card);
- "the company", "the bank": the nearest organisation named before whose own name ends in
  that noun ("Government Development Bank" for "the bank"), else, for a noun of
  ``constants.ORG_HEAD_NOUNS``, the nearest organisation named before as a subject or a
  possessor (what the text is about);
- it/its: the subject of the nearest earlier sentence that has one of its own kind; an
  organisation or a place gives the name, a thing ("The plan … It will cost") gives none; a
  subject before it in its own sentence is its antecedent unless the "it" reports that
  subject's clause ("The fee, it says, would be …") or may continue a thing the sentence before
  left unnamed (``it_antecedents``);
- they/their: a group named as the subject just before ("Republicans"), or two people.

- him/her (objects): the one person of that gender the sentence and the few before it name,
  never the subject of the pronoun's own verb; it/them as objects are never named;
- "the company" described by an adjective that makes it one the story's events form
  (``constants.FORMED_ORG_MODIFIERS``: "the combined company", "the new company"): no name;
- "the company" and its kind in any position, a trade before it ("the restaurant operator")
  not saying which, a name ending in its noun used only for the bare noun ("the bank"); a
  description by trade (``constants.TRADE_HEAD_NOUNS``, "-maker") stays one with a place or a
  nationality before it or an "of" + common noun after it ("the Rockford, Ill., maker of
  fasteners", "The British paper, packaging and publishing concern"), and is named only as the
  business the text is about (``_main_business``: named most, in the lede or alone just before,
  a business) — such words are written to tell one business from another, so a name the text
  is less sure of gives no card; beside a name ("Teck, the Canadian mining company") it is none;
- a noun that is always somebody's (``constants.RELATIONAL_NOUNS``: "Revenue was ____",
  "Third-quarter results …") as a subject with no owner written: the organisation the text
  is about, when one is named most before it, near it, and is a business —
  "[Reed International's] revenue was ____" — else no name (no card).

An organisation the article writes with "the" ("the Supreme Court") keeps it in the bracket.

The other words that lean on the text before — "that year", "Neither", "the poll" — are
``context_mentions``', "three days later" ``time_anchors``', "Local government" with no
place named ``local_scope``', "Twenty people were dead." naming nothing ``bare_counts``'; each sentence's words go to whichever owns them.

Each is a ``Reference`` (plain data, character offsets); ``name`` is None when no antecedent
is safe to name — the card then cannot say whom it is about (``items.wording`` drops it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.extract.bare_counts import bare_count
from quizgen.extract.context_mentions import (
    NounHistory,
    connective_reference,
    context_reference,
    dateline_here,
    elided_subject,
    first_person,
    given_reference,
    quoted_demonstrative,
    relative_year,
    unplaced_there,
)
from quizgen.extract.dates import prose_sentences
from quizgen.extract.local_scope import unplaced_local
from quizgen.extract.marks import find_pieces
from quizgen.extract.org_descriptions import PERSON_HEADS, org_head
from quizgen.extract.ownerless_nouns import PERIOD_NOUNS
from quizgen.extract.reference_resolver import SENTENCES_BACK, _Resolver, unlisted_business
from quizgen.extract.sentence_subjects import SUBJECT_DEPS
from quizgen.extract.time_anchors import unanchored_time
from quizgen.ingest.articles import Article, dateline_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quizgen.facts.records import Mention, Reference

# The resolver's parts live in modules of their own (``reference_resolver``, ``pronoun_checks``,
# ``org_descriptions``, ``ownerless_nouns``, ``sentence_subjects``, ``name_words``); the public
# names stay importable from here.
__all__ = ["PERIOD_NOUNS", "PERSON_HEADS", "SENTENCES_BACK", "SUBJECT_DEPS", "extract_references", "org_head"]


def extract_references(
    doc: Doc, *, article: Article, mentions: list[Mention], speakers: list[tuple[int, str]] = ()
) -> Iterator[Reference]:
    """The references of the article's prose whose sentence does not name what they stand for.

    ``mentions`` are the article's people; ``speakers`` (where, who) its attributed quotations.
    """
    resolver = _Resolver(doc, article=article, mentions=mentions, speakers=list(speakers))
    # Quoted words are the speaker's, "he" in them someone the speaker means: left as said.
    # A quotation may run over several sentences and paragraphs (``marks.find_pieces``).
    pieces = find_pieces(article.body, [(b.start, b.end) for b in article.text_blocks()])
    quoted = sorted((p.start, p.end) for p in pieces)
    starts = [s for s, _ in quoted]
    history = NounHistory()  # the nouns of the sentences before, for "the poll", "the primary"
    place = dateline_place(article)
    sentences = list(prose_sentences(doc, article))
    resolver.lede_end = sentences[0].end_char if sentences else 0
    resolver.unlisted_business = unlisted_business(sentences[0], resolver.orgs) if sentences else None
    for sent in sentences:
        named: set[tuple[str, str | None]] = set()
        covered = -1  # the end of the last reference: "that year" is one, not two
        opening = connective_reference(sent)
        at = bisect_right(starts, sent.start_char) - 1
        if opening is not None and not (at >= 0 and sent.start_char < quoted[at][1]):
            covered = opening.end
            yield opening
        for tok in sent:
            at = bisect_right(starts, tok.idx) - 1
            if tok.idx < covered:
                continue
            if at >= 0 and tok.idx < quoted[at][1]:
                found = quoted_demonstrative(tok)
                if found is None and _quoted_after_its_article(tok, quoted[at][0]):
                    # 'The "abnormality," was first detected …' (j216): the writer's "the" outside
                    # the marks points back as it does before any noun
                    found = context_reference(tok, sent, history=history)
                if found is not None:  # "hasn’t given this issue much thought": which issue?
                    covered = found.end
                    yield found
                continue
            found = (
                relative_year(tok, article.published) or unanchored_time(tok, sent)
                or dateline_here(tok, place) or unplaced_there(tok, sent) or first_person(tok) or elided_subject(tok)
                or unplaced_local(tok, sent) or bare_count(tok, sent, lede=sent.start_char < resolver.lede_end)
            )
            if found is not None:
                pass  # "this year" → "[2016]", "said here" → "said [in Budapest]", "I got …" → no card
            elif resolver.owns(tok):
                found = resolver.reference(tok, sent) or given_reference(tok, sent, history=history)
            else:
                found = context_reference(tok, sent, history=history)
            if found is not None and found.kind == "thing" and found.name is None:
                named_person = resolver.described_subject(tok, sent, sentences)
                if named_person is not None:  # "The Democratic front-runner will propose …"
                    found = replace(found, name=named_person, kind="person")
            if found is None:
                continue
            covered = found.end
            if not found.name or (found.kind, found.name) not in named:  # a word left out ("also") each time
                named.add((found.kind, found.name))  # "[Ann Lee's] company …, she added": named once
                yield found
        history.add(sent, resolver.resolved)  # "The thrift announced a plan": whose plan


def _quoted_after_its_article(tok, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a noun whose "the" stands before the quotation it opens (at ``start``)."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" and c.idx < start for c in tok.children)
