"""From the j176 sample (stop 68: AllSides fresh25, read after scoring): the speaker who names
their own husband or wife ("to free my husband") gets choices of their gender only (three men
beside the one woman gave the answer away), and an expert's words get no diners the story
introduces by age as choices."""

from __future__ import annotations

from quizgen.items.question_stems import speaker_gender
from tests.articles import deck_of_text


def test_the_speaker_s_words_about_themselves_give_their_gender():
    assert speaker_gender('Who said: “We want more done to free my husband, a U.S. citizen”?') == "f"
    assert speaker_gender('Who said: “As a father, I am outraged by this decision”?') == "m"
    assert speaker_gender('Who said: “I’m a mother and my wife agrees”?') is None  # both: none
    assert speaker_gender('Who said: “Her husband was a good man”?') is None  # someone else's husband
    assert speaker_gender('____ said her husband was free.') is None  # outside quoted words


WIFE = (
    "A pastor's wife told Congress on Friday that the government had failed her family.\n\n"
    "“I am disappointed that our State Department has not done more to free my husband, a U.S. citizen,” "
    "Mary Abbott said in her testimony.\n\n"
    "“The department has raised the case at every level,” said spokesman John Carter.\n\n"
    "“We will keep pressing Iran,” said Rep. Frank Wolf, who chaired the hearing.\n\n"
    "“This is a test of our resolve,” said David Miller, counsel for the family.\n\n"
    "“Her courage is remarkable,” said Susan Clark, a human rights advocate.\n\n"
    "“Families deserve answers from their government,” said Linda Hall, who leads a group of relatives.\n\n"
    "“Nobody should be jailed for faith,” said Karen Lewis, a religious freedom scholar."
)


def test_a_quote_that_names_the_speaker_s_husband_gets_women_as_choices(nlp):
    deck = deck_of_text(nlp, WIFE, date="2013-03-15", title="Pastor's wife testifies to Congress")
    cards = [i for i in deck.items if i.kind == "quote" and "my husband" in i.question]
    assert cards, [(i.kind, i.question) for i in deck.items]
    men = {"John Carter", "Frank Wolf", "David Miller"}
    assert all(not men & set(c.choices) for c in cards), [c.choices for c in cards]


DINERS = (
    "Restaurants are emptier as the coronavirus spreads, and food safety experts disagree on what diners "
    "should do.\n\n"
    "“I don’t see any basis for recommendations that people not dine out,” says food safety expert Benjamin "
    "Chapman, a professor at North Carolina State University.\n\n"
    "“Takeout is the safer choice for older people,” said Donald Schaffner, a food scientist at Rutgers "
    "University.\n\n"
    "“Crowded dining rooms are where the risk lies,” said Patricia Hughes, a professor of epidemiology at Emory "
    "University.\n\n"
    "“Washing hands matters more than the menu,” said Robert Klein, a professor at Tufts University.\n\n"
    "Tabitha Banks, 49, an investment operations analyst from Atlanta, decided to stop eating out.\n\n"
    "“That's when it really hit me that this virus is spreading,” Banks says.\n\n"
    "John Sanger, 62, of Denver, still eats at his favourite diner.\n\n"
    "“I am not going to hide at home,” Sanger said."
)


def test_an_expert_s_words_get_no_diners_as_choices(nlp):
    deck = deck_of_text(nlp, DINERS, date="2020-03-11", title="Dine out or eat in during the coronavirus crisis")
    cards = [i for i in deck.items if i.kind == "quote" and i.answer == "Benjamin Chapman"]
    assert cards, [(i.kind, i.question, i.answer) for i in deck.items]
    assert all(not {"Tabitha Banks", "John Sanger"} & set(c.choices) for c in cards), [c.choices for c in cards]
