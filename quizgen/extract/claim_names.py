"""Names in a reported claim (``extract.claim_events``): the one person, organisation, country or
group a phrase stands for, a surname read as the full name the article gave before, and whether
an answer is the speaker's own side or already named in the question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.extract.event_actors import actor_of
from quizgen.facts.places import is_country
from quizgen.facts.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ANSWER_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP"])
SUBJECT_MAX_WORDS = 6  # "Trump's daughter Ivanka": a name and what says which
CLAUSE_MAX_WORDS = 15  # the rest of a claim's clause, as a question shows it


def one_name(token: Token, named: dict[int, tuple[int, str]]) -> tuple[str, str] | None:
    """The name a phrase stands for, when it is one person, organisation, country or group and
    the phrase says no more than its name and what says which ("Trump's daughter Ivanka")."""
    if any(c.dep_ == "conj" for c in token.children) or token.right_edge.i - token.left_edge.i + 1 > SUBJECT_MAX_WORDS:
        return None  # "Clinton and Sanders": asked together or not at all; a long phrase is no name
    if any(t.dep_ in ("relcl", "acl", "appos") for t in token.subtree):
        return None
    found = entity_named(token, named)
    if found is None or found[1] not in ANSWER_LABELS or (found[1] == "GPE" and not is_country(found[0])):
        return None
    return found


def entity_named(token: Token, named: dict[int, tuple[int, str]]) -> tuple[str, str] | None:
    """The entity heading a phrase (``event_actors.actor_of``), or a person the article named
    in full before and calls by surname here (untagged "Brisco" → "Anne Brisco")."""
    found = actor_of(token)
    hit = named.get(token.idx)
    if found is None and token.pos_ == "PROPN" and token.left_edge.i == token.i and hit is not None:
        return hit[1], "PERSON"
    if found is not None and found[1] == "PERSON" and is_country(found[0]):
        return found[0], "GPE"  # "about Israel" tagged a person: a country is asked "Which country"
    return found


def surnames(people: Sequence[Mention]) -> dict[int, tuple[int, str]]:
    """Where a one-word mention of a person stands, and the fullest name the text gave the
    person before it ("Harlow" → "Tom Harlow")."""
    out: dict[int, tuple[int, str]] = {}
    full: dict[str, str] = {}
    for m in sorted(people, key=lambda m: m.start):
        words = m.name.split()
        if len(words) > 1:
            full[words[-1]] = m.name
        elif words and words[0] in full:
            out[m.start] = (m.end, full[words[0]])
    return out


def same_party(answer: str, speaker: str) -> bool:
    a = {w.lower().strip("’'s") for w in answer.removeprefix("the ").split()}
    s = {w.lower().strip("’'s") for w in speaker.removeprefix("the ").split()}
    return bool(a & s)


def names(rest: Span, answer: str) -> bool:
    words = {w.lower() for w in answer.removeprefix("the ").split() if w[:1].isupper()}
    return any(t.lower_ in words for t in rest)


def names_something(rest: Span) -> bool:
    """Whether the topic names a thing a reader can pin: a name, a proper noun or a number
    ("has used 29 aliases", "ties to Bin Laden"), not only common words ("has the potential to
    do well", "will be following a different schedule") that many claims fit."""
    return any(
        (t.ent_type_ and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")) or t.pos_ in ("PROPN", "NUM")
        for t in rest
    )
