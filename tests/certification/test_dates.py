"""Property tests of the date rules (training/dates.py): pure, no database.

Programs are built in memory and never saved.
"""

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from training.certification import dates
from training.certification.models import CertificationProgram, RenewalBasis

ZONES = ["Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "UTC"]
ONE_MICROSECOND = timedelta(microseconds=1)

time_zones = st.sampled_from(ZONES)
completion_moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2040, 12, 31), timezones=st.just(UTC)
)


def last_day_of(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def local(moment: datetime, tz: str) -> datetime:
    return moment.astimezone(ZoneInfo(tz))


def is_utc(moment: datetime) -> bool:
    return moment.tzinfo is not None and moment.utcoffset() == timedelta(0)


@st.composite
def programs(draw, bases=(RenewalBasis.COMPLETION, RenewalBasis.EXPIRY)):
    """A valid program: validity 1–36 months, a window shorter than 28 days a month, 0–90 grace."""
    validity_months = draw(st.integers(min_value=1, max_value=36))
    return CertificationProgram(
        name="In memory",
        validity_months=validity_months,
        renewal_window_days=draw(st.integers(min_value=0, max_value=28 * validity_months - 1)),
        grace_days=draw(st.integers(min_value=0, max_value=90)),
        renewal_basis=draw(st.sampled_from(bases)),
    )


@st.composite
def fixed_date_programs(draw):
    """A fixed yearly date (29 February included), validity 12 months, any window it allows."""
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=last_day_of(2028, month)))  # a leap year
    return CertificationProgram(
        name="In memory, fixed",
        validity_months=12,
        renewal_window_days=draw(st.integers(min_value=0, max_value=28 * 12 - 1)),
        grace_days=draw(st.integers(min_value=0, max_value=90)),
        renewal_basis=RenewalBasis.FIXED,
        fixed_due_month=month,
        fixed_due_day=day,
    )


# --- add_months -----------------------------------------------------------------------------


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(min_value=0, max_value=48),
)
def test_add_months_moves_by_calendar_months_keeping_the_day_or_the_months_last_day(day, months):
    result = dates.add_months(day, months)

    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last = last_day_of(result.year, result.month)
    assert result.day == min(day.day, last)
    assert result.day == day.day or result.day == last


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_adding_zero_months_is_the_same_day(day):
    assert dates.add_months(day, 0) == day


def test_a_year_after_29_february_is_28_february():
    assert dates.add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)


def test_a_month_after_31_january_is_the_last_day_of_february():
    assert dates.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


# --- validity: completion and expiry bases ----------------------------------------------------


@given(programs(), completion_moments, time_zones)
def test_validity_dates_are_ordered_and_expiry_is_the_end_of_a_local_day(program, completed_at, tz):
    v = dates.validity(program=program, completed_at=completed_at, tz=tz)

    assert v.valid_until > completed_at
    assert v.renewal_opens_at <= v.valid_until
    assert v.due_at >= v.valid_until
    assert all(is_utc(moment) for moment in (v.valid_until, v.renewal_opens_at, v.due_at))
    assert local(v.valid_until, tz).time() == time(23, 59, 59)
    assert local(v.due_at, tz).time() == time(23, 59, 59)
    assert local(v.renewal_opens_at, tz).time() == time(0, 0)


@given(programs(), completion_moments, time_zones)
def test_validity_explanation_names_the_expiry_date_in_iso_form(program, completed_at, tz):
    v = dates.validity(program=program, completed_at=completed_at, tz=tz)

    assert local(v.valid_until, tz).date().isoformat() in v.explanation


@given(programs(), completion_moments, time_zones)
def test_first_certification_is_valid_for_validity_months_from_the_local_completion_date(
    program, completed_at, tz
):
    v = dates.validity(program=program, completed_at=completed_at, tz=tz)

    done = local(completed_at, tz).date()
    expiry = local(v.valid_until, tz).date()
    assert expiry == dates.add_months(done, program.validity_months)
    assert local(v.renewal_opens_at, tz).date() == expiry - timedelta(
        days=program.renewal_window_days
    )
    assert local(v.due_at, tz).date() == expiry + timedelta(days=program.grace_days)


