"""Errors quizgen raises; each message names the bad input and what to do about it."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base class: a problem the user can fix; front ends print it as one line."""


class InputError(QuizgenError):
    """An article file or folder cannot be used (missing, empty, binary, not UTF-8)."""


class DeckError(QuizgenError):
    """A deck file is not valid YAML or does not match the deck schema."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


class DeckChangedError(DeckError):
    """A deck file changed on disk since it was loaded; saving would undo someone's edits."""


class OutputError(QuizgenError):
    """A result cannot be written where the user asked."""


class StoreError(QuizgenError):
    """The review database cannot be opened or written."""
