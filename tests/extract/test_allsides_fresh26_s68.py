"""From the j177 sample (stop 68: AllSides fresh26, read after scoring): a bare surname two
people share goes to the one the headline names ("Michael Reagan: …", not his father named first
in the lede); a participle's words are its own subject's ("his father …, exclaiming, “…”"), not
those of the verb above ("Reagan recalled"); "one year ago this month" dates no card as this
month; a first name one list calls a woman's ("Lindsey") is no gender against the "his" after
it (twice or more); a poll's lead beside its two shares is asked typed, with no choices to rule out."""

from __future__ import annotations

from tests.articles import deck_of_text

REAGAN = (
    "Donald Trump shares an important characteristic with President Ronald Reagan, commentator Michael Reagan "
    "said on Friday.\n\n"
    '"The best thing that these candidates can do is be themselves," Reagan said.\n\n'
    "Reagan recalled a 1980 debate in which his father showed a rare flash of anger over the order of speakers, "
    'exclaiming, "I am paying for this microphone" — and helped turn the tide of his campaign in New Hampshire.'
)


def test_a_shared_surname_is_the_headline_s_person_and_a_participle_speaks_for_its_subject(nlp):
    deck = deck_of_text(nlp, REAGAN, date="2015-07-31", title="Michael Reagan says Trump has his father's passion")
    quotes = {i.question: i.answer for i in deck.items if i.kind == "quote"}
    assert [a for q, a in quotes.items() if "be themselves" in q] == ["Michael Reagan"], quotes
    assert not [a for q, a in quotes.items() if "microphone" in q], quotes


def test_a_span_counted_back_before_this_month_dates_nothing(nlp):
    text = (
        "One year ago this month, President Obama announced that radical gun control was the top of his agenda "
        "for his second term.\n\n"
        "Although he failed to get any of the gun bans passed on the federal level, he was successful in one area."
    )
    deck = deck_of_text(nlp, text, events=True, date="2014-01-06", title="Gun sales break all records")
    assert not [i for i in deck.items if "2014" in (i.question + i.answer)], [(i.question, i.answer) for i in deck.items]


def test_pronouns_after_a_name_overrule_a_first_name_list(nlp):
    text = (
        "Lindsey Graham: The struggles of the South Carolina senator, who became the latest to drop out of the race "
        "Monday, are much less surprising than those of Jeb Bush.\n\n"
        "Graham remains a favorite conservative in the minds of many of his colleagues because of a number of "
        "attractive qualities -- his long record as a hawk in an era of great national security challenges.\n\n"
        "He has a good sense of humor that he knows how to deploy politically, even with delicate issues. Last week, "
        'in the early bird debate, he said: "Donald Trump has done the one thing you cannot do: Declare war on Islam '
        "itself. ISIL would be dancing in the streets, but they don't like dancing.\"\n\n"
        "Beyond his quotable lines in the debates, Graham's candidacy barely attracted any attention.\n\n"
        "Graham also prides himself on knowing how to work within the system."
    )
    deck = deck_of_text(nlp, text, date="2015-12-21", title="Why are these candidates losing the GOP race?")
    speakers = {i.answer for i in deck.items if i.kind == "quote" and "war on Islam" in i.question}
    assert speakers == {"Lindsey Graham"}


def test_a_lead_beside_its_two_shares_is_asked_typed(nlp):
    text = (
        "Joe Biden opened up a wide national lead over President Trump, a new NBC News poll found.\n\n"
        "The poll shows Biden ahead of Trump by 11 points among registered voters, 51 percent to 40 percent.\n\n"
        "Biden's lead in last month's poll was 7 points, 49 percent to 42 percent."
    )
    deck = deck_of_text(nlp, text, date="2020-07-15", title="Biden opens up 11-point national lead")
    worked = [i for i in deck.items if i.kind == "number" and i.answer in ("11", "42 percent")]
    assert worked and all(i.choices == [] for i in worked), [(i.question, i.choices) for i in worked]


def test_an_unnamed_source_at_an_organisation_is_not_the_organisation(nlp):
    text = (
        "CNN President Jeff Zucker has told staff to play error-free ball.\n\n"
        "“He’s been saying it for months, it’s just unfortunate because there is no more room for mess-ups,” a "
        "second source at CNN told The Hill."
    )
    deck = deck_of_text(nlp, text, date="2017-06-28", title="CNN war with Trump gets personal")
    assert not [i.answer for i in deck.items if i.kind == "quote" and "mess-ups" in i.question]


