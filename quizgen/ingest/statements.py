"""Whether a paragraph reads as a statement: one line of sentences, each with a subject and a verb.

Page furniture set in links is mostly headlines ("Related: The 15 weirdest galaxies"), names and
calls to action ("Visit our homepage for more stories."); a paragraph a site sets wholly in a link
can still be the article's own sentence (a fact-check's conclusion linked to its source, a
summary sentence linked to the earlier story). spaCy's parse tells them apart: a statement's
every sentence is built on a verb with a subject, a headline on a noun or without a sentence
end, an imperative has no subject. The parse is English; other languages are never read as statements here.

>>> reads_as_statement("The inquiry was closed in 2017 but reopened this year.")  # doctest: +SKIP
True
>>> reads_as_statement("Visit our homepage for more stories.")  # doctest: +SKIP
False
"""

from __future__ import annotations

from quizgen.nlp import load_pipeline

PROSE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")  # how a paragraph of sentences ends
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")  # spaCy's subject relations
PARSED_LANGUAGES = (None, "en")  # the page languages spaCy's English pipeline reads


def sentence_shaped(text: str) -> bool:
    """Whether a block reads as running sentences: one line, ending as a sentence ends (a block
    of lines is a table, a list or a title glued to what follows)."""
    return "\n" not in text.strip() and text.rstrip().endswith(PROSE_ENDS)


def reads_as_statement(text: str, *, language: str | None = None) -> bool:
    """Whether ``text`` is one line of sentences each of which is built on a verb with a subject
    (``SUBJECTS``): a statement, not a headline (a noun with a relative clause: "Ten ferries that
    changed history."), a list of names or an imperative."""
    if language not in PARSED_LANGUAGES or not sentence_shaped(text):
        return False
    doc = load_pipeline()(text)
    return all(
        sent.root.pos_ in ("VERB", "AUX") and any(t.dep_ in SUBJECTS for t in sent.root.children)
        for sent in doc.sents
    )
