"""Role facts → person items: who held a role when, and (reverse) what role a person held.

"NATO Secretary General Jens Stoltenberg" in an article of May 2017 →
"Who was the NATO Secretary General (May 2017)?" → Jens Stoltenberg, and
"In May 2017, Jens Stoltenberg was the ____." → NATO Secretary General. Without a known
publication date the question names the article instead of inventing a date. A
description ("a British-Libyan man named Salman Abedi") gives a cloze of its sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quizgen.constants import ORG_HEAD_NOUNS, ROLE_WORDS, TITLE_OPENERS
from quizgen.extract.name_lists import is_first_name
from quizgen.extract.roles import (
    is_nationality,
    is_qualified,
    many_hold,
    posted_nowhere,
    role_head,
    role_key,
)
from quizgen.facts.names import surname
from quizgen.facts.records import Reference, RoleFact
from quizgen.facts.resolve import SpellingIndex
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.cast_members import Story
from quizgen.items.evidence import sentence_evidence, stable_id
from quizgen.items.known_offices import well_known_office
from quizgen.items.org_kinds import ends_in_kind_word, org_kind
from quizgen.items.person_choices import Cast
from quizgen.items.role_choices import HeldRole, names_party, role_choices, role_words
from quizgen.items.scopes import (
    BODIES,
    country_name,
    home_scope,
    main_scope_of,
    role_scope,
    scope_of,
    scopes_in,
    without_scopes,
)
from quizgen.items.titles import body_words
from quizgen.items.wording import cloze, contains, spell_date, subject_references
from quizgen.models import PersonItem
from quizgen.nlp import lemmatizer_lexicon

SAME_TIME_MONTHS = 12  # role statements further apart are cards of their own dates
# ``role_key`` remembered: a held role's spelling is weighed each time a card reads it.
_role_key = lru_cache(maxsize=1 << 15)(role_key)


@dataclass
class _Held:
    """One person's role (all spellings of it) across the deck."""

    person: str
    key: tuple[str, ...]
    facts: list[RoleFact] = field(default_factory=list)

    @property
    def description(self) -> bool:
        return self.facts[0].role.startswith(("a ", "an "))

    @property
    def role(self) -> str:
        """The most specific spelling, then the most used, then the first."""
        counts = Counter(f.role for f in self.facts)
        return max(counts, key=lambda r: (len(_role_key(r)), counts[r], -self._first(r)))

    def _first(self, role: str) -> int:
        return next(i for i, f in enumerate(self.facts) if f.role == role)

    @property
    def as_of(self) -> str | None:
        known = [f.as_of for f in self.facts if f.as_of]
        return max(known) if known else None


def _shortened(role: str, fuller: str) -> bool:
    """Whether ``role`` is a back-reference that drops whose office it is from a ``fuller`` title
    the article gives the same person: "7th District chairman" after "chairman of the Indiana
    GOP's 7th Congressional District organization" (which state's district?). Asked alone, such
    a role is unqualified."""
    short, full = set(role_key(role)), set(role_key(fuller))
    return short < full and bool(body_words(fuller) - body_words(role))


# Words that make a title one not yet held: "President-elect" is no spelling of "President" (j211:
# a December 2016 "President-elect" merged with 2017's "President" was asked as of December 2017).
NOT_YET_WORDS = frozenset(["elect", "designate"])


