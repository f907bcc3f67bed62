"""From the j190 sample (stop 70: AllSides fresh39, read after scoring): a live blog's entry times
are no words of its cards; a caption credited to a photographer and an agency ends a caption, and
the teaser run on after it names no one; "Lt. Cmdr." is a title; a web address written with a
capital ("HealthCare.Gov.") ends no sentence inside it; a choice never carries a slip of the shift
key; a US Congress election's year gets election years; a reflexive object stays in the question;
a reported clause whose subject the parse hung on the reporting verb is not asked; words after a
second opening mark inside a quotation stay quoted; a day joined to one left as written is left too."""

from __future__ import annotations

from tests.articles import deck_of_text, events_of, facts_of, make_article


def test_a_live_blog_s_entry_times_are_no_words_of_a_card(nlp):
    text = (
        "Lawmakers grilled contractors over the health care website on Thursday.\n\n"
        "9:30 a.m. ET - Rep. John D. Dingell, a Michigan Democrat and the longest-serving lawmaker in history, says he "
        "is \"very frustrated\" about the problems facing the website.\n\n"
        "12:43 p.m. ET - Committee Chairman Fred Upton, R-Michigan, reassembles the hearing.\n\n"
        "12:51 p.m. ET - Rep. Pete Olson, R-Texas, said he spent 41 minutes trying to log on to the site."
    )
    deck = deck_of_text(nlp, text, events=True, date="2013-10-24")
    texts = [i.question for i in deck.items] + [str(getattr(i, "role", "") or "") for i in deck.items]
    assert deck.items
    assert not [t for t in texts if "ET -" in t or "a.m." in t or "p.m." in t], texts
    roles = [r.role for r in facts_of(nlp, make_article(text, date="2013-10-24")).roles]
    assert not [r for r in roles if "ET" in r.split()], roles


def test_a_caption_credited_to_a_photographer_and_an_agency_is_no_prose():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Dr. Julio Novoa, left, and Danielle Novoa, right, kneel beside a makeshift memorial at the scene of a mass "
        "shooting in El Paso, Texas. | John Locher/AP Photo 2020 Elections Trump rhetoric freshly condemned after "
        "mass shootings\n\n"
        "The Justice Department on Sunday said it was treating the shooting as domestic terrorism.\n\n"
        "Defense Secretary Jim Mattis is expected to leave. | Zach Gibson/Getty Images White House Mattis exit looms"
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds == ["caption", "text", "caption"], kinds


def test_lieutenant_commander_is_a_title(nlp):
    text = (
        "Gay and lesbian troops will be protected by a new Pentagon policy, officials said on Tuesday.\n\n"
        "\"With this policy revision, we are now ensuring that servicemembers are afforded protection,\" said "
        "Lt. Cmdr. Nathan Christensen, a Pentagon spokesman."
    )
    quotes = facts_of(nlp, make_article(text, date="2015-06-09")).quotes
    assert [q.speaker for q in quotes] == ["Nathan Christensen"]
    assert quotes[0].role == "Lt. Cmdr."


def test_a_capitalised_web_address_ends_no_sentence(nlp):
    doc = nlp("He is frustrated about the problems facing HealthCare.Gov. But he said a slow website is better.")
    sentences = [s.text for s in doc.sents]
    assert sentences[0].endswith("HealthCare.Gov."), sentences
    assert len(sentences) == 2
    # titles stay whole: "Gov. Lee" is a title and a name
    assert [t.text for t in nlp.make_doc("Gov. Ann Lee of the U.S. spoke.")][:3] == ["Gov.", "Ann", "Lee"]


def test_a_slip_of_the_shift_key_is_no_choice():
    from quizgen.items.entity_names import debris

    assert debris("KIrkuk")
    assert debris("WAshington")
    assert not debris("Kirkuk")
    assert not any(debris(n) for n in ("MNsure", "DCleaks", "MTurk", "McCain", "LeBron James", "CEOs"))


def test_a_congress_election_year_gets_election_years():
    from quizgen.items.date_choices import cycle_of

    words = {"only", "the", "democrat", "sen", "mark", "begich", "of", "alaska", "is", "up", "for", "reelection", "in"}
    assert cycle_of(words, 2014, {}) == 2
    assert cycle_of(words, 2015, {}) is None  # an odd year is no Congress election
    assert cycle_of({"the", "state", "nominating", "contests", "begin", "in"}, 2020, {}) == 4
    assert cycle_of({"the", "company", "reelection", "of", "its", "board"}, 2014, {}) is None


def test_a_reflexive_object_stays_in_the_question(nlp):
    text = (
        "Boris Johnson has unexpectedly ruled himself out as a candidate for Britain’s next prime minister, after "
        "the justice secretary, Michael Gove, made a last-minute bid for the Conservative leadership."
    )
    events = [e for e in events_of(nlp, text) if e.verb == "rule out"]
    assert events, events_of(nlp, text)
    assert events[0].question_verb == "ruled himself out"


def test_a_clause_whose_subject_the_parse_hung_on_the_verb_is_not_asked(nlp):
    text = (
        "French President Emmanuel Macron spoke to Congress on Sunday.\n\n"
        "The French president suggested the U.S. at least maintain a diplomatic presence in Syria, considering a "
        "regime change would “fuel the new terrorists” and create a vacuum in which the “Iranian regime” would thrive."
    )
    quotes = facts_of(nlp, make_article(text, date="2018-04-22")).quotes
    assert quotes
    assert not [q.clause for q in quotes if q.clause and q.clause.startswith("at least")], [q.clause for q in quotes]
    # a clause with its own subject after the verb's object is still asked
    told = (
        "Macron spoke to Congress on Sunday.\n\n"
        "Macron told reporters the deal had “serious flaws” that could not be fixed."
    )
    clauses = [q.clause for q in facts_of(nlp, make_article(told, date="2018-04-22")).quotes]
    assert any(c and c.startswith("the deal had") for c in clauses), clauses


def test_a_second_opening_mark_keeps_a_quotation_open():
    from quizgen.extract.quoted_text import Quoted

    text = '"Some lawmakers raised objections. They took issue with a provision. "Democrats opposed the bill."\n\nNext.'
    quoted = Quoted(text)
    assert text.index("Democrats") in quoted
    assert text.index("Next") not in quoted
    pair = 'He said "yes" and "no" today.'
    marks = Quoted(pair)
    assert pair.index("yes") in marks and pair.index("no") in marks and pair.index("and") not in marks


def test_a_day_joined_to_one_left_as_written_is_left_too(nlp):
    text = (
        "Two mass shootings shook the country this weekend, officials said on Sunday.\n\n"
        "The killings Saturday and Sunday came less than a week after three were killed when a gunman opened fire "
        "at a garlic festival in Gilroy, Calif."
    )
    deck = deck_of_text(nlp, text, events=True, date="2019-08-04")
    questions = [i.question for i in deck.items if "Gilroy" in i.question]
    assert not [q for q in questions if "Saturday and [" in q], questions
