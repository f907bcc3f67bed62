"""Articles → Deck: read, parse once with spaCy, extract facts, resolve names, make items.

>>> deck = generate_deck(["seeds"], deck_id="nato-isil", title="NATO and ISIL")
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.deck.article_cache import ArticleCache
from quizgen.deck.cache import FactCache
from quizgen.deck.chunks import WHOLE_ARTICLE_CHARS, article_chunks, chunk_spans, merge_chunk_facts
from quizgen.deck.deck_cache import ArticleFile, DeckCache
from quizgen.deck.gc_pause import collector_paused
from quizgen.deck.limits import item_limit_problems
from quizgen.deck.person_names import name_uses, spell_short_names
from quizgen.deck.rank_memo import ranked_items
from quizgen.deck.reading_cache import ArticleReadings, ReadingCache
from quizgen.errors import InputError
from quizgen.extract import ArticleFacts, FailedFacts
from quizgen.extract.date_predicates import MODIFIER
from quizgen.extract.name_lists import gender_of
from quizgen.extract.quoted_text import Quoted
from quizgen.facts.names import surname
from quizgen.facts.records import EventFact, QuoteFact
from quizgen.facts.resolve import (
    MAX_FIRST_NAME_EDITS,
    NameUse,
    canonical_entities,
    canonical_names,
    edit_distance,
    entity_key,
    entity_renamer,
    normal_case,
)
from quizgen.files import FileProblem, read_regular_file
from quizgen.ingest.articles import MAX_ARTICLE_BYTES, Article, find_article_files, parse_article
from quizgen.ingest.letter_case import set_in_lower_case
from quizgen.ingest.wire_paragraphs import story_blocks
from quizgen.items.answer_forms import AnswerForms
from quizgen.items.argument_clozes import argument_items, sentences_events_own
from quizgen.items.background_cards import decade_end
from quizgen.items.blank_cards import blank_items
from quizgen.items.claim_cards import deeds, is_claim, yielding_to_clozes
from quizgen.items.dates import date_items
from quizgen.items.day_names import day_references
from quizgen.items.departed import departed_in
from quizgen.items.distractors import PeoplePool
from quizgen.items.employer_cards import employer_items
from quizgen.items.entity_index import EntityIndex, owned_names
from quizgen.items.event_where import where_yielding
from quizgen.items.events import event_items
from quizgen.items.figure_shapes import figure_shapes
from quizgen.items.figures import number_items
from quizgen.items.form_gate import item_form_problems, mended_possessive
from quizgen.items.former_roles import former_role_items
from quizgen.items.honorific_blanks import honorific_disagrees, honorific_wording
from quizgen.items.measures import figure_measures
from quizgen.items.occasion_anchors import unanchored_ids
from quizgen.items.people import person_items
from quizgen.items.person_choices import Cast, Story, Use
from quizgen.items.quotes import quote_items
from quizgen.items.ranking import (
    ArticleSignals,
    content_words,
    headline_answered,
    lede_end,
    paragraph_mentions,
    prose_blocks,
    rank_and_limit,
    title_words,
)
from quizgen.items.repeated_answers import spread_answers
from quizgen.items.scopes import main_scope_of, scopes_of_mention
from quizgen.items.siblings import mark_siblings, one_card_per_fact
from quizgen.items.sides import backs_in, campaigns_in, party_before, runs_in
from quizgen.items.spelling import (
    article_slips,
    mended_by_article,
    mended_spelling,
    words_used_again,
)
from quizgen.items.story_entities import entities_by_label
from quizgen.items.voxpop import introduced_as_public, officials
from quizgen.items.wording import ReferenceIndex
from quizgen.items.worth import not_worth
from quizgen.models import Deck, DeckInfo, Item, Source
from quizgen.nlp import load_pipeline, verb_lemmas
from quizgen.workers import guard_forked_workers

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 16
LEDE_ENTITY_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC"])  # what an office can be of
PARALLEL_FROM = 200  # articles; below this a second process costs more than it saves
CHUNKS_FOR_TWO_PROCESSES = 4  # pieces of one long article


def load_articles(inputs: Sequence[str | os.PathLike[str]]) -> list[Article]:
    """Read every article named by ``inputs`` (files or folders)."""
    return [parse_article(f.raw, article_id=f.article_id, path=f.path) for f in read_article_files(inputs)]


def read_article_files(inputs: Sequence[str | os.PathLike[str]]) -> list[ArticleFile]:
    """The bytes of every article file named by ``inputs`` (files or folders), not yet parsed."""
    files = find_article_files(list(inputs))
    if not files:
        raise InputError("no articles given")
    out = []
    for f in files:
        shown = _display_path(f)
        try:
            raw = read_regular_file(f, limit=MAX_ARTICLE_BYTES)
        except FileProblem as exc:
            raise InputError(f"{shown}: {exc}") from None
        out.append(ArticleFile(article_id=f.stem, path=shown, raw=raw))
    return out


def _display_path(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def content_text(article: Article) -> str:
    """The body with everything but its prose blocks blanked out (newlines kept), so offsets
    stay those of the body. Blanking what is *not* prose, rather than the blocks that are not,
    also blanks what lies between blocks: the dash after a wire dateline ("NICOSIA, Aug. 8
    (Xinhua) -- Cypriot President …") would otherwise open the lede's sentence outside its
    block, and the lede would give no facts."""
    body = article.body
    chars = [c if c == "\n" else " " for c in body]
    for block in article.text_blocks():
        chars[block.start : block.end] = body[block.start : block.end]
    # A no-break space ("Sen.\u00a0Lindsey Graham") is a token of its own to spaCy, and the parser
    # then hangs the words around it on the wrong heads: a plain space, one character for one.
    return "".join(chars).replace("\u00a0", " ")


def parse_and_extract(
    articles: list[Article], *, progress: bool = False, n_process: int | None = None
) -> Iterator[ArticleFacts]:
    """Parse articles with ``nlp.pipe`` and extract their facts, in the order given (both
    cores for large inputs; extraction runs inside the parsing processes, see
    ``extract.pipeline``). Long articles are parsed in pieces, see ``deck.chunks``."""
    from quizgen.extract.pipeline import with_facts_component  # imports spaCy: only when parsing

    nlp = with_facts_component(load_pipeline())
    results: Iterable[ArticleFacts] = parse_runs(nlp, articles, n_process=n_process)
    if progress and len(articles) > 1:
        from tqdm import tqdm

        results = tqdm(results, total=len(articles), unit="article", file=sys.stderr, disable=None)
    yield from results


def parse_runs(nlp: Language, articles: list[Article], *, n_process: int | None) -> Iterator[ArticleFacts]:
    """Facts of ``articles`` in order, with ``nlp`` (which has the facts component): short
    articles through ``nlp.pipe`` in batches, long ones in pieces."""
    for whole, run in groupby(articles, key=lambda a: len(a.body) <= WHOLE_ARTICLE_CHARS):
        if whole:
            pairs = ((content_text(a), a) for a in run)
            processes = n_process or _processes(len(articles) >= PARALLEL_FROM)
            yield from (facts for _doc, facts in _pipe(nlp, pairs, BATCH_SIZE, processes))
        else:
            for article in run:
                yield _parse_in_chunks(nlp, article, n_process=n_process)


def _parse_in_chunks(nlp: Language, article: Article, *, n_process: int | None) -> ArticleFacts:
    """One long article, a piece at a time: one ``Doc`` alive per process (batches of one);
    both cores when there are pieces enough to share."""
    spans = chunk_spans(article.body)
    processes = n_process or _processes(len(spans) >= CHUNKS_FOR_TWO_PROCESSES)
    pairs = ((content_text(chunk), chunk) for chunk in article_chunks(article, spans))
    parts = [(start, facts) for (start, _end), (_doc, facts) in zip(spans, _pipe(nlp, pairs, 1, processes))]
    return merge_chunk_facts(article, parts)


def _processes(worth_two: bool) -> int:
    return 2 if worth_two and (os.cpu_count() or 1) > 1 else 1


def _pipe(nlp: Language, pairs: Iterable[tuple[str, Article]], batch_size: int, n_process: int) -> Iterator:
    if n_process > 1:
        guard_forked_workers()  # the workers end with this process, even when it is killed
    return nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)


def generate_deck(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    deck_id: str | None = None,
    title: str | None = None,
    limit: int | None = None,
    progress: bool = False,
    n_process: int | None = None,
    cache: FactCache | None = None,
    events: bool = False,
    dask: str | None = None,
    deck_cache: DeckCache | None = None,
    article_cache: ArticleCache | None = None,
    reading_cache: ReadingCache | None = None,
) -> Deck:
    """Generate a deck from article files or folders (with ``cache``, parsing only the
    articles it has no facts for; with ``deck_cache``, building nothing when the same files,
    options and code made a deck before). ``events=True`` adds "what happened" cards, which
    are still below the target: 85% of them acceptable over thirteen held-out judged samples, 91% over
    three samples of news nobody had read (README).
    ``dask="local"`` or a scheduler's address parses on a Dask cluster (``deck.cluster``).
    With ``article_cache``, files read before are not read again (``deck.article_cache``); with
    ``reading_cache``, nor what the deck reads in their texts (``deck.reading_cache``)."""
    files = read_article_files(inputs)
    deck_id = deck_id or "deck"
    title = title or deck_id.replace("-", " ").title()
    key = deck_cache.key(files, deck_id=deck_id, title=title, limit=limit, events=events) if deck_cache else None
    if deck_cache is not None and key is not None and (cached := deck_cache.get(key)) is not None:
        return cached
    if article_cache is not None:
        articles = article_cache.articles(files)
    else:
        articles = [parse_article(f.raw, article_id=f.article_id, path=f.path) for f in files]
    del files  # the articles hold what is needed of them
    articles = readable_articles(articles)
    facts = facts_of(articles, cache=cache, progress=progress, n_process=n_process, dask=dask)
    readings = reading_cache.readings([f.article for f in facts]) if reading_cache is not None else None
    with collector_paused():
        deck = build_deck(facts, deck_id=deck_id, title=title, limit=limit, events=events, readings=readings)
    if reading_cache is not None and readings is not None:
        reading_cache.store(readings)
    if deck_cache is not None and key is not None and not any(isinstance(f, FailedFacts) for f in facts):
        deck_cache.put(key, deck)  # (a deck short of a failed article's cards is made again, and warns again)
    return deck


def readable_articles(articles: list[Article]) -> list[Article]:
    """The articles whose text keeps its names' capitals; of one set in lower case
    (``ingest.letter_case``) the user hears, and no card is made: the tagger cannot tell
    "venezuela" or "lusinchi" from a word, and a card would print them so."""
    kept = []
    for a in articles:
        if set_in_lower_case(a.body):
            print(
                f"quizgen: warning: {a.path or a.id}: no cards from this article, its text is set in lower case "
                "(names without capitals cannot be told from words)",
                file=sys.stderr,
            )
            continue
        kept.append(a)
    return kept


def facts_of(
    articles: list[Article],
    *,
    cache: FactCache | None = None,
    progress: bool = False,
    n_process: int | None = None,
    dask: str | None = None,
) -> list[ArticleFacts]:
    """Every article's facts, in order: from ``cache`` where it has them, else parsed (here,
    or on the Dask cluster ``dask`` names, see ``deck.cluster``) and stored there as each
    article is done, so an interrupted run keeps what it did."""
    found = [cache.get(a) for a in articles] if cache is not None else [None] * len(articles)
    missing = [i for i, f in enumerate(found) if f is None]
    if missing:
        todo = [articles[i] for i in missing]
        if dask is not None:
            from quizgen.deck.cluster import parse_on_cluster

            parsed: Iterable[tuple[int, ArticleFacts]] = parse_on_cluster(todo, dask, progress=progress)
        else:
            parsed = enumerate(parse_and_extract(todo, progress=progress, n_process=n_process))
        for i, facts in parsed:
            if isinstance(facts, FailedFacts):
                # a fault of ours on one article (``extract.pipeline``): its cards are lost, the
                # deck is not, and the user hears of it; nothing is cached, so a fixed version reads it
                print(
                    f"quizgen: warning: {facts.article.path or facts.article.id}: no cards from this article, "
                    f"reading it failed ({facts.failure}); please report this",
                    file=sys.stderr,
                )
            elif cache is not None:
                cache.put(facts)
            found[missing[i]] = facts
    return [f for f in found if f is not None]


def deck_entities(facts: list[ArticleFacts]) -> dict[str, str]:
    """Every spelling of an organisation or place in the deck → its one spelling."""
    return canonical_entities(
        [(e.text, f.article.id) for f in facts for e in f.entities]
        + [(q.speaker, f.article.id) for f in facts for q in f.quotes if q.via == "organisation"],
        [(a.short, a.long) for f in facts for a in f.aliases],
    )


def resolve_entities(facts: list[ArticleFacts]) -> list[ArticleFacts]:
    """Spell every organisation and place one way across the deck, in roles, speakers and
    event actors."""
    entities = deck_entities(facts)
    rename = entity_renamer(entities)
    keyed = {entity_key(text): canonical for text, canonical in entities.items()}

    def fix_event(e: EventFact) -> EventFact:
        if e.actor_label in ("GROUP", "PEOPLE"):
            return replace(e, actor=rename(e.actor))
        the = "the " if e.actor.startswith("the ") else ""
        bare = e.actor.removeprefix("the ")
        return replace(e, actor=the + keyed.get(entity_key(bare), bare))

    def fix_quote(q: QuoteFact) -> QuoteFact:
        speaker = entities.get(q.speaker, q.speaker) if q.via == "organisation" else q.speaker
        return replace(q, speaker=speaker, role=rename(q.role) if q.role else q.role)

    return [
        replace(
            f,
            quotes=[fix_quote(q) for q in f.quotes],
            roles=[replace(r, role=rename(r.role)) for r in f.roles],
            former_roles=[replace(r, role=rename(r.role)) for r in f.former_roles],
            people=[replace(m, role=rename(m.role)) if m.role else m for m in f.people],
            events=[fix_event(e) for e in f.events],
        )
        for f in facts
    ]


def build_deck(
    facts: list[ArticleFacts], *, deck_id: str, title: str, limit: int | None = None, events: bool = False,
    readings: dict[str, ArticleReadings] | None = None,
) -> Deck:
    """Resolve names across articles and turn facts into a deck. ``readings`` (by article id,
    ``deck.reading_cache``) remembers what is read in each article's text; the deck is the same
    with or without."""
    articles = {f.article.id: f.article for f in facts}
    entities = deck_entities(facts)
    facts, short = spell_short_names(resolve_entities(facts))
    uses = name_uses(facts)
    names = canonical_names(uses, surnames=False, gender=gender_of)  # one-word names: spelt per article above
    mention_counts: dict[str, int] = {}
    for use in uses:
        canonical = names.get(use.name, use.name)
        if len(canonical.split()) > 1:
            mention_counts[canonical] = mention_counts.get(canonical, 0) + 1
    people = people_pool(facts, uses, names)
    cast = people_cast(facts, uses, names, short, readings=readings)
    references = named_references(facts, names=names, entities=entities)
    items = quote_items(
        [q for f in facts for q in f.quotes], articles=articles, names=names, people=people, cast=cast,
        references=references, mention_counts=mention_counts,
    )
    scores = {i.id: float(mention_counts.get(i.answer, 0) + len(i.evidence)) for i in items}
    central = title_words(a.title for a in articles.values())
    # sentences whose figure is an outcome of an occasion they do not name: no date card either
    unsaid = frozenset((n.article_id, n.sent_start) for f in facts for n in f.figures if n.occasion_unsaid)
    made = date_items(
        [d for f in facts for d in f.dates], articles=articles, central=central, references=references, unsaid_occasions=unsaid
    )
    made += number_items(
        [n for f in facts for n in f.figures], articles=articles, central=central, references=references
    )
    introduced: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        for name, role in [(m.name, m.role) for m in f.people] + [(q.speaker, q.role) for q in f.quotes]:
            if role:
                introduced.setdefault((f.article.id, names.get(name, name)), set()).add(role)
    made += person_items(
        [r for f in facts for r in f.roles],
        articles=articles, names=names, mention_counts=mention_counts, people=people, cast=cast,
        references=references, introduced=introduced,
        organisations={
            f.article.id: [(entities.get(e.text, e.text), e.start) for e in f.entities if e.label == "ORG"] for f in facts
        },
    )
    made += former_role_items(
        [r for f in facts for r in f.former_roles], current=[r for f in facts for r in f.roles],
        articles=articles, names=names, mention_counts=mention_counts,
    )
    made += employer_items(
        [r for f in facts for r in f.roles],
        organisations={f.article.id: {entities.get(e.text, e.text) for e in f.entities if e.label == "ORG"} for f in facts},
        articles=articles, names=names, mention_counts=mention_counts, people=people,
    )
    if events:  # the event stage's deck-wide tables (names by kind, entities by label) are built only for it
        index = EntityIndex(
            [(entities.get(e.text, e.text), e.label, f.article.id) for f in facts for e in f.entities],
            people=[n for n in dict.fromkeys(names.values()) if len(n.split()) > 1],
            owned=[
                entities.get(name, name)
                for f in facts
                for name in owned_names([(e.text, e.label, e.start, e.end) for e in f.entities], f.article.body)
            ],
        )
        made += event_items(
            [e for f in facts for e in f.events],
            articles=articles,
            dates=[d for f in facts for d in f.dates],
            spell=actor_speller(names, short),
            people=people,
            cast=cast,
            references=references,
            entities=entities_by_label(
                [
                    (entities.get(e.text, e.text), e.label, f.article.id)
                    for f in facts
                    for e in f.entities
                    if e.text not in names
                ]
            ),
            index=index,
        )
        made = where_yielding(made)
        # a setting's "where" card owns its sentence's names as an event card does (``items.event_where``)
        acts_and_settings = [e for f in facts for e in [*deeds(f.events), *(e for e in f.events if e.answer_kind == "setting")]]
        named_by_label = entities_by_label([(entities.get(e.text, e.text), e.label, f.article.id) for f in facts for e in f.entities])
        made += argument_items(
            [a for f in facts for a in f.arguments], articles=articles, names=names, people=people, cast=cast,
            references=references,
            entities=named_by_label,
            taken=[(e.source, i.answer) for i, _ in made if i.kind == "event" and i.asks == "who" and not is_claim(i) for e in i.evidence],
            told=[(e.article_id, e.sent_start) for f in facts for e in deeds(f.events)],
            owned=sentences_events_own(acts_and_settings, [i for i, _ in made if not is_claim(i)]),
            index=index,
        )
        made = yielding_to_clozes(made)
        made += blank_items(
            [b for f in facts for b in f.blanks], made=[*items, *(i for i, _ in made)],
            owned=sentences_events_own(acts_and_settings, [i for i, _ in made if not is_claim(i)]),
            articles=articles, names=names, people=people, cast=cast, references=references,
            entities=named_by_label,
            index=index,
        )
    # An item no deck may hold (a 10,000-character "sentence") is never written.
    # Nor one whose text a reader would find malformed (``items.form_gate``).
    # Nor one whose question writes its answer in another form the deck knows (``items.answer_forms``).
    written: dict[str, set[str]] = {}
    for f in facts:
        written[f.article.id] = {e.text for e in f.entities if e.label == "ORG"}
    named: dict[str, set[str]] = {}
    for use in uses:
        if len(names.get(use.name, use.name).split()) > 1:
            named.setdefault(use.article_id, set()).add(names.get(use.name, use.name))
    forms = AnswerForms(names, entities, short, written, named)

    def kept(i: Item) -> bool:
        if item_limit_problems(i) or item_form_problems(i):
            return False
        return i.kind in ("date", "number") or not i.evidence or (
            forms.given_away(i.question, i.answer, i.accept, i.evidence[0].source) is None
        )

    own_words = {f.article.id: words_used_again(f.article.body) for f in facts}
    own_slips = {f.article.id: article_slips(f.article.body) for f in facts}

    # how many stories write each full name as it is spelt: a card answers with its own sentence's
    # spelling only when the deck's is no better attested ("Jens" in many stories beside one's
    # "Jans" is the name, "Bashir" beside "Bashar" one story each is not)
    spelt_in = Counter(name for name, _ in {(u.name, u.article_id) for u in uses if len(u.name.split()) > 1})

    def mend(i: Item) -> Item:
        slips = {w: right for e in i.evidence for w, right in own_slips.get(e.source, {}).items()}
        return _mend(
            i, keep=frozenset().union(*(own_words.get(e.source, frozenset()) for e in i.evidence)), slips=slips,
            spelt_in=spelt_in,
        )

    items = [i for i in map(mend, items) if kept(i)]
    made = [(i, s) for i, s in ((mend(i), s) for i, s in made) if kept(i)]
    # nor a number, date or event card whose question names no occasion ("Which country won the
    # first match?": ``items.occasion_anchors``), each verdict remembered with its article
    loose = unanchored_ids([*items, *(i for i, _ in made)], readings)
    items = [i for i in items if i.id not in loose]
    made = [(i, s) for i, s in made if i.id not in loose]
    for item, score in sorted(made, key=lambda pair: (-pair[1], pair[0].id)):
        if item.id not in scores:
            items.append(item)
            scores[item.id] = score
    signals = article_signals(
        facts, names, departed={a: story.departed for a, story in cast.stories.items()}, readings=readings
    )
    # no two items ask the same thing: of those that do, the first worth a card (a cloze whose
    # person card is refused as a departed role still asks who fired the shots)
    ranked = first_of_each_question(  # importance set; those worth no card gone
        items, ranked_items(items, signals, readings), lambda i: not_worth(i, signals)
    )
    # a story's first questions ask about more than its central speaker (``items.repeated_answers``)
    # one card per measure: "rose 20% to $5 million from $4.2 million" asked once (``items.measures``)
    measures = figure_measures(ranked, [n for f in facts for n in f.figures], articles)
    titles = {a: article.title for a, article in articles.items() if article.title}
    items = spread_answers(mark_siblings(one_card_per_fact(ranked, measures, titles)))
    items = headline_answered(items, signals)  # "President ____" under a headline naming him: lower
    items = rank_and_limit(items, limit)
    # last: ranking weighs an answer by how often the deck names that person ("Robert Peck", not "Peck")
    # … unless the honorific gives the answer away ("said Mrs. ____" of the story's only "Mrs.");
    # and no accepted form carries an honorific of the other gender ("Mr. Clinton" for Hillary)
    def known_gender(name: str) -> str:
        # the articles' own "Mr."/"Ms." titles first (``CastMember.gender``), then the first name
        member = cast.by_name.get(name)
        if member is not None and member.titled:
            return member.gender
        listed = gender_of(name)
        return listed if member is None or listed != "?" else member.gender

    items = [
        honorific_wording(i, articles[i.evidence[0].source].body if i.evidence[0].source in articles else None, known_gender)
        for i in items
        if not honorific_disagrees(i, known_gender)
    ]
    items.sort(key=lambda i: (i.evidence[0].source, i.evidence[0].start, i.id))
    sources = [
        Source(
            id=a.id, title=a.title, published=a.published, outlet=a.outlet, url=a.url, path=a.path, sha256=a.sha256
        )
        for a in articles.values()
    ]
    return Deck(
        deck=DeckInfo(
            id=deck_id,
            title=title,
            description=f"Generated by quizgen from {len(sources)} article{'s' if len(sources) != 1 else ''}.",
        ),
        sources=sources,
        items=items,
    )


# A refusal of a card's own claim, not of its sentence or answer: a person card states a role as
# of the story's time, which a departed person does not hold; a cloze of the same sentence may
# still ask what that person did. Every other refusal is of the sentence (background, side) or
# of the answer (peripheral, trivia), and holds for any card asking the same question.
OWN_CLAIM_REFUSALS = ("departed",)


def first_of_each_question(
    candidates: list[Item], ranked: list[Item], refusal: Callable[[Item], str | None]
) -> list[Item]:
    """``ranked`` (the ``candidates`` worth a card, in order) with one item per question, the
    first candidate's. A candidate refused for its own claim (``OWN_CLAIM_REFUSALS``) or for a
    low importance leaves the question to the next worth a card: a cloze whose person card is
    refused as a departed role still asks who fired the shots. Refused for anything else
    (``not_worth``: its sentence or its answer), it takes the question with it, as before."""
    worth = {i.id for i in ranked}
    shared = {q for q, n in Counter(i.question for i in candidates).items() if n > 1}
    chosen: dict[str, str | None] = {}  # question → the id of the item asking it (None: nobody)
    for item in candidates:
        if item.question in chosen:
            continue
        if item.id in worth:
            chosen[item.question] = item.id
        elif item.question in shared and (reason := refusal(item)) and not reason.startswith(OWN_CLAIM_REFUSALS):
            chosen[item.question] = None  # judged only where another candidate asks the same
    return [i for i in ranked if chosen.get(i.question) == i.id]


def named_references(
    facts: list[ArticleFacts], *, names: dict[str, str], entities: dict[str, str]
) -> dict[str, ReferenceIndex]:
    """Each article's references, naming people and organisations as the deck does (sorted by
    start, see ``ReferenceIndex``)."""
    return {
        f.article.id: ReferenceIndex(
            [
                replace(r, name=(names if r.kind == "person" else entities).get(r.name, r.name)) if r.name else r
                for r in f.references
            ]
            + list(f.bound_pronouns)  # "him" after a name its sentence gives: a blank of that name drops the card
            + list(day_references(f.dates, f.article.body, published=f.article.published))  # "on Tuesday" → "on [23 February 2016]"
        )
        for f in facts
    }


def actor_speller(names: dict[str, str], short: dict[tuple[str, str], str]):
    """An event actor as the deck names it, and its kind: a name the deck knows as a person's
    is a person's ("Trump", even when the tagger called it an organisation). ``short`` gives
    the full name a one-word name stands for in each article (``spell_short_names``)."""

    def spell(actor: str, label: str, article: str) -> tuple[str, str]:
        bare = actor.removeprefix("the ")
        if label in ("GROUP", "PEOPLE"):  # a description, or several people named together
            return actor, label
        person = names.get(short.get((article, bare), bare))
        if label == "PERSON" or (person and len(person.split()) > 1):
            return person or bare, "PERSON"
        return normal_case(bare), label  # "GOODY PRODUCTS Inc." of a wire lead → "Goody Products Inc."

    return spell


NOT_PEOPLE = frozenset(["ORG", "GPE", "NORP", "LOC", "FAC"])


def people_pool(facts: list[ArticleFacts], uses: list[NameUse], names: dict[str, str]) -> PeoplePool:
    """The deck's people for wrong answers, and its organisations (most mentioned first)."""
    organisations = Counter(e.text for f in facts for e in f.entities if e.label == "ORG")
    spelt: dict[str, str] = {}  # one spelling per organisation ("NATO", not also "Nato")
    for name, _ in sorted(organisations.items(), key=lambda kv: (-kv[1], kv[0])):
        spelt.setdefault(entity_key(name), name)
    return PeoplePool(
        [(names.get(u.name, u.name), u.article_id, u.role) for u in uses],
        not_people=[e.text for f in facts for e in f.entities if e.label in NOT_PEOPLE],
        organisations=list(spelt.values()),
    )


