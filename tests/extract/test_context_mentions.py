"""Words that lean on the text before their sentence ("that year", "Neither", "the poll",
"him"): named when the article says safely who or what, else left unnamed (no card)."""

from __future__ import annotations

import pytest

from quizgen.extract.context_mentions import COMPLEMENT, naming_complement
from quizgen.items.wording import cloze
from tests.articles import facts_of, make_article, references_of


def test_a_definite_noun_takes_the_one_name_written_before_it(nlp):
    text = (
        "A new Harlow Institute poll released on Monday shows the mayor ahead.\n\n"
        "The poll has a margin of error of 4 points."
    )
    assert references_of(nlp, text) == {"The poll": "the Harlow Institute poll"}


def test_a_possessor_is_the_name_too(nlp):
    text = (
        "Brandt Mining rejected Ostrava Steel's proposal on Friday.\n\n"
        "The proposal values Brandt at $40 million."
    )
    assert references_of(nlp, text)["The proposal"] == "Ostrava Steel's proposal"


def test_an_act_takes_the_name_its_earlier_mention_gives_after_it(nlp):
    text = (
        "Harbor Foods said it completed its acquisition of Birch Valley Dairy Inc. on Monday.\n\n"
        "The acquisition adds three plants in Ohio."
    )
    assert references_of(nlp, text) == {"The acquisition": "the acquisition of Birch Valley Dairy Inc."}


def test_an_offer_for_a_named_company_names_the_offer_and_its_figure_gets_a_card(nlp):
    text = (
        "Marlow Press raised its offer for Kettering Books to $12 a share.\n\n"
        "The offer, valued at about $90 million, expires on Friday."
    )
    assert references_of(nlp, text) == {"The offer": "the offer for Kettering Books"}
    facts = facts_of(nlp, make_article(text))
    figure = next(f for f in facts.figures if f.text == "about $90 million")
    question = cloze(facts.article.body, figure.sent_start, figure.sent_end, figure.start, figure.end, references=facts.references)
    assert question == "[The offer for Kettering Books], valued at ____, expires on Friday."


@pytest.mark.parametrize(
    "text",
    [
        # two acts of one noun, each on another name: which one?
        "Acme made an offer for Birch Tools. Zenith made an offer for Cobalt Ltd.\n\nThe offer was rejected.",
        # what the act is on is no name, and nor is who made it
        "A publisher raised its offer for its own shares.\n\nThe offer expires on Friday.",
        # a noun that is no act: "the price" may be another price
        "The price of Brent crude rose on Monday.\n\nThe price fell later.",
    ],
)
def test_an_act_without_one_named_complement_stays_unnamed(nlp, text):
    assert list(references_of(nlp, text).values()) == [None]


def test_two_names_before_a_noun_leave_it_unnamed(nlp):
    text = (
        "The Harlow poll and the Medford poll both show the mayor ahead.\n\n"
        "The poll has a margin of error of 4 points."
    )
    assert references_of(nlp, text) == {"The poll": None}


def test_a_new_one_after_the_named_one_leaves_it_unnamed(nlp):
    text = (
        "Kestrel Group sold its Lakeside resort in 2019. It plans a new resort near the river.\n\n"
        "The resort will have 900 rooms."
    )
    assert references_of(nlp, text).get("The resort") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ruth Ames ran for governor in 1994.\n\nThat year she raised $3 million.", "That year"),
        (
            "Ames and Pike joined the race in May.\n\nNeither has raised more than $1 million.",
            "Neither",
        ),
        ("The tax rose twice.\n\nThis was harder to explain to voters in 2004.", "This"),
        (
            "Pike held town meetings across the county.\n\nThe sheriff attended each meeting, 40 in all.",
            "each meeting",
        ),
    ],
)
def test_a_word_pointing_back_gives_no_name(nlp, text, words):
    assert references_of(nlp, text).get(words, "missing") is None


