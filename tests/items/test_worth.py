"""Cards not worth studying are not made: peripheral people, background dates, trivia."""

import datetime as dt
from collections import Counter
from types import SimpleNamespace

import pytest

from quizgen.deck.generate import build_deck
from quizgen.items.peripheral_people import described, peripheral_person
from quizgen.items.ranking import ArticleSignals, lede_end, paragraph_mentions, prose_blocks
from quizgen.items.worth import not_worth, worth_a_card
from tests.articles import facts_of, make_article

ELECTION = (
    "Springfield mayor Helen Ortiz won a third term on Tuesday with 58 percent of the vote, defeating city "
    "councilman Rob Tanner.\n\n"
    "Ortiz, a former teacher, said the result was “a vote for safer streets and better schools.” Helen Ortiz "
    "thanked her volunteers at a rally downtown.\n\n"
    "Ortiz raised $2.4 million for her campaign, the most ever spent on a Springfield election. Turnout was 41 percent.\n\n"
    "Ortiz first won the office in 2012, and last year she opened a new library in the east of the city.\n\n"
    "Tanner conceded on Tuesday night. “The voters have spoken,” Tanner said.\n\n"
    "“Incumbents with money rarely lose local races,” said Laura Finch, a professor of political science at "
    "Hill University."
)


@pytest.fixture(scope="module")
def election(nlp):
    article = make_article(
        ELECTION,
        date="2017-11-08",
        title="Springfield mayor Helen Ortiz wins third term with 58 percent",
    )
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def test_the_story_s_key_facts_are_made(election):
    answers = {(i.kind, i.answer) for i in election}
    assert {
        ("number", "58 percent"),
        ("number", "$2.4 million"),
        ("quote", "Helen Ortiz"),
    } <= answers
    assert any(i.kind == "date" and i.value == "2017-11-07" for i in election)  # the day she won


def test_a_one_off_commentator_gets_no_card(election):
    assert not any("Laura Finch" in (i.answer, getattr(i, "person", "")) for i in election)


def test_background_years_get_no_card(election):
    years = {i.value for i in election if i.kind == "date"}
    assert "2012" not in years  # the year she first won, recalled after the lede
    assert "2016" not in years  # "last year she opened a new library"


def test_every_card_made_is_worth_a_card(election):
    assert election and all(i.importance >= 0.2 for i in election)


def _signals(**people: tuple[int, int]) -> ArticleSignals:
    """An article titled "Harbor board approves port expansion" naming each person (mentions, quotes)."""
    return ArticleSignals(
        title="Harbor board approves port expansion, Osei says",
        length=2000,
        lede_end=400,
        mentions=Counter({p: m for p, (m, _) in people.items()}),
        quotes=Counter({p: q for p, (_, q) in people.items()}),
    )


def _person(name: str, role: str, start: int = 1200):
    evidence = [
        SimpleNamespace(source="a1", start=start, end=start + 80, text=f"{name}, {role}, said so.")
    ]
    return SimpleNamespace(
        kind="person",
        person=name,
        role=role,
        question=f"Who was the {role}?",
        answer=name,
        style="question",
        evidence=evidence,
        tags=[],
    )


CAST = {
    "Victor Osei": (6, 4),
    "Alan Reyes": (3, 2),
    "Laura Finch": (1, 1),
    "Justin Trudeau": (1, 0),
    "Mia Park": (2, 2),
}


@pytest.mark.parametrize(
    ("name", "role", "start", "expected"),
    [
        ("Laura Finch", "professor of political science at Hill University", 1200, "outside voice"),
        (
            "Mia Park",
            "analyst at Fenwick Research",
            1200,
            "outside voice",
        ),  # quoted twice, named less than half as often as Osei
        (
            "Justin Trudeau",
            "Canadian Prime Minister",
            1200,
            "passing mention",
        ),  # a comparison, once
        (
            "Justin Trudeau",
            "Canadian Prime Minister",
            100,
            None,
        ),  # named in the lede: part of the story
        ("Alan Reyes", "board member", 1200, None),  # an actor of the story, named three times
        ("Victor Osei", "chairman of the harbor board", 1200, None),  # the story's main person
        ("Victor Osei", "spokesman for the harbor board", 1200, None),  # in the headline
    ],
)
def test_peripheral_person(name, role, start, expected):
    assert peripheral_person(_person(name, role, start), _signals(**CAST), start) == expected


