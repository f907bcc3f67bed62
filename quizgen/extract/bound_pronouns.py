"""Pronouns bound inside their sentence: "The more voters learn about Ann Lee, the more they
like her" — "her" is Ann Lee, whom the sentence names. ``extract.references`` leaves these
alone (the sentence says who); a cloze that blanks the name needs to know, or the pronoun
points into the blank and tells the answer's gender."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.extract.people import PersonIndex
from quizgen.extract.quoted_text import quoted_chars
from quizgen.facts.records import BoundPronoun, Mention
from quizgen.ingest.articles import Article

if TYPE_CHECKING:  # spaCy is imported only where a text is parsed (a cached run never does)
    from spacy.tokens import Doc, Token

_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_SUBJECTS = ("nsubj", "nsubjpass")


def extract_bound_pronouns(
    doc: Doc, *, article: Article, mentions: list[Mention], resolved: frozenset[int] = frozenset()
) -> Iterator[BoundPronoun]:
    """Each he/she pronoun outside quotation marks with the person its sentence names that it
    most likely stands for: the only one of its gender, else the nearest subject before it
    (after it when none is before: "Before he left, Lee said …"). A non-reflexive pronoun is
    never its own clause's other argument ("Lee praised him")."""
    index = PersonIndex(mentions, text=article.body, headline=article.title or "")
    for tok, found in _bindings(doc, mentions=mentions, index=index, resolved=resolved):
        yield BoundPronoun(
            tok.text, tok.idx, tok.idx + len(tok.text), found.name, "bound",
            antecedent_start=found.start, antecedent_end=found.end,
            by_subject=_commands(doc, found, tok),
        )


def told_genders(doc: Doc, *, mentions: list[Mention], index: PersonIndex) -> dict[str, str]:
    """The gender the text's own pronouns give people whose name does not tell it: full name →
    "m"/"f" when every pronoun bound to the person as the subject of the clause holding it
    ("Clinton was on track, even with her loss"; "Lee said he …") is of that gender. One such
    pronoun is enough to rule a person out for a pronoun of the other gender; a pronoun in a
    clause the person is only an object of ("a superdelegate supporting Clinton, said he …")
    tells nothing. Kept for the last parse and people asked about (one article is read at a time)."""
    key = (id(doc), tuple((m.start, m.name) for m in mentions))
    if _told_cache.get("key") != key:
        votes: dict[str, set[str]] = {}
        for tok, found in _bindings(doc, mentions=mentions, index=index):
            if _commands(doc, found, tok):
                votes.setdefault(_full(index, found), set()).add(_GENDERS[tok.lower_])
        _told_cache.clear()
        _told_cache.update(key=key, doc=doc, genders={n: g.pop() for n, g in votes.items() if len(g) == 1})
    return _told_cache["genders"]  # type: ignore[return-value]


_told_cache: dict[str, object] = {}  # holds the doc too, so that its id is not reused meanwhile


def _bindings(
    doc: Doc, *, mentions: list[Mention], index: PersonIndex, resolved: frozenset[int] = frozenset()
) -> Iterator[tuple[Token, Mention]]:
    """(pronoun, the person its sentence names that it stands for), as ``extract_bound_pronouns``
    reads them."""
    quoted = quoted_chars(doc)
    for sent in doc.sents:
        people = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.start not in quoted]
        if not people:
            continue
        for tok in sent:
            gender = _GENDERS.get(tok.lower_)
            if gender is None or tok.tag_ not in ("PRP", "PRP$") or tok.idx in quoted or tok.idx in resolved:
                continue  # ``resolved``: pronouns ``extract.references`` found to lean on the text before
            fitting = [
                m for m in people
                if not (m.start <= tok.idx < m.end) and index.gender(_full(index, m)) in ("?", gender)
                and (tok.lower_.endswith("self") or not _co_argument(doc, tok, m))
            ]
            found = _antecedent(doc, tok, fitting)
            if found is not None:
                yield tok, found


def _full(index: PersonIndex, m: Mention) -> str:
    return index.full_name(m.name, before=m.start + 1) or m.name


def _root(doc: Doc, m: Mention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _co_argument(doc: Doc, tok: Token, m: Mention) -> bool:
    """Whether the person is the pronoun's own clause's subject or other argument, which a
    plain "him" never stands for: "Lee praised him"; also the understood subject of a clause
    without one ("Clinton welcomed Blair, praising him": the one praising is Clinton)."""
    root = _root(doc, m)
    if root is None or root.i == tok.i or tok.dep_ == "poss":
        return False
    verb = tok.head
    if root.head.i == verb.i:
        return True
    own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    return not own_subject and verb.dep_ in ("advcl", "xcomp") and root.dep_ in _SUBJECTS and root.head.i == verb.head.i


def _subject(doc: Doc, m: Mention) -> bool:
    root = _root(doc, m)
    return root is not None and root.dep_ in _SUBJECTS


def _kind_named(doc: Doc, m: Mention) -> bool:
    """"the downtown Oncenter": a name after "the" is a place's or a thing's, not a person's."""
    root = _root(doc, m)
    return root is not None and any(c.dep_ == "det" for c in root.children)


def _other_name_between(doc: Doc, m: Mention, tok: Token) -> bool:
    """Whether a name the person list missed stands between the person and the pronoun ("Ryan
    was firm — Trump must prove that he …", "Trump" tagged a noun): the pronoun may be that one's."""
    lo, hi = sorted((m.end, tok.idx))
    span = doc.char_span(lo, hi, alignment_mode="contract")
    return span is not None and any(
        t.ent_type_ == "PERSON" or (t.dep_ in _SUBJECTS and (t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start)))
        for t in span
    )


def _commands(doc: Doc, m: Mention, tok: Token) -> bool:
    """Whether the person is the subject of a clause that holds the pronoun ("Lee said he …",
    "Lee, who had stories of her work, …"): the sentence is about them."""
    root = _root(doc, m)
    if root is None or root.dep_ not in _SUBJECTS:
        return False
    return root.head.left_edge.i <= tok.i <= root.head.right_edge.i


def _antecedent(doc: Doc, tok: Token, fitting: list[Mention]) -> Mention | None:
    fitting = [m for m in fitting if not _kind_named(doc, m)]
    if len(fitting) == 1 and (fitting[0].start < tok.idx or _subject(doc, fitting[0])):
        found: Mention | None = fitting[0]  # after the pronoun only as a subject ("Before he left, Lee …")
    else:
        subjects = [m for m in fitting if _subject(doc, m)]
        before = [m for m in subjects if m.start < tok.idx]
        after = [m for m in subjects if m.start > tok.idx]
        found = before[-1] if before else after[0] if after else None
    if found is None or _other_name_between(doc, found, tok):
        return None
    return found
