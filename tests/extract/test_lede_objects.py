"""What the lede's clauses act on: the object phrase of a clause's verb, whatever the verb —
never a pronoun, a name or figure another card asks, a quote's words, a bare or vague noun."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def objects_of(nlp, text: str, *, title: str = "Test") -> dict[str, tuple[str, str]]:
    facts = facts_of(nlp, make_article(text, title=title))
    return {a.name: (a.verb, a.doer) for a in facts.arguments if a.label == "THING"}


def test_the_object_phrase_of_a_lede_clause_and_who_acts(nlp):
    found = objects_of(
        nlp,
        "Town councillors in Harlow are rushing to build a flood barrier along the river before winter. "
        "The barrier is due in March.",
    )
    assert found == {"a flood barrier along the river": ("build", "Town councillors")}


def test_a_participle_clause_after_the_object_is_left_in_the_question(nlp):
    found = objects_of(
        nlp, "The council approved a new parking scheme meant to ease traffic in the old town. The scheme starts in May."
    )
    assert "a new parking scheme" in found


def test_no_pronoun_name_figure_bare_or_vague_object(nlp):
    text = (
        "The mayor thanked them after the vote. "
        "The council praised Maria Delgado for her work. "
        "The company will cut 400 jobs next year. "
        "The committee considered the request. "
        "The board approved the move on Monday. "
        "The minister took an opportunity to speak."
    )
    assert objects_of(nlp, text) == {}


def test_no_object_inside_a_quotation_or_after_a_reporting_verb(nlp):
    text = "“We will build a bigger harbour wall,” the mayor said. The mayor told reporters a long story."
    assert objects_of(nlp, text) == {}


def test_no_object_whose_apposition_names_it(nlp):
    text = "The trust that runs the county's bus network, Harlow Transit Services, objects to the new fares."
    assert "the county's bus network" not in objects_of(nlp, text)


def test_no_object_that_pins_no_fact(nlp):
    text = (
        "Once a rival has a lead, the challenger faces an even more daunting task in the spring. "
        "The candidate promoted a variety of half-baked ideas at the fair. "
        "The council adopted a new approach on Monday."
    )
    assert objects_of(nlp, text) == {}


def test_no_object_of_a_conditional_or_would_clause(nlp):
    text = (
        "If the council rejects the budget, the mayor would close the harbour ferry service. "
        "The regional board could approve a new rail tunnel next year."
    )
    assert objects_of(nlp, text) == {}


def test_no_object_a_later_pronoun_of_its_sentence_points_back_at(nlp):
    # blanked, "it" would point at nothing the reader sees
    pointed = objects_of(
        nlp,
        "The Harlow council is drafting a flood barrier plan for the river valley, hoping it will be ready by spring. "
        "The barrier is overdue.",
    )
    assert "a flood barrier plan for the river valley" not in pointed
    kept = objects_of(
        nlp,
        "The Harlow council is drafting a flood barrier plan for the river valley, hoping for approval by spring. "
        "The barrier is overdue.",
    )
    assert "a flood barrier plan for the river valley" in kept


def test_a_reported_will_is_told_but_a_reported_will_not_is_not(nlp):
    from quizgen.extract.event_clauses import hypothetical

    doc = nlp(
        "The Harlow council said it would close the Riverside library but would not sell the Eastgate depot."
    )
    close, sell = (t for t in doc if t.lemma_ in ("close", "sell"))
    assert not hypothetical(close)  # the council's "we will close", backshifted
    assert hypothetical(sell)  # not asked: what will not be done


def test_no_object_whose_last_noun_the_parse_makes_a_clauses_subject(nlp):
    # the parser reads "the reserves set up to …" as a clause: blanked up to "reserves", the
    # answer would be a phrase cut in two ("… and the reserves" / "set up to cover …")
    text = "Profits at the Delmont unit rose slightly, largely because gains at the parent offset storm payments and the reserves set up to cover future claims."
    assert not any(name.endswith("the reserves") for name in objects_of(nlp, text))


def test_what_a_company_does_for_a_living_is_no_lede_object(nlp):
    # a profile in the simple present, not the news
    again = " The brackets were cheap."
    assert not objects_of(nlp, "Harlow Fasteners distributes flood barriers and steel brackets to builders across the region." + again)
    found = objects_of(nlp, "Harlow Fasteners delivered flood barriers and steel brackets to builders across the region." + again)
    assert "flood barriers and steel brackets" in found  # what it did: news


def test_what_is_done_out_of_habit_is_no_lede_object(nlp):
    again = " The plans were late."
    assert not objects_of(nlp, "The Harlow council regularly returns the rejected building plans to the architects." + again)
    assert not objects_of(nlp, "The Harlow council often returned the rejected building plans to the architects." + again)
    found = objects_of(nlp, "The Harlow council returned the rejected building plans to the architects on Monday." + again)
    assert "the rejected building plans" in found  # one act, done once: news


def test_no_object_that_only_its_story_says_which(nlp):
    text = (
        "After a long campaign, Harlow's mayor Ruth Baines is again sizing up the regional field before the vote. "
        "Harlow Transit chairman Paul Garrick voiced the company's frustration at the council."
    )
    found = objects_of(nlp, text)
    assert "the regional field" not in found
    assert "the company's frustration" not in found


def test_an_object_with_a_noun_that_says_which_stays(nlp):
    found = objects_of(nlp, "The Harlow Mills shareholders adopted a shareholder-rights plan at the annual meeting. The plan is new.")
    assert "a shareholder-rights plan" in found
    found = objects_of(nlp, "The new rules put the regional government in charge of the harbour. The government agreed.")
    assert "the regional government" in found  # an institution is named by its noun


def test_no_object_holding_a_bare_definite_noun_the_sentences_before_say(nlp):
    # "support for the decision": which decision, only the sentences before say
    text = (
        "The Harlow transit board made the difficult decision to sell the old ferry to a Danish yard.\n\n"
        "The ferry was built in 1961. The city council quickly announced support for the decision."
    )
    assert "support for the decision" not in objects_of(nlp, text)
    # a noun that says which keeps it
    text = (
        "The Harlow transit board made the difficult decision to sell the old ferry to a Danish yard.\n\n"
        "The ferry was built in 1961. The city council quickly announced support for the ferry sale."
    )
    assert "support for the ferry sale" in objects_of(nlp, text)


def test_an_object_the_story_never_names_again_is_no_lede_object(nlp):
    # a support verb's object, a figure of speech, an aside: said once, not what the story is about
    text = (
        "Harlow Transit chairman Paul Garrick drew national press attention on Monday. "
        "Paul Garrick stirred the pot of controversy with a speech in Delmont. "
        "The speech lasted an hour."
    )
    assert objects_of(nlp, text) == {}
    # the same clause, with the thing told again later, is asked
    found = objects_of(
        nlp,
        "Harlow Transit filed a costly defamation suit against the Delmont council on Monday. "
        "The suit names three councillors.",
    )
    assert "a costly defamation suit" in found


def test_the_object_of_the_preposition_that_completes_a_verb(nlp):
    found = objects_of(
        nlp,
        "The Republican party pulled out of the planned television debate last week. "
        "The senate voted for the new highway bill on Tuesday. "
        "The debate was to be held in Houston, and the bill now goes to the house.",
    )
    assert found == {
        "the planned television debate": ("pull", "The Republican party"),
        "the new highway bill": ("vote", "senate"),
    }


def test_no_prepositional_object_after_a_direct_object_or_other_words(nlp):
    found = objects_of(
        nlp,
        "The mayor met reporters in the hotel lobby on Monday. "
        "The council met quietly on Monday in the old town hall. "
        "The lobby and the town hall were closed for repairs after the meeting.",
    )
    assert found == {}


def test_no_prepositional_object_of_a_passive_a_purpose_or_a_kind_of_thing(nlp):
    found = objects_of(
        nlp,
        "In 1991 the banker was convicted in a state court of fraud. "
        "Stock arbitrage -- buying futures to profit from small price differences -- moves markets. "
        "Natural disasters have resulted in huge insurance payments. The mayor admits a rift does exist between the city police and the city council. "
        "The court, the price differences, the police and the insurance payments were in the news all year.",
    )
    assert found == {}


def test_no_object_that_is_a_stance_with_no_topic(nlp):
    # round 45: an opinion noun whose only phrase says where it is voiced asks nothing
    text = (
        "Both unions will voice views and concerns at the coming pay talks, and will review the deal reached last year. "
        "The unions' views and concerns differ on the length of the talks."
    )
    assert objects_of(nlp, text) == {}

