"""The demo organisation under manager@example.com, and the year that leaves it in every status.

`plan_organisation` decides from a seed, without the database, who works where, reporting to
whom, and what each person's year was: joined when, learned what, passed or failed which quiz,
renewed, was granted an extension or an exemption, left. `seed_organisation` then has
`training.demo.year.DemoYear` act that year out through the real services, once.
"""

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta

from django.db import transaction
from django.db.models import Count
from django.test.utils import override_settings
from django.utils import timezone

from training.certification.dates import add_months
from training.certification.models import Assignment, CertificationProgram
from training.certification.programs import ANNUAL_PROGRAM
from training.people.models import Employee

from .people import DEMO_PEOPLE, DemoPerson, require_program
from .year import DemoYear, PlannedPerson, Step

SEED = 20240108
DEFAULT_SIZE = 50
MIN_SIZE = 20
MAX_SIZE = 5000
FIRST_NUMBER = 10001  # employee numbers E10001…; the first one marks an existing organisation
MANAGER_EMAIL = "manager@example.com"

FIRST_NAMES = (
    "Amara", "Lukas", "Sofia", "Mateo", "Aisha", "Jonas", "Mei", "Tomasz", "Fatima", "Oliver",
    "Inês", "Kwame", "Hana", "Ravi", "Elena", "Samuel", "Yuki", "Nadia", "Diego", "Freya",
    "Omar", "Zoë", "Arjun", "Leila", "Finn", "Chiara", "Tariq", "Ingrid", "Malik", "Rosa",
    "Emil", "Ayesha", "Niamh", "Kofi", "Lena", "Marco", "Sanne", "Idris", "Julia", "Dmitri",
    "Carmen", "Hugo", "Noor", "Patrick", "Aoife", "Bongani", "Marta", "Sven", "Thandiwe", "José",
)  # fmt: skip
LAST_NAMES = (
    "Adeyemi", "Becker", "Costa", "Dubois", "Eriksson", "Fernandes", "García", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "O'Brien", "Petrov",
    "Quinn", "Rossi", "Santos", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yıldız", "Zhang",
    "Andersen", "Byrne", "Chowdhury", "da Silva", "Ekwueme", "Fitzgerald", "Gupta", "Horváth",
    "Kaur", "López", "Murphy", "Nowak", "Okonkwo", "Patel", "Reyes", "Schmidt", "Walsh", "Kim",
)  # fmt: skip
OFFICES = ("Europe/London",) * 5 + (
    "Europe/Dublin",
    "Europe/Berlin",
    "Europe/Berlin",
    "Europe/Lisbon",
)


@dataclass(frozen=True)
class Team:
    department: str
    manager_role: str
    roles: tuple[str, ...]
    lead: int  # which head of area it reports to


# Two heads of area report to manager@; each team's manager reports to one of them.
LEADS = (
    ("Customer Support", "Head of Customer Success"),
    ("HR", "Head of Operations"),
)
TEAMS = (
    Team("Customer Support", "Support Team Lead", ("Support Agent", "Senior Support Agent"), 0),
    Team("Engineering", "Engineering Manager", ("Software Engineer", "Data Engineer"), 1),
    Team("Sales", "Sales Manager", ("Account Executive", "Sales Development Representative"), 0),
    Team("Marketing", "Marketing Manager", ("Marketing Specialist", "CRM Analyst"), 1),
    Team("HR", "HR Manager", ("HR Advisor", "Recruiter"), 1),
)
# Each story is a year that leaves the person in one status now: (share of staff, fewest).
STORIES = {
    "certified": (0.25, 1),
    "renewed": (0.06, 1),
    "renewed_by_check": (0.06, 1),  # the renewal by renewal checks instead of rereading
    "renewal_due": (0.10, 2),
    "expired": (0.07, 1),
    "lapsed": (0.05, 1),  # expired and past grace: overdue
    "overdue": (0.10, 2),
    "straggler": (0.02, 0),  # never certified since the program started
    "in_progress": (0.09, 2),
    "not_started": (0.06, 1),
    "extended": (0.03, 1),
    "exempt": (0.04, 1),
    "leaver_certified": (0.04, 1),
    "leaver_new": (0.03, 1),
}
LOGIN_STORIES = {
    "admin@example.com": "renewal_due",
    "employee@example.com": "in_progress",
    "employee2@example.com": "renewed_by_check",
}  # every other demo login renewed once and is certified
EXTENSION_REASONS = (
    "Joined during the product launch; the manager agreed two more weeks.",
    "Back from sick leave this month.",
    "Started on a part-time schedule.",
)
EXEMPTION_REASONS = (
    "On long-term parental leave; the course is assigned again on return.",
    "Contractor with no access to customer data (confirmed by the DPO).",
)


@dataclass(frozen=True)
class Rules:
    """The program's periods in days, counted back from today."""

    today: date
    months: int
    window: int
    grace: int
    due: int

    def completed_ago(self, expired_ago: int) -> int:
        """Days since a completion whose certification expires `expired_ago` days ago (<0: ahead)."""
        expiry = self.today - timedelta(days=expired_ago)
        return (self.today - add_months(expiry, -self.months)).days

    @property
    def start(self) -> int:
        """The program started, and the history begins, early enough for a first renewal."""
        return self.completed_ago(self.grace + 26) + 20


