import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from quizzes.models import Attempt, Quiz
from tests.factories import PASSWORD, EmployeeFactory
from tests.helpers import as_post, right_answers, wrong_answers
from training.learning.models import CourseAttestation, ModuleCompletion


@pytest.fixture
def quiz(course):
    return Quiz.objects.get(module__build_key="m01")


def start(client, quiz) -> Attempt:
    response = client.post(reverse("portal:quiz_start", args=[quiz.id]))
    attempt = Attempt.objects.latest("started_at")
    assert response["Location"] == reverse("portal:attempt", args=[attempt.id])
    return attempt


def attempt_url(attempt):
    return reverse("portal:attempt", args=[attempt.id])


def secrets_of(quiz) -> list[str]:
    """Text that must never reach the browser before submission: explanations and feedback."""
    texts = []
    for block in quiz.questions:
        texts.append(block.value["explanation"])
        texts += [c["feedback"] for c in block.value["choices"] if c["feedback"]]
    return texts


def assert_reveals_nothing(html, quiz):
    for text in secrets_of(quiz):
        assert text not in html
    assert not re.search(r"is-answer|Correct answer|correct\W*[:=]\W*(true|1)", html, re.I)
    assert "data-correct" not in html


def test_quiz_page_states_the_rules_before_starting(learner_client, quiz):
    html = learner_client.get(reverse("portal:quiz", args=[quiz.id])).text
    assert "Pass mark: <strong>80 %</strong>" in html
    assert "Attempts left this certification cycle: <strong>3</strong> of 3" in html
    assert "No waiting time between attempts" in html


def test_no_page_reveals_an_answer_before_submission(learner_client, quiz, course):
    module = quiz.module
    pages = [module.url, reverse("portal:quiz", args=[quiz.id]), "/learn/"]
    for url in pages:
        assert_reveals_nothing(learner_client.get(url).text, quiz)

    first = start(learner_client, quiz)
    open_form = learner_client.get(attempt_url(first))
    assert_reveals_nothing(open_form.text, quiz)
    assert open_form.text.count("<fieldset") == 5 and "<legend>" in open_form.text

    # A refused submission re-renders the form: still nothing revealed.
    incomplete = dict(list(as_post(right_answers(first)).items())[:2])
    refused = learner_client.post(attempt_url(first), incomplete)
    assert refused.status_code == 400
    assert "has no answer" in refused.text
    assert_reveals_nothing(refused.text, quiz)

    # After a failed attempt the next attempt's form is as silent as the first.
    learner_client.post(attempt_url(first), as_post(wrong_answers(first)))
    second = start(learner_client, quiz)
    assert_reveals_nothing(learner_client.get(attempt_url(second)).text, quiz)
    for url in pages:
        assert_reveals_nothing(learner_client.get(url).text, quiz)


def test_results_show_the_score_and_explanations_after_submission(learner_client, quiz):
    attempt = start(learner_client, quiz)
    response = learner_client.post(attempt_url(attempt), as_post(wrong_answers(attempt)))
    assert response["Location"] == attempt_url(attempt)
    html = learner_client.get(attempt_url(attempt)).text
    assert "Not passed: 0 %" in html
    questions = {b.id: b.value for b in quiz.questions}
    for qid in attempt.question_ids():
        assert questions[qid]["explanation"] in html
    assert html.count("Correct answer") >= 5


def test_a_score_sent_by_the_browser_is_ignored(learner_client, quiz):
    attempt = start(learner_client, quiz)
    data = as_post(wrong_answers(attempt)) | {"score": "100", "passed": "true"}
    learner_client.post(attempt_url(attempt), data)
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False


def test_submitting_twice_keeps_the_first_grade(learner_client, quiz):
    attempt = start(learner_client, quiz)
    learner_client.post(attempt_url(attempt), as_post(wrong_answers(attempt)))
    response = learner_client.post(
        attempt_url(attempt), as_post(right_answers(attempt)), follow=True
    )
    assert "already been submitted" in response.text
    attempt.refresh_from_db()
    assert attempt.score == 0


