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

Role choices ("In 2016, John Kerry was the ____.") follow the same idea: other roles of the deck
held in the answer's country, of the same family, same story first.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby, islice, takewhile

from quizgen.constants import PERSON_PRONOUNS, ROLE_FAMILIES, ROLE_NOUNS
from quizgen.extract.people import gender_of
from quizgen.extract.roles import role_key
from quizgen.facts.names import surname
from quizgen.items import distractors, sides
from quizgen.items.scopes import BODIES, role_scope, scope_of, scopes_in

N_WRONG = distractors.N_CHOICES - 1
NEAR_DAYS = 730  # people of articles further apart (two years: a term, a campaign) are another era's
GENDER_TITLES = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f"}
# Words that show a person's gender: pronouns, and nouns for the person ("a British-Libyan man").
PRONOUN_GENDERS = {
    "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
    "man": "m", "boy": "m", "father": "m", "husband": "m", "son": "m", "brother": "m", "businessman": "m",
    "congressman": "m", "spokesman": "m", "woman": "f", "girl": "f", "mother": "f", "wife": "f",
    "daughter": "f", "sister": "f", "businesswoman": "f", "congresswoman": "f", "spokeswoman": "f",
}
# Abbreviated titles as a question writes them before its blank ("Sen. ____").
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "adm": "admiral", "sgt": "sergeant", "atty": "attorney",
}
# Roles that speak for an organisation rather than for themselves.
VOICE_WORDS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "statement"])
PARTIES = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D"}
_ROLE_WORDS = ROLE_NOUNS | frozenset(w for phrases in ROLE_FAMILIES.values() for p in phrases for w in p.split())
# Quoted words in a question: pronouns inside them are the speaker's words about others.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''|‘[^’]*’")


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


def title_head(role: str | None) -> str | None:
    """The role noun a title ends in: "Massachusetts Governor" → "governor", "Secretary of State"
    → "secretary of state" (a title with "of" keeps its complement)."""
    if not role:
        return None
    words = re.findall(r"[a-z][a-z\-]*", role.lower())
    if "of" in words:
        at = words.index("of")
        head = [w for w in words[:at] if w in _ROLE_WORDS]
        if head:
            return " ".join([head[-1], *words[at:]])
    heads = [w for w in words if w in _ROLE_WORDS]
    return heads[-1] if heads else None


def stem_gender(question: str) -> str | None:
    """The gender the question's own words give its answer ("____ said she opposes …"), read
    outside quotations; none when it gives none or both."""
    outside = _QUOTED.sub(" ", question)
    words = [w for w in re.findall(r"[a-z]+|____", outside.lower()) if w in PRONOUN_GENDERS or w == "____"]
    found = {PRONOUN_GENDERS[w] for w in words if w != "____"}
    if len(found) == 1:
        return found.pop()
    # Both genders: the first pronoun after the blank is the answer's own ("____ has pushed back
    # against accusations against her father, saying he …").
    if "____" in words and words.index("____") + 1 < len(words):
        return PRONOUN_GENDERS[words[words.index("____") + 1]]
    return None


def stem_party(question: str) -> str | None:
    """The party the question gives its answer ("his former Democratic primary rival")."""
    outside = _QUOTED.sub(" ", question)
    marked = re.search(r"____\s*\((R|D)\s*[-–,.)]", outside)  # "Sen. ____ (D-Mo.)"
    if marked:
        return marked.group(1)
    found = {PARTIES[w] for w in re.findall(r"[a-z]+", outside.lower()) if w in PARTIES}
    return found.pop() if len(found) == 1 else None


