"""From the j86 sample (stop 53: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- the story's own outlet that the tagger ran into the next name ("told [Reuters SMC] had
  offered") is no cloze answer;
- a year blanked next to the year its figure is compared with, the base's figure named first
  ("a net loss in calendar ____ from a 5.80 mln dlr profit in 1985"), is given away.
"""

from __future__ import annotations

from tests.articles import deck_of_text


def test_the_outlet_run_into_the_next_name_is_no_answer(nlp):
    deck = deck_of_text(nlp, title="COMPROMISE CITED ON SAN MIGUEL SHARES", date="1987-04-02", events=True, outlet="Reuters", text=(
        "\nMANILA, April 2 - San Miguel Corp, SMC, and United Coconut Planters Bank, UCPB, have reached a compromise "
        "on a disputed block of 38.1 mln shares of SMC, the head of a government panel that controls the "
        "sequestered shares said.\n\n"
        "Ramon Diaz, Chairman of the Presidential Commission on Good Government (PCGG) told Reuters SMC had offered "
        "a price of 126 pesos per share for the block, held in trust by the UCPB."
    ))
    assert not any("Reuters" in i.answer for i in deck.items)
    assert any(i.answer == "126" for i in deck.items)


def test_a_year_next_to_its_compared_year_after_the_bases_figure(nlp):
    deck = deck_of_text(nlp, title="MITSUBISHI MOTORS AUSTRALIA IN LOSS", date="1987-03-25", text=(
        "\nMELBOURNE, March 25 - Mitsubishi Motors Australia Ltd (MMAL) reported a 19.64 mln dlr net loss in "
        "calendar 1986 from a 5.80 mln dlr profit in 1985 on turnover of 837.79 mln dlrs from 942.89 mln.\n\n"
        "The company blamed the loss on the fall of the Australian dollar against the yen."
    ))
    assert not any(i.kind == "date" and i.answer == "1986" for i in deck.items)
    assert any(i.kind == "number" for i in deck.items)
