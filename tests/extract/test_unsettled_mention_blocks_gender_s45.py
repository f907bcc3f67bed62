""""He" is not the one man the index settles nearby when someone it cannot settle is named there
too: j51 credited the Pope's words ("he had said while still Joseph Cardinal Ratzinger", after
"Pope Benedict faced …") to George W. Bush, named two paragraphs before."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

TEXT = """# Pope wraps up visit to Turkey

Pope Benedict XVI on Friday wrapped up a momentous visit to Turkey by celebrating mass at an Istanbul cathedral.

In entering the mosque, Pope Benedict became only the second Roman Catholic pope to do so.

The visit saw unprecedented security measures -- even tighter than those laid on for US President George W. Bush in 2004 -- with large swaths of Istanbul closed down.

Even before the controversy over his remarks on Islam, Pope Benedict faced an uphill struggle to win over the Turks, having been considered the "anti-Turkish pope" for opposing Ankara's bid to join the European Union.

Turkey in the EU, he had said while still Joseph Cardinal Ratzinger, would be "a grave error ... against the tide of history."
"""


def test_he_is_not_the_one_settled_man_beside_an_unsettled_one(nlp):
    speakers = speakers_by_quote(TEXT, nlp)
    assert not any(s == "George W. Bush" for q, s in speakers.items() if "grave error" in q), speakers
