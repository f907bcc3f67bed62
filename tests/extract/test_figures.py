import pytest

from quizgen.deck.synthetic import figure_article
from quizgen.items.distractors import perturb_number, rng_for
from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article

CASES = [
    ("The bombing killed at least 22 and left more than 100 injured.",
     [(22, "people killed", "at least"), (100, "people injured", "more than")]),
    ("Members pledged to raise defence spending to 2 percent of GDP.", [(2, "percent of GDP", None)]),
    ("The alliance is only deploying 10-17 soldiers to Iraq.", [((10, 17), "soldiers", None)]),
    # a range written in words is one figure, its two ends one fact
    ("Officials expect 50% to 60% of staff to accept the offer.", [((50, 60), "percent", None)]),
    ("The plant will cut between 300 and 400 jobs next year.", [((300, 400), "jobs", None)]),
    ("The firm sold 2 million to 3 million shares in May.", [((2_000_000, 3_000_000), "shares", None)]),
    ("Her lead is larger than the three to four percentage points he enjoyed in May.", [((3, 4), "percentage points", None)]),
    ("Harlow will cut about 275 to 350 of its jobs.", [((275, 350), "jobs", "about")]),
    ("The suspect weighs 150 to 175 pounds, police said.", [((150, 175), "pounds", None)]),
    ("The mill expects a loss of $50 million to $60 million this year.", [((50_000_000, 60_000_000), "USD", None)]),
    ("The programme will cost $4.5 billion over five years.", [(4_500_000_000, "USD", None)]),
    ("Germany has contributed some 1200 ground troops.", [(1200, "ground troops", "some")]),
    ("All 28 members of NATO have joined the coalition.", [(28, "members", "all")]),
    ("More than 20 countries in the alliance flout the target.", [(20, "countries", "more than")]),
    ("Police said 1,250 people were evacuated from the area.", [(1250, "people evacuated", None)]),
    # numbers in words, as news spells them (one to nine, and a sentence's first): a share, a
    # scale, a casualty count, a count of ten or more
    ("Forty-one percent of the members backed the merger.", [(41, "percent", None)]),
    ("Forty six percent of the members backed the merger.", [(46, "percent", None)]),  # tens and unit apart
    ("Seven people were killed in the blast.", [(7, "people killed", None)]),
    ("The fund raised two million dollars in March.", [(2_000_000, "dollars", None)]),
    ("Twenty-five observers were sent to the border.", [(25, "observers", None)]),
    # a price per share tied to its noun
    ("Delmont extended its $18-a-share offer for Harlow Inc.", [(18, "USD", None)]),
    # "of" before a number after a sentence's first word is no body's name
    ("Leaders of 12 countries signed the pact.", [(12, "countries", None)]),
    # a part of a set counts what the set counts
    ("The rebels freed 14 of the 20 hostages late on Friday.", [(14, "hostages", None), (20, "hostages", None)]),
    ("The union said 300 of its members walked out on Monday.", [(300, "members", None)]),
    ("Harlow will buy back up to one million of its shares.", [(1_000_000, "shares", "up to")]),
    ("Acme owns 64 million of Zenith's 95 million common shares.", [(64_000_000, "common shares", None)]),
    # points that measure a lead, a margin or a move, spelled or not
    ("Lund trails Harlow by two points in the latest survey.", [(2, "points", None)]),
    ("Harlow leads Lund by roughly 9 percentage points statewide.", [(9, "percentage points", "roughly")]),
    ("The index fell 50 points on Monday.", [(50, "points", None)]),
    # two shares set against each other, the larger first, are two figures (a range runs upward)
    ("Lund leads Harlow 61 percent to 30 percent among likely voters.", [(61, "percent", None), (30, "percent", None)]),
    # a word after the figure that merely begins like "am" or "est" ("among", "estimated")
    ("Harlow won 30 percent among likely voters.", [(30, "percent", None)]),
    # "it" after an organisation the parser did not make the subject ("First" read as an adverb)
    ("First of Harlow Bank Corp. said it completed its purchase of Lund Inc. for about $250 million.",
     [(250_000_000, "USD", "about")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_sentence_gives_figures(nlp, sentence, expected):
    facts = facts_of(nlp, make_article(sentence)).figures
    assert [(f.value, f.unit, f.qualifier) for f in facts] == expected


NOT_FIGURES = [
    "In 2014, members pledged to spend more.",  # a year
    "Salman Abedi, 22, was identified as the bomber.",  # an age
    "A 22-year-old man was arrested in Manchester.",  # an age
    "The meeting ended at 10:30 pm in Brussels.",  # a time of day
    "The talks resumed at 9 am on the same day.",  # a time of day
    "Call the police on 555-0199 with any information.",  # a phone number
    "The council passed a strong Chapter 7 resolution.",  # a label
    "“We have sent 300 soldiers,” the minister said.",  # inside a quote
    "“Turnout was low. Only forty percent of members voted,” the minister said.",  # a quote opened a sentence before
    "The bombing on 22 May shocked the country.",  # a day of a date
    "The alliance deployed 40 to the region.",  # no unit
    "The revolution brought Castro to power 41 years ago.",  # a duration
    "Support for the bill rose from 40% to 55% in a month.",  # a change: neither end a range
    "The council voted 7 to 2 to approve the budget.",  # a score
    "The two countries signed three agreements.",  # a small count in words, of no casualties
    "The ministry sent twenty-five observers to the border.",  # a number news writes in digits
    # a transcript spells every number: "twenty six" and "nineteen ninety" run together
    "The currency has lost twenty six percent of its value. Seven people were killed in nineteen ninety-four.",
    "One of the men was released.",  # no count
    "The 18-a-share rule was dropped.",  # no currency: a label
    "Finance ministers argued over tariffs at a Group of 20 meeting in Osaka.",  # a body's name
    "The Committee of 100 members wrote to the mayor.",  # a body's name, however it is parsed
    "Only 12 of them voted for the plan.",  # a part of a set the sentence does not name
    "The senator made 3 points in her speech.",  # an argument's points: no measure
    "Police received 911 calls saying shots had been fired inside the center.",  # the emergency number
    "A neighbour dialled 999 when she heard the shots.",  # the emergency number
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_traps_give_no_figure(nlp, sentence):
    assert facts_of(nlp, make_article(sentence)).figures == []


def test_number_item_keeps_qualifier_and_unit(nlp):
    article = make_article("The bombing killed at least 22 people and injured dozens more.")
    [(item, _)] = number_items(facts_of(nlp, article).figures, articles={article.id: article})
    assert item.question == "The bombing killed ____ people and injured dozens more."
    assert (item.answer, item.value, item.unit, item.qualifier) == ("at least 22", 22, "people killed", "at least")
    # "at least 30" may be true of "at least 22", "at least 20" is: an open bound is asked typed
    assert item.choices == [] and "22" in item.accept


def test_disagreeing_figures_are_separate_conflict_items(nlp):
    a = make_article("The Manchester bombing killed 22 people at the arena concert.", article_id="a")
    b = make_article("The Manchester bombing at the arena concert killed 23 people.", article_id="b")
    facts = facts_of(nlp, a).figures + facts_of(nlp, b).figures
    items = [i for i, _ in number_items(facts, articles={"a": a, "b": b})]
    assert sorted(i.value for i in items) == [22, 23]
    assert all("conflict" in i.tags for i in items)
    for item in items:
        other = "23" if item.value == 22 else "22"
        assert other not in item.choices


def test_same_figure_in_two_articles_is_one_item(nlp):
    a = make_article("All 28 members of NATO have already joined the alliance.", article_id="a")
    b = make_article("The alliance already includes all 28 NATO member states.", article_id="b")
    facts = facts_of(nlp, a).figures + facts_of(nlp, b).figures
    items = [i for i, _ in number_items(facts, articles={"a": a, "b": b})]
    assert len(items) == 1 and [e.source for e in items[0].evidence] == ["a", "b"]
    assert "conflict" not in items[0].tags


@pytest.mark.parametrize("value", [2, 22, 100, 1200, 4.5, 0.75])
def test_perturbations_same_magnitude_never_equal(value):
    out = perturb_number(value, rng_for(str(value)))
    assert len(out) >= 3 and value not in out and len(set(out)) == len(out)
    assert all(0 < x <= value * 3 + 5 for x in out)


@pytest.mark.parametrize("seed", range(8))
def test_faker_articles_with_known_figures(nlp, seed):
    article, truths = figure_article(seed)
    facts = facts_of(nlp, article).figures
    expected = {t.sentence: t for t in truths}
    for fact in facts:
        sentence = article.body[fact.sent_start : fact.sent_end]
        truth = expected[sentence]
        assert truth.value is not None, sentence
        assert (fact.value, fact.qualifier) == (truth.value, truth.qualifier), sentence
        assert fact.unit.split()[-1] == truth.unit.split()[-1], sentence
    assert len(facts) == sum(1 for t in truths if t.value is not None)


# Issue 11: figures whose card could not say what they count.
@pytest.mark.parametrize(
    "sentence",
    [
        "Half of that went to 300 local charities.",  # "that" is in the previous sentence
        "It cost $4 million to build.",
        "They raised $2 million for the campaign in March.",
        "He summed up his plan in 140 words.",  # a count of nothing in particular
        "She listed three things the city must fix before 2020.",
    ],
)
def test_figures_that_lean_on_context_or_count_nothing_give_no_fact(nlp, sentence):
    assert facts_of(nlp, make_article(sentence)).figures == []


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The company said it would cut 500 jobs.", 500),  # "it" is the company, in the sentence
        ("The bridge cost $4 million to build.", 4_000_000),
    ],
)
def test_figures_whose_sentence_says_what_they_count_stay(nlp, sentence, value):
    assert [f.value for f in facts_of(nlp, make_article(sentence)).figures] == [value]


def test_a_number_in_words_is_asked_with_options_in_words(nlp):
    article = make_article("Forty-one percent of the members backed the merger with Harlow Inc. on Monday.")
    [(item, _)] = number_items(facts_of(nlp, article).figures, articles={article.id: article})
    assert item.answer == "Forty-one percent" and "41" in item.accept
    assert len(item.choices) == 4 and item.answer in item.choices
    assert all(c.endswith(" percent") and c[0].isupper() and not any(ch.isdigit() for ch in c) for c in item.choices)


def test_a_margin_that_opens_a_range_is_no_figure(nlp):
    # "between five and 10 points": neither end is the story's margin
    facts = facts_of(nlp, make_article("Lund held a lead of between five and 10 percentage points all autumn.")).figures
    assert 5 not in [f.value for f in facts]


@pytest.mark.parametrize("text", [
    "She favours raising the wage from the current $7.25 to $12 an hour.",  # a change, not a range
    "Voters will choose a wage of $12 or $15 an hour.",  # two alternatives
])
def test_a_change_or_a_choice_of_two_numbers_is_no_range(nlp, text):
    figures = facts_of(nlp, make_article(text)).figures
    assert not any(isinstance(f.value, tuple) for f in figures)


def test_a_count_written_like_an_emergency_number_is_a_figure(nlp):
    facts = facts_of(nlp, make_article("The city's police made 911 arrests in the first half of the year."))
    assert [f.value for f in facts.figures] == [911]


def test_a_live_blog_s_running_tally_is_no_figure(nlp):
    """An update's present-tense tally holds at its time only; what was won stays a figure."""
    text = (
        "10:20 p.m.\n\nOverall, Senator Ralph Ostrom leads with 221 delegates.\n\n"
        "9:40 p.m.\n\nOverall, Senator Ralph Ostrom leads with 182 delegates.\n\n"
        "9:15 p.m.\n\nSenator Ralph Ostrom won 41 delegates in Ohio on Tuesday."
    )
    assert [f.value for f in facts_of(nlp, make_article(text)).figures] == [41]


def test_the_same_tally_in_a_news_story_is_a_figure(nlp):
    facts = facts_of(nlp, make_article("Overall, Senator Ralph Ostrom leads with 221 delegates."))
    assert [f.value for f in facts.figures] == [221]
