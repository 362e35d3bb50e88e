"""Training's models, one module per part of the domain."""

from .certification import (
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    Exemption,
    Extension,
    RenewalBasis,
    RoleRequirement,
)
from .learning import FIRST_PERIOD, CourseAttestation, LessonCompletion, ModuleCompletion
from .oversight import ApiClient, Delegation, ExportLog
from .people import Department, Employee, JobRole, validate_time_zone
from .records import AppendOnlyError, CertificationRecord, ChainHead, Reminder
from .status import COMPLIANT, Status

__all__ = [
    "ApiClient",
    "Delegation",
    "ExportLog",
    "COMPLIANT",
    "Status",
    "AppendOnlyError",
    "Assignment",
    "AssignmentEvent",
    "CertificationProgram",
    "CertificationRecord",
    "ChainHead",
    "Exemption",
    "Extension",
    "Reminder",
    "RenewalBasis",
    "RoleRequirement",
    "FIRST_PERIOD",
    "CourseAttestation",
    "Department",
    "Employee",
    "JobRole",
    "LessonCompletion",
    "ModuleCompletion",
    "validate_time_zone",
]
