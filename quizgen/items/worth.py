"""Whether a card is worth studying at all: cards that are not are never made.

Ranking (``ranking.importance``) orders what a teacher would ask first; this module says what
a teacher would never ask, whatever its rank. Readers of judged samples marked as not worth
learning three families of cards, and each has a sign we can read:

- a card of a kind of trivia (``trivia.trivia_kind``, or ``occasion_kind`` from the parse): the
  day a paper reported something or someone spoke, commented or issued a statement (after the
  lede: in it, that day is the news), the day an accounting period ended, a share price's daily move, a date the story only looks back to ("last
  year"), a poll's margin of error, a figure given only to compare ("the year-ago quarter")
  or a running tally ("so far");
- a quote or person card of an aside (``ranking.is_aside``: a passer-by quoted once, a
  commentator quoted once or twice, after the lede) or a person card about a **peripheral
  person** (``peripheral_person``): an outside voice (an analyst, a professor, a spokeswoman)
  the story names or quotes once or twice, or an office-holder it names only in passing (a
  world leader in a comparison, a minister "also present");
- a dated role card ("Who was the Italian dictator (March 2016)?") of a person the story shows
  dead or of history (``ArticleSignals.departed``, ``items.departed``): the role is not theirs at
  the story's time;
- a date or event the story recalls after its lede from before its time window, or one its lede
  recalls from a year or more before (``LEDE_BACKGROUND_DAYS``: "joined Provigo in 1985"), or one
  that only modifies a noun ("the ____ campaign"), or a card whose importance is below
  ``MIN_IMPORTANCE``.

A person is peripheral *to one article*: named in its headline, or often enough to be one of
the people the story is about (``ArticleSignals.centrality``), they are not.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from quizgen.constants import PARTY_MEMBERS, PERSON_NOUNS, ROLE_NOUNS
from quizgen.extract.date_predicates import MODIFIER
from quizgen.extract.roles import HONORIFICS
from quizgen.facts.names import surname
from quizgen.items.distractors import role_family
from quizgen.items.ranking import (
    MIN_IMPORTANCE,
    MODIFYING_BLANK,
    ArticleSignals,
    content_words,
    is_aside,
    is_commentator,
    is_title,
)
from quizgen.items.scopes import SCOPE_WORDS, scopes_in
from quizgen.items.titles import OFFICE_WORDS, ROLE_WORDS
from quizgen.items.trivia import trivia_kind
from quizgen.items.voxpop import VOXPOP_PARAGRAPHS, aged, in_voxpop_scene, speaks

# Voices that speak for someone else: their name is not the story's ("a spokeswoman said …").
SPOKESPEOPLE = re.compile(r"\bspokes(?:man|woman|person|people)\b|\bpress secretary\b", re.IGNORECASE)
# … and one who speaks for someone named in the role ("spokesman for House Speaker").
# (A role cut off after "for" names nobody: "campaign spokesman for" may speak for the story's own.)
SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+\w", re.IGNORECASE)
OUTSIDE_VOICE_WEIGHT = 2  # an outside voice named or quoted at most this often is peripheral …
OUTSIDE_VOICE_CENTRALITY = 0.5  # … or one named less than half as often as the story's main person
# A person the story shows in at most this many prose paragraphs (mentions, quotes and resolved
# pronouns), never in the headline or lede, is a one-scene voice. On the judged dev sample (j4),
# person cards of people in 1-2 paragraphs were judged not worth learning 7 times out of 10 (a
# voter, a committee member, a defence lawyer, a former official, a fund spokesman, a donor, a
# historical figure); those of people in 3 paragraphs or more, 0 times out of 4. The rule below
# drops the first four (quoted, no acting role) and none of the three judged worth learning (an
# attorney general, a campaign's adviser, an article's main person).
ONE_SCENE_PARAGRAPHS = 2
# Roles whose holders act in a story rather than comment on it: an official, an officer, a
# campaign's own people keep their card (a senator or a campaign adviser named once is the news).
ACTING_FAMILIES = frozenset(["office", "military", "campaign"])
# Descriptions of a party to a case, not a side voice ("the victim's mother" is one too, but a
# description's head is what the role names: "a victim", "the defendant").
PARTY_NOUNS = frozenset(["suspect", "victim", "survivor", "witness", "defendant", "plaintiff", "accused", "petitioner", "complainant"])
# Words that open a title and name a country's body, not its people ("Senate Majority Leader").
NATIONAL_BODIES = frozenset(["Senate", "Congress", "Parliament", "Pentagon", "White", "Capitol", "FBI", "CIA", "NSA", "GOP", "Kremlin", "Bundestag", "Duma", "Knesset"])
OFFICE_TITLE_WORDS = OFFICE_WORDS - {"of", "the", "and", "for", "former", "then"}
# Kinds of trivia that are the story's own in its lede (a market report leads on the day's move).
NEWS_IN_THE_LEDE = frozenset(["remark date", "market move", "speaker's date"])
# The trivia kind of a date's occasion (``DateFact.occasion``, read from the parse).
# (A figure's "occasion" is whether the parse reads it as a comparison's baseline.)
OCCASION_KINDS = {
    "report": "report date",
    "remark": "remark date",
    "period end": "period end",
    "speaker description": "speaker's date",  # "said Ana Ruiz, a nurse who spent Sunday night …"
    True: "comparison figure",
}
PASSING_WEIGHT = 1  # a person named this often (and never in the headline or lede) is a passing mention
# … as is one shown in one scene (``ONE_SCENE_PARAGRAPHS``) and named less than this share as often
# as the story's main person: on 60 dev articles (seed 96), a Vermont senator, a Texas senator,
# a vice president and a watchdog's president named in 1-2 of 16-31 paragraphs (centrality
# 0.05-0.2) of stories about others; the one-scene people the stories are about (a union's
# president, the UN refugee chief: 2 of 11-14 paragraphs) stand at 0.44 and above.
PASSING_CENTRALITY = 0.25
# A person in at most this share of a story's prose paragraphs, named less than this share as often
# as its main person, and never in its headline or lede, is a minor voice whatever their title:
# on the judged dev sample (j9), a state legislator (2 of 31 paragraphs) and a congressman (2 of 18)
# quoted on someone else's story were judged not worth learning.
MINOR_VOICE_SHARE = 0.12
MINOR_VOICE_CENTRALITY = 0.3
# The story's time: from NEWS_DAYS_BEFORE days before an anchor (the publication day, a date of the
# headline or lede) to NEWS_DAYS_AFTER days after. Dev key-fact dates lie from 35 days before
# publication (an embassy bombing recalled five weeks on) to 7 days after; judged dev dates worth
# learning from 29 days before to 38 after (a redemption date in a lede); dates readers called
# background 142-606 days before (a book's year, an earlier gaffe's month, a rescue) or 99 days
# after (a scheduled caucus).
NEWS_DAYS_BEFORE = 45
NEWS_DAYS_AFTER = 60
# A date that only describes a place, thing or person the story names (a relative clause: "the
# nightclub, where 49 people were killed June 12") is background when it lies more than this
# many days before the story's time: the week's news can be told that way, the month before's not.
DESCRIPTION_DAYS_BEFORE = 7
# A date or event the lede itself gives is the story's news, unless it lies this many days or more
# before the story's time: "Mr. Lortie joined Provigo in 1985" beside the news of his resignation
# is how the lede introduces him (dev notes, j9). A year back, a lede recalls; it does not report.
LEDE_BACKGROUND_DAYS = 365  # (before only: a later date in the lede is what is to come)
# Roles members of a gathering or a public hold many at a time: a story that quotes two
# "Sanders delegate from Vermont"s or two "union member"s at a convention quotes its crowd
# (``crowd_role``), however official the word sounds ("delegate" is an office elsewhere).
CROWD_NOUNS = frozenset(
    ["delegate", "superdelegate", "member", "attendee", "participant", "marcher", "protester", "protestor",
     "demonstrator", "spectator", "onlooker", "shopper", "parishioner", "shareholder", "fan", "supporter",
     "volunteer", "caucusgoer", "caucus-goer", "voter", "resident", "parent", "student", "worker"]
)
# Where a role's head noun ends and what qualifies it begins: "delegate from Vermont", "member of …".
# Nouns that end a place's name: "Henrico County", "Orange City", "Lake District".
# ("state" is left out: "State Department spokesman" is of a story about the State Department.)
PLACE_HEAD_NOUNS = frozenset(["county", "city", "town", "township", "village", "borough", "district", "parish", "province", "region", "territory"])
_ROLE_QUALIFIER = re.compile(r"\s+(?:from|of|at|in|for|with|who|whose|which|that)\b|,|\(")


def worth_a_card(item, value: float, signals: dict[str, ArticleSignals] | None = None) -> bool:
    """Whether a card is worth studying at all (``not_worth`` gives no reason and its
    importance ``value`` reaches ``MIN_IMPORTANCE``)."""
    return not_worth(item, signals or {}) is None and value >= MIN_IMPORTANCE


def not_worth(item, signals: dict[str, ArticleSignals]) -> str | None:
    """Why a card is not worth studying ("trivia: market day", "peripheral: outside voice",
    "modifying date"), or None."""
    found = list(_articles(item, signals))
    if item.kind == "date" and (MODIFYING_BLANK.search(item.question) or (found and all(_modifies(item, art, s) for s, art in found))):
        return "modifying date"
    kind = trivia_kind(item) or occasion_kind(item, found)
    # the day someone spoke is the news when the lede says it ("Paribas said ____ that it will
    # bid"), unless it is only the report's own day: "the minister said on Saturday" in
    # Saturday's report asks the date on the page, not a news event
    in_lede = any(_start(item, source) < art.lede_end for source, art in found)
    if kind == "remark date" and _the_report_s_day(item, found):
        return f"trivia: {kind}"
    if kind and not (kind in NEWS_IN_THE_LEDE and in_lede):
        return f"trivia: {kind}"
    shape = figure_shape(item, found)
    if shape:
        return f"trivia: {shape}"
    if item.kind == "date" and found and all(_background(item, art, _start(item, source), source) for source, art in found):
        return "background date"
    if item.kind == "event" and found and all(_background_event(item, art, source) for source, art in found):
        return "background event"
    if item.kind == "number" and found and all(_recalled_figure(item, art, source) for source, art in found):
        return "background figure"
    if item.kind == "quote" and found and all(_background_quote(item, art, source) for source, art in found):
        return "background quote"
    if item.kind == "person" and getattr(item, "as_of", None) and found and all(item.person in art.departed for _, art in found):
        return "departed: a role the story's time does not hold"
    if item.kind in ("quote", "person") and found and all(_voxpop_card(item, art, s) for s, art in found):
        return "peripheral: vox-pop"
    if item.kind in ("date", "number") and found and all(_in_voxpop_scene(item, art, s) for s, art in found):
        return "peripheral: vox-pop scene"
    if item.kind in ("quote", "person") and found and all(is_aside(item, art, _start(item, s)) for s, art in found):
        return "peripheral: aside"
    if item.kind == "quote" and found and all(side_voice(item, art, _start(item, s)) for s, art in found):
        return "peripheral: side voice"
    if item.kind in ("quote", "person") and found and all(minor_voice(item, art, _start(item, s)) for s, art in found):
        return "peripheral: minor voice"
    if item.kind == "person":
        reasons = [peripheral_person(item, art, _start(item, source)) for source, art in found]
        if reasons and all(reasons):
            return f"peripheral: {reasons[0]}"
    return None


def occasion_kind(item, found: list[tuple[str, ArticleSignals]]) -> str | None:
    """The kind of trivia a date card's parse shows: "report date" when the date is that of a
    publication in every report of it ("USA Today reported in October", "according to a report
    Tuesday"), "remark date" when it is that of another communication act ("said on Tuesday",
    "declined to comment on Monday", "in a statement issued Friday"), "period end" when it ends
    an accounting period or a tally ("the quarter ended Sept. 30", "through Oct. 19"); for a
    number card, "comparison figure" when the parse reads the figure as what the news is compared
    with ("In the year-earlier period, Norton Co. had net of ____", "up 39% from ____"); None for a date of an event, or a card that is no date.
    The occasion is read from each article's parse (``ArticleSignals.date_occasions``)."""
    if item.kind not in ("date", "number") or not found:
        return None
    kinds = set()
    for source, art in found:
        occasions = _occasions(item, art, source)
        if len(occasions) != 1:
            return None  # an event's date in this report (or two readings of it)
        kinds |= occasions
    return OCCASION_KINDS.get(kinds.pop()) if len(kinds) == 1 else None


