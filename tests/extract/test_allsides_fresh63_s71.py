"""From the j214 sample (stop 71: AllSides fresh63, at the stop's last code, read after scoring): a
bare surname blanked in a lede is never spelt by a full name the article writes as another's family
("President ____ is laying the groundwork …" beside "his daughter Ivanka Trump", "President Obama" beside
"first lady Michelle Obama": both had been answered with the daughter's and the wife's names), nor by the
deck's other stories."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck


def _answers(tmp_path, stories):
    for name, (date, title, body) in stories.items():
        (tmp_path / name).write_text(f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n", encoding="utf-8")
    return {i.question: i.answer for i in generate_deck([tmp_path], deck_id="t", events=True).items}


def test_a_titled_surname_is_not_the_daughter_named_in_full(tmp_path):
    answers = _answers(tmp_path, {
        "a.md": ("2017-05-31", "Trump weighs Paris exit", (
            "President Trump is laying the groundwork this week to withdraw from the Paris climate agreement, "
            "seeking options for how to extricate the U.S. in a process that could take years to complete.\n\n"
            "Advisers including his daughter Ivanka Trump and son-in-law Jared Kushner have urged him to stay in "
            "the agreement, officials said on Wednesday."
        )),
    })
    laying = [a for q, a in answers.items() if "laying the groundwork" in q]
    assert laying and "Ivanka Trump" not in laying, answers


def test_a_titled_surname_is_not_the_family_member_named_in_full(tmp_path):
    answers = _answers(tmp_path, {
        "a.md": ("2016-07-28", "Obama continues Democrats' optimism", (
            "President Obama described an optimistic, hopeful picture of America in a speech Wednesday night at "
            "the Democratic National Convention, pointedly diverging from the tone of the Republican event.\n\n"
            "Speakers including first lady Michelle Obama and Sen. Cory Booker of New Jersey struck the same note."
        )),
    })
    described = [a for q, a in answers.items() if "described an optimistic" in q]
    assert described and "Michelle Obama" not in described, answers