def _related(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if (set(a) ^ set(b)) & NOT_YET_WORDS:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _one_country_role(a: str, b: str) -> bool:
    """Whether two spellings name one country's office the two ways the press writes it:
    "Cuban President" and "President of Cuba", "Polish Foreign Minister" and "foreign minister
    of Poland" (one card, not two)."""
    if a.startswith(("a ", "an ")) or names_party(a) or names_party(b):
        return False  # a party reads as its country's ("Republican", "Democratic" → US): no one office
    return role_words(a) == role_words(b)


def _months(as_of: str) -> int:
    return int(as_of[:4]) * 12 + (int(as_of[5:7]) if len(as_of) >= 7 else 6)


def _same_time(h: _Held, fact: RoleFact) -> bool:
    """Whether ``fact`` states the role at the time ``h``'s articles do: a role "as of" a date
    is read from each card's own articles, so a 2016 story's "President Bill Clinton" never
    dates a 1998 story's President Clinton."""
    if not fact.as_of:
        return True
    return all(abs(_months(f.as_of) - _months(fact.as_of)) <= SAME_TIME_MONTHS for f in h.facts if f.as_of)


def _group(facts: list[RoleFact], names: dict[str, str]) -> list[_Held]:
    held: list[_Held] = []
    for fact in sorted(facts, key=lambda f: (f.article_id, f.start)):
        person = names.get(fact.person, fact.person)
        if len(person.split()) < 2:
            continue  # a surname the deck could not resolve
        key = role_key(fact.role) if not fact.role.startswith(("a ", "an ")) else ("desc",) + role_key(fact.role)
        for h in held:
            if (
                h.person == person
                and (h.key[:1] == ("desc",)) == (key[:1] == ("desc",))
                and (_related(h.key, key) or _one_country_role(h.facts[0].role, fact.role))
                and _same_time(h, fact)
            ):
                h.facts.append(fact)
                if len(key) > len(h.key):
                    h.key = key
                break
        else:
            held.append(_Held(person, key, [fact]))
    return held


def role_time(facts: list[RoleFact], articles: dict[str, Article], person: str) -> tuple[str, str]:
    """("(May 2017)", "In May 2017") for the latest month ``facts`` state a role at or, without
    a date, wording that names the article. Every card stating a role at its time opens so
    (role cards here, ``items.former_roles``, ``items.employer_cards``).

    The month is dropped when it would give the answer away (Theresa May, May 2017).
    """
    known = [f.as_of for f in facts if f.as_of]
    if known:
        as_of = max(known)
        text = spell_date(as_of)[0]
        if contains(text, [surname(person), *person.split()]):
            text = as_of[:4]
        return f" ({text})", f"In {text}"
    title = articles[facts[0].article_id].title.strip()
    source = f"“{title}”" if title else "an undated article"
    return f", according to {source}", f"According to {source}"


def person_items(
    facts: list[RoleFact],
    *,
    articles: dict[str, Article],
    names: dict[str, str],
    mention_counts: dict[str, int],
    people: distractors.PeoplePool,
    cast: Cast,
    references: Mapping[str, Sequence[Reference]] | None = None,
    introduced: Mapping[tuple[str, str], Iterable[str]] | None = None,
    organisations: Mapping[str, Sequence[tuple[str, int]]] | None = None,
) -> list[tuple[PersonItem, float]]:
    """Items asking who held each role (and the reverse), merged across articles.

    ``organisations`` holds each article's ORG names (as the deck spells them) with where they
    start: a company's office ("Chief Financial Officer") takes its company from them
    (``_whose_company``).

    ``introduced`` holds the roles each article gives each (canonical) person where it names
    them ((article id, person) → roles): a role card whose every spelling is a shortened
    back-reference to a fuller title of the same article is not made (see ``_shortened``)."""
    facts = [_sentence_capital(f, articles) for f in facts]
    facts = [w for f in facts if (w := _whose_office(_in_home_country(f, articles, cast), articles, cast)) is not None]
    if organisations is not None:
        facts = [w for f in facts if (w := _whose_company(f, articles, organisations)) is not None]
        facts = [w for f in facts if (w := _whose_owner_named(f, organisations)) is not None]
        facts = [w for f in facts if (w := _whose_head_named(f, organisations)) is not None]
    facts = [f for f in facts if not _complement_unnamed(f.role)]
    facts = [w for f in facts if (w := _whose_party(f, articles, cast)) is not None]
    held = _group(facts, names)
    spelling_index = SpellingIndex(names, mentions=mention_counts, given_name=is_first_name)
    titles = [h for h in held if not h.description]
    titles_by_person: dict[str, list[_Held]] = {}
    for t in titles:
        titles_by_person.setdefault(t.person, []).append(t)
    # Each title as a wrong-choice candidate, with its key as a set: read once per deck, not once
    # per card and title (``_Held.role`` counts the spellings at every read).
    held_roles = [(t, frozenset(t.key), HeldRole(t.role, t.person, t.facts[0].article_id)) for t in titles]
    role_keys: dict[str, tuple] = {}

    def key_of(role: str) -> tuple:
        if role not in role_keys:
            role_keys[role] = role_key(role)
        return role_keys[role]

    made: dict[str, tuple[PersonItem, float]] = {}
    for h in held:
        n_articles = len({f.article_id for f in h.facts})
        score = mention_counts.get(h.person, 0) + n_articles
        ev = sentence_evidence(h.facts, articles)
        last = surname(h.person)
        texts = [articles[a].body for a in sorted({f.article_id for f in h.facts}) if a in articles]
        accept = spelling_index.surname_alias(h.person, texts) + spelling_index.of(h.person)
        if h.description:
            item = _description_item(h, articles, ev, accept, cast, references)
            if item:
                made.setdefault(item.id, (item, score - 0.5))
            continue
        if introduced and all(
            any(_shortened(f.role, fuller) for fuller in introduced.get((f.article_id, h.person), ()))
            for f in h.facts
        ):
            continue
        if _passed_on(h, titles):
            continue
        if kinship(h.role):
            continue  # "the father of the current US leader": a relation to someone, no post held as of a date
        if well_known_office(h.role, _one_country(cast, h.person)):
            continue  # "Who was the U.S. President (March 2018)?": general knowledge, not the story's
        paren, lead = role_time(h.facts, articles, h.person)
        article = role_determiner(h.role) or _owner_with_the(h.role, h.facts, articles)
        question = f"Who was {article + ' ' if article else ''}{h.role}{paren}?"
        same_role = [
            o.person for o in titles
            if o.person != h.person and _related(o.key, h.key) and (not o.as_of or not h.as_of or o.as_of == h.as_of)
        ]
        item_id = stable_id("p", f"{' '.join(h.key)} {h.as_of or h.facts[0].article_id} {h.person}")
        # Two people in the same role at the same time ("U.S. Ambassador"): "Who was …?" is ambiguous.
        rivals = [o for o in titles if o.person != h.person and o.key == h.key and o.as_of == h.as_of]
        shared = bool(rivals)
        # A role many hold at once ("Republican senator", "Supreme Court justice") has no one answer.
        single = not many_hold(h.role)
        if single and rivals and not _dominant(h, rivals):
            # "President George W. Bush" beside "President Obama" the same month: a courtesy
            # title; the deck states the role only of the one most of its articles give it to.
            continue
        if single and _held_around(h, titles):
            continue  # "President Bill Clinton" in June 2016, with Obama "President" before and after
        if single and is_qualified(h.role) and not shared and not contains(question, [h.person, last]):
            # Never a second right answer: the answer by another name, or someone else in the role.
            excluded = {distractors.fold(x) for x in [*accept, *same_role]}
            choices = cast.who(
                h.person, key=item_id, question=question, article=h.facts[0].article_id, role=h.role,
                not_answer=lambda o, excluded=excluded: distractors.fold(o) in excluded,
            )
            made.setdefault(item_id, (PersonItem(
                id=item_id, question=question, answer=h.person, accept=accept, choices=choices,
                person=h.person, role=h.role, as_of=h.as_of, evidence=ev, tags=["person"],
            ), score))
        # The reverse: what role did the person hold? Only with three other roles of the same
        # country and kind (see ``items.role_choices``): a role typed from memory is rarely
        # spelt as the article spells it, so this card is made with choices or not at all.
        mine = titles_by_person.get(h.person, [])
        reverse_id = stable_id("p", f"reverse {h.person} {' '.join(h.key)} {h.as_of or h.facts[0].article_id}")
        question = f"{lead}, {h.person} was {article + ' ' if article else ''}____."
        role_accept = sorted({f.role for f in h.facts} - {h.role})
        if contains(question, [h.role]) or posted_nowhere(h.role):
            continue  # "Bushnell was the U.S. Ambassador": to which country? (``is_qualified``)
        mine_key = frozenset(h.key)
        candidates = [
            held_role for o, o_key, held_role in held_roles
            if o.person != h.person and not (o_key <= mine_key or mine_key <= o_key)  # ``_related``
        ]
        choices = role_choices(
            h.role, candidates, key=reverse_id, article=h.facts[0].article_id, stories=cast.stories,
            mine=lambda r, mine=mine: any(_related(key_of(r), x.key) for x in mine),
            determiner=role_determiner,
        )
        if not choices:
            continue
        made.setdefault(reverse_id, (PersonItem(
            id=reverse_id, question=question, answer=h.role, accept=role_accept, choices=choices,
            style="cloze", person=h.person, role=h.role, as_of=h.as_of, evidence=ev,
            tags=["person", "reverse"],
        ), score - 0.5))
    return list(made.values())


@lru_cache(maxsize=1 << 15)  # asked of every candidate role of every reverse card
def role_determiner(role: str) -> str:
    """The article before a role in "… was ____.": "the" for a role one person holds
    ("President"), "a"/"an" for one many hold ("Florida senator", "attorney"); none before a
    role its owner's name opens ("Labour's campaign chief", "Ukraine's new president"), unless
    that name is a body's that takes "the" ("the Scottish National Party's Holyrood leader")."""
    owner = _POSSESSIVE_OWNER.match(role)
    if owner is not None:
        return "the" if ends_in_kind_word(owner.group(1)) else ""
    return "the" if not many_hold(role) else "an" if role[:1].lower() in "aeio" else "a"


def _owner_with_the(role: str, facts: Iterable[RoleFact], articles: Mapping[str, Article]) -> str:
    """"the" when the name that owns the role is written after "the" where the role was read
    ("the Examiner's editor in chief", j236: "Who was Examiner's editor in chief?"); else ""."""
    owner = _POSSESSIVE_OWNER.match(role)
    if owner is None:
        return ""
    for f in facts:
        article = articles.get(f.article_id)
        at = article.body.find(owner.group(1), f.start, f.end) if article is not None else -1
        if at >= 0 and re.search(r"\bthe\s+$", article.body[max(0, at - 5) : at], re.IGNORECASE):
            return "the"
    return ""


# A role opened by its owner's name and "'s" ("BT's managing director"): the name.
_POSSESSIVE_OWNER = re.compile(r"^((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’])\s")  # also "Caesars' chairman" (j76)


KIN_NOUNS = frozenset([
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower",
    "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "cousin", "uncle", "aunt",
])
_KIN_OF = re.compile(r"\b(?:" + "|".join(sorted(KIN_NOUNS)) + r")\s+of\b|['’]s?\s+(?:" + "|".join(sorted(KIN_NOUNS)) + r")\b", re.IGNORECASE)


def kinship(role: str) -> bool:
    """Whether a role is a kinship to someone ("the father of the current US leader", "the
    senator's wife"): asked "Who was the …?" it states a relation as if it were a post held that
    month, and the name it hangs on may be another's (j40: "president George Bush, the father of
    the current US leader" was answered with his son's fuller name)."""
    return _KIN_OF.search(role) is not None


def _passed_on(held: _Held, titles: list[_Held]) -> bool:
    """Whether ``held`` is a courtesy title: the deck gives this one-holder role to the same
    person earlier and to someone else in between ("President Bill Clinton" in 2016, after
    President Clinton of 1998 and President Bush of 2003), so the person no longer holds it."""
    if not held.as_of or many_hold(held.role):
        return False
    mine = [t.as_of for t in titles if t.person == held.person and t.key == held.key and t.as_of and t.as_of < held.as_of]
    return bool(mine) and any(
        t.person != held.person and t.key == held.key and t.as_of and min(mine) < t.as_of < held.as_of for t in titles
    )


def _sentence_capital(fact: RoleFact, articles: dict[str, Article]) -> RoleFact:
    """The fact with the first word of its role in lower case when only its sentence capitalised
    it: "New South African wheelchair basketball team coach Jo Roe" opening a sentence → "new
    South African …" (asked alone, "the New South African … coach" reads as a place "New South
    African"). Only an adjective the lexicon knows as no noun ("new", not "Senior", "South"), no
    title's word ("Acting", "Deputy"), before a nationality or country that it does not itself
    name with: the article writes that place or nationality without it elsewhere and never the two
    inside a sentence ("New Zealand", "New England": a place of its own, unchanged)."""
    article = articles.get(fact.article_id)
    if article is None:
        return fact
    m = re.match(r"^((?:an? )?)([A-Z][a-z]+) (\S.*)$", fact.role)
    if m is None or article.body[fact.sent_start : fact.start].strip(" \"“‘'(") or not article.body.startswith(m.group(2) + " ", fact.start):
        return fact
    word, rest = m.group(2), m.group(3)
    lower = word.lower()
    lexicon = lemmatizer_lexicon()
    if not lexicon.knows(lower, "adj", endings=False) or lexicon.knows(lower, "noun") or lower in ROLE_WORDS | TITLE_OPENERS:
        return fact
    after = rest.split()[0]
    if not after[:1].isupper() or not scopes_in(" ".join(rest.split()[:2])):
        return fact
    body = article.body
    # The article writes the nationality or place without the word ("the South African team") and
    # never the two as one name inside a sentence ("in New Zealand", "the New England coach").
    alone = any(
        hit.start() != fact.start + len(word) + 1 and not body[: hit.start()].endswith(word + " ")
        for hit in re.finditer(rf"\b{re.escape(after)}\b", body)
    )
    named = re.search(rf"(?:[a-z,;]|\bthe) {re.escape(word)} {re.escape(after)}\b", body)
    if not alone or named:
        return fact
    return replace(fact, role=f"{m.group(1)}{lower} {rest}")


# Offices of a country's government that a title may give without naming the country.
NATIONAL_OFFICES = frozenset(["president", "minister", "premier", "chancellor"])


def _in_home_country(fact: RoleFact, articles: dict[str, Article], cast: Cast | None = None) -> RoleFact:
    """The fact, its office scoped to the country a wire story is filed from and about when the
    title names none: "President" in a story datelined "NICOSIA" whose headline names Cyprus →
    "President of Cyprus" (see ``scopes.home_scope``). A title that country has not ("Prime
    Minister" in Washington), a description, or a story without such a dateline: unchanged."""
    if fact.role.startswith(("a ", "an ")) or is_qualified(fact.role) or role_head(fact.role) not in NATIONAL_OFFICES:
        return fact
    article = articles.get(fact.article_id)
    if article is None:
        return fact
    home = _home_of(article)
    member = cast.by_name.get(fact.person) if cast is not None else None
    if home and member is not None and member.scopes and home not in member.scopes and member.articles - {fact.article_id}:
        return fact  # "KABUL … prompting President Donald Trump to declare …" (j237): other stories of the deck say his country
    name = country_name(home) if home and role_scope(fact.role, home) == home else None
    if name and _a_body_s_office(article.body, role_head(fact.role) or ""):
        return fact  # "The president of the Export-Import Bank said … President John Bohn told …" (j70)
    return replace(fact, role=f"{fact.role} of {name}") if name else fact


def _a_body_s_office(body: str, head: str) -> bool:
    """Whether the story gives the office as a body's, not a country's: "the president of the
    Export-Import Bank", the office's noun written in lower case with "of" and a name that is
    no country. A bare "President X" then is that body's president, and the story's dateline
    says nothing of whose."""
    for m in re.finditer(rf"\b{re.escape(head)}\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)", body):
        scope = scope_of(m.group("name"))
        if scope is None or scope in BODIES:
            return True
    return False


# Offices of a government's ministries: "Foreign Trade Minister", "Information Minister" say
# which ministry, not whose government it is. Not "secretary": the US cabinet's title, which a
# US paper writes without its country in a story of other countries ("Defense Secretary Jo Roe
# flew to Baghdad"), as the British press does a "Foreign Secretary" (left as before).
PORTFOLIO_OFFICES = frozenset(["minister", "premier"])


def portfolio_only(role: str) -> bool:
    """Whether ``role`` is a government's office that names its ministry but no country or body:
    "Foreign Trade Minister", "Information Minister"; not "Chinese Foreign Minister", "OPEC
    Minister" (an acronym names a body), "Minister General" (an order's) nor a description. ``is_qualified`` reads the ministry's capitals as saying whose it is."""
    if role.startswith(("a ", "an ")) or role_head(role) not in PORTFOLIO_OFFICES or not is_qualified(role):
        return False
    if scopes_in(role):
        return False
    words = [w for p in re.findall(r"[\w.'’-]+", role) for w in p.split("-")]
    # "Minister General" (an order's), "OPEC Minister": a body's office, not a government's;
    # "Mongolian Prime Minister": a nation the scopes table lacks (a nationality's ending)
    return not any(
        w.lower() == "general" or re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}s?", w) or is_nationality(w) for w in words
    )