@given(programs(bases=(RenewalBasis.EXPIRY,)), completion_moments, time_zones, st.data())
def test_renewing_inside_the_window_on_expiry_basis_extends_from_the_old_expiry(
    program, first_completed_at, tz, data
):
    previous = dates.validity(program=program, completed_at=first_completed_at, tz=tz)
    window = previous.valid_until - previous.renewal_opens_at
    into_window = data.draw(
        st.integers(min_value=0, max_value=window // ONE_MICROSECOND - 1), label="µs into window"
    )
    renewed_at = previous.renewal_opens_at + into_window * ONE_MICROSECOND

    renewed = dates.validity(
        program=program,
        completed_at=renewed_at,
        tz=tz,
        previous_valid_until=previous.valid_until,
        previous_renewal_opens_at=previous.renewal_opens_at,
    )

    old_expiry = local(previous.valid_until, tz).date()
    new_expiry = local(renewed.valid_until, tz).date()
    assert new_expiry == dates.add_months(old_expiry, program.validity_months)
    assert new_expiry >= dates.add_months(old_expiry, program.validity_months)  # no day lost
    assert old_expiry.isoformat() in renewed.explanation


@given(
    programs(bases=(RenewalBasis.EXPIRY,)),
    completion_moments,
    time_zones,
    st.integers(min_value=0, max_value=400 * 24 * 3600),
)
def test_renewing_after_expiry_on_expiry_basis_counts_from_completion(
    program, first_completed_at, tz, seconds_late
):
    previous = dates.validity(program=program, completed_at=first_completed_at, tz=tz)
    renewed_at = previous.valid_until + timedelta(seconds=seconds_late)

    renewed = dates.validity(
        program=program,
        completed_at=renewed_at,
        tz=tz,
        previous_valid_until=previous.valid_until,
        previous_renewal_opens_at=previous.renewal_opens_at,
    )

    done = local(renewed_at, tz).date()
    assert local(renewed.valid_until, tz).date() == dates.add_months(done, program.validity_months)


@given(programs(bases=(RenewalBasis.COMPLETION,)), completion_moments, time_zones, st.data())
def test_renewing_early_on_completion_basis_counts_from_completion(
    program, first_completed_at, tz, data
):
    previous = dates.validity(program=program, completed_at=first_completed_at, tz=tz)
    window = previous.valid_until - previous.renewal_opens_at
    into_window = data.draw(st.integers(min_value=0, max_value=window // ONE_MICROSECOND - 1))
    renewed_at = previous.renewal_opens_at + into_window * ONE_MICROSECOND

    renewed = dates.validity(
        program=program,
        completed_at=renewed_at,
        tz=tz,
        previous_valid_until=previous.valid_until,
        previous_renewal_opens_at=previous.renewal_opens_at,
    )

    done = local(renewed_at, tz).date()
    assert local(renewed.valid_until, tz).date() == dates.add_months(done, program.validity_months)


# --- validity: fixed yearly date --------------------------------------------------------------


@given(fixed_date_programs(), completion_moments, time_zones)
def test_fixed_basis_expires_on_the_fixed_day_more_than_a_window_after_completion(
    program, completed_at, tz
):
    v = dates.validity(program=program, completed_at=completed_at, tz=tz)

    done = local(completed_at, tz).date()
    expiry = local(v.valid_until, tz).date()
    assert expiry.month == program.fixed_due_month
    # 29 February falls on 28 February in years without one.
    assert expiry.day == min(program.fixed_due_day, last_day_of(expiry.year, expiry.month))
    assert (expiry - done).days > program.renewal_window_days
    assert local(v.valid_until, tz).time() == time(23, 59, 59)
    assert v.renewal_opens_at <= v.valid_until <= v.due_at
    assert expiry.isoformat() in v.explanation


@given(fixed_date_programs(), completion_moments, time_zones)
def test_fixed_basis_picks_the_first_fixed_day_beyond_the_window(program, completed_at, tz):
    v = dates.validity(program=program, completed_at=completed_at, tz=tz)

    done = local(completed_at, tz).date()
    expiry = local(v.valid_until, tz).date()
    year_before = expiry.year - 1
    one_year_earlier = date(
        year_before,
        program.fixed_due_month,
        min(program.fixed_due_day, last_day_of(year_before, program.fixed_due_month)),
    )
    assert (one_year_earlier - done).days <= program.renewal_window_days


@given(completion_moments, time_zones)
def test_fixed_29_february_is_28_february_in_a_common_year(completed_at, tz):
    program = CertificationProgram(
        name="Leap day",
        validity_months=12,
        renewal_window_days=30,
        grace_days=14,
        renewal_basis=RenewalBasis.FIXED,
        fixed_due_month=2,
        fixed_due_day=29,
    )
    expiry = local(
        dates.validity(program=program, completed_at=completed_at, tz=tz).valid_until, tz
    )

    assert expiry.month == 2
    assert expiry.day == (29 if calendar.isleap(expiry.year) else 28)


# --- initial due date -------------------------------------------------------------------------


def test_initial_due_explains_a_hire_date_plus_days_and_ends_that_day_in_london():
    hired = dates.start_of_day(date(2026, 3, 2), "Europe/London")

    due = dates.initial_due(assigned_at=hired, due_days=30, tz="Europe/London", reason="hired")

    assert "hired 2026-03-02 + 30 days → due 2026-04-01" in due.explanation
    assert local(due.due_at, "Europe/London") == datetime(
        2026, 4, 1, 23, 59, 59, tzinfo=ZoneInfo("Europe/London")
    )
    assert due.due_at == datetime(2026, 4, 1, 22, 59, 59, tzinfo=UTC)  # BST is UTC+1
    assert is_utc(due.due_at)


@given(completion_moments, st.integers(min_value=0, max_value=365), time_zones)
def test_initial_due_is_the_end_of_the_local_day_so_many_days_after_assignment(
    assigned_at, due_days, tz
):
    due = dates.initial_due(assigned_at=assigned_at, due_days=due_days, tz=tz)

    expected_day = local(assigned_at, tz).date() + timedelta(days=due_days)
    assert local(due.due_at, tz).date() == expected_day
    assert local(due.due_at, tz).time() == time(23, 59, 59)
    assert due.due_at > assigned_at
    assert f"+ {due_days} days → due {expected_day.isoformat()}" in due.explanation


# --- daylight saving time ---------------------------------------------------------------------


@given(
    st.sampled_from(
        [
            ("Europe/London", date(2026, 3, 29)),
            ("Europe/London", date(2026, 10, 25)),
            ("America/Los_Angeles", date(2026, 3, 8)),
            ("America/Los_Angeles", date(2026, 11, 1)),
        ]
    )
)
def test_end_of_day_on_a_clock_change_day_is_2359_59_local_that_day(zone_and_day):
    tz, day = zone_and_day
    moment = dates.end_of_day(day, tz)

    assert is_utc(moment)
    assert local(moment, tz).date() == day
    assert local(moment, tz).time() == time(23, 59, 59)
    assert dates.local_date(moment, tz) == day


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)), time_zones)
def test_end_and_start_of_day_round_trip_to_the_same_local_date(day, tz):
    assert dates.local_date(dates.end_of_day(day, tz), tz) == day
    assert dates.local_date(dates.start_of_day(day, tz), tz) == day
    assert dates.start_of_day(day, tz) < dates.end_of_day(day, tz)


def test_end_of_a_summer_day_in_los_angeles_is_the_next_morning_in_utc():
    assert dates.end_of_day(date(2026, 6, 30), "America/Los_Angeles") == datetime(
        2026, 7, 1, 6, 59, 59, tzinfo=UTC
    )
