"""After a file is saved: "Open" it, or "Show in folder", the way people expect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from biosparc_desktop.ui import icons
from biosparc_desktop.ui.i18n import translate


class SavedFileButtons(QWidget):
    """Hidden until :meth:`show_file`; then opens the file or its folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.open_button = QPushButton(icons.icon("open"), translate("SavedFile", "&Open"))
        self.open_button.setObjectName("saved_open")
        self.folder_button = QPushButton(translate("SavedFile", "Show in &folder"))
        self.folder_button.setObjectName("saved_show_in_folder")
        self.open_button.clicked.connect(lambda: self._open(self.path))
        self.folder_button.clicked.connect(
            lambda: self._open(self.path.parent if self.path else None)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = path
        self.show()

    def _open(self, target: Path | None) -> None:
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
