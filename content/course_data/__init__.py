"""The shipped “Data Ethics Essentials” course as Python data, one module per principle."""

import importlib
from dataclasses import dataclass
from datetime import date

COURSE = {
    "build_key": "data-ethics-essentials",
    "slug": "data-ethics-essentials",
    "title": "Data Ethics Essentials",
    "summary": (
        "Ten short modules on the ten principles of ethical data use: what the law asks, "
        "and what a careful colleague does with customer data every day."
    ),
    "intro": (
        "<p>Every module takes about fifteen minutes: three short lessons, a workplace scenario "
        "to think through and a summary of what to remember. Work through them in order or "
        "start where you need to; your progress is saved as you go.</p>"
    ),
    # When the legal content was last checked against the law, and how often it is checked.
    # Change both after each review; learners see them on the course and module pages.
    "legal_position_as_of": date(2026, 12, 1),
    "legal_review_months": 6,
}

MODULE_NUMBERS = range(1, 11)


def modules() -> list[dict]:
    """The ten modules, in the order of the principles."""
    return [importlib.import_module(f"{__name__}.m{n:02d}").MODULE for n in MODULE_NUMBERS]


@dataclass(frozen=True)
class ShippedModule:
    build_key: str  # finds the page again (`content.building`)
    bank: str  # its question bank: `quizzes.bank_data.<bank>`
    spec: dict


@dataclass(frozen=True)
class ShippedCourse:
    spec: dict
    modules: list[ShippedModule]


def shipped_courses() -> list[ShippedCourse]:
    """Every course `build_course` makes: the core course, then the role tracks."""
    from .tracks import tracks

    core = [ShippedModule(f"m{m['number']:02d}", f"m{m['number']:02d}", m) for m in modules()]
    courses = [ShippedCourse(COURSE, core)]
    for key, course, module in tracks():
        shipped = ShippedModule(f"{course['build_key']}/module", f"tracks.{key}", module)
        courses.append(ShippedCourse(course, [shipped]))
    return courses
