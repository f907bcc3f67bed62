"""The names that fill the lede's clauses (doer, the one done to, the place a verb's
preposition ties it to), whatever the verb; never a speaker, a quote's words or a modifier."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def slots_of(nlp, text: str, *, title: str = "Test") -> dict[str, tuple[str, str, str]]:
    facts = facts_of(nlp, make_article(text, title=title))
    return {a.name: (a.label, a.slot, a.verb) for a in facts.arguments}


def test_subject_object_and_place_of_a_lede_clause(nlp):
    found = slots_of(nlp, "Senator Maria Delgado defeated Governor Paul Garrick on Tuesday night in Nevada.")
    assert found["Maria Delgado"][1:] == ("subject", "defeat")
    assert found["Paul Garrick"][1:] == ("object", "defeat")
    assert found["Nevada"][1:] == ("prep", "defeat")


def test_a_verb_outside_the_event_lexicon_still_has_its_names(nlp):
    found = slots_of(nlp, "The fugitive banker Tom Ashcroft may have fled to Portugal, according to court papers.")
    assert found["Portugal"][1] == "prep"


def test_two_coordinated_names_are_one_answer(nlp):
    found = slots_of(nlp, "Anna Brightwater and Paul Garrick opened a free clinic in the town of Harlow last week.")
    assert "Anna Brightwater and Paul Garrick" in found


def test_a_list_of_names_is_one_answer_and_a_list_with_a_common_noun_none(nlp):
    found = slots_of(nlp, "Norvex Corp., Harlow Industries and Delmont Holdings sued the Marlow Group on Friday over the dam.")
    assert found["Norvex Corp., Harlow Industries and Delmont Holdings"][1:] == ("subject", "sue")
    found = slots_of(nlp, "Anna Brightwater, Paul Garrick and their lawyers opened a free clinic in Harlow last week.")
    assert not any(name.startswith("Anna Brightwater") for name in found)


def test_names_after_a_word_that_may_modify_only_the_first_are_no_answer(nlp):
    # "Ruritania's ____ signed": the blank hides whether both are Ruritania's
    found = slots_of(nlp, "Ruritania's Anna Brightwater and Paul Garrick signed the border treaty in their palaces on Friday.")
    assert not any(name.startswith("Anna Brightwater") for name in found)


def test_no_speaker_no_quoted_name_no_modifier(nlp):
    text = (
        "Maria Delgado said on Monday that the bridge will close. "
        "“We thank Paul Garrick for his help,” she said. "
        "A Harlow Gazette poll found wide support for the plan."
    )
    found = slots_of(nlp, text)
    assert "Maria Delgado" not in found  # the speaker: quotes ask who said it
    assert "Paul Garrick" not in found  # inside the quotation
    assert "Harlow Gazette" not in found  # only modifies "poll"


def test_only_the_lede_is_read(nlp):
    paragraphs = [f"The council of Harlow met for the {n} time this month to talk about the roads and bridges." for n in ("first", "second")]
    paragraphs.append("Later, the mayor thanked Paul Garrick for his work on the new bridge over the river.")
    found = slots_of(nlp, "\n\n".join(paragraphs))
    assert "Paul Garrick" not in found


def test_a_name_the_tagger_cut_or_joined_over_a_title_is_no_answer(nlp):
    found = slots_of(nlp, "Former Ohio Gov. Anna Brightwater and former Iowa Sen. Paul Garrick opened a clinic in Harlow last week.")
    assert not any(" and " in name for name in found)  # a title stands between the two names


def test_where_a_statement_was_made_is_no_answer(nlp):
    found = slots_of(nlp, "In Lisbon, a spokesman for the port authority said trade had doubled since the dock workers' strike.")
    assert "Lisbon" not in found  # the place of a remark, not of what happened
    found = slots_of(nlp, "In Lisbon, dock workers blocked the port authority's gates for a third day.")
    assert found["Lisbon"][1] == "prep"  # where the act itself took place


def test_a_one_block_story_s_lede_is_its_first_sentences(nlp):
    sentences = [f"The council of Harlow met for the {n} time this month to talk about the roads and bridges." for n in ("first", "second")]
    sentences += [f"Item {n} on the agenda was the budget for the new school on the hill." for n in range(3, 9)]
    sentences.append("Later, the mayor thanked Paul Garrick for his work on the new bridge over the river.")
    found = slots_of(nlp, " ".join(sentences))
    assert "Paul Garrick" not in found  # the ninth sentence of a story set without paragraph breaks


def test_a_name_completing_the_clauses_object_is_asked(nlp):
    # the act a noun names ("its purchase of …", "its entry into …") is the clause's news
    found = slots_of(nlp, "Harwick Foods completed its purchase of Delmont Dairies for about $80 million on Monday.")
    assert found["Delmont Dairies"][1:] == ("noun", "complete")
    found = slots_of(nlp, "Slovakia celebrated its entry into the European Union with fireworks and concerts.")
    assert found["European Union"][1:] == ("noun", "celebrate")


def test_a_name_inside_the_subject_or_a_statements_venue_is_not(nlp):
    found = slots_of(
        nlp, "A spokesman for the Marlow Group told reporters at a news conference in Leeds that the plant would close."
    )
    assert "Marlow Group" not in found and "Leeds" not in found


def test_where_a_speech_or_a_broadcast_was_given_is_no_answer(nlp):
    found = slots_of(nlp, "In a speech delivered at the Pentagon, Mayor Helen Ortiz said the troops would stay in Harlow.")
    assert "Pentagon" not in found  # the speech's venue
    found = slots_of(nlp, "Speaking on radio show Harlow Tonight last week, Paul Garrick said his band wrote new songs.")
    assert not any("Harlow" in name for name in found)  # the broadcast he spoke on
    found = slots_of(nlp, "Maria Delgado appeared on CNN to defend the Marlow Group's new dam.")
    assert "CNN" not in found
    found = slots_of(nlp, "Senator Maria Delgado defeated Governor Paul Garrick on Tuesday night in Nevada.")
    assert "Nevada" in found  # where the news happened is no venue of words


def test_a_venue_s_owner_is_a_venue_and_a_topic_is_not(nlp):
    from quizgen.extract.lede_arguments import words_venue

    def venues(text: str) -> dict[str, bool]:
        return {e.text: words_venue(e) for e in nlp(text).ents}

    found = venues("Paul Garrick wrote in a letter published on the front page of the daily Harlow Gazette that the dam must go.")
    assert found["Harlow Gazette"]  # the paper whose page carried the letter
    assert venues("Maria Delgado delivered a speech at the headquarters of the NAACP in Baltimore.")["NAACP"]
    assert not venues("Maria Delgado spoke on the future of NATO at length.")["NATO"]  # a topic
    assert not venues("Maria Delgado spoke on Iran at length.").get("Iran")


def test_a_common_noun_the_tagger_took_for_a_name_is_no_answer(nlp):
    sentences = [
        "Mayor Helen Ortiz addressed hundreds of students in town for a regional congress.",
        "Governor Paul Garrick welcomed delegates who came to Harlow for the annual congress.",
        "Senator Maria Delgado spoke to teachers gathered for a national congress in Lisbon.",
    ]
    tagged = [e.text for s in sentences for e in nlp(s).ents if e.text.islower()]
    assert tagged  # the tagger does take a lowercase word for a name here
    for sentence in sentences:
        assert not any(name.islower() for name in slots_of(nlp, sentence))


def test_a_common_noun_the_tagger_took_for_a_person_is_no_answer(nlp):
    from spacy.tokens import Span

    from quizgen.extract.lede_arguments import _argument
    from quizgen.extract.quoted_text import quoted_chars

    doc = nlp("Hackers also accessed the computer of Mayor Helen Ortiz, according to the report.")
    assert doc[0].pos_ != "PROPN"
    sent = next(doc.sents)
    as_person = Span(doc, 0, 1, label="PERSON")  # the tagger's guess in some contexts
    assert _argument(as_person, sent, "a", quoted_chars(doc)) is None
    name = next(e for e in doc.ents if e.text == "Helen Ortiz")
    assert _argument(name, sent, "a", quoted_chars(doc)) is not None  # a person's name still is


def test_no_name_from_a_conditional_or_would_clause(nlp):
    found = slots_of(nlp, "If Senator Maria Delgado loses in Nevada, it would be the third sign that her campaign is faltering.")
    assert "Maria Delgado" not in found and "Nevada" not in found


def test_a_may_of_what_is_or_will_be_is_a_guess_but_a_hedged_past_stays(nlp):
    found = slots_of(nlp, "Senator Maria Delgado may be testing the patience of voters in Nevada.")
    assert "Maria Delgado" not in found and "Nevada" not in found
    found = slots_of(nlp, "The ruling may push Governor Paul Garrick into a corner.")
    assert "Paul Garrick" not in found
    found = slots_of(nlp, "Governor Paul Garrick may have fled to Portugal after the vote.")
    assert "Paul Garrick" in found and "Portugal" in found  # a hedge of what happened


def test_how_a_thing_seems_to_the_writer_is_no_fact_but_hedged_news_is(nlp):
    for text in (
        "For the Harlow Party, the vote in Vermont must have seemed like a clever idea.",
        "Governor Paul Garrick appears weak before the Delmont council in Vermont.",
        "Governor Paul Garrick may not have visited Portugal before the vote.",
    ):
        found = slots_of(nlp, text)
        assert not {"Vermont", "Harlow Party", "Paul Garrick", "Portugal"} & set(found), text
    # news told as seeming to be done, and acts told with the same verbs, keep their names
    for text in (
        "Governor Paul Garrick seemed to suggest on Monday that troops had left Portugal.",
        "Governor Paul Garrick appeared on television in Portugal on Monday.",
    ):
        found = slots_of(nlp, text)
        assert "Paul Garrick" in found and "Portugal" in found, text


def test_a_claim_or_an_open_question_keeps_its_names(nlp):
    found = slots_of(nlp, "Senator Maria Delgado claimed that Governor Paul Garrick had blocked the bill in March.")
    assert "Paul Garrick" in found
    found = slots_of(nlp, "The court failed to decide whether Governor Paul Garrick had broken the law.")
    assert "Paul Garrick" in found



def _modifiers(nlp, text: str) -> dict[str, bool]:
    from quizgen.extract.lede_arguments import _modifies_a_noun

    return {e.text: _modifies_a_noun(e) for e in nlp(text).ents}


def test_a_name_that_only_opens_a_longer_noun_phrase_is_no_answer(nlp):
    # blanked, a possessor or a brand before a noun leaves the phrase's head dangling
    assert _modifiers(nlp, "Appearing at Boston’s annual harbor festival, the senator took several questions from voters.")["Boston"]
    told = _modifiers(nlp, "Governor Paul Garrick told Harlow Radio Morning host Anna Brightwater that the bridge would reopen.")
    assert told["Harlow Radio Morning"] and not told["Anna Brightwater"]
    bought = _modifiers(nlp, "Marlow Holdings agreed on Friday to buy Delmont Brewing for about $40 million.")
    assert not bought["Delmont Brewing"]  # the whole object
    assert not _modifiers(nlp, "The senator met Paul Garrick Tuesday in Harlow.")["Paul Garrick"]  # a day after it


def test_a_name_with_a_possessive_inside_it_is_still_an_answer(nlp):
    assert not _modifiers(nlp, "Harrow's Mill Co. announced the closure of its paper plant.")["Harrow's Mill Co."]



def _describes(nlp, text: str, verb: str) -> bool:
    from quizgen.extract.event_clauses import describes

    return describes(next(t for t in nlp(text) if t.text == verb))


def test_a_description_in_the_simple_present_is_no_news_but_news_told_in_it_is(nlp):
    assert _describes(nlp, "Delmont Holdings distributes electronic devices and produces power supplies.", "distributes")
    assert _describes(nlp, "Anna Brightwater is a former Army nurse and a lifelong member of the council.", "is")
    # a participle's place belongs to the profile its clause gives
    assert _describes(nlp, "Currently, Delmont Holdings, based in Toledo, has 3.3 million shares outstanding.", "based")
    assert not _describes(nlp, "Delmont Holdings distributed electronic devices to flooded towns last week.", "distributed")
    assert not _describes(nlp, "Anna Brightwater succeeds Paul Garrick as chair of the council.", "succeeds")
    assert not _describes(nlp, "After the tender offer, Delmont Holdings now owns 72% of Harlow Mills.", "owns")
    assert not _describes(nlp, "Critics made claims that Paul Garrick is afraid to testify.", "is")  # the claim's state


def test_a_habit_is_no_news_whatever_its_verb(nlp):
    # a frequency adverb makes the clause a habit: no one event for a cloze to ask
    assert _describes(nlp, "The border agency routinely sends rejected applicants back to Harlow.", "sends")
    assert _describes(nlp, "Delmont Holdings usually shipped its steel brackets through Toledo.", "shipped")
    assert not _describes(nlp, "The border agency sent forty rejected applicants back to Harlow on Monday.", "sent")
    assert "Harlow" not in slots_of(nlp, "The border agency routinely sends rejected applicants back to Harlow.")


def test_a_bare_count_is_no_thing_acted_on(nlp):
    from quizgen.extract.event_answers import counts_only

    doc = nlp("The Harlow Party won 49 out of the 54 seats, and the Delmont Party raised $5 million for 12 new offices.")
    by_text = {doc[t.left_edge.i : t.right_edge.i + 1].text: t for t in doc if t.dep_ == "dobj"}
    assert counts_only(doc[by_text["49"].i : by_text["49"].i + 1])  # "Which party won 49?" asks nothing
    money = next(t for t in doc if t.dep_ == "dobj" and t.i > by_text["49"].i)
    assert not counts_only(doc[money.left_edge.i : money.right_edge.i + 1])  # a sum raised is a thing


def test_no_blank_that_cuts_a_name_the_tagger_split(nlp):
    # the tagger reads "South" and "Southwest" as two places: a blank of one splits the name
    text = "Arriving at Denver's yearly South by Southwest fair, the banker answered several questions from voters."
    found = slots_of(nlp, text)
    assert "South" not in found and "Southwest" not in found


def test_a_modifier_the_tagger_ran_into_a_name_is_no_part_of_the_answer(nlp):
    found = slots_of(nlp, "Harlow Holdings sold its stake in 30%-owned Delmont Industries Inc. last week.")
    assert "Delmont Industries Inc." in found and not any(n.startswith("30%") for n in found)
    found = slots_of(nlp, "Harlow Holdings bought 7-Eleven Inc. on Monday.")
    assert "7-Eleven Inc." in found  # a name that opens with a number keeps it


def test_a_story_s_credit_line_names_no_one_to_ask(nlp):
    text = (
        "Senator Maria Delgado won the Harlow mayoral race on Tuesday. Delgado said she would cut fares.\n"
        "(Additional reporting by Kylie Moran; Editing by Michael Holden and Gareth Jones.)"
    )
    found = slots_of(nlp, text)
    assert "Maria Delgado" in found
    assert not any(name.startswith(("Kylie", "Michael", "Gareth")) for name in found)


def test_a_possessor_of_a_slot_s_noun_is_asked_with_its_mark_kept(nlp):
    found = slots_of(nlp, "Senator Maria Delgado praised Anna Brightwater’s new hospital plan on Monday during a visit to Harlow.")
    assert found["Anna Brightwater"][1:] == ("possessor", "praise")  # the name, not "Anna Brightwater’s"


def test_no_possessor_of_a_speaker_or_of_a_role(nlp):
    found = slots_of(nlp, "Anna Brightwater’s campaign said on Monday that the new hospital in Harlow will open in May.")
    assert "Anna Brightwater" not in found  # whose campaign spoke is the quotes' question
    found = slots_of(nlp, "Paul Garrick’s lawyer filed a motion on Monday to move the trial out of Harlow County.")
    assert "Paul Garrick" not in found  # a role's holder: "Whose lawyer …" is a role card's


def test_a_name_completing_a_subject_noun_is_asked_but_not_a_spokesman_s_body(nlp):
    found = slots_of(nlp, "Last week, young engineers at Norvex Corp. built a wooden bridge across the river in one night.")
    assert found["Norvex Corp."][1:] == ("noun", "build")
    found = slots_of(nlp, "A spokesman for the Harlow Police Department confirmed on Monday that the bridge will close.")
    assert not any("Police" in name for name in found)


def test_a_share_price_move_names_no_doer(nlp):
    """A day's closing price is no act: the company is not asked as the one who "closed" it."""
    found = slots_of(nlp, "In composite trading on the New York Stock Exchange Friday, Harlow Savings closed at $5.25, "
                          "down $1.875, a 26% decline.")
    assert "Harlow Savings" not in found
    found = slots_of(nlp, "Harlow Savings closed its branch in Dayton on Friday and cut 40 jobs.")
    assert found["Harlow Savings"][1] == "subject"


