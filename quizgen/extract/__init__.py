"""Extractors: parsed article (spaCy ``Doc``) → plain facts. spaCy objects stay in here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.extract.bound_pronouns import extract_bound_pronouns
from quizgen.extract.claim_events import extract_claims
from quizgen.extract.dates import extract_dates
from quizgen.extract.deks import dek_starts
from quizgen.extract.entities import defined_aliases, entity_mentions
from quizgen.extract.events import extract_events, headline_case, introduces_list
from quizgen.extract.figures import extract_figures
from quizgen.extract.former_roles import extract_former_roles
from quizgen.extract.fragments import verbless_sentences
from quizgen.extract.furniture_sentences import furniture_sentences, holds_url, is_listing
from quizgen.extract.garble import garbled
from quizgen.extract.headline_names import TitleLines
from quizgen.extract.lede_arguments import lede_arguments
from quizgen.extract.lede_blanks import lede_blanks
from quizgen.extract.lede_objects import lede_objects
from quizgen.extract.lede_reasons import lede_reasons
from quizgen.extract.name_tails import widen_cut_names
from quizgen.extract.opinion import judgement_sentences
from quizgen.extract.people import person_mentions
from quizgen.extract.quotes import extract_quotes
from quizgen.extract.references import extract_references
from quizgen.extract.roles import extract_roles
from quizgen.extract.speech_tags import bare_speech_tags
from quizgen.facts.records import (
    Alias,
    ArgumentFact,
    BoundPronoun,
    DateFact,
    EntityMention,
    EventFact,
    FigureFact,
    Mention,
    QuoteFact,
    Reference,
    RoleFact,
)
from quizgen.ingest.articles import Article
from quizgen.nlp import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    people: list[Mention] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    figures: list[FigureFact] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    former_roles: list[RoleFact] = field(default_factory=list)  # "former Mexican President X"
    entities: list[EntityMention] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    arguments: list[ArgumentFact] = field(default_factory=list)
    # the lede's phrases a teacher would blank, scored (``extract.lede_blanks``)
    blanks: list[ArgumentFact] = field(default_factory=list)
    bound_pronouns: list[BoundPronoun] = field(default_factory=list)


@dataclass(frozen=True)
class FailedFacts(ArticleFacts):
    """No facts from an article whose extraction failed, and why ("IndexError: …"): a fault of
    ours on one article costs its cards, not the deck (``extract.pipeline``), and the user is
    told. Never cached."""

    failure: str = ""


def extract_facts(doc: Doc, *, article: Article) -> ArticleFacts:
    """Run every extractor over one parsed article."""
    widen_cut_names(doc)  # "the British Department for the Environment, …" is one name, not "the British Department"
    # found once, shared by the extractors that need people; a person only a headline in title
    # capitals names ("Union Leaders Rip Harold Vance") is the headline's words, no one
    lines = TitleLines(doc, article)
    people = lines.people(person_mentions(doc))
    quotes = list(extract_quotes(doc, article=article, mentions=people))
    speakers = [(q.quote_end, q.speaker) for q in quotes if q.via != "organisation"]
    # an editorial's own judgements ("X made the right decision") are no fact a card asks
    judged = judgement_sentences(doc, article=article)
    # nor is a sentence the article itself got wrong ("Analyst estimate …", "I like like him")
    garbled_starts, broken = garbled(doc)
    # nor a headline or caption with no verb ("Clinton on trade."): a card from it asks nothing
    judged = frozenset(judged) | garbled_starts | verbless_sentences(doc)
    # nor a headline set in title capitals ("Revealed: More Than 100 Delegates Are Planning …"),
    # copied word for word: a teaser, not the story's sentence
    judged |= _with_sentence_starts(doc, frozenset(s.start_char for s in doc.sents if headline_case(s)))
    # nor a sentence holding a link or a run of wire listings: furniture inside a paragraph
    judged |= _with_sentence_starts(doc, furniture_sentences(doc))
    # nor the heading of a list or table ("The following are the main stories due to be covered
    # on Saturday:"): events skip it already; its date or figure dates or counts no news
    judged |= _with_sentence_starts(doc, frozenset(s.start_char for s in doc.sents if introduces_list(s)))
    # nor a verb of saying cut from the quotation before it ("Trump said at a fundraiser.": said what?)
    judged |= _with_sentence_starts(doc, bare_speech_tags(doc))
    # and no event is read from the dek under the headline ("At Tennessee college, Republicans
    # struggle over …"): its present tells a past, a cloze of it a teaser (its figures stay)
    untold = judged | _with_sentence_starts(doc, dek_starts(doc, article))
    references = list(extract_references(doc, article=article, mentions=people, speakers=speakers))
    resolved = frozenset(r.start for r in references)  # "He declined …": not the name after it
    return ArticleFacts(
        article=article,
        people=people,
        quotes=[
            q for q in quotes
            if not any(p in q.quote or p in (q.cloze or "") for p in broken)
            and not holds_url(q.quote) and not is_listing(q.quote)
        ],
        dates=[f for f in extract_dates(doc, article=article) if f.sent_start not in judged],
        figures=[f for f in extract_figures(doc, article=article) if f.sent_start not in judged],
        roles=list(extract_roles(doc, article=article, mentions=people)),
        former_roles=list(extract_former_roles(doc, article=article, mentions=people)),
        entities=list(entity_mentions(doc, article=article)),
        aliases=list(defined_aliases(article)),
        events=[
            f for f in [*extract_events(doc, article=article), *extract_claims(doc, article=article, references=references, people=people)]
            if f.sent_start not in untold
        ],
        references=references,
        arguments=[
            f for f in [*lede_arguments(doc, article=article), *lede_objects(doc, article=article), *lede_reasons(doc, article=article)]
            if f.sent_start not in untold
        ],
        blanks=[f for f in lede_blanks(doc, article=article) if f.sent_start not in untold],
        bound_pronouns=list(extract_bound_pronouns(doc, article=article, mentions=people, resolved=resolved)),
    )


def _with_sentence_starts(doc: Doc, starts: frozenset[int]) -> frozenset[int]:
    """``starts`` (sentences' first characters) with each sentence's start as facts record it."""
    return frozenset(start for s in doc.sents if s.start_char in starts for start in (s.start_char, sentence_start(s)))