@pytest.mark.parametrize(
    "text",
    [
        "The economy grew 3 percent in 2015.",
        "The minimum wage rose to $9 in 2014.",
        "The price of copper fell 4 percent on Monday.",
        "The two cities lie 300 miles from each other.",
        "Those who voted early waited two hours.",
        "Analysts expected a profit of $2 a share, but those estimates were cut in May.",
        "Norda Bank will pay 40 francs each for the shares of Vik Holding.",
        "Ruth Ames has 12 donors who raised $5,000 each for the campaign.",
        "Sales of Norda beer were twice that of its rival in 2011.",
    ],
)
def test_words_that_say_what_they_mean_need_nothing(nlp, text):
    assert references_of(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a person's epithet: a party, a place or "former" says what, not who
        ("Ruth Ames met Tom Pike on Monday.\n\nThe Republican front-runner has raised $9 million.", "The Republican front-runner"),
        ("Ruth Ames toured Iowa farms on Monday.\n\nThe Republican front-runner, meanwhile, has raised $9 million.", "The Republican front-runner"),
        ("Ruth Ames spoke in Dayton on Friday.\n\nThe Ohio senator drew 4,000 people.", "The Ohio senator"),
        ("Ruth Ames spoke in Dayton on Friday.\n\nThe former secretary of state drew 4,000 people.", "The former secretary"),
        ("Ruth Ames spoke in Dayton on Friday.\n\nThe first-term senator drew 4,000 people.", "The first-term senator"),
        # a time the sentence before set
        ("The registry of wrecks opened in 1962.\n\nSince then, 700 ships have been added.", "Since then"),
        ("The pumps failed in March.\n\nBy then the town had lost 40 homes.", "By then"),
        # a comparison with what the sentence before described
        ("Ames owned a Belgian racing bicycle.\n\nSimilar bicycles sold 9,000 units in 2010.", "Similar bicycles"),
        ("Pike sold the mill to a rival in 1998.\n\nSuch deals were rare in 1998.", "Such deals"),
        ("Pike won 40 percent in Dayton.\n\nAmes won the same share in Akron in 2012.", "the same share"),
    ],
)
def test_an_epithet_or_a_word_leaning_on_the_sentence_before_gives_no_name(nlp, text, words):
    assert references_of(nlp, text).get(words, "missing") is None


def test_an_epithet_right_after_the_one_person_the_text_is_about_names_that_person(nlp):
    # "Clinton plans to call for …, the campaign said. The Democratic front-runner will
    # propose spending $2 billion …": the card names whose $2 billion (before: no card)
    text = (
        "Ruth Ames toured Iowa farms on Monday.\n\nThe Republican front-runner has raised $9 million.\n\n"
        "On Tuesday, Tom Pike plans to call for a new dam, his campaign said. The Democratic "
        "front-runner will propose spending $2 billion a year on it."
    )
    refs = references_of(nlp, text)
    assert refs["The Republican front-runner"] == "Ruth Ames"
    assert refs["The Democratic front-runner"] == "Tom Pike"


@pytest.mark.parametrize(
    "text",
    [
        "The Republican front-runner Ruth Ames has raised $9 million.",
        "Ruth Ames, the Republican front-runner, has raised $9 million.",
        "The Kestrel chief executive earned $9 million in 2015.",
        "Bicycles similar to the Belgian racers sold 9,000 units in 2010.",
        "Pike won the same share in Akron as in Dayton in 2012.",
        "Norway and Iceland share similar fishing laws, and 40 boats fish both waters.",
        "Now that she is the presumptive Republican nominee, Ruth Ames has 40 staff.",
        "While the Ohio senator has won four small states, Ames has won only 2 primaries.",
        "At the same time, Norda Bank cut 400 jobs.",
        "Voters had never given such strong support to a third party, 30 percent.",
        "The ship docked, then 30 sailors left it on Monday.",
    ],
)
def test_an_epithet_or_comparison_the_sentence_resolves_needs_nothing(nlp, text):
    assert not any(name is None for name in references_of(nlp, text).values())


def test_an_object_pronoun_is_the_one_person_it_can_be(nlp):
    text = "Senator Ann Moss spoke in Dayton on Friday.\n\nA local pastor, Tom Reed, introduced her to the crowd."
    assert references_of(nlp, text) == {"her": "Ann Moss"}


def test_an_object_pronoun_is_not_its_own_verbs_subject(nlp):
    text = "Tom Reed spoke in Dayton on Friday.\n\nLater, Carl Webb criticised him on the radio."
    assert references_of(nlp, text) == {"him": "Tom Reed"}


def test_an_object_pronoun_with_two_people_it_can_be_gives_no_name(nlp):
    text = (
        "Ann Moss leads the race, said Lisa Grant, a pollster.\n\n"
        "On Tuesday, the governor endorsed her."
    )
    assert references_of(nlp, text)["her"] is None


def test_a_description_of_the_trade_still_stands_for_the_company(nlp):
    text = (
        "Halvorsen Foods Corp. reported a loss for the third quarter on Tuesday.\n\n"
        "The frozen-food and snack company said sales fell 12% in March."
    )
    assert references_of(nlp, text) == {"The frozen-food and snack company": "Halvorsen Foods Corp."}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Norda Bank lent $2 million in 1998.\n\nDuring the quarter, profit rose 4%.",
            "the quarter",
        ),
        (
            "Norda shares rose on Friday.\n\nEstimates from dealers put it at 5% of the day's volume.",
            "it",
        ),
        (
            "Norda Bank and Vik Holding sued in May.\n\nThe groups raised $4 million for the case.",
            "The groups",
        ),
    ],
)
def test_more_words_pointing_back_give_no_name(nlp, text, words):
    assert references_of(nlp, text).get(words, "missing") is None


