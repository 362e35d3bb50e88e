"""What learning announces. Certification listens; learning never calls it."""

from django.dispatch import Signal

# Sent inside the transaction that stored a new attestation: user, course, attestation, at.
attestation_accepted = Signal()
