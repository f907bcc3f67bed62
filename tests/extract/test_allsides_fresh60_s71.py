"""From the j211 sample (stop 71: AllSides fresh60, read after scoring): a verb of calling that reaches
a quotation only through a verb joined to it ("Obama called both Clinton and Sanders … and plans to
meet with Sanders … to discuss “…”") is a telephone call, not the words' speaker; a title not yet held
("President-elect") is no spelling of the office ("President"), so a card never dates it by the
office's later stories."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_call_joined_to_a_quoted_topic_is_no_speaker(nlp):
    text = (
        "Hillary Clinton clinched the Democratic nomination, officials said.\n\n"
        "In a potential move toward reconciliation, however, the White House revealed that President Obama "
        "called both Clinton and Sanders Tuesday night – and plans to meet with Sanders at the White House on "
        "Thursday, to discuss \"how to build on the extraordinary work he has done to engage millions of "
        "Democratic voters.\""
    )
    quotes = facts_of(nlp, make_article(text, date="2016-06-08")).quotes
    assert not any(q.speaker in ("Obama", "Barack Obama") for q in quotes), [(q.speaker, q.quote) for q in quotes]


def test_a_title_not_yet_held_is_no_spelling_of_the_office(tmp_path):
    from quizgen.deck.generate import generate_deck

    stories = {
        "a.md": (
            "2016-12-20",
            "U.S. President-elect Donald Trump blamed Islamist terrorists for the attack in Berlin, officials said on Tuesday.",
        ),
        "b.md": (
            "2017-12-12",
            "President Donald Trump signed the defense bill on Tuesday, officials said. President Trump met senators.",
        ),
    }
    for name, (date, body) in stories.items():
        (tmp_path / name).write_text(f"---\ntitle: Story {name}\ndate: {date}\n---\n\n{body}\n", encoding="utf-8")
    items = generate_deck([tmp_path], deck_id="t", events=True).items
    elect = [i for i in items if getattr(i, "role", None) and "elect" in i.role.lower()]
    assert all(i.as_of == "2016-12" for i in elect if i.as_of), [(i.question, i.as_of) for i in elect]
