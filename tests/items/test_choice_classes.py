"""Wrong choices a reader believes: of the answer's class (a committee for a committee, a state
for a state, a party for a party), never a piece or a second name of the answer, never one role
written twice. Sentences and names are written for these tests."""

from __future__ import annotations

import pytest

from quizgen.items.argument_clozes import entity_choices
from quizgen.items.cast_members import Story
from quizgen.items.distractors import PeoplePool
from quizgen.items.entity_index import EntityIndex, owned_names
from quizgen.items.entity_names import place_class
from quizgen.items.org_kinds import body_class, head_words, kind_word_only, org_kind, two_names
from quizgen.items.role_choices import HeldRole, in_organisation, role_choices, role_words


@pytest.mark.parametrize(
    ("name", "kind", "cls"),
    [
        ("Freedonia House Committee on Fisheries", "government", "committee"),
        ("House of Delegates Committee on Tides", "government", "committee"),
        ("Bureau of Lighthouses", "government", "office"),
        ("Federal Bureau of Investigation", "government", "office"),
        ("Senate", "government", "legislature"),
        ("National Assembly", "government", "legislature"),
        ("Coast Guard", None, None),
        ("White House", "government", "executive"),
        ("Bank of Ruritania", "company", None),
    ],
)
def test_a_bodys_kind_and_class_come_from_its_head_noun(name, kind, cls):
    assert org_kind(name) == kind
    assert body_class(name) == cls


def test_the_head_of_a_name_is_the_word_before_its_complement():
    assert head_words("House of Delegates Committee on Tides") == ["committee", "house"]
    assert head_words("Maplewood Pictures") == []


def test_a_committee_gets_committees_never_a_legislature_or_a_ministry():
    entities = {"ORG@a": ["Congress", "Foreign Ministry", "Senate Ways Committee", "Budget Committee",
                          "Harbour Commission", "Joint Committee on Tides"]}
    choices = entity_choices(
        "House Fisheries Committee", "ORG", "e-000000000010", "Ms. Lark chairs the ____.",
        "Ms. Lark chairs the House Fisheries Committee.", "a", entities, set(),
    )
    assert "House Fisheries Committee" in choices and len(choices) == 4
    assert not {"Congress", "Foreign Ministry", "Harbour Commission"} & set(choices)


def test_too_few_of_the_class_asks_the_card_typed():
    entities = {"ORG@a": ["Congress", "Senate", "House", "Office of Tides"]}
    choices = entity_choices(
        "Department of Harbours", "ORG", "e-000000000011", "The ____ declined to comment.",
        "The Department of Harbours declined to comment.", "a", entities, set(),
    )
    assert choices == []  # one other office: no three believable choices, and no legislature


def test_a_city_gets_cities_never_a_state():
    assert (place_class("Springfield"), place_class("Ohio"), place_class("Fla."), place_class("Kenya")) == (
        "place", "state", "state", "country",
    )
    entities = {"GPE@a": ["Ohio", "Shelbyville", "Ogdenville", "Texas", "Capital City", "North Haverbrook"]}
    choices = entity_choices(
        "Springfield", "GPE", "e-000000000012", "The candidates met in ____ on Tuesday.",
        "The candidates met in Springfield on Tuesday.", "a", entities, set(),
    )
    assert "Springfield" in choices and len(choices) == 4
    assert not {"Ohio", "Texas"} & set(choices)


def test_a_suburb_gets_no_state_by_its_abbreviation_or_as_a_state():
    assert place_class("N.Y.") == place_class("New York State") == place_class("Washington State") == "state"
    assert place_class("New York") == place_class("Washington") == "place"  # the cities in the news
    entities = {"GPE@a": ["Washington", "N.Y.", "New York State", "Greenfield"]}
    choices = entity_choices(
        "Millbrook", "GPE", "e-000000000013", "The doctor lived in suburban ____ near the lake.",
        "The doctor lived in suburban Millbrook near the lake.", "a", entities, set(),
    )
    assert choices == []  # two cities remain beside it: asked typed


def test_no_kind_word_alone_and_no_two_names_joined():
    assert kind_word_only("Network") and kind_word_only("the Group")
    assert not kind_word_only("Congress") and not kind_word_only("FBI") and not kind_word_only("Lark Network")
    known = {"Harbour Service", "Dunmore", "Lakeside"}.__contains__
    assert two_names("Dunmore and Harbour Service", known)
    assert not two_names("Brill, Hayes and Co.", known)
    entities = {"ORG@a": ["Network", "Lark News", "Dunmore and Lakeside", "Dunmore", "Lakeside", "Tide Radio",
                          "Harbour Times"]}
    choices = entity_choices(
        "Coast Television", "ORG", "e-000000000013", "Mr. Hale went to ____ to make his case.",
        "Mr. Hale went to Coast Television to make his case.", "a", entities, set(),
    )
    assert "Network" not in choices and "Dunmore and Lakeside" not in choices