def people_cast(
    facts: list[ArticleFacts],
    uses: list[NameUse],
    names: dict[str, str],
    short: dict[tuple[str, str], str] | None = None,
    *,
    readings: dict[str, ArticleReadings] | None = None,
) -> Cast:
    """The deck's people for believable wrong choices: who is quoted, with which roles, and each
    article's date and country (the one its places and groups name most). ``short`` is how
    each article's one-word names were spelt in full (``spell_short_names``); ``readings``
    remembers each article's dead and parties (``deck.reading_cache``)."""
    given = readings or {}
    readings = {f.article.id: given.get(f.article.id) or ArticleReadings(f.article) for f in facts}
    spelt_in_full = {(a, full) for (a, word), full in (short or {}).items() if full != word}
    speakers = {(names.get(q.speaker, q.speaker), f.article.id) for f in facts for q in f.quotes if q.via != "organisation"}
    speakers_of: dict[str, set[str]] = {}  # article → its speakers (not a pass over the deck's per article)
    for speaker, article_id in speakers:
        speakers_of.setdefault(article_id, set()).add(speaker)
    stories = {
        f.article.id: Story(
            published=f.article.published,
            scope=main_scope_of(
                scopes_of_mention(f.article.body, e.start, e.end) for e in f.entities if e.label in ("GPE", "NORP")
            ),
            countries=frozenset(
                c for e in f.entities if e.label in ("GPE", "NORP") for c in scopes_of_mention(f.article.body, e.start, e.end)
            ),
            # ("Tuvalu", "Tuvalu-China" the tagger may call organisations: one word, no longer name's)
            places=frozenset(
                w for e in f.entities
                if e.label in ("GPE", "NORP", "LOC") or (e.label == "ORG" and " " not in e.text)
                for w in re.split(r"[\s-]+", e.text)
            ),
            names=frozenset(e.text for e in f.entities)
            | frozenset(n for m in f.people for n in [names.get(m.name, m.name)] if len(n.split()) > 1),
            departed=readings[f.article.id].departed(
                {names.get(m.name, m.name) for m in f.people}, speakers_of.get(f.article.id, set())
            ),
            public=public_of(f, names)[0],
        )
        for f in facts
    }
    bodies = {f.article.id: f.article.body for f in facts}

    def party(name: str, article_id: str) -> str | None:
        return readings[article_id].party(name) if article_id in readings else party_before("", name)

    # A person is in a story whose text names them in full: a surname resolved across the deck
    # ("Cruz" → another article's Carla Cruz) is no proof.
    cast_uses = [
        Use(name, u.article_id, u.role, (name, u.article_id) in speakers, party(name, u.article_id))
        for u in uses
        for name in [names.get(u.name, u.name)]
        if (name == u.name and (u.article_id, name) not in spelt_in_full) or name in bodies.get(u.article_id, "")
    ]
    articles = {f.article.id: f.article for f in facts}
    return Cast(
        backing_uses(running_uses(cast_uses, articles), articles),
        stories, not_people=[e.text for f in facts for e in f.entities if e.label in NOT_PEOPLE],
    )


