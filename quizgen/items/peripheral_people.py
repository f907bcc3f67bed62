"""Whether a person or quote card is about someone peripheral to one article: an outside voice,
a one-scene voice, a passing mention, a minor or a side voice (see ``items.worth``). Moved from
``items.worth``."""

from __future__ import annotations

import re
from itertools import pairwise

from quizgen.constants import PARTY_MEMBERS, PERSON_NOUNS, ROLE_NOUNS, STATE_OFFICES
from quizgen.extract.roles import HONORIFICS
from quizgen.facts.names import surname
from quizgen.items.distractors import role_family
from quizgen.items.ranking import ArticleSignals, content_words, is_commentator, is_title
from quizgen.items.scopes import SCOPE_WORDS, scopes_in
from quizgen.items.titles import OFFICE_WORDS, ROLE_WORDS

# Voices that speak for someone else: their name is not the story's ("a spokeswoman said …").
# (the heads of roles whose work is speaking for others: a press officer, a communications director,
# "a representative for the family"; not "Representative", a member of a house)
SPOKESPEOPLE = re.compile(
    r"\bspokes(?:man|woman|person|people|men|women)\b|\bpress (?:secretary|officer|aide|attach[eé]|spokes\w+)\b"
    r"|\bcommunications? (?:director|chief|aide|adviser)\b|\bdirector of (?:communications?|public affairs|media relations)\b"
    r"|\b(?:public affairs|public information|information) officer\b|\b(?-i:representative) (?:for|of) (?:the|a|an|his|her|their)\b",
    re.IGNORECASE,
)
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
# Nouns that end a place's name: "Henrico County", "Orange City", "Lake District".
# ("state" is left out: "State Department spokesman" is of a story about the State Department.)
PLACE_HEAD_NOUNS = frozenset(["county", "city", "town", "township", "village", "borough", "district", "parish", "province", "region", "territory"])


