"""An agency or paper that quotes someone passes the words on: "“…,” the agency quoted the
minister as saying" gives the minister's words, never the agency's; with no one quoted in the
parse, nobody's (round 42)."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

HEADLINE = "Steel output to double\n\n"
LEDE = "Steel output in Veldoria will double this year, a senior official said on Tuesday.\n\n"


def test_the_one_an_agency_quotes_is_the_speaker(nlp):
    text = HEADLINE + LEDE + (
        "\"We opened two new mills last spring to meet demand from builders,\" the Capital Press "
        "Agency quoted Industry Minister Karl Varga at a trade fair as saying."
    )
    assert speakers_by_quote(text, nlp) == {
        "We opened two new mills last spring to meet demand from builders": "Karl Varga"
    }


def test_the_one_a_paper_quotes_before_the_quotation_is_the_speaker(nlp):
    text = HEADLINE + LEDE + (
        "The Harbour Gazette quoted Industry Minister Karl Varga as saying: \"We will export "
        "half of the new steel to our neighbours.\""
    )
    assert speakers_by_quote(text, nlp) == {"We will export half of the new steel to our neighbours.": "Karl Varga"}


def test_an_agency_that_quotes_no_one_named_gives_no_speaker(nlp):
    text = HEADLINE + LEDE + (
        "\"We opened two new mills last spring to meet demand from builders,\" the Capital Press "
        "Agency quoted from the ministry's yearly report."
    )
    assert "Capital Press Agency" not in speakers_by_quote(text, nlp).values()


def test_one_who_was_quoted_is_still_the_speaker(nlp):
    text = HEADLINE + LEDE + (
        "\"We opened two new mills last spring to meet demand from builders,\" Industry Minister "
        "Karl Varga was quoted as saying by the Capital Press Agency."
    )
    assert speakers_by_quote(text, nlp) == {
        "We opened two new mills last spring to meet demand from builders": "Karl Varga"
    }


def test_an_organisations_kind_word_is_never_its_short_form():
    from quizgen.items.org_kinds import ends_in_kind_word

    assert ends_in_kind_word("Veldoria Steel News Service")
    assert ends_in_kind_word("Capital Press Agency")
    assert not ends_in_kind_word("Karl Varga")
    assert not ends_in_kind_word("Karen House", frozenset(["house"]))
    assert not ends_in_kind_word("Service")


def test_words_one_cites_in_a_relative_clause_stay_a_card_of_who_cited_them(nlp):
    from quizgen.extract.news_sources import relays_words

    doc = nlp("The “golden bridge” phrase Senator Ruth Tamsin cited on Monday has appeared in many speeches.")
    cited = next(t for t in doc if t.lemma_ == "cite")
    assert cited.dep_ == "relcl" and not relays_words(cited)
