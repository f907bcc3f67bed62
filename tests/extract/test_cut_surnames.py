"""A surname the tagger left out after a person's name ("Foreign Minister [Rashid Mahmood] Kasuri
would pay …", the tagger calling "Kasuri" a place): the name's last word hangs on it as a
compound, so it is the name's (j40). Written for this test."""

from tests.articles import facts_of, make_article


def test_a_surname_the_tagger_left_out_is_the_name_s(nlp):
    text = "Pakistani Foreign Minister Rashid Mahmood Kasuri would pay an official visit to Kabul early next month, officials said on Tuesday."
    facts = facts_of(nlp, make_article(text, title="Minister to visit Kabul", date="2006-11-21"))
    assert [(r.person, r.role) for r in facts.roles] == [("Rashid Mahmood Kasuri", "Pakistani Foreign Minister")]
