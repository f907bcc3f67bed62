"""From the j170 sample (e7cc6a89, the AllSides draw fresh19, read after scoring).

- "Chinese Vice Premier Liu He had called …" (the tagger took "He" for the pronoun) and "Liu
  said": the bare "Liu" went to Margaret Liu, "CSBS senior vice president and deputy general
  counsel" of another story, because the two roles share "vice". A rank word names no office:
  roles agree only on an office's own words (``resolve.roles_agree``).
- "… he said in a joint press conference with Iraqi Prime Minister Nouri al Maliki at the time"
  (2008, in a story of December 2015): "Who was the Iraqi Prime Minister (December 2015)?" →
  Nouri al Maliki. "At the time" dates the sentence's titles to then (``roles._about_another_time``).
- "as he did again in his Sunday evening prime time address" read "in his the evening of ____
  prime time address", and "Sunday nights’ sad speech" "On ____ nights’ sad speech"
  (``tests/extract/test_dates.py``).
"""

from __future__ import annotations

from quizgen.facts.resolve import roles_agree
from tests.articles import facts_of, make_article, shown, wire_items


def test_a_rank_word_shared_is_no_office_shared():
    assert not roles_agree({"Chinese Vice Premier"}, {"CSBS senior vice president and deputy general counsel"})
    assert roles_agree({"Vice President"}, {"Senior Vice President"})
    assert roles_agree({"President"}, {"U.S. President"})


def test_a_vice_premier_is_not_a_regulators_counsel_of_another_story(tmp_path):
    body = (
        "President Trump said on Monday that China had asked to resume trade talks.\n\n"
        "Treasury Secretary Steve Mnuchin told reporters that Chinese Vice Premier Liu He had called for talks to "
        "resume.\n\n"
        "Both sides appeared open to resuming talks, as long as such discussions remain \u201ccalm,\u201d Liu said "
        "at a conference in China."
    )
    other = (
        "State regulators wanted to weigh in because \u201cour members are the primary regulators of the nonbank "
        "servicers,\u201d said Margaret Liu, CSBS senior vice president and deputy general counsel."
    )
    items = wire_items(tmp_path, body, title="Trump claims China asked for renewed trade talks", date="2019-08-26", others={"b.md": other})
    assert not any("Margaret" in i.answer and ("Premier" in i.question or "calm" in i.question) for i in items), shown(items)


def test_a_title_at_the_time_is_no_role_now(nlp):
    text = (
        "It was President George W. Bush who signed the agreement, which planned for all American troops to be out of "
        "Iraq by the end of 2011. \"The agreement lays out a framework for the withdrawal of American forces,\" he said "
        "in a joint press conference with Iraqi Prime Minister Nouri al Maliki at the time."
    )
    roles = facts_of(nlp, make_article(text, date="2015-12-19")).roles
    assert not any("Maliki" in r.person for r in roles), [(r.person, r.role) for r in roles]
