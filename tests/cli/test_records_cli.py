"""biosparc KIND add|show|edit|delete: every field in and out, through the services (in-process)."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from biosparc_desktop.cli.main import main
from biosparc_desktop.cli.record_kinds import KINDS
from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database

TRICKY = 'R&D <lead> "quoted" it\'s 😀 张伟'
NOTES = "First line <b>&amp;</b>\nsecond “line” 😀 会议纪要"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once for this module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "crm.sqlite3"
    database = open_database(resolve_location(str(path)))
    load_demo(build_services(database))
    database.close()
    return path


@pytest.fixture
def db(tmp_path: Path, demo_file: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(demo_file, path)
    return path


def journal_size(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT count(*) FROM change_entry").fetchone()[0])


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db: Path) -> Run:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def ok(run: Run, *args: str) -> str:
    code, out, err = run(*args)
    assert code == 0, err
    return out


def listed(run: Run, command: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(ok(run, command, "list", "--json"))
    return rows


def shown(run: Run, command: str, public_id: str) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(ok(run, command, "show", public_id, "--json"))
    return record


def as_value(value: Any) -> str:
    """A JSON value as add and edit take it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(
            f"{v['organisation_id']}:{v['role']}" if isinstance(v, dict) else str(v) for v in value
        )
    return str(value)


def new_values(run: Run) -> dict[str, dict[str, str]]:
    """For each kind, a value for every field it accepts (already in the form it is stored in)."""
    org, other = (p["id"] for p in listed(run, "partners")[:2])
    contact = next(c for c in listed(run, "contacts") if c["organisation_id"])
    agreement = listed(run, "agreements")[0]["id"]
    interaction = listed(run, "interactions")[0]["id"]
    event = listed(run, "events")[0]["id"]
    return {
        "partners": {
            "name": f"Test partner {TRICKY}",
            "name_zh": "测试伙伴 😀",
            "short_name": "T&C",
            "kind": "university",
            "country": "SG",
            "city": "Suzhou 苏州",
            "website": "https://example.com/a?b=1&c=2",
            "stage": "engaged",
            "owner": "Chen Yu",
            "description": NOTES,
            "tags": "oncology,vip 贵宾",
            "parent_id": org,
        },
        "contacts": {
            "given_name": "Wei 😀",
            "family_name": "Zhang",
            "name_zh": "张伟",
            "name_order": "family_first",
            "title": TRICKY,
            "organisation_id": org,
            "emails": "wei.zhang@example.com,w@example.cn",
            "phones": "+6564368000",
            "preferred_language": "zh",
            "notes": NOTES,
            "tags": "oncology,vip",
        },
        "agreements": {
            "title": f"MoU {TRICKY}",
            "kind": "research_collaboration",
            "status": "signed",
            "parties": f"{org}:biosparc,{other}:partner",
            "signatory_ids": contact["id"],
            "signed_on": "2025-11-20",
            "effective_on": "2025-12-01",
            "expires_on": "2028-11-30",
            "renewal_notice_days": "90",
            "value": "1250000.50",
            "currency": "CNY",
            "key_terms": NOTES,
            "owner": "Li Na 李娜",
        },
        "tasks": {
            "title": f"Send minutes {TRICKY}",
            "due_on": "2026-12-15",
            "priority": "high",
            "status": "done",
            "assignee": "Chen Yu",
            "notes": NOTES,
            "organisation_id": contact["organisation_id"],
            "contact_id": contact["id"],
            "agreement_id": agreement,
            "interaction_id": interaction,
            "event_id": event,
        },
        "interactions": {
            "kind": "call",
            "occurred_at": "2025-11-20T14:30:00+08:00",
            "timezone": "Asia/Shanghai",
            "summary": NOTES,
            "outcome": TRICKY,
            "organisation_ids": contact["organisation_id"],
            "contact_ids": contact["id"],
            "owner": "Chen Yu",
        },
        "events": {
            "name": f"Signing {TRICKY}",
            "held_on": "2026-03-03",
            "kind": "conference",
            "venue": "Suzhou <Hall> & “Room 1”",
            "description": NOTES,
            "organisation_ids": f"{org},{other}",
            "attendee_ids": contact["id"],
            "agreement_ids": agreement,
        },
    }


@pytest.mark.parametrize("command", list(KINDS))
def test_every_field_goes_in_and_comes_back_out(run: Run, command: str) -> None:
    values = new_values(run)[command]
    assert set(values) == set(KINDS[command].by_name), "a value for every field"
    new_id = ok(run, command, "add", *(f"{k}={v}" for k, v in values.items())).strip()
    first = shown(run, command, new_id)
    assert first["id"] == new_id
    assert {k: as_value(first[k]) for k in values} == values

    # What show --json gives back, add takes: the copy has the same fields.
    ok(run, command, "delete", new_id)  # partner names are unique among live partners
    again = ok(run, command, "add", *(f"{k}={as_value(first[k])}" for k in values)).strip()
    assert again != new_id
    copy = shown(run, command, again)
    assert {k: copy[k] for k in values} == {k: first[k] for k in values}


