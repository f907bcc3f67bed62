"""Extraction as the last component of the spaCy pipeline.

Run there, extraction happens inside ``nlp.pipe``'s worker processes when several are used,
instead of in the parent process competing with them for the cores. Each text goes in with
its ``Article`` as context (``as_tuples=True``) and comes back, as an empty ``Doc``, with its
``ArticleFacts``.
"""

from __future__ import annotations

import multiprocessing

from spacy.language import Language
from spacy.tokens import Doc

from quizgen.extract import extract_facts
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
        facts = extract_facts(doc, article=article)
        doc = Doc(doc.vocab)
        doc._context = facts
    return doc


def with_facts_component(nlp: Language) -> Language:
    """``nlp`` with the extraction component last (added once)."""
    if FACTS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(FACTS_COMPONENT, last=True)
    return nlp
