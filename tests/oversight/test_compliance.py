import re
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import EmployeeFactory
from tests.org import auditor, build_org, compliance_officer
from training.certification.assigning import grant_extension
from training.certification.models import Assignment
from training.oversight.trend import month_ends

URL = "/compliance/"


@pytest.fixture
def org(db):
    return build_org(9)


def test_compliance_sees_the_organisation_percentages(client, org):
    client.force_login(compliance_officer())
    response = client.get(URL)
    html = response.text
    assert response.status_code == 200
    # 9 people: 3 certified (compliant), 3 overdue, 3 not started.
    assert response.context["overall"] == {"total": 9, "compliant": 3, "percent": 33}
    assert "Org programme" in html and "Support" in html and "Agent" in html
    assert "Not compliant (6)" in html
    assert "<svg" in html and "The trend as a table" in html


def test_as_of_a_past_date_uses_history(client, org):
    boss, lead, people, program = org
    overdue = Assignment.objects.with_status().filter(status="overdue").first()
    grant_extension(
        assignment=overdue,
        new_due_date=(timezone.now() + timedelta(days=60)).date(),
        reason="Sick leave",
        approver=boss.user,
    )
    client.force_login(compliance_officer())
    today = client.get(URL, {"status": "overdue"}).context["page"].paginator.count
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    before = client.get(URL, {"as_of": yesterday, "status": "overdue"})
    assert today == 2
    assert before.context["page"].paginator.count == 3  # yesterday the extension did not exist yet
    # Before anyone was assigned there was nothing to comply with.
    early = client.get(URL, {"as_of": "2025-12-01"}).context["overall"]
    assert early["total"] == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"as_of": "31/12/2025"}, "“as_of” must be a date as YYYY-MM-DD (not “31/12/2025”)."),
        ({"as_of": "0001-01-01"}, "“as_of” cannot be before 2000-01-01."),
        ({"as_of": "2999-01-01"}, "“as_of” cannot be in the future."),
        ({"program": "²"}, "“program”: there is no certification program with id “²”."),
        ({"program": str(2**70)}, "“program”: there is no certification program"),
        ({"status": "certified"}, "“status” must be one of"),
        ({"colour": "red"}, "Unknown parameter “colour”."),
    ],
)
def test_a_bad_parameter_is_explained_with_400(client, org, query, message):
    client.force_login(compliance_officer())
    response = client.get(URL, query)
    assert response.status_code == 400
    assert message in response.text
    assert "Showing today, unfiltered." in response.text


def test_page_two_keeps_the_day_and_every_filter(client, org, monkeypatch):
    from training.oversight.views import compliance

    monkeypatch.setattr(compliance, "PAGE_SIZE", 1)
    client.force_login(compliance_officer())
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    query = {"as_of": yesterday, "status": "overdue", "program": org[3].pk}
    response = client.get(URL, query)
    assert response.context["page"].paginator.count > 1
    link = re.search(r'href="\?([^"]*page=2[^"]*)"', response.text).group(1)
    assert parse_qs(link.replace("&amp;", "&")) == {
        "as_of": [yesterday],
        "status": ["overdue"],
        "program": [str(org[3].pk)],
        "page": ["2"],
    }


def test_the_exports_link_keeps_the_day_shown(client, org):
    client.force_login(compliance_officer())
    exports = reverse("exports:index")
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()

    def link(query):
        html = client.get(URL, query).text
        return re.search(r'<a href="([^"]*)">Exports and evidence pack</a>', html).group(1)

    assert link({}) == exports
    assert link({"as_of": yesterday, "status": "overdue"}) == f"{exports}?as_of={yesterday}"
    # A day that was refused is not the day shown (today is): the link does not carry it.
    assert link({"as_of": "2999-01-01"}) == exports


def test_filters_on_the_non_compliant_list(client, org):
    client.force_login(compliance_officer())
    page = client.get(URL, {"status": "overdue"}).context["page"]
    assert page.paginator.count == 3
    assert {a.status for a in page.object_list} == {"overdue"}


def test_auditors_read_it_without_actions_and_nothing_else(client, org):
    client.force_login(auditor())
    response = client.get(URL)
    assert response.status_code == 200 and "read-only" in response.text
    assert client.get(reverse("team:index")).status_code == 403
    assert client.get("/admin/").status_code in {302, 403}


def test_employees_and_managers_may_not(client, org):
    boss, lead, people, _ = org
    for user in (people[0].user, boss.user, EmployeeFactory().user):
        client.force_login(user)
        assert client.get(URL).status_code == 403


def test_trend_covers_twelve_month_ends():
    from datetime import date

    ends = month_ends(date(2026, 3, 15))
    assert len(ends) == 12
    assert (
        ends[0] == date(2025, 4, 30)
        and ends[-2] == date(2026, 2, 28)
        and ends[-1] == date(2026, 3, 15)
    )


def test_the_dashboard_costs_the_same_queries_for_10_and_1000_people(client, db):
    officer = compliance_officer()
    client.force_login(officer)
    counts = []
    for size, prefix in ((10, "s"), (990, "l")):
        build_org(size, prefix=prefix)
        client.get(URL)
        with CaptureQueriesContext(connection) as queries:
            client.get(URL)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_a_past_day_costs_the_same_queries_for_3_and_30_people(client, db):
    """The trend and the as-of figures are a fixed number of queries, not one per month or person."""
    officer = compliance_officer()
    client.force_login(officer)
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    counts = []
    for size, prefix in ((3, "s"), (27, "l")):
        build_org(size, prefix=prefix)
        client.get(URL, {"as_of": yesterday})
        with CaptureQueriesContext(connection) as queries:
            client.get(URL, {"as_of": yesterday})
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_non_compliant_list_is_most_urgent_first(client, org):
    """Overdue before not started; within a status the earliest due date first, then the id."""
    client.force_login(compliance_officer())
    rows = list(client.get(URL).context["page"].object_list)
    statuses = [a.status for a in rows]
    assert statuses == ["overdue"] * 3 + ["not_started"] * 3
    overdue = rows[:3]
    assert [(a.due_at, a.pk) for a in overdue] == sorted((a.due_at, a.pk) for a in overdue)
