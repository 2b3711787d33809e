"""The server trusts nothing a laptop sends: tokens, people, sizes, values, versions."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from biosparc_desktop.store.migrate import HEAD_REVISION
from tests.server.conftest import Laptop, Server, run_server_cli

SCHEMA = {"X-Biosparc-Schema": HEAD_REVISION}


def enrol(server: Server, name: str) -> dict[str, str]:
    answer = httpx.post(
        f"{server.url}/api/v1/enrol",
        json={"code": server.add_user(name), "device_name": f"{name}'s laptop"},
        timeout=10,
    )
    answer.raise_for_status()
    result: dict[str, str] = answer.json()
    return result


def push(server: Server, token: str, batches: list[dict[str, object]]) -> httpx.Response:
    return httpx.post(
        f"{server.url}/api/v1/push",
        json={"batches": batches},
        headers={**SCHEMA, "Authorization": f"Bearer {token}"},
        timeout=30,
    )


def organisation_batch(**fields: object) -> dict[str, object]:
    record = str(uuid.uuid4())
    row = {
        "public_id": record,
        "name": "Essex Bio",
        "kind": "other",
        "stage": "prospect",
        "created_at": "2026-12-01T09:00:00+00:00",
        **fields,
    }
    return {
        "batch_id": str(uuid.uuid4()),
        "device_seq": 1,
        "base_seq": 0,
        "label": "Add organisation",
        "at": "2026-12-01T09:00:00+00:00",
        "changes": [
            {"entity": "organisation", "record_id": record, "action": "insert", "new": row}
        ],
    }


def biosparc(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_batch_sent_twice_is_applied_once_and_answered_the_same(server: Server) -> None:
    device = enrol(server, "Alice")
    batch = organisation_batch(name="Innovent Biologics")
    first = push(server, device["token"], [batch]).json()["results"][0]
    again = push(server, device["token"], [batch]).json()["results"][0]
    assert first == again
    assert first["status"] == "applied"
    other = enrol(server, "Bob")
    page = httpx.get(
        f"{server.url}/api/v1/pull",
        params={"after": 0},
        headers={**SCHEMA, "Authorization": f"Bearer {other['token']}"},
    ).json()
    assert [b["batch_id"] for b in page["batches"]].count(batch["batch_id"]) == 1


def test_the_person_of_a_change_comes_from_the_token_not_the_batch(server: Server) -> None:
    alice, bob = enrol(server, "Alice"), enrol(server, "Bob")
    batch = organisation_batch(name="Mirxes")
    batch["staff"] = bob["staff_id"]  # a forged author
    batch["staff_name"] = "Bob"
    assert push(server, alice["token"], [batch]).json()["results"][0]["status"] == "applied"
    page = httpx.get(
        f"{server.url}/api/v1/pull",
        params={"after": 0},
        headers={**SCHEMA, "Authorization": f"Bearer {bob['token']}"},
    ).json()
    (pushed,) = [b for b in page["batches"] if b["batch_id"] == batch["batch_id"]]
    assert (pushed["staff"], pushed["staff_name"]) == (alice["staff_id"], "Alice")


# (fields of a new organisation, what the refusal says); one server for all of them.
BROKEN_RULES = [
    ({"kind": "spaceship"}, "The organisation field “kind” must be one of"),
    ({"name": "x" * 201}, "The organisation field “name” is longer than 200 characters."),
    ({"name": None}, "The organisation field “name” is required."),
    ({"country": 86}, "The organisation field “country” must be text."),
    ({"name": "nul\x00byte"}, "“name” contains a character that cannot be stored."),
    ({"created_at": "yesterday"}, "The organisation field “created_at” is not a valid date."),
    ({"colour": "red"}, "The organisation field “colour” is not a field of this kind of record."),
]


def test_values_that_break_the_rules_are_refused_with_a_reason(server: Server) -> None:
    device = enrol(server, "Alice")
    for fields, reason in BROKEN_RULES:
        result = push(server, device["token"], [organisation_batch(**fields)]).json()["results"][0]
        assert result["status"] == "refused", fields
        assert reason in result["reason"], (fields, result["reason"])


def test_an_agreement_that_expires_before_it_starts_is_refused(server: Server) -> None:
    device = enrol(server, "Alice")
    record = str(uuid.uuid4())
    row = {
        "public_id": record,
        "title": "Strategic cooperation",
        "kind": "mou",
        "status": "draft",
        "effective_on": "2026-01-01",
        "expires_on": "2025-01-01",
    }
    batch = {
        "batch_id": str(uuid.uuid4()),
        "device_seq": 1,
        "base_seq": 0,
        "changes": [{"entity": "agreement", "record_id": record, "action": "insert", "new": row}],
    }
    result = push(server, device["token"], [batch]).json()["results"][0]
    assert result == {
        "batch_id": batch["batch_id"],
        "status": "refused",
        "reason": "The expiry date must be after the effective date.",
    }


def test_malformed_oversized_unauthenticated_and_wrong_version_requests_get_a_sentence(
    server: Server,
) -> None:
    device = enrol(server, "Alice")
    auth = {**SCHEMA, "Authorization": f"Bearer {device['token']}"}
    api = f"{server.url}/api/v1"

    bad_json = httpx.post(f"{api}/push", content=b"{not json", headers=auth)
    assert (bad_json.status_code, bad_json.json()) == (
        400,
        {"error": "The request is not valid JSON."},
    )

    huge = httpx.post(f"{api}/push", content=b"[" + b" " * (33 * 1024 * 1024) + b"]", headers=auth)
    assert huge.status_code == 413
    assert "too large" in huge.json()["error"]

    nobody = httpx.get(f"{api}/pull", headers={**SCHEMA, "Authorization": "Bearer forged"})
    assert nobody.status_code == 401
    assert "does not know this laptop" in nobody.json()["error"]

    old = httpx.get(f"{api}/pull", headers={**auth, "X-Biosparc-Schema": "0003"})
    assert old.status_code == 409
    assert "update Biosparc Desktop to sync" in old.json()["error"]


def test_a_revoked_laptop_is_refused_at_once_and_keeps_its_changes(
    server: Server, laptops: Callable[[str], Laptop]
) -> None:
    alice = laptops("alice")
    alice.syncer.join(server.url, server.add_user("Alice"))
    device_id = alice.syncer.status().device_id
    assert device_id is not None
    alice.close()

    listed = run_server_cli(server.db, "devices", "--json")
    assert [d["id"] for d in json.loads(listed.stdout)] == [device_id]
    assert run_server_cli(server.db, "revoke", device_id).returncode == 0
    assert json.loads(run_server_cli(server.db, "devices", "--json").stdout)[0]["revoked"]

    done = biosparc(alice.path, "sync")
    assert done.returncode == 2
    assert "removed from the team server by an administrator" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_bad_code_exits_2_and_an_unreachable_server_exits_3_losing_nothing(
    server: Server, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:
    db = tmp_path / "carol.sqlite3"
    assert biosparc(db, "init").returncode == 0
    wrong = biosparc(db, "sync", "join", server.url, "--code", "AAAA-BBBB-CCCC")
    assert wrong.returncode == 2
    assert "enrolment code is not valid" in wrong.stderr

    joined = biosparc(db, "sync", "join", server.url, "--code", server.add_user("Carol"))
    assert joined.returncode == 0, joined.stderr
    carol = laptops("carol")
    from biosparc_desktop.services.organisations import OrganisationDraft

    carol.services.organisations.create(OrganisationDraft(name="True Light PE"))
    carol.close()
    server.stop()
    offline = biosparc(db, "sync")
    assert offline.returncode == 3
    assert "cannot be reached" in offline.stderr
    status = json.loads(biosparc(db, "sync", "status", "--json").stdout)
    assert status["pending"] == 1

    server.start()
    assert biosparc(db, "sync").returncode == 0
    assert json.loads(biosparc(db, "sync", "status", "--json").stdout)["pending"] == 0


def test_a_refused_batch_takes_back_only_itself_the_others_of_its_push_stay(
    server: Server,
) -> None:
    device = enrol(server, "Alice")
    first = organisation_batch(name="Innovent Biologics")
    broken = organisation_batch(**BROKEN_RULES[0][0])
    last = organisation_batch(name="Zai Lab")
    results = push(server, device["token"], [first, broken, last]).json()["results"]

    assert [r["status"] for r in results] == ["applied", "refused", "applied"]
    assert results[2]["seq"] == results[0]["seq"] + 1  # no hole in the feed
    pulled = httpx.get(
        f"{server.url}/api/v1/pull",
        params={"after": 0},
        headers={**SCHEMA, "Authorization": f"Bearer {enrol(server, 'Bob')['token']}"},
        timeout=10,
    ).json()
    names = [
        c["new"]["name"]
        for b in pulled["batches"]
        for c in b["changes"]
        if c["entity"] == "organisation"
    ]
    assert names == ["Innovent Biologics", "Zai Lab"]
    # A resend of the whole push gets the same answers and applies nothing twice.
    again = push(server, device["token"], [first, broken, last]).json()["results"]
    assert again == results
