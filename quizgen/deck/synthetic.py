"""Faker-made articles with known truth, for tests and benchmarks.

Each article has front matter with a random publication date and sentences whose dates
(absolute, and weekdays/months/years relative to that date) and figures are known, so the
generator's items can be checked one by one.

>>> article, truth = date_article(seed=3)
>>> truth[0].value   # the ISO date the first dated sentence states
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from quizgen.extract.dates import MAX_DAYS_AHEAD, MAX_DAYS_BACK
from quizgen.ingest.articles import Article, parse_article
from quizgen.items.distractors import MONTH_NAMES

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Truth:
    """What one sentence states: the words of the expression and their value (None: no item)."""

    sentence: str
    expression: str
    value: object  # ISO date string, a number, or None when no item may be made
    unit: str | None = None
    qualifier: str | None = None


def _faker(seed: int):
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(seed)
    return fake


def _article(title: str, published: dt.date | None, sentences: list[str], article_id: str) -> Article:
    front = f"---\ntitle: {title}\n" + (f"date: {published.isoformat()}\n" if published else "") + "---\n"
    # Two or three sentences a paragraph, as news prose.
    paragraphs, i = [], 0
    while i < len(sentences):
        paragraphs.append(" ".join(sentences[i : i + 2]))
        i += 2
    raw = front + "\n\n".join(paragraphs) + "\n"
    return parse_article(raw.encode("utf-8"), article_id=article_id, path=f"{article_id}.md")


def date_article(seed: int, *, with_date: bool = True) -> tuple[Article, list[Truth]]:
    """An article of dated sentences; ``truth`` gives each sentence's expected value."""
    fake = _faker(seed)
    rng = random.Random(seed)
    published = fake.date_between(dt.date(1995, 1, 1), dt.date(2030, 12, 31))
    person = f"{fake.first_name()} {fake.last_name()}"
    org = fake.company().replace(",", "")
    city = fake.city()
    truths: list[Truth] = []

    def add(sentence: str, expression: str, value: object) -> None:
        truths.append(Truth(sentence, expression, value))

    year = rng.randrange(1950, published.year)
    add(f"The {org} company was founded in {city} in {year}.", str(year), str(year))
    d = fake.date_between(dt.date(1990, 1, 1), published)
    text = f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    add(f"On {text}, the board of {org} opened a new office in {city}.", text, d.isoformat())
    m = fake.date_between(dt.date(1990, 1, 1), published)
    text = f"{MONTH_NAMES[m.month - 1]} {m.year}"
    add(f"{person} joined the board in {text} after a long career.", text, f"{m.year:04d}-{m.month:02d}")
    wd = rng.randrange(7)
    back = (published.weekday() - wd) % 7
    past = (published - dt.timedelta(days=back)).isoformat() if back <= MAX_DAYS_BACK else None  # six back: "next Tuesday"?
    add(f"{person} resigned from the board on {WEEKDAY_NAMES[wd]}.", WEEKDAY_NAMES[wd], past)
    wd2 = rng.choice([d for d in range(7) if d != wd])  # distinct words, so truth is per word
    ahead = (wd2 - published.weekday()) % 7
    # the same day, or six ahead (the day before a page's recorded date?): no one date
    future = (published + dt.timedelta(days=ahead)).isoformat() if 0 < ahead <= MAX_DAYS_AHEAD else None
    add(f"The shareholders will vote on the merger on {WEEKDAY_NAMES[wd2]}.", WEEKDAY_NAMES[wd2], future)
    add(f"Profits at {org} fell sharply last year.", "last year", str(published.year - 1))
    add("A spokesman said the plan had been discussed a few days ago.", "a few days ago", None)
    add(f"The company may expand to {city} if sales recover.", "may", None)
    rng.shuffle(truths)
    if not with_date:
        truths = [
            Truth(t.sentence, t.expression, t.value if t.expression[:1].isdigit() or t.expression[-4:].isdigit() else None)
            for t in truths
        ]
    article = _article(f"{org} news", published if with_date else None, [t.sentence for t in truths], f"dates-{seed}")
    return article, truths


def figure_article(seed: int) -> tuple[Article, list[Truth]]:
    """An article of sentences with counts, percentages, money and ranges of known value."""
    fake = _faker(seed)
    rng = random.Random(seed)
    published = fake.date_between(dt.date(2000, 1, 1), dt.date(2025, 12, 31))
    city = fake.city()
    person = f"{fake.first_name()} {fake.last_name()}"
    truths: list[Truth] = []
    killed = rng.randrange(3, 400)
    injured = rng.randrange(killed + 5, killed * 3 + 20)
    truths.append(Truth(f"The explosion in {city} killed at least {killed} people.", f"at least {killed}", killed, "people killed", "at least"))
    truths.append(Truth(f"More than {injured} people were injured in the blast.", f"More than {injured}", injured, "people injured", "more than"))
    pct = rng.choice([1.5, 2, 3, 4.5, 12, 25, 40])
    truths.append(Truth(f"The government pledged to spend {pct} percent of GDP on schools.", f"{pct} percent", pct, "percent of GDP", None))
    troops = rng.randrange(2, 60) * 100
    truths.append(Truth(f"The country has sent some {troops} soldiers to the region.", f"some {troops}", troops, "soldiers", "some"))
    low = rng.randrange(5, 20)
    high = low + rng.randrange(2, 15)
    truths.append(Truth(f"The alliance is deploying {low}-{high} trainers to {city}.", f"{low}-{high}", (low, high), "trainers", None))
    money = rng.choice([1.2, 4.5, 7, 15, 250])
    truths.append(Truth(f"The project will cost ${money} billion over ten years.", f"${money} billion", int(money * 1e9), "USD", None))
    age = rng.randrange(20, 80)
    truths.append(Truth(f"{person}, {age}, was named chairman of the board.", str(age), None))
    truths.append(Truth(f"The office opened in {rng.randrange(1990, 2020)} in {city}.", "year", None))
    truths.append(Truth("The meeting ended at 10:30 in the morning, officials said.", "10:30", None))
    rng.shuffle(truths)
    article = _article(f"News from {city}", published, [t.sentence for t in truths], f"figures-{seed}")
    return article, truths