def _whose_office(fact: RoleFact, articles: dict[str, Article], cast: Cast) -> RoleFact | None:
    """A portfolio's office with its country (``portfolio_only``): "Foreign Trade Minister" in a
    story whose places and groups name one country only (China) → "Foreign Trade Minister of
    China"; in a story naming several countries, whose minister it is is not said: no fact (None).
    A story naming no country at all is its own press's country's (a home paper's "Culture
    Minister"): unchanged; a datelined wire story takes its home country (``_in_home_country``)."""
    story = cast.stories.get(fact.article_id)
    if not portfolio_only(fact.role) or (story and set(re.findall(r"[\w’'.]+", fact.role)) & story.places):
        return fact  # "Vanuatu Deputy Prime Minister": a place the story names says whose
    home, countries = _story_country(fact, articles, story)
    if home is None:
        return fact if not countries else None
    name = country_name(home) if role_scope(fact.role, home) == home else None
    return replace(fact, role=f"{fact.role} of {name}") if name else None


def _story_country(fact: RoleFact, articles: dict[str, Article], story: Story | None) -> tuple[str | None, set[str]]:
    """Whose country a role of ``fact``'s story is said to be: a datelined wire story's home
    country, else the one country the story names (None when it names none or several), with
    the countries it names (bodies such as the UN left out)."""
    article = articles.get(fact.article_id)
    home = _home_of(article) if article is not None else None
    countries = {c for c in (story.countries if story else ()) if c not in BODIES}
    if home is None and len(countries) == 1:
        (home,) = countries
    return home, countries