def _the_report_s_day(item, found: list[tuple[str, ArticleSignals]]) -> bool:
    """Whether a date card's day is the publication day of every article it is read from."""
    return bool(found) and all(art.published is not None and item.value == art.published.isoformat() for _, art in found)


def figure_shape(item, found: list[tuple[str, ArticleSignals]]) -> str | None:
    """For a number card, "range end", "breakdown" or "inventory" when every report of its figure gives it as
    one bound of a range or a list's minor entry (``items.figure_shapes``), else None."""
    if item.kind != "number" or not found:
        return None
    shapes = set()
    for source, art in found:
        spans = [(e.start, e.end) for e in item.evidence if e.source == source]
        here = {
            shape
            for at, value, shape in art.figure_shapes
            if _same_value(value, item.value) and any(s <= at < e for s, e in spans)
        }
        if len(here) != 1:
            return None
        shapes |= here
    return shapes.pop() if len(shapes) == 1 else None


def _same_value(fact_value, item_value) -> bool:
    """A fact's value and an item's (a range is a tuple in one, a list in the other)."""
    if isinstance(fact_value, (tuple, list)) and isinstance(item_value, (tuple, list)):
        return list(fact_value) == list(item_value)
    return fact_value == item_value


def peripheral_person(item, art: ArticleSignals, start: int) -> str | None:
    """Why the person of a person card is peripheral to one article ("outside voice",
    "passing mention"), or None when the story is about them.

    An outside voice is a commentator (``ranking.is_commentator``: an analyst, a professor, a
    strategist) or a spokesperson, named or quoted at most ``OUTSIDE_VOICE_WEIGHT`` times or
    less than ``OUTSIDE_VOICE_CENTRALITY`` as often as the article's most central person; a
    passing mention is an office-holder or professional (``ranking.is_title``) named
    ``PASSING_WEIGHT`` time, after the lede. Nobody named in the headline is peripheral.
    """
    last = surname(item.person)
    if last and art.names_in_title(last):
        return None
    weight = art.weight(item.person)
    outside = is_commentator(item.role) or SPOKESPEOPLE.search(item.role or "")
    if outside and (weight <= OUTSIDE_VOICE_WEIGHT or art.centrality(item.person) < OUTSIDE_VOICE_CENTRALITY):
        return "outside voice"
    if outside and _in_a_corner(item.person, art, start):
        return "outside voice"
    if one_scene_voice(item, art, start):
        return "one-scene voice"
    # only an office or a profession: "a British-Libyan man named ____" may be the story's bomber
    if weight <= PASSING_WEIGHT and start >= art.lede_end and is_title(item.role):
        return "passing mention"
    if is_title(item.role) and minor_in_one_scene(item, art, start):
        return "passing mention"
    return None


