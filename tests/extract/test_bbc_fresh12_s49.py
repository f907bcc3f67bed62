"""From the j64 sample (stop 49, BBC fresh draw 12, read after scoring): a "he said" after a
one-word name of no known gender is not someone named before; a newspaper passing a story on is
not "the firm" it reports on; an organisation's name the parse broke ("Stop Stansted
Expansion", "the US Anti-Doping Agency") is read whole; a person actor is asked by name, not by
the word glued before it; a definite noun keeps no "the" before a possessor's name and gets no
bracket when its sentence already says whose it is."""

from __future__ import annotations

from quizgen.extract.event_actors import _country_word_before
from tests.articles import deck_of_text, facts_of, make_article


def test_he_said_after_a_one_word_name_is_not_the_one_named_before(nlp):
    text = (
        'Barcelona coach Frank Rijkaard was critical of the decision not to speak to the media. "It is not good '
        'behaviour after a match," he said.\n\n'
        "Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed that it was not typical of his fellow "
        'Portuguese to lodge a protest. "It\'s not normal behaviour on his part," he said.'
    )
    deck = deck_of_text(nlp, text, date=None)
    said = {i.answer for i in deck.items if i.kind == "quote" and "normal behaviour" in i.quote}
    assert "Frank Rijkaard" not in said
    assert any(i.answer == "Frank Rijkaard" for i in deck.items if i.kind == "quote")  # his own words stay his


def test_a_newspaper_reporting_is_not_the_firm_of_the_next_sentence(nlp):
    text = (
        "The China Three Gorges Project Corp is refusing to obey a government order to stop construction of one of "
        "its giant dams, the Chinese state press has said.\n\n"
        "The builder of the Three Gorges Dam is continuing work on the sister Xiluodu dam, said the Beijing News. The "
        "Beijing News said the company may instead choose to pay a fine. The firm has also ignored orders to stop "
        "construction at two of its other projects."
    )
    facts = facts_of(nlp, make_article(text, date=None))
    named = {r.name for r in facts.references if r.text.lower() == "the firm"}
    assert "the Beijing News" not in named and "Beijing News" not in named


def test_a_group_s_name_the_parse_broke_is_its_chairman_s_role_whole(nlp):
    text = (
        'Campaigners will go to court against airport expansion. "We do not underestimate the scale of the '
        'challenge," said Stop Stansted Expansion chairman Peter Sanders.'
    )
    deck = deck_of_text(nlp, text, date=None)
    roles = {i.role for i in deck.items if i.kind == "person" and i.answer == "Peter Sanders"}
    assert roles == {"Stop Stansted Expansion chairman"}


def test_a_country_before_an_agency_is_part_of_its_name_and_a_sprinter_is_asked_by_name(nlp):
    text = (
        "Sprinter Michelle Collins has received an eight-year ban for doping offences after a hearing.\n\n"
        "The US Anti-Doping Agency (USADA) decided to press charges against Collins in the summer."
    )
    deck = deck_of_text(nlp, text, events=True, date=None)
    answers = {i.answer for i in deck.items if i.kind == "event"}
    assert "Anti-Doping Agency" not in answers
    assert "US Anti-Doping Agency" in answers
    assert "Michelle Collins" in answers and "Sprinter Michelle Collins" not in answers
    doc = nlp("The US Anti-Doping Agency decided. The Anti-Doping Agency decided.")
    agencies = [e for e in doc.ents if e.label_ == "ORG"]
    assert [_country_word_before(e) for e in agencies] == [True, False]


def test_a_possessor_s_place_gets_no_second_article_and_a_named_kick_no_bracket(nlp):
    text = (
        "Spectators were evacuated from Real Madrid's Bernabeu stadium on Sunday following a bomb scare.\n\n"
        "A car bomb exploded in a street outside the stadium and 17 people were slightly injured.\n\n"
        "Lee Miller scored inside the opening 60 seconds, heading into the net from a Jamie McAllister free kick. "
        "McAllister floated the free kick into the box and Miller looped his header from 10 yards over the keeper."
    )
    deck = deck_of_text(nlp, text, date=None)
    questions = " ".join(i.question for i in deck.items)
    assert "the Real Madrid's" not in questions
    assert "[the Jamie McAllister free kick]" not in questions
    assert any("outside [Real Madrid's Bernabeu stadium]" in i.question for i in deck.items)


