"""The user's region, chosen in Settings, decides which numbers are shown without their
country code, and where numbers typed without one are read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.ui import phone_region
from biosparc_desktop.ui.dialogs.contact_dialog import ContactDialog
from biosparc_desktop.ui.dialogs.settings_dialog import SettingsDialog
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.phone_region import REGION_KEY, chosen_region, region_of

pytestmark = pytest.mark.gui

SINGAPORE = ("Tan Wei Ming", {"SG": "6436 8001", "CN": "+65 6436 8001"})
CHINA = ("Zhou Xiaofeng", {"SG": "+86 139 1234 5678", "CN": "139 1234 5678"})


def _choose_region(
    window: MainWindow, when_modal: Callable[[Callable[[QWidget], None]], None], code: str
) -> None:
    """Pick the region in the Settings dialog's own combo, then OK."""

    def answer(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "region")
        assert combo is not None
        index = combo.findData(code)
        assert index >= 0
        combo.setCurrentIndex(index)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(answer)
    window.open_settings()


def _shown_in_contacts(window: MainWindow, name: str) -> tuple[str, list[str]]:
    """The contact's number in the contacts list, and the texts of their card."""
    [person] = window.state.services.contacts.rows(ContactQuery(search=name))
    window.open_record("contact", person.id)
    model = window.contacts.list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == person.id)  # type: ignore[union-attr]
    cell = model.index(row, headers.index("Phone")).data()
    return cell, [label.text() for label in window.contacts.card.findChildren(QLabel)]


@pytest.mark.parametrize("person", [SINGAPORE, CHINA], ids=["SG number", "CN number"])
def test_the_region_chosen_in_settings_decides_how_numbers_read(
    window: MainWindow,
    when_modal: Callable[[Callable[[QWidget], None]], None],
    person: tuple[str, dict[str, str]],
) -> None:
    name, shown = person
    for region in ("SG", "CN", "SG"):  # and back: nothing is kept from the region before
        _choose_region(window, when_modal, region)
        assert chosen_region(window.state.settings) == region
        cell, card = _shown_in_contacts(window, name)
        assert cell == shown[region]
        assert shown[region] in card


def test_the_partners_contact_list_follows_the_region(
    window: MainWindow, when_modal: Callable[[Callable[[QWidget], None]], None]
) -> None:
    _choose_region(window, when_modal, "CN")
    [person] = window.state.services.contacts.rows(ContactQuery(search="Tan Wei Ming"))
    assert person.organisation_id is not None
    window.open_record("organisation", person.organisation_id)
    contacts = window.partners.detail.contacts
    items = [contacts.topLevelItem(i) for i in range(contacts.topLevelItemCount())]
    [line] = [i for i in items if i is not None and i.text(0) == person.display_name]
    assert line.text(3) == "+65 6436 8001"


@pytest.mark.parametrize(
    ("region", "typed", "saved", "shown"),
    [
        ("CN", "139 8765 4321", "+8613987654321", "139 8765 4321"),
        ("SG", "6123 4567", "+6561234567", "6123 4567"),
        ("SG", "+86 139 8765 4321", "+8613987654321", "+86 139 8765 4321"),
    ],
)
def test_a_number_without_country_code_is_read_in_the_users_region(
    qtbot, window: MainWindow, region: str, typed: str, saved: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    window.state.settings.setValue(REGION_KEY, region)
    dialog = ContactDialog(window.state, parent=window)  # no organisation: no country
    qtbot.addWidget(dialog)
    dialog.given.setText("Lin")
    dialog.family.setText("Mei")
    dialog.phones.setText(typed)
    assert "phones" not in dialog.problems()
    row = dialog.save()
    assert row.phones == (saved,)
    window.refresh_all()
    cell, _card = _shown_in_contacts(window, "Lin Mei")
    assert cell == shown


def test_a_mainland_mobile_is_not_a_singapore_number(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(window.state, parent=window)
    qtbot.addWidget(dialog)
    dialog.given.setText("Lin")
    dialog.phones.setText("139 8765 4321")
    assert "phones" in dialog.problems()  # read in Singapore, the tests' region


def test_an_edited_number_reads_back_the_same(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A user in China edits someone at a Singapore partner: the number keeps its
    country code in the form, since a national one would be read as Singapore's."""
    window.state.settings.setValue(REGION_KEY, "CN")
    services = window.state.services
    [person] = services.contacts.rows(ContactQuery(search="Tan Wei Ming"))
    before = services.contacts.get(person.id).phones
    dialog = ContactDialog(window.state, services.contacts.get(person.id), window)
    qtbot.addWidget(dialog)
    assert dialog.phones.text() == "+65 6436 8001"
    assert dialog.save().phones == before


def test_the_region_follows_the_computers_locale_until_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(phone_region, "system_region", lambda: "FR")
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    assert chosen_region(fresh) == "FR"
    fresh.setValue(REGION_KEY, "CN")
    assert chosen_region(fresh) == "CN"
    fresh.setValue(REGION_KEY, "XX")  # not a region: the computer's again
    assert chosen_region(fresh) == "FR"


@pytest.mark.parametrize(
    ("locale", "region"),
    [("fr_FR", "FR"), ("zh_CN", "CN"), ("en_SG", "SG"), ("en_US", "US"), ("C", None)],
)
def test_a_locales_region(locale: str, region: str | None) -> None:
    assert region_of(QLocale(locale)) == region


def test_region_names_are_in_the_interface_language(qtbot, state, chinese: QLocale) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "region")
    assert combo is not None
    assert combo.currentData() == "SG"
    assert combo.currentText() == "新加坡"
    assert combo.itemText(combo.findData("CN")) == "中国"


def test_settings_left_alone_keep_following_the_computer(
    qtbot, tmp_path: Path, demo, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.app_state import AppState

    monkeypatch.setattr(phone_region, "system_region", lambda: "FR")
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(AppState(demo, fresh))
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "region")
    assert combo is not None
    assert combo.currentData() == "FR"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[union-attr]
    assert not dialog.region_changed
    assert fresh.value(REGION_KEY) is None


@pytest.mark.parametrize(("region", "saved"), [("CN", "+8613987654321"), ("SG", None)])
def test_quick_capture_reads_a_number_in_the_users_region(
    qtbot, state, region: str, saved: str | None
) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.dialogs.quick_capture import QuickCaptureDialog

    state.settings.setValue(REGION_KEY, region)
    dialog = QuickCaptureDialog(state)
    qtbot.addWidget(dialog)
    dialog.new_given.setText("Mei")
    dialog.new_family.setText("Lin")
    dialog.new_phone.setText("139 8765 4321")  # no organisation: no country of its own
    dialog.summary.setPlainText("Met at the signing.")
    dialog.follow.setChecked(False)
    if saved is None:  # not a Singapore number
        assert "phones" in dialog.problems()
        return
    assert dialog.problems() == {}
    dialog.save()
    [contact] = state.services.contacts.rows(ContactQuery(search="Mei"))
    assert contact.phones == (saved,)
