"""From the j157 sample (f7316f5a, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "Lloyds Bank Plc LLOY.LON and the Royal Bank of Canada RY.TOR" kept the 1987 wire's
  three-letter exchange suffixes in an answer;
- "… on Piedmont Aviation Inc. USAir has offered 71 dlrs …" asked "Who has offered …?" →
  the spokesman: no sentence break after "Inc." before a name not in title case ("USAir");
- "Reynolds told the shareholders friends and family members have been telling him "Bill, just
  don't pay greenmail"": the words given to Reynolds;
- "H.J. Heinz Co is "within sight of …" for the year ending April 30, Chief Executive Officer
  Anthony O'Reilly told analysts": the words given to the company;
- "Nicholas said that HBO and Cinemax had combined subscriber growth …" read as page furniture
  ("subscribe" inside "subscriber"), so the "He also said …" after it went to the speaker
  before.
"""

from __future__ import annotations

from quizgen.ingest.articles import classify_blocks
from quizgen.ingest.markup import repair_markup
from tests.articles import facts_of, make_article, shown, wire_items


def test_the_wires_three_letter_exchange_codes_are_markup():
    text = "Lloyds Bank Plc LLOY.LON and the Royal Bank of Canada RY.TOR are winding down."
    repaired = repair_markup(text)
    assert "LLOY.LON" not in repaired and "RY.TOR" not in repaired
    assert len(repaired) == len(text)
    assert " ".join(repaired.split()) == "Lloyds Bank Plc and the Royal Bank of Canada are winding down."


def test_a_sentence_ends_after_inc_before_a_name_with_inner_capitals(nlp):
    doc = nlp(
        "USAir spokesman David Shipley also declined comment on Piedmont Aviation Inc. USAir has offered 71 "
        "dlrs cash per share for half of Piedmont's stock."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["USAir", "USAir"], [s.text for s in doc.sents]


def test_words_told_to_the_reporter_are_not_the_reporters(nlp):
    text = (
        "AKRON, Ohio, March 31 - GenCorp Inc chairman A. William Reynolds said the company will unveil an "
        "alternative plan within a week.\n\n"
        "Reynolds told the shareholders friends and family members have been telling him \"Bill, just don't "
        "pay greenmail\" to end the takeover threat."
    )
    quotes = facts_of(nlp, make_article(text)).quotes
    assert not any("greenmail" in q.quote for q in quotes), [(q.speaker, q.quote) for q in quotes]


def test_a_reporting_verb_after_the_quote_takes_the_name_before_it(nlp):
    text = (
        "CHICAGO, March 17 - H.J. Heinz Co is \"within sight of our 22nd consecutive year of new records in "
        "financial growth\" for the fiscal year ending April 30, Chairman and Chief Executive Officer Anthony "
        "O'Reilly told investment analysts.\n\n"
        "O'Reilly said the food company is \"stronger than at any time in its 118-year history.\""
    )
    quotes = facts_of(nlp, make_article(text)).quotes
    assert not any(q.speaker == "H.J. Heinz Co" for q in quotes), [(q.speaker, q.quote) for q in quotes]


def test_a_furniture_word_inside_another_word_is_no_furniture():
    body = (
        "Time Inc said its cable units grew.\n\n"
        "Nicholas said that HBO and Cinemax had combined subscriber growth of 800,000 for last year.\n\n"
        "Subscribe to our newsletter"
    )
    kinds = [b.kind for b in classify_blocks(body, has_title=False)]
    assert kinds == ["text", "text", "furniture"], kinds


def test_he_after_a_named_reporter_is_that_reporter(tmp_path):
    body = (
        "NEW YORK, April 3 - Time Inc's chief financial officer, Thayer Bigelow, told analysts the company is "
        "comfortable with estimates for 1987.\n\n"
        "N.J. Nicholas, president and chief operating officer, said the company might buy a small book business.\n\n"
        "Bigelow said that Home Box Office added subscribers last year. However, he said, HBO's results in the "
        "quarter will be down slightly.\n\n"
        "Nicholas said that HBO and Cinemax had combined subscriber growth of 800,000 for last year.\n\n"
        "He also said the tax rate in 1987 will remain at just under 50 pct because of the repeal of investment "
        "tax credits."
    )
    items = wire_items(tmp_path, body, title="TIME 1987 EARNINGS MAY BE 4.25 DLRS SHARE", date="1987-04-03")
    assert not any("[Thayer Bigelow]" in i.question for i in items), shown(items)
    assert any(i.question.startswith("[N.J. Nicholas] said the tax rate") for i in items), shown(items)


def test_a_verb_whose_subject_is_the_clauses_keeps_the_speaker(nlp):
    text = (
        "WASHINGTON, Aug. 13 - Iraq offered talks on Sunday.\n\n"
        "And President George Bush yesterday, asked whether he was at least glad Iraq is discussing "
        "negotiations, replied: \"I don't see anything to be pleasing in there at all.\"\n\n"
        "First Wachovia's John Medlin noted that the U.S. economy was likely to continue \"at best being a "
        "sluggish mixture of depressed segments and growth areas.\""
    )
    quotes = {q.quote[:20]: q.speaker for q in facts_of(nlp, make_article(text)).quotes}
    assert quotes.get("I don't see anything") == "George Bush", quotes
    assert quotes.get("at best being a slug") == "John Medlin", quotes
