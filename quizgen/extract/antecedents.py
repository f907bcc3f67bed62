"""Choosing whom a "he"/"she" before a quotation means: a small logistic-regression model over
the candidate antecedents, trained on the development part of PolNeAR
(``benchmarks/train_speaker_model.py``) and shipped as ``antecedent_model.json``.

Each candidate is a person the recent text names whose gender does not contradict the pronoun.
The model scores how likely each is the speaker; the best one is named only when its score
clears the model's threshold, else the quotation gets no speaker (a wrong name is worse than
none). Loading is deterministic: plain JSON weights, a dot product, a logistic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("antecedent_model.json")

# The features, in the order of the model's weights (the model file names them too).
FEATURES = (
    "rule_choice",  # the candidate the hand-written rules name (opener, last speaker, subject)
    "opener",  # named in the first words of the pronoun's own sentence
    "previous_speaker",  # the last person a quotation was credited to, within the window
    "spoke",  # times the window's quotations were credited to the candidate (log1p)
    "main_subject",  # subject of a main clause or a reporting verb within the window
    "asked",  # the one a question was put to ("Brandt asked Ortiz whether …")
    "recency",  # 1 / (1 + rank by recency among the candidates)
    "sentences_back",  # sentences between the candidate's last mention and the pronoun (log1p)
    "same_paragraph",  # last mentioned in the pronoun's own paragraph
    "gender_known",  # the candidate's gender is known (and so agrees with the pronoun)
    "one_word",  # named by one word only (no full name in the article)
    "mentions",  # mentions in the article before the pronoun (log1p)
    "candidates",  # how many candidates there are (log)
    "in_subject",  # last mentioned inside the subject phrase of a main verb
    "previous_sentence",  # last mentioned in the sentence before the pronoun's (or its own)
    "rule_not_latest",  # the rules' choice, with someone fitting named after it
    "speaker_not_latest",  # the last speaker, with someone fitting named after them
)


@dataclass(frozen=True)
class Candidate:
    """A person the pronoun may mean, how the rules would call the choice, and the features."""

    name: str
    via: str
    features: dict[str, float]


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features[f] for w, f in zip(self.weights, FEATURES))
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The shipped model; its feature names must be this module's ``FEATURES``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: features {data['features']} do not match FEATURES; retrain the model")
    return Model(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]))


def choose(candidates: list[Candidate], *, at: int) -> Candidate | None:
    """The candidate the model rates best, when it clears the threshold; ``at`` (the quotation's
    start) is only for the training script's record."""
    if _recording is not None:
        # Training sees the text as the rules alone resolve it, so that the data (and the
        # weights) do not depend on the model being replaced.
        _recording.append((at, candidates))
        return next((c for c in candidates if c.features["rule_choice"]), None)
    if not candidates:
        return None
    model = load_model()
    scored = [(model.probability(c.features), -k, c) for k, c in enumerate(candidates)]
    best, _, chosen = max(scored, key=lambda x: (x[0], x[1]))
    return chosen if best >= model.threshold else None


_recording: list[tuple[int, list[Candidate]]] | None = None


@contextmanager
def recording() -> Iterator[list[tuple[int, list[Candidate]]]]:
    """Collect every (quotation start, candidates) the chooser sees (for training); meanwhile
    the rules' choice is taken."""
    global _recording
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None