def _mend(
    item: Item, *, keep: frozenset[str] = frozenset(), slips: dict[str, str] | None = None,
    spelt_in: Counter | None = None,
) -> Item:
    """The item with its question's bare possessive mark after the blank written whole
    (``form_gate.mended_possessive``), its question's sure typos mended (``items.spelling``:
    "closng" → "closing"), its article's slips written as the article spells them elsewhere
    in every text a learner reads ("Geogia Power" → "Georgia Power", j105), and its texts
    single-spaced: an article's repaired markup keeps every word at its offset by padding with
    spaces (``ingest.markup``: "the bank's vice-president  for the region"), which a role or an
    answer read from a span keeps."""
    slips = slips or {}
    update: dict[str, object] = {}
    question = mended_spelling(_single_spaced(mended_possessive(item.question, item.answer)), keep=keep, slips=slips)
    if question != item.question:
        update["question"] = question
    # a person's name is asked as the article writes it in full: the cast is read from the text
    # ("Mohamed Berada", beside "Berrada" alone, would be no one the story names)
    named = {"answer", "choices", "person"} if item.kind in ("person", "quote") else {"person"}
    for name in ("answer", "role", "quote", "person", "actor", "unit"):
        value = getattr(item, name, None)
        mended = _single_spaced(value) if isinstance(value, str) else value
        if isinstance(mended, str) and name not in named:
            mended = mended_by_article(mended, slips)
        if mended != value:
            update[name] = mended
    for name in ("accept", "choices"):
        values = getattr(item, name)
        mended = [v if name == "accept" or name in named else mended_by_article(v, slips) for v in map(_single_spaced, values)]
        if mended != values:
            update[name] = mended
    update.update(_spelt_as_evidence(item, update, spelt_in or Counter()))
    return item.model_copy(update=update) if update else item


