"""Photo credit lines standing alone in the body, and the captions beside them.

A page that sets a picture in its article leaves two lines of it in the text trafilatura keeps:
the credit ("Scott Olson via Getty Images.", "Jim Urquhart / Reuters.", "AP Photo/John Doe",
"Photo: Reuters", "(Getty)") and the caption, before or after it ("President Obama hugs Mayor
Teresa Jacobs after arriving at Orlando airport."). Neither is the story's prose: a caption
repeats the story in the present tense of a picture, is cut short, and a card read from it asks
about the photo. A credit line is recognised by its shape alone — a name joined to a photo
source (``PHOTO_SOURCES``) by "via" or a slash, or a credit word (``PHOTO_CREDIT_WORDS``) with a
colon, a slash or "by" — and is furniture; a paragraph beside it is its caption when it has the
shape of one: short, one or two sentences, no quotation (a quoted paragraph is the story's), a
photo's present tense ("speaks", "holds up", ``CAPTION_VERBS``) or a place in the picture
("(left)"). A short past-tense paragraph beside a photo is kept: it may be the story's, and when
it is a caption it still states a fact of the story.

>>> is_photo_credit("Scott Olson via Getty Images.")
True
>>> is_photo_credit("AP Photo/John Doe")
True
>>> is_photo_credit("According to a Reuters/Ipsos poll, the two are in a dead heat.")
False
>>> looks_like_caption("Republican candidate Jo Lee speaks at a rally in Greensboro on June 14, 2016.")
True
>>> looks_like_caption("“We will win,” Lee said.")
False
>>> credited_caption("Joe Biden speaks at the SC Democratic Convention in Columbia, June 22, 2019. REUTERS/Randall Hill")
True
"""

from __future__ import annotations

import re

from quizgen.constants import CAPTION_POSITIONS, CAPTION_VERBS, PHOTO_CREDIT_WORDS, PHOTO_SOURCES

# A credited name: capitalised words (any script's capitals: "ÁNGEL"), initials, particles,
# hyphens ("Laura Cavanaugh", "POOL New").
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_NAME = _CAP + r"[\w.'’&-]*(?:\s+(?:" + _CAP + r"[\w.'’&-]*|de|da|van|von|der|al|bin|el|le|la|of))*"
# Sources in any case ("JANE DOE VIA GETTY IMAGES"); a credit may chain them ("Jane Doe/AFP via
# Getty Images", "Jane Doe/Bloomberg via Getty Images") and name whom the photo was for.
_SOURCE = r"(?i:" + "|".join(re.escape(s) for s in sorted(PHOTO_SOURCES, key=len, reverse=True)) + r")"
_SEP = r"\s*(?:/|\||(?i:\bvia\b))\s*"
_FOR = r"(?:\s+for\s+(?:the\s+)?" + _NAME + r")?"  # "… via Getty Images for the Tribeca Film Festival"
_WORD = r"(?:" + "|".join(PHOTO_CREDIT_WORDS) + r")"
_CREDIT = re.compile(
    r"\(?\s*(?:"
    + r"(?:" + _NAME + r"|" + _SOURCE + r")(?:" + _SEP + _NAME + r")*" + _SEP + _SOURCE + r"(?:" + _SEP + _SOURCE + r")*" + _FOR  # "Scott Olson via Getty Images"
    + r"|" + _NAME + r"\s+for\s+" + _SOURCE  # "Jane Doe for The Washington Post"
    + r"|" + _SOURCE + r"(?:\s+" + _WORD + r")?\s*/\s*" + _NAME  # "AP Photo/John Doe", "Facebook/Jo Lee"
    + r"|" + _WORD + r"(?:\s+(?:by|of))?\s*[:/]?\s*" + _NAME + r"(?:\s*(?:/|\bvia\b|\bfor\b)\s*" + _NAME + r")?"
    + r")\s*\)?\s*\.?"
    + r"|\(\s*" + _SOURCE + r"\s*\)\.?"  # "(Getty)": a source alone only in brackets
)
_CREDIT_WORDS_MAX = 10  # a credit names a photographer and a source: a longer line is prose
CAPTION_MAX_WORDS = 40  # a caption is a sentence or two; the story's paragraphs run longer
_QUOTES = ('"', "“", "”")
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")
_CAPTION_VERB = re.compile(r"\b(?:" + "|".join(CAPTION_VERBS) + r")\b")
_CAPTION_CUE = re.compile(_CAPTION_VERB.pattern + r"|\((?:" + "|".join(CAPTION_POSITIONS) + r")\)")
# A picture agency's caption dates and places its photo: "… at a rally on March 3, 2016 in Dayton,
# Ohio.", "… during a speech in Warren, Michigan on Thursday, Aug. 11, 2016." A story's own
# sentence rarely gives a day with its year and a place together beside a photo credit.
_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|June|July"
    r"|August|September|October|November|December"
)
_FULL_DATE = re.compile(r"\b(?:" + _MONTHS + r")\s+\d{1,2},?\s+(?:19|20)\d\d\b")
_IN_PLACE = re.compile(r"\bin\s+" + _CAP + r"[\w.'’-]+")


