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
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby, islice, takewhile

from quizgen.extract.name_lists import gender_of
from quizgen.facts.names import surname
from quizgen.items import distractors, sides
from quizgen.items.org_kinds import org_kind
from quizgen.items.question_stems import (
    blank_title,
    named_in,
    quoted_genders,
    stem_gender,
    stem_party,
)
from quizgen.items.scopes import BODIES, role_scope, scope_of
from quizgen.items.titles import (
    OFFICE_WORDS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    body_words,
    holds_title,
    own_title,
    title_head,
)

PARTY_SCOPE = scope_of("Republican")  # the parties the deck reads (``Use.party``) are the US's
NEAR_DAYS = 730  # people of articles further apart (two years: a term, a campaign) are another era's
GENDER_TITLES = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f"}
# Roles that speak for an organisation rather than for themselves.
VOICE_WORDS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "statement"])
# Standings (``sides.standing``) whose holders get wrong choices from other stories only of the
# same standing: a politician's, politicians' (a public figure counting as one); a commentator's,
# commentators'. (A sheriff's may be a governor's of the same disaster: ``sides.standings_fit``.)
SPHERES = frozenset(["political", "commentary"])


@dataclass(frozen=True)
class Use:
    """One appearance of a person in an article: named, quoted (``speaker``), or with a role."""

    name: str
    article_id: str
    role: str | None = None
    speaker: bool = False
    party: str | None = None  # "R", "D": as the article's words give it ("Republican … Ted Cruz")


@dataclass(frozen=True)
class Story:
    """What the choices need of an article: when it was published, which country it is about and
    the names it holds (people, organisations, places: what it is about, ``sides.Topics``)."""

    published: dt.date | None = None
    scope: str | None = None
    names: frozenset[str] = frozenset()
    departed: frozenset[str] = frozenset()  # people it shows dead or of history (``items.departed``)


@dataclass
class _Person:
    name: str
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    speaker: bool = False
    families: set[str] = field(default_factory=set)
    titles: set[tuple[str, frozenset[str], str | None]] = field(default_factory=set)  # (head, body, named scope)
    scopes: set[str] = field(default_factory=set)  # where their roles are held
    guessed: set[str] = field(default_factory=set)  # … as read from their articles' countries
    parties: set[str] = field(default_factory=set)
    gender: str = "?"
    titled: set[str] = field(default_factory=set)  # genders the article's titles give
    roles: set[str] = field(default_factory=set)
    camps: set[str] = field(default_factory=set)  # surnames of the people their roles serve


def is_person_name(name: str, *, surnames: frozenset[str] = frozenset()) -> bool:
    """A full name (``distractors.is_full_name``) with no role word before its surname
    ("Clinton Campaign Manager Laughs" is a headline) and not opening with another person's
    surname ("Trump Praises Breitbart")."""
    if not distractors.is_full_name(name):
        return False
    words = name.split()
    last_at = len(words) - 1 - (words[-1].lower().strip(".,") in ("jr", "sr", "ii", "iii", "iv"))
    if any(w.lower().strip(".,") in ROLE_WORDS for w in words[:last_at]):
        return False
    if words[0].lower().strip(".,") in OFFICE_WORDS:  # the tail of a title: "Exchequer Nigel Lawson"
        return False
    return not (words[0] in surnames and gender_of(name) == "?")


def _same_title(p: _Person, head: str | None, body: frozenset[str], scope: str | None) -> bool:
    """Whether ``p`` held the answer's title elsewhere: the same office of the same country (named
    in their title: "Florida Governor" for "Massachusetts Governor"), or the same title in the same
    organisation ("American Bridge President" wants other presidents of American Bridge)."""
    return any(
        h == head and b == body and (bool(body) or (scope is not None and named == scope))
        for h, b, named in p.titles
    )


def _same_office(p: _Person, family: str | None, head: str | None, body: frozenset[str]) -> bool:
    """Whether ``p``, of the answer's story, held an office like the answer's: of the same title
    when the role has one ("governor of Ohio" wants the story's other governors — a senator or a
    president beside it is a giveaway), else of the same family; a country's office for a
    country's, a body's for a body's."""
    return any(
        bool(b) == bool(body) and (_head_noun(h) == _head_noun(head) if head else family in p.families)
        for h, b, _ in p.titles
    )


def shows_title(question: str, role: str | None) -> bool:
    """Whether the question shows the role's title noun in apposition to the blank ("____, New
    Jersey's sitting governor, …" for "New Jersey Gov.")."""
    head = title_head(role) if role else None
    apposition = re.search(r"____,\s*([^,.;:?]*)", question)
    if not head or apposition is None:
        return False
    return re.search(rf"\b{re.escape(_head_noun(head))}\b", apposition.group(1), flags=re.IGNORECASE) is not None


