"""Clozes that can be answered from their own words (issue 11)."""

from quizgen.items.wording import cloze


def _cloze(sentence: str, blanked: str):
    start = sentence.index(blanked)
    return cloze(sentence, 0, len(sentence), start, start + len(blanked))


def test_a_reporting_clause_without_its_quotation_is_no_question():
    # the parser ends the sentence inside the quotation, which the cloze then drops
    sentence = "Mr. Hale told The Daily Courier in March 2016, “The alliance is obsolete."
    assert _cloze(sentence, "March 2016") is None
    after = "It costs too much,” Mr. Hale said in April, shortly after the summit ended."
    assert _cloze(after, "April") is None


def test_a_quotation_cut_from_a_clause_that_states_a_fact_keeps_the_fact():
    sentence = "The alliance agreed in March 2016 to send 300 trainers, “a good start for a small mission"
    assert _cloze(sentence, "March 2016") == "The alliance agreed in ____ to send 300 trainers."


def test_a_cloze_is_a_whole_sentence():
    assert _cloze("The council approved the budget in March 2016.", "March 2016") == "The council approved the budget in ____."
    assert _cloze("and the council approved the budget in March 2016.", "March 2016") is None  # starts mid-sentence
    assert _cloze("Given the budget passed in March 2016, he said this:", "March 2016") is None  # introduces words not shown


def test_quotation_marks_that_open_and_close_alike():
    # the sentence starts inside a quotation ('' closes it) and the next one opens at its end
    nyt = "There are big issues,'' said Paula Brent, a broker based in Tampa who sells golf courses. ''"
    assert _cloze(nyt, "Paula Brent") is None  # without the quotation, "Said ____, a broker …" asks nothing
    fact = "It is over,'' the council voted in March 2016 to close the course. ''"
    assert _cloze(fact, "March 2016") == "The council voted in ____ to close the course."
    inside = "Turning out the base is not a 51 percent pathway going into November.''"
    assert _cloze(inside, "51 percent") is None  # the end of someone's words


def test_a_named_subject_reads_in_brackets_and_an_unnamed_one_drops_the_cloze():
    from quizgen.facts.records import Reference

    sentence = "He said its sales fell 12% in March."
    start = sentence.index("12%")
    he = Reference("He", 0, 2, "Tom Becker", "person")
    its = Reference("its", 8, 11, "Halvorsen Shipping Corp.", "org", possessive="’")
    assert cloze(sentence, 0, len(sentence), start, start + 3, references=[he, its]) == (
        "[Tom Becker] said [Halvorsen Shipping Corp.’s] sales fell ____ in March."
    )
    unnamed = Reference("He", 0, 2, None, "person")
    assert cloze(sentence, 0, len(sentence), start, start + 3, references=[unnamed]) is None


def test_an_unnamed_description_holding_the_blank_drops_the_cloze():
    # "The ____ second ad shows …": whose ad? The blank inside the words cannot hide that.
    from quizgen.facts.records import Reference

    sentence = "The 30 second ad shows the mayor at a school."
    start = sentence.index("30")
    ad = Reference("The 30 second ad", 0, 16, None, "thing")
    assert cloze(sentence, 0, len(sentence), start, start + 2, references=[ad]) is None
    whole = Reference("The 30 second ad", 0, 16, None, "thing")
    assert cloze(sentence, 0, len(sentence), 0, 16, references=[whole]) == "____ shows the mayor at a school."


def test_a_contracted_verb_is_written_out_after_the_name():
    from quizgen.facts.records import Reference

    sentence = "He's backed a 40% rise."
    start = sentence.index("40%")
    he = Reference("He's", 0, 4, "Marco Rubio", "person", verb="has")
    assert cloze(sentence, 0, len(sentence), start, start + 3, references=[he]) == "[Marco Rubio] has backed a ____ rise."


def test_cards_name_their_subject_and_keep_the_evidence_verbatim(nlp):
    from quizgen.deck.generate import build_deck
    from tests.articles import facts_of, make_article

    text = (
        "Halvorsen Shipping Corp. reported a loss for the third quarter on Tuesday.\n\n"
        "The company said its sales fell 12% because of a strike at two ports.\n\n"
        "A new terminal was approved in March. It will cost $40 million."
    )
    deck = build_deck([facts_of(nlp, make_article(text, date="2017-10-25"))], deck_id="t", title="T")
    questions = {i.question: i for i in deck.items}
    named = questions.get("[Halvorsen Shipping Corp.] said its sales fell ____ because of a strike at two ports.")
    assert named is not None, list(questions)
    assert named.evidence[0].text == "The company said its sales fell 12% because of a strike at two ports."
    assert not any("$40 million" in i.answer or "$40 million" in i.question for i in deck.items)  # "It" = a terminal


def test_a_dropped_connective_leaves_the_clause_capitalised():
    from quizgen.facts.records import Reference
    from quizgen.items.wording import cloze

    body = "But the court fined the bank $5 million."
    refs = [Reference("But ", 0, 4, "", "connective"), Reference("the court", 4, 13, "the Supreme Court", "org")]
    start = body.index("$5")
    assert cloze(body, 0, len(body), start, start + 10, references=refs) == "[The Supreme Court] fined the bank ____."


