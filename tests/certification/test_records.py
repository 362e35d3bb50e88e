"""The certificate status of a record (models/records.py): the SQL annotation and its Python twin.

Each hypothesis example runs in its own savepoint, rolled back at the end.
"""

from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.factories import CertificationRecordFactory
from training.certification.models import CertificateStatus, CertificationRecord

db_examples = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

expiries = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31), timezones=st.just(UTC)
)
TINY = [timedelta(microseconds=n) for n in (-1, 1)] + [timedelta(seconds=n) for n in (-1, 1)]
# Half the time the moment asked about is at or right next to the expiry: the boundary is the point.
offsets = st.one_of(
    st.just(timedelta(0)),
    st.sampled_from(TINY),
    st.timedeltas(min_value=timedelta(days=-800), max_value=timedelta(days=800)),
)
zones = st.sampled_from(["UTC", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"])


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def sql_status(record, at) -> str:
    return (
        CertificationRecord.objects.with_certificate_status(at)
        .values_list("certificate_status", flat=True)
        .get(pk=record.pk)
    )


@db_examples
@given(expires_at=expiries, offset=offsets, zone=zones)
@example(
    expires_at=datetime(2027, 3, 2, 23, 59, 59, 999999, tzinfo=UTC), offset=timedelta(0), zone="UTC"
)
@example(expires_at=datetime(2027, 3, 2, tzinfo=UTC), offset=timedelta(0), zone="Pacific/Auckland")
def test_the_annotation_and_its_python_twin_agree_for_any_expiry_and_moment(
    db, expires_at, offset, zone
):
    at = (expires_at + offset).astimezone(ZoneInfo(zone))
    with rolled_back():
        record = CertificationRecordFactory(expires_at=expires_at)
        twin = record.certificate_status_at(at)
        assert sql_status(record, at) == twin
        assert twin == (CertificateStatus.VALID if at < expires_at else CertificateStatus.EXPIRED)


def test_the_moment_of_expiry_is_expired_in_both(db):
    expires_at = datetime(2027, 3, 2, 23, 59, 59, 999999, tzinfo=UTC)
    record = CertificationRecordFactory(expires_at=expires_at)
    for at, status in [
        (expires_at - timedelta(microseconds=1), CertificateStatus.VALID),
        (expires_at, CertificateStatus.EXPIRED),
    ]:
        assert record.certificate_status_at(at) == sql_status(record, at) == status


def test_without_a_moment_both_mean_now(db):
    record = CertificationRecordFactory(expires_at=datetime.now(UTC) + timedelta(minutes=5))
    assert record.certificate_status_at() == sql_status(record, None) == CertificateStatus.VALID