def peripheral_person(item, art: ArticleSignals, start: int) -> str | None:
    """Why the person of a person card is peripheral to one article ("outside voice",
    "passing mention"), or None when the story is about them.

    An outside voice is a commentator (``ranking.is_commentator``: an analyst, a professor, a
    strategist) or a spokesperson, named or quoted at most ``OUTSIDE_VOICE_WEIGHT`` times or
    less than ``OUTSIDE_VOICE_CENTRALITY`` as often as the article's most central person; a
    passing mention is an office-holder or professional (``ranking.is_title``) named
    ``PASSING_WEIGHT`` time, after the lede; a passing role is that of anyone the headline and
    lede never name and the story names far less than its main person (``_stated_in_passing``).
    Nobody named in the headline is peripheral.
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
    if weight <= PASSING_WEIGHT and is_title(item.role) and _in_one_paragraph(item.person, art) and not _a_lede_doer(item.person, art):
        return "passing mention"  # the lede names them once, beside its news, and the story never again
    if is_title(item.role) and minor_in_one_scene(item, art, start):
        return "passing mention"
    if start >= art.lede_end and is_title(item.role) and not office_of_the_story(item.role, art) and _stated_in_passing(item.person, art):
        return "passing role"
    return None


def _stated_in_passing(person: str, art: ArticleSignals) -> bool:
    """Whether a story gives someone's role only in passing: it never names them in its headline
    or lede nor reads them as a lede clause's doer, and names them less than
    ``PASSING_CENTRALITY`` as often as its main person, however often that is ("Ohio Gov. John
    Kasich" once in a story about a basketball player, "President Obama" three times in 60
    paragraphs about a primary). A famous office stated in passing is not what the story teaches."""
    last = surname(person) or person
    if art.names_in_lede(person) or art.names_in_lede(last) or _a_lede_doer(person, art):
        return False
    return art.centrality(person) < PASSING_CENTRALITY


def speaks_for_others(item, art: ArticleSignals) -> bool:
    """Whether a quote or person card asks for a spokesperson (``SPOKESPEOPLE``: a spokeswoman,
    a press secretary, a communications director), by the card's role or any role the article
    gives their quotes, whom the headline does not name. What they said is their principal's
    word; who said it is not the news (readers of judged samples: "card tests a spokesperson,
    not the news"), however often the story quotes them."""
    person = item.answer if item.kind == "quote" else getattr(item, "person", "")
    if not person or "organisation" in item.tags:
        return False
    roles = [item.role] + [role for _, _, speaker, role in art.voices if speaker == person]
    if not any(SPOKESPEOPLE.search(role or "") for role in roles):
        return False
    return not art.names_in_title(surname(person) or person)


def _in_one_paragraph(person: str, art: ArticleSignals) -> bool:
    """Whether one prose paragraph of the story shows a person (by name, quote or resolved
    pronoun) and they are named less than ``PASSING_CENTRALITY`` as often as its main person:
    "overtures to Russian President Vladimir Putin" in a lede about a campaign chairman."""
    share = art.paragraph_share(person)
    if share is None:
        return False
    return round(share * art.prose_paragraphs) <= 1 and art.centrality(person) < PASSING_CENTRALITY


def _a_lede_doer(person: str, art: ArticleSignals) -> bool:
    """Whether the parse reads a person (by full name or surname) as the doer of a lede clause
    (``ArticleSignals.lede_doers``)."""
    last = surname(person) or person
    return any(doer == person or (surname(doer) or doer) == last for doer in art.lede_doers)


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
    if art.names_in_lede(last) or office_of_the_story(item.role, art):
        return False
    return round(share * art.prose_paragraphs) <= ONE_SCENE_PARAGRAPHS and art.centrality(item.person) < PASSING_CENTRALITY


# The kind nouns that end places' names ("Henrico County", "Brown County"): a role shares one with
# the lede's names without being held in any of them, so only a name's own words tie a role to
# the story ("chair of Palm Beach County" is of no story about Brown County; dev, seed 2901: two
# county chairs quoted once in a swing-state story were kept so).
_NAME_HEADS = content_words(" ".join(PLACE_HEAD_NOUNS))


def office_of_the_story(role: str | None, art: ArticleSignals) -> bool:
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
    return art.weight(item.person) <= OUTSIDE_VOICE_WEIGHT and not office_of_the_story(item.role, art)


def minor_voice(item, art: ArticleSignals, start: int) -> bool:
    """Whether a quote or person card's person is a minor voice of a long story, whatever their
    title: not named in its headline or lede, shown in one scene (at most ``ONE_SCENE_PARAGRAPHS``
    prose paragraphs) that is at most ``MINOR_VOICE_SHARE`` of its prose paragraphs, and named
    less than ``MINOR_VOICE_CENTRALITY`` as often as its main person: a county official, a
    group's director, a company's chief executive commenting on someone else's story. A role
    held in what the lede is about keeps the card (``office_of_the_story``), and so does an
    elected office-holder's quotation (``elected``: "said Senator Tim Scott", "said Rep. Beto
    O'Rourke"): a legislator or governor quoted in one scene is still a party to the politics
    (their role card stays minor)."""
    person = item.answer if item.kind == "quote" else item.person
    if "organisation" in item.tags or start < art.lede_end:
        return False
    if item.kind == "quote" and elected(item.role):
        return False  # a senator's, a representative's, a governor's own words: a party to politics
    share = art.paragraph_share(person)
    if share is None or share > MINOR_VOICE_SHARE or art.centrality(person) >= MINOR_VOICE_CENTRALITY:
        return False
    if round(share * art.prose_paragraphs) > ONE_SCENE_PARAGRAPHS:
        return False  # three scenes of a long story: a candidate's, a protagonist's
    last = surname(person) or person
    if art.names_in_title(last) or art.names_in_lede(last):
        return False
    return not office_of_the_story(item.role, art)


def elected(role: str | None) -> bool:
    """Whether a role is an elected office of a legislature or a state (``STATE_OFFICES``:
    "Sen.", "Representative", "State Senator", "Former Arizona governor"), now or once. Such a
    speaker quoted in one scene of someone else's story votes on, campaigns in or governs what
    it is about: the judged dev cards ``minor_voice`` refused for it were worth learning 4 times
    of 5, and the 7 it let back on the standard PolNeAR dev deck all acceptable; a title alone is
    not enough (an advocacy group's "executive director", a start-up's "chief executive": 6 of
    16 acceptable)."""
    if not role:
        return False
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.]+", role)]
    return any(w in STATE_OFFICES for w in words) or any(" ".join(p) in STATE_OFFICES for p in pairwise(words))


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
    if SPOKESPERSON_FOR.search(item.role or "") and not office_of_the_story(item.role, art):
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
