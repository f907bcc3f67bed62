"""Date facts → date items: a cloze of the sentence with the date blanked.

>>> # "In 2014, NATO members pledged …" → question "In ____, NATO members pledged …",
>>> # answer "2014", value "2014", choices three other years close to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from quizgen.extract.date_predicates import MODIFIER
from quizgen.extract.dates import publication_dates
from quizgen.facts.merge import conflicting, group_facts
from quizgen.facts.records import DateFact, Reference
from quizgen.ingest.articles import Article
from quizgen.items import date_choices, distractors
from quizgen.items.evidence import sentence_evidence, stable_id
from quizgen.items.ranking import report_score
from quizgen.items.wording import (
    BLANK,
    PREPOSITION_BEFORE,
    cloze,
    contains,
    spell_date,
    subject_references,
)
from quizgen.models import DateItem

_POSSESSIVE = re.compile(r"['’]s?(?!\w)")




def _blank(fact: DateFact, before: str = "", after: str = "") -> str:
    """"last year" → "in ____", "yesterday" → "on ____", a date written with no preposition
    (``DateFact.bare``) → "on ____" for a day, "in ____" for a month or year: the blank reads
    with the answer (no second preposition after the article's own: "before next year" →
    "before ____"; none before a date that is its clause's subject: "and April 27 is the
    redemption date" → "and ____ is …", j119)."""
    if fact.bare and _SUBJECT_OF_BE.match(after) and _CLAUSE_OPENS_BEFORE.search(before):
        return BLANK
    words = fact.text.lower().split()
    if fact.relative and (words[0] in ("last", "this", "next", "today", "yesterday", "tomorrow") or words[-1] == "ago"):
        if PREPOSITION_BEFORE.search(before):
            return BLANK
        return ("on " if fact.value.count("-") == 2 else "in ") + BLANK
    if before.endswith(("-", "‐")):
        return BLANK  # "the fiscal year to end-March 1987" (j103): "end-in ____" joins no word
    if fact.bare and not PREPOSITION_BEFORE.search(before) and not _COME_BEFORE.search(before):
        # "Iran Saturday condemned" → "Iran on ____ condemned" (the answer is a full date), "took
        # effect Aug. 9" → "took effect on ____"; a month or a year → "in ____"
        return ("on " if fact.value.count("-") == 2 else "in ") + BLANK
    return BLANK


# A date that is its clause's subject, a form of "be" right after it ("April 27 is the
# redemption date", "Monday was a holiday"): it takes no preposition.
_SUBJECT_OF_BE = re.compile(r"\s+(?:is|was|will be|would be|has been|had been|remains|becomes)\b")
# … where a clause opens right before the date (after "and", "said", "that", a comma), not on a
# date inside a longer subject ("increases by Citibank on Tuesday will be followed", "the
# agreement in Paris in February is only a start", "Outboard Marine Monday was trading").
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[,;:]|\b(?:and|but|while|whereas|that|said|says))\s*$", re.IGNORECASE)
# "Come 2020, Japan could …": the verb takes the date as it is, with no preposition ("Come in ____").
_COME_BEFORE = re.compile(r"\bcome\s+$", re.IGNORECASE)
# "Tuesday night" blanked as a full date reads "on the night of ____", not "____ night".
_PART_OF_DAY = re.compile(r"\s+(night|morning|evening|afternoon)\b(?!s?['’])")
# "Tuesday night's appearance", and a plural's mark the article wrote for it ("Sunday nights’ sad speech", j170)
_PART_OF_DAY_POSSESSIVE = re.compile(r"\s+(?:night|morning|evening|afternoon)s?['’]s?(?!\w)")
_HYPHENED_ON = re.compile(r"-[A-Za-z]")  # a date run into a compound modifier ("Tuesday-night")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
# A blank after a determiner: the article wrote the date as a noun's modifier ("the November 24
# show", "an Aug. 2 agreement", "his Sunday evening prime time address", j170) or after a deictic
# word ("this November"); a full date there reads
# "On the 24 November 2015, … show", "sending observers this November 2016".
# Words that make a day the noun of its phrase between a determiner and the blank ("on the final
# ____ of the 2016 presidential race", fresh104, read "the final 5 November 2016"); a verb or a
# noun there ("a bill setting ____ as the trigger date") leaves the day a date.
DAY_NOUN_MODIFIERS = frozenset([
    "final", "last", "first", "second", "third", "fourth", "fifth", "next", "following", "previous", "same",
    "whole", "entire", "busy", "long", "fateful", "hectic", "frantic", "quiet", "dramatic", "penultimate",
    "opening", "closing", "historic", "infamous", "snowy", "rainy", "sunny", "special",
])
_DETERMINER_BLANK = re.compile(
    r"\b(?i:a|an|the|this|that|these|those|his|her|its|their|our|my|your)\s+"
    r"(?:(?:" + "|".join(sorted(DAY_NOUN_MODIFIERS)) + r")\s+)?____"
)


