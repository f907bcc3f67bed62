"""Whether a date card dates a side event: one the story tells after its lede that is neither
the news its headline and lede report nor the doing of one of the story's actors.

A teacher asks the day of the story's event (the vote, the ruling, the attack its lede reports)
and the days its main actors act, not the day of each scene the body goes on to tell: "a list
of 31 people issued on ____ included …", "Duval left government service in mid-____" beside the
news of an FBI inquiry. The parse says what a date is the date of (``DateFact.predicate``: the
verb or noun its phrase hangs from) and who does it (``DateFact.actor``: its clause's subject);
the story's news is what its lede's clauses do (``ArticleSignals.lede_lemmas``) and its actors
are those its headline or lede names, or that it names most (``ArticleSignals.centrality``).

Two readings stay whatever they date: a date still to come (a vote, a hearing, a deadline the
story turns on; not one that a side party the story names holds: "the far-right party, which in
March will face a hearing" beside the news of a government's campaign), and a date that describes someone or something the story names ("Haley, who
delivered the response on ____"), which ``background_cards`` judges by how far back it lies.
"""

from __future__ import annotations

from quizgen.items.ranking import ArticleSignals, content_words

# An actor named at least this share of the story's most named one's mentions is one of its own.
CENTRAL_ACTOR = 0.5
# A pronoun subject refers back to whom the story is telling about: one of its actors.
FOCUS_PRONOUNS = frozenset(["he", "she", "they", "his", "her", "their", "we", "our", "i", "my"])


def side_date(item, art: ArticleSignals, source: str) -> bool:
    """Whether every reading of a date card in one article, after its lede, dates a predicate
    its headline and lede do not report, done by no actor of the story ("a list issued on ____
    included …"); False when the article's lede was not read (``lede_lemmas`` None)."""
    if art.lede_lemmas is None:
        return False
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    readings = [
        (predicate, actor)
        for at, value, predicate, actor in art.date_predicates
        if value == item.value and any(start <= at < end for start, end in spans)
    ]
    if not readings or min(start for start, _ in spans) < art.lede_end:
        return False
    published = art.published.isoformat() if art.published else ""
    if published and item.value > published[: len(item.value)]:
        # still to come: a scheduled event the story looks ahead to, unless a side party named
        # after the lede holds it ("the National Democratic Party, which in March will face a hearing")
        return all(predicate and predicate not in art.lede_lemmas and side_party(actor, art) for predicate, actor in readings)
    described = (o == "description" for at, v, o in art.date_occasions if v == item.value and any(s <= at < e for s, e in spans))
    if any(described):
        return False
    return all(predicate and predicate not in art.lede_lemmas and not story_actor(actor, art) for predicate, actor in readings)


def story_actor(actor: str, art: ArticleSignals) -> bool:
    """Whether a clause's subject is one of the story's actors: a pronoun (it refers back to
    whom the story tells about), a name its headline or lede gives (by surname too), or a
    person or organisation it names about as often as its main one."""
    if not actor:
        return False
    if actor.lower() in FOCUS_PRONOUNS:
        return True
    if actor in art.entities:
        # an organisation is the lede's when the lede has every word of its name ("U.S.
        # Immigration" after "Immigration and Naturalization Service officials"), not only its
        # last ("Germany" of "National Democratic Party of Germany")
        words = content_words(actor)
        if art.names_in_lede(actor) or (words and words <= art.lede_words):
            return True
    else:
        surname = actor.split()[-1]
        if art.names_in_lede(actor) or (surname[:1].isupper() and art.names_in_lede(surname)):
            return True
    return art.centrality(actor) >= CENTRAL_ACTOR or art.organisations.get(actor, 0) >= CENTRAL_ACTOR * art.main_actor_mentions


def side_party(actor: str, art: ArticleSignals) -> bool:
    """Whether a clause's subject is someone the story names who is none of its actors: a name,
    not a pronoun or a relative word ("which" may stand for the story's own event)."""
    return actor[:1].isupper() and actor.lower() not in FOCUS_PRONOUNS and not story_actor(actor, art)
