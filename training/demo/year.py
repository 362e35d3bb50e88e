"""`DemoYear` acts out a planned year of any demo person's working life through the real services
(`training.demo.organisation` plans the organisation around the logins of `training.demo.people`).
"""

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from quizzes.models import Quiz
from quizzes.services import questions_by_id, start_attempt, submit_attempt
from training.certification.assigning import grant_exemption, grant_extension
from training.certification.jobs import run_daily
from training.certification.models import (
    Assignment,
    Reminder,
)
from training.learning.periods import current_period_start
from training.learning.services import (
    accept_attestation,
    complete_lesson,
    start_renewal_check,
)
from training.oversight.trend import forget_month_ends
from training.people.models import Department, Employee, JobRole
from training.people.roles import COMPLIANCE_OFFICERS

from .people import DemoPerson, create_demo_person

DIRECTORY_CHANGES = ("leave", "transfer")  # made in the directory before the day's job runs


@dataclass(frozen=True)
class Step:
    days_ago: int
    action: str  # learn, extend, exempt, leave
    modules: int | None = None  # learn: modules finished (None: the whole course, then attest)
    extra_lessons: int = 0  # learn: lessons read in the next module
    stumble: int | None = None  # learn: this module's quiz is failed once before it is passed
    give_up: bool = False  # learn: the next module's quiz is failed until no attempts are left
    by_check: bool = False  # learn (a renewal): a renewal check per module; `stumble` fails one
    due_in_days: int = 0  # extend: the new due date, counted from today
    reason: str = ""
    course: str = ""  # learn, extend, exempt: the course's build key ("": the year's course)
    department: str = ""  # transfer: the new department and job role
    role: str = ""


@dataclass
class PlannedPerson:
    number: str
    first_name: str
    last_name: str
    email: str
    department: str
    role: str
    manager: str  # the manager's email
    time_zone: str
    joins_days_ago: int
    hire_date: date
    story: str
    steps: list[Step] = field(default_factory=list)
    login: DemoPerson | None = None


