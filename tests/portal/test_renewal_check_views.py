"""The learner's screens offer the renewal check during an open renewal, and only then."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt, Quiz
from tests.factories import PASSWORD, EmployeeFactory
from tests.helpers import as_post, complete_course, right_answers, wrong_answers
from tests.portal.test_quiz_views import assert_reveals_nothing
from training.certification.assigning import assign, open_renewals
from training.certification.models import Assignment, CertificationProgram
from training.certification.programs import ANNUAL_PROGRAM

OFFER = "Take the renewal check (5 questions) instead of rereading"


@pytest.fixture
def program(course):
    return CertificationProgram.objects.get(name=ANNUAL_PROGRAM)


@pytest.fixture
def module(course):
    return course.modules().first()


@pytest.fixture
def renewing(employee, program, course):
    """Certified about eleven months ago; the renewal opened yesterday."""
    now = timezone.now()
    assignment, _ = assign(employee=employee, program=program, at=now - timedelta(days=340))
    complete_course(employee.user, course, at=now - timedelta(days=330))
    assignment.refresh_from_db()
    assert assignment.renewal_opens_at < now
    open_renewals(at=now)
    assignment.refresh_from_db()
    assert assignment.cycle == 2
    return assignment


def start(client, module) -> Attempt:
    response = client.post(reverse("portal:renewal_check_start", args=[module.id]))
    check = Attempt.objects.renewal_checks().get()
    assert response["Location"] == reverse("portal:attempt", args=[check.id])
    return check


def test_the_module_and_quiz_pages_offer_the_check_with_an_explanation(
    learner_client, renewing, module
):
    quiz = Quiz.objects.get(module=module)
    for url in (module.url, reverse("portal:quiz", args=[quiz.id])):
        html = learner_client.get(url).text
        assert OFFER in html
        assert "does not use up any of your quiz attempts" in html
        assert_reveals_nothing(html, quiz)


def test_the_check_uses_the_attempt_form_and_says_what_it_is(learner_client, renewing, module):
    check = start(learner_client, module)
    html = learner_client.get(reverse("portal:attempt", args=[check.id])).text
    assert "<h1>Renewal check: " in html
    assert html.count("<fieldset") == 5
    assert_reveals_nothing(html, check.quiz)
    # Asking again continues the same check.
    assert start(learner_client, module) == check


def test_a_passed_check_marks_the_module_done(learner_client, renewing, module):
    check = start(learner_client, module)
    url = reverse("portal:attempt", args=[check.id])
    learner_client.post(url, as_post(right_answers(check)))
    result = learner_client.get(url).text
    assert "Passed: 100 %" in result and "counts as done for your renewal" in result
    page = learner_client.get(module.url).text
    assert "Done by renewal check (100 %)" in page and OFFER not in page


def test_after_a_failed_check_the_lessons_and_quiz_are_required(learner_client, renewing, module):
    check = start(learner_client, module)
    url = reverse("portal:attempt", args=[check.id])
    learner_client.post(url, as_post(wrong_answers(check)))
    result = learner_client.get(url).text
    assert "The lessons and the quiz are now required for this module" in result
    page = learner_client.get(module.url).text
    assert "The lessons and the quiz are now required" in page and OFFER not in page
    quiz_page = learner_client.get(reverse("portal:quiz", args=[check.quiz_id])).text
    assert "Attempts left this certification cycle: <strong>3</strong> of 3" in quiz_page
    again = learner_client.post(
        reverse("portal:renewal_check_start", args=[module.id]), follow=True
    )
    assert "already taken the renewal check" in again.text
    assert Attempt.objects.renewal_checks().count() == 1


def test_a_first_certification_offers_no_check_and_refuses_one(
    learner_client, employee, program, module
):
    assign(employee=employee, program=program)
    assert OFFER not in learner_client.get(module.url).text
    response = learner_client.post(
        reverse("portal:renewal_check_start", args=[module.id]), follow=True
    )
    assert "only when renewing" in response.text
    assert not Attempt.objects.renewal_checks().exists()


def test_a_program_with_checks_off_offers_none(learner_client, renewing, program, module):
    CertificationProgram.objects.filter(pk=program.pk).update(renewal_by_assessment=False)
    assert OFFER not in learner_client.get(module.url).text


def test_someone_elses_renewal_offers_me_nothing(client, renewing, module):
    other = EmployeeFactory()
    assert Assignment.objects.filter(employee=other).count() == 0
    assert client.login(email=other.user.email, password=PASSWORD)
    assert OFFER not in client.get(module.url).text


def test_my_record_says_how_each_module_was_completed(learner_client, renewing, module):
    check = start(learner_client, module)
    learner_client.post(reverse("portal:attempt", args=[check.id]), as_post(right_answers(check)))
    data = json.loads(learner_client.get(reverse("portal:my_record_json")).getvalue())
    methods = {(c["module"], c["method"]) for c in data["module_completions"]}
    assert (module.title, "renewal_check") in methods
    assert (module.title, "lessons_and_quiz") in methods  # the first certification
    assert [a["purpose"] for a in data["quiz_attempts"]].count("renewal_check") == 1
    pdf = learner_client.get(reverse("portal:my_record_pdf"))
    assert pdf.status_code == 200
