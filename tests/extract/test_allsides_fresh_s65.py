"""From the j158 sample (2b19dbc2, the first draw of the AllSides corpus: web news of 2012–2020,
read after scoring), each fixed at its mechanism and tested with an article written for the test:
- "Joe Biden speaks at the SC Democratic Convention …, June 22, 2019. REUTERS/Randall Hill" asked
  for the photo's date: a caption that carries its agency's credit;
- "FILE - In this Jan. 9, 2020 file photo, …", "… aired Sunday night. | AP Photos Romney, Obama
  duel …" (whose "Photos Romney" became a speaker): the same, an archive label or a site's credit;
- "Story highlights Obama says America at "crossroads," …" asked as a quote cloze: a site's
  list of highlights set before the story;
- "barring rapid deportations until at least next Tuesday" blanked as "until at least on ____".

Left alone: a newsletter roundup's subheads run into its paragraphs ("WASHINGTON VS.
WALMART-Denise Tolliver …") and its labels ("Related:", "Fox News:"), one article of 60; "James
Cox, the Democratic governor of Ohio" in a 1920 aside dated as the story's month.
"""

from __future__ import annotations

from quizgen.ingest.articles import classify_blocks
from tests.articles import shown, wire_items


def test_captions_with_their_credit_or_archive_label_are_no_prose():
    body = (
        "Former Vice President Joe Biden called on Monday for citizenship for Dreamers, his campaign said.\n\n"
        "Democratic presidential candidate Joe Biden speaks at the SC Democratic Convention in Columbia, "
        "South Carolina, U.S., June 22, 2019. REUTERS/Randall Hill\n\n"
        "FILE - In this Jan. 9, 2020 file photo, Sen. Cory Booker speaks with attendees in Mount Vernon, "
        "Iowa. (AP Photo/Patrick Semansky)\n\n"
        "The show's interviews with Romney and Obama aired Sunday night. | AP Photos Romney, Obama duel on "
        "'60 Minutes'\n\n"
        "According to a Reuters/Ipsos poll, the two are in a dead heat."
    )
    kinds = [b.kind for b in classify_blocks(body, has_title=True)]
    assert kinds == ["text", "caption", "caption", "caption", "text"], kinds


def test_a_sites_highlights_are_no_prose():
    body = (
        'Story highlights Obama says America at "crossroads," and fight against terror must be more targeted\n\n'
        "He defends the use of drones against terror suspects overseas\n\n"
        "(CNN) President Barack Obama recast the U.S. fight against terrorism on Thursday, aides said."
    )
    kinds = [b.kind for b in classify_blocks(body, has_title=True)]
    assert kinds == ["furniture", "furniture", "dateline", "text"], kinds  # "(CNN)" is the dateline (cf6dc2b3)


def test_a_limit_after_a_preposition_takes_no_second_one(tmp_path):
    body = (
        "NEW YORK (Reuters) - Lawyers for immigrant families separated by the U.S. government at the border "
        "with Mexico said a federal judge's order barring rapid deportations until at least next Tuesday would "
        "give their clients breathing room as they decided their next steps.\n\n"
        "The families had been separated amid a broader crackdown on illegal immigration by President Donald "
        "Trump's administration, sparking a lawsuit by the American Civil Liberties Union."
    )
    items = wire_items(tmp_path, body, title="U.S. court ruling 'buys time' for separated families", date="2018-07-17")
    assert not any("at least on ____" in i.question for i in items), shown(items)
    assert any("until at least ____" in i.question for i in items), shown(items)
