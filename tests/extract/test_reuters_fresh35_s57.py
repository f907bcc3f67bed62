"""From the j104 sample (stop 57: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "the temporao crop" (five times in a story of Bahia's cocoa): a word the article writes again
  is its own, not a typo (well-formed n: "mended" to "temporal");
- "It said …" after "Moody's Investors Service": a name the text never writes without its "'s"
  keeps it (well-formed n: "[Moody] said");
- "Charles Rose, an analyst with Oppenheimer and Co, said that … the company might be worth 125
  dlrs per share": the analyst's firm says not which company (answerable n).
"""

from __future__ import annotations

from quizgen.items.spelling import mended_spelling, words_used_again
from tests.articles import deck_of_text, references_of


def test_a_word_the_article_writes_again_is_no_typo(nlp):
    body = (
        "The Bahia temporao crop is forecast at 2.5 mln bags. Last year's temporao was 2.77 mln bags, "
        "and the temporao harvest starts in May."
    )
    own = words_used_again(body)
    assert "temporao" in own
    assert mended_spelling("Last year's temporao was ____ mln bags.", keep=own) == "Last year's temporao was ____ mln bags."
    assert mended_spelling("the goverment said", keep=own) == "the government said"  # a slip the article makes once
    twice = words_used_again("Foreign ownerhsip is limited. Foreign ownerhsip rules and share ownership.")
    assert "ownerhsip" not in twice  # a slip made twice beside the word spelt right
    text = (
        "SALVADOR, Brazil, March 3\n\n"
        "Cocoa traders in Bahia said the temporao crop would reach 2.5 mln 60-kilo bags this year.\n\n"
        "Last year's temporao crop was 2.77 mln bags, traders said, and the temporao harvest starts in May."
    )
    deck = deck_of_text(nlp, title="BAHIA TEMPORAO CROP SEEN AT 2.5 MLN BAGS", date="1987-03-03", events=True, text=text)
    assert not [i for i in deck.items if "temporal" in i.question], [i.question for i in deck.items]


def test_a_name_written_only_with_its_s_keeps_it(nlp):
    text = (
        "NEW YORK, April 7 - Moody's Investors Service Inc said the credit quality of U.S. industrial companies "
        "fell in the first quarter.\n\n"
        "Moody's said downgrades outpaced upgrades by 40 to 12.\n\n"
        "It said intensifying competition will lower returns for many multinational firms."
    )
    named = references_of(nlp, text)
    assert "It" in named and named["It"] and not named["It"].endswith("Moody"), named


def test_an_analyst_s_firm_says_not_which_company(nlp):
    text = (
        "NEW YORK, March 18 - The surprise 2.2 billion dlr tender offer for Ohio conglomerate Ferrex Corp will "
        "not be enough to buy the company, analysts said.\n\n"
        "Harlan Partners said it intends to keep the company's plastics businesses.\n\n"
        "Martin Gale, an analyst with Drexel and Co, said that, on a breakup valuation, the company might be "
        "worth as much as 130 dlrs per share."
    )
    named = references_of(nlp, text)
    assert named.get("the company") is None or "Drexel" not in named.get("the company"), named
    deck = deck_of_text(nlp, title="TALKING POINT/FERREX CORP", date="1987-03-18", events=True, text=text)
    worth = [i.question for i in deck.items if "breakup valuation" in i.question and "____ dlrs per share" in i.question]
    assert not [q for q in worth if "the company might" in q or "[Harlan Partners]" in q], worth


def test_a_name_written_only_as_a_possessive_keeps_no_s(nlp):
    # the limit of the fix above: "Harwell Corp.'s" is only ever a possessive, its name "Harwell Corp."
    text = (
        "NEW YORK, Oct 19 - Harwell Corp.'s third-quarter net rose to 88 mln dlrs from 85 mln dlrs.\n\n"
        "The company's revenue declined to 3.1 billion dlrs from 3.2 billion."
    )
    named = references_of(nlp, text)
    assert named.get("The company's") in (None, "Harwell Corp."), named
