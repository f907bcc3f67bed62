"""From the j159 sample (8c94a067, the second AllSides draw, read after scoring), each fixed at
its mechanism and tested with text written for the test:
- "Sen. John McCain John Sidney McCainDemocrats cry wolf on Trump-Ukraine … MORE (R-Ariz.)"
  named the speaker "John McCain John Sidney McCainDemocrats": a site's hover card left after a
  name (The Hill's; 47 of the 49 in the AllSides dev draw are taken out);
- "Edward B. Foley directs the Election Law program at …" asked twice: an opinion piece's line
  about its author.

Left alone: "Families gather in a park on July 9 in downtown Lewiston" (a caption with no credit),
"Who was the President of the United States (January 2020)?" (a card of four stories' evidence,
right but not worth learning: 53% of person cards were judged worth it).
"""

from __future__ import annotations

from quizgen.ingest.articles import classify_blocks
from quizgen.ingest.markup import repair_markup


def test_a_sites_hover_card_after_a_name_is_markup():
    cases = {
        "Sen. John McCain John Sidney McCainDemocrats cry wolf on Trump-Ukraine Cindy McCain: I can see Arizona "
        "'going Democrat' in 2020 MORE (R-Ariz.) said he predicted it.": "Sen. John McCain (R-Ariz.) said he predicted it.",
        "Former Vice President Joe Biden Joe BidenTrump threatening to fire Mulvaney: report MORE, who has": (
            "Former Vice President Joe Biden, who has"
        ),
        "Speaker Nancy Pelosi Nancy PelosiTrump says X MORE’s four-point plan": "Speaker Nancy Pelosi’s four-point plan",
        "The company said it would hire MORE workers.": "The company said it would hire MORE workers.",
    }
    for text, expected in cases.items():
        repaired = repair_markup(text)
        assert len(repaired) == len(text)
        assert " ".join(repaired.split()) == expected


def test_an_authors_line_first_or_last_is_no_prose():
    body = (
        "Edward B. Foley directs the Election Law program at the Ohio State University's Moritz College of Law, "
        "where he also holds the Ebersold Chair in constitutional law.\n\n"
        "Here's the big question on which the potential impeachment of President Donald Trump could turn.\n\n"
        "John Smith is a professor at Yale, and he said the call was wrong. Smith added that it was a first.\n\n"
        'Frances Townsend is a senior fellow at the Atlantic Council and author of "Security Mom."'
    )
    kinds = [b.kind for b in classify_blocks(body, has_title=True)]
    assert kinds == ["furniture", "text", "text", "furniture"], kinds


def test_an_authors_line_of_what_they_have_done_with_their_handle_is_no_prose():
    # fresh103: "Josh Zeitz has taught …" became a card whose choices were Truman and Charlie Brown
    body = (
        "Rina Castellano has taught American history and politics at Cambridge University and is the author of "
        "a history of the 1948 campaign. She is writing a book on the Great Society. Follow her @rinacastellano.\n\n"
        "In October 1972, the New York Times published an article on the party's drive for Jewish voters.\n\n"
        "Tom Alvarez has taught at the school for a decade, and he said the vote was close. Alvarez added that it was new."
    )
    kinds = [b.kind for b in classify_blocks(body, has_title=True)]
    assert kinds == ["furniture", "text", "text"], kinds