def test_a_commentator_in_a_corner_of_a_long_story_is_an_outside_voice():
    # a broker quoted in 3 of 34 paragraphs of a trend story no one person carries: however often
    # he is quoted there, he comments on the story; named in the lede, he would be part of it
    art = _signals(**{"Ted Brandt": (3, 3), "Victor Osei": (4, 2)})
    art.prose_paragraphs, art.paragraphs = 34, Counter({"Ted Brandt": 3, "Victor Osei": 4})
    assert (
        peripheral_person(_person("Ted Brandt", "broker based in Tampa", 1200), art, 1200)
        == "outside voice"
    )
    assert (
        peripheral_person(
            _person("Ted Brandt", "senior vice president of Burns Real Estate Consulting", 1200),
            art,
            1200,
        )
        == "outside voice"
    )
    art.lede_text = (
        "Harbor board approves port expansion\nTed Brandt, a broker, says the port will double."
    )
    assert (
        peripheral_person(_person("Ted Brandt", "broker based in Tampa", 1200), art, 1200) is None
    )
    art.lede_text, art.paragraphs = "", Counter({"Ted Brandt": 8, "Victor Osei": 4})
    assert (
        peripheral_person(_person("Ted Brandt", "broker based in Tampa", 1200), art, 1200) is None
    )  # across the story


def test_a_peripheral_person_s_card_is_not_made_whatever_its_score():
    signals = {"a1": _signals(**CAST)}
    assert not worth_a_card(_person("Laura Finch", "economist at Hill University"), 0.9, signals)
    assert not_worth(_person("Alan Reyes", "board member"), signals) is None
    assert worth_a_card(_person("Alan Reyes", "board member"), 0.9, signals)
    assert not worth_a_card(
        _person("Alan Reyes", "board member"), 0.1, signals
    )  # below MIN_IMPORTANCE


def _dated(question: str, start: int):
    evidence = [
        SimpleNamespace(
            source="a1", start=start, end=start + 80, text=question.replace("____", "on Monday")
        )
    ]
    return SimpleNamespace(
        kind="date",
        value="2017-11-06",
        question=question,
        answer="6 November 2017",
        style="cloze",
        evidence=evidence,
        tags=[],
    )


def test_the_day_someone_spoke_is_news_only_in_the_lede():
    """The parse reads both days as a remark's (``DateFact.occasion``); in the lede it is the news."""
    remarks = ((10, "2017-11-06", "remark"), (1210, "2017-11-06", "remark"))
    signals = {
        "a1": ArticleSignals(
            title="Acme to bid for Beta", length=2000, lede_end=400, date_occasions=remarks
        )
    }
    assert not_worth(_dated("Acme said ____ that it would bid for Beta.", 0), signals) is None
    assert (
        not_worth(_dated("A Beta spokeswoman said ____ that the board would meet.", 1200), signals)
        == "trivia: remark date"
    )


def test_a_person_named_mostly_by_surname_is_central_not_peripheral():
    """The deck may leave "Nolan" unresolved (two Nolans in two articles): the article's
    "Nolan"s still count for its only Grace Nolan."""
    art = ArticleSignals(
        title="Budget vote delayed",
        length=2000,
        lede_end=400,
        mentions=Counter({"Nolan": 6, "Grace Nolan": 1, "Ed Park": 2}),
        quotes=Counter({"Grace Nolan": 1}),
    )
    assert art.centrality("Grace Nolan") == 1.0
    quote = SimpleNamespace(
        kind="quote",
        answer="Grace Nolan",
        role=None,
        question="Who said: “We will wait”?",
        style="question",
        tags=[],
        evidence=[SimpleNamespace(source="a1", start=1200, end=1250, text="x")],
    )
    assert not_worth(quote, {"a1": art}) is None
    assert peripheral_person(_person("Grace Nolan", "Deputy Mayor"), art, 1200) is None


def _window_signals(**extra) -> dict[str, ArticleSignals]:
    """An article published on 8 November 2017 whose lede ends at offset 400."""
    return {
        "a1": ArticleSignals(
            title="Port strike ends",
            length=3000,
            lede_end=400,
            published=dt.date(2017, 11, 8),
            **extra,
        )
    }


def _date_card(value: str, start: int):
    evidence = [
        SimpleNamespace(
            source="a1", start=start, end=start + 60, text="The dockers walked out in the spring."
        )
    ]
    return SimpleNamespace(
        kind="date",
        value=value,
        question="The dockers walked out in ____.",
        answer=value,
        style="cloze",
        evidence=evidence,
        tags=[],
    )


@pytest.mark.parametrize(
    ("value", "start", "expected"),
    [
        ("2017-11-06", 1200, None),  # two days before: the story's news
        ("2017-10-02", 1200, None),  # five weeks before: still the story's time
        ("2017-12-20", 1200, None),  # six weeks ahead: what the story announces
        ("2017-11", 1200, None),  # the month of publication
        # the year of publication alone: the card asks the year the article appeared, lede or not
        ("2017", 1200, "trivia: story's own year"),
        ("2017", 100, "trivia: story's own year"),
        ("2017-06", 1200, "background date"),  # five months before, recalled after the lede
        ("2017-06-14", 1200, "background date"),
        ("2015", 1200, "background date"),
        ("2018-05", 1200, "background date"),  # half a year ahead: a later stage, not the news
        ("2017-06", 100, None),  # in the lede: the story's own
        ("2015", 100, "background date"),  # in the lede but years before: how it introduces someone
        ("2019", 100, None),  # in the lede and years ahead: what is to come
    ],
)
def test_a_date_outside_the_story_s_time_is_background(value, start, expected):
    assert not_worth(_date_card(value, start), _window_signals()) == expected


