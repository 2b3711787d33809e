"""The main window driven like a user would: navigation, workflows, undo, layout memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from biosparc_desktop.domain.enums import AgreementStatus, TaskStatus
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.views.today_view import KEY
from biosparc_desktop.ui.widgets.today_list import RIGHT
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.gui


def test_views_switch_with_ctrl_number(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for number, name in enumerate(
        ["today", "partners", "contacts", "agreements", "tasks", "events"], start=1
    ):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_name() == name
        assert window.stack.currentWidget() is window.views[name]
        # The keyboard is in the view at once: a list's rows, Today's first line.
        focus = QApplication.focusWidget()
        assert focus is not None and window.views[name].isAncestorOf(focus), name


def test_status_bar_counts(window: MainWindow) -> None:
    assert window.status_counts.text() == (
        "8 partners · 9 contacts · 6 agreements · 9 open follow-ups (2 overdue)"
    )


def test_standard_shortcuts_are_bound(window: MainWindow) -> None:
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.search_action.shortcut() == QKeySequence("Ctrl+K")


def test_new_partner_from_the_menu_command(qtbot, window: MainWindow, when_modal) -> None:  # type: ignore[no-untyped-def]
    window.show_view("partners")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        type_text(qtbot, dialog.name, "Duke-NUS Medical School")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    window.new_action.trigger()
    assert window.state.services.organisations.count(OrganisationQuery(search="Duke-NUS")) == 1
    assert window.partners.list.total == 9
    assert window.undo_action.text() == "&Undo Add partner Duke-NUS Medical School"


def test_search_box_filters_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("partners")
    page = window.partners.list
    type_text(qtbot, page.search, "癌症")
    qtbot.waitUntil(lambda: page.total == 1)
    assert page.model.row_at(0).short_name == "NCCS"  # type: ignore[union-attr]
    page.search.clear()
    qtbot.waitUntil(lambda: page.total == 8)
    stage_box = page.filter_boxes["stage"]
    stage_box.setCurrentIndex(stage_box.findText("Engaged"))
    assert page.total == 1


def test_find_a_contact_by_part_of_a_chinese_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("contacts")
    page = window.contacts.list
    type_text(qtbot, page.search, "伟明")
    qtbot.waitUntil(lambda: page.total == 1)
    assert page.model.row_at(0).display_name == "Tan Wei Ming (陈伟明)"  # type: ignore[union-attr]
    assert window.contacts.card.name.text() == "Tan Wei Ming (陈伟明)"


def test_sorting_by_a_column_is_done_by_the_service(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view("partners")
    table = window.partners.list.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [r.name for r in window.partners.list.model.rows()]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_move_an_agreement_status(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    [mou] = [a for a in services.agreements.rows() if a.status is AgreementStatus.NEGOTIATING]
    window.open_record("agreement", mou.id)
    detail = window.agreements.detail
    assert set(detail.move_buttons) == {  # only allowed moves
        AgreementStatus.AWAITING_SIGNATURE,
        AgreementStatus.ABANDONED,
    }
    qtbot.mouseClick(
        detail.move_buttons[AgreementStatus.AWAITING_SIGNATURE], Qt.MouseButton.LeftButton
    )
    assert services.agreements.get(mou.id).status is AgreementStatus.AWAITING_SIGNATURE
    qtbot.waitUntil(
        lambda: (
            set(window.agreements.detail.move_buttons)
            == {AgreementStatus.SIGNED, AgreementStatus.NEGOTIATING}
        )
    )


def test_complete_a_follow_up_from_today(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    overdue_before = services.tasks.count(TaskQuery(overdue=True))
    today_list = window.today.overdue.list
    item = today_list.item(0)
    assert "overdue" in item.data(RIGHT)
    task_id = item.data(KEY)
    item.setCheckState(Qt.CheckState.Checked)
    assert services.tasks.get(task_id).status is TaskStatus.DONE
    assert services.tasks.count(TaskQuery(overdue=True)) == overdue_before - 1
    qtbot.waitUntil(
        lambda: all(today_list.item(i).data(KEY) != task_id for i in range(today_list.count()))
    )
    assert "(1 overdue)" in window.status_counts.text()


def test_clicking_a_today_item_opens_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    item = window.today.agreements.list.item(0)
    window.today.agreements.list.itemActivated.emit(item)
    assert window.current_view_name() == "agreements"
    assert window.agreements.detail.agreement_id == item.data(KEY)


def test_delete_then_undo_then_redo(qtbot, window: MainWindow, confirmations: list[str]) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    window.show_view("partners")
    nccs = services.organisations.find("NCCS")
    window.partners.open_id(nccs.id)
    assert window.partners.current_id() == nccs.id
    window.delete_action.trigger()
    assert confirmations[0].startswith("Move “National Cancer Centre Singapore” to the Trash?")
    assert services.organisations.count() == 7
    assert window.partners.list.total == 7
    assert window.undo_action.text() == "&Undo Delete partner National Cancer Centre Singapore"
    assert "Press Ctrl+Z to undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert services.organisations.count() == 8
    assert services.organisations.get(nccs.id).name == "National Cancer Centre Singapore"
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert services.organisations.count() == 7


def test_undo_an_edit_restores_the_old_value(qtbot, window: MainWindow, when_modal) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    mirxes = services.organisations.find("Mirxes")

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        dialog.name.setText("Mirxes Holding")
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.ok_button.click()

    when_modal(rename)
    window.dialogs.edit_partner(mirxes.id)
    assert services.organisations.get(mirxes.id).name == "Mirxes Holding"
    window.undo_action.trigger()
    assert services.organisations.get(mirxes.id).name == "Mirxes"


def test_global_search_groups_results_by_kind(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(state, debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.box, "伟")
    qtbot.waitUntil(lambda: "contact" in dialog.hit_titles())
    assert dialog.hit_titles()["contact"] == ["Tan Wei Ming (陈伟明)"]
    dialog.box.clear()
    type_text(qtbot, dialog.box, "Mirxes")
    qtbot.waitUntil(lambda: {"organisation", "contact", "agreement"} <= set(dialog.hit_titles()))
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert chosen.args[0] == "organisation"


def test_global_search_takes_query_syntax_as_text(
    qtbot, state: AppState, warnings_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(state, debounce_ms=0)
    qtbot.addWidget(dialog)
    for text in ['"', "*", "NEAR", "%_", "zzz AND ("]:
        dialog.box.setText(text)
        dialog.run_search()
        assert dialog.summary.text() == f"Nothing matches “{text.strip()}”."
    dialog.box.setText("NCCS AND (")  # words that do occur, searched as plain text
    dialog.run_search()
    assert "agreement" in dialog.hit_titles()
    assert warnings_shown == []


def test_layout_is_remembered(qtbot, state: AppState, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(first)
    first.show()
    first.show_view("contacts")
    first.resize(1150, 700)
    qtbot.waitUntil(lambda: first.size().width() == 1150)
    first.contacts.splitter.setSizes([420, 560])
    expected = first.contacts.splitter.sizes()
    first.contacts.list.table.horizontalHeader().resizeSection(1, 333)
    first.save_layout()
    first.close()
    second = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    assert second.current_view_name() == "contacts"
    assert second.size().width() == 1150
    assert second.contacts.list.table.horizontalHeader().sectionSize(1) == 333
    assert second.contacts.splitter.sizes() == expected


def test_screenshot_command_renders_each_view(tmp_path: Path) -> None:
    db = tmp_path / "shot.sqlite3"
    for view in ("today", "agreements"):
        out = tmp_path / f"{view}.png"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "biosparc_desktop",
                "--db",
                str(db),
                "--screenshot",
                str(out),
                "--view",
                view,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"\x89PNG")
        assert out.stat().st_size > 20_000  # a rendered window, not an empty image


def test_changes_arriving_keep_the_selection_and_scroll_position(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window.state.services
    for n in range(150):  # more than two pages of the list
        services.organisations.create(OrganisationDraft(name=f"Partner {n:03d}"))
    window.state.data_changed.emit("setup")
    window.show_view("partners")
    page = window.partners.list
    while page.model.rowCount() < 140 and page.model.canFetchMore():
        page.model.fetchMore()
    target = next(row for row in page.model.rows() if row.name == "Partner 120")
    assert page.select_id(target.id)
    row = page.model.rows().index(target)
    page.table.scrollTo(page.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    bar = page.table.verticalScrollBar()
    assert bar.value() > 0
    scrolled = bar.value()

    # A change pulled from the team arrives (a partner added elsewhere, sorting first).
    services.organisations.create(OrganisationDraft(name="AAA New From The Team"))
    window.state.data_changed.emit("Changes from the team")

    assert page.current_row().id == target.id  # type: ignore[union-attr]
    assert abs(bar.value() - scrolled) <= page.table.rowHeight(0)  # one row added above


def test_down_or_enter_in_the_search_box_goes_to_the_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.show_view("partners")
    page = window.partners.list
    page.search.setFocus()
    type_text(qtbot, page.search, "Mirxes")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # at once, before the search's pause
    assert page.table.hasFocus()
    assert page.total == 1
    assert page.current_row().short_name == "Mirxes"  # type: ignore[union-attr]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()


def test_the_edit_menu_keeps_alt_e(window: MainWindow) -> None:
    """A detail pane's buttons never take the menu bar's Alt letters."""
    from PySide6.QtWidgets import QAbstractButton

    menu_letters = {
        action.text().split("&", 1)[1][0].lower()
        for action in window.menuBar().actions()
        if "&" in action.text()
    }
    clashes = []
    for key in ("today", "partners", "contacts", "agreements", "tasks", "events", "trash"):
        window.show_view(key)
        for button in window.views[key].findChildren(QAbstractButton):
            text = button.text()
            if "&" in text and not text.endswith("&"):
                letter = text.split("&", 1)[1][0].lower()
                if letter in menu_letters:
                    clashes.append(f"{key}: {text!r} takes Alt+{letter}")
    assert clashes == [], "\n".join(clashes)


def test_status_bar_counts_one_in_the_singular(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    services.organisations.create(OrganisationDraft(name="Mirxes"))
    services.tasks.create(TaskDraft(title="Call back", due_on="2026-11-20"))
    win = MainWindow(AppState(services, settings), debounce_ms=0)
    qtbot.addWidget(win)
    assert win.status_counts.text() == (
        "1 partner · 0 contacts · 0 agreements · 1 open follow-up (1 overdue)"
    )
