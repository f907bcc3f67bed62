"""An organisation named only as the owner inside a noun's own phrase ("for the unveiling of
the Peninsula Hotel's new fleet") is not what "the company" later means: j50 read "the company
is to expand its four dealerships" as the hotel in a story about Rolls-Royce."""

from __future__ import annotations

from tests.articles import references_of

TEXT = (
    "# Ostrava Motors expands in Asia\n\n"
    "China has overtaken Japan as luxury car maker Ostrava Motors's largest Asian market, its chief executive said Thursday.\n\n"
    '"That sort of growth is unique," said the chief executive, in Hong Kong for the unveiling of the Harbour Hotel\'s new fleet of 14 limousines.\n\n'
    "Such is the pace of growth amongst Chinese buyers that the company is to expand its four dealerships in China to seven next year."
)


def test_the_company_is_not_an_owner_inside_a_noun_phrase(nlp):
    names = references_of(nlp, TEXT, "org")
    assert names.get("the company") != "the Harbour Hotel", names
