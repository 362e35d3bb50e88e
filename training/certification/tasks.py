"""Background work on the django-tasks worker (`manage.py db_worker`)."""

from datetime import datetime

from django.tasks import task

from training.audit.context import SYSTEM, acting
from training.audit.models import Via

from .jobs import run_daily


@task()
def daily_job(at_iso: str) -> dict:
    # What the daily job changes is the system's doing, on the worker's schedule.
    with acting(via=Via.TASK, who=SYSTEM):
        return run_daily(at=datetime.fromisoformat(at_iso))


@task()
def email_certificate(record_id: int) -> None:
    from .certificates import send_certificate_email
    from .models import CertificationRecord

    send_certificate_email(CertificationRecord.objects.get(pk=record_id))
