"""Article files → ``Article``: front matter, body text, title, date, outlet, furniture marked.

Offsets everywhere index ``Article.body``: the file read as UTF-8 with universal newlines,
after an optional leading YAML front-matter block. Furniture (banners, credits, calls to
action, comment sections) is not removed from the body — that would shift offsets — but its
blocks are marked so that no extractor reads them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import Literal

import ftfy

from quizgen.constants import (
    CALL_TO_ACTION_STARTS,
    CORRECTION_NOTICE,
    CREDIT_PATTERNS,
    DASHES,
    EDITORIAL_NOTE_STARTS,
    FURNITURE_WORDS,
    OUTLET_SELF_WORDS,
    TAIL_MARKERS,
    WIRE_AGENCIES,
)
from quizgen.errors import InputError
from quizgen.files import FileProblem, file_kind, read_regular_file
from quizgen.ingest.captions import (
    credited_caption,
    dated_caption,
    gallery_caption,
    is_photo_credit,
    looks_like_caption,
)
from quizgen.ingest.credits import is_credit_line
from quizgen.ingest.markup import repair_markup
from quizgen.safe_yaml import YamlError, load_yaml

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 2_000_000

BlockKind = Literal["title", "text", "furniture", "caption", "dateline"]


@dataclass(frozen=True)
class Block:
    """A paragraph of the body: ``body[start:end]``, and what it is."""

    start: int
    end: int
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    sha256: str
    body: str
    title: str = ""
    published: dt.date | None = None
    published_from: str | None = None  # "front matter", "dateline" or "caption"
    outlet: str | None = None
    url: str | None = None
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def text_blocks(self) -> Iterator[Block]:
        """The blocks items may come from (article prose, not furniture, captions or title)."""
        return (b for b in self.blocks if b.kind == "text")

    @cached_property
    def text_block_ends(self) -> tuple[list[int], list[Block]] | None:
        """The prose blocks' ends and the blocks, for finding a block by offset with ``bisect``
        (computed once per article); None when they are not in order, apart and non-empty, as
        every body read from a file has them."""
        blocks = list(self.text_blocks())
        if any(b.start >= b.end for b in blocks) or any(a.end > b.start for a, b in pairwise(blocks)):
            return None
        return [b.end for b in blocks], blocks


# --- reading files -------------------------------------------------------------------------


HTML_SUFFIXES = (".html", ".htm")


def is_web_input(value: str | Path) -> bool:
    """True for a URL or a saved ``.html`` page: inputs ``ingest.web.fetch_inputs`` reads (told
    apart here, so that a run over article files never imports the web's libraries)."""
    text = str(value)
    return "://" in text or Path(text).suffix.lower() in HTML_SUFFIXES


def find_article_files(inputs: list[str | Path]) -> list[Path]:
    """Expand files and folders into article files, sorted within each folder."""
    found: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not files:
                raise InputError(f"{path}: no .txt or .md articles in this folder")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise InputError(f"{path}: {file_kind(path.stat().st_mode)}, not an article file")
        else:
            raise InputError(f"{path}: no such file or folder")
    seen: dict[str, Path] = {}
    for p in found:
        if p.stem in seen and seen[p.stem].resolve() != p.resolve():
            raise InputError(f"{p}: article id {p.stem!r} is also the name of {seen[p.stem]}; rename one")
        seen[p.stem] = p
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return [Path(p) for p in unique]


def read_article(path: str | Path, *, display_path: str | None = None) -> Article:
    """Read one article file; raise InputError for empty, binary or non-UTF-8 files."""
    p = Path(path)
    shown = display_path or str(p)
    try:
        raw = read_regular_file(p, limit=MAX_ARTICLE_BYTES)
    except FileProblem as exc:
        raise InputError(f"{shown}: {exc}") from None
    return parse_article(raw, article_id=p.stem, path=shown)


def parse_article(raw: bytes, *, article_id: str, path: str) -> Article:
    """Build an Article from a file's bytes."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise InputError(f"{path}: {len(raw):,} bytes is too large for an article (limit {MAX_ARTICLE_BYTES:,})")
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file (contains NUL bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}: line {line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # Text decoded with the wrong code page and saved again ("PeÃ±a" for "Peña"): undo it, so
    # that names and answers read right. Only mis-decoding is touched; curly quotes stay.
    # Composed first (NFC): a page may store "Ã" as "A" plus a combining tilde.
    text = ftfy.fix_encoding(unicodedata.normalize("NFC", text))
    text = remove_control_characters(text)
    meta, body = split_front_matter(text, path=path)
    # Archive markup (entities, treebank quotation marks): repaired in place, every word kept
    # at its offset. Only the body: in the YAML front matter '' is an escaped apostrophe.
    body = repair_markup(body)
    if not body.strip():
        raise InputError(f"{path}: the article is empty")
    blocks = classify_blocks(body, has_title=bool(meta.get("title")))
    # YAML escapes ("\a", "\x1b") can put control characters back into front-matter values.
    meta = {k: remove_control_characters(v) if isinstance(v, str) else v for k, v in meta.items()}
    title = str(meta.get("title") or next((b.text for b in blocks if b.kind == "title"), ""))
    if repair_markup(title) != title:
        title = " ".join(repair_markup(title).split())
    published, published_from = _front_matter_date(meta, path)
    if published is None:
        published, published_from = find_publication_date(blocks)
    else:
        local = dateline_day(blocks, published)
        if local is not None:
            published, published_from = local, "dateline"
    outlet = meta.get("outlet")
    return Article(
        id=article_id,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        body=body,
        title=title.strip(),
        published=published,
        published_from=published_from,
        outlet=str(outlet) if outlet else find_outlet(blocks),
        url=str(meta["url"]) if meta.get("url") else None,
        blocks=tuple(blocks),
    )


# C0 controls but tab and newline, DEL, and C1 controls: invisible in an article, and they
# break XML exports (QTI) and spreadsheets downstream. Vertical tab and form feed separate
# lines; the rest are dropped.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_CONTROL = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def remove_control_characters(text: str) -> str:
    """``text`` without control characters (tab and newline kept; VT and FF become newlines).

    ``remove_control_characters("a\\x1b[0mb\\x0bc")`` gives ``"a[0mb\\nc"``.
    """
    return _CONTROL.sub("", text.translate(_LINE_CONTROL))


def split_front_matter(text: str, *, path: str) -> tuple[dict, str]:
    """Split a leading ``---`` YAML block from the body."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            raise InputError(f"{path}: line 1: front matter opened with --- is never closed")
    block = text[4:end]
    body_start = min(len(text), end + 5)
    try:
        # No aliases at all: a few hundred bytes of nested aliases would expand to gigabytes.
        meta = load_yaml(block, max_aliases=0, what="front matter", first_line=2) or {}
    except YamlError as exc:
        raise InputError(f"{path}: line {exc.line or 1}: front matter: {exc.problem}") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path}: line 2: front matter must be key: value lines")
    return meta, text[body_start:]


