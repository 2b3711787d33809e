"""Briefing pack…: sections, paper and language, a build with progress, save and open."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.briefing_dialog import (
    BriefingDialog,
    free_path,
    portfolio_briefing,
    safe_file_name,
)
from tests.reports.pdfcheck import outline

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The system viewer, replaced: records what would have been opened."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "out" / "chosen.pdf"
    target.parent.mkdir()

    def get_save_file_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return target


def _dialog(qtbot, state: AppState, kind: str, record_id: str) -> BriefingDialog:  # type: ignore[no-untyped-def]
    dialog = BriefingDialog(state, kind, record_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_build_a_partner_pack_then_open_it(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, save_as: Path, opened: list[str]
) -> None:
    nccs = state.services.organisations.find("NCCS")
    dialog = _dialog(qtbot, state, "partner", nccs.id)
    assert "National Cancer Centre Singapore briefing 2026-11-27.pdf" in dialog.path.text()
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(save_as)
    dialog.sections["interactions"].setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("both"))
    dialog.prepared_by.setText("Chen Yu")
    seen: list[int] = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None and dialog.job is None, timeout=30_000)
    assert dialog.saved == str(save_as)
    # The dialog stays, names the file and where it is, and offers Open and Show in folder.
    assert dialog.isVisible() and opened == []
    assert dialog.status.text() == (
        f"Saved chosen.pdf ({len(PdfReader(save_as).pages)} pages) in {save_as.parent}."
    )
    assert dialog.saved_buttons.isVisible()
    assert dialog.saved_buttons.open_button.hasFocus()
    qtbot.mouseClick(dialog.saved_buttons.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.saved_buttons.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(save_as), str(save_as.parent)]
    assert dialog.cancel_button.text() == "Close"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert seen and seen[-1] == dialog.progress_bar.maximum()
    reader = PdfReader(save_as)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    top = [title for level, title, _ in outline(save_as) if level == 0]
    assert "Recent interactions / 近期互动" not in top
    assert "Key contacts / 主要联系人" in top
    # The choices are remembered for the next pack.
    again = _dialog(qtbot, state, "partner", nccs.id)
    assert again.paper.currentData() == "letter"
    assert again.language.currentData() == "both"
    assert again.prepared_by.text() == "Chen Yu"
    assert Path(again.path.text()).parent == save_as.parent


def test_event_pack_from_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, save_as: Path, opened: list[str]
) -> None:
    event = state.services.events.find("Strategic cooperation signing ceremony")
    dialog = _dialog(qtbot, state, "event", event.id)
    assert set(dialog.sections) == {"agenda", "attendees", "event_agreements", "profiles"}
    dialog.path.setText(str(save_as))
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None and dialog.job is None, timeout=30_000)
    assert opened == []  # nothing opens by itself
    assert len(PdfReader(save_as).pages) > 5


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("no_sections", "Choose at least one section."),
        ("no_path", "Choose where to save the PDF."),
        ("bad_folder", "does not exist; choose another place."),
    ],
)
def test_build_is_disabled_with_a_reason(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, tmp_path: Path, change: str, message: str
) -> None:
    dialog = _dialog(qtbot, state, "portfolio", "")
    assert dialog.build_button.isEnabled()
    if change == "no_sections":
        for box in dialog.sections.values():
            box.setChecked(False)
    elif change == "no_path":
        dialog.path.setText("  ")
    else:
        dialog.path.setText(str(tmp_path / "missing" / "p.pdf"))
    assert message in dialog.message.text()
    assert dialog.message.isVisible()
    assert not dialog.build_button.isEnabled()


def test_cancel_during_the_build_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, tmp_path: Path, opened: list[str]
) -> None:
    target = tmp_path / "cancelled.pdf"
    dialog = _dialog(qtbot, state, "portfolio", "")
    dialog.path.setText(str(target))
    dialog.build()
    assert dialog.job is not None
    # Cancel while it builds stops the build (at its next step) and keeps the dialog open.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    # The dialog's own slot was connected before the start, so it sees the end.
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.status.text() == "Cancelled; nothing was written."
    assert dialog.saved is None and dialog.isVisible()
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert opened == []
    assert dialog.build_button.isEnabled()


def test_a_deleted_partner_is_explained(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, state, "partner", "no-such-partner")
    assert "not found" in dialog.message.text()
    assert not dialog.build_button.isEnabled()


def test_portfolio_entry_point(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, save_as: Path, opened: list[str], when_modal
) -> None:
    def build(dialog: BriefingDialog) -> None:  # type: ignore[override]
        dialog.path.setText(str(save_as))
        dialog.build()
        assert dialog.job is not None
        # The dialog stays open after the build (Open, Show in folder); then Close.
        dialog.job.finished.connect(lambda: dialog.cancel_button.click())

    when_modal(build)
    assert portfolio_briefing(state) == str(save_as)
    assert opened == []  # nothing opens by itself


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ('R&D <Lab> "Alpha" & 合作', "R&D -Lab- -Alpha- & 合作"),
        ("a/b\\c:d", "a-b-c-d"),
        ("...", "Briefing pack"),
    ],
)
def test_safe_file_names(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_free_path_numbers_taken_names(tmp_path: Path) -> None:
    (tmp_path / "p.pdf").write_bytes(b"x")
    (tmp_path / "p (2).pdf").write_bytes(b"x")
    assert free_path(tmp_path / "p.pdf") == tmp_path / "p (3).pdf"


def test_the_folder_is_remembered_per_kind_of_pack_and_starts_in_documents(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    nccs = state.services.organisations.find("NCCS").id
    first = _dialog(qtbot, state, "partner", nccs)
    assert Path(first.path.text()).parent == documents
    # The whole path is in view (up to a width a laptop screen takes) and in the tooltip.
    whole = first.path.fontMetrics().horizontalAdvance(first.path.text())
    assert first.path.width() >= min(whole, 740)
    assert first.path.toolTip() == first.path.text()
    packs = tmp_path / "packs"
    packs.mkdir()
    first.path.setText(str(packs / "nccs.pdf"))
    qtbot.mouseClick(first.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.saved is not None and first.job is None, timeout=30_000)
    first.reject()

    assert Path(_dialog(qtbot, state, "partner", nccs).path.text()).parent == packs
    portfolio = _dialog(qtbot, state, "portfolio", "")
    assert Path(portfolio.path.text()).parent == packs  # any pack's folder before Documents
    summaries = tmp_path / "summaries"
    summaries.mkdir()
    portfolio.path.setText(str(summaries / "all.pdf"))
    qtbot.mouseClick(portfolio.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: portfolio.saved is not None and portfolio.job is None, timeout=30_000)
    portfolio.reject()
    # Each kind keeps its own folder.
    assert Path(_dialog(qtbot, state, "portfolio", "").path.text()).parent == summaries
    assert Path(_dialog(qtbot, state, "partner", nccs).path.text()).parent == packs


def test_without_a_documents_folder_the_pack_goes_home(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _w: str(tmp_path / "none"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path / "data" if (tmp_path / "data").is_dir() else Path("/"))
    dialog = _dialog(qtbot, state, "portfolio", "")
    assert Path(dialog.path.text()).parent == Path.home()
    assert dialog.build_button.isEnabled()
