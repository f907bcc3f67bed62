"""An opinion piece's own judgements: "____ has made the right decision to travel" in an
editorial is the writer's view, not news; no card asks it as a fact unless someone the
sentence names is said to hold it ("Ames said the council made the right decision")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    EVALUATIVE_WORDS,
    JUDGEMENT_MODALS,
    OPINION_OPENING_CUES,
    OPINION_TITLE_CUES,
    REPORTING_VERBS,
)
from quizgen.extract.quoted_text import quoted_chars
from quizgen.ingest.articles import Article

if TYPE_CHECKING:  # spaCy is imported only where a text is parsed (a cached run never does)
    from spacy.tokens import Doc, Span

_OPENING_CHARS = 300  # "The New York Times said in an editorial on Monday, Oct. 26:" opens the body
_FIRST_PERSON = frozenset(["i", "we"])
_LABEL_MARKS = (":", "|", "-", "–", "—", "/")


def opinion_piece(article: Article) -> bool:
    """Whether the article says it is an editorial, an op-ed or a column.

    >>> opinion_piece(Article(id="a", path="a", sha256="", body="", title="EDITORIAL: A decision"))
    True
    """
    title = article.title.lower().lstrip(" '\"‘“")
    # the cue as a label before a mark ("EDITORIAL: …", "Opinion | …"), not a word of the
    # headline ("Editorial staff cut at the Post")
    if any(title.startswith(cue) and title[len(cue) : len(cue) + 2].strip()[:1] in _LABEL_MARKS for cue in OPINION_TITLE_CUES):
        return True
    opening = " ".join(article.body[:_OPENING_CHARS].lower().split())
    return any(cue in opening for cue in OPINION_OPENING_CUES)


def judgement_sentences(doc: Doc, *, article: Article) -> set[int]:
    """The start offsets of the sentences in which an opinion piece's writer judges: an
    evaluative word ("right", "wisely") or a modal of duty ("should") outside quotation marks,
    in a sentence whose judgement no one it names reports. Empty for any other article."""
    if not opinion_piece(article):
        return set()
    quoted = quoted_chars(doc)
    return {sent.start_char for sent in doc.sents if _judges(sent, quoted) and not _attributed(sent, quoted)}


def _judges(sent: Span, quoted) -> bool:
    return any(
        t.idx not in quoted
        and (
            (t.lower_ in EVALUATIVE_WORDS and t.pos_ in ("ADJ", "ADV"))
            or (t.lower_ in JUDGEMENT_MODALS and t.tag_ == "MD")
        )
        for t in sent
    )


def _attributed(sent: Span, quoted) -> bool:
    """A reporting verb with a subject other than the writer ("Ames said …", not "we believe")."""
    return any(
        t.idx not in quoted
        and t.pos_ == "VERB"
        and t.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _FIRST_PERSON for c in t.children)
        for t in sent
    )