def blank_title(question: str) -> str | None:
    """The title the question writes just before its blank, as ``title_head`` reads it:
    "President ____ said" → "president", "Sen. ____" → "senator", "Secretary of State ____" →
    "secretary of state"; None when the blank follows no title ("On Monday, ____ said")."""
    at = question.find("____")
    if at == -1:
        return None
    words = question[:at].split()
    run: list[str] = []
    for word in reversed(words[-5:]):
        bare = word.lower().strip(".,")
        if word.endswith(",") or not (word[:1].isupper() or bare == "of"):
            break
        if not (bare in _ROLE_WORDS or bare in OFFICE_WORDS or bare in TITLE_ABBREVIATIONS or scopes_in(word)):
            break
        run.insert(0, TITLE_ABBREVIATIONS.get(bare, word))
    while run and run[0].lower() == "of":
        run.pop(0)
    return _title_key(" ".join(run)) if run else None


def _title_key(title: str) -> str | None:
    """A title's head with the words that make it another title: "U.S. Vice President" →
    "vice president", "President" → "president", "Sen." → "senator"."""
    words = [TITLE_ABBREVIATIONS.get(w.strip("."), w) for w in re.findall(r"[a-z][a-z.\-]*", title.lower())]
    head = title_head(" ".join(words))
    if head is None:
        return None
    qualifiers = [w for w in words if w in TITLE_QUALIFIERS]
    return " ".join([*dict.fromkeys(qualifiers), head])


# Where a role turns to someone else's title: "aide to Sen. Ted Cruz", "staff member for former
# Gov. Bob Ehrlich", "Gov. Hogan's spokesman" hold no senator's or governor's title.
_OWN_TITLE = re.compile(r"\s(?:for|to|with|under|such as)\s", re.IGNORECASE)
_POSSESSOR = re.compile(r"['’]s?\s")


def holds_title(roles: Iterable[str], head: str) -> bool:
    """Whether one of ``roles`` is the title ``head`` (a ``blank_title``): "president" in "U.S.
    President", "senator" in "Sen."; not in "Vice President", which is another title."""
    return any(_title_key(own_title(role)) == head for role in roles)


def own_title(role: str) -> str:
    """The part of a role that is its holder's own title: "former aide to Sen. Ted Cruz" →
    "former aide", "Gov. Hogan's spokesman" → "spokesman", "Secretary of State" unchanged."""
    return _OWN_TITLE.split(_POSSESSOR.split(role)[-1])[0]


def quoted_genders(question: str) -> set[str]:
    """The genders of the people the question's quoted words speak of in the third person
    ("“She has no plan”" → {"f"}): such a person is not the speaker of those words."""
    inside = " ".join(_QUOTED.findall(question)).lower()
    return {PERSON_PRONOUNS[w] for w in re.findall(r"[a-z]+", inside) if w in PERSON_PRONOUNS}


def is_person_name(name: str, *, surnames: frozenset[str] = frozenset()) -> bool:
    """A full name (``distractors.is_full_name``) with no role word before its surname
    ("Clinton Campaign Manager Laughs" is a headline) and not opening with another person's
    surname ("Trump Praises Breitbart")."""
    if not distractors.is_full_name(name):
        return False
    words = name.split()
    last_at = len(words) - 1 - (words[-1].lower().strip(".,") in ("jr", "sr", "ii", "iii", "iv"))
    if any(w.lower().strip(".,") in _ROLE_WORDS for w in words[:last_at]):
        return False
    if words[0].lower().strip(".,") in OFFICE_WORDS:  # the tail of a title: "Exchequer Nigel Lawson"
        return False
    return not (words[0] in surnames and gender_of(name) == "?")


# Capitalised words of a government's titles that name no organisation ("Secretary of State",
# "Senate Minority Leader", "Foreign Minister").
OFFICE_WORDS = frozenset(
    ["of", "the", "and", "for", "former", "then", "state", "defense", "defence", "treasury", "justice",
     "homeland", "security", "health", "education", "energy", "labor", "labour", "commerce", "interior",
     "agriculture", "transportation", "veterans", "affairs", "foreign", "home", "minority", "majority",
     "surgeon", "joint", "chiefs", "staff", "exchequer", "house", "national", "intelligence", "finance",
     "economy", "trade", "environment", "prime", "vice", "deputy", "assistant", "acting", "chief", "sen",
     "rep", "gov", "lt", "gen", "attorney", "supreme", "court", "federal", "reserve"]
)