# The words a party's name is made of in many countries ("Labor Party", "Social Democratic Party",
# "Communist Party", "Liberal Democrats"): a name made of these alone says no country.
GENERIC_PARTY_WORDS = frozenset([
    "labor", "labour", "liberal", "liberals", "conservative", "conservatives", "social", "socialist", "socialists",
    "democratic", "democrat", "democrats", "republican", "green", "greens", "communist", "communists",
    "christian", "national", "people's", "peoples", "popular", "workers'", "workers", "progressive",
    "united", "unity", "new", "radical", "reform", "left", "centre", "center", "centrist", "union", "front",
    "alliance", "justice", "development", "freedom", "independence", "moderate", "revolutionary",
    "opposition", "ruling", "main", "party",
])
# Words of a party's standing or of the word "party", not of its name ("the ruling party").
_PARTY_STANDINGS = frozenset(["opposition", "ruling", "main", "party", "new"])
# A party's own words in the United States' two-party press: alone ("Democratic Party chairman",
# "Republican leader") they are that country's parties, as a US paper writes them.
US_PARTY_WORDS = frozenset(["democratic", "democrat", "democrats", "republican"])
# A party's offices held by one person at a time.
_PARTY_OFFICE = r"(?:deputy |vice[- ])?(?:leader|chairman|chairwoman|chair|chairperson|secretary[- ]general|general secretary|president|head)"
_PARTY_OFFICE_AFTER = re.compile(rf"^(?P<party>.+?) (?P<office>{_PARTY_OFFICE})$")
_PARTY_OFFICE_OF = re.compile(rf"^(?P<office>{_PARTY_OFFICE}) of (?:the )?(?P<party>.+?)$")