def test_a_lede_s_day_anchors_the_story_s_time():
    """A story published months after the event its lede dates: days around that event are news."""
    signals = _window_signals(dates=((120, "2017-06-12"),))
    assert not_worth(_date_card("2017-06-14", 1200), signals) is None
    assert not_worth(_date_card("2016-06-14", 1200), signals) == "background date"


def _event_card(start: int, text: str):
    evidence = [SimpleNamespace(source="a1", start=start, end=start + len(text), text=text)]
    return SimpleNamespace(
        kind="event",
        actor="the union",
        verb="strike",
        asks="what",
        question="What did the union do?",
        answer="struck",
        style="question",
        evidence=evidence,
        tags=[],
    )


def test_an_event_its_sentence_dates_outside_the_story_s_time_is_background():
    text = "In March 2009, the union struck for six weeks."
    signals = _window_signals(dates=((1203, "2009-03"),))
    assert not_worth(_event_card(1200, text), signals) == "background event"
    # the lede recalls an event years before to introduce its actor ("joined the firm in 2009")
    assert (
        not_worth(_event_card(100, text), _window_signals(dates=((103, "2009-03"),)))
        == "background event"
    )
    months = "In June 2017, the union struck for six weeks."
    assert (
        not_worth(_event_card(100, months), _window_signals(dates=((103, "2017-06"),))) is None
    )  # the lede's news
    recent = _window_signals(dates=((1203, "2017-11-06"),))
    assert (
        not_worth(_event_card(1200, "On Monday, the union struck for six hours."), recent) is None
    )
    assert (
        not_worth(_event_card(1200, "The union struck for six weeks."), _window_signals()) is None
    )  # undated


def _scene_signals(paragraphs: dict[str, int], **people: tuple[int, int]) -> ArticleSignals:
    """A 20-paragraph article about a port strike led by Victor Osei."""
    art = _signals(**people)
    art.paragraphs = Counter(paragraphs)
    art.prose_paragraphs = 20
    art.lede_words = frozenset({"osei", "union", "strike", "port"})
    return art


SCENE = {
    "Victor Osei": 12,
    "Dana Kirby": 1,
    "Ruth Adler": 2,
    "Sam Park": 4,
    "Omar Haddad": 1,
    "Lena Hart": 2,
}
SCENE_CAST = {
    "Victor Osei": (14, 6),
    "Dana Kirby": (2, 1),
    "Ruth Adler": (2, 1),
    "Sam Park": (5, 2),
    "Omar Haddad": (2, 0),
    "Lena Hart": (5, 1),
}


@pytest.mark.parametrize(
    ("name", "role", "expected"),
    [
        ("Dana Kirby", "hardware store owner in Harbor City", "one-scene voice"),  # a vox-pop voice
        ("Ruth Adler", "defense lawyer", "one-scene voice"),  # an outside lawyer, two paragraphs
        ("Ruth Adler", "spokeswoman for the shippers", "outside voice"),
        (
            "Sam Park",
            "hardware store owner in Harbor City",
            None,
        ),  # in four paragraphs: part of the story
        # an office-holder named twice in one paragraph of a story about others: mentioned in passing
        ("Omar Haddad", "state senator", "passing mention"),
        ("Omar Haddad", "campaign adviser", "passing mention"),
        ("Lena Hart", "state senator", None),  # one scene, but named there often: she acts in it
        ("Omar Haddad", "Port Authority commissioner", None),  # an office of what the lede is about
        (
            "Ruth Adler",
            "delegate from Vermont",
            "passing mention",
        ),  # an office's one line on the floor
        (
            "Omar Haddad",
            "British-Libyan man",
            None,
        ),  # named, never quoted: may be the story's actor
        ("Victor Osei", "union leader", None),  # the main person
    ],
)
def test_a_one_scene_voice_gets_no_person_card(name, role, expected):
    art = _scene_signals(SCENE, **SCENE_CAST)
    assert peripheral_person(_person(name, role), art, 1200) == expected


def test_a_person_the_lede_names_is_no_one_scene_voice():
    art = _scene_signals(SCENE, **SCENE_CAST)
    art.lede_words = art.lede_words | {"kirby"}
    assert (
        peripheral_person(_person("Dana Kirby", "hardware store owner in Harbor City"), art, 1200)
        is None
    )