def test_a_blanked_thing_leaves_the_day_of_its_verb_out(nlp):
    text = (
        "President Trump blamed Democratic lawmakers for a government shutdown Saturday, accusing them of "
        "“holding our Military hostage” over their demand that a spending bill protect young immigrants.\n\n"
        "The shutdown began at midnight after the Senate failed to pass a spending bill."
    )
    deck = deck_of_text(nlp, text, events=True, date="2018-01-20", title="Trump blames Democrats for shutdown")
    answers = [i.answer for i in deck.items if i.kind == "event"]
    assert "a government shutdown" in answers and "a government shutdown Saturday" not in answers, answers


def test_words_about_one_s_own_presidency_get_no_senators_as_choices(nlp):
    from quizgen.items.question_stems import speaks_as_leader

    assert speaks_as_leader("Who said: “This is the One Year Anniversary of my Presidency and the Democrats wanted it”?")
    assert not speaks_as_leader("Who said: “His presidency is over”?")
    text = (
        "President Donald Trump accused Democrats on Saturday of holding the military hostage.\n\n"
        "Trump tweeted: “This is the One Year Anniversary of my Presidency and the Democrats wanted to give me a "
        "nice present.”\n\n"
        "“The president owns this shutdown,” said Senate Democratic leader Chuck Schumer.\n\n"
        "“We need a deal by Monday,” said Sen. Susan Collins, a Maine Republican.\n\n"
        "“Nobody wins a shutdown,” said Sen. Debbie Stabenow, a Michigan Democrat.\n\n"
        "“We will keep talking,” said Sen. Mitch McConnell, the majority leader."
    )
    deck = deck_of_text(nlp, text, date="2018-01-20", title="Trump accuses Democrats over shutdown")
    cards = [i for i in deck.items if i.kind == "quote" and "my Presidency" in i.question]
    assert cards and all(not ({"Chuck Schumer", "Susan Collins", "Debbie Stabenow", "Mitch McConnell"} & set(c.choices)) for c in cards), [
        c.choices for c in cards
    ]


def test_one_he_after_a_name_is_no_proof_and_earlier_that_day_is_that_day(nlp):
    text = (
        "The attacker's identity has not been revealed, but British Prime Minister Theresa May said he was born in "
        "Britain and known to authorities who had once investigated him for links to extremism.\n\n"
        '"It is Islamist terrorism," she said. "It is a perversion of a great faith."\n\n'
        "Earlier Wednesday, Trump signed two executive orders directing construction of a wall on the border."
    )
    deck = deck_of_text(nlp, text, date="2017-03-22", title="Attack near Parliament kills four")
    assert [i.answer for i in deck.items if i.kind == "quote" and "Islamist terrorism" in i.question] == ["Theresa May"]
    assert [i.answer for i in deck.items if i.kind == "date" and "executive orders" in i.question] == ["22 March 2017"]


def test_a_document_s_words_stay_its_author_s(nlp):
    text = (
        "Leaked emails from former Secretary of State Colin Powell show him strongly criticizing Donald Trump, "
        'labeling him a "national disgrace and an international pariah."\n\n'
        "Powell endorsed no candidate in the race."
    )
    deck = deck_of_text(nlp, text, date="2016-09-14", title="Colin Powell emails criticize Trump")
    assert [i.answer for i in deck.items if i.kind == "quote" and "pariah" in i.question] == ["Colin Powell"]


def test_a_list_of_shares_further_on_works_out_nothing(nlp):
    text = (
        "Joe Biden leads President Trump in a new national poll.\n\n"
        "In his matchup against Trump, Biden's biggest advantages are with African American voters (80 percent to "
        "6 percent); Latinos (67-22 percent); voters ages 18 to 34 (62-23 percent); women (58-35 percent); and white "
        "voters with college degrees (53-38 percent)."
    )
    deck = deck_of_text(nlp, text, date="2020-07-15", title="Biden leads in national poll")
    assert "80 percent" in [i.answer for i in deck.items if i.kind == "number"]


def test_a_figure_worked_out_from_the_number_beside_its_blank():
    from quizgen.items.stated_figures import pinned_by_sum

    deficit = "federal spending amounted to 23.8 pct of GNP, while receipts absorbed 18.5 pct of GNP, leaving a deficit of ____."
    assert pinned_by_sum(deficit, 5.3)
    assert pinned_by_sum("Of the 10 mln, 7.5 mln went to Williams and ____ mln to Audley Inc.", 2.5)
    assert not pinned_by_sum("voters (____ to 6 percent); Latinos (67-22 percent); women (58-35 percent)", 80)
    assert not pinned_by_sum("The vote on July 16 was ____ to 4.", 20)  # a day of the month is no number
