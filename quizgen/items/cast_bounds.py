"""At most how many people of other stories a "who" card could accept, counted with the cheap
tests before ``Cast.who`` walks them: a card that cannot reach three choices is asked typed
without the walk (``CastBounds``, a part of ``Cast``). Moved from ``items.person_choices``."""

from __future__ import annotations

from quizgen.items import distractors
from quizgen.items.cast_members import CastMember
from quizgen.items.cast_standings import AnswerSide, CastStandings
from quizgen.items.near_stories import NEAR_DAYS, NearCard, NearStories, fits_near


class CastBounds(CastStandings, NearStories):
    """``Cast``'s bounds on a card's choices from other stories. ``Cast.__init__`` sets what it
    reads."""

    _departed: frozenset[str]
    _misread: frozenset[str]
    _near_bounds: dict[tuple[object, ...], int]
    _kin: dict[str, list[CastMember]]

    def _of_era(self, name: str, departed: bool) -> bool:
        """Whether a candidate is of the answer's time: beside a living answer, someone no story
        shows dead or of history; beside a departed one, someone the deck holds departed
        (``items.departed.departed_of``), not a living voice one story misread."""
        if departed:
            return name in self._departed and name not in self._misread
        return name not in self._departed

    def _near_bound(
        self, article: str, scope: str | None, *, quote: bool, titled: bool, international: bool,
        gender: str | None, party: str | None, departed: bool,
        card: NearCard | None = None, side: AnswerSide | None = None,
    ) -> int:
        """At most how many people of other stories (of a related one, ``Topics.related``) ``who``'s
        walk over ``_elsewhere`` could accept for a card of these settings, counted up to
        ``N_CHOICES - 1`` with the cheap tests ``who``'s ``fitting`` makes of every "near" person
        (gender, party, departed, speaker, a known scope) and, given the ``card`` and the answer's
        ``side`` (``_answer_side``), ``fitting``'s whole test of a person of another story
        (``fits_near``) and ``fits_elsewhere``'s tests of the answer's side (``_fits_beside``): a
        bound, never a guess. Once per setting, not per card: a card that cannot reach its choices skips the
        walk to the end."""
        key = (article, scope, quote, titled, international, gender, party, departed, card, side)
        found = self._near_bounds.get(key)
        if found is None:
            related = self._people_of_related(article) if self.topics.names.get(article) else None
            enough = distractors.N_CHOICES - 1

            def passes(p: CastMember) -> bool:
                return (
                    article not in p.articles and bool(p.scopes)
                    and self._of_era(p.name, departed) and not (gender and p.gender != gender)
                    and not (party and party not in p.parties) and not (quote and not p.speaker)
                    and (card is None or fits_near(p, card)) and (side is None or self._fits_beside(p, side))
                )

            found = 0
            if related is None:  # any story's people: the walk's own stream, as far as it goes
                for days, p in self._elsewhere(article, scope, quote=quote, titled=titled, international=international):
                    if days > NEAR_DAYS or found == enough:
                        break
                    found += passes(p)
            elif scope:  # the related stories' people that the stream holds, in any order (a count)
                groups = [self._names_in(g) for g in self._groups(scope, quote=quote, titled=titled, international=international)]
                for name in related:
                    p = self.by_name[name]
                    found += (
                        any(name in g for g in groups) and passes(p) and self._days(article, p) <= NEAR_DAYS
                    )
                    if found == enough:
                        break
            self._near_bounds[key] = found
        return found

    def _kin_bound(
        self, answer: str, me: CastMember | None, article: str, card: NearCard, side: AnswerSide, *,
        gender: str | None, party: str | None, departed: bool,
    ) -> int:
        """At most how many people named with the answer but of no related story ``who``'s walk
        could accept (``fits_elsewhere``'s ``kin``: of the answer's kind of role and standing),
        counted up to ``N_CHOICES - 1`` with the tests of ``_near_bound``: a bound, never a guess."""
        mine = side[0]
        if me is None or mine is None or not me.families:
            return 0  # ``kin`` holds of nobody
        kind = self._kin.get(answer)
        if kind is None:  # once per answer: those named with it of its kind of role and standing
            kind = self._kin[answer] = [
                p for name in sorted(self._people_named_with(answer))
                if me.families & (p := self.by_name[name]).families and self._standing(p) == mine
            ]
        related = self._people_of_related(article)
        enough = distractors.N_CHOICES - 1
        found = 0
        for p in kind:
            found += (
                p.name not in related and article not in p.articles
                and self._of_era(p.name, departed) and not (gender and p.gender != gender)
                and not (party and party not in p.parties) and fits_near(p, card) and self._fits_beside(p, side)
            )
            if found == enough:
                break
        return found