def _front_matter_date(meta: dict, path: str) -> tuple[dt.date | None, str | None]:
    value = meta.get("date") or meta.get("published")
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), "front matter"
    if isinstance(value, dt.date):
        return value, "front matter"
    try:
        return dt.date.fromisoformat(str(value)[:10]), "front matter"
    except ValueError:
        raise InputError(f"{path}: front matter date {value!r} is not YYYY-MM-DD") from None


# --- furniture -----------------------------------------------------------------------------

_TERMINAL = tuple('.!?"”’\')…:')
_QUOTED = re.compile(r"“[^”]*(”|$)|\"[^\"]*(\"|$)|''.*?(''|$)", re.DOTALL)
_READER_WORDS = re.compile(r"\b(you|your|yours|we|our|ours|us)\b", re.IGNORECASE)
_CREDITS = [re.compile(p) for p in CREDIT_PATTERNS]
_CORRECTION = re.compile(CORRECTION_NOTICE)
_WORD = re.compile(r"[\w’']+")
# … after the picture's own short caption too ("President Obama (Photo: Pool photo) Story Highlights …", j203)
_LEADING_PHOTO_CREDIT = re.compile(r"^(?:[^()]{0,60}?\s)?\((?:Photo|Photograph|Image)s?:[^)]{0,80}\)\s*", re.IGNORECASE)
REPEATED_MIN_WORDS = 6  # a paragraph set twice running this long is a caption or a heading, not a slip