def _head_noun(head: str) -> str:
    """A title head's noun, spelt out: "governor of ohio" → "governor", "gov" → "governor"."""
    noun = head.split(" of ")[0]
    return TITLE_ABBREVIATIONS.get(noun, noun)


def headline_fragment(name: str, known: Iterable[str]) -> bool:
    """Whether ``name`` is a known person's name inside a headline's words: "Hillary Clinton
    Wins", "Ben Carson Slams Hillary", "Figure Endorses Hillary Clinton" (another known full name
    beside a capitalised verb), not "Melba Acosta Febo" beside "Melba Acosta"."""
    words = name.split()
    for size in range(2, len(words)):
        for at in range(len(words) - size + 1):
            if " ".join(words[at : at + size]) in known:
                extra = words[:at] + words[at + size :]
                if any(len(w) > 3 and w.endswith("s") and not w.endswith("'s") and not w.endswith("ss") for w in extra):
                    return True
    return False


def surnames_of(names: Iterable[str]) -> frozenset[str]:
    """The words the deck's names end in more often than they open them: "Trump" (of "Donald
    Trump", not the "Trump" of the headline "Trump Praises Breitbart"), never "Hillary" for one
    headline "Ben Carson Slams Hillary" among many "Hillary Clinton"s."""
    last: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for name in names:
        words = name.split()
        if len(words) > 1:
            last[surname(name)] += 1
            first[words[0]] += 1
    return frozenset(w for w, n in last.items() if n > first[w])


def _firm_openings(organisations: Iterable[str]) -> frozenset[str]:
    """The opening words of the deck's company names ("Davis Manafort" of "Davis Manafort
    Partners"): a firm named for its founders, which the tagger may read as a person."""
    openings = set()
    for name in organisations:
        words = name.split()
        if len(words) >= 3 and org_kind(name) == "company":
            for size in range(2, len(words)):
                openings.add(distractors.fold(" ".join(words[:size])))
    return frozenset(openings)


def same_person(a: str, b: str) -> bool:
    """Whether two names may be one person: one's surname is a word of the other ("Acosta",
    "Melba Acosta Febo")."""
    return surname(a) in b.split() or surname(b) in a.split()


