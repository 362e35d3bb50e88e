"""The keyed record chain against someone with database access but not the key (issue 9, item 5).

Each attack is the one the issue found passing `verify_records`: a score changed and every later
hash and the head recomputed; the newest record deleted and the head moved back; the chain
reordered. Plus the checkpoint's own forgery and the legacy (pre-key) segment.
"""

import json
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from tests.factories import CertificationRecordFactory
from tests.helpers import delete_record, tamper
from training.certification.chain import (
    GENESIS,
    compute_hash,
    legacy_hash,
    sign_checkpoint,
    take_checkpoint,
    verify_chain,
)
from training.certification.models import CertificationRecord, ChainHead

TABLE = "certification_certificationrecord"


@pytest.fixture
def chain(db):
    return [CertificationRecordFactory() for _ in range(4)]


def _reseal_from(records: list[CertificationRecord], start: int, seal) -> None:
    """What an intruder does after changing record `start`: recompute every later hash and the
    head with `seal`, and write them straight into the table."""
    previous = records[start - 1].hash if start else GENESIS
    for record in records[start:]:
        record.previous_hash = previous
        record.hash = seal(record)
        tamper(
            f"UPDATE {TABLE} SET previous_hash = %s, hash = %s, modules = %s WHERE id = %s",
            [record.previous_hash, record.hash, json.dumps(record.modules), record.pk],
        )
        previous = record.hash
    tamper("UPDATE certification_chainhead SET last_hash = %s", [previous])


def _verify(*args) -> CommandError | None:
    try:
        call_command("verify_records", *args)
    except CommandError as error:
        return error
    return None


def _plain_sha256(record) -> str:
    return legacy_hash(record)


def _other_key(record) -> str:
    with override_settings(RECORD_CHAIN_KEY="a-guess-at-the-key"):
        return compute_hash(record)


@pytest.mark.parametrize("seal", [_plain_sha256, _other_key], ids=["sha256", "wrong-key"])
def test_a_changed_score_with_every_later_hash_recomputed_is_caught(chain, seal):
    chain[1].modules = [{**chain[1].modules[0], "score": "100.00"}, *chain[1].modules[1:]]
    _reseal_from(chain, 1, seal)
    failure = _verify()
    assert failure is not None and failure.returncode == 1
    assert f"record #{chain[1].pk}" in str(failure) and "hash" in str(failure)


def test_the_same_rewrite_with_the_key_would_pass_so_the_key_is_what_protects(chain):
    """The control for the test above: the attack itself is sound, only the key is missing."""
    chain[1].modules = []
    _reseal_from(chain, 1, compute_hash)
    assert _verify() is None


def test_newest_record_deleted_and_head_moved_back_is_caught_against_a_checkpoint(chain, tmp_path):
    published = tmp_path / "checkpoint.json"
    call_command("chain_checkpoint", output=str(published))
    delete_record(chain[-1].pk)
    tamper("UPDATE certification_chainhead SET last_hash = %s", [chain[-2].hash])

    assert _verify() is None  # without a checkpoint a shorter chain is a consistent chain
    failure = _verify("--checkpoint", str(published))
    assert failure.returncode == 3
    assert "truncated" in str(failure) and "vouches for 4 records, only 3 remain" in str(failure)


def test_truncated_then_extended_is_caught_against_a_checkpoint(chain, tmp_path):
    published = tmp_path / "checkpoint.json"
    call_command("chain_checkpoint", output=str(published))
    delete_record(chain[-1].pk)
    tamper("UPDATE certification_chainhead SET last_hash = %s", [chain[-2].hash])
    CertificationRecordFactory()  # a new record, legitimately sealed, in the deleted one's place
    failure = _verify("--checkpoint", str(published))
    assert failure.returncode == 3 and "rewritten, reordered or truncated" in str(failure)


def test_a_reordered_chain_is_caught(chain, tmp_path):
    published = tmp_path / "checkpoint.json"
    call_command("chain_checkpoint", output=str(published))
    first, second = chain[1], chain[2]
    # Swap the two rows' places in the chain (their ids), keeping every stored seal.
    tamper(f"UPDATE {TABLE} SET id = -1 WHERE id = %s", [first.pk])
    tamper(f"UPDATE {TABLE} SET id = %s WHERE id = %s", [first.pk, second.pk])
    tamper(f"UPDATE {TABLE} SET id = %s WHERE id = -1", [second.pk])
    failure = _verify()
    assert failure.returncode == 1 and "link to the previous record is broken" in str(failure)
    assert _verify("--checkpoint", str(published)).returncode == 1


