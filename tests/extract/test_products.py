"""A name spaCy tags ORG that the article uses as a product is no organisation."""

from __future__ import annotations

from tests.articles import facts_of, make_article

TEXT = (
    "Brennick Foods has lost ground in the breakfast market to rival Harlow Mills Inc. this year.\n\n"
    "Led by its Oatlings line, Harlow Mills gained three points of share, analysts said.\n\n"
    "Much of Brennick's decline came in such core brands as Crunch Flakes and Bran Stars, "
    "which make up a third of its sales.\n"
)


def _labels(nlp, text: str) -> dict[str, set[str]]:
    labels: dict[str, set[str]] = {}
    for e in facts_of(nlp, make_article(text)).entities:
        labels.setdefault(e.text, set()).add(e.label)
    return labels


def test_brands_are_products_and_their_makers_organisations(nlp):
    labels = _labels(nlp, TEXT)
    orgs = {name for name, kinds in labels.items() if "ORG" in kinds}
    assert labels.get("Oatlings") == {"PRODUCT"}  # spaCy tags it ORG
    assert orgs & {"Harlow Mills", "Harlow Mills Inc."}
