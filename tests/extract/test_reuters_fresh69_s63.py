"""From the j138 sample (21f52390, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "Which organisation … would need federal aid?" → "System": one capitalised English noun after
  "the" is a body's short name, which says which body only with the article's help;
- "Which organisation named five others from Union Central?": a naming verb's "to its board"
  (or "as …") left out;
- "by ____ one": a month blanked before its day written in words ("by April one");
- "Who was the Overseas Trade minister?": the country's possessive before a role in common
  nouns ("New Zealand's Overseas Trade minister") left out.
"""

from __future__ import annotations

from quizgen.extract.dates import find_candidates
from tests.articles import facts_of, make_article, shown, wire_items


def test_a_bodys_short_name_in_one_english_noun_is_no_answer(tmp_path):
    body = (
        "WASHINGTON, April 24 - The farm lending network may need up to 4.5 billion dlrs in federal aid, a "
        "member of the Farm Credit Administration board said.\n\n"
        "Jim Billington, the sole Democrat on the board, said the System would need federal aid sooner than "
        "suggested by an agency report, which said assistance would be required by the end of 1987.\n\n"
        "Billington said he would ask the board to vote on May 5."
    )
    items = wire_items(tmp_path, body, title="FARM CREDIT SEEN NEEDING UP TO 4.5 BILLION DLRS", date="1987-04-24")
    assert not any(i.kind == "event" and i.answer in ("System", "the System") for i in items), shown(items)


def test_a_naming_verb_is_not_asked_without_what_it_names_to(tmp_path):
    body = (
        "CINCINNATI, April 7 - Manhattan National Corp said it named Union Central Life Insurance Co president "
        "Larry Kemp its new chairman.\n\n"
        "Union Central bought 1.2 mln Manhattan National shares, bringing its stake to 52.2 pct, a spokesman said.\n\n"
        "Manhattan National said it also named five others from Union Central to its board of directors."
    )
    items = wire_items(tmp_path, body, title="MANHATTAN NATIONAL NAMES NEW CHAIRMAN", date="1987-04-07")
    assert not any(
        i.kind == "event" and "five others from Union Central" in i.question and "board" not in i.question for i in items
    ), shown(items)


def test_a_month_before_its_day_in_words_is_not_blanked_alone():
    text = "Oil companies' inventory levels by April one will be an estimated 326 mln tonnes."
    assert not [c for c in find_candidates(text) if c.kind == "month"]


def test_a_countrys_possessive_before_a_role_in_common_nouns_is_the_roles(nlp):
    article = make_article(
        "TAUPO, New Zealand, March 23 - Long term pressure by trade ministers is necessary if the current Uruguay "
        "round of talks is to succeed, New Zealand's Overseas Trade minister Mike Moore said.",
        date="1987-03-23",
    )
    roles = {r.person: r.role for r in facts_of(nlp, article).roles}
    assert roles.get("Mike Moore") == "New Zealand's Overseas Trade minister"
