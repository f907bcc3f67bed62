"""Round 37: an answer that runs into the next clause's subject ("to mark [the end of the siege
and villagers] scattered …") makes no card; the parse joined two clauses."""

from __future__ import annotations

from quizgen.extract.event_answers import answer_of
from quizgen.extract.event_phrases import runs_into_clause
from tests.articles import facts_of, make_article


def things_of(nlp, text: str) -> set[str]:
    return {a.name for a in facts_of(nlp, make_article(text)).arguments if a.label == "THING"}


def test_an_object_phrase_that_runs_into_the_next_clause_s_subject_is_no_answer(nlp):
    found = things_of(
        nlp,
        "Mayor Anna Brightwater ordered the closure of the old mill and workers marched through the town on Monday. "
        "The mill opened in 1890.",
    )
    assert not any(name.endswith("workers") for name in found)


def test_a_coordinated_object_whose_next_clause_has_its_own_subject_is_whole(nlp):
    found = things_of(
        nlp,
        "Harlow Council approved the closure of the old mill and the mayor signed the order on Monday. "
        "The mill opened in 1890.",
    )
    assert "the closure of the old mill" in found


def test_an_event_answer_that_runs_into_the_next_clause_is_cut_or_refused(nlp):
    text = "Governor Paul Garrick {} the new bridge over the river and villagers scattered flowers across the road."
    doc = nlp(text.format("launched"))
    launched = next(t for t in doc if t.lower_ == "launched")
    assert answer_of(launched, "launch") is None  # "the new bridge | and villagers": no phrase of its own
    doc = nlp(text.format("built"))
    built = next(t for t in doc if t.lower_ == "built")
    found = answer_of(built, "build")
    assert found is not None and found[0].text == "the new bridge"  # the object, without the verb's phrase run on


def test_two_coordinated_objects_of_one_verb_are_no_run_on(nlp):
    doc = nlp("The council bought the old mill and the bakery and sold them to a charity.")
    bought = next(t for t in doc if t.lower_ == "bought")
    span = doc[bought.i + 1 : bought.i + 7]
    assert span.text == "the old mill and the bakery"
    assert not runs_into_clause(span)


def names_of(nlp, text: str) -> set[str]:
    return {a.name for a in facts_of(nlp, make_article(text)).arguments if a.label != "THING"}


def test_who_relayed_the_news_is_no_answer(nlp):
    relayed = names_of(
        nlp,
        "The state-run Ruritania News Agency quoted officials of the weather office as saying that the storm hit "
        "the coast at noon. The storm killed two people.",
    )
    assert "Ruritania News Agency" not in relayed
    figures = names_of(nlp, "Fuel prices in Ruritania rose 0.3 percent in May, preliminary figures from the Ministry of Trade showed. Prices fell in April.")
    assert "Ministry of Trade" not in figures
    deep = names_of(nlp, "Fuel prices rose 0.3 percent in May, according to a report by the Ministry of Trade. Prices fell in April.")
    assert "Ministry of Trade" not in deep


def test_a_people_whose_place_the_text_names_is_no_answer(nlp):
    given = names_of(
        nlp,
        "Some 3,000 Ruritanians have caught the fever this year, an official of Ruritania's Health Ministry said on "
        "Friday. The fever spreads fast.",
    )
    assert "Ruritanians" not in given
    before = names_of(nlp, "Storms hit the coast of Ruritania on Monday. Some 3,000 Ruritanians lost their homes, officials said.")
    assert "Ruritanians" not in before


def test_a_party_s_members_are_no_people_of_a_place(nlp):
    found = names_of(
        nlp,
        "The Republican National Committee met in Harlow on Monday. "
        "Republicans quickly learned that the southern counties no longer gave them a lock on the state.",
    )
    assert "Republicans" in found


def test_a_company_giving_its_own_results_is_no_relay(nlp):
    found = names_of(nlp, "Norvex Corp. reported a third-quarter loss, citing higher costs at its Harlow plant. Its shares fell.")
    assert "Norvex Corp." in found


def test_who_conducted_a_poll_is_no_relay_but_the_poll_s_fact(nlp):
    """A teacher asks who conducted the poll a story turns on (a dev key fact): a name on "poll",
    "survey" or "study" stays an answer, however deep under "according to"."""
    polled = names_of(
        nlp,
        "Young voters prefer Mayor Ruiz by a wide margin, according to a new poll by the Westfield "
        "University Institute of Politics. The poll surveyed 2,000 voters.",
    )
    assert "Westfield University Institute of Politics" in polled