def is_photo_credit(text: str) -> bool:
    """Whether ``text`` (one paragraph) is a photo's credit line and nothing else."""
    flat = " ".join(text.split())
    if not flat or len(flat.split()) > _CREDIT_WORDS_MAX:
        return False
    m = _CREDIT.fullmatch(flat)
    # a credit word needs its colon, slash or "by": "Pictures of the week." is no credit
    return m is not None and (not re.match(r"\(?" + _WORD + r"\b", flat) or re.search(r"[:/]|\bby\b|\bof\b", flat) is not None)


def looks_like_caption(text: str) -> bool:
    """Whether ``text`` has a caption's shape: short, at most two sentences, nothing quoted, and a
    photo's present tense (``CAPTION_VERBS``) or a place in the picture ("(left)"); a short
    paragraph of the story told in the past beside a photo stays prose."""
    flat = " ".join(text.split())
    if not flat or any(q in flat for q in _QUOTES):
        return False
    return (
        len(flat.split()) <= CAPTION_MAX_WORDS
        and len(_SENTENCE_END.findall(flat)) <= 2
        and (_CAPTION_CUE.search(flat) is not None or _dated_place(flat))
    )


def _dated_place(flat: str) -> bool:
    """Whether a photo agency's dating and placing is in ``flat``: a full date with its year
    and "in" a named place, one right after the other ("on March 3, 2016 in Dayton, Ohio", "in
    Warren, Michigan on Thursday, Aug. 11, 2016")."""
    for date in _FULL_DATE.finditer(flat):
        after = _IN_PLACE.match(flat, date.end() + (1 if flat[date.end() : date.end() + 1] in (",", " ") else 0))
        if after is None and flat[date.end() : date.end() + 2] == ", ":
            after = _IN_PLACE.match(flat, date.end() + 2)
        before = re.search(r"\bin\s+" + _CAP + r"[^.;]{0,60}?\s+on\s+(?:[A-Z][a-z]+day,?\s+)?$", flat[: date.start()])
        if after is not None or before is not None:
            return True
    return False