def test_a_foreign_choice_id_is_refused_with_a_message(learner_client, quiz):
    attempt = start(learner_client, quiz)
    data = as_post(right_answers(attempt))
    data[f"q-{attempt.draw[0]['question']}"] = ["not-a-choice"]
    response = learner_client.post(attempt_url(attempt), data)
    assert response.status_code == 400
    assert "does not belong to the question" in response.text
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_another_learners_attempt_is_not_found(client, learner_client, quiz):
    attempt = start(learner_client, quiz)
    other = EmployeeFactory()
    client.login(email=other.user.email, password=PASSWORD)
    assert client.get(attempt_url(attempt)).status_code == 404
    assert client.post(attempt_url(attempt), as_post(right_answers(attempt))).status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_a_quiz_whose_module_is_unpublished_is_not_found(learner_client, quiz):
    quiz.module.unpublish()
    assert learner_client.get(reverse("portal:quiz", args=[quiz.id])).status_code == 404
    assert learner_client.post(reverse("portal:quiz_start", args=[quiz.id])).status_code == 404


def test_anonymous_visitors_are_sent_to_login(client, quiz):
    response = client.get(reverse("portal:quiz", args=[quiz.id]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_out_of_attempts_is_explained(learner_client, quiz):
    for _ in range(3):
        attempt = start(learner_client, quiz)
        learner_client.post(attempt_url(attempt), as_post(wrong_answers(attempt)))
    response = learner_client.post(reverse("portal:quiz_start", args=[quiz.id]), follow=True)
    assert "You have used all 3 attempts for this certification cycle." in response.text
    assert Attempt.objects.count() == 3


def pass_module(client, module):
    for lesson in module.lessons():
        client.post(reverse("portal:complete_lesson", args=[lesson.id]))
    attempt = start(client, module.quiz)
    client.post(attempt_url(attempt), as_post(right_answers(attempt)))


def test_module_completes_with_its_lessons_and_a_passed_quiz(learner_client, employee, quiz):
    module = quiz.module
    attempt = start(learner_client, quiz)
    learner_client.post(attempt_url(attempt), as_post(right_answers(attempt)))
    assert not ModuleCompletion.objects.exists()  # lessons still unread
    for lesson in module.lessons():
        learner_client.post(reverse("portal:complete_lesson", args=[lesson.id]))
    completion = ModuleCompletion.objects.get(user=employee.user, module=module)
    assert completion.attempt.score == 100
    html = learner_client.get(module.url).text
    assert "Quiz passed · 100 %" in html and "100 % · complete" in html


def test_the_course_ends_with_an_attestation(learner_client, employee, course):
    url = reverse("portal:attest", args=[course.id])
    assert "Complete every module" in learner_client.get(url).text
    assert learner_client.post(url, {"accept": "yes"}).status_code == 200
    assert not CourseAttestation.objects.exists()

    for module in course.modules():
        pass_module(learner_client, module)
    assert "Accept the attestation" in learner_client.get("/learn/").text
    assert "Tick the box" in learner_client.post(url, {}, follow=True).text
    learner_client.post(url, {"accept": "yes"})
    learner_client.post(url, {"accept": "yes"})
    attestation = CourseAttestation.objects.get(user=employee.user, course=course)
    assert attestation.text == course.attestation_text
    assert "Course complete" in learner_client.get("/learn/").text


def test_a_time_limit_is_shown_in_the_employees_own_time_zone(learner_client, employee, quiz):
    employee.time_zone = "America/New_York"
    employee.save()
    quiz.time_limit_minutes = 15
    quiz.save()
    attempt = start(learner_client, quiz)
    local = attempt.deadline.astimezone(ZoneInfo("America/New_York"))
    html = learner_client.get(attempt_url(attempt)).text
    assert f"Submit by <strong>{local:%H:%M}</strong> (15-minute limit)" in html
