"""From the j120 sample (stop 60's last code, read after scoring), fixed with an article written
for the test: "On 10 March 1987, which organisation postponed a meeting …?" for "Earlier today,
the House Agriculture committee postponed until next Tuesday a meeting …" (right n: the day the
meeting was put off to was read as the day of the postponing)."""

from __future__ import annotations

from tests.articles import wire_items


def test_a_time_an_act_reaches_is_not_when_it_happened(tmp_path):
    body = (
        "WASHINGTON, March 5 - Key members of the House Agriculture committee have agreed to scale back "
        "the 0/92 provision of a pending disaster aid bill to cover only 1987 crop wheat, but a broader "
        "proposal is likely to be revived later, Congressional sources said.\n\n"
        "The sources said key lawmakers including Reps. Glenn English (D-Okla.) and Dan Glickman "
        "(D-Kan.) agreed to support an amendment to be offered next week.\n\n"
        "This would scale back the provision to the original proposal by English.\n\n"
        "Under 0/92, a farmer can forego planting a crop but still collect 92 pct of deficiency payments.\n\n"
        "Earlier today, the House Agriculture committee postponed until next Tuesday a meeting to "
        "consider the disaster aid bill and 0/92.\n\n"
        "On Monday, the Senate Agriculture committee approved the disaster aid bill."
    )
    items = wire_items(tmp_path, body, title="HOUSE PLAN SEEN SCALED-BACK", date="1987-03-05")
    events = [(i.question, i.answer) for i in items if i.kind == "event"]
    assert not any("10 March 1987" in q and "postponed" in q for q, _ in events), events
    assert any("postponed a meeting" in q for q, _ in events), events


def test_the_time_of_an_act_is_its_own_not_the_one_it_reaches(nlp):
    from quizgen.extract.event_times import time_of

    doc = nlp("On Monday, the committee postponed until Friday a meeting to consider the bill.")
    verb = next(t for t in doc if t.lower_ == "postponed")
    assert time_of(verb, next(doc.sents)).text == "Monday"
    doc = nlp("The committee postponed until Friday a meeting to consider the bill.")
    verb = next(t for t in doc if t.lower_ == "postponed")
    assert time_of(verb, next(doc.sents)) is None
