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
    body = (
        "WASHINGTON, March 24 - President Ronald Reagan signed the trade bill on Tuesday, the White House said.\n\n"
        "Reagan said the law would open foreign markets to U.S. exporters."
    )
    deck = deck_of(tmp_path, body, title="U.S. PRESIDENT SIGNS TRADE BILL", date="1987-03-24", events=False)
    assert [i.role for i in deck.items if i.kind == "person"] == ["President of the United States"]


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
