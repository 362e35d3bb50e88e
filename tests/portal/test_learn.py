"""/learn/: what is required of me, in words for each status, and my certificates."""

import pytest

from tests.factories import AssignmentFactory
from training.certification.models import Status

# What /learn/ says for each status, and what it must then not say.
SAID = {
    Status.CERTIFIED: ("Certified until", "renew now"),
    Status.RENEWAL_DUE: ("· renew now", "Due by"),
    Status.EXPIRED: ("Due by", "Certified until"),
    Status.OVERDUE: ("Due by", "Certified until"),
    Status.IN_PROGRESS: ("Due by", "Certified until"),
    Status.NOT_STARTED: ("Due by", "Certified until"),
    Status.EXEMPT: ("You are exempt", "Due by"),
}


@pytest.mark.parametrize("status", list(Status), ids=str)
def test_each_status_is_said_in_words(learner_client, employee, status):
    AssignmentFactory(employee=employee, **{status.value: True})
    html = learner_client.get("/learn/").text
    assert f'status--{status.value}">{status.label}<' in html
    said, not_said = SAID[status]
    assert said in html and not_said not in html


@pytest.mark.parametrize(
    "status, badge",
    [(Status.CERTIFIED, 'badge--ok">Valid'), (Status.EXPIRED, 'badge--bad">Expired')],
    ids=str,
)
def test_my_certificates_say_whether_they_are_still_valid(learner_client, employee, status, badge):
    AssignmentFactory(employee=employee, **{status.value: True})
    assert badge in learner_client.get("/learn/").text
