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
organisation's spokesperson's, no politicians; a politician's, the people the story introduces by
age or home town ("Dale Kowalczyk, 58,") only last, to make up the choices. Someone a story shows dead or of history
(``items.departed``) is no choice beside a living answer, nor a living one beside theirs. One
story's reading can be wrong: an answer the deck quotes in more stories than show them dead or of
history (``departed_of``) is a living voice whom one story misread, and gets no dead choices
(Hillary Clinton beside George Wallace and Ronald Reagan), nor is a choice beside the dead
(``CastBounds._of_era``); their card is asked typed — measured,
such answers' choices from the living (the campaign's best-known names) were believable on 23 of
38 dev cards, far from the nine in ten a change must reach.

Role choices ("In 2016, John Kerry was the ____.") follow the same idea: ``items.role_choices``.

The parts ``Cast`` is built from live in their own modules: ``items.cast_members`` (``Use``,
``Story`` and a person as the deck reads them), ``items.cast_names`` (which names are
people's), ``items.cast_roles`` (what a role says of its holder), ``items.title_matches``
(whether titles match the answer's) and ``items.cast_indexes`` (the people by scope and by
date). ``Cast`` itself (here: building the cast, and ``who``, the choices of one card) stands
on parts that each read one thing of the cast: ``items.story_ties`` (which stories name whom),
``items.cast_standings`` (who stands believably beside the answer), ``items.near_stories``
(other stories' people nearest in date first, ``NEAR_DAYS``) and ``items.cast_bounds`` (how
many of them a card could reach, before the walk).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice, takewhile

from quizgen.extract.name_lists import gender_of
from quizgen.extract.roles import title_key_words
from quizgen.facts.names import SURNAME_PARTICLES, surname, written_surname
from quizgen.items import distractors, sides
from quizgen.items.cast_bounds import CastBounds
from quizgen.items.cast_indexes import PeopleByDate, PeopleIndex, Replay
from quizgen.items.cast_members import CastMember, Story, Use
from quizgen.items.cast_names import (
    firm_openings,
    headline_fragment,
    is_person_name,
    same_person,
    surnames_of,
)
from quizgen.items.cast_roles import RoleReading, read_role
from quizgen.items.departed import departed_of
from quizgen.items.known_offices import heads_a_state
from quizgen.items.near_stories import NEAR_DAYS, NearCard, fits_near
from quizgen.items.question_stems import (
    blank_state,
    blank_title,
    named_in,
    quoted_genders,
    quoted_offices,
    speaker_gender,
    speaks_as_leader,
    stem_gender,
    stem_party,
)
from quizgen.items.scopes import BODIES, role_scope, scope_of
from quizgen.items.title_matches import same_office, shows_title
from quizgen.items.titles import body_words, holds_office, holds_title, title_head

LOCAL_EXECUTIVES = frozenset(["governor", "gov", "lieutenant governor", "mayor"])  # a state's or a city's head
PARTY_SCOPE = scope_of("Republican")  # the parties the deck reads (``Use.party``) are the US's


class Cast(CastBounds):
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
        roles_read: dict[str, RoleReading] = {}
        # A race for a party's seat ("a candidate for alternate from the state's 2nd District"): the
        # article's bare "candidate" for the same person is that race, a delegate's, no office's.
        staff_races = {(u.name, u.article_id) for u in uses if u.role and sides.staff_race(u.role)}
        delegate = read_role("delegate")
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
            p.backs |= u.backs
            published = stories[u.article_id].published if u.article_id in stories else None
            if u.runs:  # the article's words put them in a race ("the Sanders campaign")
                p.runs.add(published)
                _political_in(p, published)
            if not u.role:
                continue
            p.roles.add(u.role)
            role = roles_read.get(u.role)
            if role is None:
                role = roles_read[u.role] = read_role(u.role)
            if (u.name, u.article_id) in staff_races and role.head and sides.CANDIDACY & set(role.head.split()):
                role = delegate
            if role.titled:
                p.titled.add(role.titled)
            if role.family:
                p.families.add(role.family)
                if role.family in sides.POLITICAL and not role.body:
                    _political_in(p, published)
            if role.head:
                p.titles.add((role.head, role.body, role.named))
                if sides.running_now(u.role, role.head, published):
                    p.runs.add(published)
                    _political_in(p, published)
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
        # … and an answer the deck quotes more often than its stories show them so: misread.
        self._misread = self._departed - departed_of(uses, stories)
        self.people = sorted(people.values(), key=lambda p: (-p.mentions, p.name))
        self.by_name = people
        self._surnames = frozenset(surname(n) for n in people)
        self._first_names: dict[str, set[str]] = {}
        for n in people:
            self._first_names.setdefault(n.split()[0], set()).add(surname(n))
        self._surname_parties: dict[str, set[str]] = {}
        self._of_surname: dict[str, list[CastMember]] = {}  # a surname → its people (whose camp is whose)
        for p in people.values():
            p.camps = set().union(*(sides.camps_in(r, self._surnames, own=surname(p.name)) for r in p.roles))
            p.backs = (p.backs & self._surnames) - {surname(p.name)}
            self._surname_parties.setdefault(surname(p.name), set()).update(p.parties)
            self._of_surname.setdefault(surname(p.name), []).append(p)
        self.topics = sides.Topics({a: s.names for a, s in stories.items()})
        # Each story's people by how often it names them: whom its quotes speak of ("her").
        counts: dict[str, Counter[str]] = {}
        for u in uses:
            if u.name in people:
                counts.setdefault(u.article_id, Counter())[u.name] += 1
        self._leads: dict[tuple[str, str], list[str]] = {}
        self._lead_of: dict[str, list[str]] = {}  # … and its two most named, of any gender
        for article_id, counter in counts.items():
            for name, _ in sorted(counter.items(), key=lambda nc: (-nc[1], nc[0])):
                if len(self._lead_of.setdefault(article_id, [])) < 2:
                    self._lead_of[article_id].append(name)
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

    def named_as(self, name: str, heard: tuple[str, str] | None) -> bool:
        """Whether ``heard`` (folded text, a gender "m"/"f") names ``name``, a person of that gender
        or of one no list gives: in full, or by a surname no other person of the deck bears."""
        if heard is None or name not in self.by_name or self.by_name[name].gender not in ("?", heard[1]):
            return False
        text, last = heard[0], surname(name)
        if distractors.stands_in(distractors.fold(name), text):
            return True
        return len(self._of_surname.get(last, ())) == 1 and distractors.stands_in(distractors.fold(last), text)

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
        if answer in self._misread:  # neither the dead nor the living are sure choices: typed
            return []
        if blank_state(question):  # "Sen. ____ (R-Texas)": only the answer is of that state
            return []
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
        gender = stem_gender(question) or stem_gender(role or "") or (speaker_gender(question) if quote else None)
        if gender and me and me.gender not in ("?", gender):
            gender = None  # the pronoun is about someone else
        party = stem_party(question) if quote or role is None else stem_party(role)
        # A story between countries (a summit, a war: no one country leads, or the answer speaks
        # for NATO or the UN) has speakers of several countries, each a believable one.
        # Not a governor's or a mayor's words, which speak for their state or city (j236: "my priority
        # is to protect the people of Alabama" beside South Korea's health minister).
        international = (self._scope(article) in (None, *BODIES) or scope in BODIES) and not (
            role and title_key_words(role) & LOCAL_EXECUTIVES
        )
        titled = blank_title(question)  # "President ____": every choice a president
        # "GOP front-runner ____", "Republican presidential candidate ____": every choice running
        # in the story's contest (``_candidacy``), however the deck titles them
        # ("former presidential candidate ____" ran in another: held like any title)
        running_title = bool(
            titled and sides.CANDIDACY & set(titled.split())
            and not sides.PAST_CANDIDACY & set(question[: question.find("____")].lower().split()[-5:])
        )
        # Whom the quoted words speak of ("“she has no plan”"): the story's leading person of
        # that gender other than the answer
        # (the answer being that person, the next one: "I regret the comments he made").
        # The story's most named person other than the answer, of a gender no list gives ("Kelly
        # Ayotte" for "“She is standing with Donald Trump”"), may be that person as well.
        genders = quoted_genders(question)
        lead = next((n for n in self._lead_of.get(article, []) if n != answer), None) if genders else None
        spoken_of = {
            next((n for n in self._leads.get((article, g), []) if n != answer), None) for g in genders
        } | ({lead} if lead and self.by_name[lead].gender == "?" else set())
        # … and a backer's "she" is their candidate (Rep. Levin, "supporting Clinton": “she would be
        # the most effective president”), whomever the story names most.
        if me is not None and genders:
            spoken_of |= {
                q.name for last in me.camps | me.backs for q in self._of_surname.get(last, ())
                if q.gender in genders and q.name != answer
            }
        spoken_of -= {None}
        # an office the quoted words speak of with "the" ("The Speaker must …"): its holders are
        # not whose words they are, unless the answer holds it too (a title the speaker shares)
        offices = {o for o in quoted_offices(question) if not (me and holds_office(me.roles, o))} if quote else set()

        def excluded(p: CastMember) -> bool:
            """The answer by another name, another right answer, someone the question names or
            speaks of, or someone who never held the title the blank follows."""
            return (
                same_person(p.name, answer) or p.name in spoken_of
                or bool(titled and not (self._candidacy(p, article) if running_title else holds_title(p.roles, titled)))
                or bool(not_answer and not_answer(p.name)) or named_in(question, p.name)
                or any(holds_office(p.roles, o) for o in offices)
            )

        departed = answer in self._departed
        card = NearCard(scope, quote, titled_quote, family, head, body, international)

        def fitting(p: CastMember) -> str | None:
            """How ``p`` fits: "local", a believable person of the same story; "near", one of
            another story (still to be dated); else None. The dearest test (``excluded``) is left to
            ``ordered``, for the few people the choices are drawn from."""
            if p.name == answer or not self._of_era(p.name, departed):
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
                self._of_era(p.name, departed) and not (gender and p.gender != gender)
                and not (party and party not in p.parties) and (not scope or scope in p.scopes)
                and (not family or family in p.families)
            )

        local = [p for p in self._of_article.get(article, ()) if fitting(p) == "local" and fits_here(p)]
        fellows = {surname(n) for n in prefer}
        first = [p.name for p in local if surname(p.name) in fellows]
        local = [p for p in local if surname(p.name) not in fellows]
        # A member of the public the story introduces by age or home town ("Dale Kowalczyk, 58,")
        # is no believable speaker of a public figure's words, nor someone their words were said
        # to: offered last, after every other story's people, only to make up the choices. Not
        # one the deck knows as a public figure ("Marco Rubio, 44, …": a senator elsewhere); and
        # beside a town's officials (a city council's president) the town's people stay. Beside
        # an expert or a commentator they are no choice at all (diners, one "a software
        # developer", for a food-safety professor's advice: j176).
        public = self.stories[article].public if article in self.stories else frozenset()
        standing = self._standing(me) if me is not None and answer not in public else None
        last_resort = [
            p for p in local if p.name in public and self._standing(p) not in ("political", "public", "local")
        ] if standing in ("political", "public", "commentary") else []
        local = [p for p in local if p not in last_resort]
        if standing == "commentary":
            last_resort = []
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
        most = len(first) + len(local) + len(last_resort)
        if most < enough and not self._private(me):  # a private person's words: nobody of another story
            bound = partial(
                self._near_bound, article, scope, quote=quote, titled=bool(family or head),
                international=international, gender=gender, party=party, departed=departed,
            )
            near = bound()  # shared by every answer
            side = self._answer_side(me, article)
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

        # A head of state's or government's words ("President Obama", j164: offered beside two
        # governors) get people of that standing first, of this story and then of others: those
        # who held the office or the one beside it, and those running for it; a senator or a
        # governor is no believable voice of a president's decisions.
        summit = scope is not None and me is not None and self._standing(me) == "political" and heads_a_state(me.roles, scope)

        def peer(name: str) -> bool:
            p = self.by_name[name]
            return (
                scope in p.scopes and self._standing(p) == "political" and (heads_a_state(p.roles, scope) or bool(p.runs))
            )

        def ordered() -> Iterator[str]:
            """The candidates best first, each tested only when ``choose`` asks for it."""
            yield from leading
            yield from (p.name for p in local_left)
            near_left = (p for p in near if not excluded(p))
            close = [p.name for p in islice(near_left, window)]
            rng.shuffle(close)
            yield from close
            yield from (p.name for p in near_left)
            yield from (p.name for p in last_resort if not excluded(p))

        def peers_first() -> Iterator[str]:
            """``ordered``, the answer's peers first (each group in its order): every candidate is
            read, for the few cards whose answer heads a state."""
            candidates = list(ordered())
            yield from (n for n in candidates if peer(n))
            yield from (n for n in candidates if not peer(n))

        if summit and quote and speaks_as_leader(question):
            names = (n for n in ordered() if peer(n))  # "my Presidency": none but a head of state could say it
        else:
            names = peers_first() if summit else ordered()
        if len(answer.split()) == 1:  # a bare surname ("Obama") among full names stands out
            names = (surname(n) for n in names)
        elif answer.split()[0].lower() in SURNAME_PARTICLES and written_surname(answer) == answer:
            names = (written_surname(n) for n in names)  # "De Marigny" among surnames, as the story writes him
        # Never a filler: with fewer than three believable people the card is asked typed.
        choices = distractors.choose(answer, names, key=key)
        return choices if len(choices) == distractors.N_CHOICES else []


def _political_in(p: CastMember, published: dt.date | None) -> None:
    """Note that a story published on ``published`` titles ``p`` with an office or a race."""
    if published is not None and (p.political_from is None or published < p.political_from):
        p.political_from = published