def generic_party_office(role: str) -> bool:
    """Whether ``role`` is an office of a party whose name many countries' parties share: "Labor
    Party leader", "Social Democratic Party chairman", "leader of the Communist Party",
    "Labor Secretary-General"; not "Israeli Labor Party leader" (a nationality), "Likud leader"
    (a proper name), "Labor Secretary" (a government's office), "Democratic Party chairman" (the
    US's, see ``US_PARTY_WORDS``) nor a description ("a Labor Party leader")."""
    lowered = role.lower()
    if lowered.startswith(("a ", "an ")):
        return False
    m = _PARTY_OFFICE_AFTER.match(lowered) or _PARTY_OFFICE_OF.match(lowered)
    if m is None:
        return False
    words = m.group("party").split()
    named = {w for w in words if w not in _PARTY_STANDINGS}  # "opposition Labor Party": Labor
    # "Republican National Chairman": the US's Republican National Committee
    us = named - {"national"}
    return bool(named) and all(w in GENERIC_PARTY_WORDS for w in words) and not (us and us <= US_PARTY_WORDS)


def _whose_party(fact: RoleFact, articles: dict[str, Article], cast: Cast) -> RoleFact | None:
    """A generic party's office with its country (``generic_party_office``): "Labor Party
    leader" in a story of Israel → "Labor Party leader in Israel" (as ``_whose_office`` does a
    ministry's, with "in": a party's leader is no leader "of Israel"): the wire story's home country, else the one country the story names, else the
    one its sentence names, else (its sentence naming none) the one the story names most when
    that leads (``scopes.main_scope``); otherwise whose party it is is not said: no fact. A story
    with no dateline whose tagged places name no country, or one that is not the country its
    words name most when that leads, is that country's ("Labour", "Tory", "Downing Street"
    beside one "war in Iraq": Britain); naming no country at all, it is its own press's, as
    ``_whose_office`` reads it: unchanged."""
    if not generic_party_office(fact.role):
        return fact
    story = cast.stories.get(fact.article_id)
    article = articles.get(fact.article_id)
    home, countries = _story_country(fact, articles, story)
    if article is not None and _home_of(article) is None:
        named = [c for c in scopes_in(article.body) if c not in BODIES]
        if not named and not countries:
            return fact  # a story naming no country: its own press's party
        lead = main_scope_of([named])
        if lead is not None and (not countries or (home is not None and lead != home)):
            # the one country its tagged places name is not the one its words name most
            # ("Labour", "Tory", "Downing Street" beside one "war in Iraq": Britain's
            # Conservative leader, never Iraq's)
            home = lead
    if home is None and article is not None:
        # the countries its own sentence names ("Labor Party leader Dov Shalem met German and
        # French diplomats": whose party is not said), else the one the story names most
        sentence = article.body[fact.sent_start : fact.sent_end].replace(fact.role, " ")  # not the party's own words
        named = {c for c in scopes_in(sentence) if c not in BODIES}
        if len(named) > 1:
            return None
        home = named.pop() if named else story.scope if story is not None else None
    if home == "US" and set(fact.role.lower().split()) & GENERIC_PARTY_WORDS - US_PARTY_WORDS - _PARTY_STANDINGS:
        # "Liberal Democrat leader" in a story of the US election (j65): the US press writes its
        # parties as Democratic and Republican; another party's leader is not the story's country's
        return None
    name = country_name(home) if home is not None else None
    # "in": "Liberal Democrat leader of Britain" reads as a leader of the country
    return replace(fact, role=f"{fact.role} in {name}") if name else None


