"""Offices whose holder every reader of the news already knows: a card asking who held one
teaches nothing the story says.

"Who was the U.S. President (March 2018)?" → Donald Trump, "In May 2015, Shinzo Abe was the
____." → Japanese Prime Minister: the head of state or government of a great power is general
knowledge, whatever story names them. Readers judged every such card of the fresh AllSides
samples j158–j163 not worth learning (the U.S. President 10 times of 10, the Chinese President
twice, the Japanese Prime Minister), and earlier samples the British Prime Minister and the
Russian President, while they kept the heads of smaller states ("the Nigerian President", "the
Prime Minister of Sri Lanka") and every other office ("the U.S. Secretary of State"). The great
powers are a fixed, public list: the Group of Seven and the permanent members of the UN
Security Council (``constants.WELL_KNOWN_LEADER_SCOPES``).

>>> well_known_office("U.S. President")
True
>>> well_known_office("Republican President of the United States")
True
>>> well_known_office("Japanese Prime Minister")
True
>>> well_known_office("U.S. Vice President")
False
>>> well_known_office("Prime Minister of Sri Lanka")
False
>>> well_known_office("President")
False
>>> well_known_office("President", "US")
True
>>> well_known_office("Senate President")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.constants import HEAD_OF_STATE_OFFICES, WELL_KNOWN_LEADER_SCOPES
from quizgen.items.scopes import scope_phrases


def well_known_office(role: str, scope: str | None = None) -> bool:
    """Whether ``role`` is the head of state or government (``HEAD_OF_STATE_OFFICES``: "President",
    "Prime Minister", "Chancellor", …) of one great power it names (``WELL_KNOWN_LEADER_SCOPES``):
    no other word beside the country's and its parties' ("Vice President", "former President"
    and "President-elect" are offices of their own). A role naming no country ("President") is
    read only with the ``scope`` the caller knows it by (the person's one country across the
    deck: "In May 2015, Barack Obama was the ____." → "President", j166)."""
    read = _office(role)
    if read is None:
        return False
    office, codes = read
    codes = codes or ({scope} if scope else set())
    return len(codes) == 1 and codes <= WELL_KNOWN_LEADER_SCOPES and office.lower() in HEAD_OF_STATE_OFFICES


# A state's or a government's top office written as a title, capitalised ("President", "Vice
# President", "former Prime Minister").
_TITLED_OFFICE = re.compile(
    r"^(?:(?:former|Former|Vice|Deputy|then-|Then-)\s*)?(?:"
    + "|".join(re.escape(o.title()) for o in sorted(HEAD_OF_STATE_OFFICES))
    + r")$"
)


def a_state_s_head(role: str) -> bool:
    """Whether the role is a state's or a government's top office or the one beside it
    ("Iranian President", "Prime Minister of Israel", "Vice President"), of whichever country it
    names: such an office is no believable wrong choice for a minister's, nor one for theirs."""
    read = _office(role)
    if read is None:
        return False
    office = re.sub(r"^(?:vice|deputy)[\s-]+", "", read[0].lower())
    return office in HEAD_OF_STATE_OFFICES


def heads_a_state(roles: Iterable[str], scope: str | None) -> bool:
    """Whether a person's roles (as the articles write them) hold a state's or a government's top
    office, the one beside it or a former holder's, written as a title ("President", "Vice
    President", "former President"; "Prime Minister"), of ``scope`` or of no country named. A
    title is capitalised where the article gives it as one: "David Haggard, American Soybean
    Association, ASA, president" heads an association, whatever the commas cut off."""
    for role in roles:
        read = _office(role)
        if read is not None and (not read[1] or read[1] == {scope}) and _TITLED_OFFICE.match(read[0]):
            return True
    return False


# A state's bodies that the scope words name for its country ("Senate" → the US): their
# president heads the body ("Senate President"), not the state.
_BODIES_OF_STATE = frozenset(["senate", "congress", "house", "white house", "parliament", "assembly", "legislature"])


def _office(role: str) -> tuple[str, set[str]] | None:
    """A role's office as written, without its country's and parties' words ("U.S. President" →
    "President", "President of the United States" → "President"), and the countries those words
    name; None for an office of a state's body ("Senate President")."""
    phrases = list(scope_phrases(role))
    if any(code is not None and word.lower() in _BODIES_OF_STATE for word, code in phrases):
        return None
    office = " ".join(word for word, code in phrases if code is None).strip()
    office = re.sub(r"^[Tt]he\s+|\s+of(?:\s+the)?$", "", office)
    return office, {code for _, code in phrases if code is not None}