class Cast:
    """The deck's people, with what makes a wrong choice believable for each card."""

    def __init__(self, uses: Iterable[Use], stories: dict[str, Story], *, not_people: Iterable[str] = ()):
        self.stories = stories
        not_people = list(not_people)
        firms = _firm_openings(not_people)
        not_people = frozenset(distractors.fold(x) for x in not_people) | firms
        uses = list(uses)
        surnames = surnames_of(u.name for u in uses)
        people: dict[str, _Person] = {}
        for u in uses:
            if distractors.fold(u.name) in not_people or not is_person_name(u.name, surnames=surnames):
                continue
            p = people.setdefault(u.name, _Person(u.name, gender=gender_of(u.name)))
            p.mentions += 1
            p.articles.add(u.article_id)
            p.speaker |= u.speaker
            if u.party:
                p.parties.add(u.party)
            if not u.role:
                continue
            p.roles.add(u.role)
            first = u.role.split()[0].lower()
            if first in GENDER_TITLES:  # the article's "Mr."/"Ms." over the first-name lists
                p.titled.add(GENDER_TITLES[first])
            # Of a role naming another's title ("staff member for former Gov. Bob Ehrlich", "aide
            # to Sen. Ted Cruz") only the holder's own part says their kind.
            own = own_title(u.role)
            family = distractors.role_family(own)
            if family:
                p.families.add(family)
            head = title_head(own)
            if head:
                named = scope_of(u.role)
                p.titles.add((head, body_words(u.role), named))
                if named:
                    p.scopes.add(named)
                elif scope := role_scope(u.role, self._scope(u.article_id)):
                    p.guessed.add(scope)
            party = stem_party(u.role)
            if party:
                p.parties.add(party)
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
        self._everyone = _PeopleIndex(self.people)
        self._speakers = _PeopleIndex([p for p in self.people if p.speaker])
        self._of_article: dict[str, list[_Person]] = {}
        for p in self.people:
            for a in p.articles:
                self._of_article.setdefault(a, []).append(p)
        self._dated: dict[int, _ByDate] = {}
        self._sides: dict[str, set[str]] = {}
        self._merged: dict[tuple[int, ...], tuple[list[list[_Person]], list[tuple[int, _Person]]]] = {}
        self._standings: dict[str, str | None] = {}

    def _elsewhere(
        self, article: str, scope: str | None, *, quote: bool, titled: bool, international: bool
    ) -> Iterator[tuple[int, _Person]]:
        """``(days apart, person)`` for the people ``who`` may draw from other stories, in
        ``who``'s order (nearest in date, then as in ``self.people``), lazily: those whose roles
        are held in the answer's scope (for a quote, also those of a body such as NATO, or
        anyone's in a story between countries; a quote or an untitled card wants a speaker).
        A superset of ``who``'s filters, read from indexes, so that a card looks at its few
        candidates, not at the deck's every person."""
        if not scope:
            return iter(())
        index = self._speakers if quote or not titled else self._everyone
        if quote and international:
            groups = [index.scoped]
        else:
            groups = [index.by_scope.get(scope, [])] + ([index.bodied] if quote else [])
        here = self.stories.get(article, Story()).published
        if here is None:  # every person counts as 0 days apart (see ``_days``)
            return iter(self._undated(groups))
        streams = [self._by_date(g).nearest(here) for g in groups]
        rank = self._everyone.rank
        merged = heapq.merge(*streams, key=lambda dp: (dp[0], rank[dp[1].name]))
        return (dp for _, (dp, *_) in groupby(merged, key=lambda dp: id(dp[1])))  # once each

    def _undated(self, groups: list[list[_Person]]) -> list[tuple[int, _Person]]:
        """``(0, person)`` for the people of ``groups``, each once, in the deck's order: what an
        undated card reads (merged once per set of groups, not once per card)."""
        key = tuple(id(g) for g in groups)
        if key not in self._merged:  # the groups are kept with it: their ids are never reused
            rank = self._everyone.rank
            merged = heapq.merge(*groups, key=lambda p: rank[p.name])
            self._merged[key] = (groups, [(0, next(same)) for _, same in groupby(merged, key=id)])
        return self._merged[key][1]

    def _by_date(self, people: list[_Person]) -> _ByDate:
        """``people`` by their articles' dates (built once per list)."""
        found = self._dated.get(id(people))
        if found is None:
            found = self._dated[id(people)] = _ByDate(people, self._dates_of)
        return found

    def _dates_of(self, p: _Person) -> list[dt.date]:
        """The known dates of ``p``'s articles."""
        return sorted({d for a in p.articles if (d := self.stories.get(a, Story()).published)})

    def _scope(self, article: str) -> str | None:
        story = self.stories.get(article)
        return story.scope if story else None

    def _days(self, article: str, p: _Person) -> int:
        """How far (in days) ``p``'s nearest article is from ``article``; unknown dates count as near."""
        here = self.stories.get(article, Story()).published
        if here is None:  # before reading the person's articles: called for every person
            return 0
        dates = [self.stories.get(a, Story()).published for a in p.articles]
        known = [d for d in dates if d]
        if not known:
            return 0
        return min(abs((d - here).days) for d in known)

    def _side(self, p: _Person) -> set[str]:
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

    def _standing(self, p: _Person) -> str | None:
        if p.name not in self._standings:  # once per person, as ``_side``
            self._standings[p.name] = self._standing_of(p)
        return self._standings[p.name]

    def _standing_of(self, p: _Person) -> str | None:
        # An office held in an organisation ("president of NARAL") is no politician's.
        public = {f for h, body, _ in p.titles if not body for f in [distractors.role_family(h)] if f in sides.POLITICAL}
        families = (p.families - sides.POLITICAL) | public
        heads = {h.split(" of ")[0] for h, _, _ in p.titles}  # "mayor of fort pierce" → "mayor"
        return sides.standing(
            families, heads=heads, has_role=bool(p.titles), articles=len(p.articles), party=bool(p.parties)
        )

    def _named_together(self, answer: str, p: _Person) -> bool:
        """Whether some story names both the answer and ``p`` (people of one affair)."""
        me = self.by_name.get(answer)
        return any(answer in self.stories.get(a, Story()).names for a in p.articles) or bool(
            me and any(p.name in self.stories.get(a, Story()).names for a in me.articles)
        )

    def _organisation_voice(self, p: _Person) -> bool:
        """Whether ``p`` speaks for an organisation: a spokesperson (or a company's
        executive) whose role names a body that is no person's camp and no party."""
        for role in p.roles:
            words = set(re.findall(r"[a-z]+", role.lower()))
            body = body_words(role) - self._surnames
            if body and not stem_party(role) and (words & VOICE_WORDS or distractors.role_family(role) == "business"):
                return True
        return False

    def _believable(
        self, answer: str, me: _Person | None, question: str, article: str,
    ) -> tuple[Callable[[_Person], bool], Callable[[_Person], bool]]:
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

        def fits(p: _Person) -> bool:
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

        def politician_out(p: _Person) -> bool:
            """A politician among choices for words no politician would say here."""
            return (
                (voice or unelected) and self._standing(p) in ("political", "public")
                and not (me and surname(p.name) in me.camps)
            )

        def kin(p: _Person) -> bool:
            """Of the answer's kind of role and standing, and named beside the answer in some
            story: a rival candidate from another story of the campaign fits; a senator of an
            unrelated story, however alike the office, does not."""
            return (
                bool(me and me.families & p.families) and mine is not None and self._standing(p) == mine
                and self._named_together(answer, p)
            )

        def fits_here(p: _Person) -> bool:
            return fits(p) and not politician_out(p)

        def same_sphere(p: _Person) -> bool:
            """Of the answer's sphere, when the answer's is known: a politician's words get other
            stories' politicians and public figures, never a publisher, a club's manager or an
            aide the deck cannot place (readers: "a book publisher from an unrelated story"); a
            commentator's, commentators. The same story's people stand beside anyone."""
            if mine not in SPHERES:
                return True
            theirs = self._standing(p)
            return sides.PUBLIC_AS.get(theirs, theirs) == mine

        def fits_elsewhere(p: _Person) -> bool:
            # Another story's people only from a story sharing this one's people or organisations.
            return (
                mine != "private" and fits(p)
                and not politician_out(p)
                and same_sphere(p)
                and (kin(p) or self.topics.related(article, p.articles))
            )

        return fits_here, fits_elsewhere

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

        def excluded(p: _Person) -> bool:
            """The answer by another name, another right answer, someone the question names or
            speaks of, or someone who never held the title the blank follows."""
            return (
                same_person(p.name, answer) or p.name in spoken_of
                or bool(titled and not holds_title(p.roles, titled))
                or bool(not_answer and not_answer(p.name)) or named_in(question, p.name)
            )

        departed = answer in self._departed

        def fitting(p: _Person) -> str | None:
            """How ``p`` fits: "local", a believable person of the same story; "near", one of
            another story (still to be dated); else None. The dearest test (``excluded``) is left to
            ``ordered``, for the few people the choices are drawn from."""
            if p.name == answer or (p.name in self._departed) != departed:
                return None
            # A question that shows a gender or party keeps to people known to share it.
            if (gender and p.gender != gender) or (party and party not in p.parties):
                return None
            here = article in p.articles
            if quote and not p.speaker:
                return None
            if (not quote or titled_quote) and (family or head) and not (
                _same_office(p, family, head, body) if here else _same_title(p, head, body, scope)
            ):
                return None  # the same story's people of the role's office (a country's or a body's)
            # Another country's people fit a quote of a story between countries, and anyone
            # fits beside a NATO or UN voice; otherwise only the answer's country's people do.
            fits = scope in p.scopes or (quote and (international or bool(p.scopes & BODIES)))
            if here:
                return "local" if fits or not p.scopes else None
            if (
                scope and p.scopes and fits and (p.speaker or (not quote and (family or head)))
                and (not family or not p.families or family in p.families)
            ):  # fmt: skip
                return "near"
            return None

        fits_here, fits_elsewhere = self._believable(answer, me, question, article)

        def fellow_fits(p: _Person) -> bool:
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
        elsewhere = self._elsewhere(
            article, scope, quote=quote, titled=bool(family or head), international=international
        )
        near = (
            p for _, p in takewhile(lambda dp: dp[0] <= NEAR_DAYS, elsewhere)
            if article not in p.articles and fitting(p) == "near" and fits_elsewhere(p)
        )
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


