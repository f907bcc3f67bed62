"""From the j186 sample (stop 69: AllSides fresh35, read after scoring): a gap in percentage
points gets choices on a share's scale, never past the whole ("beating Mondale by 95 percentage
points" offered 105 and 114); a site's "Story Highlights" line is furniture also when a photo's
credit in brackets opens it ("Story Highlights President" was read as a title)."""

from __future__ import annotations

from quizgen.ingest.articles import classify_blocks
from tests.articles import deck_of_text


def test_a_gap_in_percentage_points_gets_no_choice_past_the_whole(nlp):
    text = (
        "Reagan won 525 electoral votes in 1984, beating Mondale by 95 percentage points.\n\n"
        "The popular vote was far closer, the historian said on Monday."
    )
    deck = deck_of_text(nlp, text, events=True, date="2016-11-02", title="How to win the presidency")
    cards = [i for i in deck.items if i.kind == "number" and i.answer == "95"]
    assert cards, [(i.question, i.answer) for i in deck.items]
    assert all(float(c) <= 100 for card in cards for c in card.choices), [c.choices for c in cards]


def test_a_highlights_line_opened_by_a_photo_credit_is_furniture():
    text = (
        "Obama asks senators to give Iran talks a chance.\n\n"
        "(Photo: Alex Wong Getty Images) Story Highlights President Obama met leaders from four Senate committees "
        "on Tuesday to discuss ongoing Iran talks\n\n"
        "President Obama urged senators on Tuesday to hold off on new sanctions."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds == ["text", "furniture", "text"], kinds