# An agency's credit closing a caption paragraph ("… in Columbia, South Carolina, U.S., June 22,
# 2019. REUTERS/Randall Hill", "… in Mount Vernon, Iowa. (AP Photo/Patrick Semansky)"), the
# credit a site sets inside one ("… aired Sunday night. | AP Photos"), or an archive photo's label
# opening one ("FILE PHOTO: …", "FILE - In this Jan. 9, 2020 file photo, …", j158).
# An agency a site names alone after a bar ("… | Getty", "| REUTERS How Obama can rebound")
_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|Getty(?:\s+Images)?|EPA|Bloomberg)"
_CLOSING_CREDIT = re.compile(
    r"(?:(?<=[.!?] )(?:REUTERS|AFP|EPA|XINHUA)/\S.{0,80}|\((?:AP|AFP|Reuters|Getty|EPA) Photos?(?:/[^)]{0,60})?\)?\.?)\s*$"
    r"|\s\|\s(?:AP|AFP|Reuters|Getty Images|Getty)\s+Photos?\b"
    # the agency alone closing the paragraph ("… on Feb. 17. | Getty", "… Jorge Silva | Reuters",
    # j223): 77 paragraphs of the AllSides stories end so besides those read already, all captions
    # or a site's pull quotes beside a photo
    r"|\s\|\s" + _AGENCY + r"\.?$"
    # … or after a sentence's end with a teaser headline run on after it ("… during the G7 Summit,
    # Friday. | AP Trump with Abe: 'You can bet' …", "… the author writes. | REUTERS How Obama can
    # rebound", j224): 116 such paragraphs of the AllSides stories, all Politico's captions and teasers
    r"|[.!?”\"]\s\|\s" + _AGENCY + r"\s+(?=[A-Z‘'“\"])"
    # the photographer before the agency ("… in El Paso, Texas. | John Locher/AP Photo", "| Zach
    # Gibson/Getty Images", "| Mandel Ngan/AFP/Getty", j190: a teaser for another story ran on after
    # it, and its "2020 Elections Trump" was read as a person)
    # a pool photographer's, through the agency ("| Win McNamee/Pool via AP", "| Pool/Getty Images", j201)
    r"|\s\|\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?/\s?(?:Pool\s+via\s+|Pool\s?/\s?)?"
    r"(?:(?:AP|AFP|Reuters)(?:\s+Photos?)?\b|(?:AFP/)?Getty(?:\s+Images)?\b|Bloomberg\b|EPA\b)"
)
# … or a photographer's credit opening it, the caption run on after it ("Jeff Roberson/AP Pamela
# Merritt, a reproductive rights advocate, speaks …", "Story Hinckley/The Christian Science Monitor
# Nancy Bowden (center) stands …", j202: the picture's words were read as the story's)
_OPENING_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?/\s?"
    # a national agency's credit before the wire's ("Alessandro Di Meo/ANSA/AP Italian Deputy Prime
    # Minister Luigi Di Maio celebrates …", j217: read as a role "AP Italian Deputy Prime Minister")
    r"(?:[A-Z]{2,}\s?/\s?)?"
    r"(?:" + _SOURCE + r"|The(?:\s[A-Z][\w.'’-]*){1,4})(?:\s+Photos?)?\s+[A-Z(“\"]"
    # "Courtesy of Arnie Alpert The Rev. Jonathan Hopkins speaks with …" (j207): a lender's credit
    r"|^(?:Photo\s+)?[Cc]ourtesy\s+of\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s+[A-Z(“\"]"
)
_FILE_PHOTO = re.compile(r"^(?:FILE PHOTO\b|FILE\s+[-–—]\s+(?:In this|This)\b)")
# A photo gallery's captions run into the text, however long, a paragraph a photo ("… Hide Caption
# 2 of 22 Photos: …", "Photos: Photos: Attack on U.S. mission in Benghazi …", j160), or a
# slideshow's, its controls' words around each caption ("Hide caption Shayna Mason, 11, signs a
# poster … Previous Next Andrew Harnik/The Washington Times", j162), or a video player's, opened by
# its button ("CLOSE Mitch McConnell says Jon Stewart was … Just the FAQs, USA TODAY", j164).
_GALLERY = re.compile(r"\bHide Caption \d+ of \d+\b|^Photos: |^Hide [Cc]aption\b|\bPrevious Next\b|^CLOSE\s+(?=[A-Z“\"])")
CREDITED_CAPTION_MAX_WORDS = 90  # an agency's caption may run to three sentences of the story
# An agency's caption closes on its place and full date, with no "on" between ("… in Yokohama,
# south of Tokyo, Japan February 7, 2020.", "… in Clearwater, Florida, May 15, 2019.", j188: its
# "Thursday" was dated as the story's); prose writes "on May 15, 2019". Five paragraphs of the
# 2,040 AllSides stories end so, all captions.
# (the country may be an abbreviation: "… in Atlanta, Georgia, U.S. January 10, 2020.", fresh104)
_PLACE_AND_DATE_END = re.compile(r"(?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2,3}),? (?:" + _MONTHS + r") \d{1,2}, (?:19|20)\d\d\.$")


# Where a person stands in the picture ("Mitch McConnell (R-KY) (L) and fellow Republican lawmakers",
# "Sen. Lisa Murkowski (R-Alaska), left, isn't picking …", "Nancy Bowden (center) stands …", j212):
# words only a caption writes. Not "(R)", which news writes for a Republican. All 16 such paragraphs
# of the AllSides draws fresh1 … fresh61 are captions.
_PICTURE_SIDES = [p for p in CAPTION_POSITIONS if p not in ("top", "bottom", "front", "back")]  # "(back)" is a quote's too
_PLACE_IN_PICTURE = re.compile(
    r"\((?:" + "|".join([*_PICTURE_SIDES, "L", "C", "L-R", "from left", "second from left", "second from right"]) + r")\)"
    r"|\), (?:left|right|center),"
)


