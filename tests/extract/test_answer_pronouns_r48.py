"""Round 48, from j41's event cards, rebuilt on made-up sentences: an answer's pronoun that
stands for a noun phrase the card leaves out ("underestimate its importance", "its" the vote
named before), and a subjectless "when" clause the parse hung on the answer's noun ("met Haas,
when pressed by reporters")."""

from __future__ import annotations

from quizgen.extract.answer_pronouns import points_outside, reduced_clause_start
from tests.articles import deck_of


def _answer(doc, first: str, last: str):
    words = [t.text for t in doc]
    return doc[words.index(first) : len(words) - words[::-1].index(last)]


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


def test_a_pronoun_for_a_thing_the_card_leaves_out_makes_no_card(tmp_path):
    deck = deck_of(
        tmp_path,
        'Norway on Tuesday called the vote on autonomy for the northern province of Lappmark a "turning point" '
        "and urged Sweden and its allies not to underestimate its importance.\n\n"
        "Early results showed most voters backed autonomy, officials said.",
        title="Norway hails vote",
        date="2006-11-14",
    )
    answers = [i.answer for i in deck.items if i.kind == "event"] + [i.question for i in deck.items if i.kind == "event"]
    assert not any("underestimate its importance" in (a or "") for a in answers), answers


def test_which_pronouns_point_outside_the_card(nlp):
    doc = nlp('Norway called the vote a "turning point" and urged Sweden and Finland not to underestimate its importance.')
    assert points_outside(_answer(doc, "underestimate", "importance"), _verb(doc, "urge"), doc[0])
    doc = nlp("The strike began two days after Delmont Corp. closed its Renton plant.")  # its own clause's subject
    assert not points_outside(_answer(doc, "its", "plant"), _verb(doc, "close"), doc[6])
    doc = nlp("Acme Corp said on Monday it would close its plant in Dayton.")  # the actor's own plant
    assert not points_outside(_answer(doc, "it", "Dayton"), _verb(doc, "say"), doc[1])
    doc = nlp("Acme Corp said in a statement that it would close its plant in Dayton.")  # a statement says, owns nothing
    assert not points_outside(_answer(doc, "that", "Dayton"), _verb(doc, "say"), doc[1])
    doc = nlp("Norway urged Sweden to strengthen its border controls.")  # the object the question keeps
    assert not points_outside(_answer(doc, "Sweden", "controls"), _verb(doc, "urge"), doc[0])
    doc = nlp("Iran denied inspectors access to its nuclear sites.")
    assert not points_outside(_answer(doc, "inspectors", "sites"), _verb(doc, "deny"), doc[0])
    doc = nlp("Tom Reyes praised Ann Lee and vowed to block her nomination.")  # her: Lee, whom the "vow" card leaves out
    assert points_outside(_answer(doc, "block", "nomination"), _verb(doc, "vow"), doc[1])


def test_a_subjectless_when_clause_is_cut_from_the_answer(nlp):
    doc = nlp("Spokesman Tom Bell reluctantly confirmed Senator Ann Ruiz met Foreign Minister Karl Haas, "
              "when pressed by reporters, but declined to reveal the substance of their talks.")
    answer = _answer(doc, "Foreign", "reporters")
    cut = reduced_clause_start(answer)
    assert cut is not None and doc[answer.start : cut].text == "Foreign Minister Karl Haas"
    doc = nlp("The council chose the day when the talks began.")  # a true relative "when" has its subject
    assert reduced_clause_start(_answer(doc, "the", "began")) is None


def test_the_when_clause_enters_no_question(tmp_path):
    deck = deck_of(
        tmp_path,
        "Spokesman Tom Bell reluctantly confirmed Senator Ann Ruiz met Foreign Minister Karl Haas, when pressed "
        "by reporters, but declined to reveal the substance of their talks.\n\n"
        "The meeting was the second this month, officials said.",
        title="Ruiz met Haas",
        date="2006-12-14",
    )
    questions = [i.question or "" for i in deck.items if i.kind == "event" and (i.question or "").startswith(("Who", "What"))]
    assert not any("pressed" in q for q in questions), questions
