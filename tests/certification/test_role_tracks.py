"""Role paths: four tracks of “Data ethics in your role”, each its own course and program,
required of the job roles it is for, shown on /learn/ beside the core course."""

from datetime import UTC, date, datetime

import pytest
from django.contrib.auth import get_user_model

from content.building import build_course
from content.course_data.tracks import TRACK_KEYS
from content.models import CoursePage, LessonPage, ModulePage
from quizzes.models import Quiz
from tests.factories import EmployeeFactory
from training.certification.assigning import sync_assignments
from training.certification.models import Assignment, CertificationProgram, RoleRequirement
from training.certification.programs import ANNUAL_PROGRAM, program_for
from training.demo.people import ROLE_TRACKS, create_demo_users, require_role_tracks
from training.people.models import JobRole

AT = datetime(2026, 9, 1, 9, tzinfo=UTC)


def programs_of(employee, *, open_only=True) -> set[str]:
    assignments = Assignment.objects.filter(employee=employee)
    if open_only:
        assignments = assignments.filter(ended_at=None)
    return set(assignments.values_list("program__name", flat=True))


@pytest.mark.parametrize("key", TRACK_KEYS)
def test_each_track_ships_as_a_course_with_three_lessons_a_quiz_and_its_program(course, key):
    track = CoursePage.objects.get(build_key=f"role-{key}")
    assert track.live and track.title.startswith("Data ethics in your role: ")
    module = ModulePage.objects.child_of(track).get()
    assert LessonPage.objects.child_of(module).live().count() == 3
    quiz = Quiz.objects.get(module=module)
    assert quiz.live and len(quiz.questions) >= 20
    program = program_for(f"role-{key}")
    assert list(program.courses.all()) == [track]


def test_building_again_creates_nothing(course):
    before = (
        CoursePage.objects.count(),
        Quiz.objects.count(),
        CertificationProgram.objects.count(),
    )
    report = build_course()
    assert report.created == []
    assert (
        (
            CoursePage.objects.count(),
            Quiz.objects.count(),
            CertificationProgram.objects.count(),
        )
        == before
        == (5, 14, 5)
    )


def test_role_requirements_assign_each_track_and_a_role_change_ends_it_keeping_history(course):
    require_role_tracks()
    annual = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    engineer_role = JobRole.objects.get(name="Data Engineer")
    recruiter_role = JobRole.objects.get(name="Recruiter")
    for role in (engineer_role, recruiter_role):
        RoleRequirement.objects.get_or_create(job_role=role, program=annual)
    engineer = EmployeeFactory(job_role=engineer_role, hire_date=date(2026, 1, 5))
    recruiter = EmployeeFactory(job_role=recruiter_role, hire_date=date(2026, 1, 5))
    sync_assignments(at=AT)
    assert programs_of(engineer) == {ANNUAL_PROGRAM, "Role track: Engineering and data"}
    assert programs_of(recruiter) == {ANNUAL_PROGRAM, "Role track: People and HR"}

    engineer.job_role = recruiter_role
    engineer.save()
    sync_assignments(at=AT.replace(month=10))
    assert programs_of(engineer) == {ANNUAL_PROGRAM, "Role track: People and HR"}
    ended = Assignment.objects.get(
        employee=engineer, program__name__endswith="Engineering and data"
    )
    assert ended.ended_at is not None  # ended, never deleted
    assert list(ended.events.values_list("kind", flat=True)) == ["assigned", "ended"]
    # The annual program carries on unbroken: the role change did not restart it.
    assert Assignment.objects.filter(employee=engineer, program=annual).count() == 1


def test_every_demo_role_in_the_map_exists_in_the_demo_organisation():
    from training.demo.organisation import LEADS, TEAMS
    from training.demo.people import DEMO_PEOPLE

    demo_roles = {role for _, role in LEADS} | {p.role for p in DEMO_PEOPLE}
    for team in TEAMS:
        demo_roles |= {team.manager_role, *team.roles}
    mapped = {role for roles in ROLE_TRACKS.values() for role in roles}
    assert mapped <= demo_roles


def test_a_learner_sees_the_core_course_and_their_track_with_a_due_date_each(client, course):
    create_demo_users()
    client.force_login(get_user_model().objects.get(email="employee@example.com"))
    html = client.get("/learn/").text
    core = html.index('<h2 id="learn-course-')
    assert "Required for Annual Data Ethics Certification" in html[core:]
    assert "Required for Role track: Customer support and success" in html[core:]
    assert html.count("How these dates were worked out") == 2
    # The other tracks are offered, not required.
    others = html[html.index("Other courses you may take") :]
    for title in ("Engineering and data", "Marketing and sales", "People and HR"):
        assert f"Data ethics in your role: {title}" in others


def test_renewing_one_program_while_starting_a_track_certifies_both(course):
    """Each course's learning counts toward the cycle of the program that requires it: a renewal
    of the core course does not swallow the learning of a track assigned in the same weeks."""
    from tests.helpers import complete_course
    from training.certification.assigning import assign, open_renewals
    from training.certification.models import CertificationRecord

    annual = CertificationProgram.objects.get(name=ANNUAL_PROGRAM)
    track = program_for("role-support")
    person = EmployeeFactory(hire_date=date(2025, 1, 6))
    core, _ = assign(employee=person, program=annual, at=datetime(2025, 1, 6, 9, tzinfo=UTC))
    complete_course(person.user, course, at=datetime(2025, 1, 20, 9, tzinfo=UTC))
    renewal_opens = datetime(2025, 12, 1, 9, tzinfo=UTC)
    assert open_renewals(at=renewal_opens) == 1
    support, _ = assign(employee=person, program=track, at=renewal_opens)

    track_course = CoursePage.objects.get(build_key="role-support")
    complete_course(person.user, track_course, at=renewal_opens.replace(day=3))
    complete_course(person.user, course, at=renewal_opens.replace(day=10))

    records = CertificationRecord.objects.filter(employee=person)
    assert sorted(records.values_list("program__name", "cycle")) == [
        (ANNUAL_PROGRAM, 1),
        (ANNUAL_PROGRAM, 2),
        ("Role track: Customer support and success", 1),
    ]
