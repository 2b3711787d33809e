"""Database files in awkward places: the file opened is always the one named."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.file_uri import file_uri
from biosparc_desktop.store.integrity import check_file


def test_uris_for_local_and_windows_network_paths() -> None:
    assert file_uri(PurePosixPath("/data/My CRM/crm#1.sqlite3")) == (
        "file:///data/My%20CRM/crm%231.sqlite3?mode=ro"
    )
    assert file_uri(PureWindowsPath(r"C:\Users\Wei\crm.sqlite3")) == (
        "file:///C:/Users/Wei/crm.sqlite3?mode=ro"
    )
    # A share (or a mapped drive, which resolves to one): no host part for SQLite.
    assert file_uri(PureWindowsPath(r"\\fileserver\bd\crm.sqlite3"), mode="rw") == (
        "file:////fileserver/bd/crm.sqlite3?mode=rw"
    )


@pytest.mark.parametrize("folder", ["q?dir", "pct%20dir", "hash#dir", "空格 folder"])
def test_a_folder_name_that_looks_like_url_syntax_is_just_a_folder(
    tmp_path: Path, folder: str
) -> None:
    path = tmp_path / folder / "crm.sqlite3"
    path.parent.mkdir()
    database = open_database(resolve_location(str(path)))
    try:
        build_services(database).organisations.create(OrganisationDraft(name="NovaGen"))
    finally:
        database.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray file beside it
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM organisation").fetchall() == [("NovaGen",)]
    assert check_file(path).ok
