"""What a cast member's role says of them: the gender a "Mr."/"Ms." opening it tells, the
role's family (``distractors.role_family``), its title's head and body, the country or body
the title names, and the party it names. ``Cast`` reads each role once. Moved from
``items.person_choices``."""

from __future__ import annotations

from typing import NamedTuple

from quizgen.items import distractors
from quizgen.items.question_stems import stem_party
from quizgen.items.scopes import scope_of
from quizgen.items.titles import body_words, own_title, title_head

GENDER_TITLES = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f"}


class RoleReading(NamedTuple):
    titled: str | None  # the gender a "Mr."/"Ms." opening the role tells
    family: str | None
    head: str | None
    body: frozenset[str] | None  # with ``named``, read only of a role with a title's head
    named: str | None
    party: str | None


def read_role(role: str) -> RoleReading:
    """What a cast member's role says of them (``Cast``)."""
    first = role.split()[0].lower()
    # the article's "Mr."/"Ms." over the first-name lists
    titled = GENDER_TITLES.get(first)
    # Of a role naming another's title ("staff member for former Gov. Bob Ehrlich", "aide
    # to Sen. Ted Cruz") only the holder's own part says their kind.
    own = own_title(role)
    head = title_head(own)
    return RoleReading(
        titled=titled,
        family=distractors.role_family(own),
        head=head,
        body=body_words(role) if head else None,
        named=scope_of(role) if head else None,
        party=stem_party(role),
    )
