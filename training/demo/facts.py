"""What a person's years leave, as `training.demo.lives` acts them out: the clock they are counted
on, each program's shape, each sitting of learning, each assignment's facts and history."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace

from training.certification import dates
from training.certification.models import Reminder
from training.certification.reminders import notices_due, reminder_days
from training.learning.models import FIRST_PERIOD

from .company import DAYS_PER_YEAR, Person
from .year import Step

LESSON_MINUTES, ATTEMPT_MINUTES = 4, 3


class Clock:
    """Days counted back from today (UTC), as the replay counts them; its daily job runs at 07:00
    UTC each morning, and once more `now`."""

    def __init__(self, now: datetime, years: int):
        self.now = now
        self.today = now.astimezone(UTC).date()
        self.start = years * DAYS_PER_YEAR + 40  # the history begins: the program's launch

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def ago(self, day: date) -> int:
        return (self.today - day).days

    def run(self, days_ago: int) -> datetime:
        """When the daily job ran that day."""
        return self.now if days_ago <= 0 else datetime.combine(self.day(days_ago), time(7), UTC)


@dataclass(frozen=True)
class Program:
    """What the walk needs of a program and its course: the program row, the course's shape."""

    key: str  # the course's build key
    row: object  # CertificationProgram (read only: dates.validity takes it)
    lessons: tuple[int, ...]  # lessons per module; every module has a quiz
    by_check: bool  # renewal by assessment allowed


@dataclass
class Session:
    """One sitting: lessons read and quizzes taken (or renewal checks), then perhaps attested."""

    course: str
    period_start: datetime
    at: datetime
    modules: int | None  # None: every module, then the attestation
    by_check: bool = False
    stumble: int | None = None  # this module's quiz (or check) is failed once
    extra_lessons: int = 0  # lessons read in the next module

    def ends_at(self, program: Program) -> datetime:
        minutes = 0
        for index, lessons in enumerate(program.lessons[: self.modules]):
            if self.by_check:
                minutes += ATTEMPT_MINUTES + 1
                if index == self.stumble:
                    minutes += lessons * LESSON_MINUTES + ATTEMPT_MINUTES
            else:
                minutes += lessons * LESSON_MINUTES + ATTEMPT_MINUTES
                minutes += ATTEMPT_MINUTES if index == self.stumble else 0
        return self.at + timedelta(minutes=minutes + self.extra_lessons * LESSON_MINUTES)


@dataclass
class RecordPlan:
    cycle: int
    session: Session
    completed_at: datetime
    validity: dates.Validity
    department: str
    role: str


@dataclass
class AssignmentLife:
    """One assignment's facts as the services would have left them, and its history."""

    program: Program
    assigned_at: datetime
    due_at: datetime
    tz: str
    cycle: int = 1
    cycle_started_at: datetime = FIRST_PERIOD
    valid_until: datetime | None = None
    renewal_opens_at: datetime | None = None
    exempt: bool = False
    ended_at: datetime | None = None
    end_reason: str = ""
    events: list[tuple] = field(default_factory=list)
    records: list[RecordPlan] = field(default_factory=list)
    reminders: dict[tuple, tuple] = field(default_factory=dict)  # (cycle, kind, occasion) → …
    extension: tuple | None = None  # (new due date, reason, at)
    exemption: tuple | None = None  # (reason, at)
    reminding_from: int | None = None  # the cycle's first daily run still to remind (days ago)

    def event(self, kind: str, at: datetime, explanation: str, actor: str = "") -> None:
        self.events.append(
            (
                kind,
                at,
                self.cycle,
                self.cycle_started_at,
                self.due_at,
                self.valid_until,
                self.renewal_opens_at,
                self.exempt,
                self.ended_at is not None,
                explanation,
                actor,  # "manager" or "compliance": who approved
            )
        )

    def remind(self, clock: Clock, until: int) -> None:
        """The notices the daily job records from `reminding_from` down to `until` (days ago,
        inclusive), evaluated on the days a notice can change."""
        start = self.reminding_from
        if start is None or until > start:
            return
        facts = SimpleNamespace(
            employee=SimpleNamespace(time_zone=self.tz),
            valid_until=self.valid_until,
            due_at=self.due_at,
        )
        deadline = clock.ago(dates.local_date(self.valid_until or self.due_at, self.tz))
        due = clock.ago(dates.local_date(self.due_at, self.tz))
        days = {start, deadline, due - 7, *(deadline + d for d in reminder_days())}
        days.update(due - 1 - 7 * week for week in range(max(0, (due - until) // 7 + 1)))
        for day in sorted((d for d in days if until <= d <= start), reverse=True):
            at = clock.run(day)
            for notice in notices_due(facts, at):
                key = (self.cycle, notice.kind, notice.occasion)
                self.reminders.setdefault(key, (notice.kind == Reminder.Kind.ESCALATION, at))
        self.reminding_from = until - 1


@dataclass
class PersonLife:
    person: Person
    joins: int  # days ago: hired, or in post when the history begins
    hire_date: date
    left: int | None = None
    moved: int | None = None
    department: str = ""  # today's
    role: str = ""
    steps: list[Step] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    assignments: list[AssignmentLife] = field(default_factory=list)
