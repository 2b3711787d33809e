"""Writing an export file whole or not at all.

Each export is written to a temporary file beside the target and renamed over it
only when complete, so a full disk or a crash never leaves half a file where the
user expects their contacts.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from biosparc_desktop.errors import StorageError


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    what: str  # "contacts", "calendar entries", ...

    def describe(self) -> str:
        what = _ONE.get(self.what, self.what) if self.count == 1 else self.what
        return f"Exported {self.count:,} {what} to {self.path}."


# The command line's English for one of a kind ("Exported 1 contact"); the app words
# its own (ui/dialogs/export_dialog.py).
_ONE = {
    "contacts": "contact",
    "organisations": "organisation",
    "agreements": "agreement",
    "follow-ups": "follow-up",
    "records": "record",
    "calendar entries": "calendar entry",
}


@contextmanager
def atomic_file(path: Path, mode: str = "w", **options: Any) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; it replaces ``path`` when the block ends."""
    if not path.parent.is_dir():
        raise StorageError.of(
            "The folder {folder} does not exist; choose another place.", folder=str(path.parent)
        )
    if path.is_dir():
        raise StorageError.of("{path} is a folder; give a file name to export to.", path=str(path))
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with temporary.open(mode, **options) as handle:
            yield handle
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise StorageError.of(
            "Could not write {name}: {reason}. Nothing was exported.",
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
