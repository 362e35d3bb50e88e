"""Per-question statistics, so an editor can find and fix a question that confuses people."""

from dataclasses import dataclass

from django.db.models import Count, Q

from .models import Answer, Quiz


@dataclass(frozen=True)
class QuestionStats:
    number: int
    question_id: str
    prompt: str
    answered: int
    correct: int

    @property
    def percent_correct(self) -> int | None:
        return round(100 * self.correct / self.answered) if self.answered else None


def question_stats(quiz: Quiz) -> list[QuestionStats]:
    """Every question of the quiz as it is now, with how often it was answered and answered right."""
    counts = {
        row["question_id"]: row
        for row in Answer.objects.filter(attempt__quiz=quiz)
        .values("question_id")
        .annotate(answered=Count("id"), right=Count("id", filter=Q(correct=True)))
    }
    return [
        QuestionStats(
            number=number,
            question_id=block.id,
            prompt=block.value["prompt"],
            answered=counts.get(block.id, {}).get("answered", 0),
            correct=counts.get(block.id, {}).get("right", 0),
        )
        for number, block in enumerate(quiz.questions, start=1)
    ]
