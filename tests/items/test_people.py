import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.roles import normalise_role, role_key, title_before
from tests.articles import facts_of, make_article

CASES = [
    ("NATO Secretary General Jens Stoltenberg put terrorism at the top of the agenda.",
     [("Jens Stoltenberg", "NATO Secretary General")]),
    ("British Prime Minister Theresa May said many victims were children.",
     [("Theresa May", "British Prime Minister")]),
    ("U.S. Secretary of State John Kerry said there was no time to waste.",
     [("John Kerry", "U.S. Secretary of State")]),
    ("Jens Stoltenberg, the secretary-general of NATO (the North Atlantic Treaty Organization), said allies must act.",
     [("Jens Stoltenberg", "NATO Secretary-General")]),
    ("The head of NATO, Jens Stoltenberg, said allies must do more.", [("Jens Stoltenberg", "NATO Head")]),
    ("Authorities identified the bomber as a British-Libyan man named Salman Abedi.",
     [("Salman Abedi", "a British-Libyan man")]),
    ("Salman Abedi, a British-Libyan man, was named as the bomber.", [("Salman Abedi", "a British-Libyan man")]),
    ("Former U.S. Secretary of Defense Ashton Carter implored NATO to act.", []),
    ("Mr. John Kerry noted that the meeting would focus on foreign fighters.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_sentence_gives_roles(nlp, sentence, expected):
    facts = facts_of(nlp, make_article(sentence)).roles
    assert [(f.person, f.role) for f in facts] == expected


def test_role_spellings_share_a_key():
    assert role_key("US Defence Secretary") == role_key("U.S. Secretary of Defense")
    assert role_key("NATO Secretary-General") == role_key("NATO Secretary General")
    assert normalise_role("secretary-general of NATO (the North Atlantic Treaty Organization)") == "NATO Secretary-General"
    assert title_before("Still, the alliance said that US Defence Secretary ") == "US Defence Secretary"


def _deck(nlp, *articles):
    return build_deck([facts_of(nlp, a) for a in articles], deck_id="t", title="T")


def test_same_role_two_people_two_times(nlp):
    a = make_article("NATO Secretary General Anders Fogh Rasmussen said the unit would send a message.",
                     date="2014-09-05", article_id="a")
    b = make_article("NATO Secretary General Jens Stoltenberg said allies must do more.", date="2017-05-24", article_id="b")
    deck = _deck(nlp, a, b)
    who = {i.question: i.answer for i in deck.items if i.kind == "person" and "reverse" not in i.tags}
    assert who == {
        "Who was the NATO Secretary General (September 2014)?": "Anders Fogh Rasmussen",
        "Who was the NATO Secretary General (May 2017)?": "Jens Stoltenberg",
    }


def test_undated_role_names_the_article_and_never_offers_other_holders(nlp):
    a = make_article("NATO Secretary General Anders Fogh Rasmussen said the unit would send a message.",
                     date=None, article_id="a", title="NATO meets in Wales")
    b = make_article("NATO Secretary General Jens Stoltenberg said allies must do more.", article_id="b")
    deck = _deck(nlp, a, b)
    [item] = [i for i in deck.items if i.kind == "person" and i.answer == "Anders Fogh Rasmussen"]
    assert item.question == "Who was the NATO Secretary General, according to “NATO meets in Wales”?"
    assert item.as_of is None
    # No one else in the deck could be NATO's Secretary General: a typed answer, not Faker names.
    assert "Jens Stoltenberg" not in item.choices and item.choices == []


def test_role_merged_across_articles_and_spellings(nlp):
    a = make_article("NATO Secretary General Jens Stoltenberg said allies must do more.", article_id="a")
    b = make_article("Jens Stoltenberg, the secretary-general of NATO, said allies agreed.", article_id="b")
    deck = _deck(nlp, a, b)
    [item] = [i for i in deck.items if i.kind == "person"]
    assert (item.answer, item.role, item.as_of) == ("Jens Stoltenberg", "NATO Secretary General", "2017-05")
    assert [e.source for e in item.evidence] == ["a", "b"]


def test_person_questions_never_contain_the_answer(nlp):
    # (an Australian office: a great power's head gets no card since stop 66; "May" is the point)
    a = make_article("Australian Prime Minister Theresa May said many victims were children.")
    deck = _deck(nlp, a)
    [item] = [i for i in deck.items if i.kind == "person"]
    assert "May" not in item.question and item.question == "Who was the Australian Prime Minister (2017)?"
    assert item.choices == []  # no other Australian office holder in the deck: typed, not Faker names


@pytest.mark.parametrize("sentence, expected", [
    ("Attorney General Janet Reno said the boy should be returned.", [("Janet Reno", "Attorney General")]),
    ("Maria Cardona, a spokeswoman for the U.S. Immigration Service, said the visas were ready.",
     [("Maria Cardona", "a spokeswoman for the U.S. Immigration Service")]),
    ("Cuban head\nof state Fidel Castro spoke for hours.", []),
])
def test_more_titles_and_appositions(nlp, sentence, expected):
    facts = facts_of(nlp, make_article(sentence)).roles
    assert [(f.person, f.role) for f in facts] == expected


@pytest.mark.parametrize("sentence", [
    "The committee's chairman, Dan Burton, said the hearing would go ahead.",
    "Mayor Alex Penelas and Miami Mayor Joe Carollo opposed the move.",
])
def test_vague_or_run_together_titles_give_no_role(nlp, sentence):
    roles = [(f.person, f.role) for f in facts_of(nlp, make_article(sentence)).roles]
    assert all("and" not in r.split() and "committee" not in r for _, r in roles)


def test_unqualified_roles_only_ask_the_reverse():
    from quizgen.extract.roles import is_qualified

    assert is_qualified("British Prime Minister") and is_qualified("NATO Secretary General")
    assert not is_qualified("Foreign Minister") and not is_qualified("President")


def test_honorific_after_title_belongs_to_the_name():
    assert title_before("The company said BP Chairman Sir ") == "BP Chairman"


def test_two_holders_of_one_role_at_one_time_get_no_who_question(nlp):
    a = make_article("U.S. Ambassador Prudence Bushnell was injured in Nairobi.", article_id="a")
    b = make_article("U.S. Ambassador Peter Burleigh spoke at the United Nations.", article_id="b")
    deck = _deck(nlp, a, b)
    assert not [i for i in deck.items if i.kind == "person" and i.question.startswith("Who was")]


@pytest.mark.parametrize(
    "sentence",
    [
        # words between a title and a verb, not a role
        "Mayor Ann Lee said in a brief concession speech shortly after she called Tom Ward to congratulate him.",
        # a person who has died holds no role as of the article
        "The death of Supreme Court Justice Harold Penn in March left the court divided.",
        "Governor Ruth Calder was assassinated in Port Ellis, and Governor Ruth Calder's allies mourned.",
        "The late Senator Walter Brigg was remembered at the ceremony.",
        # a sentence dated to an earlier year speaks of a role then
        "In 1987, President Walter Brigg told the nation that taxes would fall.",
    ],
)
def test_fragments_dead_people_and_past_years_give_no_current_role(nlp, sentence):
    facts = facts_of(nlp, make_article(sentence)).roles
    assert [(f.person, f.role) for f in facts if f.role != "Mayor"] == []


def test_a_role_stops_before_the_clause_that_follows_it(nlp):
    facts = facts_of(nlp, make_article(
        "“Prices will rise,” said Paula Brent, a lawyer in Denver who works for farm owners and ranchers.")).roles
    assert [(f.person, f.role) for f in facts] == [("Paula Brent", "a lawyer in Denver")]


def test_a_role_many_hold_is_not_asked_as_if_one_person_held_it(nlp):
    a = make_article("Republican Senator Paula Brent said the bill would fail.", article_id="a1")
    b = make_article("U.S. Secretary of State Tom Ward said the allies agreed.", article_id="a2")
    c = make_article("U.S. Attorney General Ruth Calder said the talks went well.", article_id="a3")
    d = make_article("U.S. Defense Secretary Jim Hale said more troops would go.", article_id="a4")
    deck = _deck(nlp, a, b, c, d)
    asked = {i.question for i in deck.items if i.kind == "person"}
    assert not any(q.startswith("Who was the Republican Senator") for q in asked)
    assert "Who was the U.S. Secretary of State (May 2017)?" in asked
    # offices one person holds are no choices after "a" ("Paula Brent was a Secretary of
    # State"): with no three roles many hold, the reverse card is not made (``role_choices``'
    # determiner; its choices are tested in ``test_blank_frames``)
    assert "In May 2017, Paula Brent was a ____." not in asked


def test_an_office_whose_jurisdiction_the_title_omits_is_not_asked_who_held_it(nlp):
    # A party or a kind of leader says not which state's or country's office it is.
    a = make_article("Republican Secretary of State Ellen Varga praised the court's ruling.", article_id="a1")
    b = make_article("Rebels fled the capital after military leader Omar Tesfay ordered the raid.", article_id="a2")
    c = make_article("Republican presidential nominee Walter Brigg spoke in Des Moines.", article_id="a3")
    d = make_article("Senator Tom Ward of Vermont won the primary on Tuesday.", article_id="a4")
    deck = _deck(nlp, a, b, c, d)
    asked = {i.question for i in deck.items if i.kind == "person" and i.style == "question"}
    assert not any("Secretary of State" in q or "military leader" in q for q in asked), asked
    # a party's own office, or a title the parse scopes, is still asked
    assert "Who was the Republican presidential nominee (May 2017)?" in asked, asked


def test_a_party_or_a_kind_does_not_qualify_an_office():
    from quizgen.extract.roles import is_qualified

    assert not is_qualified("Republican Secretary of State") and not is_qualified("Democratic Governor")
    assert not is_qualified("military leader") and not is_qualified("chief of staff")
    assert is_qualified("Ohio Secretary of State") and is_qualified("Nigerian military leader")
    assert is_qualified("Republican presidential nominee") and is_qualified("Sinn Fein leader")


def test_a_network_host_is_one_of_many_hosts(nlp):
    a = make_article(
        "Harbor News host Paula Brent said on Tuesday night that the feud with Senator Tom Ward was over.\n\n"
        "\"Tom Ward won tonight and I was glad to see that,\" Brent said during a panel on her show.\n\n"
        "Brent had attacked Ward in March over his plan for the budget.",
        article_id="a1",
    )
    b = make_article("U.S. Secretary of State Tom Ward said the allies agreed.", article_id="a2")
    deck = _deck(nlp, a, b)
    asked = {i.question for i in deck.items if i.kind == "person"}
    assert "Who was the U.S. Secretary of State (May 2017)?" in asked
    assert not any(q.startswith("Who was the Harbor News host") for q in asked), asked


def test_a_courtesy_title_of_a_former_holder_and_a_chant_give_no_current_role(nlp):
    text = ("Former President Walter Brigg spoke at the rally. President Walter Brigg told the crowd to vote. "
            "The crowd chanted “President Paula Brent!” as she arrived.")
    facts = facts_of(nlp, make_article(text)).roles
    assert [(f.person, f.role) for f in facts] == []


@pytest.mark.parametrize("sentence, expected", [
    # the organisation or place the parse attaches to a title stays in the role
    ("The senator played golf on Saturday with World Bank President Paula Brent, aides said.",
     [("Paula Brent", "World Bank President")]),
    ("Ohio Governor Tom Ward said the plan was sound.", [("Tom Ward", "Ohio Governor")]),
    ("Indeed, AFL-CIO President Tom Ward felt compelled to act.", [("Tom Ward", "AFL-CIO President")]),
    ("In a letter to President Tom Ward of Iran, the minister said he would withdraw.",
     [("Tom Ward", "President of Iran")]),
    ("Senator Tom Ward of Vermont won the primary on Tuesday.", [("Tom Ward", "Vermont Senator")]),
    ("On Sunday President Ruth Calder spoke to the nation.", [("Ruth Calder", "President")]),
    ("In Iowa President Ruth Calder said the economy was strong.", [("Ruth Calder", "President")]),
])
def test_a_title_keeps_its_organisation_or_place(nlp, sentence, expected):
    facts = facts_of(nlp, make_article(sentence, date="2016-02-10")).roles
    assert [(f.person, f.role) for f in facts] == expected


@pytest.mark.parametrize("sentence", [
    # a hypothetical: the indefinite article before title and name
    "Many voters fear the prospect of a President Walter Brigg, the senator said.",
    # a condition: the title holds in a world that may not be
    "If he wins the nomination, President Walter Brigg would repeal the law on his first day, aides said.",
    # a time word that puts the role in a future that may never come
    "The rally was a preview of future President Walter Brigg and his style, she said.",
    # a past time word the old list lacked
    "Onetime Governor Walter Brigg endorsed the senator on Tuesday.",
    # a sentence set decades back speaks of a title of then
    "Two decades ago, President Walter Brigg cut taxes for the middle class, he said.",
    "Back in the '80s, Governor Walter Brigg cut taxes.",
])
def test_a_role_the_article_does_not_state_as_current_gives_no_fact(nlp, sentence):
    facts = facts_of(nlp, make_article(sentence, date="2016-02-10")).roles
    assert [(f.person, f.role) for f in facts] == []


def test_two_people_given_one_holder_title_in_an_article_give_no_role(nlp):
    text = ("Tom Ward criticized President Walter Brigg over the war on Tuesday. "
            "President Ruth Calder said nothing about it.")
    facts = facts_of(nlp, make_article(text, date="2016-02-10")).roles
    assert [(f.person, f.role) for f in facts] == []


def test_a_courtesy_title_across_the_deck_yields_to_the_holder_most_articles_name(nlp):
    holder = [make_article(f"Mexican President Ruth Calder met the governors on day {n}.", date="2016-02-10", article_id=f"h{n}")
              for n in (1, 2)]
    courtesy = make_article("Tom Ward said Mexican President Walter Brigg misled the country about the war.",
                            date="2016-02-12", article_id="c")
    others = [make_article(text, date="2016-02-11", article_id=f"o{n}") for n, text in enumerate([
        "Mexican Foreign Minister Jim Hale said the allies agreed.",
        "Mexican Defense Minister Anna Lowe said the talks went well.",
        "Jalisco Governor Paula Brent said the plan was sound.",
        "Mexican Attorney General Mark Stone said the case would go ahead.",
    ])]
    deck = _deck(nlp, *holder, courtesy, *others)
    assert any(i.person == "Ruth Calder" for i in deck.items if i.kind == "person")
    answered = {i.answer for i in deck.items if i.kind == "person"} | {i.person for i in deck.items if i.kind == "person"}
    assert "Walter Brigg" not in answered


def test_an_authors_bio_line_closing_the_article_gives_no_role(nlp):
    text = ("The convention opened on Monday with a roll call of the states. Delegates cheered loudly for the nominee.\n\n"
            "The vote came late in the evening, and the hall emptied quickly after it.\n\n"
            "Paula Brent, a delegate from Ohio, is co-founder of the online group ActNow.org.")
    facts = facts_of(nlp, make_article(text, date="2016-07-25")).roles
    assert [(f.person, f.role) for f in facts] == []


def test_a_monarchs_one_name_is_not_read_as_someone_elses_surname(nlp):
    text = ("President Tom Hussein said his troops would leave the border. "
            "Also today, King Hussein of Jordan arrived in Washington to mediate.")
    facts = facts_of(nlp, make_article(text, date="1990-08-15")).roles
    assert [(f.person, f.role) for f in facts if "King" in f.role or "Jordan" in f.role] == []


def test_a_back_reference_that_drops_whose_office_it_is_gets_no_role_card(nlp):
    a = make_article(
        "“Nobody here wants him,” said Tom Reeve, chairman of the Ohio GOP’s 9th Congressional District organization. "
        "Reeve is running to be a delegate next week.\n\n"
        "Reeve, the 9th District chairman, said the party had tried to recruit new delegates.",
        date="2016-04-09",
    )
    deck = build_deck([facts_of(nlp, a)], deck_id="t", title="T")
    assert not [i for i in deck.items if i.kind == "person" and "9th District chairman" in i.question + i.answer]


WIRE = (
    "{city}, May 3 (Xinhua) --\n\n"
    "The {nation} government on Wednesday pledged aid to the flood victims in the north of Romania.\n\n"
    "In a message to the Romanian prime minister, President Nikos Varelas expressed his sympathy to the families of the victims."
)


def test_a_bare_office_in_a_wire_story_is_its_home_countrys(nlp):
    article = make_article(WIRE.format(city="ATHENS", nation="Greek"), title="Greece pledges flood aid")
    roles = {i.answer: i for i in _deck(nlp, article).items if i.kind == "person"}
    assert roles["Nikos Varelas"].question == "Who was the President of Greece (May 2017)?"


def test_a_dateline_the_story_does_not_confirm_scopes_no_office(nlp):
    # Filed from Athens, but the story is about another country's people: whose president?
    article = make_article(WIRE.format(city="ATHENS", nation="Romanian"), title="Romania gets flood aid")
    questions = [i.question for i in _deck(nlp, article).items if i.kind == "person"]
    assert not any("President of" in q for q in questions), questions


def test_an_envoy_s_office_says_whose_only_with_where_it_is_held():
    from quizgen.extract.roles import is_qualified

    assert not is_qualified("U.S. Ambassador") and not is_qualified("Soviet envoy") and not is_qualified("Swiss consul")
    assert is_qualified("U.S. Ambassador to Kenya") and is_qualified("Iraqi ambassador to Greece")
    assert is_qualified("U.N. special envoy for Syria") and is_qualified("British Prime Minister")


def test_an_ambassador_posted_nowhere_gets_no_role_card(nlp):
    a = make_article(
        "U.S. Ambassador Lena Marsh met the finance minister in Harbor City on Monday to discuss the loan.\n\n"
        "Marsh said the talks had gone well and would continue.",
        article_id="a",
    )
    deck = _deck(nlp, a)
    assert not [i for i in deck.items if i.kind == "person" and "Ambassador" in (i.question + i.answer)]


def test_a_networks_anchor_is_one_of_many():
    # a network has many anchors and presenters: "Who was the Fox News anchor?" has no one answer
    from quizgen.extract.roles import many_hold

    assert many_hold("Fox News anchor") and many_hold("BBC presenter") and many_hold("CNN co-anchor")
    assert not many_hold("Fox News chief executive")


@pytest.mark.parametrize("text", [
    "Walter Brigg, the Ohio Governor, resigned on Monday.",
    "Ohio Governor Walter Brigg stepped down after the vote, aides said.",
    "The senators fired Ohio Governor Walter Brigg last week.",
    # the leaving told in another sentence of the article
    "Ohio Governor Walter Brigg spoke to voters in May. Brigg was ousted on Friday.",
    "Ohio Governor Walter Brigg, who resigned in March, said the plan was sound.",
])
def test_a_person_the_article_says_left_the_post_gets_no_current_role(nlp, text):
    facts = facts_of(nlp, make_article(text, date="2016-02-10")).roles
    assert [(f.person, f.role) for f in facts] == []


@pytest.mark.parametrize("text", [
    "Ohio Governor Walter Brigg will resign next month, aides said.",
    "Critics asked Ohio Governor Walter Brigg to resign.",
    "Ohio Governor Walter Brigg fired back at his critics on Monday.",
    "Ohio Governor Walter Brigg never resigned, aides said.",
])
def test_a_leaving_to_come_or_refused_keeps_the_role(nlp, text):
    facts = facts_of(nlp, make_article(text, date="2016-02-10")).roles
    assert ("Walter Brigg", "Ohio Governor") in [(f.person, f.role) for f in facts]


def test_a_one_holder_title_another_holds_around_its_month_is_no_role_card(nlp):
    # (Mexican offices: a great power's head gets no card since stop 66.) The deck names Mexican President Ruth Calder before and after the month a story calls
    # Walter Brigg "Mexican President" (never in that same month): one holder at a time, so Brigg's
    # is a courtesy title of a former holder, or an imagined one.
    holder = [make_article(f"Mexican President Ruth Calder met the governors on day {n}.", date=date, article_id=f"h{n}")
              for n, date in enumerate(["2016-01-10", "2016-01-20", "2016-04-10", "2016-04-20"])]
    courtesy = make_article("Tom Ward said Mexican President Walter Brigg misled the country about the war.", date="2016-02-12", article_id="c")
    others = [make_article(text, date="2016-02-11", article_id=f"o{n}") for n, text in enumerate([
        "Mexican Foreign Minister Jim Hale said the allies agreed.",
        "Mexican Defense Minister Anna Lowe said the talks went well.",
        "Jalisco Governor Paula Brent said the plan was sound.",
        "Mexican Attorney General Mark Stone said the case would go ahead.",
    ])]
    deck = _deck(nlp, *holder, courtesy, *others)
    people = [i for i in deck.items if i.kind == "person"]
    assert any(i.person == "Ruth Calder" for i in people)
    assert not any(i.person == "Walter Brigg" and i.role for i in people)


def test_a_role_qualified_only_by_a_faith_or_a_body_every_place_has_is_not_one_post():
    from quizgen.extract.roles import is_qualified

    # "Who was the Muslim mayor?", "… the Cabinet minister?" have many answers
    for role in ("Muslim mayor", "Cabinet minister", "City Council president", "Chief Superintendent"):
        assert not is_qualified(role), role
    for role in ("Boston Mayor", "New York City Mayor", "Federal Reserve chairwoman", "State Department Inspector General"):
        assert is_qualified(role), role


def test_a_countrys_office_spelt_two_ways_is_one_card(nlp):
    a = make_article("Cuban President Raul Vega promised on Monday to rebuild the port.", date="2017-05-10", article_id="a")
    b = make_article("President Raul Vega of Cuba visited the port on Friday.", date="2017-05-20", article_id="b")
    deck = _deck(nlp, a, b)
    who = [i for i in deck.items if i.kind == "person" and "reverse" not in i.tags and i.answer == "Raul Vega"]
    assert len(who) == 1, [i.question for i in who]
