"""Sentences that are only the tag of a quotation right before them: "Trump said at a San Antonio
fundraiser, according to audio obtained by the Texas Tribune." The splitter cut the quotation off
(it ended in its own full stop), so the verb of saying is left with nothing said: no clause, no
object, no quoted words. A card from such a sentence asks a fragment ("Trump said at a San
Antonio fundraiser, according to audio obtained by the ____.": said what?); none is made.

A verb that needs what is said (``constants.SAYING_NEEDS_WORDS``, with "add" and "write") counts
as having it with a clause ("said that …"), an infinitive ("told them to …"), words run on
("said, it is over") or, for all but "tell" (whose object is whom it told), an object ("said
this", "wrote a letter").

>>> bare_speech_tags(doc)  # doctest: +SKIP
frozenset({812})
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import SAYING_NEEDS_WORDS
from quizgen.extract.events import QUOTE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TAG_VERBS = SAYING_NEEDS_WORDS | {"add", "write"}
_SAID = frozenset(["ccomp", "xcomp", "parataxis", "csubj", "advcl"])
_ANSWERS = frozenset(["yes", "no", "so"])  # "only 28 said yes": what was said


def bare_speech_tags(doc: Doc) -> frozenset[int]:
    """The start offsets of ``doc``'s sentences whose verb of saying is left with nothing said."""
    return frozenset(s.start_char for s in doc.sents if is_bare_speech_tag(s))


def is_bare_speech_tag(sent: Span) -> bool:
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in _TAG_VERBS or root.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children):
        return False  # "The same could not be said for Jones …": no verb of saying
    if not _after_a_quotation(sent):
        return False  # the tag of no quotation cut off before it
    if any(ch in sent.text for ch in QUOTE_MARKS) or sent.text.rstrip().endswith(":"):
        return False  # the words are in it, or follow it
    said = _SAID if lemma == "tell" else _SAID | {"dobj"}
    return not any(c.dep_ in said or c.lower_ in _ANSWERS for c in root.children)


def _after_a_quotation(sent: Span) -> bool:
    """Whether a closing quotation mark ends the text just before the sentence ("… right?”
    Trump said at …"): the quotation its verb of saying tags."""
    before = sent.doc.text[max(0, sent.start_char - 4) : sent.start_char].rstrip()
    return before.endswith(("”", '"', "''", "»"))
