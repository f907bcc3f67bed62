"""Furniture among extracted paragraphs: jusText's classification, checked by readability."""

from __future__ import annotations

import pytest
from lxml import html

from quizgen.ingest.boilerplate import (
    ExtractedBlock,
    furniture_indexes,
    furniture_reasons,
    link_list_headings,
    page_language,
    prose_indexes,
    readability_text,
    stoplist,
)

PROSE = [
    ("The town council met on Tuesday evening and voted to close the old harbour road for the "
    "winter, after engineers said that the storms of the last two years had washed away much of its edge."),
    ("Residents of the northern districts, who use the road to reach the market, said they had not "
    "been asked about the closure and that the detour would add half an hour to every trip."),
    ("The mayor said that the council would look at the road again in the spring, when the "
    "engineers expect to know how much of it can be saved and what the repairs would cost."),
    ("A petition against the closure has been signed by more than four hundred people, and its "
    "organisers say they will bring it to the council's next meeting at the end of the month."),
]


def blocks(*extra: ExtractedBlock, at: int = len(PROSE)) -> list[ExtractedBlock]:
    prose = [ExtractedBlock(p) for p in PROSE]
    return [*prose[:at], *extra, *prose[at:]]


def test_a_copyright_line_and_a_line_of_links_are_furniture():
    copyright_line = ExtractedBlock("© 2024 Riverside Herald")
    tags = "Harbour, Council, Weather, Roads"
    link_line = ExtractedBlock(tags, link_chars=len(tags) - 6)
    assert furniture_indexes(blocks(link_line, copyright_line), second_opinion=None) == {4, 5}


def test_prose_with_a_link_and_a_subheading_between_paragraphs_are_kept():
    linked = ExtractedBlock(PROSE[0], link_chars=len("voted to close the old harbour road"))
    subheading = ExtractedBlock("What happens next", heading=True)
    found = blocks(subheading, at=2)
    found[0] = linked
    assert furniture_indexes(found, second_opinion=None) == set()


def test_a_paragraph_with_few_stopwords_stays_when_the_second_extractor_has_it():
    figures = ExtractedBlock("Road repairs 2023: £1.2m; harbour wall: £400,000; drainage: £150,000; lighting: £80,000.")
    with_it = "".join((" ".join([*PROSE, figures.text])).split())
    without_it = "".join(" ".join(PROSE).split())
    assert furniture_indexes(blocks(figures, at=2), second_opinion=with_it) == set()
    assert furniture_indexes(blocks(figures, at=2), second_opinion=without_it) == {2}


def test_nothing_is_dropped_when_the_judgement_would_take_much_of_the_text():
    # French prose has few English stopwords: jusText would call all of it boilerplate
    french = [
        ("Le conseil municipal a voté mardi soir la fermeture de la vieille route du port pour "
        "l'hiver, après que les ingénieurs ont constaté que les tempêtes avaient emporté son bord."),
        ("Les habitants des quartiers nord affirment qu'ils n'ont pas été consultés sur cette "
        "fermeture et que le détour ajoutera une demi-heure à chaque trajet vers le marché."),
    ]
    assert furniture_indexes([ExtractedBlock(p) for p in french], second_opinion="") == set()


def test_readability_text_has_no_white_space_and_none_for_an_empty_page():
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</article></body></html>"
    text = readability_text(page.encode())
    assert text is not None and "".join(PROSE[1].split()) in text
    assert readability_text(b"") is None


def test_headings_over_lists_of_links_are_found_and_their_blocks_dropped():
    tree = html.fromstring(
        "<html><body><h2>Related</h2><ul><li><a href='/a'>Storm closes the pier</a></li>"
        "<li><a href='/b'>Ferry fares rise</a></li></ul>"
        f"<h2>The vote</h2><p>{PROSE[0]} <a href='/c'>More</a> and <a href='/d'>here</a>.</p></body></html>"
    )
    assert link_list_headings(tree) == frozenset({"Related"})
    found = blocks(ExtractedBlock("Related", heading=True), at=2)
    assert furniture_indexes(found, second_opinion=None, link_list_titles=frozenset({"Related"})) == {2}


PORTUGUESE = ("A prefeitura anunciou na terça-feira que o novo cais do porto será aberto na primavera, "
              "depois de dois anos de obras e de uma longa disputa com o governo sobre quem pagaria "
              "pela dragagem do canal. Os primeiros navios devem atracar no verão.")


def test_jusText_reads_a_paragraph_by_the_stopwords_of_the_page_language():
    assert prose_indexes([ExtractedBlock(PORTUGUESE)], language="pt") == {0}
    assert prose_indexes([ExtractedBlock(PORTUGUESE)], language=None) == set()  # English stopwords: too few


@pytest.mark.parametrize(
    ("markup", "language"),
    [
        ('<html lang="pt-BR"><body><p>x</p></body></html>', "pt"),
        ('<html><head><meta http-equiv="Content-Language" content="id"></head><body><p>x</p></body></html>', "id"),
        ("<html><body><p>x</p></body></html>", None),
    ],
)
def test_a_page_language_is_the_one_it_declares(markup, language):
    assert page_language(html.fromstring(markup)) == language


def test_a_language_jusText_has_no_stoplist_for_reads_with_english_stopwords():
    assert stoplist("ja") == stoplist(None) == stoplist("en")
    assert stoplist("pt") != stoplist("en")


LINKED = {
    "statement": "The ferry company said it had cancelled the evening crossings for the rest of the week.",
    "imperative": "Visit the Riverside Herald's homepage for more stories from the harbour.",
    "headline": "Related: Ten ferries that changed the island's history",
    "names": "Harbour board, ferry company, city council, port police.",
}


def linked_page(kind: str) -> list[ExtractedBlock]:
    """The town-council article with one paragraph set wholly in a link, after its second."""
    text = LINKED[kind]
    return blocks(ExtractedBlock(text, link_chars=len(text)), at=2)


def with_readability(found: list[ExtractedBlock]) -> str:
    return "".join("".join(b.text for b in found).split())


@pytest.mark.parametrize(("kind", "dropped"), [("statement", set()), ("imperative", {2}), ("headline", {2}), ("names", {2})])
def test_a_statement_set_in_a_link_is_kept_when_readability_has_it(kind, dropped):
    # a sentence a site links wholly (to its source, to an earlier story) is the article's own;
    # headlines, lists of names and calls to action set in links stay furniture
    found = linked_page(kind)
    assert furniture_indexes(found, second_opinion=with_readability(found)) == dropped


def test_a_statement_set_in_a_link_is_dropped_when_readability_left_it_out_or_the_page_is_not_english():
    found = linked_page("statement")
    assert furniture_indexes(found, second_opinion=with_readability(blocks())) == {2}
    reasons = furniture_reasons(found, second_opinion=with_readability(found), language="de")
    assert reasons == {2: "mostly link text (jusText)"}
