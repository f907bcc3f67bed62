"""The learner's side: review store, scheduling, sessions, quizzes, stats."""
