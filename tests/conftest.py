import pytest


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test session."""
    from quizgen.nlp import load_pipeline

    return load_pipeline()