# A company's offices, each a title's words ("Chief Financial Officer", "CEO"): none a
# government's ("President", "Chairman" head a state or a committee as often as a company).
CORPORATE_TITLES = (
    re.compile(r"chief (?:[a-z]+ ){1,2}officer"),
    re.compile(r"chief executive"),
    re.compile(r"c[a-z]o"),
    re.compile(r"managing director"),
)
# The words a company's title is made of, none of them saying whose it is.
CORPORATE_WORDS = frozenset([
    "chief", "executive", "financial", "operating", "technology", "information", "marketing", "officer",
    "managing", "director", "and", "president", "chairman", "vice", "senior", "group", "deputy",
])


def corporate_title(role: str) -> bool:
    """Whether ``role`` is a company's office that says no company: "Chief Financial Officer",
    "CEO", "Chairman and Chief Executive", "Managing Director"; not "Ford Chief Executive",
    "President" (a state's as often) nor a description ("a company director")."""
    if role.startswith(("a ", "an ")):
        return False
    words = role.lower().replace("-", " ").split()
    if not words or not all(w in CORPORATE_WORDS or re.fullmatch(r"c[a-z]o", w) for w in words):
        return False
    text = " ".join(words)
    return any(p.search(text) and (p.pattern != r"c[a-z]o" or re.search(r"\bc[a-z]o\b", text)) for p in CORPORATE_TITLES)