def split_blocks(body: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: text between blank lines, trimmed of surrounding white space.

    A paragraph whose lines are mostly short (a byline, a place, a time, "Comments") is a
    stack of page-furniture lines, so each line becomes a block of its own.
    """
    for m in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", body):
        lines = [(lm.start() + m.start(), lm.end() + m.start()) for lm in re.finditer(r"[^\n]+", m.group())]
        short = sum(1 for s, e in lines if len(_WORD.findall(body[s:e])) < 10)
        pieces = lines if len(lines) > 1 and short * 2 > len(lines) else [(m.start(), m.end())]
        for start, end in pieces:
            while start < end and body[start].isspace():
                start += 1
            while end > start and body[end - 1].isspace():
                end -= 1
            if end > start:
                yield start, end


def classify_blocks(body: str, *, has_title: bool) -> list[Block]:
    """Mark each paragraph as title, text, caption, dateline or furniture."""
    spans = list(split_blocks(body))
    kinds: list[BlockKind] = [_classify(body[s:e]) for s, e in spans]
    # A photo's credit line standing alone is furniture, and a caption-shaped paragraph beside it
    # (before or after: sites set them either way) is the photo's caption, no prose of the story.
    for i, (s, e) in enumerate(spans):
        if kinds[i] != "title" and is_photo_credit(body[s:e]):
            kinds[i] = "furniture"
            for j in (i - 1, i + 1):
                if 0 <= j < len(spans) and kinds[j] == "text" and looks_like_caption(body[spans[j][0] : spans[j][1]]):
                    kinds[j] = "caption"
    # A caption with its agency's credit or an archive photo's label, a paragraph of its own
    # (j158: "… June 22, 2019. REUTERS/Randall Hill" asked for the photo's date).
    for i, (s, e) in enumerate(spans):
        if kinds[i] == "text" and (credited_caption(body[s:e]) or dated_caption(body[s:e])):
            kinds[i] = "caption"
    # A paragraph set twice running, the second maybe with a credit after it: a photo gallery's
    # picture text and its caption (CNN's galleries, "… in Mosul on Tuesday, June 10." twice), or a
    # headline a page repeats. Of 2,040 AllSides stories, 47 hold such pairs (197), and a sample of
    # 25 were all captions and page furniture; read as prose, a gallery's dates of a year before
    # were placed in the story's year (j184: "On April 1, … celebrate the retaking of Tikrit").
    doubled: list[int] = []
    for i in range(len(spans) - 1):
        if kinds[i] == "title" or kinds[i + 1] == "title":
            continue
        first, second = (" ".join(body[a:b].split()) for a, b in (spans[i], spans[i + 1]))
        if len(first.split()) >= REPEATED_MIN_WORDS and second.startswith(first):
            for j in (i, i + 1):
                if kinds[j] == "text":
                    kinds[j] = "caption"
                    doubled.append(j)
    # … and the gallery runs on through its captions set once, each dating its picture ("Smoke
    # rises over … Sinjar on November 12.", "… Sunday, December 6, in Aden"): the paragraphs on
    # either side of a doubled caption that have a caption's shape, until one does not.
    for i in doubled:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(spans) and kinds[j] in ("text", "caption"):
                if kinds[j] == "text":
                    if not gallery_caption(body[spans[j][0] : spans[j][1]]):
                        break
                    kinds[j] = "caption"
                j += step
    # An opinion piece's line about its author, set first or last ("Edward B. Foley directs the
    # Election Law program at …", j159): the writer's credentials, no fact of the story.
    texts = [i for i, k in enumerate(kinds) if k == "text"]
    for i in {texts[0], texts[-1]} if texts else ():
        s, e = spans[i]
        if author_bio(body[s:e], body[:s] + body[e:]):
            kinds[i] = "furniture"
    # A video player's listing ("JUST WATCHED Lufthansa CEO: Speechless that co-pilot crashed plane
    # Replay More Videos ... MUST WATCH … 01:08", j252): its labels and a clip's title, no prose
    # (the clip's "Speechless" was read as the company a sentence's "the company" stood for).
    for i, (s, e) in enumerate(spans):
        if kinds[i] == "text" and video_player_line(body[s:e]):
            kinds[i] = "furniture"
    # A site's list of highlights before the story ("Story highlights The House approves the
    # measure ⏎ In two years, 11 states have …"): its label and the lines after it that end on
    # no stop are a summary set apart from the prose, not sentences of it.
    for i, (s, e) in enumerate(spans):
        # a photo's credit in brackets may open the line before the label ("(Photo: Alex Wong Getty
        # Images) Story Highlights President Obama met …", j186: "Story Highlights President" read as a title)
        if _LEADING_PHOTO_CREDIT.sub("", body[s:e].lstrip()).lower().startswith(HIGHLIGHTS_LABELS):
            kinds[i] = "furniture"
            for j in range(i + 1, len(spans)):
                if _ends_a_sentence(body[spans[j][0] : spans[j][1]]) or kinds[j] != "text":
                    break
                kinds[j] = "furniture"
    # Comment sections and link lists: everything after a tail marker in the second half.
    for i in range(len(spans) // 2, len(spans)):
        if _is_tail_marker(body[spans[i][0] : spans[i][1]]):
            for j in range(i, len(spans)):
                kinds[j] = "furniture"
            break
    # A date line in the header (before the first prose paragraph) is the dateline.
    first_text = next((i for i, k in enumerate(kinds) if k == "text"), len(kinds))
    for i in range(min(first_text + 1, len(spans))):
        if kinds[i] == "furniture" and _looks_like_dateline(body[spans[i][0] : spans[i][1]]):
            kinds[i] = "dateline"
    if not has_title:
        for i, kind in enumerate(kinds):
            text = body[spans[i][0] : spans[i][1]]
            if kind in ("text", "furniture") and _could_be_title(text):
                kinds[i] = "title"
                break
            if kind == "text":
                break
    blocks = []
    for (s, e), k in zip(spans, kinds):
        lead = (
            _WIRE_DATELINE.match(body, s, e) or _DATED_DATELINE.match(body, s, e) or _AGENCY_DATELINE.match(body, s, e)
        ) if k == "text" else None
        if lead:  # "LOS ANGELES, Nov. 5 (UPI) — The band …": the place, date and agency are no prose
            blocks.append(Block(s, s + len(lead.group("dateline")), "dateline", lead.group("dateline")))
            s = lead.end()
        byline = _INLINE_BYLINE.search(body, s, e) if k == "text" else None
        if byline and byline.start() > s:  # "Schiff says … By JUSTIN WISE House Intelligence Committee Chairman …"
            blocks.append(Block(s, byline.end(), "furniture", body[s : byline.end()]))
            s = byline.end()
        stamp = _LIVE_STAMP.match(body, s, e) if k == "text" else None
        if stamp:  # "12:43 p.m. ET - Committee Chairman Fred Upton …": a live blog's entry time
            blocks.append(Block(s, s + len(stamp.group("stamp")), "furniture", stamp.group("stamp")))
            s = stamp.end()
        tail = (_FOLLOW_TAIL.search(body, s, e) or _READ_MORE_TAIL.search(body, s, e)) if k == "text" else None
        if tail and tail.start() > s:  # "… Pure propaganda. Follow Jo Roe on Twitter @JoRoe."
            cut = tail.start()
            while cut > s and body[cut - 1].isspace():
                cut -= 1
            blocks.append(Block(s, cut, k, body[s:cut]))
            blocks.append(Block(tail.start(), e, "furniture", body[tail.start() : e]))
            continue
        blocks.append(Block(s, e, k, body[s:e]))
    return blocks


# A roundup's entry: another story's headline and its byline in capitals, then its opening
# sentence ("Schiff says intelligence community is withholding … By JUSTIN WISE House Intelligence
# Committee Chairman Adam Schiff (D-Calif.) said Sunday …", The Hill, j191: the byline was read
# into Schiff's role), and a link closing it ("… Read the full story here").
_INLINE_BYLINE = re.compile(r"(?<=[a-z0-9’'\"”?!]) By (?:[A-Z][A-Z’'.-]+ ){2,3}(?=[A-Z“\"‘])")
_READ_MORE_TAIL = re.compile(r"(?<=[.!?”\"])\s+Read the full story here\.?$")


# A live blog's time stamp opening an entry ("9:30 a.m. ET - Rep. John D. Dingell … says …",
# "12:43 p.m. ET - Committee Chairman Fred Upton …", j190): no prose — read as the sentence's
# opening, it was asked in the question and taken into a role ("the ET - Committee Chairman").
# An update's time stamp opens one the same way ("Updated at 10 a.m. Eastern time: The deadly siege
# … ended Tuesday evening …", j209).
_LIVE_STAMP = re.compile(
    r"(?P<stamp>(?:(?:Updated?|UPDATED?)(?:[ \u00a0]+at)?[ \u00a0]+)?\d{1,2}(?::\d{2})?[ \u00a0]?(?:[ap]\.m\.|[AaPp]\.?M\.?)"
    r"(?:[ \u00a0]+(?:[A-Z]{1,3}T|Eastern|Pacific|Central|Mountain)(?:[ \u00a0]+time)?)?)"
    r"[ \u00a0]*(?:[:" + DASHES + r"]|--)[ \u00a0]+(?=[A-Z0-9“\"‘'])"
)


# A call to follow the author that ends a paragraph of prose.
_FOLLOW_TAIL = re.compile(
    r"(?<=[.!?”\"])\s+Follow [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} on (?:Twitter|Facebook|Instagram)"
    r"(?: (?:at )?@\w+)?\.?$"
)


# A wire dateline opening a paragraph: a place in capitals, optionally its region and a date,
# optionally the agency in brackets, then a dash, any of ``DASHES`` ("WASHINGTON (AP) _ ",
# "GAZA CITY, Nov. 5 —", "WASHINGTON ― ");
# a no-break space counts as a space ("WASHINGTON —\u00a0U.S. …" in web copy). Without a place
# in capitals the agency must be a wire's own name, after a place as prose writes it, a date or
# nothing ("New York (AFP) – ", "Dec 29 (Reuters) - ", "(Reuters) - "): a bracket after a
# capitalised word is otherwise prose ("Smith (R) – who …").
_S = r"[ \u00a0]"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_AGENCY = r"\((?:" + "|".join(re.escape(a) for a in WIRE_AGENCIES) + r")\)"
_CAPS_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6}\.?"
_LOWER_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# "Trail, British Columbia" (j81): a region after the comma may be two or three words
# and a later word of the place may have lost its capital ("New york, March 2 -", j85)
_PROSE_PLACE = r"[A-Z][a-z'’-]+(?:" + _S + r"[A-Za-z][a-z'’-]+){0,2}(?:," + _S + r"+[A-Z][\w.'’-]*(?:" + _S + r"[A-Z][\w.'’-]*){0,2}){0,2}"
# A place in capitals and up to two regions after it ("HAILEY, Idaho, Calif.", j88).
_CAPS_PLACE = (
    # two places of one filing joined by a slash ("MONTREAL/RIYADH (Reuters) -", "WASHINGTON/NEW
    # YORK (Reuters) -", j161 and j165)
    r"[A-Z][A-Z.'’-]+(?:(?:" + _S + r"|/)[A-Z][A-Z.'’-]+)*"
    # its state or country after it, "the" too ("GRONINGEN, the Netherlands, March 31 -", j122)
    r"(?:," + _S + r"+(?:the" + _S + r"+)?[A-Z][\w.'’-]*(?:" + _S + r"[A-Z][\w.'’-]*)*){0,2}"
)
_WIRE_DATELINE = re.compile(
    r"(?P<dateline>(?:" + _CAPS_PLACE
    # the day may carry a keying slip ("NEW YORK, March 119 -", j83): a place in capitals, a month
    # and a number before the dash still make a dateline
    # and the month a slip of the shift key ("PITTSBURGH, APril 21 -", j129; "SADDLE BROOK, N.J.,
    # march 11 -", j139)
    # and a space before its comma ("NEW YORK , March 20 -", j141)
    + r"(?:" + _S + r"?,?" + _S + r"+(?:[A-Z][A-Za-z][a-z]{1,7}\.?|" + _CAPS_MONTH + r"|" + _LOWER_MONTH + r")" + _S + r"+\d{1,3}(?:," + _S + r"+\d{4})?)?"
    # the agency after the day, with a comma and no brackets ("MONTREAL, March 20, Reuter -", j90)
    r"(?:," + _S + r"+Reuters?)?"
    # two agencies in the brackets ("WASHINGTON (CBSDC/AP) —", j209)
    r"(?:" + _S + r"*\([A-Z][\w .&/-]{0,30}\))?"
    r"|(?:" + _PROSE_PLACE + r",?" + _S + r"+)?"
    r"(?:(?:" + _MONTH + _S + r"+\d{1,2}|\d{1,2}" + _S + r"+" + _MONTH + r")(?:,?" + _S + r"+\d{4})?" + _S + r"*)?"
    + _AGENCY
    # a place as prose writes it with the day it was filed, and no agency ("New York, April 1 -",
    # "Greensboro, N.C., June 1 -": Reuters copy, j71): the date makes it a dateline, its month's
    # capital lost too ("New York, march 4 -", j146)
    + r"|" + _PROSE_PLACE + r"," + _S + r"+(?:" + _MONTH + r"|" + _LOWER_MONTH + r")" + _S + r"+\d{1,2}(?:," + _S + r"+\d{4})?"
    + r"))"
    # a comma may stand before the dash ("CHICAGO, March 4, - South Korea's …", j107)
    r",?[ \u00a0]*(?:[_" + DASHES + r"]|--)[ \u00a0]+(?=[A-Z0-9“\"‘'<(])"
)

# An agency in brackets opening a paragraph, after a place or alone, with no dash before the prose
# ("Washington (CNN) President Barack Obama …", "(CNN) The House …", j161 and j162: the
# questions kept it): the web copy's dateline.
_AGENCY_DATELINE = re.compile(
    r"(?P<dateline>(?:(?:" + _CAPS_PLACE + r"|" + _PROSE_PLACE + r")" + _S + r"*)?" + _AGENCY + r")[ \u00a0]+(?=[A-Z0-9“\"‘'])"
)


# A place in capitals and the day it was filed, then a dash and prose that opens in lower case
# ("DES MOINES, April 7 - boxed beef movement and demand very good …", j118: the day was asked
# as "DES MOINES, on ____ - boxed beef …"): the place and the day make it a dateline.
_DATED_DATELINE = re.compile(
    r"(?P<dateline>" + _CAPS_PLACE
    + r",?" + _S + r"+(?:" + _MONTH + r"|" + _CAPS_MONTH + r")" + _S + r"+\d{1,2}(?:," + _S + r"+\d{4})?)"
    r",?[ \u00a0]*(?:[_" + DASHES + r"]|--)[ \u00a0]+(?=[a-z])"
)


# Words of a writer's credentials in an opinion piece's line about its author.
AUTHOR_BIO_WORDS = (
    "author of", "professor", "fellow at", "senior fellow", "contributor to", "contributing", "columnist",
    "directs the", "director of", "is the editor", "editor-at-large", "writes about", "is a former",
    "is an attorney", "is a lawyer", "the opinions expressed", "views expressed",
    # the writer's own handle to follow ("… Follow him @joshuamzeitz.", fresh103)
    "follow him", "follow her", "follow them",
)
# (a writer's line may say what they have done: "Josh Zeitz has taught American history …")
_BIO_NAME = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}(?P<last>[A-Z][\w'’-]+)),?\s+(?:is|has|was|directs|teaches|serves|writes|covers)\b"
)


def author_bio(text: str, rest: str) -> bool:
    """Whether a paragraph is an opinion piece's line about its author: short, opening on a
    person's name and what they are ("… is a senior fellow at …", "… directs the … program"),
    with words of a writer's credentials (``AUTHOR_BIO_WORDS``), and a name the rest of the
    article (``rest``) never uses: the story's own people come back in it."""
    flat = " ".join(text.split())
    m = _BIO_NAME.match(flat)
    if m is None or len(flat.split()) > 60:
        return False
    lower = flat.lower()
    if re.search(r"\b(?:said|says|told|added)\b", lower):
        return False  # "Michele Swers, a professor of government at Georgetown, said …": a source, not the writer
    return any(w in lower for w in AUTHOR_BIO_WORDS) and re.search(rf"\b{re.escape(m.group('last'))}\b", rest) is None


# A video player's labels, in capitals, and the clip's length ("… MUST WATCH … 01:08").
_PLAYER_LABEL = re.compile(r"\b(?:JUST WATCHED|MUST WATCH|WATCH VIDEO|NOW PLAYING)\b")
_CLIP_END = re.compile(r"(?:\bReplay\b|\bMore Videos\b|\b\d{1,2}:\d{2}\s*$)")


def video_player_line(text: str) -> bool:
    """Whether a paragraph is a video player's listing set in the story: a player's label in
    capitals ("JUST WATCHED", "MUST WATCH") with its "Replay" or "More Videos" button or the
    clip's length ("01:08") (CNN's pages, 31 paragraphs of fifteen AllSides draws)."""
    flat = " ".join(text.split())
    return bool(_PLAYER_LABEL.search(flat) and _CLIP_END.search(flat))


# Labels of a site's summary list set before the story.
HIGHLIGHTS_LABELS = ("story highlights", "key points", "highlights:")


def _ends_a_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does: a stop, or a stop then closing marks. A closing
    quotation mark with no stop before it ends a highlight's quoted word ("… later became
    "severely conservative"", j239), not a sentence."""
    return line.rstrip().rstrip("\"”’')").endswith((".", "!", "?", "…", ":"))


# A page's furniture word as a word of its own ("Subscribe", "newsletters"), not inside another
# ("subscriber growth", j157; "a backlog in orders").
_FURNITURE_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in FURNITURE_WORDS) + r")s?\b")


