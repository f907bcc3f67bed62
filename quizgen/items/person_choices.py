"""Believable wrong choices for person and quote cards: other people of the same story first,
then people of stories close in date, always of the answer's country and kind of role.

A wrong choice a learner can rule out without knowing the answer teaches nothing: Netanyahu for
a Kenyan tourism spokeswoman, a man for "____ said she …", a dead president for a comment on a
week-old attack, Republicans for "his former Democratic primary rival". So a candidate must:

- be a person by name (a full name, not a headline fragment such as "Clinton Campaign Manager
  Laughs"), and never the answer under another spelling or a name the question holds;
- share the answer's scope (country or body: see ``items.scopes``) — a candidate from the same
  article may have none, one from another article must have the answer's;
- for a quote: be quoted in the deck (someone who comments, not a name from the background);
- for a role ("Who was the Massachusetts Governor?"): hold a role of the same kind — from the
  same article, of the same family ("office", "campaign", …); from another, the same title;
- match the gender the question shows ("he", "her") and, when it names a party, the party.

Other articles' people come nearest in date first. With fewer than three such people the card
has no choices (it is asked as a typed answer): no giveaways, never a filler — neither famous
names nor invented ones (readers spot a Faker name that no article holds as a filler).

The question's own words narrow the choices further: a title before the blank ("President ____",
"Sen. ____") is held by every choice; a person the quoted words speak of in the third person
("her", "he") is not their speaker, so the story's leading person of that gender is no choice.
A private person's words (a witness, a resident) get only private people of the same story; an
organisation's spokesperson's, no politicians. Someone a story shows dead or of history
(``items.departed``) is no choice beside a living answer.

Role choices ("In 2016, John Kerry was the ____.") follow the same idea: ``items.role_choices``.

The parts ``Cast`` is built from live in their own modules: ``items.cast_members`` (``Use``,
``Story`` and a person as the deck reads them), ``items.cast_names`` (which names are
people's), ``items.title_matches`` (whether titles match the answer's) and
``items.cast_indexes`` (the people by scope and by date).
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import groupby, islice, takewhile
from typing import NamedTuple

from quizgen.extract.name_lists import gender_of
from quizgen.facts.names import surname
from quizgen.items import distractors, sides
from quizgen.items.cast_indexes import PeopleByDate, PeopleIndex, Replay
from quizgen.items.cast_members import CastMember, Story, Use
from quizgen.items.cast_names import (
    firm_openings,
    headline_fragment,
    is_person_name,
    same_person,
    surnames_of,
)
from quizgen.items.question_stems import (
    blank_title,
    named_in,
    quoted_genders,
    stem_gender,
    stem_party,
)
from quizgen.items.scopes import BODIES, role_scope, scope_of
from quizgen.items.title_matches import same_office, same_title, shows_title
from quizgen.items.titles import body_words, holds_title, own_title, title_head

PARTY_SCOPE = scope_of("Republican")  # the parties the deck reads (``Use.party``) are the US's
NEAR_DAYS = 730  # people of articles further apart (two years: a term, a campaign) are another era's
GENDER_TITLES = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f"}
# Roles that speak for an organisation rather than for themselves.
VOICE_WORDS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "statement"])
# Standings (``sides.standing``) whose holders get wrong choices from other stories only of the
# same standing: a politician's, politicians' (a public figure counting as one); a commentator's,
# commentators'. (A sheriff's may be a governor's of the same disaster: ``sides.standings_fit``.)
SPHERES = frozenset(["political", "commentary"])
# What ``Cast._fits_beside`` reads of an answer: standing, parties, no politicians beside it, camps.
AnswerSide = tuple[str | None, frozenset[str], bool, frozenset[str]]


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



class _RoleReading(NamedTuple):
    titled: str | None  # the gender a "Mr."/"Ms." opening the role tells
    family: str | None
    head: str | None
    body: frozenset[str] | None  # with ``named``, read only of a role with a title's head
    named: str | None
    party: str | None


def _read_role(role: str) -> _RoleReading:
    """What a cast member's role says of them (``Cast``)."""
    first = role.split()[0].lower()
    # the article's "Mr."/"Ms." over the first-name lists
    titled = GENDER_TITLES.get(first)
    # Of a role naming another's title ("staff member for former Gov. Bob Ehrlich", "aide
    # to Sen. Ted Cruz") only the holder's own part says their kind.
    own = own_title(role)
    head = title_head(own)
    return _RoleReading(
        titled=titled,
        family=distractors.role_family(own),
        head=head,
        body=body_words(role) if head else None,
        named=scope_of(role) if head else None,
        party=stem_party(role),
    )


