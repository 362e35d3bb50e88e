import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse

from quizzes.building import as_stream
from quizzes.models import Quiz
from quizzes.services import start_attempt, submit_attempt
from tests.factories import UserFactory
from tests.helpers import right_answers, wrong_answers
from training.demo.people import create_demo_users
from training.learning.models import FIRST_PERIOD


@pytest.fixture
def quiz(course):
    return Quiz.objects.get(module__build_key="m02")


@pytest.fixture
def editor_client(client, course):
    create_demo_users()
    client.login(email="editor@example.com", password="learn-with-care")
    return client


def test_every_module_has_a_published_quiz_drawing_5_of_at_least_8(course):
    quizzes = Quiz.objects.filter(module__in=course.modules())
    assert quizzes.count() == 10
    for quiz in quizzes:
        assert quiz.live and quiz.live_revision_id
        assert len(quiz.questions) >= 8
        assert (quiz.questions_per_attempt, quiz.pass_mark, quiz.attempts_per_cycle) == (5, 80, 3)


def test_an_editor_can_list_and_open_quizzes(editor_client, quiz):
    listing = editor_client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert listing.status_code == 200 and quiz.title in listing.text
    edit = editor_client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]))
    assert edit.status_code == 200


def test_a_learner_cannot_open_the_quiz_admin(client, quiz):
    client.force_login(UserFactory())
    response = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert response.status_code in {302, 403}


def test_drawing_more_questions_than_the_bank_holds_is_refused(quiz):
    quiz.questions_per_attempt = len(quiz.questions) + 1
    with pytest.raises(ValidationError, match="cannot draw"):
        quiz.full_clean()


def test_a_bank_question_with_two_right_answers_to_a_single_choice_is_refused(quiz):
    quiz.questions = as_stream(
        [
            {
                "kind": "single",
                "prompt": "Which?",
                "choices": [{"text": "A", "correct": True}, {"text": "B", "correct": True}],
                "explanation": "Because.",
            }
        ]
    )
    quiz.questions_per_attempt = 1
    with pytest.raises(ValidationError) as refused:
        quiz.full_clean()
    assert refused.value.message_dict["questions"] == [
        "Question 1: A single-choice question needs exactly one correct choice; this one has 2."
    ]


def test_preview_shows_the_editor_every_question_with_its_answer(quiz, course):
    request = RequestFactory().get("/")
    request.user = UserFactory()
    html = quiz.serve_preview(request, "").render().content.decode()
    for block in quiz.questions:
        assert block.value["prompt"] in html
    assert html.count("Correct</strong>") >= len(quiz.questions)


def test_question_statistics_show_times_answered_and_percent_correct(editor_client, quiz):
    for sheet in (right_answers, wrong_answers):
        learner = UserFactory()
        attempt = start_attempt(user=learner, quiz=quiz, period_start=FIRST_PERIOD)
        submit_attempt(attempt=attempt, user=learner, answers=sheet(attempt))
    response = editor_client.get(reverse("quiz_statistics", args=[quiz.pk]))
    assert response.status_code == 200
    stats = response.context["stats"]
    answered = [s for s in stats if s.answered]
    assert sum(s.answered for s in stats) == 10
    assert all(s.percent_correct in {0, 50, 100} for s in answered)
    assert len(stats) == len(quiz.questions)


def test_question_statistics_need_the_quiz_permission(client, quiz):
    client.force_login(UserFactory())
    response = client.get(reverse("quiz_statistics", args=[quiz.pk]))
    assert response.status_code in {302, 403}
