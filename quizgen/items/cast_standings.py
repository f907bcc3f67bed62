"""Who stands believably beside the answer (``items.sides``): a person's standing, parties and
camps, whether they speak for an organisation, and the tests of the same story's and other
stories' people that follow from the answer's (``CastStandings``, a part of ``Cast``). Moved
from ``items.person_choices``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from quizgen.facts.names import surname
from quizgen.items import distractors, sides
from quizgen.items.cast_members import CastMember, Story
from quizgen.items.question_stems import stem_party
from quizgen.items.story_ties import StoryTies
from quizgen.items.titles import body_words

# Roles that speak for an organisation rather than for themselves.
VOICE_WORDS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "statement"])
# Standings (``sides.standing``) whose holders get wrong choices from other stories only of the
# same standing: a politician's, politicians' (a public figure counting as one); a commentator's,
# commentators'. (A sheriff's may be a governor's of the same disaster: ``sides.standings_fit``.)
SPHERES = frozenset(["political", "commentary"])
# Commentators whose words no private person of their story says: an expert's finding, a
# journalist's analysis (``ROLE_FAMILIES``). A founder's, a director's or an actor's words ("the
# founder of Pro-Life Virginia", "an actor in Dallas") may be anyone's: such roles read as
# business or culture hold activists and private people as often as commentators.
ANALYSTS = frozenset(["expert", "media"])
# What ``Cast._fits_beside`` reads of an answer: standing, parties, no politicians beside it, camps,
# the article whose contest the answer runs in, if any (a candidate's words get other stories'
# candidates of that contest only), and its role families (``ROLE_FAMILIES``).
AnswerSide = tuple[str | None, frozenset[str], bool, frozenset[str], str | None, frozenset[str]]


class CastStandings(StoryTies):
    """``Cast``'s reading of standings and sides. ``Cast.__init__`` sets what it reads."""

    _sides: dict[str, set[str]]
    _standings: dict[str, str | None]
    _voices: dict[str, bool]
    _surnames: frozenset[str]
    _first_names: dict[str, set[str]]
    _surname_parties: dict[str, set[str]]
    _of_surname: dict[str, list[CastMember]]

    def _side(self, p: CastMember) -> set[str]:
        """A person's parties: their own, else those of the people whose camp they are in or whom
        they back ("a Clinton confidant", "one of Clinton's most vocal supporters" stand with the
        Democrats)."""
        found = self._sides.get(p.name)
        if found is None:  # once per person: asked of every candidate of every card
            found = self._sides[p.name] = p.parties or set().union(
                *(self._surname_parties.get(c, set()) for c in p.camps | p.backs)
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
        if p.runs:  # a story puts them in a race, untitled ("the Sanders campaign"): a candidate
            heads.add("candidate")
        return sides.standing(
            families, heads=heads, has_role=bool(p.titles or p.runs), articles=len(p.articles), party=bool(p.parties)
        )

    def running_for(self, party: str, article: str) -> set[str]:
        """The people the deck titles as running for ``party`` ("R", "D") in ``article``'s
        contest (``_candidacy``): with one, "Republican presidential candidate ____" names them."""
        return {p.name for p in self.by_name.values() if party in self._side(p) and self._candidacy(p, article)}

    def _candidacy(self, p: CastMember, article: str) -> bool:
        """Whether the deck titles ``p`` as running (a candidate, nominee, front-runner, …) in
        ``article``'s contest: in a story of its cycle (``sides.CYCLE_DAYS``), as running then
        (``sides.running_now``): John McCain, "the 2008 nominee", runs in no story of 2016."""
        here = self.stories.get(article, Story()).published
        return any(
            here is None or when is None or abs((when - here).days) <= sides.CYCLE_DAYS for when in p.runs
        )

    def _rival_camp(self, leaders: AbstractSet[str], p: CastMember, article: str) -> bool:
        """Whether ``p`` stands with another candidate of the story's contest than the answer's
        camp ``leaders`` (whom the answer serves or backs: "Ed Rendell, one of Clinton's most vocal
        supporters"): in that candidate's camp, backing them, or the candidate. A Sanders strategist
        is no speaker of a Clinton backer's words, nor Sanders himself; rival candidates stand
        beside each other's own words still (the answer then leads no camp of its own)."""
        if not leaders:
            return False
        theirs = p.camps | p.backs | ({surname(p.name)} if self._candidacy(p, article) else set())
        return any(
            them != lead and self._runs_as(them, article) and self._runs_as(lead, article)
            for lead in leaders for them in theirs
        )

    def _runs_as(self, last: str, article: str) -> bool:
        """Whether someone of this surname runs in ``article``'s contest (``_candidacy``)."""
        return any(self._candidacy(q, article) for q in self._of_surname.get(last, ()))

    def _parties_fit(self, parties: AbstractSet[str], p: CastMember) -> bool:
        """``sides.parties_fit``, and beside an answer of a known party no politician or public
        figure whose party the deck never reads: readers know Barack Obama a Democrat though no
        story says so, and rule him out of a Republican primary's quarrels. Staff, commentators
        and private people of no known party stand beside anyone."""
        theirs = self._side(p)
        if not parties or theirs:
            return sides.parties_fit(set(parties), theirs)
        return self._standing(p) not in ("political", "public")

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

        running = me is not None and self._candidacy(me, article)
        leaders = (me.camps | me.backs) if me is not None else set()  # whose camp the answer is in
        # A private person is no choice for an analyst's words: a neighbour of 83 is no speaker of
        # an economist's finding (readers: "a 24-year-old vox-pop Twitter user, not of an
        # analyst's standing"). Not the other way round: "private" is only a name with no role
        # read, and an analyst whose role the parse missed ("Mujtaba Rahman of Eurasia Group")
        # reads so. (Other stories' private people stand beside no commentator: ``_fits_beside``.)
        analyst = mine == "commentary" and me is not None and bool(me.families & ANALYSTS)

        def fits(p: CastMember) -> bool:
            return (
                sides.standings_fit(mine, self._standing(p), same_story=article in p.articles)
                and not (analyst and self._standing(p) == "private")
                and self._parties_fit(parties, p)
                and not (p.camps & against)
                and not self._rival_camp(leaders, p, article)
                # A candidate's words get the story's politicians only, though it quotes others
                # (their campaign manager, a strategist, a delegate, a prosecutor, an analyst):
                # readers rule out Corey Lewandowski for "I remain one of the poor members of the
                # Senate" and a law professor for a rally's insult.
                and not (running and self._standing(p) not in ("political", "public"))
                # … nor anyone's staff, though titled like an office ("Clinton press secretary
                # Brian Fallon" read as "secretary"): no spokesman among a debate's candidates; nor
                # anyone's backer (a congressman "who endorsed Mr. Rubio" for “I am going to be the
                # nominee”).
                and not (running and (p.camps or p.backs))
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

        side = self._answer_side(me, article)
        here = self.stories.get(article, Story()).published

        def fits_elsewhere(p: CastMember) -> bool:
            # Another story's people only from a story sharing this one's people or organisations
            # (tested first: the cheapest test, and the one most of a card's candidates fail);
            # then ``fits`` and ``politician_out`` as they are of a person of another story.
            return (
                mine != "private"
                and (related is None or p.name in related or (p.name in together and kin(p)))
                and self._fits_beside(p, side)
                and not (mine in SPHERES and _in_office_only_later(p, here))
                and not (p.camps & against)
                and not self._rival_camp(leaders, p, article)
            )

        return fits_here, fits_elsewhere

    def _answer_side(self, me: CastMember | None, article: str) -> AnswerSide:
        """What ``_fits_beside`` reads of the answer: its standing, its parties, whether no
        politician fits beside it (an organisation's voice, someone of unknown standing or a
        public figure) and the surnames of the camps it is in (their politicians still fit)."""
        mine = self._standing(me) if me else None
        no_politicians = me is not None and (self._organisation_voice(me) or mine in (None, "public"))
        camps = frozenset(me.camps) if me is not None and no_politicians else frozenset()
        running = article if me is not None and self._candidacy(me, article) else None
        families = frozenset(me.families) if me is not None else frozenset()
        return mine, frozenset(self._side(me)) if me else frozenset(), no_politicians, camps, running, families

    def _fits_beside(self, p: CastMember, side: AnswerSide) -> bool:
        """``_believable``'s tests of a person of another story that read only the answer's
        ``side`` (``_answer_side``): standings and parties that fit, no politician where none
        would speak, the answer's sphere. ``fits_elsewhere`` and ``_near_bound`` share them."""
        mine, parties, no_politicians, camps, running, families = side
        theirs = self._standing(p)
        return (
            sides.standings_fit(mine, theirs, same_story=False)
            # Someone of unknown standing from another story (a billionaire "strong supporter of
            # gay marriage", a state party's consultant, a book publisher) is a stranger to the
            # answer's story unless they share its kind of role: no Peter Thiel among an RNC rules
            # fight's officers, no Indiana consultant beside Cleveland's police chief.
            and (theirs is not None or bool(families & p.families))
            and self._parties_fit(parties, p)
            and not (no_politicians and theirs in ("political", "public") and surname(p.name) not in camps)
            # Of the answer's sphere, when the answer's is known: a politician's words get other
            # stories' politicians and public figures, never a publisher, a club's manager or an
            # aide the deck cannot place (readers: "a book publisher from an unrelated story"); a
            # commentator's, commentators. The same story's people stand beside anyone.
            and (mine not in SPHERES or sides.PUBLIC_AS.get(theirs, theirs) == mine)
            # A candidate's, other stories' candidates: a congressman or a senator no story puts
            # in the race is no speaker of a candidate's line ("not qualified to be president").
            and (running is None or self._candidacy(p, running))
        )


# How long after a story a person may first be titled with an office or a race and still stand
# beside its politicians.
LATER_OFFICE_DAYS = 365


def _in_office_only_later(p: CastMember, here: dt.date | None) -> bool:
    """Whether the deck titles ``p`` with an office or a race only in stories published more than
    ``LATER_OFFICE_DAYS`` after the story of ``here``: Donald Trump, President in 2017, is no
    speaker readers believe of Obama's warning on a default in October 2013 (fresh104)."""
    return here is not None and p.political_from is not None and (p.political_from - here).days > LATER_OFFICE_DAYS
