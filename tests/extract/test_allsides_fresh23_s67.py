"""From the j174 sample (1117c485, the AllSides draw fresh23, read after scoring).

- "Obama and Boehner met face-to-face on Sunday for the first time since November 16": "What did
  Obama and Boehner meet for …?" → "the first time". An ordinal's "time" tells how often, and
  answers no "what" (``event_phrases.stands_alone``).
- "The Times cited a report from the Syrian Observatory …": "Which organisation cited …?" →
  "Times", and "What did the Times cite?". A newspaper's last word alone ("the Times", "the
  Post") says which paper only with the text's help (``event_actors.short_name_of_a_body``).
"""

from __future__ import annotations

from tests.articles import events_of


def test_the_first_time_is_nothing_they_met_for(nlp):
    text = "President Obama and House Speaker John Boehner met face-to-face on Sunday for the first time since November 16."
    assert not any("first time" in e.answer for e in events_of(nlp, text)), [(e.actor, e.answer) for e in events_of(nlp, text)]


def test_the_times_alone_is_no_actor(nlp):
    text = "The Times cited a report from the Syrian Observatory for Human Rights that spy planes carried out surveillance."
    assert not any(e.actor and "Times" in e.actor for e in events_of(nlp, text)), [(e.actor, e.answer) for e in events_of(nlp, text)]
