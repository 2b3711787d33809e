"""Small things: Open document only with a document; the window keeps its size and place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from biosparc_desktop.domain.enums import AgreementStatus
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.views.agreement_detail import AgreementDetailPane

pytestmark = pytest.mark.gui


def test_open_document_is_enabled_only_with_a_document(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, tmp_path: Path
) -> None:
    pane = AgreementDetailPane(state)
    qtbot.addWidget(pane)
    agreement = state.services.agreements.rows(AgreementQuery(status=AgreementStatus.ACTIVE))[0]
    pane.show_agreement(agreement.id)
    assert pane.documents.count() == 0
    assert not pane.open_doc_button.isEnabled()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 sample")
    pane.attach_file(scan)
    pane.refresh()
    assert pane.open_doc_button.isEnabled()
    assert pane.documents.currentRow() == 0


def test_the_window_keeps_its_size_and_place(qtbot, state: AppState, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(1100, 720)
    first.move(60, 40)
    qtbot.waitUntil(lambda: first.size().width() == 1100)
    first.save_layout()
    first.close()
    second = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (1100, 720)
    assert second.pos() == first.pos()


def test_counts_are_singular_for_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.keyboard import type_text

    window.show_view("partners")
    page = window.partners.list
    assert page.count_label.text() == "8 partners"
    type_text(qtbot, page.search, "Mirxes")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 partner")


def test_search_says_1_result(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(state, debounce_ms=0)
    qtbot.addWidget(dialog)
    seen = {}
    for text in ("陈伟明", "chen.jianhua", "周晓峰", "Mirxes"):
        dialog.box.setText(text)
        dialog.run_search()
        hits = sum(len(titles) for titles in dialog.hit_titles().values())
        seen[hits] = dialog.summary.text()
    assert seen[1] == "1 result"
    assert all(text == f"{n} results" for n, text in seen.items() if n > 1)


def test_a_cut_off_cell_has_its_full_text_as_a_tooltip(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window.show_view("agreements")
    model = window.agreements.list.model
    title = model.index(0, 0)
    assert model.data(title, Qt.ItemDataRole.ToolTipRole) == model.data(title)
    assert len(str(model.data(title))) > 40  # long titles, cut off in the column


@pytest.mark.parametrize("key", ["partners", "contacts", "agreements", "events"])
def test_the_split_keeps_its_place_when_the_selection_changes(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, key: str
) -> None:
    from PySide6.QtWidgets import QApplication

    window.show_view(key)
    view = window.views[key]
    view.splitter.setSizes([780, 340])  # type: ignore[attr-defined]
    QApplication.processEvents()
    before = view.splitter.sizes()  # type: ignore[attr-defined]
    page = view.list  # type: ignore[attr-defined]
    for row in range(min(page.model.rowCount(), 6)):
        page.table.selectRow(row)
        QApplication.processEvents()
        assert view.splitter.sizes() == before, row  # type: ignore[attr-defined]


def test_an_empty_list_message_spans_the_whole_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.services.contacts import ContactDraft

    person = window.state.services.contacts.create(
        ContactDraft(given_name="New", family_name="Lee")
    )
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_record("contact", person.id)
    timeline = window.contacts.card.timeline
    item = timeline.topLevelItem(0)
    assert item is not None and item.text(0) == "No interactions logged yet."
    assert item.isFirstColumnSpanned()
    width = timeline.visualItemRect(item).width()
    assert width > timeline.columnWidth(0)
    assert width >= timeline.fontMetrics().horizontalAdvance(item.text(0))


def test_agreements_that_share_a_long_title_prefix_stay_apart(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft

    services = window.state.services
    parties = (
        PartyDraft(organisation_id=services.organisations.find("NCCS").id),
        PartyDraft(organisation_id=services.organisations.find("Mirxes").id),
    )
    prefix = "Strategic cooperation agreement between Biosparc and the National Cancer Centre: "
    for tail in ("clinical trials annex", "industrialisation annex"):
        services.agreements.create(AgreementDraft(title=prefix + tail, parties=parties))
    window.show_view("agreements")
    table = window.agreements.list.table
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    width = table.columnWidth(0)
    metrics = table.fontMetrics()
    shown = {
        metrics.elidedText(prefix + tail, table.textElideMode(), width - 8)
        for tail in ("clinical trials annex", "industrialisation annex")
    }
    assert len(shown) == 2  # a cut title keeps the end, where these differ
    assert window.partners.detail.agreements.textElideMode() == Qt.TextElideMode.ElideMiddle


_FOCUS_CHECK = """
import sys
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.focus_style import FocusStyle

app = QApplication([])
style = FocusStyle(theme.ACCENT)
host = QWidget()
first, second = QPushButton("Edit…"), QPushButton("Log interaction…")
layout = QVBoxLayout(host)
for widget in (first, second):
    widget.setStyle(style)
    layout.addWidget(widget)
host.show()
host.activateWindow()
second.setFocus()
app.processEvents()
assert second.hasFocus()

def accent_pixels(widget):
    image = widget.grab().toImage()
    a = theme.ACCENT
    return sum(
        1
        for x in range(image.width())
        for y in (0, 1, 2, image.height() // 2)
        if max(abs(image.pixelColor(x, y).red() - a.red()),
               abs(image.pixelColor(x, y).green() - a.green()),
               abs(image.pixelColor(x, y).blue() - a.blue())) < 40
    )

print(accent_pixels(second), accent_pixels(first), second.width())
sys.stdout.flush()
"""


def test_focus_outlines_are_visible(tmp_path: Path) -> None:
    """The focused button has an accent outline, the others none (checked in a process of
    its own: a Python style's objects outliving other tests' windows abort PySide at exit)."""
    import os
    import subprocess
    import sys

    script = tmp_path / "focus_check.py"
    script.write_text(_FOCUS_CHECK, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    focused, other, width = (int(n) for n in done.stdout.split())
    assert focused > width // 2  # an outline along the focused button
    assert other == 0  # and nothing around the one without focus


def test_an_empty_follow_up_list_says_how_to_begin(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    """The list's own first filter choice (open follow-ups) is not a search: with no
    follow-ups the list says how to add one, and "No matches" is for a filter chosen."""
    win = MainWindow(AppState(services, settings), debounce_ms=0)
    qtbot.addWidget(win)
    win.show_view("tasks")
    page = win.tasks.list
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    assert page._stack.currentWidget() is page.empty
    assert page.empty.text() == "No follow-ups due. Press Ctrl+N to add one."
    assert page.count_label.text() == "0 follow-ups"
    page.filter_boxes["status"].setCurrentIndex(1)  # done ones
    qtbot.waitUntil(lambda: page.count_label.text() == "No matches")
    assert page._stack.currentWidget() is page.table