def test_a_description_is_not_the_company_the_sentence_before_only_mentions(nlp):
    text = (
        "Norda Corp. was merged into Vikson Holdings Inc. on Friday.\n\n"
        "Vikson, which had owned 70% of Norda, will pay $40 million for the rest of Norda. "
        "The insurance company will pay 0.8 share for each Norda share."
    )
    assert references_of(nlp, text).get("The insurance company") in (None, "Vikson Holdings Inc.")


def test_a_described_group_is_not_the_company_whose_name_ends_in_group(nlp):
    text = (
        "Pike Acquisition launched a tender offer for Norda Corp. on Monday.\n\n"
        "Pike Acquisition is controlled by Ames Partners, Vik Holding Group and Lund Corp. "
        "The investor group owns 1,200,000 Norda shares."
    )
    assert references_of(nlp, text).get("The investor group") != "Vik Holding Group"


def test_a_name_from_a_list_does_not_name_the_whole(nlp):
    text = (
        "The Norda fund holds junk bonds, preferred stock and Treasury notes.\n\n"
        "The results include a $40 million write-down of the notes."
    )
    assert references_of(nlp, text).get("the notes", "missing") is None


# --- whose revenue, which maker, "But …" --------------------------------------------------


def test_an_ownerless_figure_takes_the_business_the_text_is_about(nlp):
    text = (
        "Halvorsen Foods Inc. reported its annual figures on Monday. Halvorsen Foods said demand "
        "for frozen meals was strong.\n\nRevenue was $1.2 billion."
    )
    refs = [(r.text, r.name, r.kind) for r in facts_of(nlp, make_article(text)).references]
    assert ("Revenue", "Halvorsen Foods Inc.", "owner") in refs


@pytest.mark.parametrize(
    "text",
    [
        # two businesses named as often: whose revenue is not sure
        "Halvorsen Foods Inc. and Brixton Mills Ltd. reported on Monday.\n\nRevenue was $5 million.",
        # the paragraph is about another business than the one the article names most
        (
            "Halvorsen Foods Inc. reported on Monday. Halvorsen Foods said demand was strong. Halvorsen "
            "Foods cut prices.\n\nAt Brixton Mills, profit jumped 16%. Revenue rose 12% to $5 million."
        ),
        # a party owns no revenue
        "The Democratic Party held its convention in Denver.\n\nThe Democratic Party raised money.\n\nRevenue was $5 million.",
    ],
)
def test_an_ownerless_figure_with_no_sure_owner_gives_no_name(nlp, text):
    refs = references_of(nlp, text)
    assert refs.get("Revenue", "missing") is None


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen Foods Inc. reported on Monday.\n\nIts revenue was $5 million.",
        "Halvorsen Foods Inc. reported on Monday.\n\nRevenue at the unit was $5 million.",
        "Halvorsen Foods Inc. reported on Monday.\n\nRevenue was $5 million, Halvorsen said.",
    ],
)
def test_a_figure_whose_owner_is_written_needs_no_owner(nlp, text):
    assert not references_of(nlp, text, "owner")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Trellis Corp. said on Monday that it would close two plants.\n\n"
                "The Dayton, Ohio, maker of hinges said it expected a loss."
            ),
            "The Dayton, Ohio, maker of hinges",
        ),
        ("Trellis Corp. said on Monday that it would close two plants.\n\nThe hinge maker posted a loss.", "The hinge maker"),
    ],
)
def test_a_description_by_trade_stands_for_the_company(nlp, text, words):
    assert references_of(nlp, text)[words] == "Trellis Corp."


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("But the plan failed in the Senate.", ""),  # stands alone: the connective goes
        ("Also, the governor signed the bill.", ""),
        ("And so did the mayor.", None),  # an ellipsis: no card
        ("But not for long.", None),
        ("However, the senators rejected the tax in April.", ""),
        ("In addition, the city council approved a levy on soda.", ""),
        ("Still, so did the mayor.", None),
        ("So lawmakers expect the tax to raise $40 million a year.", ""),  # a consequence: "So" goes
        ("Therefore, the mayor vetoed the levy.", ""),
        ("Thus the council will vote on the tax in May.", ""),
        ("So far, nine cities have passed such a tax.", []),  # "So" belongs to "far": no connective
        ("So many residents objected that the vote was delayed.", []),
    ],
)
def test_a_sentence_opening_with_a_connective(nlp, sentence, name):
    text = "The governor proposed a tax on sugar in March.\n\n" + sentence
    refs = [r for r in facts_of(nlp, make_article(text)).references if r.kind == "connective"]
    assert [r.name for r in refs] == (name if isinstance(name, list) else [name])


