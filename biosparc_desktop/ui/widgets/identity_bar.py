"""Until the app knows who is using it, a bar above the views asks (pick or add
yourself), so history, follow-ups and packs never show "—" for the author.

Not a modal question at start-up: the window is usable at once, and the bar goes
away as soon as the user answers (the same setting as Settings → I am).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.settings_dialog import STAFF_KEY
from biosparc_desktop.ui.i18n import translate


def known_user(state: AppState) -> str | None:
    name = state.settings.value(STAFF_KEY, "")
    return name.strip() if isinstance(name, str) and name.strip() else None


class IdentityBar(QFrame):
    chosen = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_bar")
        self.state = state
        self.setFrameShape(QFrame.Shape.StyledPanel)
        question = QLabel(
            translate(
                "IdentityBar",
                "Who are you? Your changes, follow-ups and briefing packs carry this name.",
            )
        )
        question.setWordWrap(True)
        self.names = QComboBox()
        self.names.setObjectName("identity_names")
        self.names.setEditable(True)
        self.names.setMinimumContentsLength(16)
        for member in state.services.staff.rows():
            self.names.addItem(member.name)
        self.names.setCurrentIndex(-1)
        line = self.names.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(
            translate("IdentityBar", "Choose your name, or type it to add yourself")
        )
        question.setBuddy(self.names)
        self.confirm = QPushButton(translate("IdentityBar", "&This is me"))
        self.confirm.setObjectName("identity_confirm")
        self.confirm.clicked.connect(self.save)
        line.returnPressed.connect(self.save)
        row = QHBoxLayout(self)
        row.addWidget(question, 1)
        row.addWidget(self.names)
        row.addWidget(self.confirm)
        self.setVisible(known_user(state) is None)

    def save(self) -> None:
        name = self.names.currentText().strip()
        if not name:
            self.names.setFocus()
            return
        if self.state.attempt(self, lambda: self.state.services.staff.use(name)) is None:
            return
        self.state.settings.setValue(STAFF_KEY, name)
        self.state.settings.sync()
        self.hide()
        self.chosen.emit(name)
