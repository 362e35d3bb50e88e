"""Builds each shipped module's quiz when `build_course` runs; an existing quiz is left alone."""

import importlib

from content.models import ModulePage

from .models import Quiz


def bank_for(number: int) -> list[dict]:
    return importlib.import_module(f"{__package__}.bank_data.m{number:02d}").QUESTIONS


def as_stream(questions: list[dict]) -> list[tuple[str, dict]]:
    return [
        (
            "question",
            {
                "kind": q["kind"],
                "scenario": q.get("scenario", ""),
                "prompt": q["prompt"],
                "choices": [
                    {"text": c["text"], "correct": c["correct"], "feedback": c.get("feedback", "")}
                    for c in q["choices"]
                ],
                "explanation": q["explanation"],
            },
        )
        for q in questions
    ]


def ensure_quiz(module: ModulePage, number: int) -> Quiz | None:
    if Quiz.objects.filter(module=module).exists():
        return None
    quiz = Quiz(
        module=module,
        title=f"Quiz: {module.title}",
        questions=as_stream(bank_for(number)),
        questions_per_attempt=5,
        pass_mark=80,
    )
    quiz.full_clean()
    quiz.save()
    quiz.save_revision().publish()
    return quiz


def build_quizzes(sender, *, modules, report, **kwargs):
    for number, module in modules.items():
        quiz = ensure_quiz(module, number)
        if quiz is not None:
            report.created.append(quiz.title)
        else:
            report.kept += 1
