"""From the j131 sample (4f0d03b6, read after scoring), each fixed at its mechanism and tested with
articles written for the test:
- "“It's a sad affair,” he told …" credited to the one echoed, when the sentence before had
  another person speak in a relative clause ("…, Pedro Aspe Armella, who said …");
- a quotation opened with a double mark and closed with a single one ("… earners,' he said,
  adding …") ran on into the reporter's words."""

from __future__ import annotations

from quizgen.items.quote_cuts import before_stray_mark, stray_mark
from tests.articles import wire_items


def test_he_after_someone_speaking_in_a_relative_clause_is_not_the_subject_alone(tmp_path):
    body = (
        "BOSTON, March 19 - Argentina's central bank president Jose Luis Machinea said banks should show more "
        "flexibility in new lending.\n\n"
        '"We have to introduce some common sense into the discussion," Machinea said this week in Boston.\n\n'
        "He was echoed by Chile's deputy finance minister, Rodrigo Vergara Montes, who said the delay in signing "
        'his country\'s loan has made it difficult to plan economic policy. "It\'s a sorry business," he told the '
        "Boston meeting."
    )
    items = wire_items(tmp_path, body, title="LATIN DEBTORS CALL FOR CHANGE", date="1987-03-19")
    sorry = [i for i in items if i.kind == "quote" and "sorry business" in i.question]
    assert not any(i.answer == "Jose Luis Machinea" for i in sorry), [(i.question, i.answer) for i in sorry]
    # his own words, in the sentence that names him, are still his
    assert any(i.kind == "quote" and "common sense" in i.question and i.answer == "Jose Luis Machinea" for i in items)


def test_a_quotation_closed_with_a_single_mark_stops_there():
    quote = (
        "We do not think such a freeze is workable, given the needs of wage earners,' he said, adding a freeze "
        "could have wrecked the accord."
    )
    assert stray_mark(quote) is not None
    assert before_stray_mark(quote) == "We do not think such a freeze is workable, given the needs of wage earners"
    # an apostrophe inside a word, or a quotation with no speaker after its mark, is no such mark
    assert stray_mark("It is the nation's best effort, he believes.") is None


def test_no_card_shows_the_reporters_words_inside_a_quotation(tmp_path):
    body = (
        "CANBERRA, March 10 - The Arbitration Commission granted a flat 10 dlr a week wage rise, Commission "
        "President Justice Barry Maddox said.\n\n"
        "He said the Commission had rejected employers' calls for a wage freeze.\n\n"
        "\"We do not think such a freeze is workable, given the needs of wage earners,' he said, adding a freeze "
        "could have wrecked the accord."
    )
    items = wire_items(tmp_path, body, title="AUSTRALIAN WAGE RISE SET", date="1987-03-10")
    assert not any(i.kind == "quote" and "he said, adding" in i.question for i in items), [i.question for i in items]
