from django.dispatch import Signal

# Sent inside the grading transaction with `attempt` (graded). Listeners decide what it completes.
attempt_graded = Signal()
