"""Short names spelt in full where their own article's reading allows (``facts.short_names``).

Every fact that names a person by one word ("Bush" said, "Bush" announced, "his" = "Bush")
is rewritten with the full name that word stands for in its article, before the deck's
names are resolved: the deck then never sends one surname to one person everywhere.
"""

from __future__ import annotations

from dataclasses import replace

from quizgen.extract import ArticleFacts
from quizgen.extract.name_lists import gender_of
from quizgen.facts.resolve import NameUse, canonical_names
from quizgen.facts.short_names import article_names


def name_uses(facts: list[ArticleFacts]) -> list[NameUse]:
    """Every use of a person's name in the deck, with the role its article gives there."""
    uses = [NameUse(m.name, f.article.id, m.role) for f in facts for m in f.people]
    # An organisation's words ("the Daily Caller reported") name no person.
    uses += [NameUse(q.speaker, f.article.id, q.role) for f in facts for q in f.quotes if q.via != "organisation"]
    uses += [NameUse(r.person, f.article.id, r.role) for f in facts for r in f.roles]
    return uses


def spell_short_names(
    facts: list[ArticleFacts],
) -> tuple[list[ArticleFacts], dict[tuple[str, str], str]]:
    """The facts with each one-word person's name replaced by the full name it stands for in
    its article (kept when no one is certain), and that reading ((article id, one-word name) →
    name) for what keeps the words as written (an event's actor)."""
    uses = name_uses(facts)
    resolved = article_names(
        uses,
        spelling=canonical_names(uses, surnames=False, gender=gender_of),
        published={f.article.id: f.article.published for f in facts},
        also=[(f.article.id, e.actor.removeprefix("the ")) for f in facts for e in f.events if e.actor_label not in ("GROUP", "PEOPLE")],
        bodies={f.article.id: f.article.body for f in facts},
        gender=gender_of,
    )

    def full(article_id: str, name: str | None) -> str | None:
        return resolved.get((article_id, name), name) if name else name

    out = []
    for f in facts:
        a = f.article.id
        out.append(replace(
            f,
            people=[_renamed(m, "name", full(a, m.name)) for m in f.people],
            quotes=[_renamed(q, "speaker", full(a, q.speaker)) if q.via != "organisation" else q for q in f.quotes],
            roles=[_renamed(r, "person", full(a, r.person)) for r in f.roles],
            former_roles=[_renamed(r, "person", full(a, r.person)) for r in f.former_roles],
            references=[_renamed(r, "name", full(a, r.name)) if r.kind == "person" else r for r in f.references],
        ))
    return out, resolved


def _renamed(record, field: str, name: str | None):
    """``replace(record, **{field: name})``, or the (frozen) record itself when its name stays:
    most names of a deck are written in full already, and a copy of each cost more than the rest."""
    return record if getattr(record, field) == name else replace(record, **{field: name})
