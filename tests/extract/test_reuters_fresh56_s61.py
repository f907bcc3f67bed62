"""From the j125 sample (the code after j124's fixes, read after scoring), each fixed with an
article written for the test:

- "Who called the Miami Herald a “dramatic, overnight solution”?": the "it" Baker called so is the
  concept he criticised, not the paper his article ran in (right n);
- "Who fired for possibly illegal diversion of Iran arms payments?": "North is the NSC aide
  President Reagan fired …", a relative clause the parse hung on "is" (well-formed n);
- "Wickes Companies Inc group, which holds an ____ stake, to realise …": the sentence split
  after "U.S." where only a relative clause's verb followed (well-formed n)."""

from __future__ import annotations

from tests.articles import wire_items


def test_it_after_a_verbs_own_object_is_that_object_not_a_name_before(tmp_path):
    body = (
        "WASHINGTON, March 22 - U.S. Treasury Secretary James Baker said any attempt to declare blanket debt "
        "forgiveness for major Latin American debtors might damage the world economy.\n\n"
        "In an article in Monday's edition of the Miami Herald, Baker also criticised the concept of "
        'short-term debt relief, calling it a "dramatic, overnight solution."'
    )
    items = wire_items(tmp_path, body, title="BAKER WARNS AGAINST FORGIVENESS OF LATIN DEBT", date="1987-03-22")
    assert not any("called the Miami Herald" in i.question for i in items), [i.question for i in items]


def test_a_relative_clause_hung_on_a_bare_is_asks_nothing(nlp):
    from quizgen.extract.event_clauses import main_or_told

    doc = nlp(
        "North is the National Security Council (NSC) aide President Reagan fired November 25 for possibly "
        "illegal diversion of Iran arms payments to the contra rebels."
    )
    fired = next(t for t in doc if t.lower_ == "fired")
    if fired.dep_ == "ccomp":  # the parse the article met (j125)
        assert not main_or_told(fired)
    doc = nlp("The company said it fired the manager on Monday.")
    assert main_or_told(next(t for t in doc if t.lower_ == "fired"))


def test_no_card_asks_who_fired_without_whom(tmp_path):
    body = (
        "WASHINGTON, March 11 - Senators want to grant limited immunity from prosecution to force early "
        "testimony from Lt. Col. Oliver North and John Poindexter.\n\n"
        "North is the National Security Council (NSC) aide President Reagan fired November 25 for possibly "
        "illegal diversion of Iran arms payments to the so-called contra rebels. Poindexter, who was NSC "
        "director and North's boss, resigned the same day."
    )
    items = wire_items(tmp_path, body, title="SENATORS, PROSECUTOR DISAGREE ON IRAN TESTIMONY", date="1987-03-11")
    assert not any(i.question.startswith("Who fired for") for i in items), [i.question for i in items]


def test_a_relative_clause_after_us_is_no_sentence_of_its_own(nlp):
    doc = nlp(
        "The statement said the offer was due to a decision by Wickes International Corp, a member of the U.S. "
        "Wickes Companies Inc group, which holds an 80.5 pct stake, to realise much of its investment."
    )
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
