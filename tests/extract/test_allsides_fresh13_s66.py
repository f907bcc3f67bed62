"""From the j164 sample (77dd0c13, the AllSides draw fresh13, read after scoring), each fixed at
its mechanism and tested with an article written for the test:
- a video player's caption opened by its "CLOSE" button ("CLOSE Mitch McConnell says Jon Stewart
  was …") asked as the story's sentence, and gave a "CLOSE President" role;
- "today" meaning nowadays ("Bush is being assessed more generously today", "Today, … they are
  showing that Trumpism has its limits") dated to the story's day: a present in progress, a duty
  ("should look today") or an infinitive under a present ("what else you need to know today");
- a president's words offered beside governors and senators of his story (``items.known_offices``,
  tested in tests/items/test_known_offices_s66.py).

Left alone: "Ferguson | Mayor James Knowles …" (the parser made the paragraph's first word a
sentence, and the question lost the city; 1 such split in 120 other articles); a rhetorical question
of an op-ed made a figure's cloze ("What would ____ of all that be?"); trivial blanks ("Congress",
"America"); misspelt names from the article as choices ("Chris Chocula").
"""

from __future__ import annotations

from quizgen.ingest.captions import credited_caption
from tests.articles import shown, wire_items


def test_a_video_players_caption_is_no_prose(tmp_path):
    """j164: "CLOSE Mitch McConnell says Jon Stewart was …" asked "CLOSE Mitch McConnell says
    ____ was …", and "CLOSE President Trump declared …" gave a "CLOSE President" role."""
    assert credited_caption(
        "CLOSE Mitch McConnell says Jon Stewart was “all bent out of the shape” over the 9/11 victims fund. "
        "Hear what Stewart had to say to that. Just the FAQs, USA TODAY"
    )
    assert not credited_caption("Close aides to the governor said he would sign the bill.")
    body = (
        "CLOSE President Trump declared a national emergency to free up funding for his border wall. USA TODAY\n\n"
        "WASHINGTON\n\n"
        "Twelve Republican senators voted with Democrats on Thursday to end President Donald Trump's national "
        "emergency declaration on border security.\n\n"
        "The Senate voted 59-41 to nullify the declaration, which Trump has vowed to veto."
    )
    items = wire_items(tmp_path, body, title="GOP senators break with Trump on emergency", date="2019-03-15")
    assert items, "the story's own sentences still make cards"
    assert not any("CLOSE" in i.question or "CLOSE" in (getattr(i, "role", None) or "") for i in items), shown(items)



def test_today_as_nowadays_is_no_day(tmp_path):
    body = (
        "Two years ago, Ohio and other states of the Great Lakes region put Donald Trump in the White House.\n\n"
        "Today, in the final stretch to November's congressional elections, they are showing that Trumpism has its "
        "limits as Democrats make gains across the region, according to opinion polls.\n\n"
        "Scholars say most presidents see their ratings rise after they leave office, and Bush is being assessed "
        "more generously today.\n\n"
        "The House passed a spending package today that funds the Energy Department, lawmakers said."
    )
    items = wire_items(tmp_path, body, title="Democrats threaten Trump's grip on the Great Lakes", date="2018-10-22")
    dates = [i for i in items if i.kind == "date"]
    assert not any("showing" in i.question or "assessed" in i.question for i in dates), shown(items)
    assert any("passed a spending package" in i.question and i.answer == "22 October 2018" for i in dates), shown(items)


def test_today_beside_another_day_is_a_day(tmp_path):
    """The 840-article Reuters deck: "which is meeting today and tomorrow", "must raise holdings …
    today and tomorrow" are days of a schedule, whatever the verb's aspect."""
    body = (
        "The International Cocoa Organization's working group on buffer stock rules, which is meeting today "
        "and tomorrow in London, will discuss how to price non-member cocoa, delegates said.\n\n"
        "The council will report to members next week, delegates said."
    )
    items = wire_items(tmp_path, body, title="Cocoa group meets on buffer stock", date="1987-03-16")
    assert any(i.kind == "date" and i.answer == "16 March 1987" for i in items), shown(items)


def test_a_rhetorical_question_is_no_fact(tmp_path):
    """j164: "What would ____ of all that be?" (an op-ed's question, the 39.5% tax rate it argues
    for) was a figure's cloze: a sentence that asks tells no fact."""
    body = (
        "The Catholic Church and its affiliated charities should start paying income and property tax in the "
        "United States, from which they have long been exempt, the columnist argues.\n\n"
        "The 17,000 parishes may not all be architectural wonders, but few churches have no value. What would "
        "39.5% of all that be?\n\n"
        "The church's schools enrol 1.9 million pupils, church figures show."
    )
    items = wire_items(tmp_path, body, title="The church should pay taxes", date="2014-05-09")
    assert not any(i.question.rstrip().endswith("?") and i.style == "cloze" for i in items), shown(items)
    assert any(i.kind == "number" and i.answer.startswith("1.9 million") for i in items), shown(items)


def test_a_dateline_of_two_places_is_no_prose(tmp_path):
    """j165 (the AllSides draw fresh14, 2adb74ef) and j161: "MONTREAL/RIYADH (Reuters) - Canadian
    Prime Minister Justin Trudeau on [8 August 2018] said …" kept the dateline in the question."""
    body = (
        "MONTREAL/RIYADH (Reuters) - Canadian Prime Minister Justin Trudeau on Wednesday said he would keep "
        "pressing Saudi Arabia on civil liberties amid a major diplomatic dispute.\n\n"
        "WASHINGTON/NEW YORK (Reuters) - Saudi Arabian Foreign Minister Adel al-Jubeir said there was no room "
        "for mediation with Canada."
    )
    items = wire_items(tmp_path, body, title="Canada PM says will press Saudi Arabia on rights", date="2018-08-09")
    assert items, "the story's own sentences still make cards"
    assert not any("Reuters" in i.question or "RIYADH" in i.question for i in items), shown(items)
