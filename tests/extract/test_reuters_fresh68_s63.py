"""From the j137 sample (1c068808, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "Who presented Japanese officials?": a verb that gives its object something told in a "with"
  phrase (VerbNet fulfilling-13.4.1, equip-13.4.2) asked without the "with";
- "led by ____, LP": the blank ended where the tagger ended the name, before its suffix;
- "Who was the Co Director of Trading?": the "Co" that ends "Jefferies and Co" read as the
  title's.
"""

from __future__ import annotations

from tests.articles import shown, wire_items


def test_a_giving_verb_is_not_asked_without_what_its_with_phrase_gives(tmp_path):
    body = (
        "LONDON, June 2 - Three British merchant banks will join the Tokyo Stock Exchange next year, the "
        "exchange said.\n\n"
        "During a visit to Tokyo in April, Corporate Affairs Minister Michael Howard presented Japanese officials "
        "with a timetable for granting the three British securities companies exchange membership.\n\n"
        "The exchange has said it cannot accommodate new members until May 1988."
    )
    items = wire_items(tmp_path, body, title="U.K. MERCHANT BANKS TO JOIN TOKYO EXCHANGE IN 1988", date="1987-06-02")
    assert not any(i.kind == "event" and i.question.startswith(("Who presented", "Whom did")) for i in items), shown(items)
    assert not any(i.kind == "event" and i.question.rstrip("?").endswith("presented Japanese officials") for i in items), shown(items)


def test_no_blank_ends_before_its_names_corporate_suffix(tmp_path):
    body = (
        "EDISON, N.J., Oct 19 - Crazy Eddie Inc said its board will not oppose the slate of nominees proposed "
        "for election to the board by the committee led by Entertainment Marketing Inc and the "
        "Oppenheimer-Palmieri Fund, LP.\n\n"
        "The committee has said it would seek to sell the company if its slate is elected."
    )
    items = wire_items(tmp_path, body, title="CRAZY EDDIE WON'T OPPOSE SLATE", date="1987-10-19")
    assert not any("____, LP" in i.question for i in items), shown(items)


def test_a_firms_and_co_is_no_co_title(tmp_path):
    body = (
        "SAN FRANCISCO, Oct 20 - The Pacific Stock Exchange may see record volume again today, exchange chairman "
        "Maurice Mann said.\n\n"
        "Jefferies and Co Director of Trading James Melton said the firm has been extremely busy making markets "
        "in halted stocks and in after hours trading.\n\n"
        "Melton said Jefferies has been trading about 15 hours a day."
    )
    items = wire_items(tmp_path, body, title="PACIFIC EXCHANGE MAY SEE RECORD VOLUME AGAIN", date="1987-10-20")
    assert not any("Co Director of Trading" in i.question and "Jefferies and Co" not in i.question for i in items), shown(items)
