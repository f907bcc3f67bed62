"""From the j184 sample (stop 69: AllSides fresh33, read after scoring): a photo gallery's
captions, each set twice running and the rest of the run beside them, are no prose of the story
(a year-old "On April 1, … celebrate the retaking of Tikrit" was dated to the story's year); a
pronoun whose own sentence opens on a name the tagger called a place is that name's, not the one
the text named before; a name is answered without the middle initial the deck's spelling adds
when the card's sentence writes it so; a country gone by the story's day is no wrong choice."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.facts.places import gone_by
from quizgen.ingest.articles import classify_blocks
from tests.articles import deck_of_text, facts_of, make_article

GALLERY_STORY = (
    "(CNN) Secretary of State John Kerry said Thursday that the United States has determined that ISIS' "
    "action against the Yazidis and other minority groups in Iraq and Syria constitutes genocide.\n\n"
    "Children stand next to a burnt vehicle during clashes in Mosul on Tuesday, June 10.\n\n"
    "Children stand next to a burnt vehicle during clashes in Mosul on Tuesday, June 10.\n\n"
    "On April 1, Shiite militiamen celebrate the retaking of Tikrit, which had been under ISIS control since June.\n\n"
    "On April 1, Shiite militiamen celebrate the retaking of Tikrit, which had been under ISIS control since June.\n\n"
    "People in Tikrit inspect what used to be a palace of former President Saddam Hussein on April 3.\n\n"
    "Smoke rises over the northern Iraqi town of Sinjar on November 12. Kurdish Iraqi fighters, backed by a "
    "U.S.-led air campaign, retook the strategic town.\n\n"
    "\"My purpose here today is to assert in my judgment, ISIS is responsible for genocide against groups in "
    "areas under its control,\" Kerry said.\n\n"
    "Under a deadline set by Congress, the State Department had until Thursday to decide whether it would "
    "issue a genocide designation."
)


def test_a_gallery_s_captions_are_no_prose():
    kinds = {b.text[:30]: b.kind for b in classify_blocks(GALLERY_STORY, has_title=True)}
    assert kinds["Children stand next to a burnt"] == "caption"
    assert kinds["On April 1, Shiite militiamen c"[:30]] == "caption"
    assert kinds["People in Tikrit inspect what u"[:30]] == "caption"
    assert kinds["Smoke rises over the northern I"[:30]] == "caption"
    assert kinds["\"My purpose here today is to as"[:30]] == "text"
    assert kinds["Under a deadline set by Congre"[:30]] == "text"


def test_a_gallery_s_dates_are_not_asked(nlp):
    deck = deck_of_text(nlp, GALLERY_STORY, events=True, date="2016-03-17", title="John Kerry says ISIS responsible for genocide")
    dates = [i for i in deck.items if i.kind == "date"]
    assert not [i.question for i in dates if "Tikrit" in i.question or "Mosul" in i.question]
    assert not [i for i in deck.items if i.evidence and "Sinjar" in i.evidence[0].text]


def test_a_pronoun_after_a_name_tagged_a_place_is_that_name_s(nlp):
    text = (
        "Gen. John Allen, the top U.S. commander in Afghanistan, is under investigation over e-mails, the "
        "Pentagon said Tuesday. Allen has denied any wrongdoing, a senior defense official said.\n\n"
        "It was not immediately clear exactly how Allen may be linked to the Petraeus investigation.\n\n"
        "Petraeus, 60, resigned Friday after acknowledging he had an affair with a woman later identified as his "
        "biographer, Paula Broadwell, a fellow West Point graduate."
    )
    deck = deck_of_text(nlp, text, events=True, date="2012-11-13", title="ISAF chief Gen. John Allen under investigation")
    assert not [i.question for i in deck.items if "Allen] had an affair" in i.question]


def test_a_name_is_answered_without_the_middle_initial_its_sentence_lacks(nlp):
    senate = make_article(
        "Sessions “probably wants to go as much as the president seems to want him to go. But I appreciate him "
        "waiting,” said Sen. John Kennedy (R-La.). “I don’t think we ought to have those kind of disruptions "
        "before the midterm elections.”\n\n"
        "House Republicans are hopeful that the Senate will pass the tax cuts after the election.",
        article_id="a1", date="2018-09-23", title="Republicans boot their headaches until after midterms",
    )
    history = make_article(
        "John F. Kennedy in 1960 ran against the relatively quiescent 1950s, and John F. Kennedy won.\n\n"
        "Trump ran in 2016 on a promise to restore the way things used to be.",
        article_id="a2", date="2016-11-10", title="Trump is another Republican striking a blow",
    )
    deck = build_deck([facts_of(nlp, senate), facts_of(nlp, history)], deck_id="t", title="T", events=True)
    asked = [i for i in deck.items if i.kind in ("quote", "person") and "Kennedy" in i.answer and i.evidence[0].source == "a1"]
    assert asked, [(i.question, i.answer) for i in deck.items]
    assert all(i.answer in ("John Kennedy", "Kennedy") for i in asked), [(i.answer, i.accept) for i in asked]


def test_a_country_gone_by_the_story_s_day():
    assert gone_by("Soviet Union", "2020-01-05")
    assert gone_by("East Germany", "2016-03-01")
    assert not gone_by("Soviet Union", "1987-03-01")
    assert not gone_by("Russia", "2020-01-05")
    assert not gone_by("Burma", "2015-06-01")  # a name of a country of today


def test_a_count_worked_out_from_numbers_in_words_and_hyphens_is_typed(nlp):
    from quizgen.items.stated_figures import pinned_by_sum

    question = (
        "Republicans control ____ seats and need eight Democrats or Independents to join them to reach the "
        "60-vote threshold for ending a filibuster."
    )
    assert pinned_by_sum(question, 52)
    assert not pinned_by_sum("The chain hired ____ workers and fired eight in its 60-store network.", 30)
    text = (
        "Senate Democratic leaders are giving centrist colleagues space on Neil Gorsuch, the Supreme Court nominee.\n\n"
        + question.replace("____", "52") + "\n\nThe vote is set for next week."
    )
    deck = deck_of_text(nlp, text, events=True, date="2017-03-30", title="Dem leaders give centrists space on Gorsuch")
    cards = [i for i in deck.items if i.kind == "number" and i.answer == "52"]
    assert cards and all(not c.choices for c in cards), [(i.question, i.answer, i.choices) for i in deck.items]


def test_a_span_of_time_in_words_pins_no_figure():
    from quizgen.items.stated_figures import pinned_by_sum

    question = (
        "Imperial Chemical Industries PLC expects earnings from its pharmaceuticals operations to grow to ____ of "
        "world profits within the next five years compared with a current 30 pct, chairman elect Denys Henderson said."
    )
    assert not pinned_by_sum(question, 35)