def test_the_table_shows_every_field(run: Run) -> None:
    contact = listed(run, "contacts")[0]
    out = ok(run, "contacts", "show", contact["id"])
    lines = {line.split("  ", 1)[0] for line in out.splitlines()}
    assert set(KINDS["contacts"].by_name) <= lines
    assert contact["display_name"] in out


# One field changed, and what changes with it (the row's worked-out fields).
EDITS = {
    "partners": ("city", "苏州 & <Singapore>", {"city", "updated_at"}),
    "contacts": ("title", "CEO “interim” 😀", {"title", "updated_at"}),
    "agreements": ("key_terms", "New <terms> & 条款", {"key_terms", "updated_at"}),
    "tasks": ("notes", "Ring back 回电", {"notes", "updated_at"}),
    "interactions": ("outcome", "Agreed 同意 & <signed>", {"outcome"}),
    "events": ("venue", "Hall B 会场", {"venue", "updated_at"}),
}


@pytest.mark.parametrize("command", list(KINDS))
def test_edit_changes_only_the_fields_named(run: Run, command: str) -> None:
    record = listed(run, command)[0]
    before = shown(run, command, record["id"])
    field, value, changed = EDITS[command]
    out = ok(run, command, "edit", record["id"], f"{field}={value}")
    assert out.startswith("Saved ")
    after = shown(run, command, record["id"])
    assert after[field] == value
    assert {k for k in before if before[k] != after[k]} <= changed
    assert {k: v for k, v in before.items() if k not in changed} == {
        k: v for k, v in after.items() if k not in changed
    }


def test_an_empty_value_clears_a_field(run: Run) -> None:
    contact = next(c for c in listed(run, "contacts") if c["title"] and c["emails"])
    ok(run, "contacts", "edit", contact["id"], "title=", "emails=")
    after = shown(run, "contacts", contact["id"])
    assert after["title"] is None and after["emails"] == []


@pytest.mark.parametrize("command", list(KINDS))
def test_delete_moves_to_the_trash_and_restore_brings_it_back(run: Run, command: str) -> None:
    record = listed(run, command)[0]
    out = ok(run, command, "delete", record["id"])
    assert "Trash" in out and record["id"] in out
    code, _, err = run(command, "show", record["id"])
    assert code == 2 and "no " in err and "Trash" in err
    assert record["id"] not in {r["id"] for r in listed(run, command)}
    trash = json.loads(ok(run, "trash", "list", "--json"))
    assert record["id"] in {item["id"] for item in trash}
    ok(run, "trash", "restore", record["id"])
    assert shown(run, command, record["id"])["id"] == record["id"]


def test_writes_are_journalled_as_the_staff_member_and_searchable(run: Run, db: Path) -> None:
    contact = listed(run, "contacts")[0]
    ok(run, "--as", "Li Na", "contacts", "edit", contact["id"], "title=Xylophonist")
    new_id = ok(run, "--as", "Li Na", "partners", "add", "name=Quokka Labs").strip()

    database = open_database(resolve_location(str(db)))
    try:
        journal = build_services(database).journal
        [edit] = [c for c in journal.history(contact["id"], "contact") if c.field == "title"][:1]
        assert edit.staff == "Li Na" and edit.new_value == "Xylophonist"
        assert edit.batch_label.startswith("Edit contact ")
        assert journal.history(new_id, "organisation")[0].staff == "Li Na"
    finally:
        database.close()
    found = json.loads(ok(run, "contacts", "list", "--search", "Xylophonist", "--json"))
    assert [c["id"] for c in found] == [contact["id"]]
    found = json.loads(ok(run, "partners", "list", "--search", "Quokka", "--json"))
    assert [p["id"] for p in found] == [new_id]


