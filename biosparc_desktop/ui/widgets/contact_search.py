"""Finding a contact as you type, among all of them: the service's search behind a completer.

A combo box filled up front cannot hold 100,000 people (nor find 张伟 from
"zhang wei"); this asks the search service for the best matches after each
pause in typing and offers them in the completer's popup, unfiltered, because
the service has already matched names in both scripts, pinyin and emails.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from biosparc_desktop.ui.i18n import translate

# (public id, text shown) for the contacts matching what was typed, best first.
Search = Callable[[str], Sequence[tuple[str, str]]]
ID_ROLE = Qt.ItemDataRole.UserRole


class ContactSearchCompleter(QCompleter):
    """Offers the contacts matching the text of ``line``; :attr:`picked` gives the choice."""

    picked = Signal(str, str)  # public id, text shown

    def __init__(
        self, search: Search, line: QLineEdit, parent: QWidget | None = None, *, delay_ms: int = 150
    ) -> None:
        self._model = QStandardItemModel(parent)
        super().__init__(self._model, parent)
        self._search = search
        self._line = line
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.refresh)
        line.textEdited.connect(lambda _text: self._timer.start())
        # The QModelIndex overload: the row carries the contact's id.
        self.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    def refresh(self) -> None:
        """Ask the service now for what the line holds, and show the matches."""
        self._timer.stop()
        text = self._line.text().strip()
        self._model.clear()
        if not text:
            return
        for public_id, shown in self._search(text):
            item = QStandardItem(shown)
            item.setData(public_id, ID_ROLE)
            self._model.appendRow(item)
        if self._model.rowCount():
            self.complete()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        public_id = index.data(ID_ROLE)
        if public_id:
            self.picked.emit(str(public_id), str(index.data()))


class ContactPicker(QLineEdit):
    """Type to find an existing contact; left empty, it stands for a new one.

    :attr:`chosen_id` is the contact picked from the popup, or ``None`` (typing
    after a pick undoes it); :attr:`changed` is emitted whenever that changes.
    """

    changed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_id: str | None = None
        self.setPlaceholderText(
            translate("ContactPicker", "New contact (or type a name to find one)")
        )
        self.setClearButtonEnabled(True)
        self.search = ContactSearchCompleter(search, self, self)
        self.setCompleter(self.search)
        self.search.picked.connect(self._picked)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._cleared)

    def is_new(self) -> bool:
        return not self.text().strip()

    def _picked(self, public_id: str, shown: str) -> None:
        self.setText(shown)
        self.chosen_id = public_id
        self.changed.emit()

    def _typed(self, _text: str) -> None:
        self.chosen_id = None  # typing after a pick undoes it
        self.changed.emit()

    def _cleared(self, text: str) -> None:
        if not text:  # the clear button, or clear(): back to a new contact
            self.chosen_id = None
            self.changed.emit()