def _in_a_corner(person: str, art: ArticleSignals, start: int) -> bool:
    """Whether a person stands after the lede in at most ``MINOR_VOICE_SHARE`` of a story's
    prose paragraphs and is not named in its lede: a broker quoted in 3 of 34 paragraphs of a
    trend story no one person carries is its commentator, however often he is quoted there."""
    share = art.paragraph_share(person)
    if share is None or share > MINOR_VOICE_SHARE or start < art.lede_end:
        return False
    return not art.names_in_lede(surname(person) or person)


def minor_in_one_scene(item, art: ArticleSignals, start: int) -> bool:
    """Whether a person card's person is a side figure of one scene: not named in the headline
    or lede, shown in at most ``ONE_SCENE_PARAGRAPHS`` prose paragraphs and named less than
    ``PASSING_CENTRALITY`` as often as the story's main person (a senator a campaign story
    mentions beside its own people, however famous)."""
    share = art.paragraph_share(item.person)
    if share is None or start < art.lede_end:
        return False
    last = surname(item.person) or item.person
    if art.names_in_lede(last) or _office_of_the_story(item.role, art):
        return False
    return round(share * art.prose_paragraphs) <= ONE_SCENE_PARAGRAPHS and art.centrality(item.person) < PASSING_CENTRALITY


