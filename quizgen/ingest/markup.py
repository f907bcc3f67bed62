"""Markup an archive left in an article's text, repaired without moving a word.

Wire and treebank archives carry traces of how they were stored:

- HTML entities, whole ("AT&amp;T", "&quot;") or stripped of their "&" and ";" ("the SampP
  500", "Savings amp; Loan", "Dow Jones amp Co.") → "AT&T", "S&P", "Savings & Loan", "Dow
  Jones and Co." (a lost "amp" of its own becomes "and", which is as long: "&" would leave
  padding inside the name);
- treebank quotation marks (``like this'') and the NYT's doubled apostrophes (''like this'')
  → “like this”; a doubled apostrophe between letters ("the company''s plant") or a straight
  double quote before a clitic ("the bank"s lending", "I"m") → "’";
- a word the wire capitalised after "U.S." (or "U.K.", "U.N.": any two-letter abbreviation)
  inside a sentence ("from the U.S. Had pushed", "the U.S. And West Germany", "the U.S.
  Include": a word English uses only as a verb) → in lower case;
- a Reuters company tag's "<" left without its ">" ("and <Heritage Cattle Corp.") → a space;
- line noise inside a word: a carriage return's caret notation ("REUTER^M") or a brace or a
  tilde between letters ("ME}LBOURNE", "Af~filiates") → taken out;
- a Reuters roundup's story code, four capitals and a time in brackets ("(MMSU 1404)") → blanked;
- "#" for the pound sign in WSJ text ("fell to #89.7 million ($141.9 million)") → "£";
- the wire services' typewriter dash, an underscore standing between spaces ("attack _
  clearly not the work of amateurs") → "—";
- a word hyphenated across a line break whose break became a space ("the bank's vice-
  president", "United Arab Emirates- flagged", "Roh Moo- hyun") → "vice-president ", the space
  moved after the word. A suspended hyphen stays: "coal- and gas-fired", "two- to three-year";
- a thousands group set apart by a space after its comma ("a record 165, 000 hectares") →
  "165,000 ": a group that opens on a zero is no number of its own;
- a quotation opened with a curly mark and closed with a straight one, or the other way round
  (“good for our nation." — "We remain committed.”) → “good for our nation.”: read as it was
  typed, its curly mark had no partner and the rest of the sentence was taken for a quotation
  running on into the next paragraph.

A lost "amp" is read as "&" only where nothing else fits: a word of its own between two
capitalised words, or glued between capitals ("SampP"); "a Fender amp" keeps its amp.

Every repair writes as many characters as it replaces: a shorter one is padded with spaces,
after the word for a closing mark, before it otherwise. So every word boundary but the
repaired word's own keeps its offset in the body, evidence spans — and a corpus's own
annotations — still index the text, and no padding falls inside a name ("AT&T Corp.", "the
S&P 500"). Questions join white space (``items.wording.cloze``), so the padding never shows.

>>> repair_markup("Dow Jones amp Co. said ``Very few'' left AT&amp;T.")
'Dow Jones and Co. said  “Very few”  left     AT&T.'
"""

from __future__ import annotations

import html
import re