def test_a_forged_checkpoint_is_refused(chain, tmp_path):
    checkpoint = take_checkpoint()
    forged = {**checkpoint, "records": 2, "head": chain[1].hash}  # claims a shorter chain
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(forged))
    failure = _verify("--checkpoint", str(path))
    assert failure.returncode == 4 and "forged" in str(failure)


@pytest.mark.parametrize(
    ("content", "message"), [("not json", "is not JSON"), ("[1, 2]", "not a JSON object")]
)
def test_an_unreadable_checkpoint_is_named(db, tmp_path, content, message):
    path = tmp_path / "checkpoint.json"
    path.write_text(content)
    failure = _verify("--checkpoint", str(path))
    assert failure.returncode == 4 and message in str(failure)
    assert _verify("--checkpoint", str(tmp_path / "absent.json")).returncode == 4


def test_a_genuine_earlier_checkpoint_holds_as_the_chain_grows(chain, tmp_path, capsys):
    call_command("chain_checkpoint")
    printed = json.loads(capsys.readouterr().out)
    assert printed["records"] == 4 and printed["head"] == chain[-1].hash
    assert set(printed) == {"records", "head", "taken_at", "signature"}
    path = tmp_path / "checkpoint.json"
    path.write_text(json.dumps(printed))
    CertificationRecordFactory()
    assert _verify("--checkpoint", str(path)) is None
    assert verify_chain(checkpoints=[printed]).ok


def test_a_retired_key_still_verifies_what_it_sealed(chain):
    checkpoint = take_checkpoint()
    with override_settings(RECORD_CHAIN_KEY="the-new-key", RECORD_CHAIN_OLD_KEYS=[]):
        assert not verify_chain().ok  # the old records need their key
    with override_settings(
        RECORD_CHAIN_KEY="the-new-key", RECORD_CHAIN_OLD_KEYS=["test-only-record-chain-key"]
    ):
        CertificationRecordFactory()
        assert verify_chain(checkpoints=[checkpoint]).ok


# The legacy segment: records sealed with plain SHA-256 before the chain was keyed -----------------


def _legacy_chain(count: int) -> list[CertificationRecord]:
    """Records as the code before the keyed chain sealed them, pinned as migration 0005 pins them."""
    records = [CertificationRecordFactory() for _ in range(count)]
    _reseal_from(records, 0, _plain_sha256)
    boundary = sign_checkpoint(
        records=count, head=records[-1].hash, taken_at=datetime(2026, 11, 1, tzinfo=UTC)
    )
    ChainHead.objects.filter(pk=1).update(
        legacy_records=count,
        legacy_head=boundary["head"],
        legacy_taken_at=datetime(2026, 11, 1, tzinfo=UTC),
        legacy_signature=boundary["signature"],
    )
    return records


def test_legacy_records_verify_and_keyed_ones_follow_them(db):
    legacy = _legacy_chain(3)
    keyed = CertificationRecordFactory()
    assert keyed.previous_hash == legacy[-1].hash
    assert keyed.hash == compute_hash(keyed) != legacy_hash(keyed)
    check = verify_chain()
    assert check.ok and check.checked == 4


def test_rewriting_the_legacy_segment_is_caught_at_its_signed_boundary(db):
    legacy = _legacy_chain(3)
    CertificationRecordFactory()
    legacy[0].modules = []
    _reseal_from(legacy, 0, _plain_sha256)  # recomputed with SHA-256, as before the key
    tamper(  # and the keyed record after it relinked (its own seal cannot follow)
        f"UPDATE {TABLE} SET previous_hash = %s WHERE previous_hash = %s",
        [legacy[-1].hash, CertificationRecord.objects.order_by("id")[2].hash],
    )
    check = verify_chain()
    assert not check.ok and "sealed before the chain was keyed were rewritten" in check.message


def test_moving_the_legacy_boundary_to_cover_keyed_records_is_caught(db):
    _legacy_chain(2)
    later = [CertificationRecordFactory() for _ in range(2)]
    tamper(
        "UPDATE certification_chainhead SET legacy_records = 4, legacy_head = %s", [later[-1].hash]
    )
    check = verify_chain()
    assert not check.ok and check.problem == "forged" and "legacy boundary" in check.message


def test_the_upgrade_migration_pins_the_legacy_records(db):
    """Migration 0005's step, run on records sealed the old way: it signs their boundary."""
    from importlib import import_module

    from django.apps import apps

    legacy = [CertificationRecordFactory() for _ in range(3)]
    _reseal_from(legacy, 0, _plain_sha256)
    assert not verify_chain().ok  # unpinned, SHA-256 seals are not trusted
    migration = import_module("training.certification.migrations.0005_chain_keyed")
    migration.take_legacy_boundary(apps, None)
    head = ChainHead.objects.get()
    assert (head.legacy_records, head.legacy_head) == (3, legacy[-1].hash)
    assert verify_chain().ok
