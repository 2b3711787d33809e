"""One agreement: parties, the allowed next moves, key dates, value, obligations, documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain.enums import AgreementStatus
from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.agreements import AgreementDetail
from biosparc_desktop.ui import icons, theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_amount, fmt_date
from biosparc_desktop.ui.widgets.chips import chip
from biosparc_desktop.ui.widgets.record_list import RecordList


class AgreementDetailPane(QWidget):
    open_record = Signal(str, str)
    edit_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_detail")
        self.state = state
        self.agreement_id: str | None = None
        self.current: AgreementDetail | None = None

        self.title = QLabel()
        self.title.setObjectName("agreement_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.status_row = QHBoxLayout()
        self.moves = QHBoxLayout()
        self.facts = QFormLayout()
        self.parties = RecordList(["Party", "Chinese name", "Role"])
        self.parties.setMaximumHeight(110)
        self.parties.open_requested.connect(lambda key: self.open_record.emit("organisation", key))
        self.obligations = QListWidget()
        self.obligations.setObjectName("obligations")
        self.obligations.setMaximumHeight(120)
        self.obligations.itemChanged.connect(self._obligation_toggled)
        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        self.documents.setMaximumHeight(90)
        self.documents.itemActivated.connect(self._open_document)

        edit = QPushButton(icons.icon("edit"), "&Edit…")
        edit.clicked.connect(
            lambda: self.agreement_id and self.edit_requested.emit(self.agreement_id)
        )
        add_obligation = QPushButton(icons.icon("new"), "Add o&bligation…")
        add_obligation.clicked.connect(self._add_obligation)
        attach = QPushButton(icons.icon("document"), "A&ttach document…")
        attach.setObjectName("attach_button")
        attach.clicked.connect(self._attach)
        open_doc = QPushButton(icons.icon("open"), "&Open document")
        open_doc.clicked.connect(lambda: self._open_document(self.documents.currentItem()))
        buttons = QGridLayout()
        for i, button in enumerate((edit, add_obligation, attach, open_doc)):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addLayout(self.status_row)
        column.addLayout(self.moves)
        column.addLayout(self.facts)
        column.addWidget(QLabel("<b>Parties</b>"))
        column.addWidget(self.parties)
        column.addWidget(QLabel("<b>Obligations and milestones</b>"))
        column.addWidget(self.obligations)
        column.addWidget(QLabel("<b>Documents</b>"))
        column.addWidget(self.documents)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.placeholder = QLabel("Select an agreement to see its parties, dates and obligations.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(scroll)
        self._scroll = scroll
        self.move_buttons: dict[AgreementStatus, QPushButton] = {}

    def show_agreement(self, public_id: str | None) -> None:
        self.agreement_id = public_id
        self.refresh()

    def refresh(self) -> None:
        if self.agreement_id is None:
            self._stack.setCurrentWidget(self.placeholder)
            return
        try:
            detail = self.state.services.agreements.detail(self.agreement_id)
        except NotFound:
            self.agreement_id = None
            self._stack.setCurrentWidget(self.placeholder)
            return
        self.current = detail
        a = detail.agreement
        today = self.state.services.context.today()
        self._stack.setCurrentWidget(self._scroll)
        self.title.setText(a.title)
        _clear(self.status_row)
        self.status_row.addWidget(chip(a.status))
        self.status_row.addWidget(QLabel(a.kind.label))
        self.status_row.addStretch(1)
        _clear(self.moves)
        self.move_buttons = {}
        if detail.next_statuses:
            self.moves.addWidget(QLabel("Move to:"))
        for target in detail.next_statuses:
            button = QPushButton(target.label)
            button.setObjectName(f"move_{target.value}")
            button.clicked.connect(lambda _c=False, t=target: self._move(t))
            self.moves.addWidget(button)
            self.move_buttons[target] = button
        self.moves.addStretch(1)

        while self.facts.rowCount():
            self.facts.removeRow(0)
        left = a.days_to_expiry(today)
        expiry = fmt_date(a.expires_on)
        if left is not None:
            expiry += f"  ({left} days left)" if left >= 0 else f"  (expired {-left} days ago)"
        notice = a.renewal_notice_on
        for label, value in (
            ("Signed", fmt_date(a.signed_on)),
            ("Effective", fmt_date(a.effective_on)),
            ("Expires", expiry),
            (
                "Renewal notice",
                f"{fmt_date(notice)} ({a.renewal_notice_days} days before expiry)"
                if notice
                else "",
            ),
            ("Value", fmt_amount(a.value, a.currency)),
            ("Owner", a.owner or ""),
            (
                "Signatories",
                "<br>".join(
                    f"{s.name}, {s.title or ''} {('· ' + s.organisation) if s.organisation else ''}"
                    for s in detail.signatories
                ),
            ),
            (
                "Cooperation",
                "<br>".join(
                    f"{i.title} ({i.workstream.label}{', ' + i.cadence.label.lower() + ' review' if i.cadence.months else ''})"
                    for i in detail.cooperation_items
                ),
            ),
            ("Key terms", a.key_terms or ""),
        ):
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                if label == "Expires" and left is not None and left <= 90:
                    text.setStyleSheet(f"color: {theme.warning_color().name()};")
                self.facts.addRow(label, text)
        self.parties.set_rows(
            a.parties,
            lambda p: (p.name, p.name_zh or "", p.role.label),
            lambda p: p.organisation_id,
        )
        self.obligations.blockSignals(True)
        self.obligations.clear()
        for ob in detail.obligations:
            due = f" — due {fmt_date(ob.due_on)}" if ob.due_on else ""
            item = QListWidgetItem(f"{ob.title}{due}{' · ' + ob.owner if ob.owner else ''}")
            item.setData(Qt.ItemDataRole.UserRole, ob.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ob.done else Qt.CheckState.Unchecked)
            if not ob.done and ob.due_on and ob.due_on < today:
                item.setForeground(theme.warning_color())
            self.obligations.addItem(item)
        if not detail.obligations:
            self.obligations.addItem("No obligations recorded.")
        self.obligations.blockSignals(False)
        self.documents.clear()
        for doc in detail.documents:
            item = QListWidgetItem(
                icons.icon("document"), f"{doc.filename}  ({doc.size_bytes / 1024:,.0f} KB)"
            )
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.documents.addItem(item)

    def _move(self, target: AgreementStatus) -> None:
        if self.agreement_id:
            self.state.attempt(
                self,
                lambda: self.state.services.agreements.move_status(self.agreement_id or "", target),
            )

    def _obligation_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            done = item.checkState() == Qt.CheckState.Checked
            self.state.attempt(
                self, lambda: self.state.services.agreements.set_obligation_done(str(key), done)
            )

    def _add_obligation(self) -> None:
        if not self.agreement_id:
            return
        title, ok = QInputDialog.getText(self, "Add obligation", "What must be done?")
        if ok and title.strip():
            self.state.attempt(
                self,
                lambda: self.state.services.agreements.add_obligation(
                    self.agreement_id or "", title
                ),
            )

    def _attach(self) -> None:
        if not self.agreement_id:
            return
        path, _filter = QFileDialog.getOpenFileName(self, "Attach a document")
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        self.state.attempt(
            self,
            lambda: self.state.services.agreements.attach_document(self.agreement_id or "", path),
        )

    def _open_document(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        path = self.state.attempt(
            self, lambda: self.state.services.agreements.document_path(str(key))
        )
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _clear(layout: QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from the screen now, not at the next event loop turn
            widget.deleteLater()
