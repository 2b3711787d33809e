"""Shown at start-up when the database failed its integrity check: what happened, what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.store.backups import BackupInfo
from biosparc_desktop.ui.dialogs.restore_dialog import counts_text
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import translate


class DamagedDialog(QDialog):
    """Accepted means "restore the newest good backup"; rejected means quit."""

    def __init__(
        self,
        database: Path,
        problem: str,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damaged_dialog")
        self.setWindowTitle(translate("DamagedDialog", "The database is damaged"))
        self.setMinimumWidth(620)
        self.backup = backup

        heading = QLabel(
            translate(
                "DamagedDialog",
                "Biosparc Desktop found damage in its database and did not open it.",
            )
        )
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        heading.setWordWrap(True)
        what = QLabel(
            translate(
                "DamagedDialog",
                "Nothing in the file was changed. Damage like this usually comes from the "
                "computer losing power or a drive being removed while a file was being written.",
            )
        )
        what.setWordWrap(True)
        self.details = QLabel(
            translate("DamagedDialog", "Details for whoever helps you: {problem}").format(
                problem=problem
            )
        )
        self.details.setObjectName("damage_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")

        self.advice = QLabel(self._advice(database, backup))
        self.advice.setObjectName("damage_advice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = buttons.addButton(
                translate("DamagedDialog", "&Restore newest good backup"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setObjectName("restore_newest_button")
            self.restore_button.setDefault(True)
        self.quit_button = buttons.addButton(
            translate("DamagedDialog", "&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quit_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addSpacing(6)
        layout.addWidget(self.advice)
        layout.addSpacing(6)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @staticmethod
    def _advice(database: Path, backup: BackupInfo | None) -> str:
        if backup is None:
            return translate(
                "DamagedDialog",
                "There is no good backup to restore. Quit, keep a copy of the file "
                "{path} and ask for help; do not delete it.",
            ).format(path=database)
        made = backup.created_at.astimezone()
        counts = (
            translate("DamagedDialog", " It holds {counts}.").format(
                counts=counts_text(backup.counts)
            )
            if backup.counts
            else ""
        )
        return translate(
            "DamagedDialog",
            "What to do: restore the newest good backup, made on {date} at {time}.{counts} "
            "Changes saved after that time are not in it. The damaged file is moved aside "
            "(renamed to {file}.damaged-…) and kept, so nothing is thrown away.",
        ).format(
            date=fmt_date(made.date()),
            time=made.strftime("%H:%M"),
            counts=counts,
            file=database.name,
        )
