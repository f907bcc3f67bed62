"""Files users take away: Anki packages, flashcard CSV, and classroom quizzes.

Each exporter turns decks (or a :class:`~quizgen.export.selection.Quiz`) into bytes; writing
them to disk, atomically, is the caller's job (see ``quizgen.export.outputs``).
"""
