"""From the j65 sample (stop 49, BBC fresh draw 13, read after scoring): a British party's
leader in a story of the US election is no leader "in the United States"; a person the tagger
called an organisation, described by a word before the name, is asked "Who …?"; a new voice
brought in by name after the last speaker leaves the next "he said" unsettled; "Said Mr Fogg"
is no person's name."""

from __future__ import annotations

from quizgen.extract.event_actors import _described_person
from quizgen.extract.name_checks import could_be_a_name
from tests.articles import deck_of


def test_a_british_party_s_leader_in_a_us_story_is_not_the_us_s(tmp_path):
    body = (
        "Tony Blair has said he looks forward to working with George Bush during his second term as president.\n\n"
        "Mr Blair said states had to work with the US to fight global terrorism. The prime minister also urged Europe "
        "and the US to build anew their alliance.\n\n"
        "The election of the US president was significant for the world but particularly so for Britain, he said. "
        "Tory leader Michael Howard said Mr Bush's victory was clear and decisive in the US.\n\n"
        "Liberal Democrat leader Charles Kennedy welcomed the fact there had been a quick conclusion to the election, "
        'unlike in 2000. Mr Kennedy said: "Internationally, it is to be hoped that a second term will see a more '
        'sensitive approach to relations with long-standing allies." The war in Iraq will remain an issue in the US.'
    )
    deck = deck_of(tmp_path, body, title="Blair congratulates Bush on win", date=None, events=False)
    roles = {i.role for i in deck.items if i.kind == "person" and i.answer == "Charles Kennedy"}
    assert "Liberal Democrat leader in the United States" not in roles


def test_a_described_person_tagged_an_organisation_is_asked_who():
    assert _described_person("Frenchman Cyril Saulnier") == "Cyril Saulnier"
    assert _described_person("John Lewis") is None  # a shop named after a man: no describing word before it
    assert _described_person("Royal Bank of Scotland") is None


def test_a_new_voice_named_after_the_last_speaker_leaves_he_said_unsettled(tmp_path):
    body = (
        "Apple has launched a cheap computer, the Mac mini. Ian Fogg, an analyst at Jupiter Research, said it was a "
        'good price. "It\'s very much a computer," said Mr Fogg.\n\n'
        "One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. He said: "
        '"I don\'t think it changes the world." "The PC world is a pile-em-high, sell-em-cheap market," he said.'
    )
    deck = deck_of(tmp_path, body, title="Apple Mac mini gets warm welcome", date=None, events=False)
    said = {i.answer for i in deck.items if i.kind == "quote" and "pile-em-high" in i.quote}
    assert "Ian Fogg" not in said
    assert not could_be_a_name("Said Mr Fogg") and could_be_a_name("Ian Fogg")


def test_a_central_bank_owns_no_sales(nlp):
    """j65: "festive sales" in a Beige Book story became "[the US Federal Reserve's] festive sales"."""
    from tests.articles import deck_of_text

    text = (
        "Most areas of the US saw their economy continue to expand in December, the US Federal Reserve said in its "
        "latest Beige Book report.\n\n"
        "Of the 12 US regions it identifies for the study, 11 showed stronger economic growth. Consumer spending was "
        "higher in December than November, and festive sales were also up on 2003."
    )
    deck = deck_of_text(nlp, text, date=None)
    assert not [i for i in deck.items if "Federal Reserve's] festive" in i.question]


def test_a_given_name_written_alone_for_another_man_is_no_accepted_answer(tmp_path):
    """j65: "David" was accepted for David Moorcroft; the story's lone "David" was David Collins."""
    body = (
        "UK Athletics has ended its search for a new performance director by appointing psychologist Dave Collins.\n\n"
        '"We\'ve searched long and hard to ensure we have found the right person," said UKA chief executive David '
        'Moorcroft. "I believe David will make a great leader and I have great faith in what he will achieve."\n\n'
        '"The appointment of David Collins, with his strong mix of leadership skills and managerial experience, is '
        'testament to the professional and detailed recruitment process," he said.'
    )
    deck = deck_of(tmp_path, body, title="Collins named UK Athletics chief", date=None, events=False)
    cards = [i for i in deck.items if i.answer == "David Moorcroft"]
    assert cards and all("David" not in i.accept for i in cards)


def test_a_club_of_a_capital_is_no_person():
    """j65: "Atletico Madrid" among the choices for who scored."""
    assert not could_be_a_name("Atletico Madrid") and not could_be_a_name("Sporting Lisbon")
    assert could_be_a_name("Denzel Washington") and could_be_a_name("Jack London")  # given names before a capital
