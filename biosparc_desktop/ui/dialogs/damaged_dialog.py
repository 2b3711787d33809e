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
        self.setWindowTitle("The database is damaged")
        self.setMinimumWidth(620)
        self.backup = backup

        heading = QLabel("Biosparc Desktop found damage in its database and did not open it.")
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        heading.setWordWrap(True)
        what = QLabel(
            "Nothing in the file was changed. Damage like this usually comes from the "
            "computer losing power or a drive being removed while a file was being written."
        )
        what.setWordWrap(True)
        self.details = QLabel(f"Details for whoever helps you: {problem}")
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
                "&Restore newest good backup", QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setObjectName("restore_newest_button")
            self.restore_button.setDefault(True)
        self.quit_button = buttons.addButton("&Quit", QDialogButtonBox.ButtonRole.RejectRole)
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
            return (
                "There is no good backup to restore. Quit, keep a copy of the file "
                f"{database} and ask for help; do not delete it."
            )
        made = backup.created_at.astimezone().strftime("%d %b %Y at %H:%M")
        counts = f" It holds {backup.counts.summary()}." if backup.counts else ""
        return (
            f"What to do: restore the newest good backup, made on {made}.{counts} "
            "Changes saved after that time are not in it. The damaged file is moved aside "
            f"(renamed to {database.name}.damaged-…) and kept, so nothing is thrown away."
        )
