"""Round 37: a party's candidacy written right before the blank names the answer when the deck
reads only one such candidate in the story's contest."""

from __future__ import annotations

from quizgen.items.argument_clozes import role_gives_away


class _Running:
    def __init__(self, running: dict[str, set[str]]):
        self.running = running

    def running_for(self, party: str, article: str) -> set[str]:
        return self.running.get(party, set())


def test_a_party_candidacy_with_one_holder_gives_the_name_away():
    question = "A new survey shows that Republican presidential candidate ____ trails his rival in Ohio."
    assert role_gives_away(question, "Paul Garrick", "a1", _Running({"R": {"Paul Garrick"}}))
    assert role_gives_away("Polls favour GOP nominee ____ in Ohio.", "Paul Garrick", "a1", _Running({"R": {"Paul Garrick"}}))


def test_a_field_of_several_a_title_of_no_party_or_a_plain_blank_keeps_the_card():
    question = "A new survey shows that Republican presidential candidate ____ trails his rival in Ohio."
    assert not role_gives_away(question, "Paul Garrick", "a1", _Running({"R": {"Paul Garrick", "Tom Ashcroft"}}))
    assert not role_gives_away("A survey shows that presidential candidate ____ trails.", "Paul Garrick", "a1",
                               _Running({"R": {"Paul Garrick"}}))
    assert not role_gives_away("A survey shows that ____ trails the Republican candidate.", "Paul Garrick", "a1",
                               _Running({"R": {"Paul Garrick"}}))
