"""From the j70 sample (stop 50: 1987 Reuters wire stories nobody had read, read after scoring):
"President X" in a story about a body's president ("The president of the Export-Import Bank
said …") is not the President of the United States, whatever the Washington dateline; a country
whose capital the question names as a party ("asked for consultations with Tokyo") is no wrong
choice for who did it."""

from __future__ import annotations

from tests.articles import deck_of, deck_of_text


def test_a_bodys_president_is_not_the_president_of_the_dateline_s_country(tmp_path):
    body = (
        "WASHINGTON, March 24 - The president of the Trade Finance Bank said the bank was changing its lending "
        "policies to reflect changing conditions in export financing.\n\n"
        "President Alan Merrow told a House subcommittee hearing that commercial banks had largely withdrawn from "
        "financing exports.\n\n"
        '"Exporters now need financing in riskier markets," Merrow said in his testimony.'
    )
    deck = deck_of(tmp_path, body, title="U.S. TRADE BANK TO CHANGE LENDING RULES", date="1987-03-24", events=False)
    assert not [i for i in deck.items if i.kind == "person" and "United States" in i.role]


def test_the_president_of_the_dateline_s_country_still_is(tmp_path):
    # The dateline's country is the bare office's ("President" → the United States), though since
    # stop 66 a great power's head of state gets no card (general knowledge, ``items.known_offices``).
    from quizgen.items.scopes import home_scope

    lede = "President Ronald Reagan signed the trade bill on Tuesday, the White House said."
    assert home_scope("WASHINGTON, March 24 -", "U.S. PRESIDENT SIGNS TRADE BILL", lede) == "US"
    body = f"WASHINGTON, March 24 - {lede}\n\nReagan said the law would open foreign markets to U.S. exporters."
    deck = deck_of(tmp_path, body, title="U.S. PRESIDENT SIGNS TRADE BILL", date="1987-03-24", events=False)
    assert not [i for i in deck.items if i.kind == "person" and i.answer == "Ronald Reagan"]


def test_a_country_whose_capital_the_question_names_is_no_wrong_choice(nlp):
    text = (
        "The European Community criticised new trade curbs at a meeting of the trade body in Geneva, a spokesman said.\n\n"
        "The Community was joined by the United States in criticising Brazil for extending its list of products for "
        "which import licences have been suspended. Canada said it would raise the issue again next month.\n\n"
        "The United States charged Japan with violating trade rules by restricting imports of farm products through a "
        "licensing system. The United States asked for consultations with Tokyo on the issue."
    )
    deck = deck_of_text(nlp, text, events=True, date="1987-06-18")
    asked = [i for i in deck.items if "Tokyo" in i.question and i.kind == "event"]
    assert asked and all("Japan" not in i.choices for i in asked)
