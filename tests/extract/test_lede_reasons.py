"""What a lede's judgement was for: "X blasted Y for Z" asks Z beside X — a whole phrase that
stands alone, never a pronoun's, a hedged or negated judgement's, or one with no named doer."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def reasons_of(nlp, text: str) -> dict[str, tuple[str, str]]:
    facts = facts_of(nlp, make_article(text))
    return {a.name: (a.verb, a.doer) for a in facts.arguments if a.slot == "reason"}


def test_what_a_named_doer_judged_someone_for(nlp):
    found = reasons_of(
        nlp,
        "Senator Tom Harlow blasted Governor Anne Brisco for her support of a failed highway toll bill that "
        "would have doubled fares. The bill died in March.",
    )
    assert found == {"a failed highway toll bill": ("blast", "Tom Harlow")}


def test_a_gerund_clause_is_the_act_judged(nlp):
    found = reasons_of(nlp, "Senator Tom Harlow accused Governor Anne Brisco of misusing Ohio state funds.")
    assert found == {"misusing Ohio state funds": ("accuse", "Tom Harlow")}


def test_no_reason_that_leans_on_the_text_or_is_not_told_as_done(nlp):
    text = (
        "Senator Tom Harlow praised Governor Anne Brisco for her remarks. "
        "Mayor Lisa Grant did not blame the Dayton council for the flooding of the river district. "
        "The senator criticized the governor for cutting school budgets in Dayton. "
        "Senator Mark Olsen thanked Anne Brisco for it."
    )
    assert reasons_of(nlp, text) == {}
