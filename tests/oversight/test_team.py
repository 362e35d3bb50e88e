from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import EmployeeFactory, UserFactory
from tests.org import auditor, build_org
from training.certification.dates import organisation_today
from training.certification.models import Reminder
from training.certification.models.records import occasion_day
from training.people.models import Delegation


@pytest.fixture
def org(db):
    return build_org(9)


def test_a_manager_sees_direct_and_indirect_reports_overdue_first(client, org):
    boss, lead, people, _ = org
    client.force_login(boss.user)
    html = client.get(reverse("team:index")).text
    names = [p.user.first_name for p in people]
    for name in names:
        assert f">{name} Person<" in html
    assert "Le Ad" in html  # the team lead is a direct report too
    # Overdue people are listed before the certified ones.
    assert html.index(">P0 Person<") < html.index(">P1 Person<")
    assert '<span class="status-count__n">3</span> Overdue' in html


def test_direct_only_toggle(client, org):
    boss, lead, people, _ = org
    client.force_login(boss.user)
    html = client.get(reverse("team:index"), {"direct": "1"}).text
    assert ">P1 Person<" in html and ">P0 Person<" not in html  # P0 reports to the lead


def test_filters_and_search(client, org):
    boss, *_ = org
    client.force_login(boss.user)
    html = client.get(reverse("team:index"), {"status": "certified"}).text
    assert ">P1 Person<" in html and ">P0 Person<" not in html
    html = client.get(reverse("team:index"), {"q": "P4"}).text
    assert ">P4 Person<" in html and ">P1 Person<" not in html


def test_repeated_filters_cannot_widen_the_list(client, org):
    boss, *_ = org
    client.force_login(boss.user)
    response = client.get(reverse("team:index") + "?program=1&program=2", follow=True)
    assert "Give “program” once." in response.text


def test_someone_without_reports_gets_403_and_other_teams_are_404(client, org):
    boss, lead, people, _ = org
    client.force_login(people[0].user)
    assert client.get(reverse("team:index")).status_code == 403
    other = EmployeeFactory()
    client.force_login(lead.user)
    assert client.get(reverse("team:person", args=[other.pk])).status_code == 404
    assert (
        client.get(reverse("team:person", args=[people[1].pk])).status_code == 404
    )  # boss's, not lead's
    assert client.get(reverse("team:person", args=[people[0].pk])).status_code == 200


def test_drill_down_shows_dates_explained_and_no_quiz_answers(client, org):
    boss, lead, people, _ = org
    client.force_login(boss.user)
    html = client.get(reverse("team:person", args=[people[0].pk])).text
    assert "Org programme" in html and "How the dates were worked out" in html and "bulk" in html
    assert "choice_ids" not in html


def test_send_reminder_once_a_day_and_recorded(client, org):
    boss, lead, people, _ = org
    client.force_login(boss.user)
    assignment = people[0].assignments.get()
    url = reverse("team:remind", args=[people[0].pk, assignment.pk])
    client.post(url)
    second = client.post(url, follow=True)
    assert "already reminded today" in second.text
    assert [m.to for m in mail.outbox] == [[people[0].user.email]]
    reminder = Reminder.objects.get(assignment=assignment)
    assert reminder.kind == Reminder.Kind.MANUAL and reminder.sent_at is not None
    # The occasion is the day it was sent (in the manager's zone): at most one a day.
    sent_on = occasion_day(reminder.occasion)
    assert abs(sent_on - reminder.created_at.date()) <= timedelta(days=1)