class Cast:
    """The deck's people, with what makes a wrong choice believable for each card."""

    def __init__(self, uses: Iterable[Use], stories: dict[str, Story], *, not_people: Iterable[str] = ()):
        self.stories = stories
        not_people = list(not_people)
        firms = firm_openings(not_people)
        not_people = frozenset(distractors.fold(x) for x in not_people) | firms
        uses = list(uses)
        surnames = surnames_of(u.name for u in uses)
        people: dict[str, CastMember] = {}
        # A deck names the same people with the same roles thousands of times: each name and
        # each role is read once (pure readings of the text), not once per use.
        person_names: dict[str, bool] = {}
        roles_read: dict[str, _RoleReading] = {}
        for u in uses:
            named_person = person_names.get(u.name)
            if named_person is None:
                named_person = person_names[u.name] = distractors.fold(
                    u.name
                ) not in not_people and is_person_name(u.name, surnames=surnames)
            if not named_person:
                continue
            p = people.setdefault(u.name, CastMember(u.name, gender=gender_of(u.name)))
            p.mentions += 1
            p.articles.add(u.article_id)
            p.speaker |= u.speaker
            if u.party:
                p.parties.add(u.party)
            if not u.role:
                continue
            p.roles.add(u.role)
            role = roles_read.get(u.role)
            if role is None:
                role = roles_read[u.role] = _read_role(u.role)
            if role.titled:
                p.titled.add(role.titled)
            if role.family:
                p.families.add(role.family)
            if role.head:
                p.titles.add((role.head, role.body, role.named))
                if role.named:
                    p.scopes.add(role.named)
                elif scope := role_scope(u.role, self._scope(u.article_id)):
                    p.guessed.add(scope)
            if role.party:
                p.parties.add(role.party)
        for name in [n for n in people if headline_fragment(n, people)]:
            del people[name]
        for p in people.values():
            # A title that names its country ("U.S. President") outweighs a plain "President"
            # read in a story about another country; so does a party of the United States
            # ("Rep. Dan Burton, R-Ind." in a story about Cuba holds no Cuban office).
            p.scopes = p.scopes or ({PARTY_SCOPE} if p.parties else p.guessed)
            if p.titled:
                p.gender = next(iter(p.titled)) if len(p.titled) == 1 else "?"
        # Someone a story shows dead or of history is no living voice beside the answer's.
        self._departed = frozenset().union(*(s.departed for s in stories.values())) & set(people)
        self.people = sorted(people.values(), key=lambda p: (-p.mentions, p.name))
        self.by_name = people
        self._surnames = frozenset(surname(n) for n in people)
        self._first_names: dict[str, set[str]] = {}
        for n in people:
            self._first_names.setdefault(n.split()[0], set()).add(surname(n))
        self._surname_parties: dict[str, set[str]] = {}
        for p in people.values():
            p.camps = set().union(*(sides.camps_in(r, self._surnames, own=surname(p.name)) for r in p.roles))
            self._surname_parties.setdefault(surname(p.name), set()).update(p.parties)
        self.topics = sides.Topics({a: s.names for a, s in stories.items()})
        # Each story's people by how often it names them: whom its quotes speak of ("her").
        counts: dict[str, Counter[str]] = {}
        for u in uses:
            if u.name in people:
                counts.setdefault(u.article_id, Counter())[u.name] += 1
        self._leads: dict[tuple[str, str], list[str]] = {}
        for article_id, counter in counts.items():
            for name, _ in sorted(counter.items(), key=lambda nc: (-nc[1], nc[0])):
                leads = self._leads.setdefault((article_id, people[name].gender), [])
                if len(leads) < 2:
                    leads.append(name)
        self._everyone = PeopleIndex(self.people)
        self._speakers = PeopleIndex([p for p in self.people if p.speaker])
        self._of_article: dict[str, list[CastMember]] = {}
        for p in self.people:
            for a in p.articles:
                self._of_article.setdefault(a, []).append(p)
        self._dated: dict[int, PeopleByDate] = {}
        self._sides: dict[str, set[str]] = {}
        self._merged: dict[tuple[int, ...], tuple[list[list[CastMember]], list[tuple[int, CastMember]]]] = {}
        self._streams: dict[tuple[dt.date, tuple[int, ...]], tuple[list[list[CastMember]], Replay]] = {}
        self._standings: dict[str, str | None] = {}
        self._voices: dict[str, bool] = {}
        self._naming: dict[str, set[str]] | None = None  # a name → the stories naming it
        self._together: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._named_with: dict[str, frozenset[str]] = {}
        self._related_people: dict[str, frozenset[str]] = {}
        self._near_bounds: dict[tuple[object, ...], int] = {}
        self._group_names: dict[int, frozenset[str]] = {}
        self._kin: dict[str, list[CastMember]] = {}

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
                    and (p.name in self._departed) == departed and not (gender and p.gender != gender)
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
                and (p.name in self._departed) == departed and not (gender and p.gender != gender)
                and not (party and party not in p.parties) and fits_near(p, card) and self._fits_beside(p, side)
            )
            if found == enough:
                break
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

    def _scope(self, article: str) -> str | None:
        story = self.stories.get(article)
        return story.scope if story else None

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

    def _side(self, p: CastMember) -> set[str]:
        """A person's parties: their own, else those of the people whose camp they are in ("a
        Clinton confidant" stands with the Democrats)."""
        found = self._sides.get(p.name)
        if found is None:  # once per person: asked of every candidate of every card
            found = self._sides[p.name] = p.parties or set().union(
                *(self._surname_parties.get(c, set()) for c in p.camps)
            )
        return found

    def standing_of(self, name: str) -> str | None:
        """The standing (``sides.standing``) of a person the cast knows, else None."""
        p = self.by_name.get(name)
        return self._standing(p) if p else None

    def _private(self, me: CastMember | None) -> bool:
        """Whether the answer is a private person (a witness, a resident): ``fits_elsewhere``
        then holds of nobody, and the walk over other stories' people is skipped."""
        return me is not None and self._standing(me) == "private"

    def _standing(self, p: CastMember) -> str | None:
        if p.name not in self._standings:  # once per person, as ``_side``
            self._standings[p.name] = self._standing_of(p)
        return self._standings[p.name]

    def _standing_of(self, p: CastMember) -> str | None:
        # An office held in an organisation ("president of NARAL") is no politician's.
        public = {f for h, body, _ in p.titles if not body for f in [distractors.role_family(h)] if f in sides.POLITICAL}
        families = (p.families - sides.POLITICAL) | public
        heads = {h.split(" of ")[0] for h, _, _ in p.titles}  # "mayor of fort pierce" → "mayor"
        return sides.standing(
            families, heads=heads, has_role=bool(p.titles), articles=len(p.articles), party=bool(p.parties)
        )

    def _named_together(self, answer: str, p: CastMember) -> bool:
        """Whether some story names both the answer and ``p`` (people of one affair)."""
        naming, names = self._together_with(answer)
        return not naming.isdisjoint(p.articles) or p.name in names

    def _people_named_with(self, answer: str) -> frozenset[str]:
        """The people ``_named_together`` holds of ``answer``, by name (once per answer)."""
        found = self._named_with.get(answer)
        if found is None:
            naming, names = self._together_with(answer)
            found = self._named_with[answer] = frozenset(
                {p.name for a in naming for p in self._of_article.get(a, ())} | (names & self.by_name.keys())
            )
        return found

    def _people_of_related(self, article: str) -> frozenset[str]:
        """The people of the stories ``Topics.related_to(article)``, by name (once per story)."""
        found = self._related_people.get(article)
        if found is None:
            found = self._related_people[article] = frozenset(
                p.name for a in self.topics.related_to(article) for p in self._of_article.get(a, ())
            )
        return found

    def _together_with(self, answer: str) -> tuple[frozenset[str], frozenset[str]]:
        """The stories that name ``answer``, and the names of the answer's own stories (once per
        answer: asked of every candidate of its cards)."""
        found = self._together.get(answer)
        if found is None:
            if self._naming is None:
                self._naming = {}
                for a, story in self.stories.items():
                    for n in story.names:
                        self._naming.setdefault(n, set()).add(a)
            me = self.by_name.get(answer)
            mine = [self.stories[a].names for a in sorted(me.articles) if a in self.stories] if me else []
            found = self._together[answer] = (frozenset(self._naming.get(answer, ())), frozenset().union(*mine))
        return found

    def _organisation_voice(self, p: CastMember) -> bool:
        """Whether ``p`` speaks for an organisation: a spokesperson (or a company's
        executive) whose role names a body that is no person's camp and no party."""
        if p.name not in self._voices:  # once per person: asked by every card of theirs
            self._voices[p.name] = self._speaks_for_organisation(p)
        return self._voices[p.name]

    def _speaks_for_organisation(self, p: CastMember) -> bool:
        for role in p.roles:
            words = set(re.findall(r"[a-z]+", role.lower()))
            body = body_words(role) - self._surnames
            if body and not stem_party(role) and (words & VOICE_WORDS or distractors.role_family(role) == "business"):
                return True
        return False

    def _believable(
        self, answer: str, me: CastMember | None, question: str, article: str,
    ) -> tuple[Callable[[CastMember], bool], Callable[[CastMember], bool]]:
        """Tests of the candidates a learner has to weigh (``items.sides``), for the same story's
        people and for other stories' people: of a standing, party and camp believable beside
        the answer's, and from other stories only of a related one."""
        mine = self._standing(me) if me else None
        parties = self._side(me) if me else set()
        targets = sides.targets_in(question, self._surnames, self._first_names) - {surname(answer)}
        # The camp of someone the question is about, of another party than the answer's, is no
        # speaker of the answer's words about them ("Crooked Hillary": no Clinton aide).
        against = {
            t for t in targets - (me.camps if me else set())
            if parties and self._surname_parties.get(t) and not parties & self._surname_parties[t]
        }

        def fits(p: CastMember) -> bool:
            return (
                sides.standings_fit(mine, self._standing(p), same_story=article in p.articles)
                and sides.parties_fit(parties, self._side(p))
                and not (p.camps & against)
            )

        # A witness's or a resident's words: people of the same story only (no politician:
        # ``standings_fit``); a private person of another story is a stranger to it.
        # People of unknown standing (an aide, a campaign's chairman, a county party chairman, an
        # activist, a union's president, a lawyer): no politician or public figure at all, of
        # this story or another — readers rule out the candidates beside a county chairman and
        # Hillary Clinton beside Trump's campaign chairman — but the one whose camp they are in
        # ("Snyder spokesman": Snyder). An organisation's voice (its spokeswoman): none either.
        voice = bool(me and self._organisation_voice(me))
        unelected = me is not None and mine in (None, "public")

        def politician_out(p: CastMember) -> bool:
            """A politician among choices for words no politician would say here."""
            return (
                (voice or unelected) and self._standing(p) in ("political", "public")
                and not (me and surname(p.name) in me.camps)
            )

        def kin(p: CastMember) -> bool:
            """Of the answer's kind of role and standing, and named beside the answer in some
            story: a rival candidate from another story of the campaign fits; a senator of an
            unrelated story, however alike the office, does not."""
            return (
                bool(me and me.families & p.families) and mine is not None and self._standing(p) == mine
                and self._named_together(answer, p)
            )

        def fits_here(p: CastMember) -> bool:
            return fits(p) and not politician_out(p)

        # The people of the stories telling this one (``Topics.related``; None: any story's) and
        # those named with the answer (``kin``'s last test), read once per card, not per candidate.
        related = self._people_of_related(article) if self.topics.names.get(article) else None
        together = self._people_named_with(answer) if related is not None else frozenset()

        side = self._answer_side(me)

        def fits_elsewhere(p: CastMember) -> bool:
            # Another story's people only from a story sharing this one's people or organisations
            # (tested first: the cheapest test, and the one most of a card's candidates fail);
            # then ``fits`` and ``politician_out`` as they are of a person of another story.
            return (
                mine != "private"
                and (related is None or p.name in related or (p.name in together and kin(p)))
                and self._fits_beside(p, side)
                and not (p.camps & against)
            )

        return fits_here, fits_elsewhere

    def _answer_side(self, me: CastMember | None) -> AnswerSide:
        """What ``_fits_beside`` reads of the answer: its standing, its parties, whether no
        politician fits beside it (an organisation's voice, someone of unknown standing or a
        public figure) and the surnames of the camps it is in (their politicians still fit)."""
        mine = self._standing(me) if me else None
        no_politicians = me is not None and (self._organisation_voice(me) or mine in (None, "public"))
        camps = frozenset(me.camps) if me is not None and no_politicians else frozenset()
        return mine, frozenset(self._side(me)) if me else frozenset(), no_politicians, camps

    def _fits_beside(self, p: CastMember, side: AnswerSide) -> bool:
        """``_believable``'s tests of a person of another story that read only the answer's
        ``side`` (``_answer_side``): standings and parties that fit, no politician where none
        would speak, the answer's sphere. ``fits_elsewhere`` and ``_near_bound`` share them."""
        mine, parties, no_politicians, camps = side
        theirs = self._standing(p)
        return (
            sides.standings_fit(mine, theirs, same_story=False)
            and sides.parties_fit(parties, self._side(p))
            and not (no_politicians and theirs in ("political", "public") and surname(p.name) not in camps)
            # Of the answer's sphere, when the answer's is known: a politician's words get other
            # stories' politicians and public figures, never a publisher, a club's manager or an
            # aide the deck cannot place (readers: "a book publisher from an unrelated story"); a
            # commentator's, commentators. The same story's people stand beside anyone.
            and (mine not in SPHERES or sides.PUBLIC_AS.get(theirs, theirs) == mine)
        )

    def who(
        self,
        answer: str,
        *,
        key: str,
        question: str,
        article: str,
        role: str | None = None,
        quote: bool = False,
        not_answer: Callable[[str], bool] | None = None,
        prefer: Iterable[str] = (),
    ) -> list[str]:
        """Four choices for "who" (the answer among three believable people), or none.

        ``role`` is the answer's role as the card gives it (for a quote, the speaker's role in
        the article, if any); ``quote`` asks for people quoted in the deck; ``not_answer`` rejects
        names the caller knows to be other right answers (accepted spellings, co-holders);
        ``prefer`` names the story shows in the answer's place (who did the same verb to
        something else: "Ted Cruz won Iowa" for "Who won New Hampshire?"): of the story's
        believable people, they come first.
        """
        me = self.by_name.get(answer)
        # Where the answer's role is held: named in the role, else the one country the person's
        # roles name across the deck, else read from the article.
        scope = scope_of(role) or (next(iter(me.scopes)) if me and len(me.scopes) == 1 else None)
        scope = scope or (role_scope(role, self._scope(article)) if role else self._scope(article))
        family = distractors.role_family(role) or (next(iter(me.families)) if me and len(me.families) == 1 else None)
        # A quote whose question shows the speaker's title ("____, New Jersey's sitting
        # governor, repeated …", "said ____, the campaign's Iowa director") is asked like a
        # role: every choice holds that title, else the title gives the answer away.
        titled_quote = quote and shows_title(question, role)
        head = title_head(role) if not quote or titled_quote else None
        body = body_words(role) if role else frozenset()
        gender = stem_gender(question) or stem_gender(role or "")
        if gender and me and me.gender not in ("?", gender):
            gender = None  # the pronoun is about someone else
        party = stem_party(question) if quote or role is None else stem_party(role)
        # A story between countries (a summit, a war: no one country leads, or the answer speaks
        # for NATO or the UN) has speakers of several countries, each a believable one.
        international = self._scope(article) in (None, *BODIES) or scope in BODIES
        titled = blank_title(question)  # "President ____": every choice a president
        # Whom the quoted words speak of ("“she has no plan”"): the story's leading person of
        # that gender other than the answer
        # (the answer being that person, the next one: "I regret the comments he made").
        spoken_of = {
            next((n for n in self._leads.get((article, g), []) if n != answer), None) for g in quoted_genders(question)
        } - {None}

        def excluded(p: CastMember) -> bool:
            """The answer by another name, another right answer, someone the question names or
            speaks of, or someone who never held the title the blank follows."""
            return (
                same_person(p.name, answer) or p.name in spoken_of
                or bool(titled and not holds_title(p.roles, titled))
                or bool(not_answer and not_answer(p.name)) or named_in(question, p.name)
            )

        departed = answer in self._departed
        card = NearCard(scope, quote, titled_quote, family, head, body, international)

        def fitting(p: CastMember) -> str | None:
            """How ``p`` fits: "local", a believable person of the same story; "near", one of
            another story (still to be dated); else None. The dearest test (``excluded``) is left to
            ``ordered``, for the few people the choices are drawn from."""
            if p.name == answer or (p.name in self._departed) != departed:
                return None
            # A question that shows a gender or party keeps to people known to share it.
            if (gender and p.gender != gender) or (party and party not in p.parties):
                return None
            if article not in p.articles:
                return "near" if fits_near(p, card) else None
            if quote and not p.speaker:
                return None
            if (not quote or titled_quote) and (family or head) and not same_office(p, family, head, body):
                return None  # the same story's people of the role's office (a country's or a body's)
            # As in ``fits_near``: the answer's country's people, or for a quote of a story between
            # countries (or beside a NATO or UN voice) anyone's; here also people of no known scope.
            fits = scope in p.scopes or (quote and (international or bool(p.scopes & BODIES)))
            return "local" if fits or not p.scopes else None

        fits_here, fits_elsewhere = self._believable(answer, me, question, article)

        def fellow_fits(p: CastMember) -> bool:
            """A fellow of another story: of the answer's country, kind of role, gender and party
            (the story put them in the answer's place: no title need match)."""
            return (
                (p.name in self._departed) == departed and not (gender and p.gender != gender)
                and not (party and party not in p.parties) and (not scope or scope in p.scopes)
                and (not family or family in p.families)
            )

        local = [p for p in self._of_article.get(article, ()) if fitting(p) == "local" and fits_here(p)]
        fellows = {surname(n) for n in prefer}
        first = [p.name for p in local if surname(p.name) in fellows]
        local = [p for p in local if surname(p.name) not in fellows]
        # A fellow the story names by surname alone ("Trump, Cruz, Kasich"): the one person of
        # that surname a story near in date names in full, if only one fits.
        for last in sorted(fellows - {surname(n) for n in first}):
            found = [
                p for p in self.people
                if surname(p.name) == last and article not in p.articles and self._days(article, p) <= NEAR_DAYS
                and fellow_fits(p) and fits_elsewhere(p)
            ]
            if len(found) == 1:
                first.append(found[0].name)
        # Never a filler: with fewer than three believable people the card is asked typed, so a
        # card whose candidates cannot reach three (by ``_near_bound``) is done before the walk.
        enough = distractors.N_CHOICES - 1
        most = len(first) + len(local)
        if most < enough and not self._private(me):  # a private person's words: nobody of another story
            bound = partial(
                self._near_bound, article, scope, quote=quote, titled=bool(family or head),
                international=international, gender=gender, party=party, departed=departed,
            )
            near = bound()  # shared by every answer
            side = self._answer_side(me)
            if most + near >= enough:  # then the card's title and the answer's standing, parties, sphere
                near = bound(card=card, side=side)
            most += near
            if most < enough and self.topics.names.get(article):  # those named with the answer
                most += self._kin_bound(
                    answer, me, article, card, side, gender=gender, party=party, departed=departed
                )
        if most < enough:
            return []
        elsewhere = self._elsewhere(
            article, scope, quote=quote, titled=bool(family or head), international=international
        )
        # ``fits_elsewhere``'s first test, on the name alone, before a call: most of the stream's
        # people are of no related story (the same people as before, in the same order).
        related = self._people_of_related(article) if self.topics.names.get(article) else None
        together = self._people_named_with(answer) if related is not None else frozenset()
        near = (
            p for _, p in takewhile(lambda dp: dp[0] <= NEAR_DAYS, elsewhere)
            if (related is None or p.name in related or p.name in together)
            and article not in p.articles and fits_elsewhere(p) and fitting(p) == "near"
        ) if not self._private(me) else iter(())  # a private person's words: nobody of another story
        rng = distractors.rng_for(key + ":cast")
        window = distractors.WINDOW
        local_left = (p for p in local if not excluded(p))
        leading = [p.name for p in islice(local_left, window)]
        rng.shuffle(leading)
        leading = [n for n in first if not excluded(self.by_name[n])] + leading

        def ordered() -> Iterator[str]:
            """The candidates best first, each tested only when ``choose`` asks for it."""
            yield from leading
            yield from (p.name for p in local_left)
            near_left = (p for p in near if not excluded(p))
            close = [p.name for p in islice(near_left, window)]
            rng.shuffle(close)
            yield from close
            yield from (p.name for p in near_left)

        names = ordered()
        if len(answer.split()) == 1:  # a bare surname ("Obama") among full names stands out
            names = (surname(n) for n in names)
        # Never a filler: with fewer than three believable people the card is asked typed.
        choices = distractors.choose(answer, names, key=key)
        return choices if len(choices) == distractors.N_CHOICES else []