class _Stories:
    """Each method returns (days ago hired, or None if in post before the program, steps)."""

    def __init__(self, rules: Rules, rng: random.Random):
        self.r, self.rng = rules, rng

    def _course(self, days_ago: int) -> Step:
        stumble = self.rng.randrange(10) if self.rng.random() < 0.25 else None
        return Step(days_ago, "learn", stumble=stumble)

    def _part(self, days_ago: int, most: int) -> Step:
        return Step(days_ago, "learn", modules=self.rng.randint(1, most), extra_lessons=1)

    def _joined_before(self, days_ago: int) -> int:
        return min(self.r.start - 1, days_ago + self.rng.randint(2, max(2, self.r.due - 3)))

    def certified(self):
        done = self.rng.randint(7, self.r.completed_ago(-(self.r.window + 15)))
        return self._joined_before(done), [self._course(done)]

    def renewed(self):
        expired = self.rng.randint(16, 30)
        renewed = expired + self.rng.randint(3, max(3, self.r.window - 10))
        return None, [self._course(self.r.completed_ago(expired)), self._course(renewed)]

    def renewed_by_check(self):
        """Renewed by taking the renewal checks; now and then one is failed and that module
        reread."""
        hired, (first, renewal) = self.renewed()
        stumble = self.rng.randrange(10) if self.rng.random() < 0.3 else None
        return hired, [first, Step(renewal.days_ago, "learn", by_check=True, stumble=stumble)]

    def renewal_due(self):
        ahead = self.rng.randint(5, max(5, self.r.window - 5))
        done = self.r.completed_ago(-ahead)
        steps, opened = [self._course(done)], self.r.window - ahead
        if opened >= 4 and self.rng.random() < 0.5:
            steps.append(self._part(self.rng.randint(1, opened - 2), 4))
        return self._joined_before(done), steps

    def expired(self):
        expired = self.rng.randint(2, max(2, self.r.grace - 3))
        done = self.r.completed_ago(expired)
        steps = [self._course(done)]
        if self.rng.random() < 0.5:
            steps.append(self._part(self.rng.randint(1, 30), 3))
        return self._joined_before(done), steps

    def lapsed(self):
        expired = self.rng.randint(self.r.grace + 4, self.r.grace + 25)
        return None, [self._course(self.r.completed_ago(expired))]

    def overdue(self):
        hired = self.rng.randint(self.r.due + 10, self.r.due + 120)
        learned, roll = hired - self.rng.randint(1, self.r.due - 2), self.rng.random()
        if roll < 0.35:
            return hired, [self._part(learned, 5)]
        if roll < 0.6:
            return hired, [Step(learned, "learn", modules=self.rng.randint(0, 2), give_up=True)]
        return hired, []

    def straggler(self):
        return None, [self._part(self.r.start - self.rng.randint(5, 60), 2)]

    def in_progress(self):
        hired = self.rng.randint(4, self.r.due - 4)
        return hired, [self._part(self.rng.randint(1, hired - 1), 7)]

    def not_started(self):
        return self.rng.randint(1, self.r.due - 4), []

    def extended(self):
        hired = self.rng.randint(self.r.due + 3, self.r.due + 12)
        due_ago = hired - self.r.due
        reason = self.rng.choice(EXTENSION_REASONS)
        steps = [Step(due_ago + 2, "extend", due_in_days=self.rng.randint(7, 21), reason=reason)]
        if self.rng.random() < 0.6:
            steps.append(self._part(self.rng.randint(1, due_ago + 1), 6))
        return hired, steps

    def exempt(self):
        when = self.r.start - self.rng.randint(2, max(2, self.r.due - 5))
        return None, [Step(when, "exempt", reason=self.rng.choice(EXEMPTION_REASONS))]

    def leaver_certified(self):
        done = self.r.start - self.rng.randint(3, max(3, self.r.due - 3))
        return None, [self._course(done), Step(self.rng.randint(60, 250), "leave")]

    def leaver_new(self):
        hired = self.rng.randint(150, 300)
        left = hired - self.rng.randint(20, 60)
        return hired, [self._part(hired - self.rng.randint(1, 15), 3), Step(left, "leave")]


def quietly():
    """A replay's settings: its reminders and certificates are recorded, never sent."""
    return override_settings(
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}},
        TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}},
    )


def email_part(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_name.lower() if c.isalnum())


def _story_counts(staff: int) -> list[str]:
    counts = {name: max(least, round(share * staff)) for name, (share, least) in STORIES.items()}
    counts["certified"] = max(1, staff - (sum(counts.values()) - counts["certified"]))
    return [name for name, count in counts.items() for _ in range(count)][:staff]