# The kind nouns that end places' names ("Henrico County", "Brown County"): a role shares one with
# the lede's names without being held in any of them, so only a name's own words tie a role to
# the story ("chair of Palm Beach County" is of no story about Brown County; dev, seed 2901: two
# county chairs quoted once in a swing-state story were kept so).
_NAME_HEADS = content_words(" ".join(PLACE_HEAD_NOUNS))


def _office_of_the_story(role: str | None, art: ArticleSignals) -> bool:
    """Whether a role is held in what the headline or lede is about: "NATO Secretary General" in
    a story whose lede names NATO (its own words, not its title words, in the lede). When the
    article's signals say which organisations and places its headline and lede name
    (``ArticleSignals.lede_entities``), the role's own words must be theirs: "Cuban President"
    is no office of a story about a "Cuban boy" (a nationality), it is of one about Cuba; "Clinton
    campaign manager" is of a story whose lede names Clinton; "Hungarian Foreign Minister" is of
    one whose lede names Hungary (``items.scopes``)."""
    own = content_words(role or "") - content_words(" ".join(ROLE_WORDS | OFFICE_WORDS)) - _NAME_HEADS
    if art.lede_entities is None:
        return bool(own & art.lede_words)
    # a person's campaign or staff is an office of the story its lede names them in
    people = content_words(" ".join(surname(p) for p in art.mentions | art.quotes))
    if own & art.lede_entities or own & people & art.lede_words:
        return True
    # a country's office in a story whose lede names that country ("Hungarian Foreign Minister"
    # when Hungary joins NATO): the nationality opening the title names the country the lede does
    # (a party's name, "Republican Rep.", or a body's, "Senate Majority Leader", is no nationality)
    first = (role or "").split()[:1]
    # (a party's adjective is its name too: "Democratic chair of …" → "democrat")
    if not first or first[0].lower().removesuffix("ic") in PARTY_MEMBERS or first[0] in NATIONAL_BODIES:
        return False
    return any(content_words(" ".join(SCOPE_WORDS.get(code, ()))) & art.lede_entities for code in scopes_in(first[0]))