def _spelt_as_evidence(item: Item, update: dict[str, object], spelt_in: Counter) -> dict[str, object]:
    """A person's name answered as the card's own sentence spells it: the deck joins a name's
    spellings into one person and asks the likeliest of them ("Bashir Assad", from one article,
    beside "Bashar Assad" in another; "John F. Kennedy" beside "John Kennedy"), but a card whose
    evidence writes only another spelling of the full name answers with that one, the one a
    learner reads (j182, j184) — unless more of the deck's stories (``spelt_in``) write the deck's
    spelling: "Jens Stoltenberg" in several stories is the name one story's "Jans" slips on. The
    deck's spelling stays accepted."""
    answer = update.get("answer", item.answer)
    accept = list(update.get("accept", item.accept))
    texts = [e.text for e in item.evidence]
    if item.kind not in ("person", "quote") or not texts or len(answer.split()) < 2 or any(answer in t for t in texts):
        return {}
    first, surname = answer.split()[0], answer.split()[-1]

    def respelt(name: str) -> bool:
        # the same surname after another spelling of the first name ("Bashar" for "Bashir"),
        # never a title before it ("Gov. Christie", "Professor Navin", "President Obama")
        words = name.split()
        if words[-1] != surname or len(words) < 2:
            return False
        if words[0] == first:
            # without the middle name or initial the deck's spelling adds ("John Kennedy" for
            # "John F. Kennedy", j184: the senator's card answered with the president's name)
            return len(words) < len(answer.split()) and set(words) <= set(answer.split())
        return (
            len(words) == len(answer.split()) and words[0][:1] == first[:1] and words[0].isalpha()
            and edit_distance(words[0].lower(), first.lower()) <= min(MAX_FIRST_NAME_EDITS, len(first) // 3)
        )

    written = [a for a in accept if respelt(a) and any(a in t for t in texts) and spelt_in[a] >= spelt_in[answer]]
    if len(written) != 1:
        return {}
    spelt = written[0]
    out: dict[str, object] = {"answer": spelt, "accept": [answer if a == spelt else a for a in accept]}
    choices = list(update.get("choices", item.choices))
    if answer in choices:
        out["choices"] = [spelt if c == answer else c for c in choices]
    return out


_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def _single_spaced(text: str) -> str:
    return _SPACES.sub(" ", text)


def _read_per_person(uses: list[Use], articles: dict[str, Article], read: Callable[[Article, str], object]) -> list[object]:
    """``read(article, name)`` for each use of a full name in an article the deck holds (None
    for the others), read once per article and name: a deck names the same people often."""
    seen: dict[tuple[str, str], object] = {}
    out: list[object] = []
    for u in uses:
        article = articles.get(u.article_id)
        if article is None or len(u.name.split()) < 2:
            out.append(None)
            continue
        if (u.article_id, u.name) not in seen:
            seen[u.article_id, u.name] = read(article, u.name)
        out.append(seen[u.article_id, u.name])
    return out


def backing_uses(uses: list[Use], articles: dict[str, Article]) -> list[Use]:
    """``uses`` with ``backs`` set to whom the article says the person backs (``sides.backs_in``:
    "Ed Rendell, one of Clinton's most vocal supporters")."""
    backs = _read_per_person(uses, articles, lambda article, name: backs_in(article.body, name))
    return [replace(u, backs=b) if b else u for u, b in zip(uses, backs, strict=True)]


def running_uses(uses: list[Use], articles: dict[str, Article]) -> list[Use]:
    """``uses`` with ``runs`` set where the article puts the person in a race (``sides.runs_in``:
    "Republican presidential hopeful Sen. Ted Cruz"; ``sides.campaigns_in``: "the Sanders
    campaign", for a surname no two of the deck's people share — "the Clinton campaign" may be
    Bill's or Hillary's)."""
    by_surname: dict[str, set[str]] = {}
    for u in uses:
        if len(u.name.split()) > 1:
            by_surname.setdefault(surname(u.name), set()).add(u.name)
    campaigns: dict[str, frozenset[str]] = {}  # an article → the surnames whose campaign it names

    def runs(article: Article, name: str) -> bool:
        if article.id not in campaigns:
            campaigns[article.id] = campaigns_in(article.body, article.published)
        last = surname(name)
        return runs_in(article.body, name, article.published) or (
            len(by_surname.get(last, ())) == 1 and last in campaigns[article.id]
        )

    running = _read_per_person(uses, articles, runs)
    return [replace(u, runs=True) if r else u for u, r in zip(uses, running, strict=True)]


def article_signals(
    facts: list[ArticleFacts], names: dict[str, str], departed: dict[str, frozenset[str]] | None = None,
    readings: dict[str, ArticleReadings] | None = None,
) -> dict[str, ArticleSignals]:
    """Per article: headline, lede and how often each person is named and quoted. ``departed``
    is each article's dead or historical people when the caller has read them already (the
    cast's stories); else they are read here. ``readings`` remembers what is read in each
    article's text (``deck.reading_cache``)."""
    out = {}
    for f in facts:
        a = f.article
        blocks = story_blocks(a.blocks)  # a story set in one block: a sentence a paragraph
        end = lede_end(blocks, title=a.title)
        gone = (departed or {}).get(a.id)
        if gone is None:
            gone = departed_in(
                a.body, {names.get(m.name, m.name) for m in f.people}, published=a.published,
                speakers={names.get(q.speaker, q.speaker) for q in f.quotes if q.via != "organisation"},
            )
        read = (readings or {}).get(a.id)
        quotations = read.quoted() if read is not None else _quotations(a.body)
        public, official = public_of(f, names)
        out[a.id] = ArticleSignals(
            title=a.title,
            length=len(a.body),
            lede_end=end,
            lede_words=content_words(f"{a.title} {a.body[:end]}"),
            lede_text=f"{a.title}\n{a.body[:end]}",
            lede_entities=lede_entities(f, end),
            published=a.published,
            mentions=Counter(names.get(m.name, m.name) for m in f.people),
            quotes=Counter(names.get(q.speaker, q.speaker) for q in f.quotes),
            entities=Counter(e.text for e in f.entities),
            organisations=Counter(e.text for e in f.entities if e.label == "ORG"),
            paragraphs=paragraph_mentions(blocks, _person_offsets(f, names)),
            prose_paragraphs=len(prose_blocks(blocks)),
            paragraph_starts=tuple(b.start for b in prose_blocks(blocks)),
            dates=tuple((d.start, d.value) for d in f.dates if d.occasion != MODIFIER),
            date_occasions=tuple((d.start, d.value, d.occasion) for d in f.dates),
            date_predicates=tuple((d.start, d.value, d.predicate, d.actor) for d in f.dates),
            # (a verb the lemmatizer's WordNet table knows: the parse may read "segregationist" as one)
            present_clauses=frozenset(
                (x.sent_start, x.verb) for x in f.arguments if x.present and x.start < end and x.verb in verb_lemmas()
            ),
            lede_lemmas=lede_lemmas(f, end),
            figure_baselines=tuple((n.start, n.value, n.baseline) for n in f.figures),
            figure_actors=tuple((n.start, n.value, n.actor) for n in f.figures),
            figure_clauses=tuple((n.start, n.value, n.clause_span) for n in f.figures if n.clause_span),
            figure_dates=tuple((n.start, n.value, n.dated_by) for n in f.figures if n.dated_by),
            figure_others=tuple((n.start, n.value) for n in f.figures if n.other_occasion),
            figure_new_dates=tuple((n.start, n.value, n.new_occasion_dates) for n in f.figures if n.new_occasion_dates),
            event_decades=tuple(
                (e.start, year)
                for e in f.events
                if e.time_start is not None and e.time_end is not None and (year := decade_end(a.body[e.time_start : e.time_end]))
            ),
            figure_shapes=tuple(
                (n.start, n.value, shape[n.start])
                for shape in [figure_shapes([(n.start, n.end, n.sent_start, n.unit) for n in f.figures], a.body)]
                for n in f.figures
                if n.start in shape
            ),
            voices=tuple((q.start, q.end, names.get(q.speaker, q.speaker), q.role) for q in f.quotes),
            quotations=quotations,
            departed=gone,
            lede_doers=frozenset(
                names.get(x.name, x.name)
                for x in f.arguments
                if x.label == "PERSON" and x.slot == "subject" and x.start < end and x.verb not in STATE_VERBS
            )
            | frozenset(names.get(e.actor, e.actor) for e in f.events if e.actor_label == "PERSON" and e.start < end),
            public=public,
            officials=official,
        )
    return out


def public_of(f: ArticleFacts, names: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the people an article introduces as members of the public, by age or home town; those it
    entitles as officials): ``items.voxpop.introduced_as_public`` and ``officials``."""
    a = f.article
    named = [(names.get(m.name, m.name), m.start, m.end) for m in f.people]
    official = officials(
        a.body, named,
        [(names.get(m.name, m.name), m.role) for m in f.people] + [(names.get(r.person, r.person), r.role) for r in f.roles],
    )
    return introduced_as_public(a.body, named, [(e.start, e.label) for e in f.entities], official=official), official


def _quotations(body: str) -> tuple[tuple[int, int], ...]:
    quoted = Quoted(body)
    return tuple(zip(quoted.starts, quoted.ends))


# Verbs of being, not doing: "Senator Chuck Schumer was clear about one thing" shows him, it does
# not make him the lede's doer.
STATE_VERBS = frozenset(["be", "have", "seem", "appear", "remain", "become", "look", "feel", "sound"])


def lede_lemmas(f: ArticleFacts, end: int) -> frozenset[str]:
    """What the headline and lede report, as the parse read it: the verbs of the lede's clauses
    (their events' and arguments'), the content lemmas of its dated sentences, and the words of
    the headline and lede as written (``items.side_dates``)."""
    a = f.article
    lemmas = set(content_words(f"{a.title} {a.body[:end]}"))
    lemmas.update(word for e in f.events if e.start < end for word in e.verb.split())
    lemmas.update(x.verb for x in f.arguments if x.start < end)
    lemmas.update(word for d in f.dates if d.start < end for word in d.event)
    return frozenset(lemmas)


def lede_entities(f: ArticleFacts, end: int) -> frozenset[str]:
    """Content words of the organisations and places named in the headline or before ``end``
    (where the lede ends): "NATO", "Cuba"; not a nationality ("Cuban")."""
    named = [e.text for e in f.entities if e.label in LEDE_ENTITY_LABELS and e.start < end]
    title = f.article.title
    named += [e.text for e in f.entities if e.label in LEDE_ENTITY_LABELS and e.text in title]
    return content_words(" ".join(named))


def _person_offsets(f: ArticleFacts, names: dict[str, str]) -> list[tuple[str, int]]:
    """(canonical person, offset) of each mention, quotation and resolved reference."""
    out = [(names.get(m.name, m.name), m.start) for m in f.people]
    out += [(names.get(q.speaker, q.speaker), q.quote_start) for q in f.quotes]
    out += [(names.get(r.name, r.name), r.start) for r in f.references if r.name]
    return out
