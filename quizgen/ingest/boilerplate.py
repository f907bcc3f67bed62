"""Page furniture among the paragraphs trafilatura kept: jusText's judgement, checked by readability.

trafilatura keeps an article's container, and with it the lines a site sets inside it: a
"Related" heading whose links it dropped, a copyright line, a journal reference, a row of tags
or links, a caption. jusText (Pomikálek, *Removing Boilerplate and Duplicate Content from Web
Corpora*, 2011) tells such lines from prose by their length, their share of stopwords and their
share of link text, then settles short paragraphs by their neighbours; the stopwords are those
of the language the page declares (``page_language``, ``stoplist``), English's when it declares
none jusText has a list for. Its own two steps
(``classify_paragraphs``, ``revise_paragraph_classification``) are run here on the paragraphs
trafilatura extracted, not on the raw page, so that it judges only what trafilatura kept.

A paragraph jusText calls boilerplate is dropped when the reason is its own (mostly link text, or a
copyright sign; but a statement a site set wholly in a link, that readability kept, stays:
``ingest.statements``), or when readability-lxml — a second extractor that finds the article by other
means — left it out too; prose that merely has few stopwords (a list of figures, a sentence of
names) survives when readability agrees it is article text. When the judgement would take a
large share of the text, the page is one jusText misreads (not English, say) and nothing is dropped.
Apart from jusText, a heading over a list of links on the page ("Related", "Read more") goes
with its list: trafilatura drops the links and would leave the heading standing alone.

>>> blocks = [ExtractedBlock("Related"), ExtractedBlock("The council voted ... (a long paragraph)")]
>>> furniture_indexes(blocks, second_opinion=None)  # doctest: +SKIP
{0}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace

import pycountry
from justext import get_stoplist, get_stoplists
from justext.core import classify_paragraphs, revise_paragraph_classification
from justext.paragraph import Paragraph
from lxml import html
from lxml.etree import ParserError
from readability import Document
from readability.readability import Unparseable

from quizgen.ingest.statements import reads_as_statement

LINK_LINE_DENSITY = 0.5  # a paragraph mostly of link text is a line of links on its own say-so
MAX_LINK_DENSITY = 0.2  # jusText's own default: more link text than this and a paragraph is not prose
LINK_LIST_LINKS = 2  # links under a heading that make a list of links
MAX_DROPPED_SHARE = 0.25  # dropping more of the words than this means jusText misreads the page
DEFAULT_LANGUAGE = "English"  # jusText's stoplist for a page that does not say its language
_COPYRIGHT = ("\xa9", "&copy")  # jusText's own copyright cue
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Why a block is furniture: the test that says so, shown with what was dropped.
LINK_LIST_HEADING = "the heading of a list of links"
LINK_LINE = "mostly link text (jusText)"
COPYRIGHT_LINE = "a copyright line (jusText)"
UNCONFIRMED = "boilerplate to jusText, and readability left it out too"


@dataclass(frozen=True)
class ExtractedBlock:
    """One paragraph of an extracted article, with what jusText needs to know about its markup."""

    text: str
    link_chars: int = 0  # characters of the text inside links
    heading: bool = False


def furniture_indexes(
    blocks: Sequence[ExtractedBlock],
    *,
    second_opinion: str | None,
    link_list_titles: frozenset[str] = frozenset(),
) -> set[int]:
    """Positions of the blocks that are page furniture (see ``furniture_reasons``)."""
    return set(furniture_reasons(blocks, second_opinion=second_opinion, link_list_titles=link_list_titles))


def furniture_reasons(
    blocks: Sequence[ExtractedBlock],
    *,
    second_opinion: str | None,
    link_list_titles: frozenset[str] = frozenset(),
    language: str | None = None,
) -> dict[int, str]:
    """The blocks that are page furniture, by position, each with the test that says so.

    ``second_opinion`` is another extractor's text of the same page, as ``readability_text``
    gives it; None when it has none, and then only link lines and copyright lines are dropped.
    ``link_list_titles`` are the page's headings over lists of links (``link_list_headings``):
    when trafilatura drops such a list, its heading ("Related", "More on this") stays behind.
    ``language`` is the page's (an ISO 639 code, ``page_language``): jusText counts that
    language's stopwords.
    """
    paragraphs = [_paragraph(b) for b in blocks]
    classify_paragraphs(paragraphs, stoplist(language))
    revise_paragraph_classification(paragraphs)
    dropped = {i: LINK_LIST_HEADING for i, b in enumerate(blocks) if b.heading and _flat(b.text) in link_list_titles}
    for i, para in enumerate(paragraphs):
        if para.class_type != "bad" or i in dropped:
            continue
        if para.cf_class == "bad" and para.links_density() > LINK_LINE_DENSITY:
            dropped[i] = LINK_LINE
        elif para.cf_class == "bad" and any(c in para.text for c in _COPYRIGHT):
            dropped[i] = COPYRIGHT_LINE
        elif second_opinion is not None and _bare(para.text) not in second_opinion:
            dropped[i] = UNCONFIRMED
    total = sum(p.words_count for p in paragraphs)
    if total and sum(paragraphs[i].words_count for i in dropped) > MAX_DROPPED_SHARE * total:
        return {}
    # a statement the site set in a link, that readability kept too, is the article's own sentence
    # (judged after the share above, which measures how jusText reads the page)
    return {
        i: why
        for i, why in dropped.items()
        if not (
            why == LINK_LINE
            and confirmed(paragraphs[i].text, second_opinion)
            and reads_as_statement(_flat(paragraphs[i].text), language=language)
        )
    }


def prose_indexes(
    blocks: Sequence[ExtractedBlock], *, language: str | None = None, max_link_density: float = MAX_LINK_DENSITY
) -> set[int]:
    """Positions of the blocks jusText reads as prose: its final class "good" (long enough,
    rich in stopwords of the page's ``language``, at most ``max_link_density`` of it link text,
    or short but set among such paragraphs)."""
    paragraphs = [_paragraph(b) for b in blocks]
    classify_paragraphs(paragraphs, stoplist(language), max_link_density=max_link_density)
    revise_paragraph_classification(paragraphs)
    return {i for i, para in enumerate(paragraphs) if para.class_type == "good" and not blocks[i].heading}


def confirmed(text: str, second_opinion: str | None) -> bool:
    """Whether readability's text (``readability_text``) holds ``text``, white space aside."""
    return second_opinion is not None and _bare(text) in second_opinion