def plan_organisation(*, size: int, rules: Rules, seed: int = SEED) -> list[PlannedPerson]:
    """The demo logins and `size` invented people, each with a year's story (no database)."""
    rng = random.Random(seed)
    stories = _Stories(rules, rng)
    people = [_plan_login(login, rules, stories) for login in DEMO_PEOPLE]
    team_count = max(2, round(size / 10))
    staff = _story_counts(size - len(LEADS) - team_count)
    rng.shuffle(staff)
    emails: list[str] = []  # by index: heads of area, then team managers, then their staff
    taken: set[str] = set()
    for index in range(size):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        emails.append(_unique_email(first, last, taken))
        taken.add(emails[-1])
        department, role, boss = _position(index, team_count, rng)
        if index < len(LEADS) + team_count:
            # Managers were in post when the program started: most renewed, a few lapsed.
            story = rng.choice(("renewed", "renewed", "renewed", "lapsed"))
        else:
            story = staff.pop()
        hired, steps = getattr(stories, story)()
        people.append(
            PlannedPerson(
                number=f"E{FIRST_NUMBER + index}",
                first_name=first,
                last_name=last,
                email=emails[-1],
                department=department,
                role=role,
                manager=MANAGER_EMAIL if boss is None else emails[boss],
                time_zone=rng.choice(OFFICES),
                joins_days_ago=rules.start if hired is None else hired,
                hire_date=_hire_date(rules, hired, rng),
                story=story,
                steps=steps,
            )
        )
    return people


def _position(index: int, team_count: int, rng: random.Random) -> tuple[str, str, int | None]:
    """Department, job role and the manager's index (None: manager@) of the index-th person."""
    if index < len(LEADS):
        return *LEADS[index], None
    if index < len(LEADS) + team_count:
        team = TEAMS[(index - len(LEADS)) % len(TEAMS)]
        return team.department, team.manager_role, team.lead
    slot = (index - len(LEADS) - team_count) % team_count
    team = TEAMS[slot % len(TEAMS)]
    return team.department, rng.choice(team.roles), len(LEADS) + slot


def _unique_email(first: str, last: str, taken: set[str]) -> str:
    """first.last@example.com, numbered when two people share a name."""
    local, number = f"{email_part(first)}.{email_part(last)}", 1
    email = f"{local}@example.com"
    while email in taken:
        number += 1
        email = f"{local}{number}@example.com"
    return email


def _hire_date(rules: Rules, hired: int | None, rng: random.Random) -> date:
    days = hired if hired is not None else rules.start + rng.randint(30, 2200)
    return rules.today - timedelta(days=days)


def _plan_login(login: DemoPerson, rules: Rules, stories: _Stories) -> PlannedPerson:
    story = LOGIN_STORIES.get(login.email, "renewed")
    hired, steps = getattr(stories, story)()
    if login.hired_days_ago is not None:  # a new hire whose learning fits after that day
        hired = login.hired_days_ago
        steps = [
            Step(min(s.days_ago, hired - 1), s.action, modules=2, extra_lessons=1) for s in steps
        ]
    return PlannedPerson(
        number=login.number,
        first_name=login.first_name,
        last_name=login.last_name,
        email=login.email,
        department=login.department,
        role=login.role,
        manager=login.manager or "",
        time_zone="Europe/London",
        joins_days_ago=rules.start if login.hired_days_ago is None else hired,
        hire_date=login.hire_date(rules.today),
        story=story,
        steps=steps,
        login=login,
    )


class DemoError(Exception):
    """The demo organisation cannot be built; the message says what to do first."""


@dataclass
class SeedReport:
    created: bool
    people: int
    departments: int = 0
    days: int = 0
    reminders: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


def organisation_exists() -> bool:
    return Employee.objects.filter(employee_number=f"E{FIRST_NUMBER}").exists()


def seed_organisation(*, size: int = DEFAULT_SIZE, seed: int = SEED, now=None) -> SeedReport:
    """Build the demo organisation and replay its year, once; an existing one is left as it is.

    While the year is replayed, mail goes to the dummy mailer and tasks to the dummy backend: the
    reminders and certificates it sends (hundreds, dated months ago) would otherwise reach the
    console, the SMTP server or the worker's queue, addressed to people who do not exist.
    """
    if organisation_exists():
        people = Employee.objects.filter(employee_number__regex=r"^E1\d{4}$").count()
        return SeedReport(created=False, people=people)
    program = CertificationProgram.objects.filter(name=ANNUAL_PROGRAM).first()
    course = program.courses.first() if program else None
    if course is None:
        raise DemoError("The course and its program are missing: run `manage.py build_course`.")
    now = now or timezone.now()
    rules = Rules(
        today=now.astimezone(UTC).date(),
        months=program.validity_months,
        window=program.renewal_window_days,
        grace=program.grace_days,
        due=program.initial_due_days,
    )
    people = plan_organisation(size=size, rules=rules, seed=seed)
    with quietly(), transaction.atomic():
        require_program({p.role for p in people})
        year = DemoYear(
            people, course=course, program=program, today=rules.today, start=rules.start, seed=seed
        )
        reminders = year.run(now)
    statuses = Assignment.objects.with_status().values("status").annotate(n=Count("pk"))
    return SeedReport(
        created=True,
        people=size,
        departments=len({p.department for p in people if p.login is None}),
        days=rules.start,
        reminders=reminders,
        statuses={row["status"]: row["n"] for row in statuses.order_by("status")},
    )
