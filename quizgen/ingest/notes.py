"""Editor's notes set just before the article's container: "This story first appeared in …".

Sites put a syndicated or corrected story's note in its own box between the byline and the
article element, so extractors that pick the article's container (trafilatura, readability)
leave it out. readability's original sibling rule (Arc90) admits a sibling paragraph of the
chosen container when it is a sentence with little link text; here the container is found as
the nearest element holding the article's first and last paragraphs, and its few preceding
siblings are searched for such sentences — never inside navigation, headers, footers, asides,
forms or figures, never in a box with a button or a field (a cookie banner, a sign-up), and
never a paragraph with an image.

>>> notes_before_article(tree, blocks=["Just a week into …", "…", "It takes a lot …"])  # doctest: +SKIP
['This story originally appeared on Grist.']
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import html

NOTE_SIBLINGS = 3  # how many of the container's preceding siblings may hold a note
NOTE_WORDS = (4, 40)  # a note is a sentence of this many words ...
NOTE_LINK_SHARE = 0.5  # ... with at most this share of its characters in links
_SENTENCE_ENDS = (".", "!", "?", ".”", '."', ".)")
_NOT_ARTICLE = frozenset({"nav", "header", "footer", "aside", "form", "figure", "figcaption", "button", "dialog"})
_CONTROLS = ("button", "input", "select", "textarea", "iframe")  # a box with these is a banner or a sign-up


def notes_before_article(tree: html.HtmlElement, *, blocks: Sequence[str]) -> list[str]:
    """The sentences set just before the element that holds the first and last of the article's
    ``blocks`` that are paragraphs of the page."""
    container = _container(tree, [_flat(b) for b in blocks])
    if container is None:
        return []
    notes: list[str] = []
    sibling = container.getprevious()
    for _ in range(NOTE_SIBLINGS):
        if sibling is None:
            break
        if isinstance(sibling.tag, str) and sibling.tag not in _NOT_ARTICLE and not _has_controls(sibling):
            notes[:0] = [text for para in sibling.iter("p") if (text := _note(para, sibling))]
        sibling = sibling.getprevious()
    return notes


def _container(tree: html.HtmlElement, blocks: Sequence[str]) -> html.HtmlElement | None:
    paras = {_flat(p.text_content()): p for p in reversed(list(tree.iter("p")))}  # the first of equals
    found = [paras[b] for b in blocks if b in paras]
    if not found:
        return None
    start, end = found[0], found[-1]
    above = set(start.iterancestors())
    return next((a for a in end.iterancestors() if a in above), None)


def _has_controls(box: html.HtmlElement) -> bool:
    return any(True for _ in box.iter(*_CONTROLS))


def _note(para: html.HtmlElement, top: html.HtmlElement) -> str | None:
    text = _flat(para.text_content())
    if not NOTE_WORDS[0] <= len(text.split()) <= NOTE_WORDS[1] or not text.endswith(_SENTENCE_ENDS):
        return None
    if para.find(".//img") is not None:
        return None
    link_chars = sum(len(_flat(a.text_content())) for a in para.iter("a"))
    if link_chars > NOTE_LINK_SHARE * len(text):
        return None
    for ancestor in para.iterancestors():
        if ancestor is top:
            break
        if ancestor.tag in _NOT_ARTICLE:
            return None
    return text


def _flat(text: str) -> str:
    return " ".join(text.split())
