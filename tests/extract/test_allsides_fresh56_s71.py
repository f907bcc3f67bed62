"""From the j207 sample (stop 71: AllSides fresh56, read after scoring): a people narrowed by an
adjective before its name ("Moderate Democrats") is not the people at large; a lender's credit opening
a paragraph ("Courtesy of Arnie Alpert The Rev. …") makes it a caption."""

from __future__ import annotations

from tests.articles import deck_of_text


def test_a_people_narrowed_by_an_adjective_is_not_the_people(nlp):
    text = (
        "Moderate Democrats have stepped up their opposition to Bernie Sanders as part of a concerted effort to "
        "isolate him from the field of presidential candidates.\n\n"
        "Sanders delivered a defense of democratic socialism last week, aides said."
    )
    items = deck_of_text(nlp, text, date="2019-06-21", events=True).items
    asked = [(i.question, i.answer) for i in items if i.question.startswith(("Which group", "Who "))]
    assert not any(answer == "Democrats" for _, answer in asked), asked


def test_a_lender_s_credit_opening_a_paragraph_makes_a_caption():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Clergy in New Hampshire pressed the candidates on values, organisers said on Monday.\n\n"
        "Courtesy of Arnie Alpert The Rev. Jonathan Hopkins speaks with Democratic presidential candidate Pete "
        "Buttigieg during a Love 2020 event Jan. 4, 2020, in Concord, New Hampshire.\n\n"
        "The effort connects clergy with candidates in a party that is increasingly secular, organisers said."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds[0] == "text" and kinds[2] == "text" and kinds[1] != "text", kinds
