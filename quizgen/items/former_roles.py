"""Former roles → cards asking what office a person used to hold.

"Count former Mexican President Felipe Calderon among Donald Trump's detractors." (February
2016) → "In February 2016, Felipe Calderon was a former ____." → Mexican President, with three
other roles of the deck as choices. The card is a role card's reverse (``items.people``) with
the role stated as former, never as held: many people are former presidents, so no card asks
"Who was the former …?".

A card is made only when it has one right answer that reads well:

- the person is named in full (a surname the deck could not resolve gives none) and the deck
  gives them no current role of the same words (the article would contradict itself);
- the role names its one country or body in its own words ("Mexican President", "U.N.
  Ambassador"; not "Vice President" or "Secretary of State", which only the story's country
  qualifies). An office held abroad says where ("U.N. Ambassador", not "U.S. Ambassador": to
  which country?);
- no wrong choice can be right: a career holds many offices of one country (Dick Cheney was a
  U.S. Representative before he was Vice President), which no deck knows, so the choices are
  never offices of the answer's country or of an international body, but three roles of the
  same family and kind, each naming another country of its own (``other_countries``: "Indian
  Prime Minister", "Prime Minister of Israel", "Japan Prime Minister" beside "Mexican
  President"), so that none stands out by its country either; without three, the answer is
  typed ("Mexican President" also accepting "President of Mexico");
- the question does not hold the answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from quizgen.extract.roles import is_label, is_qualified, posted_nowhere, role_key
from quizgen.facts.records import RoleFact
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.evidence import sentence_evidence, stable_id
from quizgen.items.known_offices import a_state_s_head
from quizgen.items.people import role_time
from quizgen.items.role_choices import (
    HeldRole,
    in_organisation,
    is_local,
    leans_on_context,
)
from quizgen.items.scopes import BODIES, country_name, scope_phrases, scopes_in
from quizgen.items.wording import contains
from quizgen.models import PersonItem


def _related(a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = set(a), set(b)
    return a <= b or b <= a


def former_role_items(
    former: list[RoleFact],
    *,
    current: list[RoleFact],
    articles: dict[str, Article],
    names: dict[str, str],
    mention_counts: dict[str, int],
) -> list[tuple[PersonItem, float]]:
    """Cards asking the former role of each person ``former`` gives one, merged across articles.
    ``current`` holds the deck's other role facts: the wrong choices are drawn from both."""
    groups: dict[tuple[str, tuple[str, ...]], list[RoleFact]] = {}
    for fact in sorted(former, key=lambda f: (f.article_id, f.start)):
        person = names.get(fact.person, fact.person)
        if len(person.split()) < 2:
            continue
        key = role_key(fact.role)
        same = next((k for k in groups if k[0] == person and _related(k[1], key)), None)
        groups.setdefault(same or (person, key), []).append(fact)
    held_now = [(names.get(f.person, f.person), role_key(f.role)) for f in current if not f.role.startswith(("a ", "an "))]
    roles_of: dict[str, list[tuple[str, ...]]] = {}
    for person, key in [*held_now, *groups]:
        roles_of.setdefault(person, []).append(key)
    # Wrong choices are written as the answer is, as a title ("son of one New York governor and
    # the brother of another", an apposition read as a role, is none).
    candidates = [
        (person, key, HeldRole(f.role, person, f.article_id))
        for f in current if not f.role.startswith(("a ", "an ")) and _written_as_title(f.role)
        for person, key in [(names.get(f.person, f.person), role_key(f.role))]
    ] + [(person, key, HeldRole(facts[0].role, person, facts[0].article_id)) for (person, key), facts in groups.items()]

    made: dict[str, tuple[PersonItem, float]] = {}
    for (person, key), facts in groups.items():
        if any(p == person and _related(k, key) for p, k in held_now):
            continue  # "former President X" and "President X": which is it?
        counts = Counter(f.role for f in facts)
        role = max(counts, key=lambda r: (len(role_key(r)), counts[r]))
        if posted_nowhere(role) and not set(scopes_in(role)) & BODIES:
            continue  # "former U.S. Ambassador": to which country?
        question = f"{role_time(facts, articles, person)[1]}, {person} was a former ____."
        if contains(question, [role]):
            continue
        item_id = stable_id("p", f"former {person} {' '.join(key)} {facts[0].article_id}")
        if len(set(scopes_in(role))) != 1 or not (is_qualified(role) or posted_nowhere(role)):
            continue  # whose? (an office abroad got here only at a body: "U.N. Ambassador" says where)
        mine = roles_of.get(person, [])
        choices = other_countries(
            role, [held.role for p, k, held in candidates if p != person and not _related(k, key)],
            key=item_id, mine=lambda r, mine=mine: any(_related(role_key(r), k) for k in mine),
        )
        accept = sorted(set(counts) - {role})
        if not choices:
            accept = sorted({*accept, *_spelt_with_of(role)} - {role})
        score = mention_counts.get(person, 0) + len({f.article_id for f in facts}) - 0.5
        made.setdefault(item_id, (PersonItem(
            id=item_id, question=question, answer=role, accept=accept, choices=choices,
            style="cloze", person=person, role=role, evidence=sentence_evidence(facts, articles),
            tags=["person", "reverse", "former"],
        ), score))
    return list(made.values())


