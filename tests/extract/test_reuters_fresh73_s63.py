"""From the j142 sample (0ae78b3d, read after scoring): "… told the ____, Credit and Rural
Development." → "House Subcommittee on Conservation": a name that runs on past its comma (or
one name of a list: "told ____, Smith and Jones.") is not blanked in part. Fixed at the
mechanism (``items.wording.cloze``) and tested with an article written for the test."""

from __future__ import annotations

from tests.articles import wire_items


def test_a_blank_does_not_end_inside_a_name_that_runs_on_past_its_comma(tmp_path):
    body = (
        "WASHINGTON, March 26 - The chairman of the Commodity Futures Trading Commission, Susan Phillips, said she "
        "does not expect the agency to restrict dual trading.\n\n"
        "\"At this time we have no plans to reexamine our policy,\" she told the House Subcommittee on "
        "Conservation, Credit and Rural Development.\n\n"
        "The agency will study the quarterly expiration of stock index futures, she said."
    )
    items = wire_items(tmp_path, body, title="CFTC SEES NO TRADING, TRIPLE WITCHING RULES", date="1987-03-26")
    assert not any("____, Credit and Rural Development" in i.question for i in items), [(i.question, i.answer) for i in items]
