"""`make bench` runs its figures at a tiny size here so they do not rot; timings are not judged
(they belong to `make bench`), only that every figure comes out as `name: value unit`."""

import re

import pytest

from bench import budgets, figures
from training.demo.bulk import build_company
from training.demo.people import create_demo_users

LINE = re.compile(
    r"^[a-z_.0-9]+: (-?[\d,]+(\.\d+)? [a-z/ ]+|n/a .*|not timed .*)( \(.*\))?(  \[.*\])?$"
)


@pytest.mark.django_db(transaction=False)
def test_every_bench_figure_prints_as_name_value_unit(monkeypatch):
    monkeypatch.setitem(budgets.context, "size", 30)
    monkeypatch.setitem(budgets.context, "postgresql", False)
    create_demo_users()
    build_company(size=30, years=1, seed=2)
    prepared = {"built": True, "people": 30, "wall": 1.0, "cpu": 0.5}
    lines = [
        *figures.seed(prepared, 30, 1),
        *figures.compliance(1),
        *figures.team(1),
        *figures.records_export(1),
        *figures.lesson_page(1, batch=2),
        *figures.verify(1),
        *figures.daily_job(1, 5),
    ]
    bad = [line for line in lines if not LINE.match(line)]
    assert not bad, bad
    names = {line.split(":")[0] for line in lines}
    for name in (
        "compliance.now.wall",
        "compliance.year_ago.queries",
        "team.top.wall",
        "export.records_csv.rate",
        "lesson.page.queries",
        "lesson.page.ratio_to_bare_page",
        "verify_records.wall",
        "daily.first_run.wall",
        "daily.ordinary_day.wall",
    ):
        assert name in names
    rate = next(line for line in lines if line.startswith("export.records_csv.rate"))
    assert rate.split()[2] == "rows/s"
    # A budget is only judged at the size it was set for; query counts at any size.
    compliance = next(line for line in lines if line.startswith("compliance.now.wall"))
    assert "not judged" in compliance
    queries = next(line for line in lines if line.startswith("lesson.page.queries"))
    assert queries.endswith(("met]", "NOT MET]"))
