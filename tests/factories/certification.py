"""Certification: programs, role requirements, assignments in every status, and the evidence.

`AssignmentFactory(<status>=True)` builds an assignment that has that `Status` at `at` (default
now), for every status, with the history that leads there: its events (so the status also holds
as of `at`), the record of a certification, the lesson read by someone in progress, the exemption
with its approver. The facts follow the default program's terms (12 months, renewal window 60 days,
grace 14 days, first due after 30 days).
"""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from content.models import CoursePage
from training.certification.figures import write_figures
from training.certification.issuing import (
    append_to_chain,
    holder_name,
    new_verification_code,
    personal_digest,
)
from training.certification.models import (
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    CertificationRecord,
    Exemption,
    RoleRequirement,
)
from training.learning.models import FIRST_PERIOD

from .learning import LessonCompletionFactory
from .people import EmployeeFactory, JobRoleFactory, UserFactory

DAYS = timedelta(days=1)


class CertificationProgramFactory(DjangoModelFactory):
    class Meta:
        model = CertificationProgram
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Programme {n:04d}")  # never a prefix of another

    @factory.post_generation
    def courses(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.courses.set(extracted)


class RoleRequirementFactory(DjangoModelFactory):
    class Meta:
        model = RoleRequirement

    job_role = factory.SubFactory(JobRoleFactory)
    program = factory.SubFactory(CertificationProgramFactory)


def _days(n):
    """A moment `n` days after the factory's `at`."""
    return factory.LazyAttribute(lambda o: o.at + n * DAYS)


class AssignmentFactory(DjangoModelFactory):
    class Meta:
        model = Assignment
        skip_postgeneration_save = True

    class Params:
        at = factory.LazyFunction(timezone.now)  # the moment the status holds
        certified_at = None  # when the record was issued, for the traits that hold one
        learned_at = None  # when a lesson of the current cycle was read
        first_due_at = factory.LazyAttribute(lambda o: o.assigned_at + 30 * DAYS)

        not_started = factory.Trait()  # the default, named so that every status has a trait
        in_progress = factory.Trait(learned_at=_days(-1))
        overdue = factory.Trait(assigned_at=_days(-40))
        certified = factory.Trait(
            assigned_at=_days(-60),
            certified_at=_days(-30),
            valid_until=_days(335),
            renewal_opens_at=_days(275),
            due_at=_days(349),
        )
        renewal_due = factory.Trait(
            assigned_at=_days(-400),
            certified_at=_days(-345),
            valid_until=_days(20),
            renewal_opens_at=_days(-40),
            due_at=_days(34),
            cycle=2,
            cycle_started_at=factory.SelfAttribute("renewal_opens_at"),
        )
        expired = factory.Trait(
            assigned_at=_days(-420),
            certified_at=_days(-370),
            valid_until=_days(-5),
            renewal_opens_at=_days(-65),
            due_at=_days(9),
            cycle=2,
            cycle_started_at=factory.SelfAttribute("renewal_opens_at"),
        )
        # `exempt=True` is the model's own field; the history below adds the exemption behind it.

    employee = factory.SubFactory(EmployeeFactory)
    program = factory.SubFactory(CertificationProgramFactory)
    source = Assignment.Source.MANUAL
    assigned_at = _days(-10)
    cycle = 1
    cycle_started_at = FIRST_PERIOD
    due_at = factory.SelfAttribute("first_due_at")

    @factory.post_generation
    def history(obj, create, extracted, *, at, certified_at, learned_at, first_due_at):
        """The events and evidence that lead to the current facts, each at or before `at`."""
        if not create or extracted is False:
            return
        event = AssignmentEventFactory.create
        event(
            assignment=obj,
            kind=AssignmentEvent.Kind.ASSIGNED,
            at=obj.assigned_at,
            cycle=1,
            cycle_started_at=FIRST_PERIOD,
            due_at=first_due_at,
            valid_until=None,
            renewal_opens_at=None,
            exempt=False,
        )
        if certified_at:
            CertificationRecordFactory(
                assignment=obj, cycle=1, completed_at=certified_at, expires_at=obj.valid_until
            )
            event(
                assignment=obj,
                kind=AssignmentEvent.Kind.CERTIFIED,
                at=certified_at,
                cycle=1,
                cycle_started_at=FIRST_PERIOD,
                exempt=False,
            )
        if obj.cycle > 1:
            event(assignment=obj, kind=AssignmentEvent.Kind.RENEWAL_OPENED, at=obj.cycle_started_at)
        if learned_at:
            completion = LessonCompletionFactory(
                user=obj.employee.user, period_start=obj.cycle_started_at, completed_at=learned_at
            )
            # Learning counts toward the program whose course the lesson belongs to.
            course = CoursePage.objects.ancestor_of(completion.lesson).first()
            if course is not None:
                obj.program.courses.add(course)
        if obj.exempt:
            exemption = ExemptionFactory(assignment=obj, created_at=at - DAYS)
            event(
                assignment=obj,
                kind=AssignmentEvent.Kind.EXEMPTED,
                at=exemption.created_at,
                actor=exemption.approved_by,
            )

    history__at = factory.SelfAttribute("..at")
    history__certified_at = factory.SelfAttribute("..certified_at")
    history__learned_at = factory.SelfAttribute("..learned_at")
    history__first_due_at = factory.SelfAttribute("..first_due_at")


class AssignmentEventFactory(DjangoModelFactory):
    """An event whose facts are, unless given, the assignment's current ones."""

    class Meta:
        model = AssignmentEvent

    assignment = factory.SubFactory(AssignmentFactory)
    kind = AssignmentEvent.Kind.ASSIGNED
    at = factory.SelfAttribute("assignment.assigned_at")
    cycle = factory.SelfAttribute("assignment.cycle")
    cycle_started_at = factory.SelfAttribute("assignment.cycle_started_at")
    due_at = factory.SelfAttribute("assignment.due_at")
    valid_until = factory.SelfAttribute("assignment.valid_until")
    renewal_opens_at = factory.SelfAttribute("assignment.renewal_opens_at")
    exempt = factory.SelfAttribute("assignment.exempt")
    ended = factory.LazyAttribute(lambda o: o.assignment.ended_at is not None)
    explanation = factory.LazyAttribute(lambda o: f"{o.kind} (made by a test factory)")


class ExemptionFactory(DjangoModelFactory):
    """An exemption on record. Alone it leaves the assignment as it was (as if lifted since):
    `AssignmentFactory(exempt=True)` makes an exemption that holds, with this row behind it."""

    class Meta:
        model = Exemption

    assignment = factory.SubFactory(AssignmentFactory)
    reason = "Contractor with no access to customer data."
    approved_by = factory.SubFactory(UserFactory)
    created_at = factory.LazyFunction(timezone.now)


class CertificationRecordFactory(DjangoModelFactory):
    """A record sealed into the real hash chain (`issuing.append_to_chain`): `verify_records` passes.

    It is evidence only: to make an assignment certified, use `AssignmentFactory(certified=True)`,
    which builds its record too.
    """

    class Meta:
        model = CertificationRecord

    assignment = factory.SubFactory(AssignmentFactory)
    employee = factory.SelfAttribute("assignment.employee")
    program = factory.SelfAttribute("assignment.program")
    program_name = factory.SelfAttribute("program.name")
    cycle = factory.SelfAttribute("assignment.cycle")
    employee_number = factory.SelfAttribute("employee.employee_number")
    name = factory.LazyAttribute(lambda o: holder_name(o.employee.user, o.employee))
    email = factory.SelfAttribute("employee.user.email")
    department = factory.LazyAttribute(lambda o: getattr(o.employee.department, "name", ""))
    job_role = factory.LazyAttribute(lambda o: getattr(o.employee.job_role, "name", ""))
    personal_digest = factory.LazyAttribute(lambda o: personal_digest(o.name, o.email))
    completed_at = factory.LazyFunction(timezone.now)
    expires_at = factory.LazyAttribute(lambda o: o.completed_at + 365 * DAYS)
    modules = factory.LazyFunction(
        lambda: [
            {"title": "Lawfulness and fairness", "score": "87.50"},
            {"title": "Purpose limitation", "score": "100.00"},
        ]
    )
    revisions = factory.LazyFunction(dict)
    attestation_text = "I will handle customer data ethically."
    attested_at = factory.SelfAttribute("completed_at")
    explanation = factory.LazyAttribute(
        lambda o: f"completed {o.completed_at:%Y-%m-%d} → valid until {o.expires_at:%Y-%m-%d}"
    )
    verification_code = factory.LazyFunction(new_verification_code)
    issued_at = factory.SelfAttribute("completed_at")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        record = append_to_chain(model_class(*args, **kwargs))
        write_figures(CertificationRecord.objects.filter(pk=record.pk))  # as issuing does
        return record
