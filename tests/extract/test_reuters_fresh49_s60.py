"""From the j118 sample (stop 60: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "ME}LBOURNE" and "(MMSU 1404)" in questions: a wire's line noise and a roundup's story code
  (well-formed n); the corpus also holds "REUTER^M", "Pratt^M and Whitney", "Af~filiates";
- "DES MOINES, on ____ - boxed beef movement …": a dateline whose prose opens in lower case
  asked for its day (well-formed n);
- "Li" as a speaker's answer where the article names "Vice-Premiers Li Peng and Tian Jiyun"
  (well-formed n: the plural title was read into the name, and the name dropped);
- "… by raising their cash reserve ratio …" asked with "their" meaning the banks of the answer
  (well-formed n); the number card of that sentence read "by 0.5 pct to 10 pct" as a range and
  offered "0.6 pct to 20 pct";
- "a half-point cut in base rates to ____" offered 19 and 30 pct for 10 (choices n).
"""

from __future__ import annotations

from quizgen.ingest.articles import classify_blocks
from quizgen.ingest.markup import repair_markup
from tests.articles import deck_of_text, wire_items


def _cards(items):
    return [(i.kind, i.question, i.answer, i.choices) for i in items]


def test_line_noise_and_story_codes_are_taken_out_of_the_text():
    for noisy, clean in [
        ("ME}LBOURNE, March 3 - CRA Ltd said", "MELBOURNE,  March 3 - CRA Ltd said"),
        ("an agreement with Audio/Video Af~filiates Inc", "an agreement with Audio/Video Affiliates  Inc"),
        ("Corp unit Pratt^M and Whitney", "Corp unit Pratt   and Whitney"),
        ("at 420 pence.(MMSL 1327)", "at 420 pence.           "),
    ]:
        assert repair_markup(noisy) == clean
    # the limits: braces and tildes between words, and a code of another shape, stay
    assert repair_markup("a {bracketed} aside ~ 5 (NYSE 100)") == "a {bracketed} aside ~ 5 (NYSE 100)"


def test_a_dateline_before_prose_in_lower_case_is_no_prose(tmp_path):
    body = (
        "DES MOINES, April 7 - boxed beef prices for choice carcasses rose 1.19 dlrs to 103.24 dlrs "
        "amid light to moderate supplies, the Agriculture Department said.\n\n"
        "Movement and demand were very good, the department said."
    )
    cards = _cards(wire_items(tmp_path, body, title="BOXED BEEF CUT-OUT VALUE", date="1987-04-07"))
    assert not any("DES MOINES" in q for _, q, _, _ in cards), cards
    blocks = classify_blocks(body, has_title=False)
    assert (blocks[0].kind, blocks[0].text) == ("dateline", "DES MOINES, April 7")
    # the limit: prose after a dash opening in lower case, with no place and day, is prose
    blocks = classify_blocks("The ministry said prices rose - boxed beef most of all.", has_title=False)
    assert [b.kind for b in blocks] == ["text"]


def test_a_plural_title_before_a_chinese_name_is_no_part_of_it(tmp_path):
    body = (
        "PEKING, March 30 - Vice-Premier Yao Yilin gave the news conference in the Great Hall of the "
        "People along with Vice-Premiers Li Peng and Tian Jiyun.\n\n"
        "Western diplomats say Li, a technocrat who studied in the Soviet Union, is the most likely "
        "successor to the premier.\n\n"
        '"We do not totally reject the planned economy, but we are opposed to rigid control which '
        'hampers the initiative of the enterprise," Li said.'
    )
    items = wire_items(tmp_path, body, title="YAO SAYS CHINA TO RESHUFFLE LEADERSHIP", date="1987-03-30")
    speakers = {a for k, _, a, _ in _cards(items) if k == "quote"}
    assert speakers == {"Li Peng"}, _cards(items)


def test_their_meaning_what_the_answer_names_is_not_asked_beside_it(tmp_path):
    body = (
        "BOMBAY, Oct 19 - The Reserve Bank of India said it was tightening its credit policy for "
        "commercial banks by raising their cash reserve ratio by 0.5 pct to 10 pct, effective from "
        "October 24.\n\n"
        "The move is part of the bank's policy for the second half of the fiscal year."
    )
    cards = _cards(wire_items(tmp_path, body, title="INDIAN RESERVE BANK TIGHTENS CREDIT POLICY", date="1987-10-19"))
    assert not any("their cash reserve ratio" in q and "____" not in q for _, q, _, _ in cards), cards
    # the change and the level are two figures, not a range
    assert not any(a == "0.5 pct to 10 pct" for _, _, a, _ in cards), cards
    levels = [c for _, q, a, c in cards if a == "10 pct" and "by 0.5 pct to ____" in q]
    assert levels, cards
    # its options near the level half a point moved (they had been 15, 19 and 30 pct)
    assert all(7 <= float(c.split()[0]) <= 13 for c in levels[0]), levels


def test_a_rate_moved_by_half_a_point_keeps_its_options_near(nlp):
    from quizgen.items.number_choices import point_change

    assert point_change("a half-point cut in base rates to") == 0.5
    assert point_change("cut its rate by a quarter of a percentage point to") == 0.25
    assert point_change("raised rates 50 basis points to") == 0.5
    assert point_change("increased the rate on Treasury certificates by 0.5 pct to ") == 0.5
    assert point_change("rates rose sharply to") is None
    text = (
        "LONDON, March 18 - Today's modest half-point cut in U.K. Bank base lending rates to 10 pct "
        "signals the Bank of England's determination to maintain a cautious monetary stance, analysts said.\n\n"
        "They said a further cut was bound to occur within the next week."
    )
    deck = deck_of_text(nlp, title="U.K. BASE RATES WILL FALL AGAIN SOON", date="1987-03-18", text=text)
    rates = [c for k, q, a, c in _cards(deck.items) if k == "number" and a == "10 pct"]
    assert rates and rates[0], _cards(deck.items)
    values = [float(c.split()[0]) for c in rates[0]]
    assert all(7 <= v <= 13 for v in values), rates
