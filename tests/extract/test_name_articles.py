"""A name takes "the" as English writes it: as the article writes it standing alone, else, for
an organisation headed by a common noun's "of" phrase, with "the" ("What did the Confederation
of Indian Industry welcome?", never "What did Confederation of … welcome?"; from j45)."""

from __future__ import annotations

from quizgen.extract.name_articles import common_head_of, takes_the, with_article, written_with_the
from quizgen.items.blank_frames import fits_blank
from tests.articles import events_of


def test_a_name_before_its_short_form_and_a_title_says_nothing_of_its_article():
    text = "Confederation of Ghanaian Employers (CGE) president Kofi Mensah spoke on Monday."
    assert takes_the("Confederation of Ghanaian Employers", text) is None


def test_a_name_with_its_short_form_standing_alone_still_votes():
    text = "The group was founded by the Confederation of Ghanaian Employers (CGE). It meets in Accra."
    assert takes_the("Confederation of Ghanaian Employers", text) is True


def test_a_common_nouns_of_phrase_takes_the_where_the_text_says_nothing(nlp):
    assert common_head_of("Confederation of Indian Industry")
    assert common_head_of("Ministry of Defence")
    assert not common_head_of("Friends of the Earth")  # a plural head: no "the"
    assert not common_head_of("Trexon Holdings")
    doc = nlp("Ministry of Defence (MoD) officials said so on Monday.")
    assert with_article("Ministry of Defence", doc) == "the Ministry of Defence"


def test_the_articles_own_habit_wins_over_the_grammar(nlp):
    doc = nlp("Bank of Arden said it would cut jobs. Shares of Bank of Arden fell 4 percent on the news.")
    assert written_with_the("Bank of Arden", doc) is False
    assert with_article("Bank of Arden", doc) == "Bank of Arden"
    doc = nlp("The loan came from the Bank of Arden. The Bank of Arden said it would cut jobs.")
    assert with_article("Bank of Arden", doc) == "the Bank of Arden"


def test_an_event_actor_written_as_a_titles_modifier_is_asked_with_the(nlp):
    events = events_of(
        nlp,
        "The Bank of Ghana (BoG) cut its lending rate on Tuesday.\n\nConfederation of Ghanaian Employers (CGE)"
        " president Kofi Mensah also welcomed the BoG's new policy, saying it would help small firms.",
    )
    actors = [e.actor for e in events if e.verb == "welcome"]
    assert actors, [(e.actor, e.verb) for e in events]
    assert all("the Confederation of Ghanaian Employers" in a for a in actors)


def test_an_event_actor_the_article_writes_bare_stays_bare(nlp):
    events = events_of(
        nlp,
        "Bank of Arden announced a plan to close 40 rural branches on Monday. Shares of Bank of Arden fell"
        " 4 percent after the announcement.",
    )
    actors = [e.actor for e in events if e.verb == "announce"]
    assert actors and not any("the Bank of Arden" in a for a in actors)


def test_a_blank_after_the_still_takes_only_a_name_written_with_the():
    text = "The Netherlands voted. Hungary is small. The Netherlands is big."
    assert not fits_blank("Hungary", "Netherlands", "The ____ voted.", text)
