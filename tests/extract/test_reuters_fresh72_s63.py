"""From the j141 sample (e661ac38, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "NEW YORK , March 20 - …" in two questions: a dateline with a space before its comma;
- "Who was the reformist Communist Party leader (April 1987)?" → Hu Yaobang, though the sentence
  tells of "the resignation in January of … leader Hu Yaobang": a noun of leaving a post, with
  the person in its "of" phrase or as its owner, ends the role as much as "resigned" does.
"""

from __future__ import annotations

from quizgen.extract.departures import departed_people
from tests.articles import shown, wire_items


def test_a_dateline_with_a_space_before_its_comma_is_no_part_of_a_card(tmp_path):
    body = (
        "NEW YORK , March 20 - American Can Co chairman Gerald Tsai said the company will record higher earnings "
        "in the first quarter and for the full year.\n\n"
        "Tsai said first quarter results have been extremely encouraging."
    )
    items = wire_items(tmp_path, body, title="AMERICAN CAN SEES HIGHER YEAR NET", date="1987-03-20")
    assert items, "the story makes cards"
    assert not any("NEW YORK" in i.question for i in items), shown(items)


def test_a_noun_of_leaving_a_post_ends_the_role(nlp):
    doc = nlp(
        "The price clampdown has occurred during a conservative backlash following the resignation in January "
        "of reformist Communist Party leader Hu Yaobang, Western diplomats say. Rival Jo Roe's ouster was "
        "confirmed. Analysts discussed the expected retirement of chairman Tom Lee."
    )
    gone = departed_people(doc)
    assert "Yaobang" in gone and "Roe" in gone
    assert "Lee" not in gone  # an expected retirement is not yet one