# An entity written in full: named, decimal or hexadecimal ("&amp;", "&#39;", "&#x2019;").
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "amp" that lost its "&" and ";" glued between capitals ("SampP", "ATampT", "SampLs"), or
# lost only its "&" ("amp;").
_GLUED_AMP = re.compile(r"(?<![A-Za-z])([A-Z]{1,4})amp;?([A-Z]{1,4})(?=s?(?![A-Za-z]))")
_AMP_SEMICOLON = re.compile(r"(?<![&A-Za-z])amp;")
# A WSJ amount in pounds: "#89.7" before "million", "#10.86", "#50" before "($79 million)".
_POUND = re.compile(r"#(?=\d[\d,]*(?:\.\d+)?[,.;:)]*$)")
_SCALES = ("million", "billion", "thousand", "trillion")
# A doubled apostrophe between letters ("company''s", "Reuter''s"): an apostrophe an archive
# doubled when it escaped the text, no quotation mark.
_GLUED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])''(?=[A-Za-z])")
# A straight double quote between a letter and a clitic ("the bank"s lending", "I"m afraid",
# "it"s going"): an apostrophe a wire's keyboard or an archive's conversion turned into a
# quotation mark; no quotation opens or closes inside a word.
_QUOTE_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=(?:s|t|m|d|re|ve|ll)(?![A-Za-z]))')
# The same slip after a plural's "s" ("understanding each others" positions and policies",
# j135): a straight mark glued to a word in "s" with a word in lower case after the space; it
# is an apostrophe when it can close nothing (no straight mark open before it in its paragraph)
# and leaves its paragraph's straight marks odd (nothing after it pairs with it).
_PLURAL_QUOTE_APOSTROPHE = re.compile(r'(?<=[a-z]s)"(?= [a-z])')
# A quotation whose two marks differ: a curly opening closed by a straight mark at a word's end,
# or a straight opening at a word's start closed by a curly mark, nothing quoted between them.
# In the first 6,000 AllSides stories, 573 of the first kind and 467 of the second.
_CURLY_THEN_STRAIGHT = re.compile(r'(?<=“)([^“”"\n]{0,600}?\S)"(?=[\s,.;:!?)\]—–-]|$)')
_STRAIGHT_THEN_CURLY = re.compile(r'(?:(?<=[\s(\[—–])|^)"(?=\S[^“”"\n]{0,600}?”)')
# A word the old wire's keyboard capitalised after "U.S." (or "U.K.", "U.N.": any dotted pair of
# capitals) inside a sentence ("the delay in
# shipments of corn from the U.S. Had pushed …", "the U.S. And West Germany", j83): an
# auxiliary, a verb of saying or a preposition no sentence opens on before a word in lower case
# ("its chips dispute with the U.S. From erupting into a trade war", j106; also after "U.S.,":
# "in the U.S., Saying calm was needed", j84), or "and"/"or", which no sentence of wire copy
# opens on.
_CAPITAL_AFTER_ABBREVIATION = re.compile(
    r"(?<=\b[A-Z]\.[A-Z]\. )(?:(?:Had|Has|Have|Is|Are|Was|Were|Will|Would|Should|Could|Can|Must|Said|Says|Saying|From|Of|Than|Into|To)(?= [a-z])|(?:And|Or)(?= ))"
    r"|(?<=\b[A-Z]\.[A-Z]\., )(?:Said|Says|Saying)(?= [a-z])"  # "… in the U.S., Saying calm was needed" (j84)
)
# Any other capitalised word there that English uses only as a verb ("between Japan and the U.S.
# Include import restrictions", j90): no sentence of news opens on a verb, so the capital is the
# keyboard's. A word that may be a noun ("the U.S. Sales rose") may open the next sentence: kept.
_CAPITAL_WORD_AFTER_ABBREVIATION = re.compile(r"(?<=\b[A-Z]\.[A-Z]\. )[A-Z][a-z]+\b")
# Any two-letter abbreviation does it ("Lombard North Central Plc of the U.K. To build plants …
# in Nissan's U.K. Produced cars", j129: the U.K., the U.N., the E.C. as the U.S.).
_TWO_LETTER_ABBREVIATION = re.compile(r"\b[A-Z]\.[A-Z]\.,? [A-Z]")
# A Reuters company tag that lost its closing ">" in the archive ("National Lean Beef Corp and
# <Heritage Cattle Corp.", j129): the "<" before a capital is markup, no word.
_OPEN_TAG = re.compile(r"<(?=[A-Z])")


# A Reuters instrument code after a company's name ("Jardine Matheson Holdings Ltd JARD.HKG to
# report", "Siemens AG SIEG.F turnover", j107): the wire's ticker markup, letters, a stop and an
# exchange's suffix, no word a reader reads; the 1987 wire's three-letter suffixes too ("Lloyds Bank
# Plc LLOY.LON and the Royal Bank of Canada RY.TOR", j157).
_INSTRUMENT_CODE = re.compile(
    r"(?<=[A-Za-z.'’]) [A-Z]{2,6}\.(?:HKG|HK|AMS|LON|TOR|PAR|FRA|ZUR|MIL|BRU|SYD|MEL|MON|TOK|SIN|PA|TO|AS|MI|BR|SI|KL|MC|CO|OL|ST|HE|VI|BO|DE|AX|L|S|F|T|O|N|V|J|M|Z|A)"
    r"(?P<mark>[,;)]|\.(?=\s|$)|(?=\s|$))"
)


