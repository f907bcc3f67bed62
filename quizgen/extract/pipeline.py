"""Extraction as the last component of the spaCy pipeline.

Run there, extraction happens inside ``nlp.pipe``'s worker processes when several are used,
instead of in the parent process competing with them for the cores. Each text goes in with
its ``Article`` as context (``as_tuples=True``) and comes back, as an empty ``Doc``, with its
``ArticleFacts``. An exception in extraction is caught here, per article: the article gives
no facts and says why (``FailedFacts``), the deck is still made, and the command warns.
"""

from __future__ import annotations

import multiprocessing

from spacy.language import Language
from spacy.tokens import Doc

from quizgen.extract import FailedFacts, extract_facts
from quizgen.ingest.articles import Article
from quizgen.workers import end_with_parent

FACTS_COMPONENT = "quizgen_facts"


@Language.component(FACTS_COMPONENT)
def facts_component(doc: Doc) -> Doc:
    """Replace the doc's context (its Article) with the facts extracted from it."""
    if multiprocessing.parent_process() is not None:
        end_with_parent()  # a worker of nlp.pipe started by spawning: see quizgen.workers
    article = doc._context
    if isinstance(article, Article):
        # The facts are all the caller wants: an empty Doc carries them, so that a worker
        # process does not serialise the whole parse for the parent to rebuild and drop.
        try:
            facts = extract_facts(doc, article=article)
        except Exception as error:  # noqa: BLE001 - one article's fault must not lose the deck
            # (nor hang it: an exception escaping a worker of nlp.pipe leaves its parent waiting)
            facts = FailedFacts(article=article, failure=f"{type(error).__name__}: {error}")
        doc = Doc(doc.vocab)
        doc._context = facts
    return doc


def with_facts_component(nlp: Language) -> Language:
    """``nlp`` with the extraction component last (added once)."""
    if FACTS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(FACTS_COMPONENT, last=True)
    return nlp
