"""The certification programs shipped with the courses, created when `build_course` runs.

One program per shipped course: the annual certification for the core course, and one per role
track. Job roles require them through role requirements (an administrator maps the roles; the
demo maps its own). A program that exists is left as an editor left it.
"""

from content.models import CoursePage

from .models import CertificationProgram, RenewalBasis

ANNUAL_PROGRAM = "Annual Data Ethics Certification"

_YEARLY = {
    "validity_months": 12,
    "renewal_window_days": 60,
    "grace_days": 14,
    "initial_due_days": 30,
    "renewal_basis": RenewalBasis.EXPIRY,
}

# Course build key → the program that requires it.
SHIPPED_PROGRAMS = {
    "data-ethics-essentials": (
        ANNUAL_PROGRAM,
        "Every employee who handles customer data, once a year.",
    ),
    "role-engineering": (
        "Role track: Engineering and data",
        "Engineers, data engineers and analysts, once a year, besides the annual certification.",
    ),
    "role-marketing": (
        "Role track: Marketing and sales",
        "Marketing, CRM and sales staff, once a year, besides the annual certification.",
    ),
    "role-support": (
        "Role track: Customer support and success",
        "Support agents, team leads and customer success, once a year, besides the annual "
        "certification.",
    ),
    "role-hr": (
        "Role track: People and HR",
        "HR business partners and recruiters, once a year, besides the annual certification.",
    ),
}


def program_for(build_key: str) -> CertificationProgram | None:
    name = SHIPPED_PROGRAMS.get(build_key, (None,))[0]
    return CertificationProgram.objects.filter(name=name).first() if name else None


def ensure_program(sender, *, course: CoursePage, report, **kwargs):
    """A shipped course was built: make sure its program exists (created once, then left alone)."""
    if course.build_key not in SHIPPED_PROGRAMS:
        return
    name, description = SHIPPED_PROGRAMS[course.build_key]
    program, created = CertificationProgram.objects.get_or_create(
        name=name, defaults={"description": description, **_YEARLY}
    )
    if created:
        program.courses.add(course)
        report.created.append(program.name)
    else:
        report.kept += 1