def _blanked_span(fact: DateFact, body: str) -> tuple[int, str]:
    """Where the blank ends and how it reads: a weekday with a part of the day after it
    ("Tuesday night", "Friday morning") takes both into "the night of ____", with "on" before
    it where the article wrote no preposition ("gathered Friday night" → "gathered on the night
    of ____", "for Friday evening" → "for the evening of ____"); else the date alone. A day
    modifying a noun ("a Friday night vigil") is left as it is."""
    after = _PART_OF_DAY.match(body, fact.end) if fact.value.count("-") == 2 else None
    before = body[max(0, fact.start - 8) : fact.start]
    if after is None or fact.pattern != "weekday" or _DETERMINER_BEFORE.search(before):
        return fact.end, _blank(fact, body[max(0, fact.start - 24) : fact.start], body[fact.end : fact.end + 16])
    return after.end(), f"{'on ' if fact.bare else ''}the {after.group(1)} of {BLANK}"


def _possessive(fact: DateFact, body: str) -> bool:
    """Whether the date, or the date with its part of the day ("Tuesday night's appearance"),
    is a possessor, or the first part of a hyphened modifier: blanked it reads "____'s vote",
    "After ____ night's appearance", "a ____-night rally"."""
    return bool(
        _POSSESSIVE.match(body, fact.end)
        or _PART_OF_DAY_POSSESSIVE.match(body, fact.end)
        or _HYPHENED_ON.match(body, fact.end)  # "a Tuesday-night rally" (j171): "a ____-night rally"
    )


def _precision(value: str) -> int:
    return value.count("-")


