"""The Trash: deleted records with what they were linked to, Restore and Empty Trash."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.services.trash import KINDS, PURGE_AFTER_DAYS, TrashItem
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date, fmt_moment
from biosparc_desktop.ui.i18n import sentence_text, translate
from biosparc_desktop.ui.widgets.record_list import RecordList

_ALL = ""


def headers() -> tuple[str, ...]:
    return (
        translate("TrashView", "Deleted"),
        translate("TrashView", "Kind"),
        translate("TrashView", "What"),
        translate("TrashView", "Linked to"),
        translate("TrashView", "Removed for good on"),
    )


_WIDEST = (190, 110, 340, 380)


class TrashView(QWidget):
    """Emits ``open_record(kind, id)`` after a restore, so the window can show it."""

    open_record = Signal(str, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_view")
        self.state = state
        self._items: list[TrashItem] = []
        self._total = 0

        title = QLabel(translate("TrashView", "Trash"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        hint = QLabel(
            translate(
                "TrashView",
                "Deleted records stay here for {days} days, with what they were "
                "linked to. Restore puts a record back where it was.",
            ).format(days=PURGE_AFTER_DAYS)
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.kind = QComboBox()
        self.kind.setObjectName("trash_kind")
        self.kind.addItem(translate("TrashView", "All kinds"), _ALL)
        for table in KINDS:
            self.kind.addItem(_plural(table), table)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())

        self.restore_button = QPushButton(icons.icon("undo"), translate("TrashView", "&Restore"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(
            translate("TrashView", "Put the selected record back where it was")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(
            icons.icon("delete"), translate("TrashView", "Em&pty Trash…")
        )
        self.empty_button.setObjectName("empty_trash_button")
        self.empty_button.clicked.connect(self.empty_trash)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("TrashView", "Show:")))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)

        self.list = RecordList(
            headers(),
            empty_text=translate(
                "TrashView", "The Trash is empty. Deleted records wait here for {days} days."
            ).format(days=PURGE_AFTER_DAYS),
        )
        self.list.setObjectName("trash_list")
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.status = QLabel()
        self.status.setObjectName("trash_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.list)  # Ctrl+7 puts the keyboard on the rows
        self._update_buttons()

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        kind = self.kind.currentData() or None
        chosen = self.current_id()
        found = self.state.attempt(self, lambda: self.state.services.trash.rows(kind))
        self._items = found or []
        self._total = self.state.attempt(self, self.state.services.trash.count) or 0
        self.list.set_rows(
            self._items,
            lambda i: (
                fmt_moment(i.deleted_at),
                _singular(i.kind_label),
                _text(i.title),
                "; ".join(_text(link) for link in i.links),
                fmt_date(i.purge_on),
            ),
            lambda i: i.id,
        )
        # Long titles and link lists must not push the purge date off the screen.
        for column, widest in enumerate(_WIDEST):
            if self.list.columnWidth(column) > widest:
                self.list.setColumnWidth(column, widest)
        # A row is always chosen, the same one when it is still here: Restore is ready.
        shown = self.list.keys()
        first = self.list.topLevelItem(0)
        if chosen is not None and chosen in shown:
            self.select_id(chosen)
        elif shown and first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return str(key) if key else None

    def select_id(self, public_id: str) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == public_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return

    def show_item(self, public_id: str) -> None:
        """Show every kind and select the record, saying why the user is here."""
        self.kind.setCurrentIndex(0)  # reloads when it changes
        self.reload()
        self.select_id(public_id)
        self.status.setText(
            translate("TrashView", "This record is in the Trash. Restore it to open it.")
        )

    # -- actions ---------------------------------------------------------------
    def restore_selected(self) -> None:
        public_id = self.current_id()
        if public_id is None:
            self.status.setText(translate("TrashView", "Select a record to restore first."))
            return
        restored = self.state.attempt(self, lambda: self.state.services.trash.restore(public_id))
        self.reload()
        if restored is not None:
            self.status.setText(
                translate("TrashView", "Restored {kind} “{title}”. Press Ctrl+Z to undo.").format(
                    kind=_singular(restored.kind_label, lower=True), title=restored.title
                )
            )
            self.open_record.emit(restored.kind, restored.id)

    def empty_trash(self) -> None:
        count = self.state.services.trash.count()
        if count == 0:
            self.status.setText(translate("TrashView", "The Trash is already empty."))
            return
        answer = QMessageBox.question(
            self,
            translate("TrashView", "Empty Trash"),
            (
                translate(
                    "TrashView",
                    "Remove the {count} records in the Trash for good? Until you close "
                    "Biosparc Desktop, Edit > Undo can still bring them back.",
                )
                if count != 1
                else translate(
                    "TrashView",
                    "Remove the 1 record in the Trash for good? Until you close "
                    "Biosparc Desktop, Edit > Undo can still bring it back.",
                )
            ).format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = self.state.attempt(self, self.state.services.trash.empty)
        self.reload()
        if removed is not None:
            self.status.setText(
                (
                    translate("TrashView", "Emptied the Trash: {count} records removed.")
                    if removed != 1
                    else translate("TrashView", "Emptied the Trash: 1 record removed.")
                ).format(count=removed)
            )

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.current_id() is not None)
        self.empty_button.setEnabled(self._total > 0)


def _text(value: str | Sentence) -> str:
    """A title or link of the Trash service: its sentences in the interface language."""
    return sentence_text(value) if isinstance(value, Sentence) else value


def _plural(table: str) -> str:
    """The filter's name for a kind of record (a table in ``KINDS``)."""
    names = {
        "organisation": translate("TrashView", "Partners"),
        "contact": translate("TrashView", "Contacts"),
        "agreement": translate("TrashView", "Agreements"),
        "interaction": translate("TrashView", "Interactions"),
        "event": translate("TrashView", "Events"),
        "task": translate("TrashView", "Follow-ups"),
    }
    return names.get(table, table)


def _singular(kind_label: str, *, lower: bool = False) -> str:
    """The Trash service's English kind ("Partner") in the interface language."""
    names = {
        "Partner": translate("TrashView", "Partner"),
        "Contact": translate("TrashView", "Contact"),
        "Agreement": translate("TrashView", "Agreement"),
        "Interaction": translate("TrashView", "Interaction"),
        "Event": translate("TrashView", "Event"),
        "Follow-up": translate("TrashView", "Follow-up"),
    }
    name = names.get(kind_label, kind_label)
    # English runs the kind into a sentence in lower case; Chinese has no case.
    return name.lower() if lower else name
