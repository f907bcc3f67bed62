"""From the j135 sample (9fe2d8c6, stop 62's last code, read after scoring), each fixed at its
mechanism and tested with an article written for the test:
- an actor sharing its act with a partner the parse did not join to it: "Baker and Treasury
  Secretary James Baker both supported …" (the first Baker read as the second's modifier),
  "Philips announced it and Sony Corp had developed …" (the "it" given to "announced"), "TLC said
  it and Staff Builders have extended …" (a pronoun with a conjunct, then replaced by the
  speaker): each asked "Who …?" or "What had X …?" with one of two right answers;
- a straight double mark used as a plural's apostrophe ("each others" positions") opened a
  quotation running to the paragraph's end;
- a party's name before a committee's chairman ("Democratic committee chairman") taken for whose
  office it is;
- a day after a "from" figure ("fell to 3.85 pct from five pct yesterday") blanked as "from five
  pct on ____", which reads as the fall's day;
- "the partnership" after "will enter a 50-50 partnership with …" read as the business entering it.
"""

from __future__ import annotations

from quizgen.ingest.markup import repair_markup
from tests.articles import shown, wire_items


def test_a_name_joined_to_the_subject_inside_its_modifiers_is_a_second_right_answer(tmp_path):
    body = (
        "BOCA RATON, Fla., March 22 - U.S. House Ways and Means Committee Chairman Dan Rostenkowski said a tax "
        "increase probably would be needed but that Congress and President Reagan might not approve one.\n\n"
        "Rostenkowski, an Illinois Democrat, also told a futures industry meeting that he did not think tax writers "
        "would approve a tax on stock transfers.\n\n"
        "He congratulated House Speaker James Wright for proposing tax increases to help cut the budget deficit.\n\n"
        "Rostenkowski said he hoped White House Chief of Staff Howard Baker could persuade President Reagan "
        "to support a package of tax increases and spending cuts.\n\n"
        # "l982": the wire's letter l for a 1, as the story wrote it (with "1982" the year's own rules drop the act)
        "He noted that Baker and Treasury Secretary James Baker both supported tax increases in l982.\n\n"
        "Rostenkowski suggested that about 18 billion dlrs of new taxes might have to be found."
    )
    items = wire_items(tmp_path, body, title="ROSTENKOWSKI SAYS TAX RISE NEEDED, DIFFICULT", date="1987-03-22")
    assert not any(i.kind == "event" and i.question.startswith("Who supported") for i in items), shown(items)
    assert not any(i.kind == "event" and i.answer in ("James Baker", "Howard Baker") and "supported" in i.question for i in items), shown(items)


def test_a_pronoun_and_a_partner_given_to_the_verb_of_saying_share_the_act(tmp_path):
    body = (
        "EINDHOVEN, March 5 - NV Philips Gloeilampenfabrieken said it had agreed with Matsushita Electric "
        "Industrial Co Ltd to jointly produce the components of a new laser audio-video player.\n\n"
        "Philips last month announced it and Sony Corp had developed a world standard for the new player.\n\n"
        "Production of the player is to start in the autumn, the company said."
    )
    items = wire_items(tmp_path, body, title="PHILIPS TO JOINTLY PRODUCE NEW LASER VIDEO PLAYER", date="1987-03-05")
    assert not any(i.kind == "event" and i.question.startswith("What had Sony Corp developed") for i in items), shown(items)
    assert not any(i.kind == "event" and i.question.startswith("Which") and i.answer == "Sony Corp" and "world standard" in i.question for i in items), shown(items)


def test_a_speakers_pronoun_with_a_conjunct_is_not_the_speaker_alone(tmp_path):
    body = (
        "LAKE SUCCESS, N.Y., March 3 - Tender Loving Care Health Care Services Inc said it and Staff Builders Inc "
        "have extended the term of their merger agreement until May 31.\n\n"
        "Tender Loving Care also said Norrell Corp agreed not to acquire any additional Staff Builders shares "
        "until September 30.\n\n"
        "The Staff Builders shareholders meeting to vote on the merger will be reconvened on April 22."
    )
    items = wire_items(tmp_path, body, title="TENDER LOVING, STAFF EXTEND PACT", date="1987-03-03")
    extended = [i for i in items if i.kind == "event" and "extended" in i.question]
    assert not any(i.question.startswith(("Which", "Who")) for i in extended), shown(extended)
    assert not any(i.question.startswith("What have Tender Loving Care") for i in extended), shown(extended)