def test_status_moves_follow_the_services_rules(run: Run) -> None:
    task = listed(run, "tasks")[0]
    ok(run, "tasks", "edit", task["id"], "status=done")
    assert shown(run, "tasks", task["id"])["status"] == "done"
    ok(run, "tasks", "edit", task["id"], "status=open")
    assert shown(run, "tasks", task["id"])["status"] == "open"

    draft = next(a for a in listed(run, "agreements") if a["status"] == "active")
    code, _, err = run("agreements", "edit", draft["id"], "key_terms=Changed", "status=draft")
    assert code == 2
    assert err == (
        "biosparc: An agreement that is “Active” cannot move to “Draft”: "
        "it can only move to “Expired” or “Terminated”.\n"
    )
    # One transaction: the key terms named beside the refused move were not saved either.
    assert shown(run, "agreements", draft["id"])["key_terms"] != "Changed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("contacts", "add"), "A contact needs a given name, a family name or a Chinese name."),
        (("contacts", "add", "nickname=Wei"), "contacts have no field “nickname”; the fields are:"),
        (("contacts", "add", "pinyin=wei"), "pinyin is worked out by Biosparc and cannot be set"),
        (("contacts", "add", "Wei"), "“Wei” is not FIELD=VALUE; the fields are: given_name"),
        (("contacts", "add", "title=a", "title=b"), "title is given twice."),
        (("contacts", "add", "given_name=W", "emails=nope"), "“nope” is not a valid email"),
        (("contacts", "add", "given_name=W", "name_order=x"), "name_order: “x” is not one of"),
        (("contacts", "add", "given_name=W", "organisation_id=x1"), "organisation_id: no partner"),
        (("contacts", "edit", "no-such-id", "title=x"), "ID: no contact has the id “no-such-id”"),
        (("contacts", "edit", "{contact}"), "Name the fields to change, as FIELD=VALUE"),
        (("contacts", "show", "no-such-id"), "ID: no contact has the id"),
        (("contacts", "delete", "no-such-id"), "ID: no contact has the id"),
        (("partners", "add", "name=X", "kind=zoo"), "kind: “zoo” is not one of hospital,"),
        (("partners", "add", "name="), "The name is required."),
        (("tasks", "add", "title=x", "due_on=tomorrow"), "due_on: “tomorrow” is not a date;"),
        (("tasks", "add", "title=x", "due_on=2025-02-30"), "due_on: “2025-02-30” is not a date"),
        (("tasks", "add", "title=x", "event_id=e"), "event_id: no event has the id “e”"),
        (("tasks", "edit", "{task}", "title= "), "The title is required."),
        (("agreements", "add", "title=x", "value=lots"), "value: “lots” is not a number"),
        (("agreements", "add", "title=x", "renewal_notice_days=9.5"), "is not a whole number"),
        (("agreements", "add", "title=x", "parties=p:king"), "“king” is not a party's role"),
        (("agreements", "add", "title=x", "parties=nope"), "parties: no partner has the id"),
        (("agreements", "add", "title=x"), "An agreement needs at least two parties."),
        (("interactions", "add", "summary=hi"), "Choose at least one organisation or contact."),
        (("interactions", "add", "summary=x", "occurred_at=noon"), "occurred_at: “noon” is not"),
        (("interactions", "add", "summary=x", "contact_ids=a,b"), "contact_ids: no contact"),
        (("interactions", "edit", "{interaction}", "timezone=Mars/Base"), "is not a time zone"),
        (("events", "add", "name=Gala"), "The event needs a date."),
        (("events", "add", "name=x", "held_on=1900-01-01"), "The date must be between 1950"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    run: Run, db: Path, args: tuple[str, ...], message: str
) -> None:
    ids = {
        "contact": listed(run, "contacts")[0]["id"],
        "task": listed(run, "tasks")[0]["id"],
        "interaction": listed(run, "interactions")[0]["id"],
    }
    before = journal_size(db)
    code, out, err = run(*(a.format(**ids) for a in args))
    assert code == 2
    assert out == ""
    assert err.startswith("biosparc: ") and err.count("\n") == 1
    assert message in err
    assert journal_size(db) == before  # nothing was written


@pytest.mark.parametrize("command", list(KINDS))
@pytest.mark.parametrize("action", ["add", "edit", "show", "delete", "list"])
def test_every_command_has_help(
    command: str, action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, action, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: biosparc {command} {action}")
    if action in ("add", "edit"):
        assert all(f"  {name} " in out for name in KINDS[command].by_name)


def test_interactions_and_events_list_as_json_and_tables(run: Run) -> None:
    interactions = listed(run, "interactions")
    assert interactions
    assert {"id", "kind", "occurred_at", "summary", "outcome", "organisation_ids"} <= set(
        interactions[0]
    )
    partner = interactions[0]["organisation_ids"][0]
    only = json.loads(ok(run, "interactions", "list", "--partner", partner, "--json"))
    assert only and all(partner in i["organisation_ids"] for i in only)
    assert len(only) <= len(interactions)

    events = listed(run, "events")
    assert [e["name"] for e in events] == [
        e["name"] for e in json.loads(ok(run, "events", "list", "--search", "", "--json"))
    ]
    assert {"id", "name", "held_on", "kind", "venue", "organisation_ids"} <= set(events[0])
    table = ok(run, "events", "list")
    assert events[0]["name"][:20] in table and f"({len(events)} record" in table
    table = ok(run, "interactions", "list")
    assert f"({len(interactions)} record" in table
