"""Question banks, quizzes and attempts (see issue 3)."""
