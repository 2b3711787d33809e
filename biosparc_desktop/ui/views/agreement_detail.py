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

from biosparc_desktop.domain.enums import AgreementStatus, PartyRole, ReviewCadence
from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.agreements import AgreementDetail
from biosparc_desktop.ui import icons, theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_amount, fmt_date
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.trash_links import organisation_name
from biosparc_desktop.ui.views.agreement_moves import MoveButtons
from biosparc_desktop.ui.widgets import interaction_list
from biosparc_desktop.ui.widgets.chips import chip, clear_layout
from biosparc_desktop.ui.widgets.fact_label import focus_stop_before
from biosparc_desktop.ui.widgets.history_panel import HistoryPanel
from biosparc_desktop.ui.widgets.record_list import RecordList


class AgreementDetailPane(QWidget):
    open_record = Signal(str, str)
    edit_requested = Signal(str)
    log_interaction_requested = Signal(str)
    add_followup_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_detail")
        self.state = state
        self.agreement_id: str | None = None
        self.current: AgreementDetail | None = None

        self.title = QLabel()
        self.title.setObjectName("agreement_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.status_row = QHBoxLayout()
        self.moves = QHBoxLayout()
        self.facts = QFormLayout()
        self.parties = RecordList(
            [
                translate("AgreementDetailPane", "Party"),
                translate("AgreementDetailPane", "Chinese name"),
                translate("AgreementDetailPane", "Role"),
            ],
            kind="organisation",
        )
        self.parties.setMaximumHeight(110)
        self.parties.open_requested.connect(lambda key: self.open_record.emit("organisation", key))
        # The meetings with the agreement's partners: opened in full (and edited) from here.
        self.interactions = interaction_list.interaction_list(
            translate("AgreementDetailPane", "No interactions with its parties yet.")
        )
        self.interactions.setObjectName("agreement_interactions")
        self.interactions.setMaximumHeight(140)
        self.interactions.open_requested.connect(
            lambda key: self.open_record.emit("interaction", key)
        )
        self.obligations = QListWidget()
        self.obligations.setObjectName("obligations")
        self.obligations.setMaximumHeight(120)
        self.obligations.itemChanged.connect(self._obligation_toggled)
        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        self.documents.setMaximumHeight(90)
        self.documents.itemActivated.connect(self._open_document)

        edit = QPushButton(icons.icon("edit"), translate("AgreementDetailPane", "Ed&it…"))
        edit.clicked.connect(
            lambda: self.agreement_id and self.edit_requested.emit(self.agreement_id)
        )
        self.log_button = QPushButton(
            icons.icon("interaction"), translate("AgreementDetailPane", "&Log interaction…")
        )
        self.log_button.setObjectName("agreement_log_interaction_button")
        self.log_button.setToolTip(
            translate("AgreementDetailPane", "Log a meeting or call with the agreement's parties")
        )
        self.log_button.clicked.connect(
            lambda: self.agreement_id and self.log_interaction_requested.emit(self.agreement_id)
        )
        self.followup_button = QPushButton(
            icons.icon("followup"), translate("AgreementDetailPane", "Add follo&w-up…")
        )
        self.followup_button.setObjectName("agreement_add_followup_button")
        self.followup_button.clicked.connect(
            lambda: self.agreement_id and self.add_followup_requested.emit(self.agreement_id)
        )
        add_obligation = QPushButton(
            icons.icon("new"), translate("AgreementDetailPane", "Add o&bligation…")
        )
        add_obligation.clicked.connect(self._add_obligation)
        attach = QPushButton(
            icons.icon("document"), translate("AgreementDetailPane", "A&ttach document…")
        )
        attach.setObjectName("attach_button")
        attach.clicked.connect(self._attach)
        open_doc = QPushButton(
            icons.icon("open"), translate("AgreementDetailPane", "&Open document")
        )
        open_doc.setObjectName("open_document_button")
        open_doc.clicked.connect(lambda: self._open_document(self.documents.currentItem()))
        self.open_doc_button = open_doc
        buttons = QGridLayout()
        for i, button in enumerate(
            (edit, self.log_button, self.followup_button, add_obligation, attach, open_doc)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addLayout(self.status_row)
        column.addLayout(self.moves)
        column.addLayout(self.facts)
        column.addWidget(_heading(translate("AgreementDetailPane", "Parties")))
        column.addWidget(self.parties)
        column.addWidget(
            _heading(translate("AgreementDetailPane", "Interactions with the parties"))
        )
        column.addWidget(self.interactions)
        column.addWidget(_heading(translate("AgreementDetailPane", "Obligations and milestones")))
        column.addWidget(self.obligations)
        column.addWidget(_heading(translate("AgreementDetailPane", "Documents")))
        column.addWidget(self.documents)
        column.addLayout(buttons)
        column.addWidget(_heading(translate("AgreementDetailPane", "History")))
        self.history = HistoryPanel(state)
        self.history.setMinimumHeight(180)
        column.addWidget(self.history)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.placeholder = QLabel(
            translate(
                "AgreementDetailPane",
                "Select an agreement to see its parties, dates and obligations.",
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(scroll)
        self._scroll = scroll
        self._moves = MoveButtons(state, self.moves, self)
        self.move_buttons: dict[AgreementStatus, QPushButton] = {}

    def _order_moves(self, *, keep_keyboard: bool) -> None:
        """The moves, made anew for each agreement, join the Tab order under the title
        (not at the end of the window's); after a move made from the keyboard the cursor
        goes to the next moves rather than nowhere."""
        moves = list(self.move_buttons.values())
        previous = focus_stop_before(self.parties)
        for button in moves:
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        if keep_keyboard:
            target = moves[0] if moves else self.parties
            target.setFocus(Qt.FocusReason.OtherFocusReason)

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
        clear_layout(self.status_row)
        self.status_row.addWidget(chip(a.status))
        self.status_row.addWidget(QLabel(label(a.kind)))
        self.status_row.addStretch(1)
        # The window's own focus, not the application's: after a move that asked for a
        # day or a reason, the dialog has just closed and the window is not active yet.
        had_keyboard = self.window().focusWidget() in self.move_buttons.values()
        self._moves.show(a)
        self.move_buttons = self._moves.buttons
        self._order_moves(keep_keyboard=had_keyboard)

        while self.facts.rowCount():
            self.facts.removeRow(0)
        left = a.days_to_expiry(today)
        expiry = fmt_date(a.expires_on)
        if left is not None:
            expiry += "  " + (
                translate("AgreementDetailPane", "({n} days left)").format(n=left)
                if left >= 0
                else translate("AgreementDetailPane", "(expired {n} days ago)").format(n=-left)
            )
        notice = a.renewal_notice_on
        renewal = (
            translate("AgreementDetailPane", "{date} ({n} days before expiry)").format(
                date=fmt_date(notice), n=a.renewal_notice_days
            )
            if notice
            else ""
        )
        for key, caption, value in (
            ("signed", translate("AgreementDetailPane", "Signed"), fmt_date(a.signed_on)),
            ("effective", translate("AgreementDetailPane", "Effective"), fmt_date(a.effective_on)),
            ("expires", translate("AgreementDetailPane", "Expires"), expiry),
            ("notice", translate("AgreementDetailPane", "Renewal notice"), renewal),
            (
                "value",
                translate("AgreementDetailPane", "Value"),
                fmt_amount(a.value, a.currency),
            ),
            ("owner", translate("AgreementDetailPane", "Owner"), a.owner or ""),
            (
                "signatories",
                translate("AgreementDetailPane", "Signatories"),
                "<br>".join(
                    f"{s.name}, {s.title or ''} {('· ' + s.organisation) if s.organisation else ''}"
                    for s in detail.signatories
                ),
            ),
            (
                "cooperation",
                translate("AgreementDetailPane", "Cooperation"),
                "<br>".join(
                    _cooperation(i.title, label(i.workstream), i.cadence)
                    for i in detail.cooperation_items
                ),
            ),
            ("key_terms", translate("AgreementDetailPane", "Key terms"), a.key_terms or ""),
        ):
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                if key == "expires" and left is not None and left <= 90:
                    text.setStyleSheet(f"color: {theme.warning_color().name()};")
                self.facts.addRow(caption, text)
        self.parties.set_rows(
            a.parties,
            lambda p: (
                organisation_name(self.state.services, p.organisation_id, p.name),
                p.name_zh or "",
                label(p.role),
            ),
            lambda p: p.organisation_id,
        )
        interaction_list.show(
            self.interactions,
            interaction_list.gather(
                self.state.services,
                organisation_ids=[
                    p.organisation_id for p in a.parties if p.role != PartyRole.BIOSPARC
                ],
            ),
        )
        self.obligations.blockSignals(True)
        self.obligations.clear()
        for ob in detail.obligations:
            what = (
                translate("AgreementDetailPane", "{title} — due {date}").format(
                    title=ob.title, date=fmt_date(ob.due_on)
                )
                if ob.due_on
                else ob.title
            )
            item = QListWidgetItem(f"{what}{' · ' + ob.owner if ob.owner else ''}")
            item.setData(Qt.ItemDataRole.UserRole, ob.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ob.done else Qt.CheckState.Unchecked)
            if not ob.done and ob.due_on and ob.due_on < today:
                item.setForeground(theme.warning_color())
            self.obligations.addItem(item)
        if not detail.obligations:
            self.obligations.addItem(translate("AgreementDetailPane", "No obligations recorded."))
        self.obligations.blockSignals(False)
        self.history.show_record(a.id, "agreement")
        self.documents.clear()
        for doc in detail.documents:
            item = QListWidgetItem(
                icons.icon("document"),
                translate("AgreementDetailPane", "{name}  ({size} KB)").format(
                    name=doc.filename, size=f"{doc.size_bytes / 1024:,.0f}"
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.documents.addItem(item)
        # Nothing to open without a document; with some, the first is ready to open.
        self.open_doc_button.setEnabled(bool(detail.documents))
        if detail.documents:
            self.documents.setCurrentRow(0)

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
        title, ok = QInputDialog.getText(
            self,
            translate("AgreementDetailPane", "Add obligation"),
            translate("AgreementDetailPane", "What must be done?"),
        )
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
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("AgreementDetailPane", "Attach a document")
        )
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


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


def _cooperation(title: str, workstream: str, cadence: ReviewCadence) -> str:
    """A cooperation item: "Joint lab (Research, quarterly review)"."""
    if not cadence.months:
        return translate("AgreementDetailPane", "{title} ({workstream})").format(
            title=title, workstream=workstream
        )
    return translate("AgreementDetailPane", "{title} ({workstream}, {cadence} review)").format(
        title=title, workstream=workstream, cadence=label(cadence).lower()
    )
