"""The issue's budgets (docs/performance.md), printed next to the figures they judge.

A budget is stated at 50,000 employees on PostgreSQL; at another size or on SQLite the line says
so rather than claiming it met or missed.
"""

BUDGET_SIZE = 50_000

# figure name: (at most / at least, limit, unit)
BUDGETS = {
    "compliance.now.wall": ("≤", 0.5, "s"),
    "compliance.year_ago.wall": ("≤", 1.5, "s"),
    "team.manager_of_2000.wall": ("≤", 0.25, "s"),
    "team.top.wall": ("≤", 1.0, "s"),
    "export.records_csv.ratio_to_copy": ("≥", 0.5, "x"),
    "lesson.page.queries": ("≤", 10, "queries"),
    "daily.first_run.wall": ("≤", 60, "s"),
    "seed.wall": ("≤", 300, "s"),
}
# Judged at any size: query counts must not grow with the company.
SIZE_FREE = {"lesson.page.queries"}

context = {"size": BUDGET_SIZE, "postgresql": True}


def number(value: float) -> str:
    if isinstance(value, int) or value == int(value) and abs(value) >= 10:
        return f"{value:,.0f}"
    return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"


def judged(name: str, value: float, unit: str, note: str = "") -> str:
    line = f"{name}: {number(value)} {unit}"
    if note:
        line += f" ({note})"
    budget = BUDGETS.get(name)
    if budget is None:
        return line
    sign, limit, budget_unit = budget
    met = value <= limit if sign == "≤" else value >= limit
    line += f"  [budget {sign} {number(limit)} {budget_unit} at {BUDGET_SIZE:,} on PostgreSQL: "
    at_size = context["size"] == BUDGET_SIZE and context["postgresql"]
    if at_size or name in SIZE_FREE:
        return line + ("met]" if met else "NOT MET]")
    return line + f"{'within' if met else 'over'} it at this size, not judged]"
