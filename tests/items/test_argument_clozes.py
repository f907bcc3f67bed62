"""Cloze cards of the lede's slot-filling names, made with events: the key people, places and
bodies of the story's first sentences, asked once each."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck

BODY = (
    "Senator Maria Delgado cruised to victory in the Harlow County caucus on Monday night.\n\n"
    "Delgado thanked her volunteers in Springfield and said she would campaign in Nevada next week.\n\n"
    "Maria Delgado was born in 1961 and worked as a teacher for twenty years before she ran for office."
)


def _deck(tmp_path, events: bool):
    (tmp_path / "caucus.txt").write_text(f"---\ntitle: Caucus result\ndate: 2024-02-06\n---\n{BODY}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="caucus", events=events)


def test_the_lede_s_doer_is_asked_once_as_a_cloze(tmp_path):
    deck = _deck(tmp_path, events=True)
    clozes = [i for i in deck.items if "lede-name" in i.tags]
    winner = [i for i in clozes if "Delgado" in i.answer]
    assert len(winner) == 1  # asked once, from the lede's first sentence, though named again later
    assert winner[0].answer == "Maria Delgado"
    assert winner[0].style == "cloze"
    assert winner[0].question.startswith("Senator ____ cruised to victory in the Harlow County caucus")
    assert "Delgado" not in winner[0].question


def test_no_lede_name_cards_without_events(tmp_path):
    deck = _deck(tmp_path, events=False)
    assert not [i for i in deck.items if "lede-name" in i.tags]


def test_what_an_actor_called_on_others_to_do_is_asked_beside_its_other_act(tmp_path):
    body = (
        "The European Commission condemned the closure of the Harlow bridge on Monday and called on "
        "member states to reopen the crossing to lorries."
    )
    (tmp_path / "bridge.txt").write_text(f"---\ntitle: Bridge\ndate: 2024-02-06\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="bridge", events=True)
    whats = {i.verb: i for i in deck.items if i.kind == "event" and i.asks == "what"}
    assert whats["call on"].question.startswith("What did the European Commission call on member states to do")
    assert whats["call on"].answer == "reopen the crossing to lorries"
    assert "condemn" in whats  # the sentence's other act keeps its own card


def test_wrong_choices_are_no_person_and_no_other_number_of_the_answer():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"NORP@a": ["Catholics", "Catholic", "Muslims", "Jews", "Protestants", "Republicans", "Kasich"]}
    choices = entity_choices(
        "Catholics", "NORP", "e-000000000001", "Moderate ____ are ignored.", "Moderate Catholics are ignored.",
        "a", entities, {"Kasich"},
    )
    assert "Catholics" in choices and len(choices) == 4
    assert "Catholic" not in choices and "Kasich" not in choices and "Republicans" not in choices


def test_a_party_gets_parties_and_no_faith_else_it_is_asked_typed():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"NORP@a": ["Republicans", "Democrats", "Catholics", "Muslims", "Jews"]}
    choices = entity_choices(
        "Republicans", "NORP", "e-000000000003", "Fewer voters backed ____ this year.",
        "Fewer voters backed Republicans this year.", "a", entities, set(),
    )
    assert choices == []  # one other party only: no three believable choices


def test_an_international_body_gets_international_bodies_never_an_army():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"ORG@a": ["Army", "Air Force", "Pentagon", "NATO", "European Union", "Arab League", "World Bank"]}
    choices = entity_choices(
        "United Nations", "ORG", "e-000000000002", "At the ____, Freedonia asked for peacekeepers.",
        "At the United Nations, Freedonia asked for peacekeepers.", "a", entities, set(),
    )
    assert "United Nations" in choices and len(choices) == 4
    assert not {"Army", "Air Force", "Pentagon"} & set(choices)


def test_a_body_of_no_known_kind_gets_no_choices_of_a_known_kind():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"ORG@a": ["Army", "Air Force", "Pentagon", "State Department"]}
    choices = entity_choices(
        "Harlow Friends", "ORG", "e-000000000003", "The ____ opened a shelter.", "The Harlow Friends opened a shelter.",
        "a", entities, set(),
    )
    assert choices == []  # three government bodies beside a charity would give it away: typed


def test_a_people_named_in_the_plural_gets_peoples_in_the_plural():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"NORP@a": ["Serbian", "Balkan", "Serb", "Greeks", "Kurds", "Bulgarians"]}
    choices = entity_choices(
        "Albanians", "NORP", "e-000000000004", "A few hundred ethnic ____ laid a wreath.",
        "A few hundred ethnic Albanians laid a wreath.", "a", entities, set(),
    )
    assert sorted(choices) == ["Albanians", "Bulgarians", "Greeks", "Kurds"]


def test_what_a_lede_clause_acted_on_is_asked_as_a_cloze(tmp_path):
    body = (
        "Harlow's fishermen are rushing to build a floating breakwater to protect the harbour before the winter storms.\n\n"
        "The breakwater work began in March."
    )
    (tmp_path / "harbour.txt").write_text(f"---\ntitle: Harbour\ndate: 2024-02-06\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="harbour", events=True)
    cards = [i for i in deck.items if "lede-object" in i.tags]
    assert [c.answer for c in cards] == ["a floating breakwater"]
    assert cards[0].question.startswith("Harlow's fishermen are rushing to build ____ to protect the harbour")
    assert cards[0].asks == "what" and cards[0].choices == []


def test_a_list_of_names_is_asked_typed():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"GPE@a": ["Austria", "Chicago", "Denton", "Houston"]}
    choices = entity_choices(
        "Portugal, Spain and Italy", "GPE", "e-000000000005", "____ joined the customs union today.",
        "Portugal, Spain and Italy joined the customs union today.", "a", entities, set(),
    )
    assert choices == []  # no list of three others the deck can vouch for, and no city beside them


def test_no_choice_the_sentence_names_by_a_shorter_name_or_a_headlines_words():
    from quizgen.items.argument_clozes import entity_choices

    entities = {"ORG@a": ["Harlow Savings Bank", "Denton Bancorp", "A Better Deal For", "Brisco Bancorp", "Kessler Bancorp", "Alder Bancorp"]}
    choices = entity_choices(
        "Brisco Bancorp", "ORG", "e-000000000006", "Harlow said it agreed to buy ____ for $12 million.",
        "Harlow said it agreed to buy Brisco Bancorp for $12 million.", "a", entities, set(),
    )
    assert "Brisco Bancorp" in choices and len(choices) == 4
    assert "Harlow Savings Bank" not in choices  # the buyer, named "Harlow" in the sentence
    assert "A Better Deal For" not in choices


def test_a_cloze_that_keeps_too_few_words_to_be_answered_is_no_card():
    from quizgen.items.argument_clozes import says_enough

    assert not says_enough("Co-authored by ____.")  # a byline
    assert not says_enough("The project is being led by ____.")  # leans on the sentence before
    assert not says_enough("A storm surprises ____.")  # a teaser
    assert says_enough("____ won the Harlow County caucus.")  # few words, but it names its contest
    assert says_enough("Senator ____ cruised to victory in the county caucus on Monday night.")


def test_the_doers_of_an_act_no_event_card_asks_are_asked_as_a_cloze(tmp_path):
    # "joined Ridgeway Capital in …": the event extractor reads the act, but makes no card of it
    # (no "who" of an act done to a bare name, no "what" without the act's day): its names are
    # still the lede's news, asked as written
    body = (
        "Harlow Bank, Denton Trust and Marlow Savings joined Ridgeway Capital in suspending overnight lending "
        "to small businesses on Monday.\n\n"
        "The banks cited rising defaults among their customers."
    )
    (tmp_path / "banks.txt").write_text(f"---\ntitle: Banks halt lending\ndate: 2024-02-06\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="banks", events=True)
    clozes = [i for i in deck.items if "lede-name" in i.tags]
    assert [c.answer for c in clozes] == ["Harlow Bank, Denton Trust and Marlow Savings"]
    assert clozes[0].question.startswith("____ joined Ridgeway Capital in suspending overnight lending")


def test_a_sentence_an_event_card_asks_gets_no_cloze_of_its_doer(tmp_path):
    body = (
        "Estonia, Latvia and Lithuania on Friday formally joined the Nordic Council at a ceremony held in "
        "the Danish city of Aarhus.\n\n"
        "The three foreign ministers signed the accession documents in the city hall."
    )
    (tmp_path / "council.txt").write_text(f"---\ntitle: Council grows\ndate: 2024-03-13\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="council", events=True)
    events = [i for i in deck.items if i.kind == "event"]
    assert [i.question for i in events] == ["What did Estonia, Latvia and Lithuania join on 8 March 2024?"]
    assert not [i for i in events if "lede-name" in i.tags]  # the event card owns the sentence's names


def test_an_object_the_event_extractor_refused_is_no_cloze_either(tmp_path):
    # the event fact is read ("announced new guidelines …") but makes no card: the doer's name
    # may be asked, but what was done is the event extractor's to refuse ("new guidelines" pins
    # no one act), and a cloze of it would ask what the event card would not
    body = (
        "The Canadian government recently announced new guidelines designed to change the way fishing "
        "licences are issued to coastal villages.\n\n"
        "Under the new guidelines, licences will go to the smallest villages first, wherever they lie along the coast."
    )
    (tmp_path / "fish.txt").write_text(f"---\ntitle: Fishing licences\ndate: 2024-02-06\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="fish", events=True)
    assert not [i for i in deck.items if "lede-object" in i.tags]


def test_a_possessor_is_blanked_before_its_mark(tmp_path):
    body = "Hundreds of nurses cheered Anna Brightwater’s new hospital plan on Monday at a rally."
    (tmp_path / "plan.txt").write_text(f"---\ntitle: Hospital plan\ndate: 2024-02-06\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="plan", events=True)
    cards = [i for i in deck.items if "lede-name" in i.tags and i.answer == "Anna Brightwater"]
    assert len(cards) == 1
    assert cards[0].question.startswith("Hundreds of nurses cheered ____’s new hospital plan on")


def test_what_a_named_doer_judged_someone_for_is_asked_beside_the_doer(tmp_path):
    body = (
        "Senator Tom Harlow blasted Governor Anne Brisco for her support of a failed highway toll bill that "
        "would have doubled fares on the Dayton bridge.\n\n"
        "The toll bill died in committee in March, and Brisco has since backed a new plan for the bridge."
    )
    (tmp_path / "toll.txt").write_text(f"---\ntitle: Toll fight\ndate: 2024-02-06\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="toll", events=True)
    doer = [i for i in deck.items if "lede-name" in i.tags and i.answer == "Tom Harlow"]
    reason = [i for i in deck.items if "lede-reason" in i.tags]
    assert [r.answer for r in reason] == ["a failed highway toll bill"]
    assert reason[0].question.startswith("Senator Tom Harlow blasted Governor Anne Brisco for her support of ____ that")
    assert reason[0].actor == "Tom Harlow" and reason[0].asks == "what"
    assert doer and doer[0].siblings is not None and doer[0].siblings == reason[0].siblings


def test_a_place_gets_no_country_the_question_names_by_its_people_nor_a_country_for_a_city():
    from quizgen.items.argument_clozes import entity_choices

    # made up: "Ruritanian rule" names no country; "Spanish rule" names Spain
    entities = {"GPE@a": ["Spain", "Portugal", "Italy", "Greece", "Gibraltar", "Lisbon", "Madrid", "US"]}
    question = "Talks on the future of ____ after its return to Spanish rule open in Brussels this week."
    sentence = question.replace("____", "Gibraltar")
    choices = entity_choices("Gibraltar", "GPE", "e-000000000010", question, sentence, "a", entities, set())
    assert "Spain" not in choices
    city = entity_choices(
        "Lisbon", "GPE", "e-000000000011", "A fire broke out at a depot north of ____ on Sunday.",
        "A fire broke out at a depot north of Lisbon on Sunday.", "a",
        {"GPE@a": ["US", "Madrid", "Seville", "Valencia"]}, set(),
    )
    assert "US" not in city  # a country beside cities gives itself away
