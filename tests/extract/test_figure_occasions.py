"""Whether a figure's sentence names the contest or incident the figure is the outcome of."""

import pytest

from quizgen.extract.figure_occasions import occasion_unsaid


def _unsaid(nlp, sentence: str, figure: str) -> bool:
    doc = nlp(sentence)
    at = sentence.index(figure)
    span = doc.char_span(at, at + len(figure), alignment_mode="expand")
    return occasion_unsaid(span)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a contest's delegates or share of the vote, won in a race named only by its party
        ("In the Democratic race, Mrs. Lane was set to win roughly 30 more delegates than Mr. Ortiz.", "roughly 30"),
        ("Norway was the runner-up, gaining just 16 percent of the vote, while Peru was third.", "16 percent"),
        # a toll with no incident and no place
        ("At least 82 were killed and more than 1,700 injured, officials said as dawn broke.", "82"),
        ("Twenty-three of the 150 wounded remained in hospital.", "150"),
        ("Three people were killed and 40 were injured as a result.", "40"),
    ],
)
def test_an_outcome_whose_occasion_the_sentence_leaves_unsaid(nlp, sentence, figure):
    assert _unsaid(nlp, sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the contest named by its place, its date, a place won, or "the" + a noun the references name
        ("In the New York primary, Mrs. Lane was set to win roughly 30 more delegates than Mr. Ortiz.", "roughly 30"),
        ("Mr. Ortiz won Oklahoma with 52 percent of the vote.", "52 percent"),
        ("Mrs. Lane won 30 delegates on Tuesday night.", "30"),
        ("In the primary, Mrs. Lane won 30 delegates.", "30"),
        # the whole season, said with "the"; what a race requires; a measure voted on
        ("Mr. Ortiz and Mr. Rey won a combined 12 million votes during the primary season.", "12 million"),
        ("Mr. Ortiz said he would need to win 60 percent of the remaining delegates.", "60 percent"),
            ("The ban that passed in 1993 garnered 54 votes.", "54"),
        # a standing is the whole race's, not one contest's
        ("Mrs. Lane leads Mr. Ortiz by 300 pledged delegates as the primary season ends.", "300"),
        # a toll told with its incident or its place
        ("At least 82 were killed in the embassy bombing, officials said.", "82"),
        ("The bomb went off, killing 247 people and wounding 5,000.", "247"),
        ("At least 12 people were killed in Nairobi on Friday.", "12"),
        ("Mr. Reed is accused of killing nine people inside the church in June 2015.", "nine"),
        # no outcome: a count of anything else
        ("The company hired 300 workers last year.", "300"),
    ],
)
def test_an_outcome_whose_occasion_the_sentence_names(nlp, sentence, figure):
    assert not _unsaid(nlp, sentence, figure)
