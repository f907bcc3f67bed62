"""The lede's blanks (``extract.lede_blanks``, ``items.blank_cards``): every phrase a cloze
could ask in the lede's first sentences is a candidate, scored by the learned model; a phrase a
cloze cannot ask (a figure, a speaker, a negated act's object, a person by description) is none;
the best become clozes in sentences no other card asks the same answer of."""

from __future__ import annotations

from quizgen.extract.lede_blanks import THING, blank_model, candidates
from tests.articles import deck_of_text, facts_of, make_article

TITLE = "Hackers breach election systems in Illinois, Arizona"
TEXT = (
    "Hackers have breached databases for election systems in Illinois and Arizona, according to state election "
    "officials.\n\n"
    "In Illinois, hackers accessed a database for the Illinois Board of Elections, compromising up to 200,000 voter "
    "records, said Ken Menzel, the board's general counsel.\n\n"
    "Officials with the Board of Elections have never found changes to the records, Menzel said.\n\n"
    "The FBI is investigating the breach, which was discovered in July. The hackers likely worked from overseas, "
    "a law enforcement official said."
)


def _candidates(nlp) -> list[str]:
    article = make_article(TEXT, date="2016-08-29", title=TITLE)
    return [c.span.text for c in candidates(nlp(article.body), article=article)]


def test_a_candidate_is_an_answer_a_cloze_can_ask(nlp):
    found = _candidates(nlp)
    assert "Illinois and Arizona" in found
    assert "the Illinois Board of Elections" in found
    assert not [c for c in found if "200,000" in c]  # a figure: the number cards ask it
    assert "Ken Menzel" not in found and "a law enforcement official" not in found  # who spoke: the quote cards'
    assert not [c for c in found if "general counsel" in c]  # a person by description
    assert not [c for c in found if "changes" in c or c == "Officials"]  # "have never found": no act


def test_the_best_blank_of_a_lede_sentence_becomes_a_cloze(nlp):
    deck = deck_of_text(nlp, TEXT, events=True, date="2016-08-29", title=TITLE)
    blanks = [i for i in deck.items if "lede-blank" in i.tags]
    assert [(i.answer, i.question) for i in blanks] == [
        ("Illinois and Arizona", "Hackers have breached databases for election systems in ____, according to state election officials.")
    ]
    assert blanks[0].evidence[0].text.startswith("Hackers have breached databases")


def test_no_blank_asks_what_another_card_of_its_sentence_asks(nlp):
    deck = deck_of_text(nlp, TEXT, events=True, date="2016-08-29", title=TITLE)
    board = [i for i in deck.items if i.answer.endswith("Illinois Board of Elections")]
    assert board and not [i for i in board if "lede-blank" in i.tags]  # the lede's name cloze asks it once


def test_blanks_are_scored_and_read_the_same_each_time(nlp):
    article = make_article(TEXT, date="2016-08-29", title=TITLE)
    first, second = facts_of(nlp, article).blanks, facts_of(nlp, article).blanks
    assert first == second
    model = blank_model()
    assert all(model.threshold <= b.score <= 1 for b in first)
    assert all(b.slot == "blank" and b.label != THING for b in first if b.name == "Illinois and Arizona")



def test_a_doer_by_description_is_no_blank(nlp):
    texts = [
        (
            "Advocates on both sides of the bridge dispute have been calling for the county to rule on the old Mill "
            "Street bridge.\n\nThe county closed the bridge in March; advocates say a ruling is overdue and the "
            "dispute has split the town."
        ),
        (
            "The measure extending the county's road budget was needed to reopen the old Mill Street bridge.\n\nThe "
            "county closed the bridge in March after an inspection found cracks, and the measure passed on Monday."
        ),
    ]
    for text in texts:
        article = make_article(text, date="2024-06-04", title="County weighs bridge")
        found = [c.span.text for c in candidates(nlp(article.body), article=article)]
        assert not [c for c in found if c.startswith(("Advocates", "The measure"))], found  # "____ have been calling …"
        assert "the old Mill Street bridge" in found


def test_blanks_are_read_past_the_lede_to_the_twelfth_told_sentence(nlp):
    # teachers' first questions reach past a story's first paragraphs: a name in its eighth
    # sentence is a candidate; one in its fourteenth is not
    filler = [
        f"The {word} committee met again on the matter in the capital, officials in the city said." for word in (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth",
        )
    ]
    filler[7] = "The Harbor Authority approved the new terminal plan for the port of Brindlemoor."
    filler[13] = "The Coastal Fisheries Board rejected the harbour dredging contract with Marlowe Dredging."
    article = make_article("\n\n".join(filler), date="2019-05-02", title="Port plans")
    found = [c.span.text for c in candidates(nlp(article.body), article=article)]
    assert "The Harbor Authority" in found or "the new terminal plan" in found or "Brindlemoor" in found
    assert not [c for c in found if "Coastal Fisheries" in c or "Marlowe" in c or "dredging" in c]
