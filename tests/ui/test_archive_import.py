"""File → Import archive…: an archive of the same partners from another database is
imported, and its copies are offered at once in the duplicates review."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from biosparc_desktop.config import resolve_location
from biosparc_desktop.exporters import ArchiveImport, export_archive
from biosparc_desktop.services.archive_restore import RestoreSummary
from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.archive_import import ArchiveImporter, summary_text
from biosparc_desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def other_archive(tmp_path: Path) -> Path:
    """An archive of another database holding the same demo partners and people."""
    database = open_database(resolve_location(str(tmp_path / "other.sqlite3")))
    try:
        services = build_services(database)
        assert load_demo(services)
        export_archive(services, tmp_path / "other.zip")
    finally:
        database.close()
    return tmp_path / "other.zip"


def test_the_copies_an_archive_brings_are_offered_for_merging(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, other_archive: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    importer = ArchiveImporter(state, parent)
    with qtbot.waitSignal(importer.finished, timeout=60_000) as done:
        importer.start(other_archive)
    result = done.args[0]
    assert result is not None and result.mode == "merge" and len(result.duplicates) == 17
    message = importer.message
    assert message is not None
    assert message.text().endswith(
        " 17 records look like copies of ones already here: review them now."
    )
    message.done(QMessageBox.StandardButton.Ok)
    review = parent.findChild(DuplicatesDialog)
    assert review is not None
    qtbot.addWidget(review)
    assert review.windowTitle() == "Copies brought by the archive"
    assert review.lists["contact"].topLevelItemCount() == 9
    assert review.lists["organisation"].topLevelItemCount() == 8
    pair = review.selected_pair()
    assert pair is not None and pair.first_id in result.before
    assert pair.second_id not in result.before


@pytest.mark.parametrize(
    ("added", "shown"),
    [
        (1, "Imported a.zip: 1 record added, 2 updated, 0 already up to date."),
        (3, "Imported a.zip: 3 records added, 2 updated, 0 already up to date."),
    ],
)
def test_the_summary_counts_in_good_english(added: int, shown: str) -> None:
    summary = RestoreSummary(added={"contact": added}, updated={"organisation": 2})
    result = ArchiveImport(mode="merge", summary=summary, documents_copied=0)
    assert summary_text("a.zip", result) == shown
