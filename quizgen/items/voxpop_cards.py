"""Whether a card is a vox-pop's: a quote or person card of a member of the public the article
quotes (``items.voxpop``), or a date or figure card inside such a voice's scene. Moved from
``items.worth``."""

from __future__ import annotations

import re

from quizgen.constants import PARTY_MEMBERS
from quizgen.facts.names import surname
from quizgen.items.peripheral_people import OFFICE_TITLE_WORDS, ONE_SCENE_PARAGRAPHS, described
from quizgen.items.ranking import ArticleSignals
from quizgen.items.voxpop import VOXPOP_PARAGRAPHS, aged, in_voxpop_scene, speaks

# Roles members of a gathering or a public hold many at a time: a story that quotes two
# "Sanders delegate from Vermont"s or two "union member"s at a convention quotes its crowd
# (``crowd_role``), however official the word sounds ("delegate" is an office elsewhere).
CROWD_NOUNS = frozenset(
    ["delegate", "superdelegate", "member", "attendee", "participant", "marcher", "protester", "protestor",
     "demonstrator", "spectator", "onlooker", "shopper", "parishioner", "shareholder", "fan", "supporter",
     "volunteer", "caucusgoer", "caucus-goer", "voter", "resident", "parent", "student", "worker"]
)
# … of which those no official holds as such ("member" may be a committee's, "delegate" a
# party's official, "shareholder" an investor's): a member of the public whatever the story's crowd.
ORDINARY_NOUNS = CROWD_NOUNS - {"member", "delegate", "superdelegate", "shareholder", "worker", "volunteer"}
# Where a role's head noun ends and what qualifies it begins: "delegate from Vermont", "member of …".
_ROLE_QUALIFIER = re.compile(r"\s+(?:from|of|at|in|for|with|who|whose|which|that)\b|,|\(")


def voxpop(person: str, role: str | None, art: ArticleSignals, text: str) -> bool:
    """Whether a person is a vox-pop voice of one article (see ``items.voxpop``): introduced as
    a member of the public, speaking, and neither named in the headline or the lede (a story
    that opens on a voter is about her) nor the story's most central person. Introduced by age,
    they may be shown in up to ``VOXPOP_PARAGRAPHS`` prose paragraphs; described rather than
    entitled ("an audience member"), in one scene (``ONE_SCENE_PARAGRAPHS``): a description may
    be an expert's whom the story follows ("an oncologist who advised Obama", in four)."""
    if aged(role, office=OFFICE_TITLE_WORDS) or (person in art.public and not _words(role) & OFFICE_TITLE_WORDS):
        # an age or a home town: how reporters introduce the public, not experts ("Misha Shah,
        # 32, of Chicago, an account executive"; ``ArticleSignals.public``)
        most = VOXPOP_PARAGRAPHS
    elif role_head(role) in ORDINARY_NOUNS and not _words(role) & OFFICE_TITLE_WORDS and person not in art.officials:
        # a role many hold among the public ("a Montgomery Village resident", "a Trump voter"),
        # of no one the story also entitles ("Congressman Chris Collins, a Trump supporter")
        most = VOXPOP_PARAGRAPHS
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


def _words(role: str | None) -> set[str]:
    return set(re.findall(r"[a-z]+", (role or "").lower()))


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


def voxpop_card(item, art: ArticleSignals, source: str) -> bool:
    """A quote or person card of a vox-pop voice of the article."""
    person = item.answer if item.kind == "quote" else item.person
    if item.kind == "quote" and "organisation" in item.tags:
        return False
    text = " ".join(e.text for e in item.evidence if e.source == source)
    return voxpop(person, item.role, art, text)


def card_in_voxpop_scene(item, art: ArticleSignals, source: str) -> bool:
    """A date or figure card whose evidence lies inside a vox-pop's quotation and attribution."""
    voices = [(start, end) for start, end, speaker, role in art.voices if voxpop(speaker, role, art, "")]
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    return in_voxpop_scene(spans, voices)