def _verb_in_lower_case(m: re.Match[str]) -> str:
    from quizgen.nlp import lemmatizer_lexicon  # the lemmatizer's tables, read once

    word = m.group().lower()
    lexicon = lemmatizer_lexicon()
    if lexicon.knows(word, "verb") and not lexicon.knows(word, "noun"):
        return word
    return m.group()


_LEAD = "`'\"(“‘["  # marks that open a word
_TRAIL = "'\".,;:!?)”’]"  # marks that close it


# The wire services' typewriter dash: an underscore standing alone between words ("a
# well-planned attack _ clearly not the work of amateurs", "WASHINGTON (AP) _ The …"). One
# character for one, so offsets hold.
_WIRE_DASH = re.compile(r"(?<=[^\S\n])_(?=[^\S\n])")


# A line-break hyphen left before a space: a letter, "-", one space, a word in lower case that
# is not the conjunction of a suspended hyphen ("coal- and gas-fired", "two- to three-year").
_BROKEN_HYPHEN = re.compile(
    r'''(?<!\S)(?:([^\s-]*[A-Za-z])- (?!(?:and|or|nor|to|und)\s)([a-z][A-Za-z'’-]*[.,;:!?)\]”’"']*)'''
    # an acronym or a score broken alike: "ITAR- TASS", "won 92- 83"
    r'''|([A-Z]{2,})- ([A-Z]{2,}[.,;:!?)\]”’"']*)(?![a-z])|(\d+)- (\d+[.,;:!?)\]”’"']*)(?![\d,.]\d))'''
)


def _join_broken_hyphens(text: str) -> str:
    """``text`` with each line-break hyphen's word joined and the space moved after the word and
    the marks closing it ("Roh Moo- hyun, who" → "Roh Moo-hyun,  who"), or before the word when
    no white space follows them."""

    def joined(m: re.Match[str]) -> str:
        first, second = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i) is not None)
        word = f"{first}-{second}"
        return f"{word} " if m.end() == len(text) or text[m.end()].isspace() else f" {word}"

    return _BROKEN_HYPHEN.sub(joined, text) if "- " in text else text


# A thousands group after a comma and a space: "165, 000 hectares" (a number never opens on
# "0"), with the groups around it and the marks closing it ("1, 000, 000.")
_SPLIT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:, ?\d{3})*, 0\d\d(?:, ?\d{3})*(?![\d])[.,;:!?)\]”’\"']*")


def _join_split_thousands(text: str) -> str:
    """``text`` with each number whose thousands groups a space set apart written whole, the
    spaces moved after it and its closing marks, or before it when no white space follows."""

    def joined(m: re.Match[str]) -> str:
        number = m.group().replace(" ", "")
        pad = " " * (len(m.group()) - len(number))
        return number + pad if m.end() == len(text) or text[m.end()].isspace() else pad + number

    return _SPLIT_THOUSANDS.sub(joined, text) if ", 0" in text else text


# Line noise a wire's transmission left in a word: the caret notation of a carriage return
# ("REUTER^M", "Pratt^M and Whitney") and a brace or a tilde between letters ("ME}LBOURNE",
# "Af~filiates", j118: a dateline asked as "ME}LBOURNE"). No word of prose holds them.
_NOISE = re.compile(r"\^M|(?<=[A-Za-z])[{}~](?=[A-Za-z])")
_NOISY_WORD = re.compile(r"\S*(?:\^M|[A-Za-z][{}~][A-Za-z])\S*")


# A Reuters roundup's story code: four capitals and the time the item was filed ("(MMSU 1404)
# In LONDON, LME silver ended …", "… 415/418 pence.(MMSL 1327)", j118): the wire's routing, no
# word a reader reads.
_STORY_CODE = re.compile(r"\([A-Z]{4} [0-2]\d[0-5]\d\)")