def test_a_straight_mark_after_a_plural_that_pairs_with_nothing_is_an_apostrophe():
    text = 'Progress in understanding each others" positions was just as important, he said.'
    assert repair_markup(text) == text.replace('"', "’")
    quoted = 'He said the "costs" were high.\n\nIt said "the costs" were high.'
    assert repair_markup(quoted) == quoted  # paired marks after a plural stay quotation marks


def test_words_after_a_plurals_apostrophe_are_no_quotation(tmp_path):
    body = (
        "KASHIKOJIMA, Japan, April 26 - Four trade ministers ended a weekend meeting saying their governments "
        "are losing credibility in world financial markets.\n\n"
        "U.S. Trade Representative Clayton Yeutter reminded the news conference that the results of such meetings "
        "could take years to show.\n\n"
        "Progress in personal contacts and understanding each others\" positions and policies was just as "
        "important toward reducing trade tensions, he said."
    )
    items = wire_items(tmp_path, body, title="TRADE MINISTERS SAY GOVERNMENTS NEED CREDIBILITY", date="1987-04-26")
    assert not any(i.kind == "quote" and "positions and policies" in i.question for i in items), shown(items)


def test_a_committee_chairman_with_only_a_party_says_not_which_committee(tmp_path):
    body = (
        "WASHINGTON, March 24 - A feud among Democrats and Republicans persisted at the House Budget Committee, "
        "stalling the writing of a fiscal 1988 budget plan.\n\n"
        "Republicans failed to appear at a drafting session called by Democratic committee chairman William Gray "
        "as a make-up meeting to end bickering that has delayed budget activity for a week.\n\n"
        "Republicans told Gray they would appear if the meeting was held behind closed doors."
    )
    items = wire_items(tmp_path, body, title="FEUD PERSISTS AT U.S. HOUSE BUDGET COMMITTEE", date="1987-03-24")
    assert not any(i.kind == "person" and "Democratic committee chairman?" in i.question for i in items), shown(items)
    assert not any(i.kind == "person" and i.question.startswith("Who was the Democratic committee chairman") for i in items), shown(items)


def test_a_day_after_a_from_figure_is_not_blanked_as_the_changes_day(tmp_path):
    body = (
        "FRANKFURT, April 1 - Call money rates fell to 3.85/95 pct from five pct yesterday in moderate trading "
        "as month end tightness disappeared and operators took positions for April.\n\n"
        "Dealers said rates would stay near four pct over the coming week."
    )
    items = wire_items(tmp_path, body, title="GERMAN CALL MONEY DROPS BACK AT MONTH START", date="1987-04-01")
    assert not any(i.kind == "date" and "from five pct on ____" in i.question for i in items), shown(items)


def test_the_partnership_a_business_enters_is_not_that_business(tmp_path):
    body = (
        "NEW YORK, March 12 - Union Pacific Corp said it will enter a 50-50 partnership with Petroles de Venezuela, "
        "PDVSA, to own and operate Union Pacific's 160,000 barrel-per-day Corpus Christi, Texas, oil refinery.\n\n"
        "The assets to be acquired by the partnership are valued at 190 mln dlrs, Union Pacific said.\n\n"
        "Closing is expected to take place in early April and the venture is to be called Champlin Refining Co.\n\n"
        "The partnership will acquire the refining and distribution systems currently owned and operated by "
        "Champlin Petroleum, a wholly owned subsidiary of Union Pacific.\n\n"
        "The venture will acquire the related inventories and the Champlin trade name, the company said."
    )
    items = wire_items(tmp_path, body, title="UNION PACIFIC IN PARTNERSHIP WITH PDVSA", date="1987-03-12")
    assert not any("[Union Pacific Corp] will acquire" in i.question for i in items), shown(items)
    assert not any(i.kind == "event" and i.answer == "Union Pacific Corp" and "acquire the refining" in i.question for i in items), shown(items)


def test_a_day_after_a_from_figure_still_dates_its_sentence_and_a_day_after_a_from_date_is_an_events(nlp):
    from quizgen.extract.dates import extract_dates
    from tests.articles import make_article

    article = make_article(
        "Call money rates in Frankfurt were lower on Wednesday.\n\n"
        "Call money rates fell to 3.85/95 pct from five pct yesterday in moderate trading.\n\n"
        "The new chancellor would be in charge of the budget from January 20 next year.",
        date="1987-04-01",
    )
    dates = {f.text: f for f in extract_dates(nlp(article.body), article=article)}
    assert dates["yesterday"].value == "1987-03-31" and dates["yesterday"].occasion == "baseline"  # no card, still read
    assert dates["next year"].value == "1988" and dates["next year"].occasion != "baseline"  # "20" is a day, no figure
