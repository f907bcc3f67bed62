"""Hypothesis checks of the date and number perturbations behind choices."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.facts.records import DateFact, FigureFact
from quizgen.items.dates import date_items
from quizgen.items.distractors import (
    PeoplePool,
    choose,
    event_bounds,
    is_full_name,
    number_shape,
    perturb_date,
    perturb_number,
    rng_for,
    role_family,
)
from quizgen.items.figures import number_items
from quizgen.items.wording import parse_spelled_date, spell_date
from tests.articles import make_article


@given(st.dates(dt.date(1800, 1, 1), dt.date(2090, 12, 31)), st.sampled_from([1, 2, 3]), st.text(max_size=5))
def test_perturbed_dates_keep_precision_and_never_equal(date, parts, seed):
    value = "-".join(date.isoformat().split("-")[:parts])
    out = perturb_date(value, rng_for(seed))
    assert len(out) >= 3 and value not in out and len(set(out)) == len(out)
    assert all(v.count("-") == value.count("-") for v in out)


@given(st.one_of(st.integers(1, 10**9), st.floats(0.1, 1e6).map(lambda x: round(x, 1))), st.text(max_size=5))
def test_perturbed_numbers_same_magnitude_never_equal(value, seed):
    out = perturb_number(value, rng_for(seed))
    assert value not in out and len(set(out)) == len(out)
    assert all(0 < x <= max(value * 2.5, value + 6) and x >= value / 2.5 - 1 for x in out)


# --- the choice rules of a deck worth studying ------------------------------------------------



@settings(deadline=None)  # timings vary on a shared machine
@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2090, 12, 31)),
    st.integers(0, 400),
    st.sampled_from([1, 2, 3]),
    st.text(max_size=5),
)
def test_a_past_event_never_gets_an_option_after_publication(event, days_later, parts, seed):
    published = event + dt.timedelta(days=days_later)
    value = "-".join(event.isoformat().split("-")[:parts])
    not_after, not_before = event_bounds(value, published)
    out = perturb_date(value, rng_for(seed), not_after=not_after, not_before=not_before)
    assert len(out) >= 3 and value not in out
    assert all(v.count("-") == value.count("-") for v in out)
    assert all(v[: len(value)] <= published.isoformat()[: len(value)] for v in out)


def test_a_past_event_s_month_or_year_options_lie_mostly_before_publication():
    """"Last month" in a report of 1 December 2015 is November: "December 2015" would be a month
    still to come; on 20 December most of December has passed."""
    for seed in range(20):
        bounds = event_bounds("2015-11", dt.date(2015, 12, 1))
        assert "2015-12" not in perturb_date("2015-11", rng_for(str(seed)), not_after=bounds[0], not_before=bounds[1])
    late = event_bounds("2015-11", dt.date(2015, 12, 20))
    assert any("2015-12" in perturb_date("2015-11", rng_for(str(seed)), not_after=late[0]) for seed in range(20))
    january = event_bounds("2014", dt.date(2016, 1, 5))
    assert "2016" not in perturb_date("2014", rng_for("y"), not_after=january[0])


@settings(deadline=None)  # timings vary on a shared machine
@given(st.dates(dt.date(1950, 1, 1), dt.date(2060, 12, 31)), st.integers(1, 400), st.sampled_from([1, 2, 3]))
def test_a_future_event_never_gets_an_option_before_publication(published, days_later, parts):
    event = published + dt.timedelta(days=days_later)
    value = "-".join(event.isoformat().split("-")[:parts])
    if value <= published.isoformat()[: len(value)]:
        return  # the same month or year as publication: a past event at this precision
    not_after, not_before = event_bounds(value, published)
    assert not_after is None
    for v in perturb_date(value, rng_for(value), not_before=not_before):
        assert v >= published.isoformat()[: len(v)]


@settings(max_examples=60, deadline=None)
@given(st.dates(dt.date(2000, 1, 8), dt.date(2030, 12, 31)), st.integers(0, 30), st.sampled_from([1, 2, 3]))
def test_date_cards_keep_precision_and_stay_before_publication(event, days_later, parts):
    value = "-".join(event.isoformat().split("-")[:parts])
    spelled = spell_date(value)[0]
    text = f"The council voted on the plan in {spelled}."
    article = make_article(text, date=(event + dt.timedelta(days=days_later)).isoformat())
    start = article.body.index(spelled)
    fact = DateFact("a1", value, spelled, start, start + len(spelled), 0, len(text), event=("council", "vote"))
    [(item, _)] = date_items([fact], articles={"a1": article})
    assert len(item.choices) == 4 and item.answer in item.choices
    for choice in item.choices:
        assert len(choice.split()) == len(item.answer.split())  # "22 May 2017", "May 2017", "2017"
        assert parse_spelled_date(choice) is not None
        if choice != item.answer:
            assert choice[-4:] <= article.published.isoformat()[:4]
            assert parse_spelled_date(choice).isoformat()[: len(value)] <= article.published.isoformat()[: len(value)]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(1, 9999),
    st.sampled_from([0, 1, 2]),
    st.sampled_from([("${} million", "USD", 1e6), ("{} percent", "percent", 1), ("{} troops", "troops", 1)]),
    st.booleans(),
)
def test_figure_choices_are_written_like_the_answer(whole, decimals, unit_form, at_least):
    template, unit, scale = unit_form
    number = f"{whole / 10**decimals:.{decimals}f}"
    if decimals and number.endswith("0"):
        number = number[:-1] + "3"  # "19.3", as news writes it, never "19.30"
    answer = ("at least " if at_least else "") + template.format(number).removesuffix(" troops").removesuffix(" percent")
    text = f"The report counted {answer} troops in the region."
    article = make_article(text)
    start = article.body.index(answer)
    fact = FigureFact(
        "a1", float(number) * scale, unit, "at least" if at_least else None, answer,
        start, start + len(answer), 0, len(text), event=("report", "count"),
    )
    for item, _ in number_items([fact], articles={"a1": article}):
        if at_least:  # an open bound has no surely wrong option: asked as a typed answer
            bare = f"{number} million" if scale != 1 else number  # the scale word kept: "1" is no million
            assert item.choices == [] and bare in item.accept
            continue
        assert len(item.choices) == 4
        assert all(number_shape(c) == number_shape(item.answer) for c in item.choices), item.choices


def test_a_decimal_figure_gets_no_round_choice_that_gives_it_away():
    assert number_shape("$17.8 million") == number_shape("$19.3 million")
    assert number_shape("$50.0 million") != number_shape("$19.3 million")
    assert number_shape("12,500") == number_shape("9500")


NAMES = st.lists(
    st.sampled_from([
        "Hillary Clinton", "Bill Clinton", "Donald Trump", "Bernie Sanders", "Ted Cruz", "Jeb Bush",
        "Marco Rubio", "Clinton", "Trump", "United States", "Fox News", "Senator Warren",
        "Paul Ryan", "Elizabeth Warren", "John Kasich", "Ohio", "Reince Priebus", "Hillary Rodham Clinton",
    ]),
    min_size=0,
    max_size=14,
)


@settings(deadline=None)
@given(NAMES, st.sampled_from(["Hillary Clinton", "Donald Trump", "Paul Ryan"]), st.text(max_size=4))
def test_person_choices_are_other_real_people_never_the_answer_again(names, answer, seed):
    uses = [(n, "a1", None) for n in names + [answer]]
    pool = PeoplePool(uses, not_people=["United States", "Fox News", "Ohio"])
    accepted = {"Hillary Clinton": ["Hillary Rodham Clinton", "Clinton"], "Donald Trump": ["Trump"], "Paul Ryan": ["Ryan"]}[answer]
    question = "Who said Ted Cruz was wrong about the plan?"
    last = answer.split()[-1]
    choices = pool.choices(
        answer, key=seed, question=question, article="a1",
        same_person=lambda o: o.split()[-1] == last or o in accepted,
    )
    assert choices == [] or (len(choices) == 4 and choices.count(answer) == 1)
    for c in choices:
        if c == answer:
            continue
        assert c in names, c  # a real person of the deck, never an invented one
        assert is_full_name(c), c
        assert c not in accepted and c.split()[-1] != last
        assert c not in ("United States", "Fox News", "Senator Warren", "Ted Cruz")


def test_person_choices_prefer_the_same_kind_of_role_in_the_same_story():
    uses = [
        ("Bernie Sanders", "a1", "Vermont senator"), ("Ted Cruz", "a1", "Texas senator"),
        ("Marco Rubio", "a1", "Florida senator"), ("Rachel Maddow", "a1", "MSNBC host"),
        ("Nate Silver", "a1", "editor"), ("Elizabeth Warren", "a1", "senator"),
        ("Sean Hannity", "a2", "Fox News host"), ("Bob Smith", "a2", None),
    ] * 3
    pool = PeoplePool(uses)
    choices = pool.choices("Elizabeth Warren", key="x", question="Who said: “…”?", article="a1", family="office")
    assert set(choices) - {"Elizabeth Warren"} <= {"Bernie Sanders", "Ted Cruz", "Marco Rubio"}
    assert role_family("Massachusetts Senator") == "office" and role_family("campaign manager") == "campaign"


def test_too_few_people_give_no_choices_rather_than_invented_names():
    pool = PeoplePool([("Jane Goodall", "a1", None), ("Louis Leakey", "a1", None), ("Dian Fossey", "a1", None)])
    assert pool.choices("Jane Goodall", key="k", question="Who studied chimpanzees?") == []
    pool = PeoplePool([(n, "a1", None) for n in ("Jane Goodall", "Louis Leakey", "Dian Fossey", "Biruté Galdikas")])
    choices = pool.choices("Jane Goodall", key="k", question="Who studied chimpanzees?")
    assert sorted(choices) == ["Biruté Galdikas", "Dian Fossey", "Jane Goodall", "Louis Leakey"]


@settings(max_examples=40, deadline=None)
@given(st.integers(20, 90000), st.sampled_from(["more than", "at least", "less than", "up to"]))
def test_a_bound_gets_no_option_that_is_also_true(value, qualifier):
    shown = f"{qualifier} {value:,}"
    text = f"Officials said {shown} people attended, and 30 protesters gathered outside."
    article = make_article(text)
    start = article.body.index(shown)
    fact = FigureFact("a1", value, "people", qualifier, shown, start, start + len(shown), 0, len(text), event=("attend",))
    for item, _ in number_items([fact], articles={"a1": article}):
        for choice in item.choices:
            if choice == item.answer:
                continue
            other = int(choice.removeprefix(qualifier).replace(",", ""))
            # "more than 1,200" is also true when "more than 2,400" is; "more than 3,000" is not said
            assert other > value if qualifier in ("more than", "at least") else other < value
            assert other != 30  # a figure the question shows is no option


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab _1é-.\u0663\u00b2", max_size=3),
    st.text(alphabet="ab _1é-.\u0663\u00b2", max_size=12),
)
def test_stands_in_says_what_the_whole_word_pattern_says(words, text):
    """Whether an answer stands in a question as a whole word, found without compiling a
    pattern per answer: the same as the regular expression it replaces."""
    import re

    from quizgen.items.distractors import stands_in

    assert stands_in(words, text) == (re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None)


def test_a_choice_spelt_with_another_apostrophe_is_the_answer_again():
    # One article types "O'Brien", another sets "O’Brien": the same name, never a wrong choice.
    options = choose("Conan O'Brien", ["Conan O’Brien", "Ada Lovelace", "Grace Hopper", "Alan Turing"], key="k")
    assert sorted(options) == ["Ada Lovelace", "Alan Turing", "Conan O'Brien", "Grace Hopper"]