def body_words(role: str) -> frozenset[str]:
    """The organisation a role is held in, as its capitalised words: "American Bridge President"
    → {"Bridge"}, "Fidelity vice president" → {"Fidelity"}; a country's office has none
    ("U.S. Attorney General", "Massachusetts Governor", "NATO Secretary General")."""
    words = re.findall(r"[A-Z][\w.&’'-]*", role)
    out = set()
    for w in words:
        bare = re.sub(r"(?:['’]s|['’])$", "", w)
        if bare.lower().strip(".") in _ROLE_WORDS | OFFICE_WORDS or scopes_in(bare):
            continue
        out.add(bare)
    return frozenset(out)


def _same_title(p: _Person, head: str | None, body: frozenset[str], scope: str | None) -> bool:
    """Whether ``p`` held the answer's title elsewhere: the same office of the same country (named
    in their title: "Florida Governor" for "Massachusetts Governor"), or the same title in the same
    organisation ("American Bridge President" wants other presidents of American Bridge)."""
    return any(
        h == head and b == body and (bool(body) or (scope is not None and named == scope))
        for h, b, named in p.titles
    )


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


def named_in(question: str, name: str) -> bool:
    """Whether the question names this person: the full name, the surname, or the first name
    ("Bernie's spent two months …" rules out Bernie Sanders as the speaker)."""
    first = name.split()[0]
    return distractors._names_in(question, name) or (
        len(first) > 2 and not first.endswith(".") and _word_pattern(first).search(question) is not None
    )


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, compiled once: a deck checks thousands of first names, more than
    ``re``'s own cache of patterns holds."""
    return re.compile(rf"\b{re.escape(word)}\b")


def same_person(a: str, b: str) -> bool:
    """Whether two names may be one person: one's surname is a word of the other ("Acosta",
    "Melba Acosta Febo")."""
    return surname(a) in b.split() or surname(b) in a.split()


class Cast:
    """The deck's people, with what makes a wrong choice believable for each card."""

    def __init__(self, uses: Iterable[Use], stories: dict[str, Story], *, not_people: Iterable[str] = ()):
        self.stories = stories
        not_people = frozenset(distractors.fold(x) for x in not_people)
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
            # read in a story about another country.
            p.scopes = p.scopes or p.guessed
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

    def _standing(self, p: _Person) -> str | None:
        if p.name not in self._standings:  # once per person, as ``_side``
            self._standings[p.name] = self._standing_of(p)
        return self._standings[p.name]

    def _standing_of(self, p: _Person) -> str | None:
        # An office held in an organisation ("president of NARAL") is no politician's.
        public = {f for h, body, _ in p.titles if not body for f in [distractors.role_family(h)] if f in sides.POLITICAL}
        families = (p.families - sides.POLITICAL) | public
        heads = {h.split(" of ")[0] for h, _, _ in p.titles}  # "mayor of fort pierce" → "mayor"
        return sides.standing(families, heads=heads, has_role=bool(p.titles), articles=len(p.articles))

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
        # Staff and people of unknown standing (an aide, a PAC's director): a politician only of
        # the same story, where the two may be confused; a famous one from elsewhere gives it away.
        # An organisation's voice (its spokeswoman): no politician speaks for a company.
        voice = bool(me and self._organisation_voice(me))

        def kin(p: _Person) -> bool:
            """Of the answer's kind of role and standing, and named beside the answer in some
            story: a rival candidate from another story of the campaign fits; a senator of an
            unrelated story, however alike the office, does not."""
            return (
                bool(me and me.families & p.families) and mine is not None and self._standing(p) == mine
                and self._named_together(answer, p)
            )

        def fits_here(p: _Person) -> bool:
            return fits(p) and not (voice and self._standing(p) == "political")

        def fits_elsewhere(p: _Person) -> bool:
            # Another story's people only from a story sharing this one's people or organisations.
            return (
                mine != "private" and fits(p)
                and not ((voice or (me is not None and mine is None)) and self._standing(p) == "political")
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
    ) -> list[str]:
        """Four choices for "who" (the answer among three believable people), or none.

        ``role`` is the answer's role as the card gives it (for a quote, the speaker's role in
        the article, if any); ``quote`` asks for people quoted in the deck; ``not_answer`` rejects
        names the caller knows to be other right answers (accepted spellings, co-holders).
        """
        me = self.by_name.get(answer)
        # Where the answer's role is held: named in the role, else the one country the person's
        # roles name across the deck, else read from the article.
        scope = scope_of(role) or (next(iter(me.scopes)) if me and len(me.scopes) == 1 else None)
        scope = scope or (role_scope(role, self._scope(article)) if role else self._scope(article))
        family = distractors.role_family(role) or (next(iter(me.families)) if me and len(me.families) == 1 else None)
        head = title_head(role) if not quote else None
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
            if not quote and (family or head) and not (
                family in p.families and any(bool(b) == bool(body) for _, b, _ in p.titles)
                if here else _same_title(p, head, body, scope)
            ):
                return None  # the same story's people of the kind of role (a country's office or a body's)
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
        local = [p for p in self._of_article.get(article, ()) if fitting(p) == "local" and fits_here(p)]
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


