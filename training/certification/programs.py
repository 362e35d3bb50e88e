"""The certification program shipped with the course, created when `build_course` runs."""

from content.models import CoursePage

from .models import CertificationProgram, RenewalBasis

ANNUAL_PROGRAM = "Annual Data Ethics Certification"


def ensure_annual_program(sender, *, course: CoursePage, report, **kwargs):
    program, created = CertificationProgram.objects.get_or_create(
        name=ANNUAL_PROGRAM,
        defaults={
            "description": "Every employee who handles customer data, once a year.",
            "validity_months": 12,
            "renewal_window_days": 60,
            "grace_days": 14,
            "initial_due_days": 30,
            "renewal_basis": RenewalBasis.EXPIRY,
        },
    )
    if created:
        program.courses.add(course)
        report.created.append(program.name)
    else:
        report.kept += 1
