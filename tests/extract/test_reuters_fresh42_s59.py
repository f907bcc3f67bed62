"""From the j111 sample (stop 59: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "Banque Generale du Luxembourg SA (BGL) has delayed a public issue …" asked "What has
  Luxembourg SA delayed?" (well-formed n: the recognizer cut the name at "du");
- "Icahn's Transworld Airlines Inc" offered as a company that rejected Icahn's offer (choices n:
  a person's possessive taken into the company's name).
"""

from __future__ import annotations

from tests.articles import deck_of_text


def test_a_company_name_cut_at_its_particle_is_one_name(nlp):
    doc = nlp("Because of the crisis, Banque Generale du Luxembourg SA has delayed a public issue, its director said.")
    assert "Banque Generale du Luxembourg SA" in {e.text for e in doc.ents if e.label_ == "ORG"}, [(e.text, e.label_) for e in doc.ents]
    text = (
        "LUXEMBOURG, March 23\n\n"
        "Because of the crisis, Banque Generale du Luxembourg SA has delayed a public issue for one billion Luxembourg "
        "francs, originally scheduled for the end of last week, its director Robert Sharfe said."
    )
    deck = deck_of_text(nlp, title="LUXEMBOURG BANK DELAYS ISSUE", date="1987-03-23", events=True, text=text)
    assert not [i.question for i in deck.items if "What has Luxembourg SA" in i.question], [i.question for i in deck.items]


def test_a_person_s_possessive_is_no_part_of_a_company_s_name(nlp):
    doc = nlp("Carl Icahn, chairman of Icahn's Transworld Airlines Inc, made the bid. McDonald's Corp said sales rose.")
    names = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "Transworld Airlines Inc" in names and "McDonald's Corp" in names, names
    assert "Icahn's Transworld Airlines Inc" not in names, names
    # the limit: a possessive in a company's name that no person named in full owns
    doc = nlp("Hudson's Bay Co. announced a rights issue. Hudson's Bay said Woodbridge Co. will subscribe.")
    assert "Hudson's Bay Co." in {e.text for e in doc.ents if e.label_ == "ORG"}, [(e.text, e.label_) for e in doc.ents]
