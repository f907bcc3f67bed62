"""From the j185 sample (stop 69: AllSides fresh34, read after scoring): a hover card with no
headline ("Benjamin (Bibi) NetanyahuMORE") is blanked; a yearly observance's day ("celebrated
annually on June 19") dates no one year; a linked story's headline in capitals after a label is
no one's line; a title a lower-case "state" qualifies is no nation's office; a negated act's
doer or object is not blanked; "the report noted" is no words of the report's co-author; a first
name other people share ("John" of John McCain) is no name a senator goes by."""

from __future__ import annotations

from quizgen.facts.names import written_alone
from quizgen.ingest.markup import repair_markup
from tests.articles import deck_of_text, facts_of, make_article


def test_a_hover_card_with_no_headline_is_blanked(nlp):
    text = (
        "Israeli Prime Minister Benjamin Netanyahu Benjamin (Bibi) NetanyahuMORE has been indicted in three "
        "corruption cases, marking the first time a sitting head of state in Israel will face criminal charges."
    )
    repaired = repair_markup(text)
    assert "MORE" not in repaired and "(Bibi)" not in repaired and len(repaired) == len(text)
    deck = deck_of_text(nlp, text + "\n\nNetanyahu was charged Thursday with bribery.", events=True, date="2019-11-21",
                        title="Netanyahu indicted on corruption charges")
    assert not [i.answer for i in deck.items if "MORE" in i.answer or "MORE" in i.question]


def test_a_yearly_observance_dates_no_one_year(nlp):
    text = (
        "Virginia Gov. Ralph Northam announced Tuesday that he is making Juneteenth an official holiday.\n\n"
        "Juneteenth, which is also called Emancipation Day and Freedom Day, is celebrated annually on June 19. "
        "Texas first made it a state holiday in 1980."
    )
    deck = deck_of_text(nlp, text, events=True, date="2020-06-16", title="Virginia governor to propose a holiday")
    assert not [i.question for i in deck.items if i.kind == "date" and i.answer.startswith("19 June")]


def test_a_headline_in_capitals_after_a_label_is_no_one_s_line(nlp):
    text = (
        "Attorney General Jeff Sessions told lawmakers Tuesday that the Justice Department has 27 open "
        "investigations into leaks.\n\n"
        "SESSIONS: I HAVE 'ALWAYS TOLD THE TRUTH' IN TESTIMONY; SAYS HE DOES NOT RECALL CONVERSATION WITH CARTER PAGE\n\n"
        "SESSIONS: We have more than tripled the number of active leak investigations compared to the last years."
    )
    facts = facts_of(nlp, make_article(text, date="2017-11-15", title="Sessions on leaks"))
    quotes = [q.quote for q in facts.quotes]
    assert not [q for q in quotes if "ALWAYS TOLD THE TRUTH" in q]
    assert [q for q in quotes if "tripled" in q], quotes


def test_a_title_of_a_state_s_house_is_no_nation_s_office(nlp):
    text = (
        "Virginia Gov. Ralph Northam announced Tuesday that he is making Juneteenth a holiday.\n\n"
        "In a statement, state House Republican Leader Todd Gilbert echoed the same sentiments.\n\n"
        "City Council President Jo Roe agreed."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(text, date="2020-06-16")).roles]
    assert not [r for r in roles if r[0] == "Todd Gilbert"], roles
    assert ("Jo Roe", "City Council President") in roles


def test_a_negated_act_s_doer_is_not_blanked(nlp):
    text = (
        "Susan Gill has never met Anatoliy Sergeyevich Kovalev.\n\n"
        "But the Florida election supervisor knows his name, since Russian hackers tried to break into her office, "
        "Brian Calkin said on Friday."
    )
    deck = deck_of_text(nlp, text, events=True, date="2018-11-02", title="Arming election officials")
    assert not [i.question for i in deck.items if "never met" in i.question]


def test_the_report_s_words_are_not_its_co_author_s(nlp):
    text = (
        "The world's food supply is at risk, a United Nations report said Thursday. Cynthia Rosenzweig, a "
        "co-author of the report, said the threat is growing.\n\n"
        "Most scenarios predict the world's tropical regions will have “unprecedented climatic conditions by the "
        "mid-to-late 21st century,” the report noted."
    )
    facts = facts_of(nlp, make_article(text, date="2019-08-08", title="UN warming report"))
    assert not [q for q in facts.quotes if "unprecedented" in q.quote and q.speaker == "Cynthia Rosenzweig"]


def test_a_first_name_others_share_is_no_name_one_goes_by():
    texts = ["Sen. John Cornyn of Texas spoke. John McCain agreed, and later John McCain and John Boehner met."]
    assert written_alone("John Cornyn", texts) is None
    assert written_alone("Mobutu Sese Seko", ["President Mobutu Sese Seko said. Mobutu said later that Mobutu would go."]) == "Mobutu"
