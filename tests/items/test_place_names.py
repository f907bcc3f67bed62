"""Wrong choices for a place are places, and those for an organisation no places (issue:
"Aliya" beside "Cairo", "Angers" beside "EgyptAir")."""

from quizgen.items.argument_clozes import entity_choices
from quizgen.items.entity_index import EntityIndex
from quizgen.items.place_names import is_organisation, is_place, known_place


def test_the_gazetteer_knows_countries_states_regions_and_cities_not_given_names():
    assert known_place("Cairo") and known_place("Kenya") and known_place("Ohio") and known_place("Quebec")
    assert not known_place("Aliya") and not known_place("Reuters")


def _index(*mentions, people=()):
    return EntityIndex([(text, label, "a") for text, label in mentions], people=people)


def test_a_place_choice_is_a_place_by_the_gazetteer_or_by_most_of_its_tags_and_no_persons_name():
    index = _index(
        ("Cairo", "GPE"), ("Tolbrook", "GPE"), ("Tolbrook", "GPE"), ("Aliya", "GPE"), ("Merrow", "GPE"),
        ("Merrow", "ORG"), ("Merrow", "ORG"),
        people=["Aliya Hassan"],
    )
    assert is_place("Cairo", index)
    assert is_place("Tolbrook", index)  # no gazetteer knows it; the deck tags it a place
    assert not is_place("Aliya", index)  # a person's given name the tagger read as a town
    assert not is_place("Merrow", index)  # mostly an organisation


def test_an_unknown_place_tagged_once_is_the_taggers_guess():
    index = _index(("Harnby", "GPE"), ("Harnby", "GPE"), ("Salma", "GPE"), ("Engil", "GPE"))
    assert is_place("Harnby", index)
    assert not is_place("Salma", index)  # a child's name in a list, tagged a place once
    assert not is_place("Engil", index)  # the tail of "Mota-Engil"
    assert is_place("Lisbon", index)  # the gazetteer knows it: one mention is enough


def test_an_organisation_choice_is_no_city_country_or_name_mostly_tagged_a_place():
    index = _index(("Quelle Air", "ORG"), ("Sarnoy", "GPE"), ("Sarnoy", "GPE"), ("Sarnoy", "ORG"))
    assert is_organisation("Quelle Air", index)
    assert not is_organisation("Athens", index)  # a city the gazetteer knows, tagged ORG
    assert not is_organisation("Sarnoy", index)  # mostly a place in the deck
    assert is_organisation("ACT", index)  # initials may be a group's
    # a city takes a company's kind from a longer name it opens ("Athens" of "Athens Savings
    # Bank"): the gazetteer still says it is a city
    banks = _index(("Athens Savings Bank", "ORG"), ("Athens", "ORG"))
    assert banks.kind("Athens") == "company" and not is_organisation("Athens", banks)


def test_a_where_cloze_offers_no_persons_name_among_its_places():
    index = _index(
        *[(p, "GPE") for p in ("Cairo", "Amman", "Beirut", "Aliya", "Aliya", "Damascus")], people=["Aliya Hassan"]
    )
    entities = {"GPE@a": ["Amman", "Aliya", "Beirut", "Damascus"]}
    choices = entity_choices(
        "Cairo", "GPE", "e-000000000010", "The envoy flew to ____ for talks on the truce.",
        "The envoy flew to Cairo for talks on the truce.", "a", entities, set(), index,
    )
    assert sorted(choices) == ["Amman", "Beirut", "Cairo", "Damascus"]


def test_an_organisation_of_no_known_kind_is_asked_typed():
    index = _index(*[(o, "ORG") for o in ("Harbour Lantern", "Tidewater Eleven", "Marlow Cup", "Quillon")])
    entities = {"ORG@a": ["Tidewater Eleven", "Marlow Cup", "Quillon"]}
    choices = entity_choices(
        "Harbour Lantern", "ORG", "e-000000000012", "The mayor gave an interview to ____ about the new ferry line.",
        "The mayor gave an interview to Harbour Lantern about the new ferry line.", "a", entities, set(), index,
    )
    assert choices == []  # a team, a cup and a brand beside a newspaper: none the deck can vouch for


def test_a_country_the_question_names_by_its_people_or_another_name_is_implied():
    from quizgen.items.place_names import country_implied

    assert country_implied("Ties to ____ after its return to Spanish rule", "Spain")
    assert country_implied("British troops left ____ in March", "United Kingdom")
    assert country_implied("Aid from the U.S. reached ____", "United States")
    assert country_implied("Swedish firms invest in ____", "Sweden")
    assert not country_implied("Ties to ____ after its return to Spanish rule", "Portugal")
    # a capital, a state or a body says where, not which country the blank is not
    assert not country_implied("Officials in Washington and Ohio said ____ agreed", "United States")
    assert not country_implied("The Kremlin said ____ agreed", "Russia")