def test_a_club_whose_name_ends_in_capitals_is_no_player_among_the_choices(tmp_path):
    """j64: "Graz AK" (a club the tagger called a person) was offered for a Middlesbrough midfielder."""
    from quizgen.extract.name_checks import could_be_a_name
    from tests.articles import deck_of

    assert not could_be_a_name("Graz AK") and not could_be_a_name("Ajax FC")
    assert could_be_a_name("John Smith III") and could_be_a_name("JK Rowling")
    body = (
        "Middlesbrough midfielder James Morrison has been ruled out for up to eight weeks after an operation on "
        "Tuesday.\n\n"
        "Morrison was sent for scans after being substituted at half-time during Boro's 2-1 UEFA Cup win over Graz AK "
        "in which he scored the equaliser. His injury is the latest blow for the Teessiders, who have been without "
        "Gaizka Mendieta, George Boateng and Mark Viduka for extended periods."
    )
    deck = deck_of(tmp_path, body, title="Boro suffer Morrison injury blow", date=None)
    assert not [i for i in deck.items if "Graz AK" in i.choices or i.answer == "Graz AK"]


def test_a_name_with_a_plural_possessive_mark_is_no_argument_to_blank(nlp):
    """Dev decks at stop 49: "claiming 41 percent of the vote to ____ 33 percent", answer "Wells’"."""
    text = (
        "Assemblywoman Claudia Tenney defeated a well-funded Republican Establishment effort in her congressional "
        "primary in New York.\n\n"
        "Tenney took down businessman Steve Wells in the three-way primary in New York’s 22nd congressional district, "
        "claiming 41 percent of the vote to Wells’ 33 percent."
    )
    deck = deck_of_text(nlp, text, events=True)
    assert not [i for i in deck.items if i.answer.endswith(("’", "'"))]


def test_quoted_words_cut_from_their_speaker_make_no_card_when_they_speak_of_her(tmp_path):
    """j64: 'It's exactly the same target she set in ____' — whose target, who is she?"""
    from tests.articles import deck_of

    body = (
        "Welsh Health Minister Jane Hutt said no patient would wait more than 12 months for an outpatient "
        "appointment by March 2006.\n\n"
        'Rhodri Glyn Thomas, Plaid Cymru health spokesman said: "It\'s exactly the same target she set in 1999, with '
        "the qualification that it's dependent on a second offer. It's a failed target, from a failed minister with a "
        'failed policy."'
    )
    deck = deck_of(tmp_path, body, title="NHS waiting time target is cut", date=None, events=False)
    assert not [i for i in deck.items if i.question.startswith("It's exactly the same target")]
    assert [i for i in deck.items if i.answer == "March 2006"]  # the minister's own date stays


def test_a_day_s_show_is_the_show_named_before_and_makes_no_card_alone(nlp):
    """j64: "Last Saturday's show was beaten in the ratings by ____" never says which show."""
    text = (
        "TV talent show The X Factor is to return for a second series after being recommissioned by ITV.\n\n"
        "Last Saturday's show was beaten in the ratings by the BBC's Strictly Come Dancing."
    )
    deck = deck_of_text(nlp, text, events=True, date=None)
    assert not [i for i in deck.items if i.question.startswith("Last Saturday's show")]
    refs = {r.text: r.name for r in facts_of(nlp, make_article(text, date=None)).references}
    assert "Saturday's show" in refs and refs["Saturday's show"] is None


def test_a_possessive_mark_the_parse_read_as_one_still_asks_its_owner(nlp):
    """The guard above is for a mark the parse took for punctuation: "Bernie Sanders' lock" stays."""
    text = "Bernie Sanders' lock on young people has been a constant throughout the Democratic presidential primaries."
    deck = deck_of_text(nlp, text, events=True)
    assert [i for i in deck.items if i.answer == "Bernie Sanders" and i.question.startswith("____' lock")]
