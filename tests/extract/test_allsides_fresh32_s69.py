"""From the j183 sample (stop 69: AllSides fresh32, read after scoring): a conjunct clause with a
subject of its own takes none from the first ("… that Putin is losing the war and that the
European Union was set to target Moscow's economy"); a blank never holds a piece of one name
("the 9th ____", "____, D.C.", "the Senate Homeland Security and ____"); a presidential race's
year gets other years of its cycle ("a primary in the year 2020", "win the White House in 2016")."""

from __future__ import annotations

from quizgen.items import date_choices
from tests.articles import deck_of_text, events_of


def test_a_conjunct_with_its_own_subject_shares_none(nlp):
    text = (
        "The White House said Monday that Russian President Vladimir Putin is “losing” the war in Ukraine and "
        "that the European Union was set to target Moscow’s economy with new sanctions.\n\n"
        "The fighting went on."
    )
    events = [e for e in events_of(nlp, text) if e.verb == "target"]
    assert events and all(e.actor != "Vladimir Putin" for e in events), [(e.actor, e.verb) for e in events]


def test_a_blank_never_holds_a_piece_of_one_name(nlp):
    text = (
        "President Trump already has appointed 10 judges to the U.S. Court of Appeals for the 9th Circuit, "
        "giving a conservative makeover to the liberal bench.\n\n"
        "The primary march is taking place in Washington, D.C., on Pennsylvania Avenue at noon on Saturday.\n\n"
        "Alejandro Mayorkas testified at his confirmation hearing on Thursday before the Senate Homeland "
        "Security and Governmental Affairs Committee."
    )
    deck = deck_of_text(nlp, text, events=True, date="2019-12-30", title="Trump reshapes the 9th Circuit")
    cut = [
        (i.question, i.answer) for i in deck.items
        if "9th ____" in i.question or "____, D.C." in i.question or "Security and ____" in i.question
    ]
    assert not cut


def test_a_presidential_race_s_year_gets_years_of_its_cycle():
    def words(sentence: str) -> set[str]:
        text = sentence.lower()
        return set(text.replace(",", " ").split()) | {p for p in date_choices._CYCLE_PHRASES if p in text}

    assert date_choices.cycle_of(words("A primary in the year 2020 is a safe space to begin"), 2020, {}) == 4
    assert date_choices.cycle_of(words("to win the White House in 2016, Democrats must hold the states"), 2016, {}) == 4
    # off the race's phase the word names another event: no cycle from it
    assert date_choices.cycle_of(words("the 2018 primary in Ohio"), 2018, {}) is None
    assert date_choices.cycle_of(words("The White House said in 2017 that it would act"), 2017, {}) is None
