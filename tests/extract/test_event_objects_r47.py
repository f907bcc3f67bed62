"""Round 47, from j40's event cards, rebuilt on made-up sentences: an object's target kept in
an anchorless question, a cloze never blanks part of a longer name, and a place its sentence
calls a country's capital is no cloze of its own."""

from __future__ import annotations

from spacy.tokens import Span

from quizgen.extract.demonyms import described_capital
from quizgen.extract.event_complements import aimed_at
from quizgen.extract.name_tails import longer_name_end
from tests.articles import deck_of


def _verb_and_object(doc):
    verb = next(t for t in doc if t.dep_ == "ROOT")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    return verb, doc[obj.left_edge.i : obj.right_edge.i + 1]


def test_an_anchorless_object_question_keeps_its_target(tmp_path):
    """"What did the council impose?" → "sanctions on Tehran" had countless answers."""
    deck = deck_of(
        tmp_path,
        "The atomic energy agency will press ahead with its inquiry into the Iranian program, its director "
        "said after the UN Security Council imposed sanctions on Tehran.\n\n"
        "The agency will carry out the parts of the council's resolution that concern its own work, the "
        "director said in a statement posted on its website.",
        title="Agency presses on",
        date="2006-12-23",
    )
    asked = {i.question: i.answer for i in deck.items if i.kind == "event" and (i.question or "").startswith("What")}
    assert asked.get("What did the UN Security Council impose on Tehran?") == "sanctions", asked
    assert "What did the UN Security Council impose?" not in asked


def test_which_closing_phrases_are_targets(nlp):
    verb, obj = _verb_and_object(nlp("The European Commission imposed a ban on imports of beef from Brazil."))
    assert aimed_at(verb, obj) == ("a ban", "on imports of beef from Brazil")
    doc = nlp("Nordair Holdings issued 2.5 million new shares of common stock to Lufthansa.")
    verb = _verb_and_object(doc)[0]  # the parse may hang "to Lufthansa" on the verb; the answer holds it
    assert aimed_at(verb, doc[3:-1]) == ("2.5 million new shares of common stock", "to Lufthansa")
    verb, obj = _verb_and_object(nlp("The council brought an end to the long dispute."))
    assert aimed_at(verb, obj) is None  # "to" before no named party
    verb, obj = _verb_and_object(nlp("Police arrested a man with a knife."))
    assert aimed_at(verb, obj) is None  # "with" before no named party
    verb, obj = _verb_and_object(nlp("The ministry released a report on Monday."))
    assert aimed_at(verb, obj) is None  # a time is no target


def test_a_cut_facility_name_runs_on_to_the_end_of_its_tail(nlp):
    """The tagger read "the Hartwell Centre" as a facility and "the Promotion of Baltic Trade
    Studies" as an organisation: a cloze of the first asked a name the article never uses."""
    doc = nlp("Experts from the Hartwell Centre for the Promotion of Baltic Trade Studies and the Lantern Press "
              "visited the port on Monday.")
    words = [t.text for t in doc]
    centre = words.index("Centre")
    promotion = words.index("Promotion")
    studies = words.index("Studies")
    press = words.index("Press")
    doc.ents = [
        Span(doc, centre - 2, centre + 1, label="FAC"),
        Span(doc, promotion - 1, studies + 1, label="ORG"),
        Span(doc, press - 2, press + 1, label="ORG"),
    ]
    end = longer_name_end(doc.ents[0])
    assert end == studies + 1, doc[centre - 1 : end].text  # not on into "and the Lantern Press"
    assert longer_name_end(doc.ents[2]) is None


def test_a_capital_described_by_its_country(nlp):
    doc = nlp("The minister would pay a visit to the Afghan capital Kabul next month.")
    kabul = next(e for e in doc.ents if e.text == "Kabul")
    assert described_capital(kabul) == [t.text for t in doc].index("the", 7)
    doc = nlp("The minister will visit Kabul, the Afghan capital, early next month.")
    kabul = next(e for e in doc.ents if e.text == "Kabul")
    assert described_capital(kabul) == -1
    doc = nlp("The minister will visit Kabul, the rebel capital, early next month.")
    kabul = next(e for e in doc.ents if e.text == "Kabul")
    assert described_capital(kabul) is None
    doc = nlp("The envoy will attend a meeting in Baidoa, the provisional capital of Somalia, this week.")
    town = next(e for e in doc.ents if e.text == "Baidoa")
    assert described_capital(town) is None  # which city is the provisional one, the article tells


def test_a_capital_cloze_drops_the_description(tmp_path):
    deck = deck_of(
        tmp_path,
        "Pakistan's foreign minister Omar Latif would pay an official visit to Afghan capital Kabul early next "
        "month, an Afghan spokesman said on Tuesday.\n\n"
        "Latif is going to meet the Afghan president and his cabinet during his three-day stay, the spokesman "
        "told reporters.",
        title="Minister to visit Afghanistan",
        date="2006-12-19",
    )
    clozes = [i for i in deck.items if i.kind == "event" and i.answer == "Kabul"]
    for item in clozes:
        assert "capital" not in (item.question or ""), item.question
