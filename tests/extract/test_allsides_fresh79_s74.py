"""From the j230 sample (stop 74: AllSides fresh79, at c0c9898c, read after scoring): words of
"Trump's comment … when he said" given to the sentence's subject; "the elder McMichael … told his
son" given to the son; "the younger McMichael said “…,” Dial said" given to the one passing the
sentence on; a label in the question put to McCain joined to his answer; an "also" in the words
reported left out, so that the card said counter-protesters alone were to blame."""

from __future__ import annotations

from tests.articles import deck_of, facts_of, make_article


def _speakers(nlp, text: str, date: str) -> dict[str, str]:
    return {q.quote: q.speaker for q in facts_of(nlp, make_article(text, date=date)).quotes}


def test_words_of_a_comment_someone_owns_are_the_owners(nlp):
    speakers = _speakers(nlp, (
        "Sen. John McCain said Sunday that Donald Trump should express his appreciation for veterans.\n\n"
        "McCain was referring to Trump's jaw-dropping comment last year on POWs, when he said, "
        "\"I like people that weren't captured.\""
    ), "2016-05-08")
    assert speakers.get("I like people that weren't captured.") in (None, "Donald Trump"), speakers


def test_the_elder_of_a_family_named_once_in_full_is_not_the_one_named(nlp):
    speakers = _speakers(nlp, (
        "Travis McMichael, 34, his father, Gregory, 64, and their neighbor William Bryan, 50, are in court.\n\n"
        "Bryan also revealed what words were exchanged at the scene. The elder McMichael, who witnessed the "
        "shooting from the bed of his pickup truck, told his son, “Don’t shoot. Don’t shoot.”"
    ), "2020-06-04")
    assert speakers.get("Don’t shoot. Don’t shoot.") != "Travis McMichael", speakers


def test_a_sentence_passed_on_keeps_its_own_speakers_words(nlp):
    speakers = _speakers(nlp, (
        "Special Agent Richard Dial testified on Thursday about Travis McMichael and his father, Gregory.\n\n"
        "As Arbery lay on the ground with three shotgun wounds, the younger McMichael said “you are done,” Dial said, "
        "quoting Bryan, according to CNN."
    ), "2020-06-04")
    assert speakers.get("you are done") != "Richard Dial", speakers


def test_a_label_in_the_question_put_is_not_the_answerers(nlp):
    facts = facts_of(nlp, make_article(
        "Sen. John McCain spoke on CNN on Sunday.\n\n"
        "Asked if Trump should continue calling Hillary Clinton \"corrupt Hillary,\" McCain said: \"Well, I wouldn't, "
        "but I'm not one to tell him how to campaign except on the part of uniting the party.\"",
        date="2016-05-08",
    ))
    mccain = [q.quote for q in facts.quotes if q.speaker == "John McCain"]
    assert mccain and not [q for q in mccain if "corrupt Hillary" in q], mccain


def test_an_also_in_the_words_reported_stays(tmp_path):
    items = deck_of(tmp_path, (
        "U.S. President Donald Trump inflamed tension after a deadly rally by white nationalists in Virginia by "
        "insisting that counter protesters were also to blame, drawing condemnation from some Republican leaders."
    ), title="Trump blames both sides", date="2017-08-17").items
    asked = [i.question for i in items if "counter protesters were" in i.question]
    assert asked and all("were also to blame" in q for q in asked), asked
