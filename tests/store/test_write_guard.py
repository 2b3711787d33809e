"""Reads go on while the open-time check runs; writes wait for its verdict."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from biosparc_desktop.config import resolve_location
from biosparc_desktop.errors import DatabaseDamaged, StorageError
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store import early_check
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.engine import make_engine
from biosparc_desktop.store.integrity import IntegrityReport
from biosparc_desktop.store.write_guard import WriteGuard


def _engine_on_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'guarded.sqlite3'}"
    plain = make_engine(url)
    with plain.begin() as connection:
        connection.execute(text("CREATE TABLE note (body TEXT)"))
        connection.execute(text("INSERT INTO note VALUES ('kept')"))
    plain.dispose()
    return make_engine(url)


def _write(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO note VALUES ('new')"))


def test_reads_work_and_writes_are_refused_until_the_check_passes(tmp_path: Path) -> None:
    engine = _engine_on_file(tmp_path)
    check: Future[IntegrityReport] = Future()
    guard = WriteGuard(engine, check)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT body FROM note")).scalar() == "kept"
    with pytest.raises(OperationalError, match="readonly"):
        _write(engine)
    check.set_result(IntegrityReport(ok=True, problems=()))
    assert guard.verdict().ok and guard.lifted
    _write(engine)  # on the same pooled connection that was read-only
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM note")).scalar() == 2
    engine.dispose()


def test_a_failed_check_keeps_every_connection_read_only(tmp_path: Path) -> None:
    engine = _engine_on_file(tmp_path)
    check: Future[IntegrityReport] = Future()
    guard = WriteGuard(engine, check)
    check.set_result(IntegrityReport(ok=False, problems=("page 7 is damaged",)))
    assert not guard.verdict().ok and not guard.lifted
    with pytest.raises(OperationalError, match="readonly"):
        _write(engine)
    engine.dispose()


def _slow_check(monkeypatch: pytest.MonkeyPatch, report: IntegrityReport) -> threading.Event:
    """Make the early check wait for the returned event, then give ``report``."""
    release = threading.Event()

    def check_file(_path: Path, *, full: bool = False) -> IntegrityReport:
        release.wait(10)
        return report

    monkeypatch.setattr(early_check, "check_file", check_file)
    return release


def test_open_with_verify_later_reads_at_once_and_writes_after_the_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "crm.sqlite3"))
    open_database(location).close()
    path = location.sqlite_path
    assert path is not None
    release = _slow_check(monkeypatch, IntegrityReport(ok=True, problems=()))
    early_check.start_check(path)
    database = open_database(location, verify_later=True)
    try:
        assert not database.verified
        services = build_services(database)
        assert services.organisations.count() == 0  # reads work before the verdict
        with pytest.raises(StorageError):
            services.organisations.create(OrganisationDraft(name="Too early"))
        release.set()
        database.confirm_intact()
        assert database.verified
        services.organisations.create(OrganisationDraft(name="After the check"))
        assert services.organisations.count() == 1
    finally:
        database.close()


def test_a_damaged_verdict_raises_and_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "crm.sqlite3"))
    open_database(location).close()
    path = location.sqlite_path
    assert path is not None
    before = path.read_bytes()
    release = _slow_check(monkeypatch, IntegrityReport(ok=False, problems=("page 3 is bad",)))
    early_check.start_check(path)
    database = open_database(location, verify_later=True)
    try:
        release.set()
        with pytest.raises(DatabaseDamaged, match="page 3 is bad"):
            database.confirm_intact()
        assert not database.verified
    finally:
        database.close()
    assert path.read_bytes() == before
