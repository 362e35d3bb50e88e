"""Builds each shipped module's quiz when `build_course` runs, and keeps unedited ones current.

A quiz whose live revision is still the one an earlier build published gets the new shipped bank
as a new published revision; a quiz an editor changed is kept (see `content.building`).

A question dict may carry keys the question block does not have, such as the content check's
``"judgment"`` flag (see `tests.content.quality`); `as_stream` passes on only the block's own fields.
"""

import importlib
import json
import uuid

from content.building import BuildReport, digest, publish_built, refresh
from content.models import ModulePage

from .models import Quiz

# Shipped questions get ids derived from their content: an unchanged question keeps its id across
# builds (its statistics and “seen last time” carry over), a changed one is a new question.
_QUESTION_IDS = uuid.UUID("5f0c1c7e-2b8a-4f3e-9d43-7a0f2a4d6b11")
QUESTION_FIELDS = ("kind", "scenario", "prompt", "choices", "explanation")


def bank_for(bank: int | str) -> list[dict]:
    """A shipped bank by name (`"m03"`, `"tracks.support"`), or a core module's by number."""
    name = f"m{bank:02d}" if isinstance(bank, int) else bank
    return importlib.import_module(f"{__package__}.bank_data.{name}").QUESTIONS


def _question_value(q: dict) -> dict:
    return {
        "kind": q["kind"],
        "scenario": q.get("scenario", ""),
        "prompt": q["prompt"],
        "choices": [
            {"text": c["text"], "correct": c["correct"], "feedback": c.get("feedback", "")}
            for c in q["choices"]
        ],
        "explanation": q["explanation"],
    }


def as_stream(questions: list[dict]) -> list[dict]:
    """The bank as StreamField data, each question and choice with an id from its content."""
    stream, used = [], set()
    for q in questions:
        value = _question_value(q)
        key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        question_id = uuid.uuid5(_QUESTION_IDS, key)
        while question_id in used:  # the same question twice in one bank
            question_id = uuid.uuid5(question_id, "again")
        used.add(question_id)
        value["choices"] = [
            {"type": "item", "value": choice, "id": str(uuid.uuid5(question_id, str(index)))}
            for index, choice in enumerate(value["choices"])
        ]
        stream.append({"type": "question", "value": value, "id": str(question_id)})
    return stream


def shipped_quiz(module: ModulePage, bank: int | str) -> dict:
    """The fields of a module's quiz that the build owns."""
    return {
        "title": f"Quiz: {module.title}",
        "questions": as_stream(bank_for(bank)),
        "questions_per_attempt": 5,
        "pass_mark": 80,
    }


def ensure_quiz(module: ModulePage, bank: int | str, report: BuildReport | None = None) -> Quiz:
    """Create the module's quiz, or bring an unedited one up to the shipped bank."""
    report = report if report is not None else BuildReport()
    fields = shipped_quiz(module, bank)
    default_key = f"m{bank:02d}" if isinstance(bank, int) else bank
    build_key = f"{module.build_key or default_key}/quiz"
    quiz = Quiz.objects.filter(module=module).first()
    if quiz is not None:
        refresh(report, quiz, build_key, fields)
        return quiz
    quiz = Quiz(module=module, **fields)
    quiz.full_clean()
    quiz.save()
    publish_built(quiz, build_key, digest(fields))
    report.created.append(quiz.title)
    return quiz


def build_quizzes(sender, *, modules, report, **kwargs):
    """`modules` maps each built module's bank name to its page."""
    for bank, module in modules.items():
        ensure_quiz(module, bank, report)
