"""Event cards readers could not answer or found cut (round 30): a blank that splits a name, an
act stripped of what it was about, a quotation cut by the sentence splitter, a headline
repeated as the first paragraph, a programme's reporter introduced, a function word read as
an object."""

from __future__ import annotations

from quizgen.extract.broadcast_lines import broadcast_line
from quizgen.items.event_cards import bare_name
from quizgen.items.wording import cloze
from tests.articles import facts_of, make_article


def _facts(nlp, text: str, *, title: str = "Test"):
    return facts_of(nlp, make_article(text, title=title))


def test_a_common_noun_with_a_the_tagger_took_for_a_name_is_no_blank(nlp):
    facts = _facts(nlp, "Mayor Ruth Ames is getting a holiday greeting from a big-money Republican super PAC on the day after Christmas, and it will not bring her much cheer.")
    assert "PAC" not in {a.name for a in facts.arguments}  # "a … super ____": a name takes no "a"


def test_a_first_name_the_tagger_cut_from_its_surname_is_no_blank(nlp):
    facts = _facts(nlp, "On Friday, Pike told Tom O’Reilly of Radio Nine that the race was close.")
    assert "Tom" not in {a.name for a in facts.arguments}  # "told ____ O’Reilly"


def test_a_function_word_read_as_an_object_is_no_blank(nlp):
    text = (
        "After losing big on the farm bill, yet again, this week, Republicans are shifting full-on to campaign mode. "
        "The full-on push worries the party. Going full-on is a risk."
    )
    assert "full-on" not in {a.name for a in _facts(nlp, text).arguments}


def test_joining_someone_in_doing_something_is_no_event_of_whom(nlp):
    facts = _facts(
        nlp,
        "Governor Hal Pike is joining his running mate Ruth Ames in calling for a special prosecutor to investigate "
        "the Harlow Group and for the Dover Fund to be shut down.",
    )
    assert not [e for e in facts.events if e.verb == "join"]  # "Who is joining his running mate Ruth Ames?"


def test_what_an_act_is_about_is_not_cut_from_it(nlp):
    facts = _facts(
        nlp,
        "On Friday, Delmont Corp. began notifying customers about the flaws which cause the chip to give wrong "
        "answers for some mathematical calculations.",
    )
    assert "notifying customers" not in {e.answer for e in facts.events}  # too long whole, so no card


def test_a_sentence_cut_inside_the_quotation_its_verb_opens_makes_no_card(nlp):
    facts = _facts(
        nlp,
        "The station KTVB is reporting that a husband and wife were surprised to see a highway sign on Friday night "
        "at an exit in Harlow, which read, “Dover supports Ruth Ames. Happy holidays. Vote Ruth Ames.”",
    )
    assert not facts.arguments  # the card would end "…, which read, ."


def test_the_headline_repeated_at_the_top_makes_no_event(nlp):
    title = "Pike blames media for Ames's 'Lincoln founded ISIS' flap"
    body = f"{title}.\n\nGov. Hal Pike on Thursday blamed the media for making an issue out of a claim by Ruth Ames about the militia."
    assert not [e for e in _facts(nlp, body, title=title).events if e.verb == "found"]  # "Who founded ISIS' flap?"


def test_a_programmes_reporter_introduced_is_a_broadcast_line(nlp):
    sentence = "The Record's Laura Bennett reports on Mr. Vance's current visit to Ottawa and the special relationship between the two leaders."
    assert broadcast_line(next(nlp(sentence).sents))


def test_a_name_with_only_a_description_before_it_is_a_bare_name():
    assert bare_name("presidential candidate Donald Vance")
    assert bare_name("his running mate Ruth Ames")
    assert bare_name("to Hillary Okafor")
    assert not bare_name("the alliance against the so-called Islamic State")
    assert not bare_name("a ban on plastic bags in Dover")
    assert not bare_name("the Democratic primary in Puerto Rico")


def test_a_quotation_cut_after_a_no_break_space_leaves_no_comma():
    sentence = "The alliance agreed in March 2016 to send 300 trainers,\u00a0“a good start for a small mission"
    start = sentence.index("March 2016")
    assert cloze(sentence, 0, len(sentence), start, start + len("March 2016")) == "The alliance agreed in ____ to send 300 trainers."
