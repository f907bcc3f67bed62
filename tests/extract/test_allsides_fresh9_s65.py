"""From the j160 sample (de1b7025, the AllSides draw fresh9, read after scoring), each fixed at
its mechanism and tested with an article written for the test:
- "Hide Caption 2 of 22 Photos: … A desk sits inside the burnt U.S. mission on September 13" asked
  for the photo's date, a year off: a photo gallery's captions run into the text;
- "… is boiling over in the wake of his incendiary tweets on Thursday" (a Friday's story) dated
  the tweets the coming Thursday: the day of a happening gone by, the parse hanging it on the
  present verb;
- "Trump quietly signed the Uyghur Human Rights Policy Act" asked "Which organisation signed …?":
  a one-word name the tagger called an organisation, a person's surname elsewhere.

Left alone: "White House Spokesman Raj Shah said Thursday" in a story dated days after the week it
tells of (the corpus's date, not the story's); "Who was the U.S. President (month)?" (right; judged
not worth learning).
"""

from __future__ import annotations

from quizgen.ingest.captions import credited_caption
from tests.articles import shown, wire_items


def test_a_photo_gallerys_captions_are_no_prose():
    assert credited_caption(
        "Hide Caption 2 of 22 Photos: Photos: Attack on U.S. mission in Benghazi – A desk sits inside the burnt "
        "U.S. mission on September 13, two days after the attack."
    )
    assert credited_caption("Photos: Photos: Attack on U.S. mission in Benghazi – Attackers set the mission on fire.")
    assert not credited_caption("Photos of the attack were released on Monday by the agency.")


def test_a_day_of_a_happening_gone_by_is_not_the_coming_one(tmp_path):
    body = (
        "Republican frustration with President Trump is boiling over in the wake of his incendiary tweets on "
        "Thursday attacking MSNBC host Mika Brzezinski.\n\n"
        "GOP lawmakers lambasted Trump for his attack, senators said."
    )
    items = wire_items(tmp_path, body, title="New GOP angst over Trump tweets", date="2017-06-30")
    assert not any(i.kind == "date" and i.answer == "6 July 2017" for i in items), shown(items)
    assert not any("[6 July 2017]" in i.question for i in items), shown(items)


def test_a_persons_surname_tagged_an_organisation_is_asked_who(nlp):
    from spacy.tokens import Span

    from quizgen.extract.event_actors import actor_of

    doc = nlp("President Donald Trump signed the bill on Wednesday. Trump quietly signed the act without a public event.")
    trump = [t.i for t in doc if t.text == "Trump"]
    doc.ents = [Span(doc, trump[0] - 1, trump[0] + 1, label="PERSON"), Span(doc, trump[1], trump[1] + 1, label="ORG")]
    assert actor_of(doc[trump[1]]) == ("Trump", "PERSON")
    ford = nlp("Ford Motor Co said sales rose. Ford said it will hire 500 workers.")
    fords = [t.i for t in ford if t.text == "Ford"]
    ford.ents = [Span(ford, fords[0], fords[0] + 3, label="ORG"), Span(ford, fords[1], fords[1] + 1, label="ORG")]
    assert actor_of(ford[fords[1]])[1] == "ORG"


def test_an_agency_dateline_without_a_dash_is_no_prose():
    """From j161 and j162 (read after scoring; fixed after j162, unmeasured by a sample):
    "Washington (CNN) President …", "(CNN) The House …" kept in questions."""
    from quizgen.ingest.articles import classify_blocks

    body = (
        "Washington (CNN) President Barack Obama called on Congress on Tuesday to pass new gun laws, aides said.\n\n"
        "(CNN) The House approved new rules on Thursday, members said.\n\n"
        "The company (AP) said nothing."
    )
    blocks = [(b.kind, b.text) for b in classify_blocks(body, has_title=True)]
    assert blocks[0] == ("dateline", "Washington (CNN)") and blocks[1][0] == "text"
    assert blocks[1][1].startswith("President Barack Obama")
    assert blocks[2] == ("dateline", "(CNN)") and blocks[3][1].startswith("The House")
    assert blocks[4] == ("text", "The company (AP) said nothing.")