def other_countries(answer: str, roles: Iterable[str], *, key: str, mine) -> list[str]:
    """Four roles of the answer's family, each naming a country of its own, or none: the answer's
    country or body named once, by the answer ("Mexican President" beside "U.S. Secretary of
    State", "British Prime Minister", "French President"); no body's office ("NATO Secretary
    General"), which a country's politician may have held too. Every choice
    says whose it is (``is_qualified``) and is of the answer's kind (a government's office or an
    organisation's, a town's or not, no label, a state's head for a head and a minister for a
    minister); ``mine`` rejects the person's own roles."""
    scopes = scopes_in(answer)
    family = distractors.role_family(answer)
    if len(set(scopes)) != 1 or family is None or is_label(answer):
        return []
    used = {scopes[0]}
    kind = (in_organisation(answer), is_local(answer))
    head = a_state_s_head(answer)
    by_scope: dict[str, list[str]] = {}
    for role in sorted(set(roles)):
        theirs = set(scopes_in(role))
        if len(theirs) != 1 or theirs & (used | BODIES) or mine(role) or not is_qualified(role) or is_label(role):
            continue
        if distractors.role_family(role) != family or (in_organisation(role), is_local(role)) != kind:
            continue
        if a_state_s_head(role) != head:
            continue  # "Iranian President" beside "U.S. Homeland Security Secretary" (j178): a head for a head
        if leans_on_context(role):
            continue
        by_scope.setdefault(theirs.pop(), []).append(role)
    rng = distractors.rng_for(key + ":countries")
    picked = [rng.choice(options) for _, options in sorted(by_scope.items())]
    rng.shuffle(picked)  # which three countries: seeded by the card, not the alphabet
    return distractors.full_choices(answer, picked, key=key)


# A country's adjective ("Mexican", "British", "Chinese", "Israeli"): a role opening with one
# may be written with the country after "of" ("President of Mexico").
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ch|i)$")


def _spelt_with_of(role: str) -> list[str]:
    """The role with its country after "of", as readers also write it: "Mexican President" →
    ["President of Mexico"]; none unless the role opens with a country's adjective (not "CIA
    Director", "New York City Mayor" or "U.S. Representative": "City Mayor of the United
    States" is no spelling of an office)."""
    phrases = scope_phrases(role)
    if len(phrases) < 2 or phrases[0][1] is None or any(code for _, code in phrases[1:]):
        return []
    if not _NATIONALITY.match(phrases[0][0]):
        return []
    country = country_name(phrases[0][1])
    return [f"{' '.join(w for w, _ in phrases[1:])} of {country}"] if country else []


_TITLE_JOINERS = frozenset(["of", "for", "to", "and", "the", "on", "at"])


def _written_as_title(role: str) -> bool:
    """Whether a role is written as a title: every word capitalised but the words joining it
    ("Secretary of State", "U.N. Ambassador"; not "son of one New York governor")."""
    return all(w[:1].isupper() or w in _TITLE_JOINERS for w in role.split())