class DemoYear:
    """Plays planned people's history forward one day at a time, through the services.

    Each day: who joins is hired, leavers are marked inactive in the directory, the daily job runs
    (assign by role, open renewals, record and send reminders), then the day's steps happen, each
    with that day's time. Nothing writes an assignment's facts or a record by hand.
    """

    def __init__(self, people, *, course, program, today: date, start: int, seed: int):
        self.course, self.program, self.today, self.start = course, program, today, start
        self.rng = random.Random(seed)
        self.modules = self._modules_of(course)
        self.courses = {"": (course, program, self.modules)}  # by build key; others added
        self.joining: dict[int, list[PlannedPerson]] = defaultdict(list)
        self.steps: dict[int, list[tuple[PlannedPerson, Step]]] = defaultdict(list)
        for person in people:  # demo logins first: the organisation reports to manager@
            self.joining[person.joins_days_ago].append(person)
        self.employees: dict[str, Employee] = {}
        self.compliance_officer = None
        self.answer_keys: dict[int, dict[str, set[str]]] = {}  # quiz revision → correct choices

    @staticmethod
    def _modules_of(course):
        return [
            (list(module.lessons()), Quiz.objects.filter(module=module, live=True).first())
            for module in course.modules()
        ]

    def add_course(self, key: str, course, program) -> None:
        """Steps naming this build key learn this course toward this program."""
        self.courses[key] = (course, program, self._modules_of(course))

    def run(self, now) -> int:
        """Replay from `start` days ago to `now`; return how many reminders were recorded."""
        reminders = Reminder.objects.count()
        # Month ends this history passes are stored again by the daily job as they pass.
        forget_month_ends(since=self.today - timedelta(days=self.start))
        for days_ago in range(self.start, 0, -1):
            morning = datetime.combine(self.today - timedelta(days=days_ago), time(7), UTC)
            for person in self.joining.pop(days_ago, []):
                self._hire(person)
            steps = self.steps.pop(days_ago, [])
            for person, step in steps:  # the directory says so; the daily job does the rest
                if step.action in DIRECTORY_CHANGES:
                    self._change(self.employees[person.email], step)
            run_daily(at=morning)
            acts = (s for s in steps if s[1].action not in DIRECTORY_CHANGES)
            for index, (person, step) in enumerate(acts):
                at = morning + timedelta(hours=2 + index % 6, minutes=self.rng.randint(0, 50))
                self._act(self.employees[person.email], step, at)
        run_daily(at=now)
        return Reminder.objects.count() - reminders

    def _change(self, employee: Employee, step: Step) -> None:
        if step.action == "leave":
            employee.active = False
        else:  # a transfer
            employee.department = Department.objects.get_or_create(name=step.department)[0]
            employee.job_role = JobRole.objects.get_or_create(name=step.role)[0]
        employee.save(update_fields=["active", "department", "job_role"])

    def _hire(self, person: PlannedPerson) -> None:
        if person.login is not None:
            employee, created = create_demo_person(person.login, self.today)
            if COMPLIANCE_OFFICERS in person.login.groups:
                self.compliance_officer = employee.user
            if not created:  # an older demo database: this login keeps the history it has
                return
        else:
            employee = self._create_employee(person)
        self.employees[person.email] = employee
        for step in person.steps:
            self.steps[step.days_ago].append((person, step))

    def _create_employee(self, person: PlannedPerson) -> Employee:
        user = get_user_model().objects.create_user(
            email=person.email, first_name=person.first_name, last_name=person.last_name
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        return Employee.objects.create(
            user=user,
            employee_number=person.number,
            department=Department.objects.get_or_create(name=person.department)[0],
            job_role=JobRole.objects.get_or_create(name=person.role)[0],
            manager=Employee.objects.get(user__email=person.manager),
            hire_date=person.hire_date,
            time_zone=person.time_zone,
        )

    def _act(self, employee: Employee, step: Step, at) -> None:
        if step.action == "learn":
            self._learn(employee.user, step, at)
            return
        program = self.courses[step.course][1]
        assignment = Assignment.objects.get(employee=employee, program=program, ended_at=None)
        if step.action == "extend":
            grant_extension(
                assignment=assignment,
                new_due_date=self.today + timedelta(days=step.due_in_days),
                reason=step.reason,
                approver=employee.manager.user,
                at=at,
            )
        elif step.action == "exempt":
            approver = self.compliance_officer or employee.manager.user
            grant_exemption(assignment=assignment, reason=step.reason, approver=approver, at=at)

    def _learn(self, user, step: Step, at) -> None:
        """Read lessons and take quizzes as a learner would, a few minutes apart."""
        course, _, modules = self.courses[step.course]
        period = current_period_start(user, at, course=course)
        if step.by_check:
            self._renew_by_checks(user, step, period, at, course, modules)
            return
        count = len(modules) if step.modules is None else step.modules
        for index, (lessons, quiz) in enumerate(modules[:count]):
            at = self._read(user, lessons, at)
            if quiz is not None:
                at = self._pass(user, quiz, period, at, stumble=index == step.stumble)
        if count < len(modules):
            lessons, quiz = modules[count]
            at = self._read(user, lessons if step.give_up else lessons[: step.extra_lessons], at)
            if step.give_up and quiz is not None:
                for _ in range(quiz.attempts_per_cycle):
                    _, at = self._attempt(user, quiz, period, at, wrong=len(modules))
        elif step.modules is None:
            accept_attestation(user=user, course=course, at=at)

    def _renew_by_checks(self, user, step: Step, period, at, course, modules) -> None:
        """A returning learner: each module's renewal check, three minutes each; the one they
        fail (`stumble`) sends them to that module's lessons and quiz; then the attestation."""
        for index, (lessons, quiz) in enumerate(modules):
            if quiz is None:
                at = self._read(user, lessons, at)
                continue
            check = start_renewal_check(user=user, module=quiz.module, at=at, rng=self.rng)
            fails = index == step.stumble
            submitted = at + timedelta(minutes=3)
            answers = self._answers(check, wrong=len(check.draw) if fails else 0)
            submit_attempt(attempt=check, user=user, answers=answers, at=submitted)
            at = submitted + timedelta(minutes=1)
            if fails:
                at = self._pass(user, quiz, period, self._read(user, lessons, at), stumble=False)
        accept_attestation(user=user, course=course, at=at)

    def _read(self, user, lessons, at):
        for lesson in lessons:
            complete_lesson(user=user, lesson=lesson, at=at)
            at += timedelta(minutes=4)
        return at

    def _pass(self, user, quiz: Quiz, period, at, *, stumble: bool):
        if stumble:
            attempt, at = self._attempt(user, quiz, period, at, wrong=2)
            if attempt.passed:
                return at
        return self._attempt(user, quiz, period, at, wrong=0)[1]

    def _attempt(self, user, quiz: Quiz, period, at, *, wrong: int):
        attempt = start_attempt(user=user, quiz=quiz, period_start=period, at=at, rng=self.rng)
        submitted = at + timedelta(minutes=1)
        attempt = submit_attempt(
            attempt=attempt, user=user, answers=self._answers(attempt, wrong=wrong), at=submitted
        )
        return attempt, submitted + quiz.cooldown + timedelta(minutes=2)

    def _answers(self, attempt, *, wrong: int) -> dict[str, list[str]]:
        """Right answers to the drawn questions but the first `wrong`, from the server's copy."""
        key = self.answer_keys.get(attempt.revision_id)
        if key is None:
            key = self.answer_keys[attempt.revision_id] = {
                question_id: {c.id for c in question["choices"].bound_blocks if c.value["correct"]}
                for question_id, question in questions_by_id(attempt).items()
            }
        answers = {}
        for number, item in enumerate(attempt.draw):
            correct = key[item["question"]]
            right = [cid for cid in item["choices"] if cid in correct]
            mistaken = [cid for cid in item["choices"] if cid not in correct][:1]
            answers[item["question"]] = mistaken if number < wrong else right
        return answers