def test_a_description_the_tagger_ran_into_a_name_is_no_answer(nlp):
    # "[The Indian Ocean archipelago of Varnholm]": the entity's head is a common noun; blanking it
    # whole asks for the description, not the name
    slots = slots_of(nlp, "The Indian Ocean archipelago of Varnholm has attracted record investment from foreign firms this year.")
    assert not any("archipelago" in name for name in slots), slots


def test_a_sentence_pointing_back_to_what_was_said_gives_no_name(nlp):
    # "Liu made the above remarks": which remarks, only the paragraph before says
    slots = slots_of(
        nlp,
        "At a regular press conference Liu Wenhai made the above remarks in response to a question on Bush's visit to China.",
    )
    assert "Liu Wenhai" not in slots, slots


def test_a_name_begun_before_a_line_broken_hyphen_is_no_answer(nlp):
    # "Indo- Asian News Service": the tagger's name starts inside the broken word
    found = slots_of(nlp, "A heavy snow storm claimed two lives Sunday at a mountain pass in India-controlled Kashmir, Indo- Asian News Service reported.")
    assert "Asian News Service" not in found
    found = slots_of(nlp, "A heavy snow storm claimed two lives Sunday at a mountain pass in India-controlled Kashmir, Indo-Asian News Service reported.")
    assert "Asian News Service" not in found