def test_a_figure_for_a_period_still_needs_its_owner(nlp):
    text = (
        "Halvorsen Foods Inc. reported record profit. Halvorsen Foods said demand was strong.\n\n"
        "Sales for the full year were $6 billion."
    )
    refs = references_of(nlp, text, "owner")
    assert refs == {"Sales": "Halvorsen Foods Inc."}


def test_the_lede_names_the_owner_of_a_figure_paragraphs_later(nlp):
    text = (
        "Halvorsen Foods Inc. reported a loss of $35 million for the third quarter.\n\n"
        "A spokesman said the loss came from two closed plants in the region.\n\n"
        "Demand for frozen meals fell in the summer, the spokesman said.\n\n"
        "Revenue declined 8% to $85 million."
    )
    refs = references_of(nlp, text, "owner")
    # "the loss" of the second paragraph is the company's too: "[Halvorsen Foods Inc.'s] loss"
    assert refs == {"Revenue": "Halvorsen Foods Inc.", "the": "Halvorsen Foods Inc."}


def test_a_figure_in_a_sentence_that_names_its_company_later_needs_no_owner(nlp):
    text = (
        "Halvorsen Foods Inc. reported on Monday. Halvorsen Foods said demand was strong.\n\n"
        "Although profits fell in 2019, the company said it was confident."
    )
    assert not references_of(nlp, text, "owner")


def test_a_business_the_tagger_missed_just_before_leaves_the_figure_unowned(nlp):
    text = (
        "Halvorsen Foods Inc. reported record profit. Halvorsen Foods said demand was strong.\n\n"
        "Separately, Nevada South said its loss narrowed. Nevada South would not say why.\n\n"
        "Revenue rose 21% to $243 million."
    )
    refs = references_of(nlp, text, "owner")
    assert refs == {"Revenue": None}


def test_a_trade_description_after_two_businesses_gives_no_name(nlp):
    text = (
        "Trellis Corp. said that Pike Capital Partners raised its offer for the company. "
        "Under the new proposal, Pike would pay $12 a share for each of Trellis's shares.\n\n"
        "The Dayton, Ohio, maker of hinges said the stock would pay a dividend."
    )
    assert references_of(nlp, text)["The Dayton, Ohio, maker of hinges"] is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            ("Marlow Marine, a shipyard in Turku, filed for bankruptcy in May.\n\n"
            "Creditors agreed to finish the troubled shipyard's last ship by 2020."),
            "the troubled shipyard",
        ),
        (
            ("A Harlow Institute poll of 600 voters shows the mayor ahead.\n\n"
            "The nationwide telephone poll was conducted over 12 days."),
            "The nationwide telephone poll",
        ),
        (
            ("Ruth Ames, the army's chief of staff, met a rebel leader in Lagos.\n\n"
            "The military leader promised elections within 18 months."),
            "The military leader",
        ),
    ],
)
def test_a_noun_described_by_common_words_still_needs_its_name(nlp, text, words):
    # The words before the noun say what kind of thing it is, not which one: no bracket is
    # certain ("the troubled shipyard" is not "[the Marlow Marine troubled shipyard]"), so no card.
    assert references_of(nlp, text).get(words, "missing") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A Harlow poll came out in May.\n\nThe Medford poll showed the mayor ahead by 12 points.", "poll"),
        ("Pike reported a loss in the second quarter.\n\nPike earned $4 million in the third quarter.", "quarter"),
        ("Pike Bank is Ohio's largest bank.\n\nThe biggest bank in Ohio paid $3 million in fines.", "bank"),
        ("Voters elect a governor in November.\n\nThe 2014 election drew 4 million voters.", "election"),
    ],
)
def test_a_noun_whose_words_before_it_say_which_needs_nothing(nlp, text, words):
    # A name, an ordinal, a superlative or a year before the noun says which one it is.
    assert [k for k in references_of(nlp, text) if words in k] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police found a 9-year-old boy near the lake on Sunday.\n\nThe boy had been missing since March 3.", "The boy"),
        ("Gov. Ann Pike met Tom Reed.\n\nThe governor has appointed Tom Reed to the court.", "The governor"),
        ("Tom Reed spoke in Ohio.\n\nThe governor leads the poll by 12 points.", "The governor"),
    ],
)
def test_a_person_described_with_the_needs_the_persons_name(nlp, text, words):
    # "The boy", "the governor" stand for someone the text before named: no card of the sentence
    # unless that is the one person the sentence before is about (a title fitting the one
    # the article gives them: Reed is no governor).
    assert references_of(nlp, text).get(words, "missing") is None


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Gov. Ann Pike vetoed the bill.\n\nThe governor has appointed Tom Reed to the court.", "The governor", "Ann Pike"),
        ("Tom Reed spoke in Ohio.\n\nThe billionaire businessman leads the poll by 12 points.", "The billionaire businessman", "Tom Reed"),
    ],
)
def test_a_person_described_right_after_the_sentence_about_them_is_named(nlp, text, words, name):
    assert references_of(nlp, text).get(words) == name


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pike's lawyer said the judge would rule on May 4.",
        "Tom Reed, a banker, told the jury that the boy left at noon.",
        "The first woman to lead Norda Bank took office in 2019.",
    ],
)
def test_a_person_the_sentence_names_or_ranks_needs_nothing(nlp, text):
    assert references_of(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "words", "year"),
    [
        ("This year Springfield spent $40 million on roads.", "This year", "in 2017"),
        ("Norda Bank earned $3 million last year, up from $2 million.", "last year", "in 2016"),
        ("Norda Bank's profit fell from last year's $3 million.", "last year", "2016"),
        ("Springfield will elect a mayor next year.", "next year", "in 2018"),
    ],
)
def test_a_year_counted_from_the_writing_takes_the_articles_year(nlp, text, words, year):
    # make_article dates the story 2017-05-24: "last year" on a card read in 2030 is 2016.
    assert references_of(nlp, text)[words] == year


