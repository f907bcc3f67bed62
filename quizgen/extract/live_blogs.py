"""Live blogs: an article of timestamped updates ("The Latest: …", "11:20 p.m." on a line of
its own before each entry). Its running tallies change from update to update ("Overall, Trump
leads with 182 delegates" at 9:40 p.m., "… with 221 delegates" an hour later), so a figure
told in the present with no date of its own holds only at its update's time, which a card out
of the article cannot say."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.ingest.articles import Article

if TYPE_CHECKING:
    from spacy.tokens import Span

# a line that is only a time of day: "11:20 p.m.", "9:07 am", "10:11"
_UPDATE_LINE = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
MIN_UPDATES = 3  # fewer time lines may be a schedule or a timeline, not updates
# verbs of a standing in the present ("leads with", "has 69", "trails by", "stands at"), not of
# an act told in the present ("says", "receives", "wants")
STANDING_VERBS = frozenset(["lead", "have", "hold", "trail", "stand", "total", "remain", "be", "sit", "count", "number"])


def live_blog(article: Article) -> bool:
    """Whether the article is a run of timestamped updates: at least ``MIN_UPDATES`` lines
    holding only a time of day.

    >>> live_blog(Article(id="a", path="a", sha256="", title="t", body="9:40 p.m.\\n\\nA.\\n\\n9:15 p.m.\\n\\nB.\\n\\n9:10 p.m.\\n\\nC."))
    True
    """
    return len(_UPDATE_LINE.findall(article.body)) >= MIN_UPDATES


def told_as_standing(figure: Span) -> bool:
    """Whether the figure's clause tells a standing that holds now: a verb of standing in the
    present ("leads with 221 delegates", "Cruz has 69") or any verb in the present perfect
    ("has won at least 139 delegates"), not an act in the past, the future or the present
    ("won 221", "will get at least 11", "says Trump receives 1,265")."""
    verb = figure.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux":
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.tag_ == "VBD" for a in auxes):
        return False  # "will get", "could win", "had won"
    if verb.tag_ in ("VBZ", "VBP"):
        return verb.lemma_.lower() in STANDING_VERBS
    return verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxes)