def test_paragraph_mentions_count_each_paragraph_once():
    blocks = [
        SimpleNamespace(
            start=0, end=50, kind="text", text="Osei led the strike at the port on Monday."
        ),
        SimpleNamespace(start=51, end=60, kind="image", text="photo"),
        SimpleNamespace(
            start=61,
            end=140,
            kind="text",
            text="Osei said the union would return. He thanked Kirby.",
        ),
    ]
    named = [
        ("Victor Osei", 0),
        ("Victor Osei", 61),
        ("Victor Osei", 100),
        ("Dana Kirby", 130),
        ("Dana Kirby", 55),
    ]
    assert paragraph_mentions(blocks, named) == Counter({"Victor Osei": 2, "Dana Kirby": 1})
    assert len(prose_blocks(blocks)) == 2


def test_a_paragraph_repeating_the_headline_is_not_the_lede():
    title = "Dockers end port strike at Harbor City after six weeks"
    blocks = [
        SimpleNamespace(
            start=0,
            end=41,
            kind="text",
            text="Dockers end port strike at Harbor City after six weeks.",
        ),
        SimpleNamespace(
            start=42,
            end=120,
            kind="text",
            text="Dockers at Harbor City returned to work on Monday after a six-week strike.",
        ),
        SimpleNamespace(
            start=121,
            end=200,
            kind="text",
            text="The union won a pay rise of 4 percent a year for three years, its leader said.",
        ),
        SimpleNamespace(
            start=201,
            end=260,
            kind="text",
            text="Shippers had warned that the strike would cost millions of dollars.",
        ),
    ]
    assert lede_end(blocks, title=title) == 200
    assert lede_end(blocks) == 120


BRIDGE = (
    "A road bridge over the Tamar river collapsed on 3 March 2014, killing four people and injuring 12.\n\n"
    "Rescue teams worked through the night to reach cars trapped in the water below the bridge.\n\n"
    "In a statement issued on 4 March 2014, Tamar Builders Inc. said it had warned the county council "
    "about cracks in the deck.\n\n"
    "Profit at Tamar Builders Inc. rose to $41.5 million in 2013. In the year-earlier period, Tamar "
    "Builders Inc. had net income of $37.2 million."
)


@pytest.fixture(scope="module")
def bridge(nlp):
    article = make_article(BRIDGE, date="2014-03-05", title="Four killed as Tamar bridge collapses")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def test_the_day_of_an_event_gets_a_card_and_the_day_of_a_remark_does_not(bridge):
    dates = {i.value for i in bridge if i.kind == "date"}
    assert "2014-03-03" in dates  # the collapse
    assert "2014-03-04" not in dates  # the day of the company's statement


def test_a_comparison_s_baseline_gets_no_card(bridge):
    figures = {i.answer for i in bridge if i.kind == "number"}
    assert (
        "$37.2 million" not in figures
    )  # the year-earlier period's, named between marker and figure


RALLY = (
    "Senator Maria Delgado promised to cut property taxes for Iowa families at a crowded rally in Ames on Saturday, "
    "two weeks before the state's caucuses.\n\n"
    "“Every family in this state deserves a tax bill it can actually pay,” Delgado told about 2,000 supporters at the "
    "county fairgrounds.\n\n"
    "Delgado, who leads the Republican field in recent polls, said her plan would be paid for by closing loopholes for "
    "large corporations.\n\n"
    "Her campaign said it raised $3 million in January, more than any rival.\n\n"
    "Delgado also criticised her main rival, Governor Tom Reilly, for raising fees on drivers last year. “The governor "
    "has asked working people to carry the whole load,” she said.\n\n"
    "“I drove forty miles through the snow because she talks about the bills we pay every month,” said Carol Jensen, "
    "a 54-year-old retired nurse from Boone who attended the rally with her husband.\n\n"
    "“My neighbours feel the same way about the taxes on our farms,” Jensen said.\n\n"
    "Delgado will hold two more events in Des Moines on Sunday."
)


@pytest.fixture(scope="module")
def rally(nlp):
    article = make_article(
        RALLY, date="2016-01-17", title="Delgado promises property tax cuts at Ames rally"
    )
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def test_a_voter_quoted_in_one_scene_of_a_rally_gets_no_quote_card(rally):
    speakers = {i.answer for i in rally if i.kind == "quote"}
    assert (
        "Carol Jensen" not in speakers
    )  # a retired nurse at the rally, quoted in paragraphs 6 and 7
    assert "Maria Delgado" in speakers  # the candidate the story is about


