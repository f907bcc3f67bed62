"""The cast's people indexed for drawing choices: by where their roles are held, and by the
dates of their articles (nearest first). Moved from ``items.person_choices``."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from quizgen.items.cast_members import CastMember
from quizgen.items.scopes import BODIES

T = TypeVar("T")


class PeopleIndex:
    """People (in the order given) by where their roles are held: ``by_scope`` a country or
    body → its people; ``scoped`` everyone with a scope; ``bodied`` those of a body (NATO, UN);
    ``rank`` each name's place in the order."""

    def __init__(self, people: list[CastMember]) -> None:
        self.rank = {p.name: i for i, p in enumerate(people)}
        self.scoped = [p for p in people if p.scopes]
        self.bodied = [p for p in people if p.scopes & BODIES]
        self.by_scope: dict[str, list[CastMember]] = {}
        for p in self.scoped:
            for s in p.scopes:
                self.by_scope.setdefault(s, []).append(p)


class PeopleByDate:
    """People (in the order given) by the dates of their articles, to read them nearest first."""

    def __init__(self, people: list[CastMember], dates_of: Callable[[CastMember], list[dt.date]]) -> None:
        self.undated: list[CastMember] = []
        self.on: dict[dt.date, list[CastMember]] = {}
        for p in people:
            dates = dates_of(p)
            if not dates:
                self.undated.append(p)
            for d in dates:
                self.on.setdefault(d, []).append(p)
        self.dates = sorted(self.on)
        self.rank = {id(p): i for i, p in enumerate(people)}

    def nearest(self, here: dt.date) -> Iterator[tuple[int, CastMember]]:
        """``(days, person)``: each person once, at the distance of their nearest article (0 for
        one with no dated article), nearest first, in the order given within a distance."""
        seen: set[int] = set()

        def ring(days: int, groups: list[list[CastMember]]) -> Iterator[tuple[int, CastMember]]:
            fresh = {id(p): p for g in groups for p in g if id(p) not in seen}
            seen.update(fresh)
            for key in sorted(fresh, key=self.rank.__getitem__):
                yield days, fresh[key]

        yield from ring(0, [self.undated, self.on.get(here, [])])
        before = bisect_left(self.dates, here) - 1
        after = before + 1 + (before + 1 < len(self.dates) and self.dates[before + 1] == here)
        while before >= 0 or after < len(self.dates):
            gap_before = (here - self.dates[before]).days if before >= 0 else None
            gap_after = (self.dates[after] - here).days if after < len(self.dates) else None
            days = min(g for g in (gap_before, gap_after) if g is not None)
            groups = []
            if gap_before == days:
                groups.append(self.on[self.dates[before]])
                before -= 1
            if gap_after == days:
                groups.append(self.on[self.dates[after]])
                after += 1
            yield from ring(days, groups)




class Replay(Generic[T]):
    """A lazy stream that can be read again from its start, as often as wanted: what was read
    once is kept, and only what no reader reached yet is pulled from the source."""

    def __init__(self, source: Iterator[T]) -> None:
        self._source = source
        self._read: list[T] = []
        self._done = False

    def __iter__(self) -> Iterator[T]:
        read = self._read
        i = 0
        while True:
            if i < len(read):
                yield read[i]
            elif self._done:
                return
            else:
                item = next(self._source, _END)
                if item is _END:
                    self._done = True
                    return
                read.append(item)  # type: ignore[arg-type]
                yield item  # type: ignore[misc]
            i += 1


_END = object()