def one_scene_voice(item, art: ArticleSignals, start: int) -> bool:
    """Whether a person card's person appears in one scene of the story: not the article's most
    central person, not named in its headline or lede, shown in at most ``ONE_SCENE_PARAGRAPHS``
    prose paragraphs, and either speaking for others or commenting (a spokesman, an analyst) or
    quoted without an acting role (``ACTING_FAMILIES``): a vox-pop voice, an outside lawyer, a
    party member's colour quote."""
    share = art.paragraph_share(item.person)
    if share is None or start < art.lede_end or art.centrality(item.person) >= 1.0:
        return False
    last = surname(item.person) or item.person
    if art.names_in_lede(last):
        return False
    if round(share * art.prose_paragraphs) > ONE_SCENE_PARAGRAPHS:
        return False
    if SPOKESPEOPLE.search(item.role or "") or is_commentator(item.role):
        return True
    # a voice: quoted in its scene ("said Dana Kirby, a shop owner"); someone the story only
    # names in one scene may be its actor ("the bomber, a British-Libyan man named ____")
    # an official quoted in its one scene and named no more than an outside voice (a delegate's
    # floor remark, a chancellor's one line in a story about others) is a voice there too, unless
    # the office is what the story is about (NATO's Secretary General in a story about NATO)
    quoted = art.named_and_quoted(item.person)[1] > 0
    if not quoted:
        return False
    if role_family(item.role) not in ACTING_FAMILIES:
        return True
    return art.weight(item.person) <= OUTSIDE_VOICE_WEIGHT and not _office_of_the_story(item.role, art)


def minor_voice(item, art: ArticleSignals, start: int) -> bool:
    """Whether a quote or person card's person is a minor voice of a long story, whatever their
    title: not named in its headline or lede, shown in one scene (at most ``ONE_SCENE_PARAGRAPHS``
    prose paragraphs) that is at most ``MINOR_VOICE_SHARE`` of its prose paragraphs, and named less than ``MINOR_VOICE_CENTRALITY`` as often as its main person. A
    congressman or a state legislator quoted in two paragraphs of a story about someone else
    comments on it; ``is_aside`` keeps them for their title, as it must for a senator who is
    the news (then the lede, or many of the paragraphs, are theirs). A role held in what the lede
    is about keeps the card (``_office_of_the_story``)."""
    person = item.answer if item.kind == "quote" else item.person
    if "organisation" in item.tags or start < art.lede_end:
        return False
    share = art.paragraph_share(person)
    if share is None or share > MINOR_VOICE_SHARE or art.centrality(person) >= MINOR_VOICE_CENTRALITY:
        return False
    if round(share * art.prose_paragraphs) > ONE_SCENE_PARAGRAPHS:
        return False  # three scenes of a long story: a candidate's, a protagonist's
    last = surname(person) or person
    if art.names_in_title(last) or art.names_in_lede(last):
        return False
    return not _office_of_the_story(item.role, art)


