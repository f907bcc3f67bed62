"""An event card has one right answer over the whole article: no "who" when another actor does
the same, no "what" whose question names only the actor and the verb, nor one when the actor
does that verb twice."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck

BODY = (
    "Norway began conducting airstrikes on rebel targets last year, officials in Oslo confirmed.\n\n"
    "Denmark also conducted airstrikes on rebel bases, according to the Danish defence ministry.\n\n"
    "Sweden deployed 300 special forces troops in Finland to guard the border crossings.\n\n"
    "In 2024 the Nordic Council opened 12 new offices to serve the fishing towns. It also opened a "
    "training school for border guards."
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("event-one-answer")
    (folder / "nordic.txt").write_text(f"---\ntitle: Nordic strikes\ndate: 2024-06-04\n---\n{BODY}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="event-one-answer", events=True)


def cards(deck, actor, asks):
    return [i for i in deck.items if i.kind == "event" and i.actor == actor and i.asks == asks]


def test_no_who_card_when_another_country_does_the_same(deck):
    assert cards(deck, "Norway", "who") == []


def test_no_what_card_that_names_only_the_actor_and_the_verb(deck):
    assert cards(deck, "Norway", "what") == []  # "What did Norway begin doing?" pins nothing


def test_a_place_of_the_verb_pins_the_what_card(deck):
    [what] = cards(deck, "Sweden", "what")
    assert what.question == "What did Sweden deploy in Finland?"
    assert what.answer == "300 special forces troops"
    [who] = cards(deck, "Sweden", "who")
    assert who.question == "Which country deployed 300 special forces troops in Finland?"


def test_no_undated_what_card_when_the_actor_does_the_verb_twice(deck):
    # "What did the Nordic Council open in 2024?": it opened two things, perhaps both then (the story's own year: an earlier one would be background, see items.worth)
    assert cards(deck, "Nordic Council", "what") == []
    assert [i.answer for i in cards(deck, "Nordic Council", "who")] == ["Nordic Council"]


def test_a_date_goes_first_when_the_answer_ends_in_a_clause(tmp_path):
    body = (
        "On Monday, the State Department lifted a warning against travel to Sylvania, whose economy "
        "relies heavily on foreign visitors, to ease the strain."
    )
    (tmp_path / "ban.txt").write_text(f"---\ntitle: Ban lifted\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="ban", events=True)
    [who] = [i for i in deck.items if i.kind == "event" and i.asks == "who"]
    assert who.question == (
        "On 3 June 2024, which organisation lifted a warning against travel to Sylvania, whose economy "
        "relies heavily on foreign visitors?"
    )


def test_who_did_the_same_in_another_article_is_never_a_choice(tmp_path):
    bodies = {
        "a.txt": "Norway on Monday condemned the bombing of the Harlow embassy in Sylvania.",
        "b.txt": "Denmark condemned the bombing of the Harlow embassy on Tuesday.",
        "c.txt": "Sweden signed a trade deal with Finland.\n\nIceland signed a fishing pact with Canada.",
    }
    for name, body in bodies.items():
        (tmp_path / name).write_text(f"---\ntitle: {name}\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="bombing", events=True)
    whos = [i for i in deck.items if i.kind == "event" and i.asks == "who" and i.actor in ("Norway", "Denmark")]
    assert whos
    for who in whos:
        assert not {"Norway", "Denmark"} - {who.answer} & set(who.choices), who.choices


def test_no_who_card_for_an_act_whose_only_detail_is_a_name(tmp_path):
    # many endorse a candidate: "Who endorsed Marta Vance?" pins no one; the date does
    body = (
        "Governor Hal Pike endorsed Marta Vance last week and has appeared at her side since.\n\n"
        "On 3 May 2024, Senator Ruth Ames endorsed Tom Okafor at a rally in Dover."
    )
    (tmp_path / "nods.txt").write_text(f"---\ntitle: Endorsements\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="nods", events=True)
    questions = [i.question for i in deck.items if i.kind == "event" and i.asks == "who"]
    assert not any(q.rstrip("?").endswith("endorsed Marta Vance") for q in questions), questions


def test_an_institution_by_its_kind_is_asked_and_answered_by_its_name(tmp_path):
    # "the academy" is no answer and no subject a card can ask about: the name written before is
    body = (
        "The county board will vote on whether the Harwood Catholic Academy can move to Dover.\n\n"
        "The academy bought forty acres near the river in 2023 and asked for permission to build a campus."
    )
    (tmp_path / "school.txt").write_text(f"---\ntitle: School move\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="school", events=True)
    events = [i for i in deck.items if i.kind == "event"]
    assert events, "the academy's acts make cards"
    for item in events:
        assert "the academy" not in item.question.lower(), item.question
        assert item.answer.lower() not in ("academy", "the academy"), item.answer
    assert any("Harwood Catholic Academy" in (i.question + i.answer) for i in events)


def test_a_company_bought_has_one_buyer_so_its_who_card_is_asked(tmp_path):
    """"Who endorsed Trump?" has many answers; "Which organisation agreed to buy Halvorsen?" one."""
    body = (
        "Halvorsen Marine Inc. will become Nordkyst Halvorsen when its merger with Nordkyst Group "
        "of Bergen is completed, the shipyard said.\n\n"
        "Nordkyst Group, which is also a shipbuilder, agreed in June to buy Halvorsen for 8.2 million "
        "shares with a market value of about $310 million. The deal is expected to close by year end."
    )
    (tmp_path / "ships.txt").write_text(f"---\ntitle: Shipyard merger\ndate: 2024-10-30\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="takeover", events=True)
    who = [i for i in deck.items if i.kind == "event" and i.asks == "who" and "buy Halvorsen" in i.question]
    assert [i.answer for i in who] == ["Nordkyst Group"], [i.question for i in deck.items]


def test_the_headline_s_role_holder_is_no_second_doer_and_a_that_clause_is_cut(tmp_path):
    """The headline's "Party chair dismisses …" is the chair the lede names; the accusations'
    "that" clause makes the answer too long and goes, the possessor still says which."""
    body = (
        "Party chair dismisses Becker's accusations against the campaign's fundraising.\n\n"
        "National Party Chair Linda Hargrove dismissed Tom Becker's accusations that the Hale campaign is "
        "breaking state election law through its joint fundraising agreement with the party — saying the "
        "Becker campaign chose not to accept the same help.\n\n"
        "Both candidates signed the same agreement, Hargrove said in an interview on Tuesday."
    )
    title = "Party chair dismisses Becker's accusations against the campaign's fundraising"
    (tmp_path / "chair.txt").write_text(f"---\ntitle: {title}\ndate: 2016-04-20\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="chair", events=True)
    who = [i for i in deck.items if i.kind == "event" and i.asks == "who"]
    asked = [(i.question, i.answer) for i in who if i.question.startswith("Who dismissed")]
    assert asked == [("Who dismissed Tom Becker's accusations?", "Linda Hargrove")], [i.question for i in deck.items]


def test_a_double_surname_actor_is_spelt_as_the_article_names_the_person(tmp_path):
    body = (
        "Party chair dismisses Becker's accusations against the campaign's fundraising.\n\n"
        "Democratic National Committee Chair Debbie Kessler Schultz dismissed Tom Becker's accusations that the Hale campaign is "
        "breaking state election law through its joint fundraising agreement with the party — saying the "
        "Becker campaign chose not to accept the same help.\n\n"
        "Both candidates signed the same agreement, Kessler Schultz said in an interview on Tuesday."
    )
    title = "Party chair dismisses Becker's accusations against the campaign's fundraising"
    (tmp_path / "chair.txt").write_text(f"---\ntitle: {title}\ndate: 2016-04-20\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="chair2", events=True)
    answers = [i.answer for i in deck.items if i.kind == "event" and i.asks == "who" and i.question.startswith("Who dismissed")]
    assert answers == ["Debbie Kessler Schultz"], [(i.question, i.answer) for i in deck.items]


def test_a_people_narrowed_by_a_modifier_is_not_the_actor(tmp_path):
    """Americans "living in households making $100,000 or more" are not Americans at large: no
    "Which group …?" card answered "Americans"."""
    body = (
        "A Harbour poll shows that Americans living in households making $100,000 or more have abandoned "
        "the Republican party, led by Tom Becker, in favor of Ann Hale.\n\n"
        "The poll of 1,000 voters was taken last week and has a margin of error of three points."
    )
    (tmp_path / "poll.txt").write_text(f"---\ntitle: Wealthy voters abandon Republicans\ndate: 2016-09-20\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="narrowed", events=True)
    assert not [i for i in deck.items if i.kind == "event" and i.answer == "Americans"], [(i.question, i.answer) for i in deck.items]
