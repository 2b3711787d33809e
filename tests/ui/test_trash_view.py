"""The Trash view: deleted records listed with their links, Restore, Empty Trash, undo."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_moment
from biosparc_desktop.ui.views.trash_view import TrashView
from tests.ui.safety_fixtures import make_state

pytestmark = pytest.mark.gui


@pytest.fixture
def safety_state(demo: Services, tmp_path: Path) -> AppState:
    return make_state(demo, tmp_path)


def _view(qtbot, state: AppState) -> TrashView:  # type: ignore[no-untyped-def]
    view = TrashView(state)
    qtbot.addWidget(view)
    view.resize(1100, 420)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def _titles(view: TrashView) -> list[str]:
    items = [view.list.topLevelItem(i) for i in range(view.list.topLevelItemCount())]
    return [item.text(2) for item in items if item is not None]


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_an_empty_trash_says_so(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, safety_state)
    assert _titles(view) == [""]
    assert view.list.topLevelItem(0).text(0).startswith("The Trash is empty")  # type: ignore[union-attr]
    assert not view.restore_button.isEnabled()
    assert not view.empty_button.isEnabled()


def test_restore_a_deleted_contact_and_undo_it(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = safety_state.services
    contact = services.contacts.rows(ContactQuery(search="陈伟明"))[0]
    services.contacts.delete(contact.id)
    view = _view(qtbot, safety_state)
    assert _titles(view) == [contact.display_name]
    row = view.list.topLevelItem(0)
    assert row is not None and row.text(1) == "Contact"
    assert row.text(3).startswith("At ")
    assert row.text(4) == "27 Dec 2026"  # 30 days after the fixed "today"

    view.list.setCurrentItem(row)
    assert view.restore_button.isEnabled()
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["contact", contact.id]
    assert services.contacts.get(contact.id).name_zh == "陈伟明"
    assert "Restored contact" in view.status.text()
    assert _titles(view) == [""]

    assert safety_state.undo_label() == f"Restore contact {contact.display_name}"
    safety_state.undo()
    with pytest.raises(NotFound):
        services.contacts.get(contact.id)
    view.reload()
    assert _titles(view) == [contact.display_name]


def test_the_kind_filter(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = safety_state.services
    org = services.organisations.create(OrganisationDraft(name="Short-lived partner"))
    services.organisations.delete(org.id)
    task = services.tasks.rows()[0]
    services.tasks.delete(task.id)
    view = _view(qtbot, safety_state)
    assert sorted(_titles(view)) == sorted(["Short-lived partner", task.title])
    view.kind.setCurrentIndex(view.kind.findData("task"))
    assert _titles(view) == [task.title]
    view.kind.setCurrentIndex(view.kind.findData("event"))
    assert _titles(view) == [""]
    assert view.empty_button.isEnabled()  # the Trash as a whole still has records


def test_empty_trash_asks_first(
    qtbot, safety_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    services = safety_state.services
    for task in services.tasks.rows()[:2]:
        services.tasks.delete(task.id)
    view = _view(qtbot, safety_state)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert "Remove the 2 records in the Trash for good?" in asked[0]
    assert services.trash.count() == 2

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert services.trash.count() == 0
    assert view.status.text() == "Emptied the Trash: 2 records removed."
    assert not view.empty_button.isEnabled()

    safety_state.undo()  # Empty Trash is an ordinary undoable action
    assert services.trash.count() == 2


def test_a_restore_that_clashes_is_explained(  # type: ignore[no-untyped-def]
    qtbot, safety_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = safety_state.services
    org = services.organisations.create(OrganisationDraft(name="Twice"))
    services.organisations.delete(org.id)
    services.organisations.create(OrganisationDraft(name="Twice"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    view = _view(qtbot, safety_state)
    view.select_id(org.id)
    view.restore_selected()
    assert shown == ["A partner named “Twice” exists now; rename it first, then restore this one."]
    assert _titles(view) == ["Twice"]


@pytest.fixture
def in_suzhou(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone is Suzhou's (UTC+8)."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_deletion_times_are_in_the_users_time_zone(
    qtbot, safety_state: AppState, in_suzhou: None
) -> None:  # type: ignore[no-untyped-def]
    services = safety_state.services
    person = services.contacts.rows(ContactQuery(), limit=1)[0]
    services.contacts.delete(person.id)  # at 01:00 UTC (tests/conftest.py)
    view = _view(qtbot, safety_state)
    assert view.list.topLevelItem(0).text(0) == "27 Nov 2026 09:00 CST"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2026, 11, 27, 1, 0, tzinfo=UTC), "27 Nov 2026 09:00 CST"),
        (datetime(2026, 11, 27, 17, 30), "28 Nov 2026 01:30 CST"),  # naive: stored UTC
        (None, ""),
    ],
)
def test_moments_are_shown_in_the_users_time_zone(
    in_suzhou: None, moment: datetime | None, shown: str
) -> None:
    assert fmt_moment(moment) == shown


def test_ctrl_7_puts_the_keyboard_on_a_chosen_row_ready_to_restore(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    """The Trash from the keyboard: its list takes the keyboard with a row chosen, so
    Alt+R restores it (the keyboard went to the view itself, showing nothing)."""
    services = window.state.services
    mirxes = services.organisations.find("Mirxes")
    services.organisations.delete(mirxes.id)
    window.state.data_changed.emit("Deleted")
    window.activateWindow()
    qtbot.waitActive(window)
    window.go_to_view("trash")
    trash = window.trash
    assert window.focusWidget() is trash.list
    assert trash.current_id() == mirxes.id
    assert trash.restore_button.isEnabled()
    qtbot.keyClick(trash.list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_view_name() == "partners")  # the restored record
    assert services.organisations.find("Mirxes").id == mirxes.id
