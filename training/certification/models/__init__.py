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
    "RenewalBasis",
    "RoleRequirement",
    "Status",
]
