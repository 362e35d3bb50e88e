"""Item statistics that act: the editors' report flags questions that measure badly."""

import statistics
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from quizzes.models import Answer, Attempt, Quiz
from quizzes.reports import MIN_ANSWERS_FOR_FLAGS, point_biserial, question_stats
from tests.factories import UserFactory
from training.demo.people import create_demo_users
from training.learning.models import FIRST_PERIOD

NOW = timezone.now().replace(microsecond=0)


@pytest.fixture
def quiz(course):
    return Quiz.objects.get(module__build_key="m02")


def answer_sheets(quiz, learners: int, rule) -> list[str]:
    """Graded attempts of five questions; `rule(learner, position)` says who answers right."""
    ids = [block.id for block in quiz.questions][:5]
    for learner in range(learners):
        user = UserFactory()
        results = [rule(learner, position) for position in range(5)]
        attempt = Attempt.objects.create(
            user=user,
            quiz=quiz,
            revision=quiz.live_revision,
            period_start=FIRST_PERIOD,
            draw=[{"question": qid, "choices": []} for qid in ids],
            started_at=NOW - timedelta(minutes=learner + 1),
            submitted_at=NOW - timedelta(minutes=learner),
            score=Decimal(100 * sum(results) / 5),
            passed=sum(results) >= 4,
        )
        Answer.objects.bulk_create(
            Answer(
                attempt=attempt,
                question_id=qid,
                choice_ids=[],
                credit=Decimal(int(right)),
                correct=right,
            )
            for qid, right in zip(ids, results, strict=True)
        )
    return ids


def stats_by_id(quiz):
    return {s.question_id: s for s in question_stats(quiz)}


def strong(learner):
    return learner % 2 == 0


def rule(learner, position):
    """Q1 everyone gets; Q2 a quarter; Q3 only weaker learners; Q4 and Q5 stronger ones."""
    return [
        True,
        learner % 4 == 0,
        not strong(learner),
        strong(learner),
        strong(learner),
    ][position]


def test_questions_outside_the_difficulty_range_or_discriminating_negatively_are_flagged(quiz):
    easy, hard, trap, good, fine = answer_sheets(quiz, MIN_ANSWERS_FOR_FLAGS + 10, rule)
    stats = stats_by_id(quiz)

    assert stats[easy].difficulty == 1.0
    assert stats[easy].flags == [
        "Too easy: 100% answer correctly (aim for 30%–90%). "
        "The wrong options may be implausible or the wording may give the answer away."
    ]
    assert stats[hard].difficulty == 0.25
    assert stats[hard].flags[0].startswith("Too hard: only 25% answer correctly")
    assert stats[trap].discrimination < 0
    assert [f.split(" (")[0] for f in stats[trap].flags] == ["Negative discrimination"]
    assert stats[good].discrimination > 0.5 and not stats[good].flags
    assert stats[fine].discrimination > 0 and not stats[fine].needs_attention


def test_nothing_is_flagged_before_a_question_has_enough_answers(quiz):
    ids = answer_sheets(quiz, MIN_ANSWERS_FOR_FLAGS - 1, rule)
    stats = stats_by_id(quiz)
    assert all(stats[qid].answered == MIN_ANSWERS_FOR_FLAGS - 1 for qid in ids)
    assert not any(s.flags for s in stats.values())
    assert stats[ids[2]].discrimination < 0  # measured, but not yet acted on


def test_the_report_costs_the_same_queries_however_many_answers(quiz, django_assert_num_queries):
    answer_sheets(quiz, 5, rule)
    with django_assert_num_queries(1):
        question_stats(quiz)
    answer_sheets(quiz, 20, rule)
    with django_assert_num_queries(1):
        question_stats(quiz)


def test_editors_see_which_questions_to_fix_and_why(client, course, quiz):
    easy, _, trap, *_ = answer_sheets(quiz, MIN_ANSWERS_FOR_FLAGS, rule)
    create_demo_users()
    client.login(email="editor@example.com", password="learn-with-care")
    response = client.get(reverse("quiz_statistics", args=[quiz.pk]))
    assert response.status_code == 200
    stats = response.context["stats"]
    # Flagged questions come first.
    flagged = [s.needs_attention for s in stats]
    assert flagged == sorted(flagged, reverse=True) and response.context["flagged"] == 3
    html = response.text
    assert "3 questions to review." in html
    assert "Fix this question" in html
    assert "Too easy: 100% answer correctly" in html
    assert "Negative discrimination (-" in html
    assert f"Too few answers to judge (0 of {MIN_ANSWERS_FOR_FLAGS})" in html


@given(
    st.lists(st.tuples(st.booleans(), st.floats(min_value=0, max_value=1)), min_size=2, max_size=60)
)
def test_point_biserial_is_the_pearson_correlation_of_item_and_rest_score(pairs):
    result = point_biserial(pairs)
    xs = [1.0 if correct else 0.0 for correct, _ in pairs]
    ys = [rest for _, rest in pairs]
    if result is None:
        assert len(set(xs)) == 1 or max(ys) - min(ys) < 1e-6
    else:
        assert result == pytest.approx(statistics.correlation(xs, ys), abs=1e-6)


def test_point_biserial_signs():
    assert point_biserial([(True, 1.0), (False, 0.0), (True, 0.8)]) > 0
    assert point_biserial([(True, 0.0), (False, 1.0), (True, 0.2)]) < 0
    assert point_biserial([(True, 0.5), (True, 0.9)]) is None
