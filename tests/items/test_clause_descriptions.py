"""A quote's reported clause that keeps a description only words outside it name ("Who said
the first-term senator sees …?", "Who said the expansion of the program was …?") makes no
card: neither the clause, which is unanswerable alone, nor the bare quoted words."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck

BODY = (
    "Dana Pratt, a Texas businesswoman, spoke about Senator Luis Lopez at a forum in Austin on Monday.\n\n"
    "The state's Medicaid program will grow by a third next year, officials said on Monday.\n\n"
)


def quote_questions(tmp_path, sentence: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        f"---\ntitle: Pratt takes on Lopez\ndate: 2024-06-04\n---\n{BODY}{sentence}\n", encoding="utf-8"
    )
    deck = generate_deck([tmp_path], deck_id="clauses")
    return [i.question for i in deck.items if i.kind == "quote"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the senator is named before the clause, in the same sentence
        (
            "Pratt complained that Lopez is too rigid, suggesting the first-term senator sees taxes as “absolutely black and white.”",
            "absolutely black and white",
        ),
        # which program is said in the text before
        (
            "Pratt said the expansion of the program was “simply a giveaway to the insurance industry.”",
            "simply a giveaway",
        ),
    ],
)
def test_a_clause_naming_its_description_outside_makes_no_card(tmp_path, nlp, sentence, words):
    questions = quote_questions(tmp_path, sentence)
    assert not [q for q in questions if words in q], questions


def test_a_clause_that_says_which_one_it_means_is_asked(tmp_path, nlp):
    sentence = "Pratt said the Norda Bank chairman had “never once read the audit report.”"
    questions = quote_questions(tmp_path, sentence)
    assert "Who said the Norda Bank chairman had “never once read the audit report”?" in questions, questions