@dataclass(frozen=True)
class HeldRole:
    """A role of the deck as a wrong-choice candidate: who held it, where (article) and its scope."""

    role: str
    person: str
    article_id: str


def role_choices(
    answer: str,
    candidates: Iterable[HeldRole],
    *,
    key: str,
    article: str,
    stories: dict[str, Story],
    mine: Callable[[str], bool],
) -> list[str]:
    """Four roles (the answer among three of the same country and kind), or none.

    "In 2016, John Kerry was the ____." gets other US offices ("Secretary of Defense",
    "Attorney General"), never a "Chancellor" or a "Cuban President"; ``mine`` rejects the
    answer's other spellings and the person's other roles. The same story's roles come first.
    """

    def scope_of_article(a: str) -> str | None:
        return stories.get(a, Story()).scope

    scope = role_scope(answer, scope_of_article(article))
    family = distractors.role_family(answer)
    if scope is None or family is None:
        return []
    here = stories.get(article, Story()).published
    in_body = bool(body_words(answer))
    ranked: list[tuple[int, str]] = []
    for c in candidates:
        if mine(c.role) or distractors.role_family(c.role) != family:
            continue
        if bool(body_words(c.role)) != in_body:  # an organisation's office for a country's, or back
            continue
        if role_scope(c.role, scope_of_article(c.article_id)) != scope:
            continue
        when = stories.get(c.article_id, Story()).published
        days = -1 if c.article_id == article else abs((when - here).days) if when and here else NEAR_DAYS
        if days <= NEAR_DAYS:
            ranked.append((days, c.role))
    rng = distractors.rng_for(key + ":roles")
    rng.shuffle(ranked)
    ranked.sort(key=lambda dr: dr[0] >= 0)  # the same story's first, others in seeded order
    # One spelling per role: "Attorney General" beside "U.S. Attorney General" gives both away.
    kept: list[str] = []
    keys = [set(role_key(answer))]
    for _, role in ranked:
        k = set(role_key(role))
        if not any(_one_role(k, other) for other in keys):
            kept.append(role)
            keys.append(k)
    return distractors.full_choices(answer, kept, key=key)


# Words that make another role of the same title: "Vice President" is not "President".
OTHER_ROLE_WORDS = frozenset(["vice", "deputy", "assistant", "acting", "associate", "under", "lieutenant", "former", "co"])


# Words that make another title of the same head: a Vice President or a Prime Minister is not
# any president or minister (a former one still held the title).
TITLE_QUALIFIERS = (OTHER_ROLE_WORDS - {"former"}) | {"prime"}


def _one_role(a: set[str], b: set[str]) -> bool:
    """Whether two role keys spell one role: one holds the other plus qualifiers only
    ({"attorney", "general"} and {"us", "attorney", "general"})."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    extra = big - small
    return small <= big and not (extra & (OTHER_ROLE_WORDS | _ROLE_WORDS))
