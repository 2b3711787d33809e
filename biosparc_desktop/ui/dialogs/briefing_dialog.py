"""Briefing pack…: choose sections, paper, language and file; build with progress; then
the dialog names the file and offers Open and Show in folder.

The build runs off the GUI thread through :class:`Job`; Cancel stops it between
pages and nothing is left on disk. The file name starts from the partner's (or
event's) name and today's date, in the folder used last for that kind of pack (else
for any pack, else Documents).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.reports import (
    SECTIONS,
    PackKind,
    PackOptions,
    PackResult,
    build_event_pack,
    build_partner_pack,
    build_portfolio,
)
from biosparc_desktop.reports.build import LAYING_OUT, SAVING
from biosparc_desktop.reports.labels import Labels
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import error_text, filled_text, translate
from biosparc_desktop.ui.widgets.saved_file import SavedFileButtons
from biosparc_desktop.ui.workers import Job, Progress


def _papers() -> tuple[tuple[str, str], ...]:
    return (("A4", "a4"), (translate("BriefingDialog", "US Letter"), "letter"))


def _languages() -> tuple[tuple[str, str], ...]:
    return (
        (translate("BriefingDialog", "English"), "en"),
        (translate("BriefingDialog", "简体中文 (Simplified Chinese)"), "zh"),
        (translate("BriefingDialog", "Bilingual: English and 简体中文"), "both"),
    )


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_file_name(text: str) -> str:
    """A file name that every system accepts: no path separators or reserved characters."""
    cleaned = _UNSAFE.sub("-", text).strip(" .-")
    return cleaned[:120].rstrip(" .") or translate("BriefingDialog", "Briefing pack")


def free_path(path: Path) -> Path:
    """``path``, or ``name (2).pdf``, ``name (3).pdf``… when it is taken."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


class BriefingDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        kind: PackKind | str,
        record_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in SECTIONS:
            raise ValueError(f"unknown pack kind {kind!r}")
        self.state = state
        self.kind: PackKind = kind
        self.record_id = record_id
        self.saved: str | None = None
        self.job: Job | None = None
        self._close_when_done = False
        self.setWindowTitle(translate("BriefingDialog", "Briefing pack"))
        self.setMinimumWidth(560)
        name, problem = self._record_name()
        self.record_name = name

        intro = QLabel(f"<b>{_html(self._heading())}</b>")
        intro.setObjectName("briefing_title")
        self.sections = self._section_boxes()
        self.paper = _combo(_papers(), self._setting("paper", "a4"))
        self.paper.setObjectName("briefing_paper")
        self.language = _combo(_languages(), self._setting("language", "en"))
        self.language.setObjectName("briefing_language")
        self.prepared_by = QLineEdit(self._setting("prepared_by", ""))
        self.prepared_by.setObjectName("briefing_prepared_by")
        self.prepared_by.setPlaceholderText(
            translate("BriefingDialog", "Business Development, Biosparc")
        )
        self.path = QLineEdit(str(self._default_path()))
        self.path.setObjectName("briefing_path")
        # The whole path in view (folder and file name), within reason; the rest in the tooltip.
        metrics = self.path.fontMetrics()
        self.path.setMinimumWidth(min(metrics.horizontalAdvance(self.path.text()) + 24, 760))
        self.path.setCursorPosition(0)
        self.path.setToolTip(self.path.text())
        self.path.textChanged.connect(self.path.setToolTip)
        self.choose = QPushButton(translate("BriefingDialog", "&Change…"))
        self.choose.setObjectName("briefing_choose")
        self.choose.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(translate("BriefingDialog", "&Paper"), self.paper)
        form.addRow(translate("BriefingDialog", "&Language"), self.language)
        form.addRow(translate("BriefingDialog", "Prepared &by"), self.prepared_by)
        save_label = QLabel(translate("BriefingDialog", "&Save as"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, path_row)

        self.message = QLabel()
        self.message.setObjectName("briefing_message")
        self.message.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("briefing_progress")
        self.progress_bar.hide()
        self.status = QLabel()
        self.status.setObjectName("briefing_status")
        self.status.setWordWrap(True)
        self.saved_buttons = SavedFileButtons()
        self.buttons = QDialogButtonBox()
        self.build_button = self.buttons.addButton(
            translate("BriefingDialog", "&Build PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.build_button.setObjectName("briefing_build")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sections_box)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_buttons)
        layout.addWidget(self.buttons)

        for box in self.sections.values():
            box.toggled.connect(self.validate)
        self.path.textChanged.connect(self.validate)
        self._problem = problem
        self.validate()

    # -- building the form --------------------------------------------------
    def _record_name(self) -> tuple[str, str | None]:
        services = self.state.services
        try:
            if self.kind == "partner":
                return services.organisations.get(self.record_id).name, None
            if self.kind == "event":
                return services.events.get(self.record_id).name, None
        except BiosparcError as exc:
            return "", error_text(exc)
        return translate("BriefingDialog", "Portfolio summary"), None

    def _heading(self) -> str:
        if self.kind == "portfolio":
            return translate("BriefingDialog", "Portfolio summary of every partner")
        return translate("BriefingDialog", "Briefing pack for {name}").format(
            name=self.record_name or translate("BriefingDialog", "a missing record")
        )

    def _section_boxes(self) -> dict[str, QCheckBox]:
        # The section names in the interface language (the pack's own labels say them).
        labels = Labels("zh" if QLocale().language() == QLocale.Language.Chinese else "en")
        self.sections_box = QGroupBox(translate("BriefingDialog", "Sections"))
        grid = QGridLayout(self.sections_box)
        boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(SECTIONS[self.kind]):
            box = QCheckBox(labels(key))
            box.setObjectName(f"section_{key}")
            box.setChecked(True)
            grid.addWidget(box, index // 2, index % 2)
            boxes[key] = box
        return boxes

    def _setting(self, key: str, default: str) -> str:
        value = self.state.settings.value(f"briefing/{key}", default)
        return str(value) if value is not None else default

    def _folder(self) -> Path:
        """Where this kind of pack went last time (else any pack's folder, else Documents)."""
        for key in (f"folder/{self.kind}", "folder"):
            saved = self._setting(key, "")
            if saved and Path(saved).is_dir():
                return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        # (Not the working folder: a pack started from a terminal would land anywhere.)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _default_path(self) -> Path:
        folder = self._folder()
        today = self.state.services.context.today().isoformat()
        if self.kind == "portfolio":
            stem = translate("BriefingDialog", "Portfolio summary {date}").format(date=today)
        else:
            stem = translate("BriefingDialog", "{name} briefing {date}").format(
                name=self.record_name, date=today
            )
        return free_path(folder / f"{safe_file_name(stem)}.pdf")

    # -- input --------------------------------------------------------------
    def chosen_sections(self) -> frozenset[str]:
        return frozenset(key for key, box in self.sections.items() if box.isChecked())

    def options(self) -> PackOptions:
        return PackOptions(
            paper=self.paper.currentData(),
            language=self.language.currentData(),
            sections=self.chosen_sections(),
            prepared_by=self.prepared_by.text().strip() or None,
        )

    def output_path(self) -> Path:
        text = self.path.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")

    def problems(self) -> str:
        """What stops a build, in one sentence (empty when nothing does)."""
        if self._problem:
            return self._problem
        if not self.chosen_sections():
            return translate("BriefingDialog", "Choose at least one section.")
        if not self.path.text().strip():
            return translate("BriefingDialog", "Choose where to save the PDF.")
        folder = self.output_path().parent
        if not folder.is_dir():
            return translate(
                "BriefingDialog", "The folder {folder} does not exist; choose another place."
            ).format(folder=folder)
        return ""

    def validate(self) -> bool:
        problem = "" if self.job is not None else self.problems()
        self._show(problem, warning=True)
        self.build_button.setEnabled(self.job is None and not problem)
        return not problem

    def _show(self, text: str, *, warning: bool) -> None:
        colour = theme.warning_color().name() if warning else theme.MUTED.name()
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def choose_path(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("BriefingDialog", "Save briefing pack"),
            self.path.text(),
            translate("BriefingDialog", "PDF documents (*.pdf)"),
        )
        if chosen:
            self.path.setText(chosen)

    # -- the build ------------------------------------------------------------
    def build(self) -> None:
        if self.job is not None or not self.validate():
            return
        services, options, target = self.state.services, self.options(), self.output_path()
        kind, record_id = self.kind, self.record_id

        def work(progress: Progress) -> PackResult:
            if kind == "partner":
                return build_partner_pack(services, record_id, target, options, progress.report)
            if kind == "event":
                return build_event_pack(services, record_id, target, options, progress.report)
            return build_portfolio(services, target, options, progress.report)

        self.job = Job(work, self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._finished)
        self._set_running(True)
        self.status.setText(translate("BriefingDialog", "Gathering the data…"))
        self.job.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.sections_box, self.paper, self.language, self.prepared_by,
                       self.path, self.choose):  # fmt: skip
            widget.setEnabled(not running)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_bar.setRange(0, 0)
            self._show("", warning=False)
            self.saved_buttons.hide()
        self.build_button.setEnabled(not running)

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.status.setText(filled_text(message, (LAYING_OUT, SAVING)))

    def _succeeded(self, result: Any) -> None:
        assert isinstance(result, PackResult)
        self.saved = str(result.path)
        settings = self.state.settings
        settings.setValue("briefing/paper", self.paper.currentData())
        settings.setValue("briefing/language", self.language.currentData())
        settings.setValue("briefing/prepared_by", self.prepared_by.text().strip())
        settings.setValue("briefing/folder", str(result.path.parent))
        settings.setValue(f"briefing/folder/{self.kind}", str(result.path.parent))
        # Name the file and where it is; Open and Show in folder are the next steps.
        self.status.setText(
            translate("BriefingDialog", "Saved {file} ({pages} pages) in {folder}.").format(
                file=result.path.name, pages=result.pages, folder=result.path.parent
            )
        )
        self.saved_buttons.show_file(result.path)
        self.cancel_button.setText(translate("BriefingDialog", "Close"))

    def _failed(self, message: str) -> None:
        self.status.setText("")
        self._show(message, warning=True)

    def _cancelled(self) -> None:
        self.status.setText(translate("BriefingDialog", "Cancelled; nothing was written."))

    def _finished(self) -> None:
        self.job = None
        self._set_running(False)
        if self.saved is not None:
            self.saved_buttons.open_button.setFocus()
        if self._close_when_done:
            super().reject()
        elif not self.message.text():
            self.validate()

    def reject(self) -> None:
        """Cancel (or Esc): during a build it stops the build and keeps the dialog open."""
        if self.job is not None:
            self.status.setText(translate("BriefingDialog", "Cancelling…"))
            self.job.cancel()
            return
        if self.saved is not None:
            self.accept()  # Close after a pack was made: done, not cancelled
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            # Closing the window mid-build stops the build; the dialog closes once it has.
            self._close_when_done = True
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


def portfolio_briefing(state: AppState, parent: QWidget | None = None) -> str | None:
    """File ▸ Portfolio summary…: the dialog for the portfolio pack; the saved path or None."""
    dialog = BriefingDialog(state, "portfolio", "", parent)
    dialog.exec()
    return dialog.saved


def _combo(choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    box = QComboBox()
    for text, value in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