def test_the_voter_is_a_side_voice_only_while_she_stays_in_one_scene(nlp):
    # the same voter, named in the lede: the story is about her, her words are asked
    lede = RALLY.replace(
        "two weeks before the state's caucuses.",
        "two weeks before the state's caucuses, as "
        "voters such as Carol Jensen drove in through the snow.",
    )
    article = make_article(
        lede, date="2016-01-17", title="Delgado promises property tax cuts at Ames rally"
    )
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert "Carol Jensen" in {i.answer for i in items if i.kind == "quote"}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("54-year-old retired nurse", True),
        ("cook at the Taj", True),
        ("Trump supporter", True),
        ("50", True),  # "Joy Alessi, 50, said": an age is all the story says of her
        ("national security official", False),
        ("campaign manager", False),
        ("victim's mother", False),  # a party to the case
        ("State", False),  # a piece of "Secretary of State John Kerry"
        ("Mr.", False),  # nothing read of who he is: a candidate may be named so
        (None, False),
    ],
)
def test_a_description_is_no_office(role, expected):
    assert described(role) is expected


@pytest.mark.parametrize(
    ("value", "occasion", "expected"),
    [
        ("2017-10-12", "description", "background date"),  # a month before, describing a place
        ("2017-11-06", "description", None),  # two days before: the week's news, however told
        ("2017-10-12", "", None),  # a month before, the story's own event
    ],
)
def test_a_date_that_only_describes_something_named_is_background(value, occasion, expected):
    """ "the warehouse, where a fire broke out on 12 October": what a place once saw."""
    signals = _window_signals(date_occasions=((1210, value, occasion),))
    assert not_worth(_date_card(value, 1200), signals) == expected


def test_a_date_in_a_relative_clause_is_read_as_a_description(nlp):
    text = (
        "Dock workers ended their strike on Tuesday after a new pay deal.\n\n"
        "The union's leader spoke at the Harbour Hall, where three guards were injured on Oct. 12 in a riot."
    )
    facts = facts_of(nlp, make_article(text, date="2017-11-08")).dates
    assert {f.value: f.occasion for f in facts} == {"2017-11-07": "", "2017-10-12": "description"}


def test_the_day_someone_spoke_in_the_lede_is_trivia_when_it_is_the_report_s_day():
    """ "Acme said on Monday that it would bid" in Monday's report asks the date on the page."""

    def signals(published):
        return {
            "a1": ArticleSignals(
                title="Acme to bid for Beta",
                length=2000,
                lede_end=400,
                published=published,
                date_occasions=((4, "2017-11-06", "remark"),),
            )
        }

    card = _dated("Acme said ____ that it would bid for Beta.", 0)
    assert not_worth(card, signals(dt.date(2017, 11, 6))) == "trivia: remark date"
    assert not_worth(card, signals(dt.date(2017, 11, 7))) is None  # Tuesday's report: Monday's news


def test_a_day_before_the_reported_clause_is_the_day_of_the_saying(nlp):
    article = make_article(
        "Mining tycoon Karl Brandt said on Friday he met Anna Holt earlier this week.",
        date="2015-12-18",
    )
    assert [(f.value, f.occasion) for f in facts_of(nlp, article).dates] == [
        ("2015-12-18", "remark")
    ]


def test_a_part_of_the_day_does_not_hide_the_verb_of_saying(nlp):
    article = make_article(
        "The harbour master said on Tuesday evening that the port would reopen.", date="2017-11-08"
    )
    assert [(f.value, f.occasion) for f in facts_of(nlp, article).dates] == [
        ("2017-11-07", "remark")
    ]


def test_a_date_describing_who_a_speaker_is_is_read_as_the_speaker_s(nlp):
    text = (
        "Dock workers ended their strike on Tuesday after a new pay deal.\n\n"
        "“We held out for every one of us,” said Ana Ruiz, a 42-year-old crane driver who spent part of Sunday night "
        "on the picket line.\n\n"
        "The port authority, which was founded in March, said ships would soon use the east terminal, which was "
        "damaged in April."
    )
    facts = facts_of(nlp, make_article(text, date="2017-11-08")).dates
    assert {f.value: f.occasion for f in facts} == {
        "2017-11-07": "",
        "2017-11-05": "speaker description",  # who the crane driver is
        "2017-03": "speaker description",  # what the port authority, the speaker, is
        "2017-04": "description",  # what the terminal went through: no speaker
    }


@pytest.mark.parametrize(("start", "expected"), [(1200, "trivia: speaker's date"), (100, None)])
def test_a_speaker_s_date_is_news_only_in_the_lede(start, expected):
    signals = _window_signals(date_occasions=((start + 10, "2017-11-05", "speaker description"),))
    assert not_worth(_date_card("2017-11-05", start), signals) == expected