def date_items(
    facts: list[DateFact],
    *,
    articles: dict[str, Article],
    central: frozenset[str] = frozenset(),
    references: Mapping[str, Sequence[Reference]] | None = None,
    unsaid_occasions: frozenset[tuple[str, int]] = frozenset(),
) -> list[tuple[DateItem, float]]:
    """One item per dated event (merged across articles), with a ranking score. A year that
    only qualifies a noun ("the 2014 elections", ``DateFact.occasion`` "modifier") makes an item
    too, which ``worth`` never makes a card of ("modifying date"). A sentence in
    ``unsaid_occasions`` (article, sentence start) holds a figure that is the outcome of a
    contest or incident it does not name (``FigureFact.occasion_unsaid``: "At least 82 were
    killed …, officials said as dawn broke on ____"): its dates ask about that unnamed occasion
    too, and make no item."""
    facts = sorted(facts, key=lambda f: (f.article_id, f.start))
    groups = group_facts(facts, key=lambda f: f.value, event=lambda f: f.event)
    clashes = conflicting(
        groups,
        comparable=lambda a, b: _precision(a.value) == _precision(b.value)
        and (a.article_id, a.sent_start) != (b.article_id, b.sent_start),
        agree=lambda a, b: a.value == b.value,
        event=lambda f: f.event,
    )
    made: dict[str, tuple[DateItem, float]] = {}
    cycles = date_choices.deck_cycle_years(facts, {k: a.body for k, a in articles.items()})
    values_by_event: dict[tuple[str, ...], set[str]] = {}  # a sentence's dates
    dates_by_sentence: dict[tuple[str, int], set[str]] = {}  # the dates each sentence gives
    latest_year_end: dict[str, str] = {}  # an article → the last day of the latest year it gives
    for f in facts:
        values_by_event.setdefault(tuple(f.event), set()).add(f.value)
        dates_by_sentence.setdefault((f.article_id, f.sent_start), set()).add(f.value)
        year_end = f"{f.value[:4]}-12-31"
        if f.value[:4].isdigit() and year_end > latest_year_end.get(f.article_id, ""):
            latest_year_end[f.article_id] = year_end
    for index, group in enumerate(groups):
        # "Monday's vote" would read "____'s vote": ask from a report that does not say it so.
        fact = next(
            (
                f for f in group
                if not _possessive(f, articles[f.article_id].body) and (f.article_id, f.sent_start) not in unsaid_occasions
                # "his surprise Saturday meeting" (j204): a day qualifying a noun reads "his surprise
                # on ____ meeting"; the day's other reports ask it
                and not (f.pattern == "weekday" and f.occasion == MODIFIER)
            ),
            None,
        )
        if fact is None:
            continue
        body = articles[fact.article_id].body
        end, blank = _blanked_span(fact, body)
        question = cloze(body, fact.sent_start, fact.sent_end, fact.start, end, blank=blank, references=subject_references(references, fact.article_id))
        answer, accept = spell_date(fact.value)
        if question is None or contains(question, [answer, *accept]):
            continue
        question = question[:1].upper() + question[1:]  # "This month, …" → "In ____, …"
        if _DETERMINER_BLANK.search(question):
            continue  # "as a result of an ____, stock purchase agreement", "On the ____, Breitbart News Daily show"
        item_id = stable_id("d", f"{fact.value} {' '.join(fact.event)}")
        if item_id in made:
            continue
        other_values = {groups[j][0].value for j in clashes.get(index, ())}
        other_values |= values_by_event[tuple(fact.event)]  # same sentence's dates
        # A past event's options never fall after publication, a future one's never before.
        not_after, not_before = distractors.event_bounds(fact.value, articles[fact.article_id].published)
        if articles[fact.article_id].published is None and date_choices.future_wording(question):
            # an undated story's future event ("analysts expect it to debut in early ____"): it
            # comes after the story was written, so no option before the answer may (2002, 2003
            # beside a 2005 launch are no alternatives)
            not_before = fact.value
        elif articles[fact.article_id].published is None:
            # an undated story: a past event's options never fall after the last year it gives
            # ("profits jumped during ____" beside 2005, 2006, 2007 in a story of 2004's results);
            # one year past it when the answer is that year ("targets for 2005" may look ahead)
            not_after = date_choices.undated_bound(fact.value, latest_year_end.get(fact.article_id))
        rng = distractors.rng_for(item_id + ":dates")
        period = (
            date_choices.cycle_of(date_choices.sentence_words(fact, body), int(fact.value), cycles)
            if len(fact.value) == 4 and fact.value.isdigit()
            else None
        )
        if period:  # a presidential primary's year: other years of its cycle
            values = date_choices.cycle_years(int(fact.value), period, rng, not_after=not_after, not_before=not_before)
        elif (opens := date_choices.period_start(fact.value, question)) or date_choices.month_end_deadline(fact.value, question):
            # a period's first day ("the year, which starts ____") or last ("by December 31, 1989",
            # "the quarter ended ____"): other periods' first or last days, a period apart
            step = opens or date_choices.period_step(question)
            months = (
                date_choices.period_months(fact.value, step, rng)
                if step > 1
                else distractors.perturb_date(fact.value[:7], rng, n=28, not_after=not_after, not_before=not_before)
            )
            edge = date_choices.month_starts if opens else date_choices.month_ends
            values = edge(months, not_after=not_after, not_before=not_before)
        else:
            values = distractors.perturb_date(fact.value, rng, n=28, not_after=not_after, not_before=not_before)
            values = date_choices.same_kind_of_day(fact.value, values)
        if len(fact.value) == 4 and fact.value.isdigit():
            low, high, told = date_choices.paired_year(question, int(fact.value))
            if told:
                continue  # "late ____ or early 2008": the question says 2007
            values = date_choices.within(values, low, high)
        elif len(fact.value) == 7:  # "online between August and ____": a month after August
            first, last = date_choices.paired_month(question, fact.value)
            values = [v for v in values if (first is None or v[:7] > first) and (last is None or v[:7] < last)]
        if len(fact.value) in (4, 7, 10):
            # "opened at 31.09 on ____, unchanged from [18 June 1987]" (j106), "rose 2.2 pct in ____,
            # after a 3.1 pct rise in December" (j107): the sentence's other days or months keep
            # their order to every option as to the answer, as a figure's numbers do; so do its
            # years ("report a 1986 budget deficit and prescribe austerity measures for ____", j132:
            # 1983, 1984 and 1985 beside 1987 left only the answer after the deficit's year)
            others = {
                d for d in dates_by_sentence.get((fact.article_id, fact.sent_start), set())
                if len(d) == len(fact.value) and d != fact.value
            } | date_choices.dates_told(question, fact.value, publication_dates(articles[fact.article_id]))
            low = max((d for d in others if d < fact.value), default=None)
            high = min((d for d in others if d > fact.value), default=None)
            values = [v for v in values if (low is None or v > low) and (high is None or v < high)]
        values = [v for v in values if not date_choices.named_by_question(question, v, fact.value)]
        values = [v for v in values if v not in other_values and _valid(v)]
        values = date_choices.balanced(values, fact.value, distractors.rng_for(item_id + ":order"), wrong=distractors.N_CHOICES - 1)
        candidates = [spell_date(v)[0] for v in values]
        choices = distractors.full_choices(answer, candidates, key=item_id)
        made[item_id] = (
            DateItem(
                id=item_id,
                question=question,
                answer=answer,
                accept=accept,
                choices=choices,
                style="cloze",
                value=fact.value,
                evidence=sentence_evidence(group, articles),
                tags=["date"] + (["conflict"] if index in clashes else []),
            ),
            report_score(group, fact.event, central),
        )
    return list(made.values())


def _valid(value: str) -> bool:
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            dt.date(*parts)
        return 1000 <= parts[0] <= 2999
    except ValueError:
        return False
