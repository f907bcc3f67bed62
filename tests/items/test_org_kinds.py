"""Organisation kinds from a name's suffix, head word or a short list of well-known bodies,
and acronym aliases: the who-choices of event cards rest on them."""

from __future__ import annotations

import pytest

from quizgen.items.org_kinds import is_alias, org_kind, same_body


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Delmont Corp.", "company"),
        ("Harlow Holdings PLC", "company"),
        ("Kestrel Airlines", "company"),
        ("Department of Transport", "government"),
        ("Ministry of Fisheries", "government"),
        ("the Transport Ministry", "government"),
        ("Federal Mining Commission", "government"),
        ("Ninth Circuit Court", "court"),
        ("Green Party", "party"),
        ("Republican National Committee", "party"),
        ("U.N. Security Council", "alliance"),  # an organ of the UN, not a government
        ("NATO Military Committee", "alliance"),
        ("The Harlow Gazette", "outlet"),
        ("Fox News", "outlet"),
        ("NATO", "alliance"),
        ("Big Board", "exchange"),
        ("ISIS", "militant"),
        ("GOP", "party"),
        ("Delmont", None),  # a bare name says nothing of its kind
    ],
)
def test_the_kind_is_read_from_the_name(name, kind):
    assert org_kind(name) == kind


def test_an_acronym_is_an_alias_of_its_long_name():
    assert is_alias("INS", "U.S. Immigration and Naturalization Service")
    assert is_alias("Federal Mining Commission", "FMC")
    assert not is_alias("NATO", "National Bank of Harlow")
    assert not is_alias("Delmont Corp.", "Harlow Inc.")


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("United Nations", "U.N. Security Council", True),  # the organ acted: the body did too
        ("UN", "the United Nations", True),
        ("NATO", "NATO Military Committee", True),
        ("U.N. Security Council", "Arab League", False),
        ("NATO", "United Nations", False),
    ],
)
def test_a_body_and_its_organ_are_one_answer(a, b, one):
    assert same_body(a, b) is one


def test_a_name_with_a_run_of_its_words_as_initials_is_the_same_organisation():
    from quizgen.items.org_kinds import is_alias

    assert is_alias("NY Post", "New York Post") and is_alias("Los Angeles Times", "LA Times")
    assert not is_alias("NY Post", "New York Times") and not is_alias("CBS News", "NBC News")


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("NBC News", "NBC", True),  # a reporter for which news outlet? both would be right
        ("KXBC Radio", "KXBC", True),
        ("the Daily Ledger Online", "Daily Ledger", True),
        ("CBS News", "NBC", False),
        ("Washington Post", "Washington", False),  # "Post" is a paper's own name, no arm
        ("NBC News", "NBC Universal", False),
    ],
)
def test_a_company_and_its_arm_are_one_answer(a, b, one):
    from quizgen.items.distractors import same_organisation

    assert same_organisation(a, b) is one


@pytest.mark.parametrize(
    ("name", "medium"),
    [
        ("The Daily Gazette", "newspaper"),
        ("Springfield Times", "newspaper"),
        ("Ruritania News Agency", "agency"),
        ("Shelbyville Daily News", "newspaper"),  # the last word that says one
        ("Ruritania Daily", "newspaper"),
        ("Northern Public Radio", "broadcaster"),
        ("Fox News", None),  # "news" says no medium
        ("AFP", None),  # a name alone says none
        ("State Department", None),  # no outlet
    ],
)
def test_an_outlets_medium_is_read_from_its_name(name, medium):
    from quizgen.items.org_kinds import outlet_medium

    assert outlet_medium(name) == medium


def test_a_newspapers_wrong_choices_are_newspapers():
    from quizgen.items.org_kinds import same_kind_of_speaker

    assert same_kind_of_speaker("Springfield Times", "Shelbyville Herald")
    assert not same_kind_of_speaker("Ruritania News Agency", "Shelbyville Herald")  # no agency writes editorials
    assert not same_kind_of_speaker("AFP", "Shelbyville Herald")


def test_a_joint_name_holding_the_answer_and_a_sister_network_are_no_wrong_choices():
    from quizgen.items.distractors import same_organisation

    assert same_organisation("Springfield Times/KBX News", "Springfield Times")  # a poll's sponsors
    assert same_organisation("Shelbyville Herald-QRS News", "Shelbyville Herald")
    assert same_organisation("MSKBX", "KBX News")  # a network's sister channel
    assert not same_organisation("Bayer-Lindt", "Lindt")  # one name with a hyphen
    assert not same_organisation("KBX", "QRS")