def test_a_year_counted_from_an_undated_story_gives_no_name(nlp):
    facts = facts_of(nlp, make_article("Norda Bank earned $3 million last year.", date=None))
    assert {r.text: r.name for r in facts.references} == {"last year": None}


@pytest.mark.parametrize(
    "text",
    ["Ames spent the last year of her term in Ohio.", "Norda Bank earned $3 million in its fiscal year."],
)
def test_a_year_that_is_not_the_calendar_year_of_writing_needs_nothing(nlp, text):
    assert [k for k in references_of(nlp, text) if "year" in k] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pike Bank appointed Ann Lee as its treasurer.\n\nThe appointment takes effect on June 1.", "The appointment"),
        ("Norda Brewing projected a 4% fall in sales.\n\nThe projection sent its shares down $2 on Monday.", "The projection"),
    ],
)
def test_the_act_a_verb_before_told_of_needs_its_name(nlp, text, words):
    # "The appointment": of whom, to what? The sentence before said; the card cannot.
    assert references_of(nlp, text).get(words, "missing") is None


def test_a_year_after_earlier_still_takes_the_articles_year(nlp):
    assert references_of(nlp, "Earlier this year, Pike Bank paid $3 million for Norda.")["this year"] == "in 2017"


@pytest.mark.parametrize(
    ("text", "words", "month"),
    [
        ("Average wages at Norda Bank rose 3 percent last month.", "last month", "in April 2017"),
        ("Springfield will open the bridge next month.", "next month", "in June 2017"),
        ("Springfield's budget for this month is $2 million.", "this month", "May 2017"),
        # a Wednesday: the calendar week before began on Monday 15 May
        ("A Norda Bank poll last week found 40 percent of voters undecided.", "last week", "in the week of 15 May 2017"),
        # a possessive week puts the possessed noun after "of": "[the vote of the week of 22 May
        # 2017]", never "[the week of 22 May 2017]'s vote" nor "[in …]'s"
        ("Delegates said this week's vote in Springfield was a circus.", "this week's vote", "the vote of the week of 22 May 2017"),
        ("Delegates said last week's budget talks failed.", "last week's budget talks", "the budget talks of the week of 15 May 2017"),
        ("Last month's jobs report at Norda Bank was weak.", "Last month", "April 2017"),
    ],
)
def test_a_month_counted_from_the_writing_takes_the_articles_month(nlp, text, words, month):
    # make_article dates the story 2017-05-24: "last month" on a card read later is another month.
    assert references_of(nlp, text)[words] == month


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Right now Ruth Ames has 312 delegates.", "Right now"),
        ("As of now, 40 towns have joined the scheme.", "of now"),
    ],
)
def test_a_count_as_of_the_writing_gives_no_name(nlp, text, words):
    # No date says which instant "right now" was: the count may be another when the card is read.
    assert references_of(nlp, text)[words] is None


def test_now_telling_the_order_of_events_needs_nothing(nlp):
    refs = references_of(nlp, "Ruth Ames is now the mayor of Springfield.")
    assert not [k for k in refs if "now" in k.lower()]


