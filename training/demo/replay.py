"""The company of `build_company`, acted out day by day through the real services instead.

Slow (each day runs the daily job; each step is a learner's requests), so only for small
companies: a test builds one both ways and holds the bulk path to what the services do.
"""

import random

from django.contrib.auth import get_user_model
from django.db import transaction

from content.models import CoursePage

from .bulk import lives_of, require_company_programs
from .company import AREAS, MANAGER_EMAIL, plan_company
from .courses import load_programs
from .facts import Clock
from .lives import ANNUAL
from .organisation import quietly
from .people import DEMO_PEOPLE
from .year import DemoYear, PlannedPerson


def replay_company(*, size: int, years: int, seed: int, now) -> int:
    """Replay the company's history through the services; return the reminders recorded."""
    programs, _ = load_programs(random.Random(seed))
    people = plan_company(size=size, seed=seed)
    clock = Clock(now, years)
    with quietly(), transaction.atomic():
        require_company_programs()
        planned = [
            PlannedPerson(
                number=p.number,
                first_name=p.first_name,
                last_name=p.last_name,
                email=p.email,
                department=AREAS[p.area].department,
                role=p.role,
                manager=MANAGER_EMAIL if p.manager is None else people[p.manager].email,
                time_zone=p.time_zone,
                joins_days_ago=life.joins,
                hire_date=life.hire_date,
                story=p.outcome,
                steps=life.steps,
            )
            for p, life in zip(people, lives_of(people, programs, clock), strict=True)
        ]
        annual = programs[ANNUAL]
        year = DemoYear(
            planned,
            course=annual.row.courses.get(),
            program=annual.row,
            today=clock.today,
            start=clock.start,
            seed=seed,
        )
        for key, program in programs.items():
            year.add_course(key, CoursePage.objects.get(build_key=key), program.row)
        year.compliance_officer = get_user_model().objects.get(email=DEMO_PEOPLE[1].email)
        return year.run(clock.now)
