"""From the j169 sample (4e937c51, the AllSides draw fresh18, read after scoring).

- "The 9th U.S. Circuit Court of Appeals upheld …": the tagger left the court's number out of
  its name, and the cards asked "What did U.S. Circuit Court of Appeals uphold?" and "Which
  organisation upheld …?" → "U.S. Circuit Court of Appeals", thirteen courts. An ordinal in
  figures modifying the name is the name's (``event_actors._ordinal_before``).
- "Greg Pence, Messer's finance director and the brother of Vice President Pence, …": the bare
  "Pence" of "Vice President Pence" went to the one Pence named in full, and the card asked "In
  July 2017, Greg Pence was the ____." → "Vice President". A relative's apposition naming the
  other by title and surname says the bare surname is not his (``names.named_as_kin``).
"""

from __future__ import annotations

from quizgen.facts.names import named_as_kin
from tests.articles import shown, wire_items


def test_a_courts_number_stays_in_its_name(tmp_path):
    body = (
        "U.S. District Judge Jon Tigar on Monday reinstated a nationwide block on the administration's asylum rule "
        "for migrants at the southern border.\n\n"
        "The 9th U.S. Circuit Court of Appeals upheld Tigar's initial ruling but narrowed the injunction to "
        "only border states within its jurisdiction."
    )
    items = wire_items(tmp_path, body, title="Judge reinstates block on asylum ban", date="2019-09-09")
    events = [i for i in items if i.kind == "event" and "uph" in i.question.lower()]
    assert events, shown(items)
    assert all("9th U.S. Circuit Court of Appeals" in i.question + i.answer for i in events), shown(items)


def test_the_brother_of_vice_president_pence_is_not_the_vice_president():
    text = (
        "Greg Pence, Messer\u2019s finance director and the brother of Vice President Pence, praised both men as "
        "friends but said that there\u2019s been a \u201cmisunderstanding.\u201d"
    )
    assert named_as_kin(text, "Pence", "Greg Pence")  # the bare "Pence" is the brother's brother
    assert not named_as_kin("Greg Pence, Messer's finance director, praised Pence.", "Pence", "Greg Pence")
    assert named_as_kin("Reagan's wife Nancy spoke first.", "Reagan", "Nancy Reagan")
    # both named in full: the bare surname may be either ("''Here, no one gives up!'' Castro declared" is Raul's)
    assert not named_as_kin("Raul Castro, younger brother of President Fidel Castro and head of the army, spoke.", "Castro", "Raul Castro")
