"""From the j144 sample (4b5cebc7 = stop 63's last code, read after scoring), each fixed at its
mechanism and tested with an article written for the test:
- a surname written after its holder's firm ("But Elders O'Neill said") credited to a made-up
  "Elders O'Neill" instead of the William O'Neill the story names;
- a British spelling ("subsidises") "mended" to the one word a slip away ("subsidies");
- "the group" after "the management group led by …" bracketed as the company;
- an "it" after "It said the business … had sales …" bracketed as the company, not the business;
- a company's one-word name that is also a given name, before a title ("Lilly Chairman Richard
  Wood"), read as a person "Lilly Chairman" and spelt so as an actor;
- a short form taken from inside a one-word name ("VW" for "Volkswagen") offered beside it;
- "the action" (a noun of an act) asked with nothing to say which action, the agency that took it
  named in its sentence;
- a blank ending before an apposition the wire wrote without its comma ("between major
  shareholders | the Kadoorie family and …");
- two predicates joined by a comma alone ("acted as co-manager …, was also served …");
- "What did X announce?" from a sentence opening "In addition,";
- a central bank's name ("Brazilian Central Bank") read as a company's.
"""

from __future__ import annotations

from quizgen.deck.generate import content_text
from quizgen.extract.lede_objects import lede_objects
from quizgen.extract.run_ons import run_on
from quizgen.ingest.articles import read_article
from quizgen.items.org_kinds import is_alias, org_kind
from quizgen.items.spelling import article_slips, mended_spelling
from tests.articles import facts_of, make_article, shown, wire_items


def test_a_surname_after_its_holders_firm_is_credited_to_the_person_the_story_names(nlp):
    text = (
        "NEW YORK, April 1 - Cocoa futures may fall further, analysts said.\n\n"
        "\"The market has not found its floor yet,\" said Kevin O'Neill, cocoa analyst with Heinold Futures. "
        "\"Another ten pct drop would not surprise me.\"\n\n"
        "Other dealers said producers were selling hard to raise currency.\n\n"
        "But Heinold O'Neill said, \"The grinders are not overstocked by any means.\""
    )
    quotes = facts_of(nlp, make_article(text, date="1987-04-01", title="ANALYSTS SEE COCOA FALLING")).quotes
    grinders = [q for q in quotes if "grinders" in q.quote]
    assert grinders and all(q.speaker == "Kevin O'Neill" for q in grinders), [(q.speaker, q.quote) for q in quotes]


def test_a_british_spelling_is_not_mended_into_another_word():
    # "subsidises" is one slip from "subsidies", which the article also writes (j144: the card read
    # "The ____ subsidies its agricultural industry")
    body = "The United States subsidises its farmers more than Europe. Subsidies grew, and subsidies for exports grew most."
    assert "subsidises" not in article_slips(body)
    assert mended_spelling("The United States subsidises its farmers") == "The United States subsidises its farmers"
    assert mended_spelling("a group that organises and catalogues the data") == "a group that organises and catalogues the data"
    assert mended_spelling("the deal's first stage, closng March 22") == "the deal's first stage, closing March 22"


def test_the_group_after_a_described_group_with_no_name_is_not_the_company(tmp_path):
    body = (
        "NEW YORK, Oct 19 - Acme Industries Corp said the investor group led by its chairman John Roe intends "
        "to reconsider its proposal to acquire Acme.\n\n"
        "On September 8, the group offered 44 dlrs in cash for each Acme share. Roe owns about 1.2 mln of "
        "Acme's 20 mln shares outstanding."
    )
    items = wire_items(tmp_path, body, title="ACME GROUP RECONSIDERS BUYOUT BID", date="1987-10-19")
    assert not any("[Acme Industries Corp]" in i.question or "[Acme" in i.question for i in items), shown(items)


def test_it_after_a_report_on_an_unnamed_business_is_not_bracketed_as_the_reporter(tmp_path):
    body = (
        "CHICAGO, April 2 - Norton Foods Corp said its board decided to sell Brightline Inc, a wholly owned "
        "subsidiary that makes frozen desserts.\n\n"
        "It said the business, which had sales of 40 mln dlrs when it was acquired in 1975, had sales last "
        "year of 310 mln dlrs. It had operating profits of about 28 mln dlrs in 1986.\n\n"
        "Norton said it retained First Boston Corp to help evaluate offers."
    )
    items = wire_items(tmp_path, body, title="NORTON FOODS TO SELL BRIGHTLINE UNIT", date="1987-04-02")
    assert not any("operating profits" in i.question and "[Norton" in i.question for i in items), shown(items)


