"""Factories for every model the tests build; `tests/test_factories.py` builds each one."""

from .certification import (
    AssignmentEventFactory,
    AssignmentFactory,
    CertificationProgramFactory,
    CertificationRecordFactory,
    ExemptionFactory,
    RoleRequirementFactory,
)
from .content import CoursePageFactory, LessonPageFactory, ModulePageFactory
from .learning import LessonCompletionFactory
from .people import (
    PASSWORD,
    DepartmentFactory,
    EmployeeFactory,
    JobRoleFactory,
    TOTPAuthenticatorFactory,
    UserFactory,
    current_totp_code,
    enrol_totp,
    totp_code,
)
from .quizzes import AttemptFactory, QuizFactory

__all__ = [
    "PASSWORD",
    "AssignmentEventFactory",
    "AssignmentFactory",
    "AttemptFactory",
    "CertificationProgramFactory",
    "CertificationRecordFactory",
    "CoursePageFactory",
    "DepartmentFactory",
    "EmployeeFactory",
    "ExemptionFactory",
    "JobRoleFactory",
    "LessonCompletionFactory",
    "LessonPageFactory",
    "ModulePageFactory",
    "QuizFactory",
    "RoleRequirementFactory",
    "TOTPAuthenticatorFactory",
    "UserFactory",
    "current_totp_code",
    "enrol_totp",
    "totp_code",
]
