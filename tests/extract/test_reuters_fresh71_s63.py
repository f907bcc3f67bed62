"""From the j140 sample (2603b549, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "Which organisation will cut personal and business taxes?" from "said it would cut … taxes and
  would not regulate … rates if returned to power": the condition, which the parse hangs on the
  last of the joined verbs, holds for each;
- "Which organisation gave final clearance?" / "What did the DOT give?" → "final clearance": a
  verdict given "to" something is asked without what it was given to.
"""

from __future__ import annotations

from tests.articles import shown, wire_items


def test_a_condition_after_joined_verbs_holds_for_each(tmp_path):
    body = (
        "WELLINGTON, June 29 - New Zealand's opposition National Party said it would cut personal and business "
        "taxes and would not regulate or control interest rates if returned to power.\n\n"
        "The economic strategy was unveiled by party leader Jim Bolger one day before the prime minister "
        "announces the date of general elections."
    )
    items = wire_items(tmp_path, body, title="N.Z. OPPOSITION PARTY UNVEILS ECONOMIC POLICY", date="1987-06-29")
    assert not any(i.kind == "event" and "cut personal and business taxes" in i.question for i in items), shown(items)
    assert not any(i.kind == "event" and i.answer == "personal and business taxes" for i in items), shown(items)


def test_a_verdict_given_to_something_is_not_asked_without_it(tmp_path):
    body = (
        "WASHINGTON, March 30 - The U.S. Department of Transportation (DOT) said it gave final clearance to the "
        "proposed 225 mln dlr acquisition of AirCal Inc by American Airlines Inc.\n\n"
        "The DOT had given tentative approval to the merger plan Feb. 20.\n\n"
        "AirCal is a unit of ACI Holdings Inc while American is a unit of AMR Corp."
    )
    items = wire_items(tmp_path, body, title="U.S. DOT APPROVES AMERICAN-ACI PACT", date="1987-03-30")
    events = [i for i in items if i.kind == "event"]
    assert not any(i.answer in ("final clearance", "tentative approval") for i in events), shown(events)
    assert not any(i.question.rstrip("?").endswith(("gave final clearance", "given tentative approval on 20 February 1987")) for i in events), shown(events)
