"""Benchmark date items against TimeBank/AQUAINT (TimeML) and Faker-made articles.

    python benchmarks/dates.py ../shared/corpora/timebank --part dev [--faker 200]

``--part`` takes the articles of one part of ``benchmarks/holdout.py``'s split (dev by
default): read errors on dev only; the held-out part is measured once, to report.

Each TimeML file becomes an article: front matter (title, date = the document creation
time) and the body with tags stripped; gold TIMEX3 spans keep their offsets in that body.
Each article goes through the generator's own path (ingest → spaCy → extract_dates →
date_items), one article at a time so no item merges across documents.

Matching, per date item and per expression it was made from (the words blanked in the
cloze, inside the item's evidence sentence):
  correct   a gold TIMEX3 overlaps the expression and its ``value`` equals the item's
            ``value`` exactly (``2017-05-22`` ≠ ``2017-05``), after reducing the gold value to
            the calendar date it states: the time of day dropped (``2000-01-05TEV`` →
            ``2000-01-05``) and unspecified trailing parts dropped (``1949-XX`` → ``1949``);
  wrong     a gold TIMEX3 overlaps with another value, or none overlaps (the corpus
            annotates every temporal expression, so an unannotated "date" is a false one).
  precision = correct / (correct + wrong)
  coverage  = gold DATE timexes whose (reduced) value is a calendar date (YYYY, YYYY-MM, YYYY-MM-DD)
            that some correct item covers, over all such gold timexes (and over all DATE).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from holdout import select

from quizgen.deck.generate import content_text
from quizgen.deck.synthetic import date_article
from quizgen.extract.context_mentions import relative_year
from quizgen.extract.dates import extract_dates
from quizgen.ingest.articles import Article, parse_article
from quizgen.items.dates import date_items
from quizgen.models import ISO_DATE
from quizgen.nlp import load_pipeline

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


def gold_date(value: str) -> str:
    """The calendar date a gold value states: "2000-01-05TNI" → "2000-01-05", "1949-XX" → "1949"."""
    timed = re.match(r"^(\d{4}(?:-\w{2}){0,2})T", value)
    if timed:
        value = timed.group(1)
    while value.endswith("-XX"):
        value = value[:-3]
    return value


def read_timeml(path: Path) -> tuple[str, str, str, list[Timex]]:
    """(title, creation date, plain body, gold timexes with body offsets)."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.DOTALL)
    title_m = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.DOTALL)
    text_m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
    if not dct or not text_m:
        raise ValueError(f"{path}: no DCT or TEXT element")
    title = " ".join(_TAG.sub("", html.unescape(title_m.group(1))).split()) if title_m else path.stem
    inner = text_m.group(1)
    body: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    pos = 0
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos : m.start()])
        body.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            start, attrs = open_timex.pop()
            text = "".join(body)[start:length]
            timexes.append(Timex(start, length, attrs.get("type", ""), attrs.get("value", ""), text))
        elif not m.group(3).rstrip().endswith("/"):
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
    body.append(html.unescape(inner[pos:]))
    plain = "".join(body)
    # Front matter must not be glued to the body: drop leading blank lines, shifting offsets.
    lead = len(plain) - len(plain.lstrip("\n"))
    plain = plain[lead:]
    timexes = [Timex(t.start - lead, t.end - lead, t.type, t.value, t.text) for t in timexes]
    return title, dct.group(1)[:10], plain, timexes


def to_article(path: Path) -> tuple[Article, list[Timex]]:
    title, date, body, timexes = read_timeml(path)
    raw = f"---\ntitle: {json.dumps(title)}\ndate: {date}\n---\n{body}"
    article = parse_article(raw.encode("utf-8"), article_id=path.stem, path=str(path))
    assert all(article.body[t.start : t.end] == t.text for t in timexes), path
    return article, timexes


def items_with_spans(nlp, article: Article):
    """(item, [(start, end) of each expression it was made from in this article])."""
    facts = list(extract_dates(nlp(content_text(article)), article=article))
    out = []
    for item, _ in date_items(facts, articles={article.id: article}):
        spans = [
            (f.start, f.end)
            for f in facts
            for e in item.evidence
            if f.value == item.value and e.start <= f.start and f.end <= e.end
        ]
        out.append((item, spans))
    return out


def timebank(corpus: Path, nlp, *, part: str = "dev") -> None:
    files = select(sorted(corpus.rglob("*.tml")), part, key=lambda f: f.stem)
    if not files:
        sys.exit(f"{corpus}: no .tml files (expected TimeBank/*.tml and AQUAINT/*.tml)")
    correct = wrong = 0
    mistakes: list[str] = []
    covered: set[tuple[str, int]] = set()
    gold_dates = gold_calendar = 0
    for path in files:
        article, timexes = to_article(path)
        dates = [t for t in timexes if t.type == "DATE"]
        gold_dates += len(dates)
        gold_calendar += sum(1 for t in dates if ISO_DATE.match(gold_date(t.value)))
        for item, spans in items_with_spans(nlp, article):
            for start, end in spans:
                gold = [t for t in timexes if t.start < end and start < t.end]
                if any(gold_date(t.value) == item.value for t in gold):
                    correct += 1
                    covered |= {
                        (path.stem, t.start) for t in gold if t.type == "DATE" and gold_date(t.value) == item.value
                    }
                else:
                    wrong += 1
                    got = article.body[start:end]
                    gold_text = ", ".join(f"{t.text!r}={t.value}" for t in gold) or "no gold timex"
                    mistakes.append(f"  {path.stem}: {got!r} → {item.value}; gold {gold_text}")
    total = correct + wrong
    print(f"TimeBank+AQUAINT, {part} part: {len(files)} articles, {gold_dates} gold DATE timexes, "
          f"{gold_calendar} of them calendar dates (YYYY, YYYY-MM, YYYY-MM-DD)")
    print(f"  date expressions made into items: {total}")
    print("  match: item value == value of an overlapping gold TIMEX3, reduced to its calendar date")
    print(f"  precision: {correct}/{total} = "
          f"{correct / total if total else 0:.3f}")
    print(f"  coverage of calendar-date gold DATEs: {len(covered)}/{gold_calendar} = "
          f"{len(covered) / gold_calendar if gold_calendar else 0:.3f}; of all gold DATEs: "
          f"{len(covered)}/{gold_dates} = {len(covered) / gold_dates if gold_dates else 0:.3f}")
    if mistakes:
        print("  wrong items:")
        print("\n".join(mistakes[:40]))


