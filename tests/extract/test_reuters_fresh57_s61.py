"""From the j126 sample (stop 61's last code, read after scoring): "C.J. Lawrence", the firm of
"analyst Peter Appert of C.J. Lawrence", offered as a person on four quotation cards (choices n):
the recognizer read it as a person, and the quotation as the firm's.
Fixed with an article written for the test."""

from __future__ import annotations

from tests.articles import facts_of, make_article, wire_items


def test_a_name_after_a_persons_name_and_of_is_the_persons_firm(nlp):
    text = (
        "NEW YORK, April 3 - The new network's ratings are expected to be low at first, analysts said.\n\n"
        '"The start-up costs are exceptionally high," industry analyst Peter Appert of C.J. Lawrence said.'
    )
    facts = facts_of(nlp, make_article(text, title="FOX DEBUTS NETWORK", date="1987-04-03"))
    names = {p.name for p in facts.people}
    assert "Peter Appert" in names and "C.J. Lawrence" not in names, names
    assert [q.speaker for q in facts.quotes] == ["Peter Appert"], facts.quotes  # the analyst's words, not his firm's


def test_no_persons_firm_is_offered_as_a_speaker(tmp_path):
    body = (
        "NEW YORK, April 3 - News Corp's Fox Broadcasting will begin airing its programmes on 107 stations, "
        "the company said.\n\n"
        '"The start-up costs are exceptionally high," industry analyst Peter Appert of C.J. Lawrence said.\n\n'
        '"I believe some of their shows would be extremely high-rated," said Jon Mandel, associate media '
        "director at Grey Advertising Inc.\n\n"
        "Robert Adler, president of the Cabletelevision Advertising Bureau, said many cable shows aim at the "
        'same audience. "There are already many alternatives out there," he said.\n\n'
        '"It will take time," said James Mandelbaum, an analyst with Smith Barney.'
    )
    items = wire_items(tmp_path, body, title="NEWS CORP'S FOX DEBUTS U.S. NETWORK", date="1987-04-03")
    quotes = [i for i in items if i.kind == "quote"]
    assert quotes, [(i.question, i.answer) for i in items]
    assert not any("C.J. Lawrence" in c for i in quotes for c in i.choices), [i.choices for i in quotes]
