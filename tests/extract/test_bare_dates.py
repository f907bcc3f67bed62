"""Dates written without a preposition (``extract.bare_dates``): whatever label the parser gives
the date, a time adverbial's blank reads "on ____" (a day) or "in ____" (a month or year); a date
a noun phrase owns, a clause's subject or a verb's object takes none."""

import pytest

from quizgen.extract.bare_dates import bare_time
from quizgen.facts.records import DateFact
from quizgen.items.dates import _blank, date_items
from quizgen.items.wording import BLANK
from tests.articles import deck_of, facts_of, make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a passive verb, which has none ("oprd")
        (
            "The three suspects were named Thursday in a notice sent by the police to airports across the region.",
            "The three suspects were named on ____ in a notice sent by the police to airports across the region.",
        ),
        # an apposition of the name before it, with no comma between
        (
            "The Slovak Republic signed the pact last year. Latvia, Estonia and the Slovak Republic Friday formally ratified the treaty at a ceremony in the capital.",
            "Latvia, Estonia and the Slovak Republic on ____ formally ratified the treaty at a ceremony in the capital.",
        ),
        # the "object" of a verb with a clause after it
        ("The governor promised Monday to veto the bill.", "The governor promised on ____ to veto the bill."),
        # an "as" complement of a passive verb says what the subject was, not the day
        ("The suspect was identified Thursday as a former guard.", "The suspect was identified on ____ as a former guard."),
        # a possessor owns the noun the parser read as the day's modifier ("primary" an adjective)
        ("Polls show the governor is the favorite in Ohio's primary March 15.", "Polls show the governor is the favorite in Ohio's primary on ____."),
        # a day the parser hangs on a name right after the verb: no person is a day's
        (
            "Prime Minister Anna Lind defended Saturday author Karl Moberg's right to free speech at a rally in the capital.",
            "Prime Minister Anna Lind defended on ____ author Karl Moberg's right to free speech at a rally in the capital.",
        ),
        # a closing quotation mark before the day opens nothing
        (
            'The mayor praised the plan as a "very fine idea" Friday, hours after the council approved it.',
            'The mayor praised the plan as a "very fine idea" on ____, hours after the council approved it.',
        ),
    ],
)
def test_a_bare_day_the_parser_hangs_elsewhere_takes_on(nlp, text, expected):
    article = make_article(text, date="1999-03-15")
    questions = [i.question for i, _ in date_items(facts_of(nlp, article).dates, articles={article.id: article})]
    assert expected in questions