# A site's link to another of its stories under its own label ("( Also on POLITICO: Candidates of both
# parties run vs. NSA)": 216 such lines in the 2,040 AllSides stories were read as prose).
_ALSO_ON = re.compile(r"^\(\s*[Aa]lso on [A-Z][\w .]*:")


def _classify(text: str) -> BlockKind:
    flat = " ".join(text.split())
    lower = flat.lower()
    words = _WORD.findall(flat)
    if any(p.search(flat) for p in _CREDITS):
        return "caption" if len(words) > 6 else "furniture"
    if is_credit_line(flat):
        return "furniture"  # "Reporting by …; Editing by …": the article's, no fact of its story
    if lower.startswith(EDITORIAL_NOTE_STARTS) or _CORRECTION.search(flat):
        return "furniture"
    # in brackets too: "( See also: Full coverage of …)", "( Also on POLITICO: Obama spotlights …)" (j199)
    if len(words) < 30 and (lower.lstrip("( ").startswith(CALL_TO_ACTION_STARTS) or _ALSO_ON.match(flat)):
        return "furniture"
    if len(words) < 30 and _FURNITURE_WORD.search(lower) and '"' not in flat and "“" not in flat:
        return "furniture"
    if lower.endswith(">>"):
        return "furniture"
    outside_quotes = _QUOTED.sub(" ", flat)
    if _READER_WORDS.search(outside_quotes) and any(w in outside_quotes.lower() for w in OUTLET_SELF_WORDS):
        return "furniture"
    if not flat.endswith(_TERMINAL) and len(words) < 15 and "“" not in flat and '"' not in flat:
        return "furniture"
    if len(words) < 3 and not (flat.endswith(":") and len(words) == 2):
        return "furniture"  # but "Stated Stone:" introduces the quotation that follows
    return "text"


