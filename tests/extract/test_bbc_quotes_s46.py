"""Who said it, in the BBC's style (j53, stop 46): a quotation followed by a sentence in which
someone else says something of their own is not that person's; two quotations with a whole
reporting sentence between them are two speakers'; and a cue after the quotation names its
speaker even when the next sentence names someone else."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def _speakers(nlp, text: str) -> dict[str, str]:
    facts = facts_of(nlp, make_article(text, date=None))
    body = facts.article.body
    return {body[q.quote_start : q.quote_end]: q.speaker for q in facts.quotes}


def _speaker_of(speakers: dict[str, str], words: str) -> str | None:
    return next((who for quote, who in speakers.items() if words in quote), None)


def test_a_sentence_with_its_own_clause_after_the_quote_is_not_its_attribution(nlp):
    text = (
        "Harwick have rejected a bid from Dunmore for their captain Robbie Vance.\n\n"
        'Vance said: "The crowd gave me a standing ovation on Saturday, which was nice." '
        '"I haven\'t phoned every newspaper saying Dunmore want to buy me. It\'s not up to me." '
        "Harwick manager Steve Bruton insists he does not want to sell Vance to anyone.\n"
    )
    assert _speaker_of(_speakers(nlp, text), "phoned every newspaper") != "Steve Bruton"


def test_two_quotations_with_a_reporting_sentence_between_are_two_speakers(nlp):
    text = (
        "Ministers defended the new licensing law on Monday, and the opposition called for a delay.\n\n"
        'Opposition spokesman Mark Oates said: "It would clearly be prudent to allow the police more time to prepare." '
        "Chief constable Andy Heyman acknowledged that binge drinking did cause problems. "
        '"If you come to Norwich on a Friday night you will see things that make you feel ashamed."\n'
    )
    speakers = _speakers(nlp, text)
    assert _speaker_of(speakers, "clearly be prudent") == "Mark Oates"
    assert not any("clearly be prudent" in q and "Norwich" in q for q in speakers)


def test_a_cue_after_the_quotation_is_not_read_into_the_next_sentence(nlp):
    text = (
        "Labour activists in the north east gathered in Gateshead on Saturday to hear the prime minister.\n\n"
        '"If you are not fired up about the election, then what is the point? We are up for this election," '
        "said Richie Porterhouse. Mr Terry Telford agreed, but added it was becoming harder to answer voters.\n"
    )
    assert _speaker_of(_speakers(nlp, text), "fired up about the election") != "Terry Telford"


def test_a_role_in_lower_case_is_no_part_of_the_speaker_s_name(nlp):
    text = (
        "Flanker Colin Charvis is unlikely to play any part in Wales' final two games of the Six Nations.\n\n"
        '"He will not figure in the Scotland game," said Wales physio Mark Davies. '
        "Sonny Parker is continuing to struggle with a neck injury.\n"
    )
    assert _speaker_of(_speakers(nlp, text), "will not figure") == "Mark Davies"


def test_a_party_s_members_are_no_person():
    from quizgen.extract.name_checks import could_be_a_name

    assert not could_be_a_name("Lib Dems")
    assert not could_be_a_name("Liberal Democrats")
    assert could_be_a_name("Mark Oaten")


def test_a_newspaper_is_no_person():
    from quizgen.extract.name_checks import could_be_a_name

    assert not could_be_a_name("Orlando Sentinel")  # PolNeAR dev: offered as who said a quotation
    assert not could_be_a_name("Chicago Tribune")
    assert could_be_a_name("Emily Post")  # a surname the lists know stays a name


def test_a_family_name_written_first_that_two_people_share_names_neither(nlp):
    """j52: "Liu said" after Liu Chunhong's win went to Liu Haixia, the Liu the story names most."""
    text = (
        "China and Russia split the two gold medals as Liu Chunhong and Zarema Kasaeva won at the world "
        "championships on Sunday.\n\n"
        "European champion Zarema Kasaeva beat Liu Haixia of China to win the 69kg category. Liu Haixia took "
        "silver, and Liu Haixia said she was pleased.\n\n"
        "Olympic champion Liu Chunhong confirmed her supremacy as she beat a strong challenge from Russian "
        "weightlifters to win the 75kg gold medal with a world-record result at 285kg after a long and hard "
        "competition that lasted for most of the evening in the packed hall.\n\n"
        '"My right shoulder was injured in training last month," Liu said.\n'
    )
    assert _speaker_of(_speakers(nlp, text), "right shoulder") != "Liu Haixia"