def _parsed(nlp, words, heads, deps, pos, ents=()):
    """A sentence with the parse a parser gave it in an article's context (``heads`` as indices,
    ``ents`` as (start, end, label))."""
    from spacy.tokens import Doc, Span

    lemmas = [{"was": "be", "is": "be", "took": "take", "said": "say", "suggested": "suggest"}.get(w, w.lower()) for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_day_read_as_an_apposition_or_a_noun_modifier_is_the_clauses_time(nlp):
    """In their articles the parser read "The blasts March 3 at the consulates killed …" with
    the day as an apposition of "blasts", and "took effect March 9 pending approval" with the day
    modifying "approval": the word before each is a noun outside the day's phrase, so the day is
    the clause's time and its blank reads "on ____"."""
    blasts = _parsed(
        nlp,
        ["The", "blasts", "March", "3", "at", "the", "consulates", "killed", "40", "people", "."],
        [1, 7, 1, 2, 2, 6, 4, 7, 9, 7, 7],
        ["det", "nsubj", "appos", "nummod", "prep", "det", "pobj", "ROOT", "nummod", "dobj", "punct"],
        ["DET", "NOUN", "PROPN", "NUM", "ADP", "DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
        ents=[(2, 4, "DATE")],
    )
    assert bare_time(blasts[2:4])
    tariff = _parsed(
        nlp,
        ["The", "tariff", "took", "effect", "March", "9", "pending", "approval", "."],
        [1, 2, 2, 2, 7, 4, 7, 2, 2],
        ["det", "nsubj", "ROOT", "dobj", "nmod", "nummod", "amod", "dobj", "punct"],
        ["DET", "NOUN", "VERB", "NOUN", "PROPN", "NUM", "VERB", "NOUN", "PUNCT"],
        ents=[(4, 6, "DATE")],
    )
    assert bare_time(tariff[4:6])


def test_a_day_a_noun_phrase_owns_or_set_off_by_a_comma_takes_no_preposition(nlp):
    # "the March 3 blasts": the determiner says the day is inside the noun's phrase
    owned = _parsed(
        nlp,
        ["She", "recalled", "the", "March", "3", "blasts", "."],
        [1, 1, 5, 5, 3, 1, 1],
        ["nsubj", "ROOT", "det", "nmod", "nummod", "dobj", "punct"],
        ["PRON", "VERB", "DET", "PROPN", "NUM", "NOUN", "PUNCT"],
        ents=[(3, 5, "DATE")],
    )
    assert not bare_time(owned[3:5])
    # "The deadline, Friday, passed": an apposition proper
    apposed = _parsed(
        nlp,
        ["The", "deadline", ",", "Friday", ",", "passed", "."],
        [1, 5, 1, 1, 1, 5, 5],
        ["det", "nsubj", "punct", "appos", "punct", "ROOT", "punct"],
        ["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
        ents=[(3, 4, "DATE")],
    )
    assert not bare_time(apposed[3:4])
    # "The fund precedes Friday sessions": the verb's object opens with the day
    sessions = _parsed(
        nlp,
        ["The", "dinner", "precedes", "Friday", "sessions", "."],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "nmod", "dobj", "punct"],
        ["DET", "NOUN", "VERB", "PROPN", "NOUN", "PUNCT"],
        ents=[(3, 4, "DATE")],
    )
    assert not bare_time(sessions[3:4])


def test_a_particle_before_the_day_is_no_preposition(nlp):
    """"dropped out Feb. 20": "out" is the verb's particle, tagged ADP; the day still needs "on"."""
    out = _parsed(
        nlp,
        ["Bush", "dropped", "out", "Feb.", "20", "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "prt", "npadvmod", "nummod", "punct"],
        ["PROPN", "VERB", "ADP", "PROPN", "NUM", "PUNCT"],
        ents=[(3, 5, "DATE")],
    )
    assert bare_time(out[3:5])


def _fact(value: str, *, bare: bool, text: str = "x") -> DateFact:
    return DateFact(article_id="a", value=value, text=text, start=0, end=1, sent_start=0, sent_end=1, bare=bare)


def test_a_bare_month_or_year_takes_in_and_a_written_preposition_none():
    assert _blank(_fact("1998-08-07", bare=True), "attacks ") == "on " + BLANK
    assert _blank(_fact("1998-08", bare=True), "the plant closed ") == "in " + BLANK
    assert _blank(_fact("1998", bare=True), "the plant closed ") == "in " + BLANK
    assert _blank(_fact("1998-08-07", bare=True), "until ") == BLANK
    assert _blank(_fact("1998-08-07", bare=False), "attacks ") == BLANK


def test_a_day_with_a_place_read_as_the_subject_of_a_verb_of_saying_is_its_time(nlp):
    """In its article the parser read "Saturday at the convention Sen. Ann Reyes said …" with the
    day as the only subject of "said" and the senator as the convention's apposition: a day says
    nothing, so it is the time ("On ____ at the convention …"); a day that is a clause's subject
    with no place after it is not ("Tuesday suggested a shift")."""
    said = _parsed(
        nlp,
        ["Saturday", "at", "the", "convention", "Reyes", "said", "no", "."],
        [5, 0, 3, 1, 3, 5, 5, 5],
        ["nsubj", "prep", "det", "pobj", "appos", "ROOT", "dobj", "punct"],
        ["PROPN", "ADP", "DET", "NOUN", "PROPN", "VERB", "INTJ", "PUNCT"],
        ents=[(0, 1, "DATE")],
    )
    assert bare_time(said[0:1])
    suggested = _parsed(
        nlp,
        ["Tuesday", "suggested", "a", "shift", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        ents=[(0, 1, "DATE")],
    )
    assert not bare_time(suggested[0:1])


def test_a_relative_year_after_any_preposition_takes_no_second_one(tmp_path):
    # "throughout next year" → "throughout ____", never "throughout in ____"
    body = (
        "Anna Brightwater of Harlow won the Miss Norland crown on Sunday in a pageant staged in the resort town.\n\n"
        "Brightwater will serve as a goodwill ambassador for children's causes throughout next year and is "
        "likely to profit from a host of modelling contracts, the organisers said."
    )
    deck = deck_of(tmp_path, body, date="2005-12-11")
    dates = [i for i in deck.items if i.kind == "date" and "throughout" in i.question]
    assert dates, [i.question for i in deck.items]
    assert all("throughout ____" in i.question and "throughout in" not in i.question for i in dates)
