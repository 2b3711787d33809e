"""Global search (Ctrl+K): everything at once, results grouped by kind."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.services.search import KINDS, SearchHit
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import label, translate


def group_titles() -> dict[str, str]:
    """The result groups' headings, by kind, in the interface language."""
    return {
        "organisation": translate("SearchDialog", "Partners"),
        "contact": translate("SearchDialog", "Contacts"),
        "agreement": translate("SearchDialog", "Agreements"),
        "interaction": translate("SearchDialog", "Interactions"),
        "event": translate("SearchDialog", "Events"),
        "task": translate("SearchDialog", "Follow-ups"),
    }


class _SearchBox(QLineEdit):
    """Down arrow moves into the results, so the keyboard alone is enough."""

    def __init__(self, results: QTreeWidget) -> None:
        super().__init__()
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._results.setFocus()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    chosen = Signal(str, str)  # kind, id

    def __init__(
        self, state: AppState, parent: QWidget | None = None, *, debounce_ms: int = 150
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(translate("SearchDialog", "Search everything"))
        self.resize(640, 480)
        self.results = QTreeWidget()
        self.results.setObjectName("search_results")
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(2)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(self._activated)
        self.box = _SearchBox(self.results)
        self.box.setObjectName("global_search")
        self.box.setPlaceholderText(
            translate(
                "SearchDialog",
                "Type a name in English or 中文, pinyin or initials (lm), an email, a word"
                " from a note…",
            )
        )
        self.box.returnPressed.connect(self._open_first)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._debounce.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)

    def run_search(self) -> None:
        text = self.box.text()
        hits = self.state.attempt(self, lambda: self.state.services.search.search(text)) or []
        self.results.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        titles = group_titles()
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QTreeWidgetItem([titles[hit.kind], ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[hit.kind] = group
            item = QTreeWidgetItem(group, [hit.title, _subtitle(hit)])
            item.setData(0, Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
        for kind in KINDS:
            if kind in groups:
                self.results.addTopLevelItem(groups[kind])
                groups[kind].setExpanded(True)
        self.results.resizeColumnToContents(0)
        if text.strip():
            self.summary.setText(
                translate("SearchDialog", "1 result")
                if len(hits) == 1
                else translate("SearchDialog", "{n} results").format(n=len(hits))
                if hits
                else translate("SearchDialog", "Nothing matches “{text}”.").format(
                    text=text.strip()
                )
            )
        else:
            self.summary.setText("")
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)

    def _first_hit(self) -> QTreeWidgetItem | None:
        for i in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(i)
            if group is not None and group.childCount():
                return group.child(0)
        return None

    def hit_titles(self) -> dict[str, list[str]]:
        """Results by kind (for tests and screen readers alike)."""
        found: dict[str, list[str]] = {}
        for i in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None:
                    kind, _key = child.data(0, Qt.ItemDataRole.UserRole)
                    found.setdefault(kind, []).append(child.text(0))
        return found

    def _open_first(self) -> None:
        self._debounce.stop()
        self.run_search()
        item = self.results.currentItem() or self._first_hit()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            kind, key = data
            self.chosen.emit(kind, key)
            self.accept()


def _subtitle(hit: SearchHit) -> str:
    """What follows a hit's title: its data, its status or kind, its date."""
    parts = [hit.detail, label(hit.label) if hit.label else "", fmt_date(hit.on)]
    return translate("SearchDialog", ", ").join(p for p in parts if p)
