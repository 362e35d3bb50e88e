"""Certification's models: programs, requirements, assignments and their history, and the evidence."""

from .assignments import (
    Assignment,
    AssignmentEvent,
    CertificationProgram,
    Exemption,
    Extension,
    RenewalBasis,
    RoleRequirement,
)
from .figures import RecordFigures
from .records import AppendOnlyError, CertificateStatus, CertificationRecord, ChainHead, Reminder
from .status import COMPLIANT, Status

__all__ = [
    "COMPLIANT",
    "AppendOnlyError",
    "Assignment",
    "AssignmentEvent",
    "CertificateStatus",
    "CertificationProgram",
    "CertificationRecord",
    "ChainHead",
    "Exemption",
    "Extension",
    "Reminder",
    "RecordFigures",
    "RenewalBasis",
    "RoleRequirement",
    "Status",
]
