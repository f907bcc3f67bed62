"""From the j195 sample (stop 70: AllSides fresh44, read after scoring): a reporting verb with a
pronoun and a named person both as its subject ("“…,” he said Rep. Bill Flores") is not given to
whoever the pronoun would point back to."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_pronoun_beside_a_named_subject_is_not_resolved_backwards(nlp):
    text = (
        "Trade war fears escalate as Trump ups the ante, officials said on Friday.\n\n"
        "Former Democratic congressman Cal Dooley, who leads a trade group, criticised the tariffs.\n\n"
        "“This is not the way I would do it, throw the hand grenade in the middle of the room and count the "
        "bodies,” he said Rep. Bill Flores (R-Texas) in an interview for WTAW radio."
    )
    speakers = [q.speaker for q in facts_of(nlp, make_article(text, date="2018-04-06")).quotes if "hand grenade" in q.quote]
    assert "Cal Dooley" not in speakers, speakers