def test_the_first_person_outside_quotation_marks_gives_no_name(nlp):
    # An interview's answer printed without marks: the card alone cannot say who "I" is.
    refs = references_of(nlp, "Q. What did the budget deal win?\n\nI got $40 million for schools in Springfield.")
    assert refs["I"] is None


def test_the_first_person_inside_a_quotation_is_the_speakers(nlp):
    refs = references_of(nlp, "“I got $40 million for schools,” Mayor Ruth Ames said on Monday.")
    assert not [k for k in refs if k in ("I", "my")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Wages at Norda Bank rose 3 percent in April.\n\nThe gain was the largest in 12 years.", "The gain"),
        ("Sales of Pike cars fell sharply in May.\n\nThe drop cost the company $20 million.", "The drop"),
    ],
)
def test_a_change_told_before_gives_no_name(nlp, text, words):
    # "The gain was the largest in ____ years": a gain of what, and when?
    assert references_of(nlp, text)[words] is None


def test_a_change_the_sentence_says_of_what_needs_nothing(nlp):
    refs = references_of(nlp, "The rise in wages at Norda Bank was the largest in 12 years.")
    assert not [k for k in refs if "rise" in k]


@pytest.mark.parametrize(
    "text",
    [
        "In the Springfield poll 40 percent of young voters say they are liberal, and more call themselves moderate.",
        "More call themselves moderate than liberal, at 38 percent.",
    ],
)
def test_a_comparative_standing_for_a_missing_subject_gives_no_name(nlp, text):
    # More of whom? The verb has no subject of its own.
    refs = references_of(nlp, text)
    assert [v for k, v in refs.items() if k.lower() == "more"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "More voters in Springfield call themselves moderate.",
        "More than 200 people attended the rally in Springfield.",
        "Voters in Springfield more often call themselves moderate.",
    ],
)
def test_a_comparative_with_its_own_subject_needs_nothing(nlp, text):
    assert not [k for k in references_of(nlp, text) if k.lower() == "more"]


def test_that_after_the_sentences_own_verb_still_points_back(nlp):
    # the parser may tag this "that" a conjunction; its dependency says it is a determiner
    text = (
        "Ruth Ames and Paul Pike proposed reviewing each detainee's case every year.\n\n"
        "Governor Hale adopted that approach in the plan released in May."
    )
    assert references_of(nlp, text).get("that approach", "missing") is None


def test_an_outcome_with_nothing_saying_of_what_points_back(nlp):
    text = (
        "The votes of the Dover caucus were tallied late on Monday.\n\n"
        "The outcome showed Ames had received 49.8 percent while Pike received 49.6 percent."
    )
    assert references_of(nlp, text).get("The outcome", "missing") is None


def test_a_demonstrative_in_quoted_words_is_left_unnamed(nlp):
    text = (
        "Gov. Ann Moss spoke about the harbour tax on Monday.\n\n"
        "She said her rival “has never thought about this question at all.”"
    )
    assert references_of(nlp, text, "demonstrative") == {"this question": None}


@pytest.mark.parametrize(
    "sentence",
    [
        "She said her rival “will regret it this year.”",  # the time of writing
        "She said “this country deserves better.”",  # self-evident in news
        "She said “this plan we signed is fair.”",  # the words after it say which
    ],
)
def test_quoted_words_that_need_no_antecedent_are_left_as_said(nlp, sentence):
    text = "Gov. Ann Moss spoke about the harbour tax on Monday.\n\n" + sentence
    assert references_of(nlp, text, "demonstrative") == {}


def test_a_demonstrative_after_a_clause_naming_only_people_is_left_unnamed(nlp):
    text = "The city closed its fraud office in 2012.\n\nOn Monday, Ann Moss urged Carl Webb to revive that unit quickly."
    assert references_of(nlp, text, "demonstrative") == {"that unit": None}


def test_a_quoted_demonstrative_after_its_noun_is_left_as_said(nlp):
    text = (
        "Gov. Ann Moss spoke on Monday.\n\n"
        "Moss “leads the reform movement now,” Carl Webb said. “This movement will change the state.”"
    )
    assert references_of(nlp, text, "demonstrative") == {}


def test_each_additive_word_of_a_sentence_is_left_out(nlp):
    text = "Acme Corp. raised prices on Monday.\n\nAcme also is again raising its dividend, and it once again cut jobs."
    found = [(r.text, r.name) for r in facts_of(nlp, make_article(text)).references if r.kind == "additive"]
    assert found == [("also", ""), ("again", "")]  # "once again" is left as written


def test_those_who_says_whom_it_means_however_parsed(nlp):
    text = "Ann Moss spoke on Monday.\n\nMoss said that those who oppose sending Tom to Peru are wrong."
    assert "those" not in references_of(nlp, text)


