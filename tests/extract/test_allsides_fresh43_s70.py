"""From the j194 sample (stop 70: AllSides fresh43, read after scoring): a day that is its clause's
subject, which the parser read as an adverbial ("Tuesday provided a potentially startling
message"), takes no "on" when blanked ("on ____ provided …" had no subject)."""

from __future__ import annotations

from tests.articles import deck_of_text


def test_a_day_that_is_its_clause_s_subject_takes_no_preposition(nlp):
    text = (
        "Immigration reform may not be dead, officials said on Wednesday.\n\n"
        "For those reading the tea leaves on Capitol Hill, Tuesday provided a potentially startling message: Maybe "
        "immigration reform isn't dead, after all."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2013-12-05").items if i.kind == "date"]
    assert questions
    assert not [q for q in questions if "on ____ provided" in q], questions
    assert [q for q in questions if "Hill, ____ provided" in q], questions


def test_a_day_before_a_verb_with_its_own_subject_still_takes_on(nlp):
    text = (
        "The embassy was attacked, officials said on Sunday.\n\n"
        "Iran Saturday condemned the attack on the British embassy in Tehran."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2013-12-02").items if i.kind == "date"]
    assert [q for q in questions if "Iran on ____ condemned" in q], questions


def test_the_bare_top_title_is_not_asked_of_its_holder(nlp):
    from quizgen.items.worth import not_worth
    from quizgen.models import Evidence, PersonItem

    said = Evidence(source="a1", start=0, end=32, text="President Obama said on Tuesday.")

    def card(answer: str, role: str, question: str) -> PersonItem:
        return PersonItem(id="p-1", question=question, answer=answer, person="Barack Obama", role=role,
                          as_of="2014-04", evidence=[said], tags=["person", "reverse"] if answer == role else ["person"])

    assert not_worth(card("President", "President", "In April 2014, Barack Obama was the ____."), {}) == (
        "trivia: the top office's bare title"
    )
    assert not_worth(card("Barack Obama", "President", "Who was the President (April 2014)?"), {}) != (
        "trivia: the top office's bare title"
    )
    assert not_worth(card("Prime Minister of India", "Prime Minister of India", "In 2019, Narendra Modi was the ____."), {}) is None


def test_a_day_after_a_name_the_parser_hung_elsewhere_still_takes_on(nlp):
    text = (
        "Shares of CSR fell sharply in Sydney, brokers said on Friday.\n\n"
        "Brokers said Bond Corp Holdings Ltd today sold 24.2 mln CSR shares representing almost five pct of the company."
    )
    questions = [i.question for i in deck_of_text(nlp, text, events=True, date="1987-03-27").items]
    assert not [q for q in questions if "Ltd [27 March 1987]" in q or "____ [27 March 1987]" in q], questions


def test_a_clause_that_goes_on_past_a_quoted_word_is_asked_whole(nlp):
    from tests.articles import facts_of, make_article

    text = (
        "Hillary Clinton is continuing to insist she will release transcripts only when others do, aides said on Friday.\n\n"
        "During the Democratic debate in Brooklyn, Clinton said that this was a “new” expectation of candidates and we "
        "should “set the same standard for everybody.”"
    )
    quotes = facts_of(nlp, make_article(text, date="2016-04-14")).quotes
    new = [q.clause for q in quotes if q.quote.startswith("new")]
    assert new and all(c and c.startswith("that this was a “new” expectation") for c in new), new
