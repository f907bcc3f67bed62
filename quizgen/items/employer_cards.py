"""Employer cards: for which organisation a person works, read from a role one of many hold.

"New York Times columnist David Brooks" (March 2016) gives the description "a New York Times
columnist" (``extract.roles``: a paper has many columnists, so nobody is asked "Who was the New
York Times columnist?"). What a reader learns from it is whose columnist he is: "In March 2016,
David Brooks was a columnist for which news outlet?" → New York Times.

A card is made from a description whose words are an organisation the article names (a spaCy
ORG entity, spelt as the deck spells it) followed only by lower-case role words ("columnist",
"host", "chief economist"), when the organisation's kind is one a person works for and the
question can name (``org_kinds.org_kind``: a news outlet, a company, a university). The
description passed the gates of a current role (no "former", no departure, no death), so the
card states it as of the article's month. Wrong choices are other organisations of the deck of
the same kind (``PeoplePool.organisation_choices``); with too few the answer is typed (a name,
spelt as the article spells it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from quizgen.facts.records import RoleFact
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.evidence import sentence_evidence, stable_id
from quizgen.items.org_kinds import org_kind
from quizgen.items.people import role_time
from quizgen.items.wording import contains
from quizgen.models import PersonItem

# The kinds of organisation a person is employed by, and how a question names each.
EMPLOYER_KINDS = {"outlet": "news outlet", "company": "company", "university": "university"}


def employer_of(role: str, organisations: Iterable[str]) -> tuple[str, str] | None:
    """(organisation, role noun) when a description is an organisation's name and lower-case
    role words: "a New York Times columnist" → ("New York Times", "columnist"); None for "a
    Republican strategist" (no organisation) or "a Fox News Sunday host" (capitals after it)."""
    words = role.split()
    if words[:1] not in (["a"], ["an"]):
        return None
    bare = " ".join(words[1:])
    for org in sorted(organisations, key=len, reverse=True):
        if bare.startswith(org + " "):
            rest = bare[len(org) + 1 :]
            if rest and all(w[:1].islower() and w.replace("-", "").isalpha() for w in rest.split()):
                return org, rest
    return None


def employer_items(
    facts: list[RoleFact],
    *,
    organisations: Mapping[str, Iterable[str]],
    articles: dict[str, Article],
    names: dict[str, str],
    mention_counts: dict[str, int],
    people: distractors.PeoplePool,
) -> list[tuple[PersonItem, float]]:
    """One card per person and employer; ``organisations`` holds each article's ORG names."""
    groups: dict[tuple[str, str, str], tuple[str, str, list[RoleFact]]] = {}  # → (org as first spelt, kind, facts)
    for fact in sorted(facts, key=lambda f: (f.article_id, f.start)):
        person = names.get(fact.person, fact.person)
        found = employer_of(fact.role, organisations.get(fact.article_id, ()))
        if len(person.split()) < 2 or found is None:
            continue
        org, noun = found
        kind = EMPLOYER_KINDS.get(org_kind(org) or "")
        if kind is None:
            continue
        groups.setdefault((person, distractors.fold(org), noun), (org, kind, []))[2].append(fact)
    made: dict[str, tuple[PersonItem, float]] = {}
    for (person, _, noun), (org, kind, group) in groups.items():
        known = [f.as_of for f in group if f.as_of]
        lead = role_time(group, articles, person)[1]
        article = "an" if noun[:1] in "aeiou" else "a"
        question = f"{lead}, {person} was {article} {noun} for which {kind}?"
        if contains(question, [org]):
            continue
        item_id = stable_id("p", f"employer {person} {org} {noun} {group[0].article_id}")
        choices = people.organisation_choices(org, key=item_id, question=question)
        score = mention_counts.get(person, 0) + len({f.article_id for f in group}) - 0.5
        made.setdefault(item_id, (PersonItem(
            id=item_id, question=question, answer=org, choices=choices, person=person,
            role=f"{org} {noun}", as_of=max(known) if known else None,
            evidence=sentence_evidence(group, articles), tags=["person", "reverse", "employer"],
        ), score))
    return list(made.values())
