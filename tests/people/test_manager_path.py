"""`Employee.manager_path`: the managers above a person, kept by `save()` and the directory import,
so that a team is one indexed prefix match (decision 0019)."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import EmployeeFactory
from training.people import access
from training.people.directory import import_directory
from training.people.models import Employee, below

from .test_import import ANN, BOB, csv_bytes


@pytest.fixture
def tree(db):
    """top → mid → low → leaf, and another top."""
    top = EmployeeFactory(manager=None)
    mid = EmployeeFactory(manager=top)
    low = EmployeeFactory(manager=mid)
    leaf = EmployeeFactory(manager=low)
    other = EmployeeFactory(manager=None)
    return top, mid, low, leaf, other


def _paths(*people):
    return [Employee.objects.get(pk=p.pk).manager_path for p in people]


def test_a_new_person_is_filed_under_their_managers(tree):
    top, mid, low, leaf, other = tree
    assert _paths(top, mid, low, leaf) == [
        "/",
        f"/{top.pk}/",
        f"/{top.pk}/{mid.pk}/",
        f"/{top.pk}/{mid.pk}/{low.pk}/",
    ]
    assert set(below(top)) == {mid, low, leaf}
    assert access.team_ids(top.user) == {mid.pk, low.pk, leaf.pk}


def test_moving_a_manager_moves_everyone_below_them(tree):
    top, mid, low, leaf, other = tree
    stale = Employee.objects.get(pk=low.pk)  # loaded before the move above it
    mid.manager = other
    mid.save()
    assert _paths(mid, low, leaf) == [
        f"/{other.pk}/",
        f"/{other.pk}/{mid.pk}/",
        f"/{other.pk}/{mid.pk}/{low.pk}/",
    ]
    assert access.team_ids(top.user) == set()
    assert access.team_ids(other.user) == {mid.pk, low.pk, leaf.pk}
    # A save from an object loaded before the move does not write the old path back.
    stale.time_zone = "Europe/Paris"
    stale.save()
    assert _paths(low, leaf) == [f"/{other.pk}/{mid.pk}/", f"/{other.pk}/{mid.pk}/{low.pk}/"]
    # Nor does one that leaves the manager out of update_fields.
    stale.active = False
    stale.save(update_fields=["active"])
    assert _paths(low) == [f"/{other.pk}/{mid.pk}/"]


def test_leaving_the_tree_and_refusing_a_cycle(tree):
    top, mid, low, leaf, other = tree
    low.manager = None
    low.save(update_fields=["manager"])
    assert _paths(low, leaf) == ["/", f"/{low.pk}/"]
    assert access.team_ids(top.user) == {mid.pk}
    mid.manager = leaf  # leaf is no longer below mid, so this is allowed
    mid.save()
    assert access.team_ids(low.user) == {leaf.pk, mid.pk}
    low.manager = mid  # mid is below low now: a cycle
    with pytest.raises(ValidationError):
        low.save()
    assert _paths(low) == ["/"]


def test_the_directory_import_keeps_the_paths(db):
    import_directory(data=csv_bytes(ANN, BOB), dry_run=False)
    ann, bob = (
        Employee.objects.get(employee_number="E1"),
        Employee.objects.get(employee_number="E2"),
    )
    assert bob.manager_path == f"/{ann.pk}/"
    # Ann now reports to Cy, who is new in the same file: Bob follows.
    cy = "E3,cy@example.org,Cy,Ro,Finance,Analyst,,2025-01-06,Europe/London,true"
    moved = ANN.replace(",,2025-01-06", ",E3,2025-01-06")
    result = import_directory(data=csv_bytes(moved, BOB, cy), dry_run=False)
    assert result.errors == []
    cy_pk = Employee.objects.get(employee_number="E3").pk
    assert _paths(ann, bob) == [f"/{cy_pk}/", f"/{cy_pk}/{ann.pk}/"]


def test_deleting_a_manager_refiles_the_people_below(tree):
    top, mid, low, leaf, other = tree
    mid.delete()
    assert _paths(low, leaf) == ["/", f"/{low.pk}/"]
    assert set(below(top)) == set()
    assert access.team_ids(Employee.objects.get(pk=low.pk).user) == {leaf.pk}
