"""The he/she antecedent chooser: a small logistic-regression model shipped with the package."""

from __future__ import annotations

import json
import math

from quizgen.extract.antecedents import FEATURES, MODEL_PATH, Candidate, choose, load_model
from tests.quote_helpers import speakers_by_quote


def test_the_shipped_model_matches_the_features_the_code_computes():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert len(data["weights"]) == len(FEATURES)
    assert all(math.isfinite(w) for w in data["weights"] + [data["bias"], data["threshold"]])
    assert 0 < data["threshold"] < 1
    assert "dev part" in data["trained_on"]  # trained on the development part only
    model = load_model()
    assert model.weights == tuple(data["weights"])


def test_the_rules_choice_wins_over_a_person_merely_mentioned():
    def candidate(name, **on):
        features = dict.fromkeys(FEATURES, 0.0) | {"candidates": math.log(2)} | on
        return Candidate(name, "pronoun-subject", features)

    rule = candidate("Tom Becker", rule_choice=1.0, main_subject=1.0, recency=0.5, same_paragraph=1.0, gender_known=1.0)
    other = candidate("Jane Roe", recency=1.0, same_paragraph=1.0)
    assert choose([other, rule], at=0) == rule
    assert choose([], at=0) is None


def test_no_one_is_named_when_no_candidate_is_likely_enough():
    # Two people merely mentioned, neither a subject nor a speaker nor the rules' choice.
    def mentioned(name, rank):
        return Candidate(name, "pronoun-subject", dict.fromkeys(FEATURES, 0.0) | {
            "recency": 1 / (1 + rank), "sentences_back": math.log1p(3), "candidates": math.log(2),
        })

    assert choose([mentioned("Jane Roe", 0), mentioned("Tom Becker", 1)], at=0) is None


def test_he_said_goes_to_the_subject_of_the_sentence_before(nlp):
    body = (
        "Rivals trade barbs at a union hall\n\n"
        "Tom Devlin, a strategist for the governor, said the debate had gone well.\n\n"
        "“We got what we came for,” Devlin said.\n\n"
        "That is where the author and activist Carl Weston took the conversation. Filling in for the "
        "governor at the same event on Sunday, Weston landed a sharp dig at his rival.\n\n"
        "“I took the bankers’ money but it did not affect me?” he said, mocking the rival at the debate.\n\n"
    )
    found = speakers_by_quote(body, nlp)
    assert found.get("We got what we came for") == "Tom Devlin"
    assert found.get("I took the bankers’ money but it did not affect me?") == "Carl Weston"