def page_language(tree: html.HtmlElement) -> str | None:
    """The language a page declares (``<html lang="pt-BR">`` → ``"pt"``), or None."""
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared:
        for meta in tree.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                declared = meta.get("content") or ""
                break
    code = declared.strip().split(",")[0].replace("_", "-").split("-")[0].lower()
    return code or None


@cache
def stoplist(language: str | None) -> frozenset[str]:
    """jusText's stopwords for an ISO 639 language code (its lists are named in English:
    "Portuguese"); English's when the code is unknown or jusText has no list for it."""
    found = pycountry.languages.get(alpha_2=language) if language and len(language) == 2 else None
    found = found or (pycountry.languages.get(alpha_3=language) if language and len(language) == 3 else None)
    name = found.name.replace(" ", "_") if found is not None else DEFAULT_LANGUAGE
    return get_stoplist(name if name in get_stoplists() else DEFAULT_LANGUAGE)


def link_list_headings(tree: html.HtmlElement) -> frozenset[str]:
    """Texts of the headings whose next element is a list or box of links: at least
    ``LINK_LIST_LINKS`` links making most of its text (the page as loaded, before extraction)."""
    found = set()
    for heading in tree.iter(*_HEADING_TAGS):
        title = _flat(heading.text_content())
        after = heading.getnext()
        while after is not None and not _flat(after.text_content()):
            after = after.getnext()
        if not title or after is None or after.tag in _HEADING_TAGS:
            continue
        links = after.findall(".//a")
        text_chars = len(_flat(after.text_content()))
        link_chars = sum(len(_flat(a.text_content())) for a in links)
        if len(links) >= LINK_LIST_LINKS and link_chars > LINK_LINE_DENSITY * text_chars:
            found.add(title)
    return frozenset(found)


def readability_text(data: bytes | str) -> str | None:
    """readability-lxml's article text of a page without white space (``<br>`` and block
    boundaries lose theirs in ``text_content``); None if it finds none."""
    try:
        summary = Document(data).summary()
        text = html.fromstring(summary).text_content() if summary.strip() else ""
    except (Unparseable, ValueError, ParserError):
        return None
    return _bare(text) or None


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bare(text: str) -> str:
    return "".join(text.split())


def _paragraph(block: ExtractedBlock) -> Paragraph:
    """A jusText paragraph for ``block``: jusText reads headings from the element path."""
    tag = "h2" if block.heading else "p"
    para = Paragraph(SimpleNamespace(dom=f"html.body.{tag}", xpath=f"/html/body/{tag}"))
    para.append_text(block.text)
    para.chars_count_in_links = block.link_chars
    return para