def side_voice(item, art: ArticleSignals, start: int) -> bool:
    """Whether a quote card's speaker is a side voice of one article: someone the story
    describes rather than entitles (``described``: a voter, a supporter, a student, "a
    54-year-old from Ames", a description that is no office nor profession), or a commentator,
    quoted after the lede in one scene (at most ``ONE_SCENE_PARAGRAPHS`` prose paragraphs),
    named neither in the headline nor in the lede, and not the story's most central person.
    ``ranking.is_aside`` drops such a voice quoted once; quoted in two paragraphs of one scene
    (a voter at a rally, a think-tank expert), the voice is still colour, not the news.
    An office-holder or a campaign's own people are parties to the story, as is a person the
    case is about (``PARTY_NOUNS``: a suspect, a victim); a speaker for an organisation is its
    voice, not a passer-by. In a story about an organisation, a speaker of that one scene given
    no role is a side voice too when named less than ``OUTSIDE_VOICE_CENTRALITY`` as often as it."""
    if "organisation" in item.tags or start < art.lede_end or art.centrality(item.answer) >= 1.0:
        return False
    last = surname(item.answer) or item.answer
    if art.names_in_title(last) or art.names_in_lede(last):
        return False
    share = art.paragraph_share(item.answer)
    if share is None or round(share * art.prose_paragraphs) > ONE_SCENE_PARAGRAPHS:
        return False
    if is_commentator(item.role) or described(item.role):
        return True
    # a spokesperson for someone the headline and lede do not name speaks beside the story
    # ("a spokesman for House Speaker Paul Ryan" in a story about a governor); one for its
    # own people or organisation is theirs ("a spokeswoman for Kellogg" in a story about Kellogg)
    if SPOKESPERSON_FOR.search(item.role or "") and not _office_of_the_story(item.role, art):
        return True
    # a speaker the story gives no role, in a story about an organisation, named less than half as
    # often as it (one of several voices in a story about a company; in a story about people, a
    # speaker named without a role may be famous enough to need none)
    minor = art.centrality(item.answer) < OUTSIDE_VOICE_CENTRALITY
    return not item.role and art.about_an_organisation and minor


def described(role: str | None) -> bool:
    """Whether a role read for a speaker describes them rather than names an office, a
    profession or a party to the story: "cook at the Taj", "plumbing contractor who attended
    the rally", "Trump supporter", "50" (an age) are descriptions; "national security
    official", "campaign manager", "the victim's mother" are not, nor is no role at all or a
    bare honorific ("Mr."): a candidate the story names without a title is no passer-by."""
    words = set(re.findall(r"[a-z]+", (role or "").lower()))
    if not (words - HONORIFICS - {"a", "an", "the"}) and not re.search(r"\d", role or ""):
        return False  # nothing read of who they are
    # a word of a government's title ("State" of "Secretary of State John Kerry") is an office's
    if words & (PARTY_NOUNS | OFFICE_TITLE_WORDS) or role_family(role) is not None or SPOKESPEOPLE.search(role or ""):
        return False
    return not words & (ROLE_NOUNS - PERSON_NOUNS - {"supporter"})  # a supporter holds no office


def voxpop(person: str, role: str | None, art: ArticleSignals, text: str) -> bool:
    """Whether a person is a vox-pop voice of one article (see ``items.voxpop``): introduced as
    a member of the public, speaking, and neither named in the headline or the lede (a story
    that opens on a voter is about her) nor the story's most central person. Introduced by age,
    they may be shown in up to ``VOXPOP_PARAGRAPHS`` prose paragraphs; described rather than
    entitled ("an audience member"), in one scene (``ONE_SCENE_PARAGRAPHS``): a description may
    be an expert's whom the story follows ("an oncologist who advised Obama", in four)."""
    if aged(role, office=OFFICE_TITLE_WORDS):
        most = VOXPOP_PARAGRAPHS  # an age: how reporters introduce the public, not experts
    elif crowd_role(role, art):
        most = ONE_SCENE_PARAGRAPHS  # one of a crowd the story quotes: delegates at a convention
    elif described(role) and not set(re.findall(r"[a-z]+", (role or "").lower())) & PARTY_MEMBERS:
        # a description may be an expert's ("an oncologist who advised Obama"); a party is how a
        # story labels a politician ("Brian Sandoval, a Republican"), not a member of the public
        most = ONE_SCENE_PARAGRAPHS
    else:
        return False
    last = surname(person) or person
    if art.names_in_title(last) or art.centrality(person) >= 1.0:
        return False
    if art.names_in_lede(last):
        return False
    share = art.paragraph_share(person)
    if share is None or round(share * art.prose_paragraphs) > most:
        return False
    return speaks(person, text, art.named_and_quoted(person)[1])


