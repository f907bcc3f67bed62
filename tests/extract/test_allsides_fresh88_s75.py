"""From the j239 sample (stop 75: AllSides fresh88, at 0acb8f78, read after scoring): "he" given to a
name that only modifies a noun ("the Obama administration’s"); a sentence cut before the name a
verb of calling gave; "Mass." offered beside "Massachusetts"; a highlight line ending on a quoted
word read as prose."""

from __future__ import annotations

from quizgen.items.entity_names import same_entity
from quizgen.items.wording import cloze
from tests.articles import make_article


def test_a_name_that_modifies_a_noun_is_no_antecedent_of_he(nlp):
    # the article's whole text is needed for the index to settle "Obama" and give him Trump's words;
    # the rule is read here on the sentence itself
    from quizgen.extract.people import person_mentions
    from quizgen.extract.speakers import _names_a_thing_of_theirs

    doc = nlp("He condemned the Obama administration’s abandonment of Middle Eastern Christians, as Barack Obama said.")
    mentions = {m.name: m for m in person_mentions(doc)}
    assert _names_a_thing_of_theirs(doc, mentions["Obama"])
    assert not _names_a_thing_of_theirs(doc, mentions["Barack Obama"])


def test_a_sentence_cut_before_the_name_its_verb_of_calling_gave_is_no_cloze():
    body = (
        "President Trump slammed the Democratic lawmaker challenging Sen. Dean Heller (R-Nev.) on Saturday, dubbing Rep. "
        "Jacky Rosen (D-Nev.) “Wacky Jacky” in a fiery campaign speech."
    )
    start = body.index("Dean Heller")
    # the parse ended the sentence inside the quotation (the card keeps the words before its mark),
    # or right before it
    assert cloze(body, 0, body.index(" Jacky”"), start, start + len("Dean Heller")) is None
    assert cloze(body, 0, body.index(" “Wacky"), start, start + len("Dean Heller")) is None
    plain = "President Trump slammed the lawmaker challenging Sen. Dean Heller (R-Nev.) on Saturday in a fiery speech."
    at = plain.index("Dean Heller")
    assert cloze(plain, 0, len(plain), at, at + len("Dean Heller")) is not None


def test_a_states_abbreviation_is_the_state():
    assert same_entity("Mass.", "Massachusetts")
    assert same_entity("N.Y.", "New York")
    assert not same_entity("Iowa", "Massachusetts")


def test_a_highlight_ending_on_a_quoted_word_is_no_prose():
    text = (
        "Story highlights Timothy Stanley: Romney, who lost presidential election, has long been paradox\n\n"
        'Stanley: Romney was moderate Republican in Mass.; later became "severely conservative"\n\n'
        "He says GOP wanted a polished technocrat; Romney shifted rightward to win conservatives\n\n"
        "Mitt Romney lost the presidential election on Tuesday because he could not overcome the contradictions of his campaign."
    )
    article = make_article(text, date="2012-11-07")
    prose = [b.text for b in article.blocks if b.kind == "text"]
    assert not [t for t in prose if t.startswith("Stanley:")], prose
