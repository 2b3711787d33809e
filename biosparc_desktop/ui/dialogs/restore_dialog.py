"""File > Restore from backup…: the backups with their dates and record counts.

The dialog only chooses and validates. Replacing the database needs it closed,
so the caller hands :meth:`RestoreDialog.chosen_path` to the launcher, which
closes the window and the database, restores (keeping the current database as
a backup) and opens everything again: see ``launcher.Launch.request_restore``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.store.backups import (
    BackupInfo,
    RecordCounts,
    list_backups,
    parse_backup_name,
    record_counts,
    sqlite_file,
)
from biosparc_desktop.store.restore import validate_backup
from biosparc_desktop.ui.app_state import AppState, show_error
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import error_text, translate
from biosparc_desktop.ui.widgets.record_list import RecordList


def headers() -> tuple[str, ...]:
    return (
        translate("RestoreDialog", "Made"),
        translate("RestoreDialog", "Kind"),
        translate("RestoreDialog", "Records"),
        translate("RestoreDialog", "Size"),
    )


def counts_text(counts: RecordCounts) -> str:
    """ "8 partners · 12 contacts · 1 agreement ..." in the interface language."""
    words = {
        "organisation": (
            translate("Backups", "{n} partner"),
            translate("Backups", "{n} partners"),
        ),
        "contact": (translate("Backups", "{n} contact"), translate("Backups", "{n} contacts")),
        "agreement": (
            translate("Backups", "{n} agreement"),
            translate("Backups", "{n} agreements"),
        ),
        "interaction": (
            translate("Backups", "{n} interaction"),
            translate("Backups", "{n} interactions"),
        ),
        "event": (translate("Backups", "{n} event"), translate("Backups", "{n} events")),
        "task": (translate("Backups", "{n} follow-up"), translate("Backups", "{n} follow-ups")),
    }
    parts = []
    for table, (one, many) in words.items():
        n = counts.get(table)
        parts.append((one if n == 1 else many).format(n=f"{n:,}"))
    return " · ".join(parts)


def kind_text(kind: str) -> str:
    """Why a backup was made, in the interface language."""
    names = {
        "auto": translate("Backups", "Automatic"),
        "manual": translate("Backups", "Made by hand"),
        "pre-migration": translate("Backups", "Before an upgrade"),
        "pre-import": translate("Backups", "Before an import"),
        "pre-merge": translate("Backups", "Before a merge"),
        "pre-restore": translate("Backups", "Before a restore"),
    }
    return names.get(kind, kind)


def made_text(moment: datetime) -> str:
    """When a backup was made, in local time: "27 Nov 2026  14:30"."""
    local = moment.astimezone()
    return f"{fmt_date(local.date())}  {local.strftime('%H:%M')}"


class RestoreDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        *,
        backups_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.resize(820, 460)
        self.state = state
        self.backups_dir = backups_dir or state.services.context.data_dir / "backups"
        self._chosen: Path | None = None
        self._backups: list[BackupInfo] = []

        intro = QLabel(
            translate(
                "RestoreDialog",
                "Restoring replaces everything in the database with the backup you choose. "
                "The database as it is now is kept as a backup first, so a restore can itself "
                "be undone by restoring that one.",
            )
        )
        intro.setWordWrap(True)
        self.list = RecordList(
            headers(),
            empty_text=translate(
                "RestoreDialog", "No backups yet. Biosparc Desktop makes one every day it is used."
            ),
        )
        self.list.setObjectName("backup_list")
        self.list.itemSelectionChanged.connect(self._update_button)
        self.list.open_requested.connect(lambda _key: self.accept())

        self.other_button = QPushButton(translate("RestoreDialog", "Choose another &file…"))
        self.other_button.setObjectName("choose_file_button")
        self.other_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("RestoreDialog", "&Restore…"))
        self.ok_button.setObjectName("restore_ok_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.other_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self._backups = list_backups(self.backups_dir, with_counts=True)
        self._show()
        self._update_button()

    def _show(self) -> None:
        self.list.set_rows(self._backups, _cells, lambda b: str(b.path))
        for index in range(self.list.topLevelItemCount() if self._backups else 0):
            item = self.list.topLevelItem(index)
            if item is not None:
                item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
                item.setToolTip(0, str(self._backups[index].path))
        self._select_first()

    def _select_first(self) -> None:
        first = self.list.topLevelItem(0) if self._backups else None
        if first is not None:
            self.list.setCurrentItem(first)

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(str(key)) if key else None

    def chosen_path(self) -> Path | None:
        """The validated backup the user confirmed (after ``exec()`` returned Accepted)."""
        return self._chosen

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("RestoreDialog", "Choose a backup"),
            str(self.backups_dir),
            translate(
                "RestoreDialog", "Biosparc databases (*.sqlite3 *.sqlite *.db);;All files (*)"
            ),
        )
        if not name:
            return
        path = Path(name)
        try:
            counts = validate_backup(path)
        except BiosparcError as exc:
            show_error(self, error_text(exc))
            return
        parsed = parse_backup_name(path)
        made = parsed[1] if parsed else _modified(path)
        info = BackupInfo(path, made, parsed[0] if parsed else "manual", _size(path), counts)
        self._backups.insert(0, info)
        self._show()

    def accept(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        try:
            counts = validate_backup(path)
        except BiosparcError as exc:
            show_error(self, error_text(exc))
            return
        current = self._current_summary()
        answer = QMessageBox.question(
            self,
            translate("RestoreDialog", "Restore from backup"),
            translate(
                "RestoreDialog",
                "Replace the data now in Biosparc Desktop ({current}) with the backup "
                "{file} ({counts})?\n\nThe current data is kept as a backup "
                "first. Biosparc Desktop reopens the database afterwards.",
            ).format(current=current, file=path.name, counts=counts_text(counts)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._chosen = path
        super().accept()

    def _current_summary(self) -> str:
        engine = self.state.services.context.session_factory.kw.get("bind")
        path = sqlite_file(engine) if engine is not None else None
        if path is None:
            return translate("RestoreDialog", "the current data")
        try:
            return counts_text(record_counts(path))
        except (sqlite3.Error, OSError):  # a damaged current file: still worth asking
            return translate("RestoreDialog", "the current data")

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.selected_path() is not None)


def _cells(backup: BackupInfo) -> tuple[str, str, str, str]:
    made = made_text(backup.created_at)
    counts = (
        counts_text(backup.counts) if backup.counts else translate("RestoreDialog", "unreadable")
    )
    return made, kind_text(backup.kind), counts, _megabytes(backup.size_bytes)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB" if size >= 100_000 else f"{size / 1000:,.0f} kB"


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def _size(path: Path) -> int:
    return path.stat().st_size