# A site's credit set in brackets inside the caption's paragraph ("… in San Jose, Costa Rica. (Photo:
# Mandel Ngan, AFP/Getty Images) Story Highlights …", USA TODAY, j216): all 98 such paragraphs of the
# AllSides draws fresh1 … fresh64 are captions, a few longer than an agency's three sentences.
_BRACKETED_CREDIT = re.compile(r"\(Photos?: [^()]{1,80}\)")
BRACKETED_CREDIT_MAX_WORDS = 160


def credited_caption(text: str) -> bool:
    """Whether ``text`` (one paragraph) is a photo's caption that carries its own agency credit or
    archive label (``_CLOSING_CREDIT``, ``_FILE_PHOTO``): a caption repeats the story in a
    picture's words, and its dates are the photo's."""
    flat = " ".join(text.split())
    if _GALLERY.search(flat):
        return True
    if len(flat.split()) <= BRACKETED_CREDIT_MAX_WORDS and _BRACKETED_CREDIT.search(flat) is not None:
        return True
    return len(flat.split()) <= CREDITED_CAPTION_MAX_WORDS and (
        _CLOSING_CREDIT.search(flat) is not None or _FILE_PHOTO.match(flat) is not None
        or _OPENING_CREDIT.match(flat) is not None or _PLACE_IN_PICTURE.search(flat) is not None
        or _PLACE_AND_DATE_END.search(flat) is not None
    )


# A picture agency's caption standing with no credit beside it: one sentence in a photo's present
# tense (``CAPTION_VERBS``) that dates and places its picture ("Donald Trump, pictured with his wife
# Melania, gives a thumbs up following his victory … on April 19, 2016 in New York City.", "US
# Attorney General William Barr testifies before the Senate Judiciary Committee on "…" on Capitol
# Hill in Washington, DC, on May 1, 2019.", j221: both asked as the story's). Prose tells what it
# reports in the past. In the first 8,000 AllSides stories this reads 23 more paragraphs (37 with
# the repeats) as captions, all of them captions; the one prose paragraph of that shape ("Defense
# talks with Cuba began. At a meeting in Caracas on May 26, 2008, …") has its "talks" and its
# date in two sentences, and stays prose.


def dated_caption(text: str) -> bool:
    """Whether ``text`` (one paragraph) is a photo's caption by its own words alone: short, one or
    two sentences, and one of them in a photo's present tense with its picture's full date and place."""
    flat = " ".join(text.split())
    if not flat or flat[0] in _QUOTES or len(flat.split()) > CAPTION_MAX_WORDS:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", flat) if s]
    if len(sentences) > 2:
        return False
    return any(_CAPTION_VERB.search(s) is not None and _dated_place(s) for s in sentences)


# A gallery caption dates its picture by its day: "on Sunday, December 6", "November 12",
# "on February 21, 2016".
_PICTURE_DAY = re.compile(r"\b(?:" + _MONTHS + r")\s+\d{1,2}\b")
GALLERY_CAPTION_MAX_SENTENCES = 4
# A caption may quote a word or two ("ISIS claims its “fighters” launched the attacks").
_QUOTED_WORDS = re.compile(r"[“\"]([^”\"]*)[”\"]")
QUOTED_WORDS_MAX = 3


def gallery_caption(text: str) -> bool:
    """Whether a paragraph beside a photo gallery's captions is one more of them: a caption's
    shape (``looks_like_caption``), or a dated picture's — its day told, no quotation of more
    than a few words, a few sentences at most ("Smoke rises over the northern Iraqi town of Sinjar on November 12.
    Kurdish Iraqi fighters … retook the strategic town")."""
    flat = " ".join(text.split())
    if not flat or flat[0] in _QUOTES or any(len(q.split()) > QUOTED_WORDS_MAX for q in _QUOTED_WORDS.findall(flat)):
        return False  # a paragraph that quotes someone at length is the story's, not a picture's
    if looks_like_caption(flat):
        return True
    return (
        len(flat.split()) <= CREDITED_CAPTION_MAX_WORDS
        and len(_SENTENCE_END.findall(flat)) <= GALLERY_CAPTION_MAX_SENTENCES
        and _PICTURE_DAY.search(flat) is not None
    )
