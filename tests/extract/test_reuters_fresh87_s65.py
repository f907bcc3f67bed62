"""From the j156 sample (432e0346, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "He told reporters: "… Swire Properties expects …" The company earlier reported …" bracketed
  "[Swire Properties]": a business named only inside a speaker's words;
- "submitted a proposal earlier this month" in a story dated 1 April bracketed "[in April 1987]";
- "The April 12 and 26 elections" asked "The April 12 and ____ elections" → 26, as a count;
- "EdF plans to oversee the program itself" asked → "the program itself".

Left alone: "approved the drug for wide clinical use" (which drug, the sentence before says),
"Which organisation has signed large deals?" (with whom, the cut phrase said), the wire's
"Nippon bLife".
"""

from __future__ import annotations

from tests.articles import references_of, shown, wire_items


def test_a_business_named_only_in_a_quote_is_not_the_company(nlp):
    text = (
        "HONG KONG, March 25 - Swire Pacific Ltd expects continued growth in all divisions this year, "
        "chairman Michael Miles said.\n\n"
        'He told reporters: "1987 has started well for Cathay Pacific Airways. Swire Properties expects '
        'further good results from its investment property portfolio."\n\n'
        "He did not give any projections. The company earlier reported 46 pct higher 1986 net profits "
        "at 1.78 billion H.K. Dlrs."
    )
    refs = references_of(nlp, text, "org")
    assert refs.get("The company") == "Swire Pacific Ltd", refs


def test_earlier_this_month_on_the_first_of_a_month_names_no_month(tmp_path):
    body = (
        "CALGARY, April 1 - After several months of negotiations with a group of 56 major creditors, "
        "Dome Petroleum Ltd submitted a complex proposal earlier this month that includes converting "
        "debt to equity.\n\n"
        "Dome said its creditors will vote on the proposal in June."
    )
    items = wire_items(tmp_path, body, title="DOME PETROLEUM SEEKS DEBT ACCORD", date="1987-04-01")
    assert not any("[in April 1987]" in i.question for i in items), shown(items)


def test_the_second_day_of_a_month_is_no_count(tmp_path):
    body = (
        "TOKYO, March 23 - Prime Minister Yasuhiro Nakasone defended his sales tax as campaigning began.\n\n"
        "The April 12 and 26 elections will be the first nationwide vote since the LDP's general election "
        "victory last July, officials said."
    )
    items = wire_items(tmp_path, body, title="NAKASONE DEFENDS SALES TAX", date="1987-03-23")
    assert not any(i.kind == "number" and i.answer == "26" for i in items), shown(items)


def test_an_intensifying_pronoun_is_no_word_of_the_object(tmp_path):
    body = (
        "PARIS, March 13 - Electricite de France said it will launch a 500 mln dlr Euro-commercial paper "
        "program on Monday.\n\n"
        "EdF plans to oversee the program itself, with Goldman Sachs International Corp acting as dealer "
        "for the general program."
    )
    items = wire_items(tmp_path, body, title="EDF TO LAUNCH EURO-CP PROGRAM MONDAY", date="1987-03-13")
    assert not any(i.kind == "event" and i.answer.endswith("itself") for i in items), shown(items)
