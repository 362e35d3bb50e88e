"""Per-question statistics, so an editor can find and fix a question that confuses people.

Two classic item statistics, computed once a question has enough answers to mean something:

- **difficulty**: the share of answers that were correct. Outside 0.3–0.9 the item tells little:
  almost everyone misses it (unclear, or a wrong key) or almost everyone gets it (the distractors
  are implausible, or the wording gives it away).
- **discrimination**: the point-biserial correlation between answering the item correctly and the
  learner's score on the *rest* of the same attempt (the item itself left out, so it cannot
  correlate with itself). Negative means people who do well on the rest of the quiz miss it more
  often than people who do badly: usually a wrong key or a trap in the wording.
"""

import math
from dataclasses import dataclass, field

from django.db.models import Count, F, Sum, Window

from .models import Answer, Quiz

#: Answers a question needs before its statistics are trusted enough to flag it.
MIN_ANSWERS_FOR_FLAGS = 30
DIFFICULTY_RANGE = (0.3, 0.9)


@dataclass
class _Sums:
    """Counts for difficulty, and running sums for a Pearson correlation of (correct, rest)."""

    n: int = 0
    right: int = 0
    pairs: int = 0
    pairs_right: int = 0
    sum_y: float = 0.0
    sum_yy: float = 0.0
    sum_xy: float = 0.0

    def add(self, correct: bool, rest: float | None) -> None:
        x = 1 if correct else 0
        self.n += 1
        self.right += x
        if rest is None:  # a one-question attempt has no rest to compare with
            return
        self.pairs += 1
        self.pairs_right += x
        self.sum_y += rest
        self.sum_yy += rest * rest
        self.sum_xy += x * rest

    def discrimination(self) -> float | None:
        """Point-biserial correlation; None when the item or the rest scores do not vary."""
        n, right = self.pairs, self.pairs_right
        var_x = right * (n - right)  # n² · variance, for 0/1 scores
        var_y = n * self.sum_yy - self.sum_y**2
        if n < 2 or var_x <= 0 or var_y <= 1e-9 * max(1.0, self.sum_yy):
            return None
        cov = n * self.sum_xy - right * self.sum_y
        return cov / math.sqrt(var_x * var_y)


def point_biserial(pairs) -> float | None:
    """Correlation of (correct, rest score) pairs; None if either never varies."""
    sums = _Sums()
    for correct, rest in pairs:
        sums.add(correct, rest)
    return sums.discrimination()


@dataclass(frozen=True)
class QuestionStats:
    number: int
    question_id: str
    prompt: str
    answered: int
    correct: int
    discrimination: float | None = None
    flags: list[str] = field(default_factory=list)

    @property
    def percent_correct(self) -> int | None:
        return round(100 * self.correct / self.answered) if self.answered else None

    @property
    def difficulty(self) -> float | None:
        """Share answering correctly (a high value is an easy question)."""
        return self.correct / self.answered if self.answered else None

    @property
    def enough_answers(self) -> bool:
        return self.answered >= MIN_ANSWERS_FOR_FLAGS

    @property
    def needs_attention(self) -> bool:
        return bool(self.flags)


def flags_for(answered: int, correct: int, discrimination: float | None) -> list[str]:
    """Why an editor should look at a question, in words; empty while answers are too few."""
    if answered < MIN_ANSWERS_FOR_FLAGS:
        return []
    low, high = DIFFICULTY_RANGE
    share = correct / answered
    flags = []
    if share < low:
        flags.append(
            f"Too hard: only {share:.0%} answer correctly (aim for {low:.0%}–{high:.0%}). "
            "Check the key and whether the wording is clear."
        )
    elif share > high:
        flags.append(
            f"Too easy: {share:.0%} answer correctly (aim for {low:.0%}–{high:.0%}). "
            "The wrong options may be implausible or the wording may give the answer away."
        )
    if discrimination is not None and discrimination < 0:
        flags.append(
            f"Negative discrimination ({discrimination:+.2f}): people who do well on the rest of "
            "the quiz miss it more often than people who do badly. Check the key and look for a trap."
        )
    return flags


def question_stats(quiz: Quiz) -> list[QuestionStats]:
    """Every question of the quiz as it is now, with its statistics and any reasons to fix it.

    Two queries whatever the number of answers: the quiz's revision is already loaded, and the
    answers stream with their attempt's total credit and size computed by the database.
    """
    answers = (
        Answer.objects.filter(attempt__quiz=quiz)
        .annotate(
            attempt_credit=Window(Sum("credit"), partition_by=[F("attempt_id")]),
            attempt_size=Window(Count("id"), partition_by=[F("attempt_id")]),
        )
        .values_list("question_id", "correct", "credit", "attempt_credit", "attempt_size")
    )
    sums: dict[str, _Sums] = {}
    for question_id, correct, credit, attempt_credit, attempt_size in answers.iterator(
        chunk_size=5000
    ):
        rest = float(attempt_credit - credit) / (attempt_size - 1) if attempt_size > 1 else None
        sums.setdefault(question_id, _Sums()).add(correct, rest)
    stats = []
    for number, block in enumerate(quiz.questions, start=1):
        item = sums.get(block.id, _Sums())
        discrimination = item.discrimination()
        stats.append(
            QuestionStats(
                number=number,
                question_id=block.id,
                prompt=block.value["prompt"],
                answered=item.n,
                correct=item.right,
                discrimination=discrimination,
                flags=flags_for(item.n, item.right, discrimination),
            )
        )
    return stats