def test_a_year_the_date_reader_takes_for_a_modifier_still_dates_an_event():
    text = "In the run-up to the 2009 elections, the union struck for six weeks."
    modifier = _window_signals(date_occasions=((1221, "2009", "modifier"),))
    assert not_worth(_event_card(1200, text), modifier) == "background event"
    recent = _window_signals(date_occasions=((1212, "2017", "modifier"),))
    assert (
        not_worth(_event_card(1200, "Ahead of the 2017 elections, the union struck."), recent)
        is None
    )
    # the sentence's own date comes first: "in March 2017" dates the strike, not "the 2009 elections"
    both = _window_signals(
        dates=((1203, "2017-11"),),
        date_occasions=((1203, "2017-11", ""), (1250, "2009", "modifier")),
    )
    assert (
        not_worth(
            _event_card(1200, "In November the union struck, as it had before the 2009 elections."),
            both,
        )
        is None
    )


def test_a_year_that_only_qualifies_a_noun_gets_no_card():
    """ "the ____ elections" blanks a modifier (``DateFact.occasion`` "modifier"), whatever the
    wording around the blank; the same year dating an event of the sentence is its date."""
    card = _date_card("2015", 1200)
    assert (
        not_worth(card, _window_signals(date_occasions=((1230, "2015", "modifier"),)))
        == "modifying date"
    )
    both = _window_signals(date_occasions=((1210, "2015", ""), (1230, "2015", "modifier")))
    assert not_worth(card, both) != "modifying date"


def test_a_modifier_year_dates_an_event_of_a_real_article(nlp):
    """From the text to the filter: the date reader keeps "the 2009 elections" as a modifier year,
    which makes no date card of its own but makes the strike it dates background."""
    text = (
        "Dockers at the port of Valmont ended a nine-day strike on Monday after the company raised its offer.\n\n"
        "The union voted to accept the deal by a wide margin, its leaders said.\n\n"
        "In the run-up to the 2009 elections, the union struck for six weeks over pensions.\n"
    )
    article = make_article(text, date="2017-11-08", title="Port strike ends")
    facts = facts_of(nlp, article)
    assert [(d.text, d.occasion) for d in facts.dates if d.value == "2009"] == [
        ("2009", "modifier")
    ]
    deck = build_deck([facts], deck_id="t", title="T", events=True)
    assert not [i for i in deck.items if i.kind == "date" and i.value == "2009"]
    assert not [i for i in deck.items if i.kind == "event" and "pensions" in i.evidence[0].text]


DICTATOR = (
    "Mayor Dana Whitfield posted a slogan on Monday that critics traced to a speech by a dictator.\n\n"
    "Whitfield said she had not known where the slogan came from. “I liked the words,” Whitfield said.\n\n"
    "The line was first spoken by WWII Italian dictator Benito Mussolini, historians said.\n\n"
    "Whitfield later deleted the post, and her office said the mayor regretted it."
)


def test_a_figure_of_history_gets_no_role_card_dated_at_the_story_s_time(nlp):
    article = make_article(DICTATOR, date="2016-03-01", title="Mayor deletes slogan")
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert not any(i.kind == "person" and i.answer == "Benito Mussolini" for i in items)
    assert any(i.kind == "quote" and i.answer == "Dana Whitfield" for i in items)


def _long_story(side_paragraphs: int) -> str:
    """A long story about a mayor's budget in which a neighbour's official comments in some paragraphs."""
    paragraphs = [
        "Mayor Carla Wendt unveiled a budget on Monday that cuts the city's police overtime by a third.",
        "Wendt said the plan would close a deficit of $40 million without raising taxes.",
    ]
    paragraphs += [
        f"Wendt told the council that item {n} of the plan would save money. “It is fair,” Wendt said."
        for n in range(3, 17)
    ]
    paragraphs += [
        f"“The mayor has done her homework on part {n},” said Tom Hadley, the budget director of a nearby county."
        for n in range(side_paragraphs)
    ]
    paragraphs += ["The council will vote on the budget next month, Wendt said."]
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize(("side_paragraphs", "kept"), [(1, False), (4, True)])
def test_a_titled_voice_of_one_scene_of_a_long_story_gets_no_quote_card(nlp, side_paragraphs, kept):
    article = make_article(
        _long_story(side_paragraphs), date="2017-03-07", title="Mayor unveils budget"
    )
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert any(i.kind == "quote" and i.answer == "Tom Hadley" for i in items) == kept


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Hungarian Foreign Minister", True),
        ("Russian Foreign Minister", False),
        ("Rep.", False),
        ("Republican Rep.", False),  # a party, not a nationality
        ("Senate Majority Leader", False),  # a body of the country, not its people
    ],
)
def test_a_country_s_office_is_of_a_story_whose_lede_names_the_country(role, expected):
    from quizgen.items.peripheral_people import office_of_the_story

    lede = frozenset({"hungary", "nato", "washington", "united", "states"})
    signals = ArticleSignals(
        title="Hungary joins NATO", length=2000, lede_end=200, lede_entities=lede
    )
    assert office_of_the_story(role, signals) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("chair of Brown County", True),  # the county the lede names
        ("chair of Palm Beach County", False),  # another county: "County" ties it to no name
        ("Democratic chair of Palm Beach County", False),  # a party's adjective is no nationality
        ("Wisconsin Democratic chair", True),
    ],
)
def test_an_office_is_of_the_story_by_its_place_s_own_name(role, expected):
    from quizgen.items.peripheral_people import office_of_the_story

    lede = frozenset({"brown", "county", "wisconsin", "white", "house"})
    signals = ArticleSignals(
        title="Inside the swing-state fight", length=9000, lede_end=600, lede_entities=lede
    )
    assert office_of_the_story(role, signals) == expected


