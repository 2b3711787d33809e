"""Today as a dashboard, driven on the real window over the demo data (now: 27 Nov 2026)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu

from biosparc_desktop.domain.enums import TaskStatus
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.ui import row_menus
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.views.today_view import TodayView
from biosparc_desktop.ui.widgets.today_list import INDENT, KEY, KIND, RIGHT, VIEW, TodaySection

pytestmark = pytest.mark.gui


def texts(section: TodaySection) -> list[str]:
    return [section.list.item(i).text() for i in range(section.list.count())]


def column_of(view: TodayView, section: TodaySection) -> str:
    for name, column in (("left", view.left), ("right", view.right), ("quiet", view.quiet)):
        if column.indexOf(section) >= 0:
            return name
    raise AssertionError(f"{section.objectName()} is in no column")


def test_overdue_first_then_this_week(window: MainWindow) -> None:
    today = window.today
    assert today.heading.text() == "Today · Friday, 27 November 2026"
    assert today.summary.text() == (
        "2 overdue · 2 due this week · 1 agreement to act on · 1 upcoming event"
        " · 5 partners going cold"
    )
    assert today.overdue.title.text() == "Overdue follow-ups (2)"
    assert today.overdue.title.font().bold()
    overdue = today.overdue.list
    assert [overdue.item(i).data(RIGHT) for i in range(2)] == [
        "23 Nov 2026 · 4 days overdue",
        "26 Nov 2026 · 1 day overdue",
    ]
    assert texts(today.week)[0].startswith("Decide on renewing the Mirxes NDA")
    assert today.week.list.item(0).data(RIGHT) == "30 Nov 2026 · in 3 days"
    # The whole line, date included, is in the tooltip of an elided line.
    assert overdue.item(0).toolTip().endswith("23 Nov 2026 · 4 days overdue")
    assert [column_of(today, s) for s in today.sections] == [
        "left",
        "left",
        "left",
        "right",
        "right",
    ]


def test_agreements_by_date_and_events_with_their_attendees(window: MainWindow) -> None:
    today = window.today
    assert texts(today.agreements) == ["Mutual NDA: Biosparc and Mirxes (sample)"]
    assert today.agreements.list.item(0).data(RIGHT) == "renewal notice 12 Dec 2026 · in 15 days"
    events = today.events.list
    assert events.item(0).text() == "Joint committee review with NCCS (sample) · NCCS, Singapore"
    assert events.item(0).font().bold()
    attendees = [events.item(i) for i in range(1, events.count())]
    assert [a.text().split(" — ")[0] for a in attendees] == [
        "Sarah Lim",
        "Tan Wei Ming (陈伟明)",
        "Wang Li (王丽)",
    ]
    assert all(a.data(KIND) == "contact" and a.data(INDENT) for a in attendees)
    cold = today.cold
    assert cold.title.text() == "Partners going cold: no interaction for 90 days (5)"
    assert cold.list.item(0).text() == "ClavystBio (partner)"
    assert cold.list.item(0).data(RIGHT) == "last contact 20 Nov 2025 · 372 days ago"


def test_lists_are_as_tall_as_their_lines(window: MainWindow) -> None:
    for section in window.today.sections:
        lines = section.list
        rows = sum(lines.sizeHintForRow(i) for i in range(lines.count()))
        assert lines.height() >= rows
        assert lines.verticalScrollBar().maximum() == 0


def test_one_column_when_narrow_and_empty_sections_collapse(
    qtbot, window: MainWindow, demo: Services
) -> None:  # type: ignore[no-untyped-def]
    today = window.today
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: today.width() < 960)
    assert {column_of(today, s) for s in today.sections} == {"left"}
    events = [r for r in demo.events.rows(upcoming_only=True)]
    for event in events:
        demo.events.delete(event.id)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: today.width() >= 960)
    today.reload()
    assert column_of(today, today.events) == "quiet"
    assert today.events.empty.isVisibleTo(today) and not today.events.list.isVisibleTo(today)
    assert today.events.empty.text() == "No upcoming events."
    assert column_of(today, today.cold) == "right"  # what has lines keeps its column
    assert "upcoming event" not in today.summary.text()


def test_an_empty_database_says_so_once(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    for task in services.tasks.rows():
        services.tasks.delete(task.id)
    for event in services.events.rows():
        services.events.delete(event.id)
    view = TodayView(state)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.reload()
    assert view.summary.text().startswith("1 agreement to act on")
    for section in (view.overdue, view.week, view.events):
        assert column_of(view, section) == "quiet"
        assert not section.list.isVisibleTo(view)
    assert view.week.empty.text() == "No follow-ups due this week. Press Ctrl+N to add one."


def test_keyboard_moves_through_sections_and_enter_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    today = window.today
    today.setFocus()
    overdue = today.overdue.list
    qtbot.waitUntil(overdue.hasFocus)
    assert overdue.currentRow() == 0
    qtbot.keyClick(overdue, Qt.Key.Key_Down)
    qtbot.keyClick(overdue, Qt.Key.Key_Down)  # past the last overdue line: this week
    week = today.week.list
    assert week.hasFocus() and week.currentRow() == 0
    qtbot.keyClick(week, Qt.Key.Key_Up)
    assert overdue.hasFocus() and overdue.currentRow() == 1
    # Down through this week and the agreement to the event column.
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    events = today.events.list
    assert events.hasFocus() and events.currentRow() == 0
    qtbot.keyClick(events, Qt.Key.Key_Down)
    person = events.currentItem()
    assert person.data(KIND) == "contact"
    qtbot.keyClick(events, Qt.Key.Key_Return)
    assert window.current_view_name() == "contacts"
    assert window.contacts.current_id() == person.data(KEY)


@pytest.mark.parametrize(
    ("section", "row", "view"),
    [
        ("overdue", 0, "tasks"),
        ("agreements", 0, "agreements"),
        ("events", 0, "events"),
        ("cold", 0, "partners"),
    ],
)
def test_double_click_opens_the_record(
    qtbot, window: MainWindow, section: str, row: int, view: str
) -> None:  # type: ignore[no-untyped-def]
    lines = getattr(window.today, section).list
    item = lines.item(row)
    rect = lines.visualItemRect(item)
    # A double-click as the mouse sends it: a click, then the second press.
    qtbot.mouseClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view_name() == view
    assert window.views[view].current_id() == item.data(KEY)  # type: ignore[attr-defined]


def test_space_completes_a_follow_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    week = window.today.week.list
    week.setFocus()
    week.setCurrentRow(0)
    task_id = week.item(0).data(KEY)
    qtbot.keyClick(week, Qt.Key.Key_Space)
    assert window.state.services.tasks.get(task_id).status is TaskStatus.DONE
    qtbot.waitUntil(lambda: window.today.week.title.text() == "Due this week: tick to complete (1)")


def test_more_lines_lead_to_the_full_list(qtbot, window: MainWindow, demo: Services) -> None:  # type: ignore[no-untyped-def]
    for day in range(1, 10):
        demo.tasks.create(TaskDraft(title=f"Call back {day}", due_on=date(2026, 11, day)))
    demo.events.create(EventDraft(name="Another forum", held_on="2026-12-20"))
    window.today.reload()
    overdue = window.today.overdue.list
    last = overdue.item(overdue.count() - 1)
    assert (last.text(), last.data(KIND)) == ("3 more in Follow-ups…", VIEW)
    assert window.today.overdue.title.text() == "Overdue follow-ups (11)"
    events = window.today.events.list
    assert events.item(events.count() - 1).text() == "No attendees yet"
    overdue.itemActivated.emit(last)
    assert window.current_view_name() == "tasks"


def test_today_in_chinese_has_no_english_of_its_own(
    qtbot, chinese: QLocale, state: AppState
) -> None:  # type: ignore[no-untyped-def]
    view = TodayView(state)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.reload()
    assert view.summary.text() == (
        "逾期 2 项 · 本周到期 2 项 · 待处理协议 1 份 · 即将举行的活动 1 场 · 渐趋冷淡的合作伙伴 5 家"
    )
    assert view.overdue.title.text() == "已逾期的跟进事项（2）"
    assert view.overdue.list.item(0).data(RIGHT) == "2026/11/23 · 逾期 4 天"
    assert view.agreements.list.item(0).data(RIGHT) == "续约通知 2026/12/12 · 15 天后"
    assert view.cold.list.item(0).text() == "ClavystBio（合作伙伴）"
    assert view.cold.list.item(0).data(RIGHT) == "上次联系 2025/11/20 · 372 天前"


def test_a_line_has_the_context_menu_of_its_record(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMenu] = []
    monkeypatch.setattr(row_menus, "popup", lambda menu, _at: shown.append(menu))
    cold = window.today.cold.list
    point = cold.visualItemRect(cold.item(1)).center()
    cold.customContextMenuRequested.emit(point)
    assert cold.currentRow() == 1
    [menu] = shown
    assert [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()] == [
        "Open",
        "Edit…",
        "Log interaction…",
        "Add follow-up…",
        "Briefing pack…",
    ]  # no Delete: on Today no record is selected in its own view
    menu.actions()[0].trigger()
    assert window.current_view_name() == "partners"
    assert window.partners.current_id() == cold.item(1).data(KEY)


def test_changes_arriving_keep_the_line_the_user_is_on(
    qtbot, window: MainWindow, demo: Services
) -> None:  # type: ignore[no-untyped-def]
    today = window.today
    today.setFocus()
    events = today.events.list
    events.setFocus()
    events.setCurrentRow(1)  # an attendee of the next event
    person = events.currentItem().data(KEY)
    # A follow-up added elsewhere (a sync, another window) lands above in the page.
    demo.tasks.create(TaskDraft(title="Call back about the NDA", due_on=date(2026, 12, 1)))
    window.state.data_changed.emit("Changes from the team")
    assert window.current_view_name() == "today"
    assert events.currentItem() is not None
    assert events.currentItem().data(KEY) == person


def test_one_line_is_chosen_on_the_page_at_a_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    today = window.today
    overdue, week = today.overdue.list, today.week.list
    overdue.setFocus()
    overdue.setCurrentRow(overdue.count() - 1)
    qtbot.keyClick(overdue, Qt.Key.Key_Down)  # on into this week's list
    assert week.selectedItems() and not overdue.selectedItems()


def test_after_a_tick_the_keyboard_is_on_the_next_line(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The ticked line goes; the cursor takes the line that moved up into its place
    (the list kept the focus with no line chosen, and nothing on screen showed where)."""
    week = window.today.week.list
    week.setFocus()
    week.setCurrentRow(0)
    following = week.item(1).data(KEY)
    qtbot.keyClick(week, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.today.week.title.text() == "Due this week: tick to complete (1)")
    lines = window.today.week.list
    assert lines.hasFocus()
    assert lines.currentItem() is not None and lines.currentItem().isSelected()
    assert lines.currentItem().data(KEY) == following
    # The last line of a section ticked: the one above it.
    qtbot.keyClick(lines, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: window.today.week.list.count() == 0 or not window.today.week.has_lines()
    )
    focused = QApplication.focusWidget()
    assert isinstance(focused, type(lines)) and focused.currentItem() is not None


def test_a_line_opened_from_the_keyboard_leaves_the_keyboard_on_its_row(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Enter on a Today line shows the record selected in its list, with the keyboard on
    that row (it fell into the list's search box), so Enter or the menu key work on."""
    overdue = window.today.overdue.list
    overdue.setFocus()
    overdue.setCurrentRow(0)
    task_id = overdue.item(0).data(KEY)
    qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert window.current_view_name() == "tasks"
    table = window.tasks.list.table
    assert window.focusWidget() is table
    assert window.tasks.list.current_row().id == task_id  # type: ignore[union-attr]
