"""Answer sheets for quiz tests, read from the server's own copy of an attempt's questions."""

from quizzes.services import questions_by_id


def _choices(attempt):
    questions = questions_by_id(attempt)
    for item in attempt.draw:
        flags = {
            c.id: c.value["correct"] for c in questions[item["question"]]["choices"].bound_blocks
        }
        yield item, flags


def right_answers(attempt) -> dict[str, list[str]]:
    return {
        item["question"]: [cid for cid in item["choices"] if flags[cid]]
        for item, flags in _choices(attempt)
    }


def wrong_answers(attempt) -> dict[str, list[str]]:
    return {
        item["question"]: [next(cid for cid in item["choices"] if not flags[cid])]
        for item, flags in _choices(attempt)
    }


def as_post(answers: dict[str, list[str]]) -> dict[str, list[str]]:
    return {f"q-{qid}": choice_ids for qid, choice_ids in answers.items()}


def complete_course(user, course, at=None):
    """Do the whole course as a learner would, through the services: lessons, quizzes, attestation."""
    from django.utils import timezone

    from quizzes.models import Quiz
    from quizzes.services import start_attempt, submit_attempt
    from training.learning.periods import current_period_start
    from training.learning.services import accept_attestation, complete_lesson

    at = at or timezone.now()
    period = current_period_start(user, at, course=course)
    for lesson in course.lessons():
        complete_lesson(user=user, lesson=lesson, at=at)
    for quiz in Quiz.objects.filter(module__in=course.modules(), live=True):
        attempt = start_attempt(user=user, quiz=quiz, period_start=period, at=at)
        submit_attempt(attempt=attempt, user=user, answers=right_answers(attempt), at=at)
    return accept_attestation(user=user, course=course, at=at)


def renew_by_checks(user, course, at, *, fail=()):
    """Renew as a returning learner would: a renewal check per module (failing those whose build
    keys are in `fail`, which are then done by lessons and quiz), then the attestation."""
    from quizzes.models import Quiz
    from quizzes.services import start_attempt, submit_attempt
    from training.learning.periods import current_period_start
    from training.learning.services import (
        accept_attestation,
        complete_lesson,
        start_renewal_check,
    )

    period = current_period_start(user, at, course=course)
    for module in course.modules():
        check = start_renewal_check(user=user, module=module, at=at)
        failing = module.build_key in fail
        answers = wrong_answers(check) if failing else right_answers(check)
        submit_attempt(attempt=check, user=user, answers=answers, at=at)
        if failing:
            for lesson in module.lessons():
                complete_lesson(user=user, lesson=lesson, at=at)
            attempt = start_attempt(
                user=user, quiz=Quiz.objects.get(module=module), period_start=period, at=at
            )
            submit_attempt(attempt=attempt, user=user, answers=right_answers(attempt), at=at)
    return accept_attestation(user=user, course=course, at=at)


def tamper(sql: str, params=()) -> None:
    """Run SQL behind the app's back, as an intruder with full database rights would: on
    PostgreSQL a superuser first switches the append-only triggers off for the session."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        try:
            cursor.execute(sql, params)
        finally:
            if connection.vendor == "postgresql":
                cursor.execute("SET session_replication_role = DEFAULT")


def delete_record(record_id: int) -> None:
    """Remove a certification record as an intruder would (`tamper`): with the figures that
    refer to it, which its foreign key would otherwise keep."""
    tamper("DELETE FROM certification_recordfigures WHERE record_id = %s", [record_id])
    tamper("DELETE FROM certification_certificationrecord WHERE id = %s", [record_id])


# A complete production environment, as an operator sets it (config/settings/production.py
# refuses to start without each required variable): for tests that load the production settings.
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x7Qm2-sample-production-secret-key-long-and-random-enough-4kTz9wLpV",
    "RECORD_DIGEST_KEY": "sample-record-digest-key",
    "RECORD_CHAIN_KEY": "sample-record-chain-key-long-and-random-enough-9fQ2",
    "DATABASE_URL": "postgres://academy@db.internal:5432/academy",
    "ALLOWED_HOSTS": "academy.example.com",
    "BASE_URL": "https://academy.example.com",
    "CSRF_TRUSTED_ORIGINS": "https://academy.example.com",
    "STATIC_ROOT": "/srv/academy/static",
    "MEDIA_ROOT": "/srv/academy/media",
}
