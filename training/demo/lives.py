"""Each person's years, planned and acted out in memory the way the services would act them out.

`live` walks a person's assignments cycle by cycle with certification's own rules
(`assigning.first_due`, `dates.validity`, `reminders.notices_due` and the services' explanations):
assigned, learning, certified, renewal opened, renewed, extended, exempted, moved, left. One walk
gives two things: the dated steps (`year.Step`) that `replay.replay_company` replays through the
services, and the facts those steps leave (`facts.AssignmentLife`, `facts.Session`), which
`training.demo.bulk` writes in batches. A test replays a small company both ways and compares.
"""

import random
from datetime import time, timedelta
from types import SimpleNamespace

from training.certification import dates
from training.certification.assigning import (
    approved,
    end_explanation,
    first_due,
    renewal_explanation,
)
from training.certification.models import AssignmentEvent

from .company import AREAS
from .facts import AssignmentLife, Clock, PersonLife, Program, RecordPlan, Session
from .organisation import EXEMPTION_REASONS, EXTENSION_REASONS
from .year import Step

ANNUAL = "data-ethics-essentials"
Kind = AssignmentEvent.Kind


class Walk:
    """Acts out one person's life from the program's launch to now."""

    def __init__(
        self,
        person,
        programs: dict[str, Program],
        tracks: dict,
        clock: Clock,
        *,
        manager: str,
        officer: str,
    ):
        self.p, self.programs, self.tracks, self.clock = person, programs, tracks, clock
        self.manager, self.officer = manager, officer  # approvers' names, as the services say them
        self.rng = random.Random(person.seed)
        self.annual = programs[ANNUAL]
        self.moves: list[tuple[int, int, str]] = []  # (days ago, area, role) after a move

    # The plan -------------------------------------------------------------------------------

    def live(self) -> PersonLife:
        c, rng = self.clock, self.rng
        due_days = self.annual.row.initial_due_days
        outcome = self.p.outcome
        first, stop = None, 0
        if outcome in ("certified", "renewal_due", "expired", "lapsed", "exempt", "leaver"):
            first, stop = self._first_completion(outcome)
        elif outcome == "transfer":
            first, stop = self._first_completion("certified")
        if first is None and outcome not in ("in_progress", "not_started", "extended"):
            outcome = "straggler"
        joins = self._joins(first, outcome, due_days)
        hire_date = c.day(joins if joins < c.start else joins + rng.randint(30, 2500))
        self.life = life = PersonLife(self.p, joins, hire_date)
        if outcome == "leaver":
            life.left = stop = rng.randint(1, max(1, (first or joins) - 5))
        if outcome == "transfer" and joins > 90 and self.p.transfer_to is not None:
            life.moved = rng.randint(1, joins - 60)
            area = AREAS[self.p.transfer_to]
            self.moves.append((life.moved, self.p.transfer_to, rng.choice(area.staff)))
        exempt_on = rng.randint(1, joins - 1) if outcome == "exempt" else None
        learns = {"in_progress": 1.0, "not_started": 0.0, "straggler": 0.4}.get(outcome, 0.5)
        annual = self._assign(self.annual, joins)
        if outcome == "extended":
            self._extend(annual, joins - due_days + 2)
        self._cycles(
            annual, first, exempt_on or stop, life.left, exempt_on=exempt_on, learns=learns
        )
        before = self._track_key(joins)
        after = before if life.moved is None else self._track_key(life.moved)
        moves_track = before != after  # the move ends one role track and assigns another
        if before is not None:
            track = self._assign(self.programs[before], joins)
            shifted = None if first is None else max(stop + 1, first - rng.randint(0, 6))
            end = life.moved if moves_track else life.left
            self._cycles(track, shifted, stop, end, learns=learns)
        if life.moved is not None:
            for step_day, area, role in self.moves:
                self.life.steps.append(
                    Step(step_day, "transfer", department=AREAS[area].department, role=role)
                )
            if moves_track and after is not None:
                track = self._assign(self.programs[after], life.moved)
                recent = life.moved < due_days + 5
                new_first = None if recent else life.moved - rng.randint(2, 25)
                self._cycles(track, new_first, 0, life.left, learns=learns)
        if life.left is not None:
            self.life.steps.append(Step(life.left, "leave"))
        for assignment in life.assignments:
            if assignment.ended_at is None:
                assignment.remind(c, 0)
        life.department, life.role = self._position_on(0)
        return life

    def _first_completion(self, outcome: str) -> tuple[int | None, int]:
        """The day of the first certification, chosen so that renewing early every year (which
        keeps the expiry's anniversary) leaves today where `outcome` needs it; and the day from
        which the person completes nothing more."""
        row, c = self.annual.row, self.clock
        ahead = {
            "renewal_due": (3, row.renewal_window_days - 3),
            "expired": (-(row.grace_days - 2), -1),
            "lapsed": (-300, -(row.grace_days + 2)),
        }.get(outcome, (row.renewal_window_days + 1, 355))
        expiry = c.day(-self.rng.randint(*ahead))
        years = [
            k for k in range(1, 12) if 8 <= c.ago(dates.add_months(expiry, -12 * k)) < c.start - 1
        ]
        if not years:
            return None, 0
        # Managers were in post at the launch and certified in its first year.
        first = c.ago(
            dates.add_months(
                expiry, -12 * (max(years) if self.p.manages else self.rng.choice(years))
            )
        )
        if outcome in ("certified", "exempt", "leaver"):
            return first, 0
        return first, c.ago(expiry) + row.renewal_window_days  # from the renewal's opening

    def _joins(self, first: int | None, outcome: str, due: int) -> int:
        start, rng = self.clock.start, self.rng
        if self.p.manages:
            return start  # managers were in post when the program launched
        match outcome:
            case "in_progress":
                return rng.randint(3, due - 3)
            case "not_started":
                return rng.randint(1, due - 3)
            case "extended":
                return due + rng.randint(3, 12)
            case "straggler":
                return rng.choice((start, rng.randint(due + 10, start)))
        if first >= start - 25:
            return start
        return first + rng.randint(3, 25)

    def _position_on(self, day: int) -> tuple[str, str]:
        """(department, job role) on that day."""
        area, role = self.p.area, self.p.role
        for moved, new_area, new_role in self.moves:
            if day <= moved:
                area, role = new_area, new_role
        return AREAS[area].department, role

    def _track_key(self, day: int) -> str | None:
        key = self.tracks.get(self._position_on(day)[1])
        return key if key in self.programs else None

    # Acting it out ----------------------------------------------------------------------------

    def _assign(self, program: Program, day: int) -> AssignmentLife:
        at = self.clock.run(day)
        employee = SimpleNamespace(hire_date=self.life.hire_date, time_zone=self.p.time_zone)
        due = first_due(employee, program.row.initial_due_days, at)
        life = AssignmentLife(program, at, due.due_at, self.p.time_zone, reminding_from=day)
        life.event(Kind.ASSIGNED, at, due.explanation)
        self.life.assignments.append(life)
        return life

    def _cycles(self, life, first, stop: int, end: int | None, *, exempt_on=None, learns=0.5):
        """Certify on `first`, then renew early every year while the person still completes
        (after `stop`, before `end`); the last, unfinished cycle perhaps partly learned."""
        day, since = first, None
        if day is not None and day > stop and (end is None or day > end):
            while True:
                self._certify(life, day)
                opens = self._open_renewal(life, end, exempt_on)
                if opens is None:
                    break
                expires = self.clock.ago(dates.local_date(life.valid_until, life.tz))
                latest = max(expires + 1, stop + 1, (end or 0) + 1)
                if latest > opens:
                    since = opens
                    break
                day = max(latest, opens - self.rng.randint(0, 50))
        else:
            since = life.reminding_from
        if since is not None and self.rng.random() < learns:
            self._partly(life, since, max(stop, end or 0) + 1)
        if exempt_on is not None:
            self._exempt(life, exempt_on)
        self._end(life, end)

    def _certify(self, life: AssignmentLife, day: int) -> None:
        program, rng = life.program, self.rng
        life.remind(self.clock, day)
        by_check = life.cycle > 1 and program.by_check and rng.random() < 0.6
        stumble = rng.randrange(len(program.lessons)) if rng.random() < 0.25 else None
        session = self._session(life, day, None, by_check=by_check, stumble=stumble)
        done = session.ends_at(program)
        valid = dates.validity(
            program=program.row,
            completed_at=done,
            tz=life.tz,
            previous_valid_until=life.valid_until,
            previous_renewal_opens_at=life.renewal_opens_at,
        )
        department, role = self._position_on(day)
        life.records.append(RecordPlan(life.cycle, session, done, valid, department, role))
        life.valid_until, life.renewal_opens_at = valid.valid_until, valid.renewal_opens_at
        life.due_at = valid.due_at
        life.event(Kind.CERTIFIED, done, valid.explanation)
        life.reminding_from = None

    def _open_renewal(self, life, end: int | None, exempt_on: int | None) -> int | None:
        """The daily job opens the renewal on the first run after it is due, unless the
        assignment ended that morning or before, was exempted before, or the day has not come;
        return that day (days ago), or None."""
        opens_at = life.renewal_opens_at
        if opens_at > self.clock.now:
            return None
        opens = self.clock.ago(dates.local_date(opens_at, "UTC"))
        if opens_at.time() > time(7):
            opens = max(0, opens - 1)  # after the morning's run: the next one opens it
        if (end is not None and opens <= end) or (exempt_on is not None and opens < exempt_on):
            return None
        life.remind(self.clock, opens + 1)
        life.cycle, life.cycle_started_at = life.cycle + 1, opens_at
        life.event(Kind.RENEWAL_OPENED, opens_at, renewal_explanation(opens_at, life.cycle))
        life.reminding_from = opens
        return opens

    def _partly(self, life: AssignmentLife, since: int, latest: int) -> None:
        """Some learning in a cycle left unfinished: a few modules, and a lesson of the next."""
        if since - 1 < latest or (self.p.outcome == "not_started" and life.cycle == 1):
            return
        modules = self.rng.randint(0, len(life.program.lessons) - 1)
        self._session(life, self.rng.randint(latest, since - 1), modules, extra_lessons=1)

    def _session(self, life, day: int, modules, *, by_check=False, stumble=None, extra_lessons=0):
        at = self.clock.run(day) + timedelta(hours=3, minutes=self.rng.randint(0, 180))
        session = Session(
            life.program.key,
            life.cycle_started_at,
            at,
            modules,
            by_check=by_check,
            stumble=stumble,
            extra_lessons=extra_lessons,
        )
        self.life.sessions.append(session)
        self.life.steps.append(
            Step(
                day,
                "learn",
                modules=modules,
                extra_lessons=extra_lessons,
                stumble=stumble,
                by_check=by_check,
                course=life.program.key,
            )
        )
        return session

    def _extend(self, life: AssignmentLife, day: int) -> None:
        life.remind(self.clock, day)
        reason = self.rng.choice(EXTENSION_REASONS)
        new_due = self.clock.day(-self.rng.randint(7, 21))
        at = self.clock.run(day) + timedelta(hours=2, minutes=self.rng.randint(0, 50))
        due = dates.extended_due(new_due_date=new_due, tz=life.tz, reason=reason)
        life.due_at, life.extension = due.due_at, (new_due, reason, at)
        life.event(Kind.EXTENDED, at, approved(due.explanation, self.manager), "manager")
        life.reminding_from = day - 1
        self.life.steps.append(
            Step(day, "extend", due_in_days=(new_due - self.clock.today).days, reason=reason)
        )

    def _exempt(self, life: AssignmentLife, day: int) -> None:
        life.remind(self.clock, day)
        reason = self.rng.choice(EXEMPTION_REASONS)
        at = self.clock.run(day) + timedelta(hours=2, minutes=self.rng.randint(0, 50))
        life.exempt, life.exemption = True, (reason, at)
        life.event(Kind.EXEMPTED, at, approved(f"exempted: {reason}", self.officer), "compliance")
        life.reminding_from = None
        self.life.steps.append(Step(day, "exempt", reason=reason))

    def _end(self, life: AssignmentLife, end: int | None) -> None:
        if end is None:
            return
        life.remind(self.clock, end + 1)
        at = self.clock.run(end)
        left = self.life.left == end
        reason = "left the organisation" if left else "no longer required by the job role"
        life.ended_at, life.end_reason = at, reason
        life.event(Kind.ENDED, at, end_explanation(reason))
        life.reminding_from = None