def test_delegation_gives_read_access_until_it_expires_or_is_revoked(client, org):
    boss, lead, people, _ = org
    assistant = UserFactory(email="assistant@example.org")
    client.force_login(boss.user)
    client.post(reverse("team:delegations"), {"email": "assistant@example.org", "days": "10"})
    delegation = Delegation.objects.get()
    assert delegation.delegate == assistant and delegation.manager == boss

    client.force_login(assistant)
    assert ">P1 Person<" in client.get(reverse("team:index")).text
    Delegation.objects.filter(pk=delegation.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert client.get(reverse("team:index")).status_code == 403

    Delegation.objects.filter(pk=delegation.pk).update(
        expires_at=timezone.now() + timedelta(days=1)
    )
    client.force_login(boss.user)
    client.post(reverse("team:delegations"), {"revoke": delegation.pk})
    client.force_login(assistant)
    assert client.get(reverse("team:index")).status_code == 403
    assert Delegation.objects.get().revoked_at is not None  # kept as history


def test_bad_delegation_is_refused_with_a_message(client, org):
    boss, *_ = org
    client.force_login(boss.user)
    response = client.post(
        reverse("team:delegations"), {"email": "nobody@example.org", "days": "5"}, follow=True
    )
    assert "No active person signs in as “nobody@example.org”." in response.text
    assert not Delegation.objects.exists()


def test_an_auditor_without_reports_has_no_team_view(client, org):
    client.force_login(auditor())
    assert client.get(reverse("team:index")).status_code == 403


def test_a_delegate_reads_the_team_but_cannot_send_reminders(client, org):
    boss, lead, people, _ = org
    assistant = UserFactory(email="assistant@example.org")
    Delegation.objects.create(
        manager=boss,
        delegate=assistant,
        created_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=5),
    )
    client.force_login(assistant)
    person = client.get(reverse("team:person", args=[people[0].pk]))
    assert person.status_code == 200 and "Send reminder" not in person.text
    assignment = people[0].assignments.get()
    response = client.post(reverse("team:remind", args=[people[0].pk, assignment.pk]))
    assert response.status_code == 403
    assert not Reminder.objects.exists() and mail.outbox == []


def test_team_costs_the_same_queries_for_10_and_1000_people(client, db):
    counts = []
    for size, prefix in ((10, "s"), (1000, "l")):
        boss, *_ = build_org(size, prefix=prefix)
        client.force_login(boss.user)
        client.get(reverse("team:index"))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("team:index"))
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_team_csv_has_exactly_my_team(client, org):
    import csv
    import io

    boss, lead, people, _ = org
    outsider = build_org(2, prefix="x")[2][0]
    client.force_login(lead.user)
    response = client.get(reverse("team:export"))
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    numbers = {row["employee_number"] for row in rows}
    assert numbers == {p.employee_number for p in people if p.manager_id == lead.pk}
    assert outsider.employee_number not in numbers


def test_team_csv_is_a_named_download_no_cache_keeps(client, org):
    _, lead, _, _ = org
    client.force_login(lead.user)
    response = client.get(reverse("team:export"))
    today = organisation_today().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="team-certification-status-as-of-{today}.csv"'
    )
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_page_of_a_large_team_loads_only_that_page(client, db):
    """The list is filtered, ordered and paged by the database: showing 25 of 1,000 people
    builds 25 people in Python, not the whole team."""
    from django.db.models.signals import post_init

    from training.people.models import Employee

    boss, *_ = build_org(1000, prefix="big")
    client.force_login(boss.user)
    built = []

    def count(sender, **kwargs):
        built.append(sender)

    post_init.connect(count, sender=Employee)
    try:
        html = client.get(reverse("team:index")).text
    finally:
        post_init.disconnect(count, sender=Employee)
    assert "1001 people, most urgent first" in html
    assert '<span class="status-count__n">334</span> Overdue' in html
    assert len(built) < 60, len(built)


def test_the_order_is_most_urgent_first_then_name_then_id_across_pages(client, db):
    """Same status and same name: the older record first, so page 2 continues page 1 exactly."""
    from django.contrib.auth import get_user_model

    boss, lead, people, _ = build_org(60, prefix="ord")
    get_user_model().objects.filter(email__startswith="ord").exclude(
        email__startswith="ord-"
    ).update(first_name="Sam", last_name="Same")
    client.force_login(boss.user)
    seen = []
    for number in (1, 2, 3):
        html = client.get(reverse("team:index"), {"page": number}).text
        found = [
            (html.index(f'href="/team/{p.pk}/"'), p.pk)
            for p in people
            if f'href="/team/{p.pk}/"' in html
        ]
        seen += [pk for _, pk in sorted(found)]
    overdue = sorted(p.pk for i, p in enumerate(people) if i % 3 == 0)
    not_started = sorted(p.pk for i, p in enumerate(people) if i % 3 == 2)
    assert seen[: len(overdue)] == overdue
    assert seen[len(overdue) : len(overdue) + len(not_started)] == not_started
    assert len(seen) == len(set(seen)) == 60
