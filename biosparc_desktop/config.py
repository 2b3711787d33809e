"""Where the data lives: the data folder and the database location (no Qt)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from biosparc_desktop.errors import StorageError

APP_NAME = "BiosparcDesktop"
APP_AUTHOR = "Biosparc"
DB_ENV_VAR = "BIOSPARC_DB"
DATA_DIR_ENV_VAR = "BIOSPARC_DATA_DIR"
DB_FILENAME = "biosparc.sqlite3"


@dataclass(frozen=True)
class Location:
    """A resolved database: its SQLAlchemy URL and the folder for documents and backups."""

    url: str
    data_dir: Path

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when the URL is a SQLite file, else ``None``."""
        prefix = "sqlite:///"
        if self.url.startswith(prefix) and self.url != "sqlite:///:memory:":
            return Path(self.url[len(prefix) :])
        return None


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resolve_location(db: str | None = None) -> Location:
    """Turn ``--db``, ``BIOSPARC_DB`` or the default into a :class:`Location`.

    The value is a file path or a ``sqlite:///PATH`` URL; any other URL (another
    database server, an in-memory database) is refused: backups, restore and the
    integrity checks all work on a SQLite file. Documents and backups sit next to
    a database file, in its own folder.
    """
    raw = db or os.environ.get(DB_ENV_VAR) or ""
    if "://" in raw:
        prefix = "sqlite:///"
        file_part = raw[len(prefix) :] if raw.startswith(prefix) else ""
        if not file_part or file_part == ":memory:":
            # Only the scheme is echoed: a server URL may carry a password.
            raise StorageError.of(
                "Biosparc keeps its data in a SQLite file, so “{scheme}://…” cannot be used; "
                "give a file path or a sqlite:///PATH URL.",
                scheme=raw.split("://", 1)[0][:40],
            )
        path = Path(file_part).expanduser().resolve()
        return Location(url=f"sqlite:///{path}", data_dir=_data_dir_for(path))
    path = Path(raw).expanduser().resolve() if raw else default_data_dir() / DB_FILENAME
    return Location(url=f"sqlite:///{path}", data_dir=_data_dir_for(path))


def _data_dir_for(db_path: Path) -> Path:
    # The default database keeps its files in the data folder itself; any other
    # database gets "<name>.files" beside it so two databases never share documents.
    if db_path.parent == default_data_dir() and db_path.name == DB_FILENAME:
        return db_path.parent
    return db_path.with_name(db_path.name + ".files")