def test_not_only_but_also_keeps_its_also(nlp):
    text = "Acme Corp. raised prices on Monday.\n\nAcme not only raised prices but also cut 40 jobs."
    assert "also" not in references_of(nlp, text)


def test_an_act_named_by_a_noun_made_from_a_verb_points_back(nlp):
    # "The disclosure" is an act the text before told in other words: which one, the card
    # alone does not say
    text = (
        "Two former aides told reporters that the mayor had paid a consultant in secret.\n\n"
        "The disclosure comes a week before the city council votes on the budget."
    )
    assert references_of(nlp, text).get("The disclosure", "missing") is None


def test_a_noun_not_made_from_a_verb_is_a_first_mention(nlp):
    text = (
        "Two former aides spoke to reporters on Monday.\n\n"
        "The mayor of Harlow visited the harbour on Friday."
    )
    assert "The harbour" not in references_of(nlp, text) and "the harbour" not in references_of(nlp, text)


def test_an_aside_after_the_noun_does_not_say_which(nlp):
    text = (
        "Two former aides told reporters that the mayor had paid a consultant in secret.\n\n"
        "The disclosure, first reported by a local paper, comes a week before the vote."
    )
    assert references_of(nlp, text).get("The disclosure", "missing") is None


def test_we_outside_quotation_marks_is_the_outlet_and_gives_no_name(nlp):
    # A paper's own ranking: "we" is the paper, which a card read alone does not say.
    refs = references_of(nlp, "The race tightened in March.\n\nEach month we ask 25 pollsters to rank the candidates.")
    assert refs["we"] is None


def test_we_inside_a_quotation_is_the_speakers(nlp):
    refs = references_of(nlp, "“We will build 40 schools,” Mayor Ruth Ames said on Monday.")
    assert "We" not in refs


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            ("Norda Bank agreed to buy a stake in Pike Shipping on Monday.\n\n"
            "The purchase of the additional 30% stake will cost $90 million."),
            "the additional 30% stake",
        ),
        (
            "The Ames campaign released an ad on Tuesday.\n\nThe 30 second ad shows the mayor at a school in Dover.",
            "The 30 second ad",
        ),
    ],
)
def test_a_size_does_not_say_which_one(nlp, text, words):
    # "The ____ second ad closes with …": whose ad? Its length does not say.
    assert references_of(nlp, text)[words] is None


def test_a_count_before_a_noun_still_names_a_set(nlp):
    text = "Talks between Norda, Vell and Ostra resumed on Monday.\n\nThe three countries will meet again in May."
    assert references_of(nlp, text).get("The three countries") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            ("A liberal super PAC is out with a new ad on Monday.\n\n"
            "The ad was paid for by Dover Forward PAC, a group run by Ann Lee.\n\n"
            "The super PAC has spent $2 million on radio ads."),
            "Dover Forward PAC",
        ),
        (
            ("A liberal super PAC is out with a new ad paid for by Dover Forward PAC and Better Roads PAC.\n\n"
            "The super PAC has spent $2 million on radio ads."),
            None,
        ),
    ],
)
def test_a_capitalised_kind_after_the_names_the_one_organisation_ending_in_it(nlp, text, name):
    # "a … super PAC" makes "PAC" a kind; "the super PAC" is the one PAC named before, if one.
    assert references_of(nlp, text)["The super PAC"] == name


def test_a_capitalised_name_after_the_is_no_kind(nlp):
    text = "The FBI and the Senate met on Monday.\n\nThe Senate passed the budget bill by 60 votes."
    assert "The Senate" not in references_of(nlp, text)


def test_our_opening_a_name_is_no_first_person(nlp):
    refs = references_of(nlp, "The ad was paid for by Our Shared Roads PAC.\n\nOur Shared Roads PAC was founded in 2014.")
    assert not [k for k in refs if k.lower() == "our"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            ("Dover Federal Savings lost $40 million in the quarter, its third loss in a row.\n\n"
            "Thrift officials said the loss would shrink next year."),
            "Thrift",
            "Dover Federal Savings",
        ),
        (
            "Shares of Pike Motors and Vell Auto fell on Monday.\n\nCompany officials said sales would recover.",
            "Company",
            None,
        ),
    ],
)
def test_officials_of_a_kind_are_the_one_organisation_named_before(nlp, text, words, name):
    # "Thrift officials said …": whose officials? The one thrift the story is about, if one.
    assert references_of(nlp, text)[words] == name


def test_officials_whose_organisation_is_named_need_nothing(nlp):
    refs = references_of(nlp, "Dover Federal Savings lost $40 million.\n\nDover Federal officials said the loss would shrink.")
    assert "Dover" not in " ".join(refs)