_NAMED_PERIOD = re.compile(r"(?:in )?(?:the week of (\d+) (\w+) (\d{4})|(\w+) (\d{4})|(\d{4}))$")


def period_value(name: str) -> str | None:
    """A relative period's name as a TimeML value: "in the week of 16 March 1998" → "1998-W12",
    "in January 1998" → "1998-01", "2016" → "2016"."""
    m = _NAMED_PERIOD.match(name)
    if m is None:
        return None
    if m.group(1):
        monday = dt.datetime.strptime(f"{m.group(1)} {m.group(2)} {m.group(3)}", "%d %B %Y").date()
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}"
    if m.group(4):
        month = dt.datetime.strptime(f"{m.group(4)} {m.group(5)}", "%B %Y").month
        return f"{m.group(5)}-{month:02d}"
    return m.group(6)


def _week_in_month(week: str, month: str) -> bool:
    """A week ("1998-W43") the gold states only by its month ("1998-10"): right when the week's
    days fall in that month."""
    if "-W" not in week or not re.fullmatch(r"\d{4}-\d{2}", month):
        return False
    year, number = week.split("-W")
    monday = dt.date.fromisocalendar(int(year), int(number), 1)
    days = {(monday + dt.timedelta(days=d)).strftime("%Y-%m") for d in range(7)}
    return days == {month}


def relative_periods(corpus: Path, nlp, *, part: str = "dev") -> None:
    """"this year", "last month", "next week" as the references name them
    (``context_mentions.relative_year``) against the gold TIMEX3 that starts at the same word,
    where the gold states a calendar year, month or week ("1998-W12"; not "P1W", "1998-WXX"); a
    week the gold gives only by its month is right when all its days are in that month."""
    files = select(sorted(corpus.rglob("*.tml")), part, key=lambda f: f.stem)
    right = wrong = unnamed = 0
    mistakes: list[str] = []
    for path in files:
        article, timexes = to_article(path)
        doc = nlp(content_text(article))
        by_start = {t.start: t for t in timexes if re.fullmatch(r"\d{4}(?:-\d{2}|-W\d{2})?", t.value)}
        for tok in doc:
            gold = by_start.get(tok.idx)
            ref = relative_year(tok, article.published) if gold is not None else None
            if ref is None:
                continue
            got = period_value(ref.name) if ref.name else None
            if got is None:
                unnamed += 1
            elif got == gold.value or _week_in_month(got, gold.value):
                right += 1
            else:
                wrong += 1
                mistakes.append(f"  {path.stem} ({article.published:%a %Y-%m-%d}): {ref.text!r} → {ref.name}; gold {gold.value}")
    print(f"Relative periods (this/last/next year, month, week), {part} part: named {right + wrong}, "
          f"right {right}, wrong {wrong}, left unnamed {unnamed}")
    if mistakes:
        print("\n".join(mistakes[:40]))


def faker(n: int, nlp) -> None:
    correct = wrong = found = expected = 0
    for seed in range(n):
        for with_date in (True, False):
            article, truths = date_article(seed, with_date=with_date)
            truth = {t.expression: t.value for t in truths}
            expected += sum(1 for t in truths if t.value is not None)
            for item, spans in items_with_spans(nlp, article):
                for start, end in spans:
                    value = truth.get(article.body[start:end])
                    if value == item.value:
                        correct += 1
                        found += 1
                    else:
                        wrong += 1
    total = correct + wrong
    print(f"Faker-made: {2 * n} articles ({n} with a front-matter date, {n} without), "
          f"{expected} dated expressions expected")
    print(f"  precision: {correct}/{total} = {correct / total if total else 0:.3f}; "
          f"coverage: {found}/{expected} = {found / expected if expected else 0:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of TimeML files (e.g. ../shared/corpora/timebank)")
    parser.add_argument("--part", choices=["dev", "heldout", "all"], default="dev", help="part of the holdout split")
    parser.add_argument("--faker", type=int, default=200, help="Faker-made articles (default 200)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such folder; pass the TimeBank corpus folder, e.g. ../shared/corpora/timebank")
    nlp = load_pipeline()
    timebank(args.corpus, nlp, part=args.part)
    relative_periods(args.corpus, nlp, part=args.part)
    faker(args.faker, nlp)


if __name__ == "__main__":
    main()