def _quote(name: str, role: str | None, start: int = 1200):
    evidence = [
        SimpleNamespace(
            source="a1",
            start=start,
            end=start + 80,
            text=f"“We will reopen the port,” said {name}.",
        )
    ]
    return SimpleNamespace(
        kind="quote",
        answer=name,
        role=role,
        question="Who said: “We will reopen the port”?",
        style="question",
        tags=["quote"],
        evidence=evidence,
    )


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("spokeswoman for the harbor board", "peripheral: spokesperson"),
        ("Port Authority press secretary", "peripheral: spokesperson"),
        ("the union's communications director", "peripheral: spokesperson"),
        ("a representative for the family", "peripheral: spokesperson"),
        ("chairwoman of the harbor board", None),  # she acts: her word is the news
        ("Representative", None),  # a member of a house, not someone speaking for one
    ],
)
def test_a_spokesperson_s_quote_and_person_cards_are_not_made(role, expected):
    # quoted in many paragraphs, she still speaks for the board: who she is is not the news
    art = _signals(**{"Kate Moreno": (5, 5), "Victor Osei": (6, 4)})
    signals = {"a1": art}
    assert not_worth(_quote("Kate Moreno", role), signals) == expected
    person = _person("Kate Moreno", role)
    assert (not_worth(person, signals) == "peripheral: spokesperson") == (expected is not None)


def test_a_trade_body_s_head_quoted_once_after_the_lede_is_an_aside():
    # the harbor story's actors are the board and Osei; an industry's voice comments on it
    art = _signals(**{"Rita Lang": (1, 1), "Victor Osei": (6, 4)})
    role = "president of the Regional Shipping Association"
    assert not_worth(_quote("Rita Lang", role), {"a1": art}) == "peripheral: aside"
    assert not_worth(_quote("Rita Lang", role, start=100), {"a1": art}) is None  # in the lede: the story's
    art.title = "Shipping association head Lang fights port expansion"
    assert not_worth(_quote("Rita Lang", role), {"a1": art}) is None  # the headline's


def test_a_spokesperson_the_headline_names_keeps_their_cards():
    art = _signals(**{"Kate Moreno": (5, 5)})
    art.title = "Moreno quits as harbor board spokeswoman"
    assert not_worth(_quote("Kate Moreno", "spokeswoman for the harbor board"), {"a1": art}) is None


def test_a_quote_card_of_someone_the_article_calls_a_spokesman_elsewhere_is_not_made():
    art = _signals(**{"Kate Moreno": (5, 5)})
    art.voices = ((900, 960, "Kate Moreno", "spokeswoman for the harbor board"),)
    assert not_worth(_quote("Kate Moreno", None), {"a1": art}) == "peripheral: spokesperson"


def test_someone_the_lede_names_once_in_passing_gets_no_role_card():
    # "… criticism for his overtures to Canadian Prime Minister Justin Trudeau": once, in the lede,
    # in one paragraph of twenty; the story's main person is named ten times
    art = _scene_signals(
        {"Victor Osei": 12, "Justin Trudeau": 1},
        **{"Victor Osei": (10, 4), "Justin Trudeau": (1, 0)},
    )
    assert (
        peripheral_person(_person("Justin Trudeau", "Canadian Prime Minister", 100), art, 100)
        == "passing mention"
    )
    # named once, but the parse reads him as the doer of a lede clause ("… Trudeau decided …")
    art.lede_doers = frozenset({"Trudeau"})
    assert (
        peripheral_person(_person("Justin Trudeau", "Canadian Prime Minister", 100), art, 100)
        is None
    )
    art.lede_doers = frozenset()
    # named once but shown again by pronoun in other paragraphs: the lede's actor
    art.paragraphs["Justin Trudeau"] = 3
    assert (
        peripheral_person(_person("Justin Trudeau", "Canadian Prime Minister", 100), art, 100)
        is None
    )


def test_a_lede_day_years_before_publication_anchors_no_window():
    """A 2017 story whose lede recalls "the attacks of Sept. 11, 2001": that day is background,
    not the story's time (nor are the days around it)."""
    signals = _window_signals(dates=((150, "2001-09-11"),))
    assert not_worth(_date_card("2001-09-11", 150), signals) == "background date"
    assert not_worth(_date_card("2001-09-14", 1200), signals) == "background date"


