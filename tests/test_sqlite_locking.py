"""The embedded SQLite default makes concurrent learners wait for the write lock, never fail.

The suite's in-memory test database shares one cache between threads and hides the problem, so
this test copies it to a file and lets several threads submit quizzes through the site at once,
each on its own connection made from the settings' own database options.
"""

import sqlite3
import threading

import pytest
from django.db import connection, connections
from django.test import Client

from content.building import build_course
from quizzes.models import Quiz
from quizzes.services import start_attempt
from tests.conftest import restore_migration_data
from tests.factories import UserFactory
from tests.helpers import as_post, right_answers
from training.learning.models import FIRST_PERIOD

LEARNERS = 6


@pytest.fixture
def to_file(transactional_db, tmp_path):
    """Copy the committed test database (a copy waits for any open transaction) to a file; return how a thread connects to the copy."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock; PostgreSQL locks rows")
    if not Quiz.objects.filter(module__build_key="m01").exists():  # flushed by an earlier test
        restore_migration_data()
        build_course()
    path = tmp_path / "academy.sqlite3"

    def copy():
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        settings_dict = {**connections.settings["default"], "NAME": str(path)}
        wrapper = type(connections["default"])
        return path, lambda: wrapper(settings_dict, "default")

    return copy


def test_parallel_quiz_submissions_wait_for_the_lock(to_file):
    quiz = Quiz.objects.get(module__build_key="m01")
    learners = []
    for _ in range(LEARNERS):
        user = UserFactory()
        attempt = start_attempt(user=user, quiz=quiz, period_start=FIRST_PERIOD)
        learners.append((user, attempt, as_post(right_answers(attempt))))
    path, file_connection = to_file()
    barrier = threading.Barrier(LEARNERS, timeout=60)
    answers: list = [None] * LEARNERS

    def submit(i):
        connections["default"] = file_connection()  # this thread's own connection
        user, attempt, sheet = learners[i]
        client = Client(raise_request_exception=False)
        client.force_login(user)
        barrier.wait()
        try:
            answers[i] = client.post(f"/learn/attempts/{attempt.pk}/", sheet).status_code
        finally:
            connections["default"].close()

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(LEARNERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert answers == [302] * LEARNERS
    graded = sqlite3.connect(path).execute(
        "SELECT count(*) FROM quizzes_attempt WHERE submitted_at IS NOT NULL"
    )
    assert graded.fetchone()[0] == LEARNERS