def _whose_company(
    fact: RoleFact, articles: dict[str, Article], organisations: Mapping[str, Sequence[tuple[str, int]]]
) -> RoleFact | None:
    """A company's office with its company (``corporate_title``): "Chief Financial Officer" in a
    story of GM and Ford whose sentence (or, naming none, whose paragraph before it) names Ford
    only → "Chief Financial Officer of Ford"; the story's only company when the paragraph names
    none; else whose office it is is not said: no fact (None). Organisations of a kind no company
    is (a government's agency, a news outlet: ``org_kinds.org_kind``) or a country are not counted."""
    if not corporate_title(fact.role):
        return fact
    article = articles.get(fact.article_id)
    if article is None:
        return None
    body = article.body
    companies = [
        (name, at) for name, at in organisations.get(fact.article_id, ())
        if org_kind(name) in (None, "company") and not scopes_in(name) and not (fact.start <= at < fact.end)
    ]
    paragraph = body.rfind("\n", 0, fact.sent_start) + 1
    named = {n for n, at in companies if fact.sent_start <= at < fact.sent_end}
    if not named:
        named = {n for n, at in companies if paragraph <= at < fact.sent_start}
    if not named:
        named = {n for n, _ in companies}
    if len(named) != 1:
        return None
    (company,) = named
    return replace(fact, role=f"{fact.role} of {company}")


# A role whose owner is a common noun read back to an organisation named before ("Gobind
# Nankani, the bank's vice-president for the Africa region": which bank?)
_BACK_OWNER = re.compile(r"^([a-z]+)['’]s\s+(.+)$")


def _whose_owner_named(fact: RoleFact, organisations: Mapping[str, Sequence[tuple[str, int]]]) -> RoleFact | None:
    """A role owned by "the bank's" / "the company's" with its owner named: the one organisation
    of the story whose name ends in that noun ("World Bank" → "World Bank's vice-president for the
    Africa region"); with none or several, whose office it is is not said: no fact (None)."""
    m = _BACK_OWNER.match(fact.role)
    if m is None:
        return fact
    owner = _only_name_ending_in(m.group(1), organisations.get(fact.article_id, ()))
    return None if owner is None else replace(fact, role=f"{owner}'s {m.group(2)}")


def _only_name_ending_in(noun: str, organisations: Sequence[tuple[str, int]]) -> str | None:
    """The one organisation of the story whose name of two words or more ends in ``noun`` ("World
    Bank" for "bank"), or None when none or several do."""
    named = {name for name, _ in organisations if len(name.split()) > 1 and name.split()[-1].lower() == noun}
    return next(iter(named)) if len(named) == 1 else None


# A role led by an organisation's bare head noun, capitalised as the wire writes it ("Bank President
# Antonio Ortiz-Mena" in a story of the Inter-American Development Bank, j88): which bank?
_HEAD_OWNER = re.compile(r"^([A-Z][a-z]+)\s+(?!(?:of|for|and|on|in|to)\b)(.+)$")  # not "Association of …"


def _whose_head_named(fact: RoleFact, organisations: Mapping[str, Sequence[tuple[str, int]]]) -> RoleFact | None:
    """A role led by a bare organisation noun (``ORG_HEAD_NOUNS``, not "Party": ``_whose_party``)
    with its owner named: the one organisation of the story whose name ends in it ("Bank
    President" → "Inter-American Development Bank President"); with none or several, whose
    office it is is not said: no fact (None)."""
    m = _HEAD_OWNER.match(fact.role)
    if m is None or m.group(1).lower() not in ORG_HEAD_NOUNS or m.group(1).lower() == "party":
        return fact
    owner = _only_name_ending_in(m.group(1).lower(), organisations.get(fact.article_id, ()))
    return None if owner is None else replace(fact, role=f"{owner} {m.group(2)}")


# A role's complement that is a definite description in common nouns, at the role's end ("personal
# representative to the peace process", "head of economic relations for the ministry").
_UNNAMED_COMPLEMENT = re.compile(r"^(?P<office>.+?)\s+(?P<prep>to|for|of|on|at|in|with)\s+the\s+(?P<what>[a-z][a-z\s'’-]*)$")


