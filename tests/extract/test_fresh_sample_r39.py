"""j34's reader failures (stop 38), rebuilt on made-up articles."""

from __future__ import annotations

from tests.articles import deck_of


def test_no_card_blanks_the_name_after_its_particle(tmp_path):
    """"Former Prime Minister Kengo wa ____": the tagger leaves a name's lower-case particle and
    the words before it out of the entity; blanking the rest asks for half a name."""
    deck = deck_of(
        tmp_path,
        "Former Zairean Prime Minister Tshala wa Dondo has fled the country and the government is thinking "
        "of charging him with treason, government spokesman Alain Mbuyi told reporters Tuesday.\n\n"
        "The spokesman said that the country's war chest was empty and that the government believed Tshala "
        "was responsible.",
        title="Former Zairean premier flees, spokesman says",
        date="1997-04-15",
    )
    for item in deck.items:
        assert "wa ____" not in (item.question or ""), item.question


def test_a_clause_on_the_figure_is_no_side_clause(nlp):
    """"$46 million already spent … by the group": a participle hanging on the figure says what
    the figure is, so its unnamed "the group" still stops the card (j34, ``side_clauses``)."""
    from quizgen.extract.side_clauses import side_clauses

    doc = nlp(
        "The surge of money comes on top of more than $38 million already spent throughout the 2014 race by the "
        "group, mostly on behalf of House Democratic candidates."
    )
    figure = next(e for e in doc.ents if e.label_ == "MONEY")
    spans = side_clauses(figure)
    assert not any(doc.text[s:e].startswith("already spent") or "by the group" in doc.text[s:e] for s, e in spans)


def test_an_act_another_does_so_as_well_has_no_single_doer(nlp):
    """"The NAACP called for a moratorium … The Movement for Black Lives did so as well": two
    right answers to "Which organisation called for a moratorium?" (j34, ``event_peers``)."""
    from quizgen.extract.event_peers import _echoed

    def echoed(text: str) -> bool:
        doc = nlp(text)
        verb = next(t for t in doc if t.lemma_ == "call")
        return _echoed(verb, "Farmers Union", "ORG")

    first = "In July, the Farmers Union called for a ban on pesticides. "
    assert echoed(first + "The Green Alliance, a group of activists, did so as well.")
    assert echoed(first + "So did the Green Alliance.")
    assert echoed(first + "The Green Alliance followed suit.")
    assert not echoed(first + "It did so after a long debate.")  # the actor itself
    assert echoed(first + "The Green Alliance did the same.")
    assert not echoed(first + "The Green Alliance opposed the ban.")
    assert not echoed(first + "The Green Alliance did nothing, so the ban failed.")  # "so" is no pro-form here


def test_a_charge_verb_is_never_asked_without_its_charge(tmp_path):
    """"the United States has accused Syria of allowing …" made "What has the United States
    accused?" (j35): the object of a judging verb with its of/for/with complement is no act of
    its own; the charge is (``judged_acts``)."""
    deck = deck_of(
        tmp_path,
        "Norland's Foreign Minister Karel Vost, who is paying a landmark visit to Estmark, has called for the "
        "withdrawal of foreign troops out of Estmark.\n\n"
        "However, the United States has accused Norland of allowing gunmen to go into Estmark to fight against "
        "the coalition troops in the country.",
        title="U.S. says Norland should become a partner in Estmark",
        date="2006-11-20",
    )
    for item in deck.items:
        assert not (item.question or "").rstrip("?").endswith("accused"), item.question
