"""A dek: the line under the headline that sums the story up in headline grammar ("At
Tennessee college, Republicans struggle over public endorsement."), set as a paragraph of its
own at the top of the body. Its present tense tells a past event and its nouns go without
articles, so a card copied from it asks a teaser, not the story's sentence ("At Tennessee
college, ____ struggle over public endorsement."); the body tells the same in prose.

A dek is one of the body's first ``DEK_BLOCKS`` prose paragraphs, one sentence long, whose main
verb is a simple present (``event_clauses.present_state``), or a past with its "is" dropped beside
a present in another clause ("Curfew lifted, but town on edge as troops patrol streets"), in a
sentence with no article at all and a singular common noun standing bare as its subject, object
or a preposition's object ("At Tennessee college"). Prose puts a determiner before a singular
noun it counts.

>>> dek_starts(doc, article)  # doctest: +SKIP
frozenset({71})
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.extract.event_clauses import present_state
from quizgen.extract.events import bare_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from quizgen.ingest.articles import Article

DEK_BLOCKS = 3
_ARTICLES = frozenset(["a", "an", "the"])
_BARE_ROLES = frozenset(["nsubj", "dobj", "pobj"])


def dek_starts(doc: Doc, article: Article) -> frozenset[int]:
    """The start offsets of the dek sentences among the body's first paragraphs."""
    starts = set()
    for block in list(article.text_blocks())[:DEK_BLOCKS]:
        sents = [s for s in doc.sents if block.start <= s.start_char < block.end and s.text.strip()]
        if len(sents) == 1 and dek_grammar(sents[0]):
            starts.add(sents[0].start_char)
    return frozenset(starts)


def dek_grammar(sent: Span) -> bool:
    """Whether a sentence is set in a dek's headline grammar (looser than
    ``events.headline_grammar``, for a line already known to stand at the top): a simple present (or a headline's clipped
    passive beside one), no article, a bare singular common noun."""
    if not (present_state(sent.root) or _clipped_passive(sent)) or any(t.lower_ in _ARTICLES for t in sent):
        return False
    return any(t.tag_ == "NN" and t.dep_ in _BARE_ROLES and bare_noun(t) for t in sent)


def _clipped_passive(sent: Span) -> bool:
    """A main verb in the past with its subject and no auxiliary, object or complement, in a
    sentence whose other clause is a simple present ("Curfew lifted, but town on edge as troops
    patrol streets"): a headline's passive with its "is" dropped beside a headline's present.
    Prose writes "was lifted" and tells both clauses in one tense. (Read on the dev corpora: no
    prose paragraph at the top of a PolNeAR or TimeBank dev article is so set.)"""
    root = sent.root
    return (
        root.tag_ in ("VBD", "VBN")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in root.children)
        and any(present_state(t) for t in sent if t is not root)
    )
