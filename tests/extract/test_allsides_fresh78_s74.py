"""From the j229 sample (stop 74: AllSides fresh78, at 2b0b6579, read after scoring): "former Vice
President Biden said" given to his son Hunter Biden, named last; a day something past was "not"
done "until" read as a limit ahead."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_surnames_title_tells_which_of_a_family_speaks(nlp):
    text = (
        "A key part of President Donald Trump’s defense strategy has been to insinuate financial wrongdoing on the "
        "part of former Vice President Joe Biden and his son Hunter.\n\n"
        "In 2005, then-Sen. Joe Biden voted for a bankruptcy law overhaul that benefited a major banking firm that was "
        "paying his son Hunter as a consultant.\n\n"
        "Hunter Biden’s role on the board of gas company Burisma may have been inappropriate, Mr. Weissman adds.\n\n"
        "While Senate Democrats are eager to call witnesses, they are wary of any deal with Republicans that would "
        "allow Hunter Biden to be among them.\n\n"
        "“The whole impeachment trial for Trump is just a political hit job to try to smear me,” former Vice "
        "President Biden said at a Tuesday event in Iowa."
    )
    speakers = {q.quote.split()[0]: q.speaker for q in facts_of(nlp, make_article(text, date="2020-01-29")).quotes}
    assert speakers.get("The") in (None, "Joe Biden"), speakers


def test_a_day_a_past_act_was_not_done_until_is_no_limit_ahead(nlp):
    text = "The NRA was not invited to a meeting with Biden until Friday, after the vice president began meeting other groups."
    values = [d.value for d in facts_of(nlp, make_article(text, date="2013-01-10")).dates]
    assert "2013-01-11" not in values, values
    # a limit a past act set still lies ahead
    values = [d.value for d in facts_of(nlp, make_article("The board has given shippers until Friday to respond.", date="2013-01-10")).dates]
    assert values == ["2013-01-11"], values
