"""From the j103 sample (stop 57: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "its software is available to Hewlett-Packard Co's salesforce … The company lost 548,000
  dlrs": an owner inside a preposition's object is no subject of the story (right n: the loss
  given to Hewlett-Packard in a story about Rapitech);
- "said Industrial Bank of Japan Ltd senior economist Susumu Taketomi": the "of" inside the
  bank's name does not end the speaker's phrase (right n: the quote given to the bank);
- "in the fiscal year to end-March 1987": no "end-in ____" (well-formed n);
- "Chamber head Noboru Gotoh" after "the Japan Chamber of Commerce and Industry": which chamber,
  the role does not say (answerable n).
"""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article, references_of


def test_an_owner_inside_a_preposition_s_object_is_not_the_company(nlp):
    text = (
        "BOSTON, June 19 - Intelligent Systems Corp said it has entered into an agreement under which its COBALT "
        "software is available to Digital Equipment Corp's salesforce for helping customers move programs "
        "between computers.\n\n"
        "It said it expects continued losses through the rest of fiscal 1987.\n\n"
        "The company lost 412,000 dlrs last year."
    )
    named = references_of(nlp, text)
    assert named.get("The company") == "Intelligent Systems Corp", named


def test_a_bank_s_name_with_of_does_not_end_its_economist_s_phrase(nlp):
    text = (
        "TOKYO, April 8\n\n"
        "The economic package unveiled yesterday marks the start of a major shift, private economists said.\n\n"
        "\"The government has finally moved,\" said Long-Term Credit Bank of Japan Ltd chief economist Hiroshi "
        "Takeuchi.\n\n"
        "The package calls for a supplementary budget of more than 5,000 billion yen."
    )
    quotes = facts_of(nlp, make_article(text, title="JAPAN PACKAGE SEEN AS SHIFT", date="1987-04-08")).quotes
    moved = [q for q in quotes if "finally moved" in q.quote]
    assert moved and all(q.speaker == "Hiroshi Takeuchi" for q in moved), [(q.speaker, q.quote) for q in moved]


def test_a_month_after_a_hyphen_takes_no_preposition(nlp):
    text = (
        "RANGOON, March 23\n\n"
        "Nepal's debt service ratio will have fallen to 31.2 pct in the fiscal year to end-March 1987 from 35 pct "
        "in 1985-1986, the Finance Ministry reported.\n\n"
        "Diplomats in Kathmandu estimate the ratio at above 40 pct."
    )
    deck = deck_of_text(nlp, title="NEPAL SAYS DEBT SERVICE RATIO FALLS", date="1987-03-23", events=True, text=text)
    assert not [i for i in deck.items if "-in ____" in i.question], [i.question for i in deck.items]


def test_a_role_named_by_the_head_noun_of_a_longer_name_says_not_which(nlp):
    text = (
        "TOKYO, April 2 - Japan's leading business groups urged the government to prepare drastic pump-priming "
        "measures, officials said.\n\n"
        "The meeting coincided with a written request for reflationary measures sent to the government by the "
        "Osaka Chamber of Commerce and Industry.\n\n"
        "Chamber head Kenji Morita told a press conference the package should lift growth by about two pct.\n\n"
        "Morita said the government could cope with the present economic condition."
    )
    deck = deck_of_text(nlp, title="JAPANESE GROUPS URGE PACKAGE", date="1987-04-02", events=True, text=text)
    assert not [i for i in deck.items if i.question.startswith("Who was the Chamber head")], [i.question for i in deck.items]


def test_a_business_whose_news_a_person_reports_is_still_the_company(nlp):
    # the limit of the fix above: with no owner inside the quotation to fall back on, "the
    # company" is the lede's business that its chairman speaks for
    text = (
        "NEW ORLEANS, March 25 - Gulf States Power Inc is taking a cautious approach to a new common stock "
        "dividend policy, chairman Robert Ellender said.\n\n"
        "He told securities analysts that when the dividend is resumed, \"the initial rate will appear "
        "conservative to you by industry standards and in relation to GSP's net income.\"\n\n"
        "The company last paid a common dividend of 38.5 cts a share in July 1985."
    )
    named = references_of(nlp, text)
    assert named.get("The company") == "Gulf States Power Inc", named
