"""A plural noun the sentence before narrowed to a kind ("box seats") is the set "the seats"
means next, whatever follows it there (round 43)."""

from tests.articles import references_of

_BEFORE = "About 9,000 box seats from a block of 20,000 are still on sale, the league said on Friday.\n\n"
_NEXT = "The prices of the seats for games in Lisbon next spring are between 412 and 8,000 dollars."


def test_the_plural_after_its_kind_is_the_text_befores(nlp):
    assert references_of(nlp, _BEFORE + _NEXT).get("the seats", "absent") is None


def test_the_plural_with_no_kind_before_says_which_by_its_phrase(nlp):
    plain = _BEFORE.replace("box seats", "seats")
    assert "the seats" not in references_of(nlp, plain + _NEXT)


def test_a_kind_two_sentences_back_is_not_read(nlp):
    between = "The hall has 30,000 places in all. "
    assert "the seats" not in references_of(nlp, _BEFORE + between + _NEXT)
