from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from training.learning.models import LessonCompletion


def complete_url(lesson):
    return reverse("portal:complete_lesson", args=[lesson.id])


def test_marking_a_lesson_complete_records_its_live_revision(learner_client, employee, course):
    lesson = course.lessons().first()
    response = learner_client.post(complete_url(lesson))
    completion = LessonCompletion.objects.get(user=employee.user, lesson=lesson)
    assert completion.revision_id == lesson.live_revision_id
    # Continues to the next lesson of the module.
    assert response.status_code == 302
    assert response["Location"] == lesson.next_lesson().url


def test_completing_twice_leaves_one_record(learner_client, employee, course):
    lesson = course.lessons().first()
    learner_client.post(complete_url(lesson))
    learner_client.post(complete_url(lesson))
    assert LessonCompletion.objects.filter(user=employee.user, lesson=lesson).count() == 1


def test_completing_the_last_lesson_of_a_module_leads_to_its_quiz(learner_client, course):
    module = course.modules().first()
    for lesson in module.lessons():
        response = learner_client.post(complete_url(lesson))
    assert response["Location"] == reverse("portal:quiz", args=[module.quiz.id])
    page = learner_client.get(module.url).text
    # Three lessons of four steps: the quiz is still to pass.
    assert 'aria-valuenow="75"' in page
    assert "Quiz not started" in page


def test_completion_is_post_only(learner_client, course):
    lesson = course.lessons().first()
    assert learner_client.get(complete_url(lesson)).status_code == 405
    assert not LessonCompletion.objects.exists()


def test_post_without_csrf_token_is_refused(employee, course):
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee.user)
    response = client.post(complete_url(course.lessons().first()))
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_anonymous_completion_goes_to_login(client, course):
    response = client.post(complete_url(course.lessons().first()))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not LessonCompletion.objects.exists()


def test_unpublished_lesson_cannot_be_completed(learner_client, course):
    lesson = course.lessons().first()
    lesson.unpublish()
    assert learner_client.post(complete_url(lesson)).status_code == 404
    assert not LessonCompletion.objects.exists()


def test_private_lesson_cannot_be_completed_by_someone_outside_its_groups(learner_client, course):
    lesson = course.lessons().first()
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Legal only"))
    assert learner_client.post(complete_url(lesson)).status_code == 404
    assert not LessonCompletion.objects.exists()


def test_unknown_lesson_is_404(learner_client, course):
    assert learner_client.post(reverse("portal:complete_lesson", args=[999999])).status_code == 404


def test_learn_shows_progress_and_resumes_at_the_first_unfinished_lesson(learner_client, course):
    lessons = list(course.lessons())
    for lesson in lessons[:2]:
        learner_client.post(complete_url(lesson))
    html = learner_client.get("/learn/").text
    assert "Resume" in html
    assert f'href="{lessons[2].url}"' in html
    steps = len(lessons) + course.modules().count()  # every lesson and every quiz
    assert f'aria-valuenow="{round(200 / steps)}"' in html
    assert "50 % done" in html  # two of three lessons and the quiz


def test_anonymous_visitor_to_learn_goes_to_login_and_comes_back(client, course, employee):
    response = client.get("/learn/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/learn/"
    response = client.post(
        response["Location"],
        {"login": employee.user.email, "password": "correct-horse-battery"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/learn/"


def test_learn_costs_the_same_queries_however_far_the_learner_is(learner_client, course):
    learner_client.get("/learn/")  # warm per-process caches (site root, content types)
    with CaptureQueriesContext(connection) as fresh:
        learner_client.get("/learn/")
    for lesson in list(course.lessons())[:10]:
        learner_client.post(complete_url(lesson))
    with CaptureQueriesContext(connection) as advanced:
        learner_client.get("/learn/")
    # Five shipped courses (the core course and four role tracks): each costs its privacy check;
    # each course has its own learning period (one query for all of them).
    assert len(advanced) == len(fresh) <= 33


def test_learn_shows_what_is_required_with_status_due_date_and_how_it_was_derived(
    learner_client, employee, course
):
    from datetime import UTC, datetime

    from training.certification.assigning import assign
    from training.certification.models import CertificationProgram

    employee.hire_date = datetime(2026, 3, 2).date()
    employee.save()
    program = CertificationProgram.objects.get(name="Annual Data Ethics Certification")
    assign(employee=employee, program=program, at=datetime(2026, 3, 2, 9, tzinfo=UTC))
    html = learner_client.get("/learn/").text
    assert "Required of me" in html and "Annual Data Ethics Certification" in html
    assert "Overdue" in html  # today is long past 1 April 2026
    assert "hired 2026-03-02 + 30 days → due 2026-04-01" in html
