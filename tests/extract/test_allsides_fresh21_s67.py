"""From the j172 sample (b70042dd, the AllSides draw fresh21, read after scoring).

- "President Trump" three times, "first lady Melania Trump" once, then "“…,” Trump also said":
  the bare "Trump" went to the one Trump named in full, and Melania Trump said the President's
  words. A surname the article titles with an office that no title of the full name shares is
  another of the family (``PersonIndex.full_name``, ``short_names._resolve``), and a titled
  surname's office is not the full name's role when they disagree (``PersonIndex.role``).
- "… including Corker and Menendez. | REUTERS Clinton rebuts GOP criticism": a photo credit run into a
  caption, and the tagger's "REUTERS Clinton" said Hillary Clinton's words. A word in capitals before a
  name's capitalised words is no given name (``name_checks.could_be_a_name``).
- "prompting the Democratic pundit Van Jones to declare …: “…”" (in
  ``test_allsides_fresh20_s67.py``).
"""

from __future__ import annotations

from quizgen.extract.name_checks import could_be_a_name
from tests.articles import shown, wire_items


def test_the_presidents_words_are_not_the_first_ladys(tmp_path):
    body = (
        "The White House convened a summit on the opioid epidemic Thursday, where first lady Melania Trump said she is "
        "proud of what the administration has already accomplished, but that \"we all know there is much work still "
        "to be done.\"\n\n"
        "President Trump said the administration would roll out new policies in the coming weeks.\n\n"
        "\"Some countries have a very, very tough penalty for drug dealers,\" Trump also said. \"And, by the way, they "
        "have much less of a drug problem than we do.\"\n\n"
        "President Trump called the epidemic a problem that is growing."
    )
    items = wire_items(tmp_path, body, title="Trump says administration working on strong opioid policies", date="2018-03-01")
    quotes = [i for i in items if i.kind == "quote"]
    assert any("tough penalty" in i.question for i in quotes), shown(items)
    assert not any("tough penalty" in i.question and "Melania" in i.answer for i in quotes), shown(items)
    assert not any("Melania" in i.answer and "President Trump" in i.accept for i in quotes), [(i.answer, i.accept) for i in quotes]


def test_a_photo_credit_before_a_name_is_no_part_of_it():
    assert not could_be_a_name("REUTERS Clinton")
    assert could_be_a_name("Hillary Clinton")
