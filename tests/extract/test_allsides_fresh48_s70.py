"""From the j199 sample (stop 70: AllSides fresh48, read after scoring): a site's bracketed link to
another of its stories ("( Also on POLITICO: Obama spotlights Sandy victims)") is no prose; "Both"
before a name is the pair's determiner, not a given name ("Both Obama and his Republican
challenger")."""

from __future__ import annotations


def test_a_link_to_another_story_is_no_prose():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Washington gives thanks, politically, officials said on Thursday.\n\n"
        "( Also on POLITICO: Obama spotlights Sandy victims)\n\n"
        "( See also: Full coverage of the 2012 presidential debates)\n\n"
        "( PHOTOS: 25 unforgettable Obamacare quotes)\n\n"
        "Also on Tuesday, the Senate voted to extend the farm bill by a wide margin."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds == ["text", "furniture", "furniture", "furniture", "text"], kinds


def test_both_before_a_name_is_no_given_name():
    from quizgen.extract.name_cleaning import clean_name

    assert clean_name("Both Obama") == "Obama"
    assert clean_name("Both Barack Obama") == "Barack Obama"
    assert clean_name("Barack Obama") == "Barack Obama"
