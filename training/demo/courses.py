"""What the bulk path needs of the built courses: each program's rules and its course's pages."""

import json
import random
from dataclasses import dataclass

from content.models import CoursePage
from quizzes.drawing import bank_of, draw
from quizzes.models import Quiz
from training.certification.programs import SHIPPED_PROGRAMS, program_for

from .facts import Program
from .lives import ANNUAL


class CompanyError(Exception):
    """The company cannot be built; the message says why."""


@dataclass(frozen=True)
class ModuleShape:
    id: int
    title: str
    lessons: tuple[tuple[int, int], ...]  # (lesson id, live revision id)
    quiz: int
    quiz_revision: int
    draws: tuple[str, ...]  # a few draws, as JSON


@dataclass(frozen=True)
class CourseShape:
    id: int
    attestation: str
    modules: tuple[ModuleShape, ...]


def load_programs(rng: random.Random) -> tuple[dict[str, Program], dict[str, CourseShape]]:
    """Every shipped program whose course is built: its rules and its course's pages."""
    programs, shapes = {}, {}
    for key in SHIPPED_PROGRAMS:
        program = program_for(key)
        course = CoursePage.objects.filter(build_key=key).first()
        if program is None or course is None:
            continue
        modules = []
        for module in course.modules():
            lessons = tuple(module.lessons().values_list("id", "live_revision_id"))
            quiz = Quiz.objects.filter(module=module, live=True).first()
            if quiz is None or not lessons:
                continue
            bank = bank_of(quiz.live_revision.as_object().questions)
            draws = tuple(_json(draw(bank, quiz.questions_per_attempt, rng)) for _ in range(8))
            modules.append(
                ModuleShape(module.id, module.title, lessons, quiz.id, quiz.live_revision_id, draws)
            )
        shapes[key] = CourseShape(course.id, course.attestation_text, tuple(modules))
        programs[key] = Program(
            key, program, tuple(len(m.lessons) for m in modules), program.renewal_by_assessment
        )
    if ANNUAL not in programs:
        raise CompanyError("The course and its program are missing: run `manage.py build_course`.")
    return programs, shapes


def _json(value) -> str:
    return json.dumps(value)