class _PeopleIndex:
    """People (in the order given) by where their roles are held: ``by_scope`` a country or
    body → its people; ``scoped`` everyone with a scope; ``bodied`` those of a body (NATO, UN);
    ``rank`` each name's place in the order."""

    def __init__(self, people: list[_Person]) -> None:
        self.rank = {p.name: i for i, p in enumerate(people)}
        self.scoped = [p for p in people if p.scopes]
        self.bodied = [p for p in people if p.scopes & BODIES]
        self.by_scope: dict[str, list[_Person]] = {}
        for p in self.scoped:
            for s in p.scopes:
                self.by_scope.setdefault(s, []).append(p)


class _ByDate:
    """People (in the order given) by the dates of their articles, to read them nearest first."""

    def __init__(self, people: list[_Person], dates_of: Callable[[_Person], list[dt.date]]) -> None:
        self.undated: list[_Person] = []
        self.on: dict[dt.date, list[_Person]] = {}
        for p in people:
            dates = dates_of(p)
            if not dates:
                self.undated.append(p)
            for d in dates:
                self.on.setdefault(d, []).append(p)
        self.dates = sorted(self.on)
        self.rank = {id(p): i for i, p in enumerate(people)}

    def nearest(self, here: dt.date) -> Iterator[tuple[int, _Person]]:
        """``(days, person)``: each person once, at the distance of their nearest article (0 for
        one with no dated article), nearest first, in the order given within a distance."""
        seen: set[int] = set()

        def ring(days: int, groups: list[list[_Person]]) -> Iterator[tuple[int, _Person]]:
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


