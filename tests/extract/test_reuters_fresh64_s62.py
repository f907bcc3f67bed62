"""From the j133 sample (cc4e2b53, stop 62's last measured code, read after scoring): "What did the
United States propose on U.S. soybean … exports?" → "curbs", when the sentence says the U.S.
would oppose parts of the EC plan "seeking a market sharing agreement …, and proposing curbs on
U.S. … exports": the parse joined the gerund to "oppose", and the act took the U.S. as its
actor. Fixed at the mechanism (a gerund joined to a verb of another form across a noun's
participle continues that participle) and tested with an article written for the test."""

from __future__ import annotations

from tests.articles import wire_items


def test_a_gerund_continuing_a_nouns_participle_is_not_the_subjects_act(tmp_path):
    body = (
        "WASHINGTON, Oct 20 - U.S. Agriculture Secretary Richard Lyng said he was pleased the European Community "
        "would present a farm proposal to GATT.\n\n"
        "Lyng said the United States would oppose parts of the plan seeking a market sharing agreement for grains, "
        "and proposing curbs on U.S. soybean and cereal substitute exports to Europe.\n\n"
        "The EC plan will be presented at the next meeting of negotiators in Geneva on October 26."
    )
    items = wire_items(tmp_path, body, title="LYNG PLEASED EC TO OFFER GATT PROPOSAL", date="1987-10-20")
    assert not any(
        i.kind == "event" and "propose" in i.question and "United States" in i.question for i in items
    ), [(i.question, i.answer) for i in items]
    assert not any(i.kind == "event" and i.answer == "curbs" for i in items), [(i.question, i.answer) for i in items]
