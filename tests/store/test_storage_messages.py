"""Storage errors carry a template and its values, so the interface can word them in its language.

The English sentence (what the command line prints and the tests read) is the
template filled in; the file's path travels as a value, never inside the template.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from biosparc_desktop.config import Location, resolve_location
from biosparc_desktop.errors import BiosparcError, DatabaseDamaged, StorageError
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.store.backups import backup_to
from biosparc_desktop.store.database import Database, open_database
from biosparc_desktop.store.integrity import check_file
from biosparc_desktop.store.restore import validate_backup
from tests.store.damage import break_foreign_key, corrupt_table

DAMAGED = (
    "The database {path} is damaged ({problem}), so it was not opened and nothing in it "
    "was changed. Restore the newest good backup: Biosparc Desktop offers it when it "
    "starts, or run “biosparc restore BACKUP”. The damaged file is kept, not deleted."
)


def _assert_templated(error: BiosparcError, template: str, **params: object) -> None:
    assert error.template == template
    assert error.params == params
    assert error.message == template.format(**params)


def _closed(services: Services, database: Database) -> Path:
    services.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    path = database.location.sqlite_path
    assert path is not None
    database.close()
    return path


def test_a_damaged_database_is_refused_with_a_template(
    services: Services, database: Database, location: Location
) -> None:
    path = _closed(services, database)
    corrupt_table(path, "contact")
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(location)
    problem = check_file(path).problems[0]
    _assert_templated(caught.value, DAMAGED, path=str(path), problem=problem)


def test_a_broken_link_is_the_problem_named_in_the_damage(
    services: Services, database: Database, location: Location
) -> None:
    path = _closed(services, database)
    break_foreign_key(path)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(location)
    _assert_templated(
        caught.value,
        DAMAGED,
        path=str(path),
        problem="row 1 of contact points to a missing organisation",
    )


def test_a_file_that_is_not_a_database_is_refused_with_a_template(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    path.write_text("Name,Email\nWei,wei@example.cn\n", encoding="utf-8")
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(resolve_location(str(path)))
    _assert_templated(
        caught.value,
        "{path} is not a Biosparc database (it is not an SQLite file). It was left untouched.",
        path=str(path),
    )


def test_a_damaged_backup_is_refused_with_a_template(
    services: Services, database: Database, tmp_path: Path
) -> None:
    path = _closed(services, database)
    backup = tmp_path / "copy.sqlite3"
    shutil.copyfile(path, backup)
    corrupt_table(backup, "contact")
    with pytest.raises(DatabaseDamaged) as caught:
        validate_backup(backup)
    _assert_templated(
        caught.value,
        "The backup {name} is damaged ({problem}); choose another backup.",
        name="copy.sqlite3",
        problem=check_file(backup).problems[0],
    )


def test_a_backup_never_overwrites_and_says_so_with_a_template(
    database: Database, tmp_path: Path
) -> None:
    source = database.location.sqlite_path
    assert source is not None
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"")
    with pytest.raises(StorageError) as caught:
        backup_to(source, taken)
    _assert_templated(
        caught.value,
        "{path} already exists; choose another name so nothing is lost.",
        path=str(taken),
    )
