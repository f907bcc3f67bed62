"""From the j176 sample (stop 68) and the AllSides samples before it: a cloze blanking the deck's
readers' own country ("the ____ will have allies" → "United States", in a deck of U.S. news) is
filled in without the story; readers judged 15 of 19 such cards not worth learning. A deck whose
stories are mostly about no one country keeps such clozes, and another country's stays."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck

US_STORIES = [
    "Senator Mark Hill of Ohio said on Tuesday that Congress would vote on the highway bill in Washington next week.",
    "Governor Anne Ruiz of Texas signed a law on Monday that raises teacher pay across Texas and Florida schools.",
    "The Federal Reserve in Washington kept interest rates unchanged on Wednesday, citing steady growth in America.",
    "Voters in Iowa and New Hampshire will pick delegates next month, officials in Des Moines said on Friday.",
    "Mayor Tom Bell of Chicago announced on Thursday a new plan to repair bridges across Illinois and Indiana.",
]
ALLIES = (
    "President Obama's ambassador to the United Nations said Sunday the United States will have allies when "
    "and if it decides to conduct airstrikes against the Islamic State in Syria.\n\n"
    "Samantha Power told NBC's Meet the Press that Washington would not act alone."
)


def _write(folder, name, title, body):
    (folder / name).write_text(f"---\ntitle: {title}\ndate: 2014-09-21\n---\n\n{body}\n", encoding="utf-8")


def _own_country_clozes(deck):
    return [i for i in deck.items if i.kind == "event" and "____" in i.question and i.answer in ("United States", "America", "U.S.")]


def test_the_readers_own_country_is_no_blank_in_a_deck_of_its_news(tmp_path):
    for n, body in enumerate(US_STORIES):
        _write(tmp_path, f"us{n}.md", f"Story {n}", body)
    _write(tmp_path, "allies.md", "U.S. will have allies in Syria, envoy says", ALLIES)
    lone = tmp_path / "lone"
    lone.mkdir()
    _write(lone, "allies.md", "U.S. will have allies in Syria, envoy says", ALLIES)
    assert _own_country_clozes(generate_deck([lone], deck_id="t", events=True)), "the story alone asks it"
    assert not _own_country_clozes(generate_deck([tmp_path], deck_id="t", events=True))
