"""A card read long after its article still says which day it means: "on Tuesday", "today",
"Friday night" are written out as the date the article's own date makes them
(``items.day_names``), in brackets, on every kind of cloze; a day the extractor could not be
sure of ("last Tuesday") is left as written."""

from __future__ import annotations

import datetime as dt

from quizgen.facts.records import DateFact
from quizgen.items.day_names import day_references
from quizgen.items.wording import cloze, contains
from tests.articles import facts_of, make_article

# Written for these tests; the article is dated Wednesday 5 March 2025.
_TEXT = (
    "The Lisbon city council voted on Tuesday to sell 40 percent of the harbour company.\n\n"
    "Mayor Ana Duarte said today that the sale would raise about 900 million euros.\n\n"
    "Friday, the council's finance chief told reporters that 12 bidders had come forward.\n\n"
    "Roughly 3,000 residents marched through the old town Monday night to protest the sale.\n"
)


def _clozes(nlp) -> dict[str, str]:
    """Each sentence with its number blanked, as a number card asks it, by the number."""
    article = make_article(_TEXT, date="2025-03-05", title="Lisbon sells harbour stake")
    facts = facts_of(nlp, article)
    refs = list(day_references(facts.dates, article.body))
    body = article.body
    out = {}
    for number in ("40 percent", "900 million euros", "12", "3,000"):
        at = body.index(number)
        sent_start = body.rfind("\n", 0, at) + 1
        sent_end = body.index("\n", at)
        out[number] = cloze(body, sent_start, sent_end, at, at + len(number), references=refs)
    return out


def test_a_weekday_and_today_are_written_as_the_dates_they_mean(nlp):
    clozes = _clozes(nlp)
    assert clozes["40 percent"] == "The Lisbon city council voted on [4 March 2025] to sell ____ of the harbour company."
    assert clozes["900 million euros"] == "Mayor Ana Duarte said [on 5 March 2025] that the sale would raise about ____."


def test_a_day_opening_its_sentence_reads_as_an_opening(nlp):
    assert _clozes(nlp)["12"].startswith("[On 28 February 2025], ")


def test_a_part_of_the_day_goes_with_its_date(nlp):
    assert "through the old town [on the night of 3 March 2025] to protest" in _clozes(nlp)["3,000"]


def _fact(body: str, text: str, value: str, *, pattern: str = "weekday", relative: bool = True) -> DateFact:
    start = body.index(text)
    return DateFact(
        article_id="a", value=value, text=text, start=start, end=start + len(text), sent_start=0,
        sent_end=len(body), relative=relative, pattern=pattern,
    )


def test_only_days_resolved_from_the_articles_date_are_named():
    body = (
        "Voters in Tuesday's primary backed the plan; a Friday night vigil followed on 3 May 2024, "
        "before her Sunday night address and an unusual Monday session."
    )
    facts = [
        _fact(body, "Tuesday", "2024-04-30"),  # "Tuesday's primary" → "[the 30 April 2024] primary"
        _fact(body, "Friday", "2024-05-03"),  # "a Friday night vigil": a kind of vigil, left as written
        _fact(body, "Sunday", "2024-05-05"),  # "her Sunday night address": left as written
        _fact(body, "Monday", "2024-05-06"),  # "an unusual Monday session": left as written
        _fact(body, "3 May 2024", "2024-05-03", pattern="dmy", relative=False),  # already a date
    ]
    refs = list(day_references(facts, body, published=dt.date(2024, 5, 7)))
    assert [(r.text, r.name) for r in refs] == [("Tuesday's", "the 30 April 2024")]
    # published before that Tuesday: "Tuesday's primary" may be the one before; no name, no card
    assert [(r.text, r.name) for r in day_references(facts[:1], body, published=dt.date(2024, 4, 28))] == [("Tuesday's", None)]


def _possessive_cloze(nlp, body: str) -> str | None:
    article = make_article(body + "\n", date="2025-03-03", title="Football")
    refs = list(day_references(facts_of(nlp, article).dates, article.body, published=article.published))
    at = article.body.index("8,000")
    return cloze(article.body, 0, len(body), at, at + 5, references=refs)


def test_a_possessive_day_is_written_as_a_date_before_its_noun(nlp):
    # "[1 March 2025]'s match" does not read (round 38)
    text = _possessive_cloze(nlp, "The visitors won Saturday's match 3-1 in front of 8,000 fans.")
    assert text == "The visitors won [the 1 March 2025] match 3-1 in front of ____ fans."
    text = _possessive_cloze(nlp, "Saturday's match drew 8,000 fans to the old ground.")
    assert text == "[The 1 March 2025] match drew ____ fans to the old ground."


def test_no_cloze_keeps_a_possessive_day_whose_noun_has_its_own_determiner(nlp):
    assert _possessive_cloze(nlp, "In Saturday's other match, the visitors won 3-1 in front of 8,000 fans.") is None


def test_a_written_out_day_does_not_count_as_the_answer_given_away():
    question = "The bombing on [22 May 2017] killed ____ people at the concert."
    assert not contains(question, ["22"])  # a count that is also the day's number: still a card
    assert contains(question, ["22 May 2017"])  # a date answer is given away


def test_a_day_s_edge_keeps_its_day_without_on(nlp):
    # "late Friday or early Saturday" (j40 wrote "late [on 18 April 1997] or early Saturday")
    text = "The rebels seized the airport late Monday after a battle that left 12 soldiers dead, officials said.\n"
    article = make_article(text, date="2025-03-05", title="Rebels seize airport")
    facts = facts_of(nlp, article)
    refs = list(day_references(facts.dates, article.body))
    at = text.index("12")
    question = cloze(article.body, 0, len(text) - 1, at, at + 2, references=refs)
    assert "late [on" not in question and "late [" in question, question
