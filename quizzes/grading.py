"""Pure grading rules: no database, no request. Credit per question is between 0 and 1."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .blocks import QuestionKind
from .models import Scoring

ONE = Decimal(1)
ZERO = Decimal(0)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    chosen: frozenset[str]
    correct_choices: frozenset[str]
    credit: Decimal

    @property
    def correct(self) -> bool:
        return self.chosen == self.correct_choices


def question_credit(
    *, kind: str, correct: frozenset[str], chosen: frozenset[str], scoring: str
) -> Decimal:
    """All or nothing, except multiple-select under partial credit: (right − wrong) / correct, ≥ 0."""
    if kind != QuestionKind.MULTIPLE or scoring == Scoring.ALL_OR_NOTHING:
        return ONE if chosen == correct else ZERO
    right, wrong = len(chosen & correct), len(chosen - correct)
    return max(ZERO, Decimal(right - wrong) / Decimal(len(correct))).quantize(
        Decimal("0.001"), rounding=ROUND_HALF_UP
    )


def grade(
    *,
    questions: Mapping[str, Mapping],
    question_ids: Iterable[str],
    answers: Mapping[str, Iterable[str]],
    scoring: str,
) -> tuple[Decimal, list[QuestionResult]]:
    """Score (a percentage with two decimals) and per-question results for drawn questions."""
    results = []
    for question_id in question_ids:
        question = questions[question_id]
        correct = frozenset(c.id for c in question["choices"].bound_blocks if c.value["correct"])
        chosen = frozenset(answers.get(question_id, ()))
        credit = question_credit(
            kind=question["kind"], correct=correct, chosen=chosen, scoring=scoring
        )
        results.append(QuestionResult(question_id, chosen, correct, credit))
    if not results:
        return ZERO, results
    total = sum((r.credit for r in results), ZERO)
    score = (total * 100 / len(results)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return score, results