# A site's hover card left in the text after a name (The Hill, j159): the name again in full, run
# into the headlines of stories about the person, and "MORE" — "Sen. John McCain John Sidney
# McCainDemocrats cry wolf on Trump-Ukraine … MORE (R-Ariz.) said …", "Sen. Cory Booker Cory
# Anthony BookerWarren defends, … MORE". The card is the full name's words ending in the name's
# last word glued to the first headline, up to "MORE", or to "MORE" itself when the card lists
# no headline ("Benjamin Netanyahu Benjamin (Bibi) NetanyahuMORE has been indicted", j185):
# blanked, the name before it kept. A card may repeat the name exactly as written, a space before its
# first headline ("Joe Biden Joe Biden Parnas: U.S. ambassador … MORE", j197: the answer was "Joe
# Biden Joe Biden Parnas"): ``_REPEATED_CARD``.
_HOVER_CARD = re.compile(
    r"\b(?P<last>[A-Z][\w'’-]+)(?P<card> [A-Z][\w'’.()-]*(?: [A-Z(][\w'’.()-]*){0,4}? (?P=last)"
    r"(?:(?=[A-Z0-9‘“'\"])[^\n]{0,700}? MORE|MORE))(?P<mark>(?:['’]s)?[,.;:’']?)(?=[\s)]|$)"
)


_REPEATED_CARD = re.compile(
    r"\b(?P<full>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?P<card> (?P=full) (?=[A-Z0-9‘“'\"])[^\n]{0,700}? MORE)"
    r"(?P<mark>(?:['’]s)?[,.;:’']?)(?=[\s)]|$)"
)


def _without_hover_cards(text: str) -> str:
    """``text`` with each hover card (``_HOVER_CARD``, ``_REPEATED_CARD``) blanked, its length kept."""
    # a mark after the card moves up to the name: "Joe Biden, who", not "Joe Biden , who"
    text = _HOVER_CARD.sub(lambda m: m.group("last") + m.group("mark") + " " * len(m.group("card")), text)
    return _REPEATED_CARD.sub(lambda m: m.group("full") + m.group("mark") + " " * len(m.group("card")), text)


def _without_noise(text: str) -> str:
    """``text`` with line noise taken out of its words, each word padded after to its length."""
    return _NOISY_WORD.sub(lambda m: (clean := _NOISE.sub("", m.group())) + " " * (len(m.group()) - len(clean)), text)


def _plural_apostrophes(text: str) -> str:
    """``text`` with the straight mark that ``_PLURAL_QUOTE_APOSTROPHE`` finds and that pairs with
    no other straight mark of its paragraph (the first such, which leaves the paragraph's marks
    even) written as an apostrophe."""
    if not _PLURAL_QUOTE_APOSTROPHE.search(text):
        return text
    out: list[str] = []
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        marks = [m.start() for m in re.finditer('"', paragraph)]
        if len(marks) % 2:
            for m in _PLURAL_QUOTE_APOSTROPHE.finditer(paragraph):
                if marks.index(m.start()) % 2 == 0:
                    paragraph = paragraph[: m.start()] + "’" + paragraph[m.end() :]
                    break
        out.append(paragraph)
    return "".join(out)


def repair_markup(text: str) -> str:
    """``text`` with archive markup repaired, of the same length (see the module's doc)."""
    if "^M" in text or "{" in text or "}" in text or "~" in text:
        text = _without_noise(text)
    if "MORE" in text:
        text = _without_hover_cards(text)
    if "(" in text:
        text = _STORY_CODE.sub(lambda m: " " * len(m.group()), text)
    text = _WIRE_DASH.sub("—", text)
    text = _join_broken_hyphens(text)
    text = _join_split_thousands(text)
    if '"' in text:
        text = _QUOTE_APOSTROPHE.sub("’", text)
        text = _plural_apostrophes(text)
        text = _CURLY_THEN_STRAIGHT.sub(r"\1”", text)
        text = _STRAIGHT_THEN_CURLY.sub("“", text)
    # the code and the space before it blanked, a mark after it moved up to the name ("Co Ltd.")
    text = _INSTRUMENT_CODE.sub(lambda m: m.group("mark") + " " * (len(m.group()) - len(m.group("mark"))), text)
    if _TWO_LETTER_ABBREVIATION.search(text):
        text = _CAPITAL_AFTER_ABBREVIATION.sub(lambda m: m.group().lower(), text)
        text = _CAPITAL_WORD_AFTER_ABBREVIATION.sub(_verb_in_lower_case, text)
    if "<" in text:
        text = _OPEN_TAG.sub(" ", text)
    if not any(s in text for s in ("&", "amp", "``", "''", "#", "`")):
        return text
    out: list[str] = []
    at = 0
    gap_from = 0  # where the text since the last word looked at begins
    quoting = False  # inside a quotation: a '' after a number closes it ("``about 300''")
    # Only a word with a mark, an "&", a "#" or an "amp" can change or open or close a
    # quotation: the others (most of an article) are never looked at one by one.
    for m in _CANDIDATE.finditer(text):
        if "\n\n" in text[gap_from : m.start()]:
            quoting = False  # a new paragraph
        gap_from = m.end()
        word = m.group()
        fixed, left = _repair_word(word, _word_before(text, m.start()), _word_after(text, m.end()), quoting=quoting)
        marks = [c for c in fixed if c in "“”"]
        if marks:
            quoting = marks[-1] == "“"
        if fixed == word:
            continue
        pad = len(word) - len(fixed)
        if pad < 0:  # a repair that would lengthen the word (never expected): leave it
            continue
        out.append(text[at : m.start()])
        out.append(" " * min(pad, left) + fixed + " " * (pad - min(pad, left)))
        at = m.end()
    out.append(text[at:])
    repaired = "".join(out)
    assert len(repaired) == len(text)
    return repaired


