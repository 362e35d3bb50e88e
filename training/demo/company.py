"""A company of any size for `seed_demo --employees N --years Y`: who works where, under whom.

`plan_company` decides from a seed, without the database, a manager tree six or seven levels deep
under manager@example.com (heads of area, directors, managers, team leads, staff, and here and
there a senior with reports of their own), each person's department and job role, who was hired
during the history, who left, who moved to another area, and the one outcome each person's main
certification is steered to (`training.demo.lives` turns that into dated steps and their facts).
"""

import random
from dataclasses import dataclass

from .organisation import FIRST_NAMES, LAST_NAMES, OFFICES, email_part

MANAGER_EMAIL = "manager@example.com"
NUMBER_PREFIX = "C"  # C000001…: apart from the small demo's E10001…; the first marks a company
DAYS_PER_YEAR = 365


@dataclass(frozen=True)
class Area:
    department: str
    head: str
    manager: str  # directors and managers
    lead: str
    staff: tuple[str, ...]


# The job roles are the demo's (training.demo.people.ROLE_TRACKS), so the role tracks apply.
AREAS = (
    Area(
        "Customer Support",
        "Head of Customer Success",
        "Head of Customer Operations",
        "Support Team Lead",
        ("Support Agent", "Senior Support Agent"),
    ),
    Area(
        "Engineering",
        "Head of Engineering",
        "Engineering Manager",
        "Engineering Manager",
        ("Software Engineer", "Data Engineer", "Platform Administrator"),
    ),
    Area(
        "Sales",
        "Head of Sales",
        "Sales Manager",
        "Sales Manager",
        ("Account Executive", "Sales Development Representative"),
    ),
    Area(
        "Marketing",
        "Head of Marketing",
        "Marketing Manager",
        "Marketing Manager",
        ("Marketing Specialist", "CRM Analyst"),
    ),
    Area("HR", "Head of Operations", "HR Manager", "HR Manager", ("HR Advisor", "Recruiter")),
)

# What each member of staff's main certification comes to today: (share of staff, fewest).
OUTCOMES = {
    "certified": (0.42, 1),
    "renewal_due": (0.12, 1),
    "expired": (0.04, 1),
    "lapsed": (0.04, 1),  # certified once, never renewed: overdue
    "straggler": (0.03, 1),  # never certified: overdue
    "in_progress": (0.04, 1),  # a recent hire, learning
    "not_started": (0.03, 1),  # a recent hire
    "extended": (0.02, 1),
    "exempt": (0.02, 1),
    "leaver": (0.09, 1),
    "transfer": (0.05, 1),  # moved to another area: one role track ended, another assigned
}
MANAGER_OUTCOMES = ("certified",) * 5 + ("renewal_due", "lapsed")


@dataclass
class Person:
    index: int
    number: str
    first_name: str
    last_name: str
    email: str
    area: int
    role: str
    manager: int | None  # index of the manager; None: manager@example.com
    time_zone: str
    level: int  # 2: head of area … 6: staff, 7: a senior's report (manager@ is level 1)
    outcome: str
    seed: int
    manages: bool = False  # has reports: in post from the start, never leaves or moves
    transfer_to: int | None = None  # another area


def _levels(size: int) -> list[int]:
    """How many heads, directors, managers and team leads: teams of about 25, a tree as deep at
    20 people as at 50,000."""
    heads = len(AREAS) if size >= 100 else 2
    branching = max(1, round((size / 25 / heads) ** (1 / 3)))
    counts = [heads, heads * branching, heads * branching**2, heads * branching**3]
    while sum(counts) > size // 2:  # small companies: keep most people as staff
        counts = [max(1, c // 2) for c in counts]
        counts[0] = min(counts[0], 2)
    return counts


def _outcomes(staff: int, rng: random.Random) -> list[str]:
    counts = {name: max(least, round(share * staff)) for name, (share, least) in OUTCOMES.items()}
    counts["certified"] = max(1, staff - (sum(counts.values()) - counts["certified"]))
    names = [name for name, count in counts.items() for _ in range(count)][:staff]
    rng.shuffle(names)
    return names


def plan_company(*, size: int, seed: int) -> list[Person]:
    """`size` invented people in a tree under manager@ (no database; the same for a seed)."""
    rng = random.Random(seed)
    counts = _levels(size)
    managers = sum(counts)
    staff_count = size - managers
    leads = counts[-1]
    # A senior: the first of every third team, with the team's next two reporting to them.
    seniors = {t for t in range(leads) if t % 3 == 0 and staff_count > leads * 2 + t}
    movable = [
        j for j in range(staff_count) if not (j // leads == 0 and j % leads in seniors)
    ]  # seniors have reports: they neither leave nor move
    outcomes = dict(zip(movable, _outcomes(len(movable), rng), strict=True))
    taken: dict[str, int] = {}
    areas: list[int] = []  # by index: a subtree stays in its head's area
    people: list[Person] = []
    for index in range(size):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        local = f"{email_part(first)}.{email_part(last)}"
        taken[local] = taken.get(local, 0) + 1
        email = f"{local}{taken[local] if taken[local] > 1 else ''}@company.example.com"
        level, manager, area, role = _position(index, counts, leads, seniors, areas, rng)
        areas.append(area)
        if index < managers:
            outcome = rng.choice(MANAGER_OUTCOMES)
        else:
            outcome = outcomes.get(index - managers, "certified")
        person = Person(
            index=index,
            number=f"{NUMBER_PREFIX}{index + 1:06d}",
            first_name=first,
            last_name=last,
            email=email,
            area=area,
            role=role,
            manager=manager,
            time_zone=rng.choice(OFFICES),
            level=level,
            outcome=outcome,
            seed=rng.getrandbits(32),
            manages=index < managers
            or (
                level == 6
                and (index - managers) % leads in seniors
                and (index - managers) // leads == 0
            ),
        )
        if outcome == "transfer":
            area_count = counts[0]
            person.transfer_to = (area + 1 + rng.randrange(area_count - 1)) % area_count
        people.append(person)
    return people


def _position(index, counts, leads, seniors, areas, rng):
    """(level, manager index, area, job role) of the index-th person; parents are round-robin."""
    start = 0
    for depth, count in enumerate(counts):
        if index < start + count:
            position = index - start
            if depth == 0:
                return 2, None, position, AREAS[position].head
            parent = start - counts[depth - 1] + position % counts[depth - 1]
            area = areas[parent]
            role = AREAS[area].lead if depth == 3 else AREAS[area].manager
            return depth + 2, parent, area, role
        start += count
    j = index - start
    team, place = j % leads, j // leads
    lead = start - leads + team
    area = areas[lead]
    role = rng.choice(AREAS[area].staff)
    if team in seniors and place in (1, 2):
        return 7, start + team, area, role  # reports to the team's senior (place 0)
    return 6, lead, area, role