def role_head(role: str | None) -> str | None:
    """The noun a role is headed by, its qualifiers left off: "Sanders delegate from Vermont" →
    "delegate", "union members at the plant" → "member"."""
    head = _ROLE_QUALIFIER.split(role or "", maxsplit=1)[0].split()
    return head[-1].lower().removesuffix("s") if head else None


def crowd_role(role: str | None, art: ArticleSignals) -> bool:
    """Whether a role makes its holder one of a crowd the article quotes: its head noun is one
    many hold at a gathering or among the public (``CROWD_NOUNS``: a delegate, a member, a
    protester) and at least two of the article's speakers hold a role of that head ("a Clinton
    delegate from New Jersey", "a Sanders delegate from California")."""
    head = role_head(role)
    if head not in CROWD_NOUNS:
        return False
    return len({speaker for _, _, speaker, r in art.voices if role_head(r) == head}) >= 2


def _voxpop_card(item, art: ArticleSignals, source: str) -> bool:
    """A quote or person card of a vox-pop voice of the article."""
    person = item.answer if item.kind == "quote" else item.person
    if item.kind == "quote" and "organisation" in item.tags:
        return False
    text = " ".join(e.text for e in item.evidence if e.source == source)
    return voxpop(person, item.role, art, text)


def _in_voxpop_scene(item, art: ArticleSignals, source: str) -> bool:
    """A date or figure card whose evidence lies inside a vox-pop's quotation and attribution."""
    voices = [(start, end) for start, end, speaker, role in art.voices if voxpop(speaker, role, art, "")]
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    return in_voxpop_scene(spans, voices)


def _background(item, art: ArticleSignals, start: int, source: str) -> bool:
    """A date the story recalls or looks ahead to after its lede, outside its time window
    (``outside_the_story_s_time``): "in 1987", "in May 2014", "on Jan. 3" of years before; or
    one that only describes something the story names, over ``DESCRIPTION_DAYS_BEFORE`` days
    before its time ("the nightclub, where 49 people were killed June 12")."""
    if start < art.lede_end:
        return _recalled_in_the_lede(item.value, art)
    if outside_the_story_s_time(item.value, art):
        return True
    return _occasions(item, art, source) == {"description"} and outside_the_story_s_time(
        item.value, art, before=DESCRIPTION_DAYS_BEFORE
    )


def _occasions(item, art: ArticleSignals, source: str) -> set:
    """What the parse says a card's date is the date of in one article (its occasions), or
    for a number card whether it reads its figure as a comparison's baseline."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    read = art.date_occasions if item.kind == "date" else art.figure_baselines
    return {
        occasion
        for at, value, occasion in read
        if _same_value(value, item.value) and any(start <= at < end for start, end in spans) and occasion != MODIFIER
    }


def _modifies(item, art: ArticleSignals, source: str) -> bool:
    """Whether a date card's value stands in one article only as a year qualifying a noun ("the
    2014 elections": the parse's occasion "modifier"), never as an event's date."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    read = {occasion for at, value, occasion in art.date_occasions if value == item.value and any(s <= at < e for s, e in spans)}
    return read == {MODIFIER}


