"""The setting a preposition of a verb names: a place asked "Where", a named occasion asked by
its own noun, an unnamed occasion by the place its own "in" names; nothing else."""

from __future__ import annotations

import pytest

from quizgen.extract.event_settings import setting_of


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("sentence", "lemma", "expected"),
    [
        ("Senator Ann Cole collapsed in Boise, Idaho, on Friday.", "collapse", ("Where", "Boise, Idaho")),
        ("Senator Ann Cole collapsed at the Midwest Farmers Union convention.", "collapse", ("At which convention", "the Midwest Farmers Union convention")),
        ("Senator Ann Cole collapsed during a rally in Boise, Idaho.", "collapse", ("Where", "Boise, Idaho")),
        # not named: which debate, the answer cannot say alone
        ("Senator Ann Cole collapsed during the first debate.", "collapse", None),
        # a possessive occasion is no name of it
        ("Senator Ann Cole collapsed at Tom Price's rally.", "collapse", None),
    ],
)
def test_setting_of(nlp, sentence, lemma, expected):
    doc = nlp(sentence)
    verb = _verb(doc, lemma)
    found = setting_of(verb, doc[verb.i : verb.i])
    assert (found[:2] if found else None) == expected
