"""The shipped “Data Ethics Essentials” course as Python data, one module per principle."""

import importlib
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
