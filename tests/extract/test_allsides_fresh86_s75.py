"""From the j237 sample (stop 75: AllSides fresh86, at 4613a83a, read after scoring): the dateline's
country set on the bare "President" of a man the deck knows of another; a web page's sentences
glued with no space; a place "there" with no place named; a reporter's beat line; an attempt
asked without what was attempted; a judged act's "for …" left out of "Who blamed …?"; a date counted
from a day the text before gave. (A definite object the sentences before told, "Duke Energy had
guaranteed ____" → "the line of credit", was refused by a rule for a while; on the 840-article deck
it took "the stock market" and "the attention of presidential candidates" too, and was dropped.)"""

from __future__ import annotations

from quizgen.ingest.credits import is_credit_line
from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text, facts_of, make_article, references_of


def test_sentences_glued_without_a_space_are_no_card():
    glued = "Organizers have not disclosed which lawmakers will be included in the ads.OFA plans to sponsor ____ events."
    assert "two sentences glued together" in form_problems(glued, "more than 100", [])
    for fine in ("The U.S. Army said ____ troops left.", "At 9 a.m. ____ arrived.", "The Hill.TV host said ____ people came."):
        assert "two sentences glued together" not in form_problems(fine, "10", []), fine


def test_a_place_there_with_no_place_named_leans_on_the_text_before(nlp):
    text = (
        "The U.S. has sent advisers to Iraq to help fight the Islamic State.\n\n"
        "There are now about 1,400 U.S. troops there, out of the 1,600 previously authorized."
    )
    idiom = "Sanders declared that he was holding a fundraiser right then and there and asked for $27 each."
    assert "there" not in references_of(nlp, idiom, "place")
    sentence_place = "Next to the Carrier plant is an Amazon warehouse, with salaries there averaging just over $15 an hour."
    assert "there" not in references_of(nlp, sentence_place, "place")
    assert references_of(nlp, text, "place") == {"there": None}
    items = deck_of_text(nlp, text, date="2014-11-09", events=True).items
    assert not [i for i in items if "troops there" in i.question], [i.question for i in items]
    named = "The minister flew to Paris on Monday and stayed there for 3 days of talks."
    assert "there" not in references_of(nlp, named, "place")


def test_a_reporters_beat_line_is_a_credit_line():
    assert is_credit_line("Nick Fandos covers Congress.")
    assert not is_credit_line("John Smith covers up the scandal, officials said.")
    assert not is_credit_line("The senator covers the cost.")


def test_an_attempt_is_not_asked_without_what_was_attempted(nlp):
    text = (
        "China on Thursday blocked a U.S. effort at the United Nations to blacklist six foreign-flagged ships, a diplomat said. "
        "Russia blocked an effort to sanction Syria."
    )
    answers = [e.answer for e in facts_of(nlp, make_article(text, date="2017-12-30")).events]
    assert "a U.S. effort" not in answers and "an effort to sanction Syria" in answers, answers


def test_a_judged_act_is_not_asked_without_what_for(nlp):
    text = (
        "President Trump canceled the military parade on Friday.\n\n"
        "On Twitter, Trump blamed local officials for inflating the estimated cost of the parade."
    )
    items = deck_of_text(nlp, text, date="2018-08-17", events=True).items
    assert not [i for i in items if i.question.rstrip("?").endswith("blamed local officials")], [i.question for i in items]


def test_a_datelines_country_is_not_set_on_a_president_the_deck_knows_of_another(nlp):
    from quizgen.deck.generate import build_deck

    stories = {
        "a": ("Trump speaks on trade", "U.S. President Donald Trump said on Monday that he would meet Chinese leaders next month."),
        "b": (
            "Taliban council agrees to cease-fire in Afghanistan",
            (
                "KABUL, Afghanistan (AP) — The Taliban's ruling council agreed on Sunday to a temporary cease-fire in "
                "Afghanistan. However, a surge in violence in the capital Kabul killed a U.S. soldier, prompting President "
                "Donald Trump to declare the deal “dead.”"
            ),
        ),
    }
    facts = [facts_of(nlp, make_article(text, article_id=aid, title=title, date="2019-12-29")) for aid, (title, text) in stories.items()]
    items = build_deck(facts, deck_id="t", title="T", events=True).items
    assert not [i for i in items if "President of Afghanistan" in i.question], [i.question for i in items]


def test_a_date_counted_from_a_day_told_before_is_no_date_card():
    from quizgen.items.form_gate import item_form_problems
    from quizgen.models import DateItem, Evidence

    def card(question: str) -> DateItem:
        sentence = question.replace("____", "March 3")
        evidence = [Evidence(source="a", start=0, end=len(sentence), text=sentence)]
        return DateItem(id="d-000000000001", question=question, answer="3 March 2020", value="2020-03-03", evidence=evidence)

    problem = "a date counted from a day the text before gave"
    assert problem in item_form_problems(card("The next day, on ____, Prime Minister Boris Johnson was his cheery self."))
    assert problem in item_form_problems(card("Two days later, on ____, the minister resigned."))
    assert problem not in item_form_problems(card("On ____, the day after the vote, the minister resigned."))
    assert problem not in item_form_problems(card("On ____, the next round of talks began in Geneva."))
