"""People of other stories than a card's, nearest in date first: how far apart (in days) two
stories are and how far is near (``NEAR_DAYS``), what a "who" card asks of a person of another
story (``NearCard``, ``fits_near``), and the walk over them in date order that ``Cast.who``
draws from (``NearStories``, a part of ``Cast``). Moved from ``items.person_choices``."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator
from itertools import groupby
from typing import NamedTuple

from quizgen.items.cast_indexes import PeopleByDate, PeopleIndex, Replay
from quizgen.items.cast_members import CastMember, Story
from quizgen.items.scopes import BODIES
from quizgen.items.title_matches import same_title

NEAR_DAYS = 730  # people of articles further apart (two years: a term, a campaign) are another era's


class NearCard(NamedTuple):
    """What ``fits_near`` reads of a "who" card: where the answer's role is held, whether the
    card is a quote's (and shows the speaker's title), the role's family, title and body, and
    whether the story is between countries."""

    scope: str | None
    quote: bool
    titled_quote: bool
    family: str | None
    head: str | None
    body: frozenset[str]
    international: bool


def fits_near(p: CastMember, card: NearCard) -> bool:
    """Whether ``p``, of another story than the card's, holds what the card asks of a believable
    person ("near" in ``Cast.who``'s ``fitting``): a speaker for a quote, the answer's title
    where the card shows one, and a role held in the answer's country — for a quote of a story
    between countries, or beside a NATO or UN voice, any country's — of the answer's family."""
    scope, quote, titled_quote, family, head, body, international = card
    if quote and not p.speaker:
        return False
    if (not quote or titled_quote) and (family or head) and not same_title(p, head, body, scope):
        return False  # other stories' holders of the role's title (a country's or a body's)
    fits = scope in p.scopes or (quote and (international or bool(p.scopes & BODIES)))
    return bool(
        scope and p.scopes and fits and (p.speaker or (not quote and (family or head)))
        and (not family or not p.families or family in p.families)
    )


class NearStories:
    """``Cast``'s walk over other stories' people by date. ``Cast.__init__`` sets what it reads."""

    stories: dict[str, Story]
    _everyone: PeopleIndex
    _speakers: PeopleIndex
    _dated: dict[int, PeopleByDate]
    _merged: dict[tuple[int, ...], tuple[list[list[CastMember]], list[tuple[int, CastMember]]]]
    _streams: dict[tuple[dt.date, tuple[int, ...]], tuple[list[list[CastMember]], Replay]]
    _group_names: dict[int, frozenset[str]]

    def _elsewhere(
        self, article: str, scope: str | None, *, quote: bool, titled: bool, international: bool
    ) -> Iterator[tuple[int, CastMember]]:
        """``(days apart, person)`` for the people ``who`` may draw from other stories, in
        ``who``'s order (nearest in date, then as in ``self.people``), lazily: those whose roles
        are held in the answer's scope (for a quote, also those of a body such as NATO, or
        anyone's in a story between countries; a quote or an untitled card wants a speaker).
        A superset of ``who``'s filters, read from indexes, so that a card looks at its few
        candidates, not at the deck's every person."""
        if not scope:
            return iter(())
        groups = self._groups(scope, quote=quote, titled=titled, international=international)
        here = self.stories.get(article, Story()).published
        if here is None:  # every person counts as 0 days apart (see ``_days``)
            return iter(self._undated(groups))
        # The stream depends only on the date and the groups: the cards of one story (and of
        # stories of one day) share it, read as far as the furthest card needed.
        key = (here, tuple(id(g) for g in groups))
        found = self._streams.get(key)
        if found is None:  # the groups are kept with it: their ids are never reused
            streams = [self._by_date(g).nearest(here) for g in groups]
            rank = self._everyone.rank
            merged = heapq.merge(*streams, key=lambda dp: (dp[0], rank[dp[1].name]))
            once = (dp for _, (dp, *_) in groupby(merged, key=lambda dp: id(dp[1])))  # once each
            found = self._streams[key] = (groups, Replay(once))
        return iter(found[1])

    def _groups(self, scope: str, *, quote: bool, titled: bool, international: bool) -> list[list[CastMember]]:
        """The index lists ``_elsewhere`` reads (the same list objects each time)."""
        index = self._speakers if quote or not titled else self._everyone
        if quote and international:
            return [index.scoped]
        return [index.by_scope.get(scope, [])] + ([index.bodied] if quote else [])

    def _names_in(self, group: list[CastMember]) -> frozenset[str]:
        """The names of an index list of ``_groups`` (once per list)."""
        found = self._group_names.get(id(group))
        if found is None:  # the lists live as long as the cast: their ids are never reused
            found = self._group_names[id(group)] = frozenset(p.name for p in group)
        return found

    def _undated(self, groups: list[list[CastMember]]) -> list[tuple[int, CastMember]]:
        """``(0, person)`` for the people of ``groups``, each once, in the deck's order: what an
        undated card reads (merged once per set of groups, not once per card)."""
        key = tuple(id(g) for g in groups)
        if key not in self._merged:  # the groups are kept with it: their ids are never reused
            rank = self._everyone.rank
            merged = heapq.merge(*groups, key=lambda p: rank[p.name])
            self._merged[key] = (groups, [(0, next(same)) for _, same in groupby(merged, key=id)])
        return self._merged[key][1]

    def _by_date(self, people: list[CastMember]) -> PeopleByDate:
        """``people`` by their articles' dates (built once per list)."""
        found = self._dated.get(id(people))
        if found is None:
            found = self._dated[id(people)] = PeopleByDate(people, self._dates_of)
        return found

    def _dates_of(self, p: CastMember) -> list[dt.date]:
        """The known dates of ``p``'s articles."""
        return sorted({d for a in p.articles if (d := self.stories.get(a, Story()).published)})

    def _days(self, article: str, p: CastMember) -> int:
        """How far (in days) ``p``'s nearest article is from ``article``; unknown dates count as near."""
        here = self.stories.get(article, Story()).published
        if here is None:  # before reading the person's articles: called for every person
            return 0
        dates = [self.stories.get(a, Story()).published for a in p.articles]
        known = [d for d in dates if d]
        if not known:
            return 0
        return min(abs((d - here).days) for d in known)
