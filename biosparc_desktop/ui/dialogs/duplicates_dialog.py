"""Edit → Find duplicates…: likely pairs of contacts and of organisations, each with why.

Select a pair and press Merge… (or double-click it) to compare the two field by
field; the list refreshes after each merge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.services.duplicates import DuplicatePair
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.merge_dialog import MergeDialog
from biosparc_desktop.ui.i18n import sentence_text, translate


def _headers() -> tuple[str, ...]:
    return (
        translate("DuplicatesDialog", "Keep"),
        translate("DuplicatesDialog", "Merge into it"),
        translate("DuplicatesDialog", "Why they look the same"),
    )


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        *,
        since: frozenset[str] | None = None,
    ) -> None:
        """``since``: only copies of these records (those here before an archive import)."""
        super().__init__(parent)
        self.setObjectName("duplicates_dialog")
        self.state = state
        self._since = since
        self.setWindowTitle(
            translate("DuplicatesDialog", "Find duplicates")
            if since is None
            else translate("DuplicatesDialog", "Copies brought by the archive")
        )
        self.resize(900, 520)
        self.merged = 0
        self.lists: dict[str, QTreeWidget] = {}
        self.empty: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        for kind in ("contact", "organisation"):
            page = QWidget()
            column = QVBoxLayout(page)
            tree = QTreeWidget()
            tree.setObjectName(f"duplicates_{kind}")
            tree.setColumnCount(len(_headers()))
            tree.setHeaderLabels(list(_headers()))
            tree.setRootIsDecorated(False)
            tree.setAlternatingRowColors(True)
            tree.itemDoubleClicked.connect(lambda _item, _column: self.merge_selected())
            tree.itemSelectionChanged.connect(self._selection_changed)
            empty = QLabel(
                translate(
                    "DuplicatesDialog",
                    "No likely duplicates. Run Find duplicates again after an import.",
                )
            )
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setStyleSheet(f"color: {theme.MUTED.name()};")
            column.addWidget(tree)
            column.addWidget(empty)
            self.lists[kind], self.empty[kind] = tree, empty
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _index: self._selection_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(translate("DuplicatesDialog", "&Merge…"))
        self.merge_button.setObjectName("duplicates_merge")
        self.merge_button.clicked.connect(self.merge_selected)
        refresh = QPushButton(translate("DuplicatesDialog", "&Refresh"))
        refresh.clicked.connect(self.reload)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        duplicates = self.state.services.duplicates
        since = self._since

        def find() -> dict[str, list[DuplicatePair]]:
            if since is None:
                return {
                    "contact": duplicates.contacts(),
                    "organisation": duplicates.organisations(),
                }
            copies = duplicates.across(since)
            return {
                kind: [p for p in copies if p.kind == kind] for kind in ("contact", "organisation")
            }

        found = self.state.attempt(self, find)
        if found is None:
            return
        titles = {
            "contact": translate("DuplicatesDialog", "Contacts ({count})"),
            "organisation": translate("DuplicatesDialog", "Organisations ({count})"),
        }
        for index, (kind, pairs) in enumerate(found.items()):
            tree = self.lists[kind]
            tree.clear()
            for pair in pairs:
                item = QTreeWidgetItem(
                    [_shown(pair.first_name, pair.first_detail),
                     _shown(pair.second_name, pair.second_detail),
                     translate("DuplicatesDialog", "; ").join(
                         sentence_text(r) for r in pair.reasons)]
                )  # fmt: skip
                item.setData(0, Qt.ItemDataRole.UserRole, pair)
                tree.addTopLevelItem(item)
            for column in range(len(_headers())):
                tree.resizeColumnToContents(column)
            first = tree.topLevelItem(0)
            if first is not None:
                tree.setCurrentItem(first)
            tree.setVisible(bool(pairs))
            self.empty[kind].setVisible(not pairs)
            self.tabs.setTabText(index, titles[kind].format(count=len(pairs)))
        self._selection_changed()

    def current_kind(self) -> str:
        return ("contact", "organisation")[self.tabs.currentIndex()]

    def selected_pair(self) -> DuplicatePair | None:
        item = self.lists[self.current_kind()].currentItem()
        if item is None:
            return None
        pair = item.data(0, Qt.ItemDataRole.UserRole)
        return pair if isinstance(pair, DuplicatePair) else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.selected_pair() is not None)

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        dialog = MergeDialog(self.state, pair.kind, pair.first_id, pair.second_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merged += 1
            self.reload()


def _shown(name: str, detail: str) -> str:
    return f"{name} · {detail}" if detail else name