def test_a_companys_name_that_is_a_given_name_before_a_title_is_no_person(nlp):
    text = (
        "NEW YORK, April 2 - J.P. Morgan and Co said it would sell its leasing unit.\n\n"
        "Morgan said it retained Goldman Sachs and Co to help evaluate offers.\n\n"
        "In a statement, Morgan Chairman Lewis Preston said \"This decision lets us focus our resources on "
        "the businesses we know best.\""
    )
    people = facts_of(nlp, make_article(text, date="1987-04-02", title="MORGAN TO SELL LEASING UNIT")).people
    assert "Morgan Chairman" not in {m.name for m in people}, [(m.name, m.role) for m in people]
    assert "Lewis Preston" in {m.name for m in people}


def test_a_short_form_taken_from_inside_a_one_word_name_is_that_name():
    assert is_alias("VW", "Volkswagen AG") and is_alias("Volkswagen", "VW")
    assert not is_alias("SEAT", "Volkswagen AG")
    assert not is_alias("VW", "Deutsche Treuhand-Gesellschaft")


def test_the_action_of_an_agency_named_in_its_sentence_is_not_asked_unnamed(tmp_path):
    body = (
        "NEW YORK, March 6 - Standard and Poor's Corp said it cut to B from B-plus 600 mln dlrs of notes due "
        "1994 of Harbor Hotels Inc, a unit of Harbor Corp.\n\n"
        "S and P said the action reflected a change in the issue's terms to unsecured from secured. That "
        "change was made after the initial rating release on February 20, it noted."
    )
    items = wire_items(tmp_path, body, title="HARBOR UNIT'S NOTES DOWNGRADED BY S/P", date="1987-03-06")
    assert not any("the action reflected" in i.question for i in items), shown(items)


def test_a_blank_does_not_end_before_an_apposition_written_without_its_comma(nlp, tmp_path):
    # the first sentence is the j144 story's own (its parse hangs "the Kadoorie family" on "soared");
    # the rest is written for the test
    text = (
        "HONG KONG, March 3 - The price of Hongkong and Shanghai Hotels Ltd's stock soared on speculation of a "
        "takeover battle between major shareholders the Kadoorie family and the Evergo Industrial Enterprise Ltd "
        "group, stock brokers said.\n\n"
        "They noted heavy buying in Harbour Hotels shares after an announcement by Evergo's Pacific Land Co Ltd "
        "unit that it bought about 20 pct of Harbour Hotels from the firm's deputy chairman Peter Chan for 1.06 "
        "billion dlrs. The stock rose 12 H.K. Dlrs to 62 dlrs today.\n\n"
        "Brokers said the takeover battle could push the shares higher, since the Kadoorie family holds about "
        "35 pct of the company."
    )
    path = tmp_path / "a.md"  # written as a story of the Reuters draws is, a blank line after its front matter
    path.write_text(f"---\ntitle: HARBOUR HOTELS SOARS ON TAKEOVER SPECULATION\ndate: 1987-03-03\n---\n\n{text}\n", encoding="utf-8")
    article = read_article(path)
    objects = [f.name for f in lede_objects(nlp(content_text(article)), article=article)]
    assert not any(name.endswith("major shareholders") for name in objects), objects


def test_two_predicates_joined_by_a_comma_alone_are_a_run_on(nlp):
    doc = nlp("Shearson acted as co-manager in the underwriting of the units last May, was also served with a subpoena, it said.")
    assert run_on(next(doc.sents))
    doc = nlp("The company said it acted as co-manager last May and was also served with a subpoena.")
    assert not run_on(next(doc.sents))


def test_what_an_actor_announced_in_addition_to_more_is_not_asked_as_its_one_announcement(tmp_path):
    body = (
        "BOSTON, March 9 - Datacorp Inc said it will cut 150 management positions in all areas of the company.\n\n"
        "In addition, Datacorp announced the layoff of about 200 employees, mainly from its manufacturing labor force.\n\n"
        "Datacorp said the cuts will save about 12 mln dlrs a year."
    )
    items = wire_items(tmp_path, body, title="DATACORP SETS LAYOFFS", date="1987-03-09")
    assert not any(i.kind == "event" and i.question.startswith("What did Datacorp announce") for i in items), shown(items)


def test_a_central_banks_name_is_no_companys():
    assert org_kind("Brazilian Central Bank") == "government"
    assert org_kind("Central Bank of Brazil") == "government"
    assert org_kind("Harris Bankcorp Inc") == "company"
    assert org_kind("Bank of America") == "company"
