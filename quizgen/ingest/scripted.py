"""The article as a page's scripts hold it: schema.org ``articleBody`` and JSON copies of the DOM.

Pages that render their article with JavaScript carry its text only in their JSON-LD
(``articleBody``), often with the paragraphs run together and with the headlines of related
stories set between them. The page's markup, and the JSON copy of its DOM that its scripts
render from (``window.__STATE__ = {...}``, as htmlparser2 serialises it), tell where the
paragraphs begin (``paragraph_texts``, ``split_at``) and which blocks are one link and nothing
else: other stories' headlines (``link_headlines``, ``without_headlines``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import pairwise

from lxml import etree, html

LINK_HEADLINE_WORDS = 3  # a link-only block of at least this many words is a story's headline
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote"})
PARAGRAPH_START_WORDS = 6  # a page paragraph this long marks where one begins in articleBody
_SENTENCE_ENDS = frozenset('.!?"”’)')


def link_headlines(tree: html.HtmlElement) -> set[str]:
    """Texts of blocks that are one link and nothing else: other stories' headlines.

    Read from the markup and from JSON copies of the DOM in the page's scripts
    (``{"type": "h3", "children": [{"type": "a", ...}]}``, as htmlparser2 serialises it).
    """
    found: set[str] = set()
    for block in tree.iter(*_BLOCK_TAGS):
        links = block.findall(".//a")
        if len(links) == 1 and _flat(links[0].text_content()) == _flat(block.text_content()):
            found.add(_flat(block.text_content()))
    for script in tree.iter("script"):
        for value in _script_json(script.text or ""):
            for node in _ld_nodes_deep(value):
                if node.get("type") not in _BLOCK_TAGS or not isinstance(node.get("children"), list):
                    continue
                children = [c for c in node["children"] if isinstance(c, dict)]
                if len(children) == 1 and children[0].get("type") == "a":
                    found.add(_flat(_json_text(children[0])))
    return {text for text in found if _words(text) >= LINK_HEADLINE_WORDS}


_SCRIPT_ASSIGN = re.compile(r"^\s*(?:(?:window|var|let|const)\b[\w$.\s]*=\s*)?(?=[\[{])")


def paragraph_texts(tree: html.HtmlElement) -> set[str]:
    """Texts of the page's paragraphs, in the markup and in JSON copies of its DOM: where an
    ``articleBody`` that runs its paragraphs together is cut back into paragraphs."""
    found = {_flat(p.text_content()) for p in tree.iter("p")}
    for script in tree.iter("script"):
        for value in _script_json(script.text or ""):
            found.update(_flat(_json_text(n)) for n in _ld_nodes_deep(value) if n.get("type") == "p")
    return {text for text in found if _words(text) >= PARAGRAPH_START_WORDS}


def split_at(text: str, paragraphs: set[str]) -> list[str]:
    """``text`` cut where one of ``paragraphs`` begins right after the end of a sentence."""
    flat = _flat(text)
    cuts = {0, len(flat)}
    for paragraph in paragraphs:
        at = flat.find(paragraph)
        if at > 1 and flat[at - 1] == " " and flat[at - 2] in _SENTENCE_ENDS:
            cuts.add(at)
    ordered = sorted(cuts)
    return [flat[a:b].strip() for a, b in pairwise(ordered)]


def _script_json(text: str) -> Iterator[object]:
    """The JSON value a script holds or assigns (``window.__STATE__ = {...}``), if any."""
    match = _SCRIPT_ASSIGN.match(text)
    if not match:
        return
    try:
        value, _ = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return
    yield value


def _ld_nodes_deep(value: object) -> Iterator[dict]:
    """Every object inside a JSON value (iteratively: page states nest deeply)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _json_text(node: dict) -> str:
    if node.get("type") == "text" and isinstance(node.get("data"), str):
        return node["data"]
    children = node.get("children")
    if not isinstance(children, list):
        return ""
    return "".join(_json_text(c) for c in children if isinstance(c, dict))


def without_headlines(text: str, headlines: set[str]) -> str:
    """``text`` less the headlines set inside it, each only where it stands between words."""
    flat = _flat(text)
    for headline in sorted(headlines, key=len, reverse=True):
        flat = re.sub(rf"(?<!\S){re.escape(headline)}(?!\S)", " ", flat)
    return flat


_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report)$")


def ld_article_body(data: bytes | str) -> str | None:
    """The longest schema.org ``articleBody`` in the page's JSON-LD, if any."""
    try:
        tree = html.fromstring(data)
    except (etree.ParserError, ValueError):
        return None
    best = None
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            value = json.loads(script.text or "")
        except ValueError:
            continue
        for node in _ld_nodes(value):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            body = node.get("articleBody")
            is_article = any(isinstance(t, str) and _ARTICLE_TYPE.search(t) for t in types)
            if is_article and isinstance(body, str) and (best is None or len(body) > len(best)):
                best = body
    return best
def _ld_nodes(value: object) -> Iterator[dict]:
    if isinstance(value, list):
        for v in value:
            yield from _ld_nodes(v)
    elif isinstance(value, dict):
        yield value
        yield from _ld_nodes(value.get("@graph", []))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> int:
    return len(text.split())