def test_an_act_named_before_is_not_the_organisation_that_acted_on_it(nlp):
    # "the move" points back at the acquisition, not at the regulator the sentence names
    text = (
        "Corvin Savings agreed to buy Marlow Bank for $30 million.\n\n"
        "The Federal Deposit Insurance Corp. cleared the move on Tuesday."
    )
    assert references_of(nlp, text) == {"the move": None}
    # a verb of the noun's own clause tells no act it could stand for
    text = (
        "Pike agreed to buy Ames.\n\n"
        "Depending upon how many options are exercised prior to completion of the transaction, Pike would issue 2 million shares."
    )
    assert references_of(nlp, text) == {"the transaction": None}


def test_an_act_its_own_sentence_tells_by_a_verb_needs_no_name(nlp):
    text = (
        "Corvin Savings agreed to buy Marlow Bank.\n\n"
        "Marlow Bank was merged into Corvin Savings after a meeting of Marlow shareholders approved the transaction."
    )
    assert references_of(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a subject that names nobody: some, others, something of the text before
        ("Brokers watched Norda Bank all year.\n\nSome had expected a loss of $2 a share in 1998.", "Some"),
        ("Pike's union backed the levy.\n\nOthers say the levy will fail in May.", "Others"),
        ("The Ames campaign bought radio time.\n\nOther groups are expected to spend $4 million in March.", "Other groups"),
        ("The council met in Dayton.\n\nSomething unusual happened on Tuesday.", "Something"),
        # a rank or role for a person named before: many people are monarchs
        ("Queen Ilse of Norvania landed in Boston.\n\nThe monarch will visit Ohio on Friday.", "The monarch"),
    ],
)
def test_a_subject_that_names_nobody_gives_no_name(nlp, text, words):
    assert references_of(nlp, text).get(words, "missing") is None


@pytest.mark.parametrize(
    "text",
    [
        "Some of the Norda Bank brokers expected a loss of $2 a share in 1998.",
        "Others in the Ohio Senate say the levy will fail in May.",
        "Some 40 people attended the hearing on Tuesday.",
        "Pike and other candidates spent $4 million in March.",
    ],
)
def test_a_subject_whose_own_words_say_who_needs_nothing(nlp, text):
    assert not any(name is None for name in references_of(nlp, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Ames said in May that everyone would back the levy.",
        "Pike opposed what some call the Dayton tax in 2011.",
    ],
)
def test_an_indefinite_subject_inside_a_named_persons_clause_needs_nothing(nlp, text):
    assert not any(name is None for name in references_of(nlp, text).values())


def test_a_naming_complement_that_ends_its_paragraph_keeps_no_line_break(nlp):
    doc = nlp("Harlow Inc. raised the offer for Dunmore Mills Inc.\n\nThe board met on Monday.")
    offer = next(t for t in doc if t.text == "offer")
    assert naming_complement(offer) == COMPLEMENT + "for Dunmore Mills Inc."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a country that takes votes is a contestant, not the vote
        (
            ("A Harlow Institute survey asked Britons to name their closest ally.\n\n"
            "Canada was the runner up, gaining just 16 percent of the vote, while Norway was third."),
            "the vote",
        ),
        # a clause on the respondents' views does not say which poll asked them
        (
            ("A Harlow Institute poll of students was released on Monday.\n\n"
            "More than half of the respondents who support Ames are in college."),
            "the respondents",
        ),
        # "those costs" cannot be the business of the clause before
        (
            ("Research costs rose in the computer group.\n\n"
            "Before Norda scrapped its supercomputer business this spring, those costs were running at 35% of revenue."),
            "those costs",
        ),
    ],
)
def test_a_sentence_naming_something_else_leaves_the_word_unnamed(nlp, text, words):
    assert references_of(nlp, text).get(words, "missing") is None


@pytest.mark.parametrize(
    "text",
    [
        # the place a vote is held in says which
        "Ruth Ames won Nevada with 53 percent of the vote on Saturday.",
        "In Ohio, the primary drew 2 million voters in 2016.",
        # a people describing the subject is no contestant: the old rule still holds there
        "Democratic nominee Ruth Ames has bounced back in the polls and leads Pike by 7 points.",
        # a state acting in another clause (here a quotation) is where the vote is held
        "“We know how Wyoming is going to go,” Pike conceded on Monday before the vote.",
        # plural things the clause before counts
        "Norda cut its research budgets by half, and those budgets now total $4 million.",
    ],
)
def test_a_place_or_a_thing_of_its_number_the_sentence_names_is_enough(nlp, text):
    assert not any(name is None for name in references_of(nlp, text).values()), references_of(nlp, text)
