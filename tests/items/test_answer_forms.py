"""A card whose question writes its answer in another form the deck knows is a give-away
(``items.answer_forms``); sentences written for these tests."""

from quizgen.items.answer_forms import AnswerForms, initials, without_legal_form


def _forms(names=None, entities=None, short=None, mentions=None):
    return AnswerForms(names or {}, entities or {}, short or {}, mentions)


def test_legal_form_dropped():
    assert without_legal_form("Harbour Trust Bank AG") == "Harbour Trust Bank"
    assert without_legal_form("Meadow Foods & Co.") == "Meadow Foods"
    assert without_legal_form("Harbour Trust Bank") is None
    assert without_legal_form("Ace Co.") is None  # "Ace" alone: too short to stand as the name


def test_initials_of_a_long_name():
    assert initials("Federal Bureau of Investigation") == "FBI"
    assert initials("Coastal Rail Authority") == "CRA"
    assert initials("Harbour Bank") is None


def test_short_form_of_a_company_gives_it_away():
    f = _forms(entities={"Harbour Trust Bank AG": "Harbour Trust Bank AG"})
    q = "Regulators in two countries approved ____'s purchase of a stake in Lindmar, Harbour Trust Bank said."
    assert f.given_away(q, "Harbour Trust Bank AG", [], "a1") == "Harbour Trust Bank"


def test_acronym_the_deck_knows_gives_it_away_in_capitals_only():
    f = _forms(entities={"Coastal Rail Authority": "Coastal Rail Authority", "CRA": "Coastal Rail Authority"})
    assert f.given_away("The CRA's board said ____ would cut fares.", "Coastal Rail Authority", [], "a1") == "CRA"
    f = _forms(entities={"United Nations": "United Nations", "UN": "United Nations"})
    assert f.given_away("Let un-named officials tell ____ what they saw.", "United Nations", [], "a1") is None
    assert f.given_away("Officials told us that ____ had voted.", "United Nations", [], "a1") is None


def test_surname_of_the_answer_gives_it_away():
    names = {"Dana Whitcombe": "Dana Whitcombe"}
    f = _forms(names=names, short={("a1", "Whitcombe"): "Dana Whitcombe"})
    q = "____ said the plan would fail, and Whitcombe's aides agreed."
    assert f.given_away(q, "Dana Whitcombe", [], "a1") == "Whitcombe"


def test_surname_inside_another_persons_name_gives_nothing_away():
    names = {"Dana Whitcombe": "Dana Whitcombe", "Rory Whitcombe": "Rory Whitcombe"}
    f = _forms(names=names, short={("a1", "Whitcombe"): "Dana Whitcombe"})
    q = "____ said the plan would fail, and Rory Whitcombe agreed."
    assert f.given_away(q, "Dana Whitcombe", [], "a1") is None


def test_surname_of_a_namesake_in_another_article_is_no_form():
    names = {"Dana Whitcombe": "Dana Whitcombe", "Rory Whitcombe": "Rory Whitcombe"}
    f = _forms(names=names, short={("a2", "Whitcombe"): "Rory Whitcombe"})
    assert f.given_away("____ met Whitcombe at noon.", "Dana Whitcombe", [], "a2") is None


def test_accepted_form_gives_it_away():
    f = _forms()
    assert f.given_away("Mr. Peck's office said ____ would resign.", "Robert Peck", ["Mr. Peck"], "a1") == "Mr. Peck"
    assert f.given_away("The office said ____ would resign.", "Robert Peck", ["Mr. Peck"], "a1") is None


def test_given_name_of_the_decks_one_bearer_gives_it_away_capitalised_only():
    f = _forms(names={"Nadia Korvell": "Nadia Korvell", "Owen Pratt": "Owen Pratt"})
    assert f.given_away("Who said: “They keep calling me ‘Tiny Nadia.’”?", "Nadia Korvell", [], "a1") == "Nadia"
    f = _forms(names={"Mark Ostrow": "Mark Ostrow"})
    assert f.given_away("Who said: “We will mark the day”?", "Mark Ostrow", [], "a1") is None


def test_given_name_shared_in_the_deck_or_in_another_name_is_no_form():
    f = _forms(names={"Nadia Korvell": "Nadia Korvell", "Nadia Brent": "Nadia Brent"})
    assert f.given_away("Who said: “Nadia is wrong”?", "Nadia Korvell", [], "a1") is None
    f = _forms(names={"Nadia Korvell": "Nadia Korvell"}, entities={"Port Nadia": "Port Nadia"})
    assert f.given_away("Who said: “Port Nadia is wrong”?", "Nadia Korvell", [], "a1") is None


def test_shorter_name_the_article_writes_gives_an_organisation_away():
    entities = {"Quillon Bancorp": "Quillon Bancorp", "Quillon": "Quillon"}
    f = _forms(entities=entities, mentions={"a1": {"Quillon", "Quillon Bancorp"}})
    q = "Harbor Trust agreed to buy ____, paying $9 of its stock for each share of Quillon."
    assert f.given_away(q, "Quillon Bancorp", [], "a1") == "Quillon"
    # "Quillon" written as an organisation in another article only: no form of this card's answer
    assert f.given_away(q, "Quillon Bancorp", [], "a2") is None


def test_another_organisation_sharing_a_word_gives_nothing_away():
    entities = {"Marlow Group": "Marlow Group", "Marlow Insurance": "Marlow Insurance", "Marlow": "Marlow"}
    f = _forms(entities=entities, mentions={"a1": {"Marlow", "Marlow Group", "Marlow Insurance"}})
    assert f.given_away("____ raised its stake in Marlow Insurance to 90%.", "Marlow Group", [], "a1") is None


def test_parent_company_and_phrases_are_no_forms():
    entities = {"Brisk Texas Bank": "Brisk Texas Bank", "Brisk Corp.": "Brisk Corp."}
    f = _forms(entities=entities, mentions={"a1": {"Brisk Corp.", "Brisk Texas Bank"}})
    assert f.given_away("Kell Oil said it borrowed from ____, a unit of Brisk Corp.", "Brisk Texas Bank", [], "a1") is None
    f = _forms(entities={"Pollard": "Pollard"}, mentions={"a1": {"Pollard"}})
    assert f.given_away("As Pollard's aides worried, ____ seized on hope.", "anti-Pollard delegates", [], "a1") is None


def test_given_name_read_in_the_cards_article():
    names = {"Nadia Korvell": "Nadia Korvell", "Nadia Brent": "Nadia Brent"}
    f = AnswerForms(names, {}, {}, {}, {"a1": {"Nadia Korvell", "Owen Pratt"}, "a2": {"Nadia Brent", "Nadia Korvell"}})
    assert f.given_away("Who said: “Nadia, we are late”?", "Nadia Korvell", [], "a1") == "Nadia"
    assert f.given_away("Who said: “Nadia, we are late”?", "Nadia Korvell", [], "a2") is None
