"""The status bar's word on sync: offline, syncing, synced N minutes ago, N changes
waiting, N conflicts (a click opens them; with none, a click syncs now)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.sync.controller import SyncView

REFRESH_MS = 30_000  # "synced N minutes ago" moves on by itself


def describe(view: SyncView, now: datetime | None = None) -> str:
    """The status in a few words, in the interface language."""
    status = view.status
    parts: list[str] = []
    if view.syncing:
        parts.append(translate("Sync", "Syncing…"))
    elif view.offline:
        parts.append(translate("Sync", "Offline"))
    elif view.problem is not None and not status.refused:
        parts.append(translate("Sync", "Not syncing"))  # the tooltip says why
    elif status.last_sync is not None:
        parts.append(_ago(status.last_sync, now or datetime.now(UTC)))
    else:
        parts.append(translate("Sync", "Not synced yet"))
    if status.pending:
        parts.append(
            translate("Sync", "1 change waiting")
            if status.pending == 1
            else translate("Sync", "{n} changes waiting").format(n=status.pending)
        )
    if status.refused:
        parts.append(translate("Sync", "{n} refused").format(n=status.refused))
    if status.conflicts:
        parts.append(
            translate("Sync", "1 conflict")
            if status.conflicts == 1
            else translate("Sync", "{n} conflicts").format(n=status.conflicts)
        )
    return " · ".join(parts)


def _ago(when: datetime, now: datetime) -> str:
    minutes = int((now - when).total_seconds() // 60)
    if minutes < 1:
        return translate("Sync", "Synced just now")
    if minutes == 1:
        return translate("Sync", "Synced 1 minute ago")
    if minutes < 60:
        return translate("Sync", "Synced {n} minutes ago").format(n=minutes)
    hours = minutes // 60
    if hours == 1:
        return translate("Sync", "Synced 1 hour ago")
    if hours < 48:
        return translate("Sync", "Synced {n} hours ago").format(n=hours)
    return translate("Sync", "Synced {n} days ago").format(n=hours // 24)


class SyncStatusButton(QToolButton):
    def __init__(
        self,
        *,
        open_conflicts: Callable[[], object],
        sync_now: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.setAutoRaise(True)
        self._open_conflicts = open_conflicts
        self._sync_now = sync_now
        self._view: SyncView | None = None
        self.clicked.connect(self._clicked)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._redraw)
        self._timer.start()
        self.setVisible(False)

    def show_view(self, view: SyncView) -> None:
        self._view = view
        self._redraw()

    def _redraw(self) -> None:
        view = self._view
        if view is None or view.status.server is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        self.setText(describe(view))
        attention = view.status.conflicts > 0 or view.problem is not None
        self.setStyleSheet(
            "QToolButton { color: #b45309; font-weight: bold; }" if attention else ""
        )
        tips = [translate("Sync", "Team server: {url}").format(url=view.status.server)]
        if view.problem:
            tips.append(view.problem)
        if view.status.conflicts:
            tips.append(translate("Sync", "Click to review the conflicts."))
        else:
            tips.append(translate("Sync", "Click to sync now (Ctrl+Shift+S)."))
        self.setToolTip("\n".join(tips))

    def _clicked(self) -> None:
        if self._view is not None and self._view.status.conflicts:
            self._open_conflicts()
        else:
            self._sync_now()