def test_an_owner_goes_before_the_figure_it_owns():
    from quizgen.facts.records import Reference
    from quizgen.items.wording import cloze

    body = "Revenue was $5 million."
    refs = [Reference("Revenue", 0, 7, "Halvorsen Foods", "owner", possessive="'", verb="revenue")]
    assert cloze(body, 0, len(body), 12, 22, references=refs) == "[Halvorsen Foods'] revenue was ____."


def test_an_indexed_articles_references_name_the_subjects_a_scan_named():
    """``ReferenceIndex`` (references sorted once, found by bisect) gives every span the same
    bracketed names as handing ``name_subjects`` the plain list, which it sorts and scans."""
    import random

    from quizgen.facts.records import Reference
    from quizgen.items.wording import ReferenceIndex, name_subjects

    sentence = "He said its plan failed. But the company's chief left, and she's gone. "
    body = sentence * 30
    refs = []
    for k in range(30):
        at = k * len(sentence)
        refs += [
            Reference("He", at, at + 2, "Ann Lee", "person"),
            Reference("its", at + 8, at + 11, "Acme", "org", possessive="’"),
            Reference("But", at + 25, at + 28, "", "person"),
            Reference("the company's", at + 29, at + 42, None, "org"),
            Reference("she's", at + 59, at + 64, "Ann Lee", "person", verb="has"),
        ]
    shuffled = refs[:]
    random.Random(3).shuffle(shuffled)
    index = ReferenceIndex(shuffled)
    rng = random.Random(5)
    spans = [(0, len(body)), (0, 2), (2, 8), (at := 7 * len(sentence), at + 24)]
    spans += [tuple(sorted(rng.sample(range(len(body) + 1), 2))) for _ in range(300)]
    for lo, hi in spans:
        assert name_subjects(body, lo, hi, index) == name_subjects(body, lo, hi, shuffled), (lo, hi)
    assert name_subjects(body, 0, 24, index) == "[Ann Lee] said [Acme’s] plan failed."


def test_a_card_says_which_year_this_year_was_and_drops_an_unnamed_description(nlp):
    from quizgen.deck.generate import build_deck
    from tests.articles import facts_of, make_article

    text = (
        "Halvorsen Shipping Corp. reported a loss on Tuesday.\n\n"
        "Halvorsen Shipping said its sales fell 12% last year because of a strike at two ports.\n\n"
        "Police found a 9-year-old boy near the docks on Sunday.\n\n"
        "The boy had walked 14 miles from his home in Larvik."
    )
    deck = build_deck([facts_of(nlp, make_article(text, date="2017-10-25"))], deck_id="t", title="T")
    questions = [i.question for i in deck.items]
    assert "Halvorsen Shipping said its sales fell ____ [in 2016] because of a strike at two ports." in questions
    assert not any("last year" in q for q in questions)
    assert not any("The boy" in q for q in questions)  # which boy? the card is not made


def test_a_card_leaves_out_also_and_drops_went_on_to(nlp):
    from tests.articles import facts_of, make_article

    body = (
        "Acme Corp. raised prices on Monday.\n\n"
        "Acme also raised its dividend to 5 cents a share.\n\n"
        "Gov. Ann Moss went on to praise Acme in March."
    )
    facts = facts_of(nlp, make_article(body))
    refs = facts.references

    def asked(fragment: str, blanked: str):
        lo = body.index(fragment)
        start = body.index(blanked, lo)
        return cloze(body, lo, lo + len(fragment), start, start + len(blanked), references=refs)

    # "also" adds to a sentence the card does not show; without it the sentence is still true
    assert asked("Acme also raised its dividend to 5 cents a share.", "5 cents") == "Acme raised its dividend to ____ a share."
    # "went on to" cannot be written without what she went on from: no card
    assert asked("Gov. Ann Moss went on to praise Acme in March.", "March") is None


def test_an_overlong_sentence_makes_no_cloze():
    words = " ".join(["the committee met again"] * 12)
    body = f"On Monday {words} and voted 7 to 2."
    at = body.index("7")
    assert cloze(body, 0, len(body), at, at + 1) is None
    short = "On Monday the committee voted 7 to 2."
    at = short.index("7")
    assert cloze(short, 0, len(short), at, at + 1) == "On Monday the committee voted ____ to 2."


def test_a_space_left_before_a_mark_by_a_cut_link_is_closed_up():
    # a web page's links cut from "Dennis DeConcini, a moderate Democrat from Arizona ; and Dianne Feinstein ," (j168)
    sentence = "The protagonists were Dennis DeConcini, a moderate Democrat from Arizona ; and Dianne Feinstein , a California Democrat ."
    assert _cloze(sentence, "Dennis DeConcini") == "The protagonists were ____, a moderate Democrat from Arizona; and Dianne Feinstein, a California Democrat."
    market = "Only the New York Stock Exchange and the Nasdaq Stock Market , and Euronext are bigger."
    assert _cloze(market, "Euronext") == "Only the New York Stock Exchange and the Nasdaq Stock Market, and ____ are bigger."