def _complement_unnamed(role: str) -> bool:
    """Whether ``role`` ends in a complement that names nothing: "the UN chief's personal
    representative to the peace process" (which peace process? the article's country's, which the
    role does not say), "executive officer of the national disaster council" — a definite
    description in lower-case words only, no name nor place, whose reference lies in the article.
    Asked alone, "Who was the …?" has no one answer. An "of" complement is the office's own
    ("chairman of the board") and says whose with an owner named before it ("Tannex chairman of
    the board"); "to"/"for" point at something else, which an owner of the office does not name
    (the UN's envoy to the talks: which talks?). Descriptions (a cloze of their sentence) are kept."""
    if role.startswith(("a ", "an ")):
        return False
    m = _UNNAMED_COMPLEMENT.match(role)
    if m is None or scopes_in(m.group("what")):
        return False
    return m.group("prep") != "of" or not is_qualified(m.group("office"))


def _home_of(article: Article) -> str | None:
    blocks = sorted(article.blocks, key=lambda b: b.start)
    first_text = next((i for i, b in enumerate(blocks) if b.kind == "text"), None)
    if first_text is None:
        return None
    before = [b for b in blocks[:first_text] if b.kind in ("furniture", "dateline")]
    if not before:
        return None
    return home_scope(before[-1].text, article.title, blocks[first_text].text)


def _held_around(held: _Held, titles: list[_Held]) -> bool:
    """Whether another person holds ``held``'s one-holder title around its time: the deck gives
    it to them both before (or in) ``held``'s first month and after (or in) its last, within a
    year, and in at least two articles and twice as many as ``held``'s. A title has one holder
    at a time, so ``held`` is a courtesy title of a former holder ("President Bill Clinton" in
    a 2016 story) or an imagined one ("Enter President Trump"), not a role the person held then."""
    months = [_months(f.as_of) for f in held.facts if f.as_of]
    if not months:
        return False
    first, last = min(months), max(months)
    mine = len({f.article_id for f in held.facts})
    unscoped = scope_of(held.role) is None
    for other in titles:
        if other.person == held.person:
            continue
        # An unqualified "President" is the office the deck names with its country ("U.S. President").
        if other.key != held.key and not (unscoped and _role_key(without_scopes(other.role)) == held.key):
            continue
        near = [(m, f.article_id) for f in other.facts if f.as_of
                for m in [_months(f.as_of)] if first - SAME_TIME_MONTHS <= m <= last + SAME_TIME_MONTHS]
        theirs = len({a for _, a in near})
        if theirs >= 2 and theirs >= 2 * mine and any(m <= first for m, _ in near) and any(m >= last for m, _ in near):
            return True
    return False


def _dominant(held: _Held, rivals: list[_Held]) -> bool:
    """Whether ``held`` is given the role by at least two articles and twice as many as any rival."""
    mine = len({f.article_id for f in held.facts})
    theirs = max(len({f.article_id for f in o.facts}) for o in rivals)
    return mine >= 2 and mine >= 2 * theirs


def _description_item(
    h: _Held,
    articles: dict[str, Article],
    ev,
    accept: list[str],
    cast: Cast,
    references: Mapping[str, Sequence[Reference]] | None = None,
):
    """A cloze of the describing sentence with the name blanked."""
    fact = h.facts[0]
    body = articles[fact.article_id].body
    name_start = body.rfind(fact.person, fact.start, fact.end)
    if name_start < 0:
        name_start = body.find(fact.person, fact.start, fact.end)
    if name_start < 0:
        return None
    question = cloze(
        body, fact.sent_start, fact.sent_end, name_start, name_start + len(fact.person),
        references=subject_references(references, fact.article_id),
    )
    last = surname(h.person)
    if question is None or contains(question, [h.person, last]):
        return None
    item_id = stable_id("p", f"{' '.join(h.key)} {h.person}")
    excluded = {distractors.fold(x) for x in accept}
    choices = cast.who(
        h.person, key=item_id, question=question, article=fact.article_id,
        role=re.sub(r"^(?:a|an)\s+", "", h.role),
        not_answer=lambda o: distractors.fold(o) in excluded,
    )
    return PersonItem(
        id=item_id, question=question, answer=h.person, accept=accept, choices=choices, style="cloze",
        person=h.person, role=re.sub(r"^(?:a|an)\s+", "", h.role), as_of=h.as_of, evidence=ev,
        tags=["person", "description"],
    )


def _one_country(cast: Cast, person: str) -> str | None:
    """The one country a politician's roles are held in across the deck, else None: whose a bare
    "President" is ("In May 2015, Barack Obama was the ____.")."""
    member = cast.by_name.get(person)
    if member is None or len(member.scopes) != 1 or cast.standing_of(person) != "political":
        return None
    return next(iter(member.scopes))

