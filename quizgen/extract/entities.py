"""Organisations and places named in an article, and the acronyms it defines for them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.constants import CLAUSE_OPENER_TAGS, CONSUME_VERBS, PRODUCT_NAME_NOUNS, PRODUCT_NOUNS
from quizgen.extract.person_roles import extend_left
from quizgen.facts.records import Alias, EntityMention
from quizgen.ingest.articles import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
PRODUCT = "PRODUCT"  # spaCy's label for goods: an ORG name the article uses as a product gets it
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|on|de|du)?\s*[A-Z][\w&'’.-]*){1,7}"
_LONG_THEN_SHORT = re.compile(rf"(?:the\s+)?({_NAME})\s+\(([A-Z][A-Za-z.&]{{1,9}})\)")
_SHORT_THEN_LONG = re.compile(rf"\b([A-Z][A-Z.&]{{1,9}})\s+\((?:the\s+)?({_NAME})\)")


def entity_mentions(doc: Doc, *, article: Article) -> Iterator[EntityMention]:
    """ORG, GPE, NORP, LOC and FAC entities in the article's prose; an ORG name the article
    uses as a product anywhere ("Kellogg's Corn Flakes") is labelled PRODUCT throughout."""
    blocks = sorted((b.start, b.end) for b in article.text_blocks())
    starts = [s for s, _ in blocks]
    products = product_names(doc)
    # "Foreign Minister [Khursheed Mahmood] Kasuri": a surname the tagger took for a place is the
    # person's name (``person_roles.extend_left``), no place of its own
    named = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.end, extend_left(e).end)}
    for ent in doc.ents:
        at = bisect_right(starts, ent.start_char) - 1  # the block that starts last at or before it
        if ent.start in named:
            continue
        if ent.label_ in ENTITY_LABELS and at >= 0 and ent.start_char < blocks[at][1]:
            if len(ent) > 1 and ent[0].tag_ in CLAUSE_OPENER_TAGS:
                ent = ent[1:]  # "…, Which Holderbank agreed to acquire" (j77, the wire's capital): "Holderbank"
            text = ent.text.strip()
            if text[:1].isupper():
                label = PRODUCT if ent.label_ == "ORG" and text in products else ent.label_
                yield EntityMention(text=text, label=label, start=ent.start_char, end=ent.end_char)


def product_names(doc: Doc) -> set[str]:
    """Names spaCy tags ORG that the article uses as products: a company's possession
    ("Kellogg's Corn Flakes", "General Mills' Cheerios"), a name over a goods noun ("its
    Cheerios line", "the Tide brand"), one of "such brands as …" / "brands such as …" (and the
    names listed with it), or the object of eating or drinking ("kids eat Cheerios")."""
    orgs = [ent for ent in doc.ents if ent.label_ == "ORG"]
    owners = {ent.text.strip().removesuffix("'s").removesuffix("’s") for ent in orgs if ent.root.dep_ == "poss"}
    # the tagger may call the same name a place where it is used as a product ("its [Iressa]
    # drug" tagged GPE, "[Iressa] proved no better" ORG): every use counts
    named = [ent for ent in doc.ents if ent.label_ in ("ORG", "GPE", "PRODUCT", "FAC")]
    # a name that owns things ("Kellogg's share", "Kellogg's Corn Flakes") is a company's
    return {ent.text.strip() for ent in named if _used_as_product(ent)} - owners


def _used_as_product(ent: Span) -> bool:
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Corn Flakes, Rice Krispies and Frosted Flakes": as the first is used
    if any(c.dep_ == "poss" and c.ent_type_ == "ORG" and c.i < ent.start for c in ent.root.children):
        return True  # "Kellogg's Corn Flakes"
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod") and head.lower_ in PRODUCT_NAME_NOUNS:
        return True  # "its Cheerios line"
    if root.dep_ == "appos" and head.lower_ in PRODUCT_NOUNS:
        return True  # "two brands, Cheerios and Wheaties"
    if root.dep_ == "pobj" and head.lower_ == "as" and _of_goods(head):
        return True  # "such brands as Corn Flakes", "brands such as Cheerios"
    return root.dep_ == "dobj" and head.lemma_.lower() in CONSUME_VERBS


def _of_goods(prep: Token) -> bool:
    """Whether an "as" hangs from a goods noun, itself or through "such" ("brands such as")."""
    for tok in (prep.head, prep.head.head):
        if tok.lower_ in PRODUCT_NOUNS:
            return True
    return False


def defined_aliases(article: Article) -> Iterator[Alias]:
    """Acronyms defined in the prose: "Long Name (ACR)" and "ACR (the Long Name)"."""
    for block in article.text_blocks():
        for m in _LONG_THEN_SHORT.finditer(block.text):
            if initials_match(m.group(2), m.group(1)):
                yield Alias(short=m.group(2), long=m.group(1))
        for m in _SHORT_THEN_LONG.finditer(block.text):
            if initials_match(m.group(1), m.group(2)):
                yield Alias(short=m.group(1), long=m.group(2))


def initials_match(short: str, long: str) -> bool:
    """NATO ↔ North Atlantic Treaty Organization: the acronym's letters are the long name's
    initials, in order (small words may be skipped)."""
    letters = [c for c in short.upper() if c.isalpha()]
    initials = [w[0].upper() for w in long.split() if w[:1].isalpha()]
    it = iter(initials)
    return len(letters) >= 2 and all(any(c == i for i in it) for c in letters) and initials[0] == letters[0]
