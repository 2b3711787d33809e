"""Settings: the interface language, the user's region (for phone numbers), which
staff member is using this laptop, and the team server (when the window has sync)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language, translate
from biosparc_desktop.ui.phone_region import REGION_KEY, chosen_region, region_choices

STAFF_KEY = "user/staff_name"


class SettingsDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        *,
        team_server: Callable[[], None] | None = None,
        enrolled_as: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            text = translate("SettingsDialog", "System default") if code == "system" else name
            self.language.addItem(text, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(chosen_language(state.settings)))
        )
        self.region = QComboBox()
        self.region.setObjectName("region")
        for name, code in region_choices():
            self.region.addItem(name, code)
        self.region.setCurrentIndex(max(0, self.region.findData(chosen_region(state.settings))))
        region_note = QLabel(
            translate(
                "SettingsDialog",
                "Phone numbers from here are shown without the country code, and numbers "
                "typed without one are read as from here.",
            )
        )
        region_note.setWordWrap(True)
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        self.staff.setEditable(True)
        self.staff.addItem("", None)
        for member in state.services.staff.rows():
            self.staff.addItem(member.name, member.name)
        current = state.settings.value(STAFF_KEY, "")
        if isinstance(current, str):
            self.staff.setCurrentText(current)
        note = QLabel(
            translate(
                "SettingsDialog",
                "Changes you make are recorded under this name in each record's history.",
            )
        )
        note.setWordWrap(True)
        if enrolled_as is not None:
            # On a team server every change is by the person this laptop was enrolled for.
            self.staff.setCurrentText(enrolled_as)
            self.staff.setEnabled(False)
            note.setText(
                translate(
                    "SettingsDialog",
                    "This laptop joined the team server as {name}; your changes carry that name.",
                ).format(name=enrolled_as)
            )
        self.team_server = QPushButton(translate("SettingsDialog", "&Team server…"))
        self.team_server.setObjectName("team_server")
        self.team_server.setAutoDefault(False)
        self.team_server.setVisible(team_server is not None)
        if team_server is not None:
            self.team_server.clicked.connect(lambda _c=False: team_server())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "&Language"), self.language)
        form.addRow(translate("SettingsDialog", "Your &region"), self.region)
        form.addRow("", region_note)
        form.addRow(translate("SettingsDialog", "&I am"), self.staff)
        form.addRow("", note)
        form.addRow(translate("SettingsDialog", "Sharing"), self.team_server)
        form.labelForField(self.team_server).setVisible(team_server is not None)
        form.addRow(buttons)
        self.language_changed = False
        self.region_changed = False

    def _save(self) -> None:
        settings = self.state.settings
        language = str(self.language.currentData())
        self.language_changed = language != chosen_language(settings)
        settings.setValue(LANGUAGE_KEY, language)
        region = str(self.region.currentData())
        self.region_changed = region != chosen_region(settings)
        if self.region_changed:  # untouched, it keeps following the computer's locale
            settings.setValue(REGION_KEY, region)
        name = self.staff.currentText().strip()
        settings.setValue(STAFF_KEY, name)
        if name and self.staff.isEnabled():
            self.state.attempt(self, lambda: self.state.services.staff.use(name))
        settings.sync()
        self.accept()
