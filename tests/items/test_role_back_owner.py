"""A role owned by a common noun read back to an organisation ("the bank's vice-president") is
asked with the organisation's name, or not at all when the story names two that fit."""

from __future__ import annotations

from tests.articles import deck_of

BODY = (
    "{banks} says Varnland has shown real progress in the effort to lift millions of people out of poverty.\n\n"
    "The Harland Bank's annual study found that the country had kept growth above 4 percent for ten years.\n\n"
    '"Varnland today is a country on the move, making real progress on health and trade," said Tobin Marsh, '
    "the bank's vice-president for the Ostland region.\n\n"
    '"Better management of its mines is the key to growth," Marsh said.'
)


def _role_questions(tmp_path, banks: str) -> list[str]:
    deck = deck_of(tmp_path, BODY.format(banks=banks), title=f"{banks} praises Varnland", date="2006-11-02")
    return [i.question for i in deck.items if i.kind == "person"]


def test_the_owner_read_back_is_named(tmp_path):
    questions = _role_questions(tmp_path, "Harland Bank")
    assert "Who was the Harland Bank's vice-president for the Ostland region (November 2006)?" in questions
    assert not any("the bank's" in q for q in questions)


def test_two_organisations_that_fit_make_no_role_card(tmp_path):
    questions = _role_questions(tmp_path, "Harland Bank and Ostwick Bank")
    assert not any("vice-president" in q for q in questions), questions


def test_an_owner_of_a_kind_of_business_is_no_one_post():
    from quizgen.extract.roles import many_hold

    assert many_hold("Varnish bar owner") and many_hold("restaurant owner")
    assert not many_hold("Harland Rovers owner") and not many_hold("owner of the Harland Arms")


def test_no_role_card_asks_for_the_bar_owner(tmp_path):
    deck = deck_of(
        tmp_path,
        '"No one here is worried about the locals," expatriate Varnish bar owner Ken Dalby told reporters.\n\n'
        '"We are worried about the people who have been flown in," Dalby said.',
        title="Protests in Ostwick",
        date="2005-12-13",
    )
    assert not [i.question for i in deck.items if i.kind == "person" and i.question.startswith("Who was")]