def test_a_company_written_after_its_owners_name_is_no_choice(nlp):
    """spaCy may read an owner's vehicle ("Honda Columbia Holding Corp.") as two names; the
    second is the owner's own, a second right answer, and never a wrong choice."""
    doc = nlp("Honda Columbia Holding Corp., formed for the deal, will take over the plant.")
    mentions = [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
    owned = owned_names(mentions, doc.text)
    names = [m[0] for m in mentions]
    assert "Columbia Holding Corp." not in names or owned == ["Columbia Holding Corp."]
    index = EntityIndex([(n, "ORG", "a") for n in names], owned=owned)
    assert not any(index.owned_by_another(n) for n in names if n != "Columbia Holding Corp.")


def test_owned_names_needs_the_two_names_side_by_side():
    text = "Honda said Columbia Holding Corp. will own it."
    assert owned_names([("Honda", "ORG", 0, 5), ("Columbia Holding Corp.", "ORG", 11, 33)], text) == []


def test_a_person_with_their_organisation_is_no_organisation():
    index = EntityIndex([("Lena Marsh of Harbour Watch", "ORG", "a")], people=["Lena Marsh"])
    assert index.holds_a_person("Lena Marsh of Harbour Watch")
    assert not index.holds_a_person("Harbour Watch")


def _held(*roles: str) -> list[HeldRole]:
    return [HeldRole(r, f"Person {n}", "a") for n, r in enumerate(roles)]


def test_one_role_written_two_ways_is_one_choice():
    assert role_words("Russian President") == role_words("President of Russia") == {"president", "ru"}
    assert role_words("Kentucky Senator") != role_words("Vermont senator")  # a state stays itself
    choices = role_choices(
        "French President",
        _held("Russian President", "President of Russia", "German Chancellor", "Israeli PM", "Russian foreign minister"),
        key="p-000000000020", article="a", stories={"a": Story()}, mine=lambda r: False,
    )
    assert not {"Russian President", "President of Russia"} <= set(choices)


def test_a_union_office_is_no_choice_for_a_senator():
    assert in_organisation("president of the Ohio state nurses union")
    assert in_organisation("Lark Industries vice president")
    assert not in_organisation("New York Senator") and not in_organisation("Secretary of State")
    choices = role_choices(
        "New Mexico Senator",
        _held("president of the Ohio state nurses union", "president of a building trades council in New Jersey",
              "Attorney General", "Secretary of State", "Texas Senator"),
        key="p-000000000021", article="a", stories={"a": Story(scope="US")}, mine=lambda r: False,
    )
    assert choices and "New Mexico Senator" in choices
    assert not any("union" in c or "council" in c for c in choices)


def test_an_organisation_of_no_known_kind_is_quoted_without_choices():
    pool = PeoplePool([], organisations=["Lakeside Gardens", "Brill Park", "Tidewater Fair", "Harbour Lights"])
    assert pool.organisation_choices("Marsh Jones", key="q-000000000030", question="Who said it?") == []


def test_an_organisations_two_names_are_one_wrong_choice():
    pool = PeoplePool([], organisations=[
        "Immigration and Naturalization Service", "INS", "State Department", "Justice Department",
        "Commerce Department", "Army",
    ])
    choices = pool.organisation_choices("White House", key="q-000000000031", question="Who said the talks failed?")
    assert len(choices) == 4
    assert not {"INS", "Immigration and Naturalization Service"} <= set(choices)
    assert "Army" not in choices


def test_a_body_of_another_country_is_no_choice():
    from quizgen.items.org_kinds import same_country

    assert not same_country("Soviet Foreign Ministry", "White House")
    assert same_country("Foreign Ministry", "White House")  # names no country: may be any
    pool = PeoplePool([], organisations=["Russian Interior Ministry", "State Department", "Justice Department",
                                         "Commerce Department", "Treasury Department"])
    choices = pool.organisation_choices("White House", key="q-000000000032", question="Who said the talks failed?")
    assert len(choices) == 4 and "Russian Interior Ministry" not in choices


@pytest.mark.parametrize(
    ("question", "name", "shared"),
    [
        # an acronym the question names is the choice's own: "KMG Acquisition Partners" is KMG
        ("Which organisation had rejected a $15 a share offer from KMG?", "KMG Acquisition Partners", True),
        ("Which organisation joined Paribas's core shareholders?", "Cie. Financiere de Paribas", True),
        # capitals only: "us" in a question is no "US Steel"
        ("Which company told us it would close the plant?", "US Steel", False),
        ("Which organisation had rejected a $15 a share offer from KMG?", "Crescott Investment Associates", False),
        # a legal form in capitals is no name word
        ("Which company did the Dutch AG buy?", "Lanza AG", False),
    ],
)
def test_a_choice_sharing_a_name_word_or_acronym_with_the_question(question, name, shared):
    from quizgen.items.entity_names import shares_a_name_word

    assert shares_a_name_word(question, name) is shared