def _background_event(item, art: ArticleSignals, source: str) -> bool:
    """An event after the lede that its own sentence dates outside the story's time ("In 2014,
    the United States began airstrikes"), or with no date of its own, a year qualifying one of
    its sentence's nouns ("in the run-up to the 2014 elections": ``DateFact.occasion`` "modifier"):
    the story's background, not its news."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    dated = [value for at, value in art.dates if any(start <= at < end for start, end in spans)] or [
        value for at, value, occasion in art.date_occasions if occasion == MODIFIER and any(start <= at < end for start, end in spans)
    ]
    if min(start for start, _ in spans) < art.lede_end:
        return bool(dated) and all(_recalled_in_the_lede(value, art) for value in dated)
    return bool(dated) and all(outside_the_story_s_time(value, art) for value in dated)


def _recalled_figure(item, art: ArticleSignals, source: str) -> bool:
    """A figure the parse dates a year or more before the story's time (``_recalled``;
    ``extract.figure_times``: a date of its own clause or of the noun phrase it counts):
    "Hochsprung was one of 26 people killed in the December 2012 shooting" in a story of 2016,
    "had 6,000 crimes in 2014, including 80 murders": a toll or a count the story recalls to set
    its news against. A date of another clause does not date it ("joined when Paribas was
    denationalized in 1987, and now holds under 5%"); "in February" of the story's year is still
    its time, as is a date to come (a projection). A figure of what the headline is about is
    the story's, however old ("killing nine people in June 2015" under "Charleston Church Shooting
    Survivors …"): its sentence shares a content word with the headline."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    sentence = " ".join(e.text for e in item.evidence if e.source == source)
    if content_words(sentence) & content_words(art.title):
        return False
    dated = []
    for at, value, dates in art.figure_dates:
        if not (_same_value(value, item.value) and any(s <= at < e for s, e in spans)):
            continue
        for start, end, _text in dates:
            read = [v for offset, v in art.dates if start <= offset < end]
            # a year the date reader keeps as a modifier ("the December 2012 shooting") still dates it
            dated += read or [v for offset, v, occasion in art.date_occasions if occasion == MODIFIER and start <= offset < end]
    return bool(dated) and all(_recalled(value, art) for value in dated)


def _background_quote(item, art: ArticleSignals, source: str) -> bool:
    """A quote its attribution dates outside the story's time ("he said in 2012" in a story of
    2015): what a speaker said then is background to what the story reports now. The date is a
    remark's (``DateFact.occasion``) within the quotation's attribution or within the run of
    quotations of one speaker it continues ('… he said in 2012. "Conflicts continue."'), not
    within the quoted words; a quotation no such date stands by is the story's own."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    runs = _quotation_runs(art.voices, art.paragraph_starts)
    dated = [
        value
        for start, end in runs
        if any(start <= s < end for s, _ in spans)
        for at, value, occasion in art.date_occasions
        if occasion == "remark" and start <= at < end
        # a date the speaker's words give ("reminds me of Reagan's trip in 1985") is not when they spoke
        and not any(q_start <= at < q_end for q_start, q_end in art.quotations)
    ]
    return bool(dated) and all(_recalled(value, art) for value in dated)


def _quotation_runs(voices, paragraph_starts: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of each run of one speaker's quotations in one paragraph, each beginning
    within a few characters of the last one's end (no one else's words between)."""
    runs: list[list] = []
    for start, end, speaker, _ in sorted(set(voices)):
        same_paragraph = runs and bisect_right(paragraph_starts, runs[-1][0]) == bisect_right(paragraph_starts, start)
        if same_paragraph and runs[-1][2] == speaker and 0 <= start - runs[-1][1] <= 3:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end, speaker])
    return [(start, end) for start, end, _ in runs]


def _recalled_in_the_lede(value: str, art: ArticleSignals) -> bool:
    """Whether a date the lede gives lies ``LEDE_BACKGROUND_DAYS`` or more before the story's
    time and is not the headline's: the lede recalls it to introduce someone or something."""
    return _recalled(value, art)


def _recalled(value: str, art: ArticleSignals) -> bool:
    """Whether a date lies ``LEDE_BACKGROUND_DAYS`` or more before the story's time and is not
    the headline's year: a story recalls it, it does not report it."""
    if value[:4] in art.title:
        return False
    # only the past: a lede's later date is what is to come ("the tour will leave in 2017")
    return outside_the_story_s_time(value, art, before=LEDE_BACKGROUND_DAYS) and all(
        _span(value)[1] < anchor for anchor in _anchors(art)
    )


def outside_the_story_s_time(value: str, art: ArticleSignals, *, before: int = NEWS_DAYS_BEFORE) -> bool:
    """Whether an ISO date (``2014``, ``2014-05``, ``2014-05-03``) lies wholly outside every
    window around the story's anchors: its publication day and the dates its headline and
    lede give. An article without a date has no window: nothing is outside it."""
    anchors = _anchors(art)
    if not anchors:
        return False
    first, last = _span(value)
    earliest, after = dt.timedelta(days=before), dt.timedelta(days=NEWS_DAYS_AFTER)
    return all(last < anchor - earliest or first > anchor + after for anchor in anchors)


def _anchors(art: ArticleSignals) -> list[dt.date]:
    """The days the story's time is read around: its publication day and its lede's days (a
    year or a month in the lede is too coarse to anchor it)."""
    return [_span(v)[0] for v in art.lede_dates if len(v) == 10] + ([art.published] if art.published else [])


def _span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day an ISO date at its precision covers ("2014-05" → May 1-31)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return dt.date(parts[0], parts[1], 1), following - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


def _articles(item, signals: dict[str, ArticleSignals]):
    for source in sorted({e.source for e in item.evidence}):
        if source in signals:
            yield source, signals[source]


def _start(item, source: str) -> int:
    return min(e.start for e in item.evidence if e.source == source)