def test_a_lede_doer_named_once_keeps_their_card(nlp):
    """Real spaCy: the lede's doer, named once, keeps the card; a leader the lede mentions
    once beside the news does not."""
    text = (
        "Harbor board chairman Victor Osei struck a deal with the dockers' union on Monday, drawing praise from "
        "Canadian Prime Minister Justin Trudeau. Fire chief Ana Duarte ordered the docks cleared before the vote.\n\n"
        "Osei said the deal would raise wages. Osei told the board the port would reopen on Friday.\n\n"
        "The union's members voted 300 to 12 for the contract, Osei said.\n\n"
        "Osei had warned that the strike was costing the port $2 million a day."
    )
    deck = build_deck(
        [
            facts_of(
                nlp, make_article(text, date="2017-11-08", title="Harbor strike ends with deal")
            )
        ],
        deck_id="t",
        title="T",
    )
    people = {i.person for i in deck.items if i.kind == "person"}
    assert "Justin Trudeau" not in people
    assert "Ana Duarte" in people


def test_a_role_stated_in_passing_of_someone_the_story_is_not_about_gets_no_card():
    # a governor named twice in a long story about a harbor board's chairman (named ten times),
    # never in its headline or lede: the office is famous, the story does not teach it
    art = _signals(**{"Victor Osei": (6, 4), "Nora Vance": (2, 0), "Alan Reyes": (3, 2)})
    assert peripheral_person(_person("Nora Vance", "Ohio Governor"), art, 1200) == "passing role"
    assert (
        peripheral_person(_person("Alan Reyes", "Ohio Governor"), art, 1200) is None
    )  # half as often as Osei
    art.lede_text = (
        "Harbor board approves port expansion\nGov. Nora Vance backed the plan on Monday."
    )
    assert (
        peripheral_person(_person("Nora Vance", "Ohio Governor"), art, 1200) is None
    )  # the lede names her


def test_the_day_of_a_state_is_trivia_even_in_the_lede():
    """ "On ____, the mayor was still furious about the vote" asks the day a mood was reported."""
    signals = {
        "a1": ArticleSignals(
            title="Council cuts library hours",
            length=2000,
            lede_end=400,
            date_occasions=((3, "2017-11-06", "state"),),
        )
    }
    assert (
        not_worth(_dated("On ____, the mayor was still furious about the vote.", 0), signals)
        == "trivia: state's date"
    )


def test_a_day_every_reading_of_which_is_trivia_is_trivia():
    """The card's evidence runs over two sentences of the same day: a state's and a remark's."""
    art = ArticleSignals(
        title="Council cuts library hours",
        length=2000,
        lede_end=0,
        date_occasions=((3, "2017-11-06", "state"), (60, "2017-11-06", "remark")),
    )
    card = _dated("On ____, the mayor was still furious about the vote.", 0)
    assert not_worth(card, {"a1": art}) == "trivia: state's date"
    # one reading is an event's: the day is the news
    art.date_occasions = ((3, "2017-11-06", "state"), (60, "2017-11-06", ""))
    assert not_worth(card, {"a1": art}) is None


def test_the_day_of_writing_is_no_event_even_in_the_lede():
    """ "____ marks four weeks since the dam burst" asks which day the report was written."""
    signals = {
        "a1": ArticleSignals(
            title="Dam town rebuilds",
            length=2000,
            lede_end=400,
            date_occasions=((4, "2017-11-06", "day of writing"),),
        )
    }
    assert (
        not_worth(_dated("____ marks four weeks since the dam burst.", 0), signals)
        == "trivia: day of writing"
    )


def test_a_term_of_a_security_is_trivia_even_in_the_lede():
    """ "The debentures are due ____" asks the contract's schedule, not an event of the story:
    readers marked a maturity and a record date as trivia, in the lede too."""
    signals = {
        "a1": ArticleSignals(
            title="Harbor Tools sells debentures",
            length=2000,
            lede_end=400,
            date_occasions=((4, "2017-11-06", "term"),),
        )
    }
    card = _dated("Harbor Tools sold $50 million of debentures due ____.", 0)
    assert not_worth(card, signals) == "trivia: instrument term"
    signals["a1"].date_occasions = ((4, "2017-11-06", ""),)  # the day of the sale: the news
    assert not_worth(card, signals) is None


def test_an_elected_legislator_quoted_in_one_scene_keeps_the_quote_card(nlp):
    story = _long_story(0).replace(
        "The council will vote",
        "“The mayor has done her homework,” said Sen. Tom Hadley, who represents the city in the state Senate.\n\n"
        "The council will vote",
    )
    article = make_article(story, date="2017-03-07", title="Mayor unveils budget")
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert any(i.kind == "quote" and i.answer == "Tom Hadley" for i in items)