def _is_tail_marker(text: str) -> bool:
    line = " ".join(text.split()).lower().rstrip(":. ")
    return any(line == m or (line.startswith(m) and len(line) < len(m) + 40) for m in TAIL_MARKERS)


def _could_be_title(text: str) -> bool:
    flat = " ".join(text.split())
    words = _WORD.findall(flat)
    lower = flat.lower()
    return (
        3 <= len(words) <= 25
        and "\n" not in text
        and not flat.endswith(".")
        and not lower.startswith(CALL_TO_ACTION_STARTS)
        and not _FURNITURE_WORD.search(lower)
    )


# --- publication date and outlet -----------------------------------------------------------

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def find_full_dates(text: str) -> list[dt.date]:
    """Fully specified calendar dates written out in ``text`` (day, month and year)."""
    found = []
    for m in _DMY.finditer(text):
        found.append(_safe_date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))))
    for m in _MDY.finditer(text):
        found.append(_safe_date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))))
    for m in _ISO.finditer(text):
        found.append(_safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return [d for d in found if d is not None]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _looks_like_dateline(text: str) -> bool:
    flat = " ".join(text.split())
    lower = flat.lower()
    if any(w in lower for w in ("printable", "comment", "print ")):
        return False
    return bool(find_full_dates(flat)) and len(_WORD.findall(flat)) <= 14


# A wire dateline's place, in capitals, before a comma, the agency or the dash ("NICOSIA,
# August 8 (Xinhua) --", "GAZA CITY (AP) _", "WASHINGTON —").
_DATELINE_PLACE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'’-]+(?:[ \u00a0][A-Z][A-Z.'’-]+){0,3})(?=\s*(?:[,(_" + DASHES + r"]|$))")


def dateline_place(article: Article) -> str | None:
    """The place a wire story is filed from, as prose writes it ("GAZA CITY, Nov. 5 —" →
    "Gaza City"): from a dateline block, or a header line before the first prose paragraph
    that is only a dateline; None without one. What "said here" means.

    >>> dateline_place(parse_article(b"BUDAPEST, March 12 (Xinhua) -- Talks ended.", article_id="a", path="a"))
    'Budapest'
    """
    prose = 0
    for block in article.blocks[:6]:
        prose += block.kind == "text"
        # a header line; without a title in front matter, the first one is taken for the title
        header = block.kind in ("furniture", "title") and not prose and len(_WORD.findall(block.text)) <= 8
        m = _DATELINE_PLACE.match(block.text) if block.kind == "dateline" or header else None
        if m and block.kind != "dateline" and not re.match(r"\s*(?:[,(_" + DASHES + r"]|--)", block.text[m.end() :]):
            m = None  # "BREAKING NEWS" alone: a header in capitals, not a place
        if m:
            return " ".join(_place_word(w) for w in m.group("place").split())
        if prose > 1:
            break  # a dateline opens the story's first paragraph (after a headline given as text)
    return None


def _place_word(word: str) -> str:
    """A dateline word as prose writes it: "ST." → "St.", "U.S." stays, "O'HARE" → "O'Hare"."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word
    out, start = [], True
    for ch in word:
        out.append(ch.upper() if start else ch.lower())
        start = ch in "-'’ "
    return "".join(out)


_DATELINE_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})", re.IGNORECASE)
_DATELINE_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\b\.?(?!,?\s+\d{{4}})", re.IGNORECASE)
# A feature filed some days before the wire sent it ("ZURICH, March 12 -" stamped 16 March, j79):
# its "this week" and "next month" count from the dateline's day, up to a week before the stamp.
DATELINE_LEAD_DAYS = 7
# A dateline after the stamp: a wire's time stamp (GMT) a day behind the local day, or a weekend
# story sent ahead for its day ("WASHINGTON, April 5 -" stamped Friday 3 April, j85): its
# "tomorrow" counts from the dateline's day, up to three days after the stamp.
DATELINE_ADVANCE_DAYS = 3


def dateline_day(blocks: list[Block], stamped: dt.date) -> dt.date | None:
    """The day a wire dateline gives without a year ("SYDNEY, March 16 -"), when it is a day
    beside the front matter's date and not that date: the story was written on the dateline's
    local day, and "tomorrow" in it counts from there (j77: a Reuters story stamped 15 March GMT,
    filed in Sydney on 16 March), up to a week before it (a feature sent days after it was
    filed) or up to three days after it (a weekend story sent ahead, j85). None when there is no
    such dateline, or its day lies further off (then it is no filing day)."""
    for b in blocks:
        if b.kind != "dateline":
            continue
        days = list(find_full_dates(b.text))  # "OSLO, Nov. 5, 2015 (Xinhua) --"
        written = _DATELINE_MONTH_DAY.search(b.text) or _DATELINE_DAY_MONTH.search(b.text)
        if written is not None:  # "SYDNEY, March 16 -", "5 November (dpa) -": the year is the stamp's or next to it
            month, number = written.group("month"), written.group("day")
            days += [_safe_date(y, MONTHS[month.lower()], int(number)) for y in (stamped.year, stamped.year - 1, stamped.year + 1)]
        near = [d for d in days if d is not None and -DATELINE_LEAD_DAYS <= (d - stamped).days <= DATELINE_ADVANCE_DAYS]
        return near[0] if near and near[0] != stamped else None
    return None


def find_publication_date(blocks: list[Block]) -> tuple[dt.date | None, str | None]:
    """The dateline's date, else the latest dated photo caption (photos precede publication)."""
    for b in blocks:
        if b.kind == "dateline" and find_full_dates(b.text):
            return find_full_dates(b.text)[0], "dateline"
    caption_dates = [d for b in blocks if b.kind == "caption" for d in find_full_dates(b.text)]
    if caption_dates:
        return max(caption_dates), "caption"
    return None, None


_OUTLET_PATTERNS = [
    re.compile(r"notifications from (?P<o>(?:The )?[A-Z][\w&]*(?: [A-Z][\w&]*)*)\s*$"),
    re.compile(r"^(?P<o>[A-Z][\w&]*(?: [A-Z][\w&]*)*) logo\s*$"),
    re.compile(r"^Read more from (?P<o>[A-Z][\w&]*(?: [A-Z][\w&]*)*):?\s*$"),
    re.compile(r"^(?P<o>[A-Z]{2,})[’']s [A-Z][\w-]+ [A-Z][\w-]+ reports\.$"),
]


def find_outlet(blocks: list[Block]) -> str | None:
    """The outlet's name when the page's furniture states it ("… logo", "Read more from …")."""
    for b in blocks:
        if b.kind == "text" and not b.text.endswith("reports."):
            continue
        flat = " ".join(b.text.split())
        for pattern in _OUTLET_PATTERNS:
            m = pattern.search(flat)
            if m:
                return m.group("o")
    return None