# A word (white-space delimited) that holds something ``_repair_word`` may change or that
# opens or closes a quotation; any other word comes out as it went in.
_CANDIDATE = re.compile(r"(?<!\S)\S*?(?:[&`'#“”]|amp)\S*")
_WORD = re.compile(r"\S+")


def _word_before(text: str, start: int) -> str:
    """The white-space delimited word that ends before ``start`` ("" at the start)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _word_after(text: str, end: int) -> str:
    """The white-space delimited word that starts after ``end`` ("" at the end)."""
    m = _WORD.search(text, end)
    return m.group() if m else ""


def _repair_word(word: str, before: str, after: str, *, quoting: bool) -> tuple[str, int]:
    """(the word repaired, how much of its shortening goes before it: all but its closing
    marks')."""
    if word in ("amp", "amp;") and _capitalised(before) and (_capitalised(after) or after[:1].isdigit()):
        return "and", 0  # "Dow Jones amp Co.": "&" would leave padding inside the name
    decoded = _decode(word)
    shrunk = len(word) - len(decoded)  # padded before the word: a name it ends stays whole
    word = decoded
    lead_end = 0
    while lead_end < len(word) and word[lead_end] in _LEAD:
        lead_end += 1
    trail_start = len(word)
    while trail_start > lead_end and word[trail_start - 1] in _TRAIL:
        trail_start -= 1
    lead, core, trail = word[:lead_end], word[lead_end:trail_start], word[trail_start:]
    glued = _GLUED_APOSTROPHE.sub("’", core)  # "the company''s painting operations" (j80)
    shrunk += len(core) - len(glued)
    core = glued
    if not core and "``" not in lead:  # marks on their own ("''" after a space, "..."): they close
        lead, trail = "", lead + trail
    new_lead = lead.replace("``", "“").replace("''", "“")
    if new_lead.endswith("`") and core[:1].isalpha():
        new_lead = new_lead[:-1] + "‘"  # `single quotes'
    if core.startswith("#") and _POUND.match(core + trail) and _pounds(core, after):
        core = "£" + core[1:]
    if quoting or not (core[-1:].isdigit() and trail.startswith("''")):  # 6'2'': inches
        trail = trail.replace("''", "”")
    return new_lead + core + trail, shrunk + len(lead) - len(new_lead)


def _decode(text: str) -> str:
    for _ in range(3):  # "&amp;amp;" was escaped twice
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group()).replace("\xa0", " "), text)
        decoded = _AMP_SEMICOLON.sub("&", _GLUED_AMP.sub(r"\1&\2", decoded))
        if decoded == text:
            break
        text = decoded
    return text


def _capitalised(word: str) -> bool:
    letters = word.lstrip(_LEAD)
    return letters[:1].isupper()


def _pounds(number: str, after: str) -> bool:
    """Whether "#" + ``number`` is an amount in pounds: a scale word or a conversion follows,
    or it has pence ("#10.86"); "#1" alone is a rank."""
    return after.lower().rstrip(_TRAIL) in _SCALES or after.startswith("(") or bool(re.match(r"#\d+\.\d\d\b", number))
