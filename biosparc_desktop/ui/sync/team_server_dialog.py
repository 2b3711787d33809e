"""Settings → Team server: join with the server's address and a one-time code,
see this laptop's device and how sync stands, or leave (the data stays)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.sync.run import Report, Syncer
from biosparc_desktop.ui.formatting import fmt_moment
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.workers import Job, Progress


class TeamServerDialog(QDialog):
    def __init__(
        self,
        syncer: Syncer,
        *,
        on_joined: Callable[[Report], object],
        on_left: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_server_dialog")
        self.setWindowTitle(translate("TeamServerDialog", "Team server"))
        self.setMinimumWidth(520)
        self._syncer = syncer
        self._on_joined = on_joined
        self._on_left = on_left
        self._job: Job | None = None
        self._outer = QVBoxLayout(self)
        self._page: QWidget | None = None
        self._build()

    def _build(self) -> None:
        """A fresh page for how things stand: joining, or joined."""
        if self._page is not None:
            self._outer.removeWidget(self._page)
            self._page.deleteLater()
        self._page = QWidget(self)
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self._page)
        if self._syncer.status().server is None:
            self._build_join()
        else:
            self._build_joined()

    # -- not joined -----------------------------------------------------------------

    def _build_join(self) -> None:
        intro = QLabel(
            translate(
                "TeamServerDialog",
                "Share one set of partners, contacts and agreements with your team. This laptop "
                "keeps its full copy and works offline; it syncs whenever the server can be "
                "reached. Your administrator gives you the address and a one-time code.",
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://sync.example.com")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")  # i18n: keep
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(
            translate("TeamServerDialog", "Optional: your company's CA file")
        )
        browse = QPushButton(translate("TeamServerDialog", "&Browse…"))
        browse.setAutoDefault(False)  # Enter in a field joins; it never opens the file box
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("TeamServerDialog", "Server &address:"), self.address)
        form.addRow(translate("TeamServerDialog", "One-time &code:"), self.code)
        form.addRow(translate("TeamServerDialog", "CA certificate:"), ca_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("team_server_message")
        # Joining loads the team's records (tens of seconds for a large team): busy, not frozen.
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = buttons.addButton(
            translate("TeamServerDialog", "&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.clicked.connect(self._join)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(intro)
        self._layout.addLayout(form)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.busy)
        self._layout.addWidget(buttons)
        # Enter in a field joins: Join is the one default button (a button box would
        # otherwise make Cancel the default, and Enter would close the dialog).
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.join_button.setDefault(True)
        self.address.setFocus()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("TeamServerDialog", "Company CA certificate"),
            "",
            translate("TeamServerDialog", "Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _join(self) -> None:
        address, code = self.address.text().strip(), self.code.text().strip()
        if not address or not code:
            self.message.setText(
                translate("TeamServerDialog", "Type the server's address and your one-time code.")
            )
            (self.address if not address else self.code).setFocus()
            return
        ca = self.ca_file.text().strip() or None
        self.join_button.setEnabled(False)
        self.message.setText(
            translate("TeamServerDialog", "Joining and loading the team's records…")
        )
        self.busy.show()

        def work(_progress: Progress) -> Report:
            return self._syncer.join(address, code, ca_file=ca)

        job = Job(work, self)
        job.succeeded.connect(self._joined)
        job.failed.connect(self._join_failed)
        self._job = job
        job.start()

    def _joined(self, report: object) -> None:
        self._job = None
        self._build()
        assert isinstance(report, Report)
        self._on_joined(report)

    def _join_failed(self, sentence: str) -> None:
        self._job = None
        self.busy.hide()
        self.join_button.setEnabled(True)
        self.message.setText(sentence)

    # -- joined ---------------------------------------------------------------------

    def _build_joined(self) -> None:
        status = self._syncer.status()
        form = QFormLayout()
        form.addRow(translate("TeamServerDialog", "Server:"), QLabel(status.server or ""))
        form.addRow(translate("TeamServerDialog", "This device:"), QLabel(status.device_id or ""))
        last = (
            fmt_moment(status.last_sync)
            if status.last_sync
            else translate("TeamServerDialog", "never")
        )
        form.addRow(translate("TeamServerDialog", "Last sync:"), QLabel(last))
        form.addRow(translate("TeamServerDialog", "Changes waiting:"), QLabel(str(status.pending)))
        form.addRow(
            translate("TeamServerDialog", "Conflicts to review:"), QLabel(str(status.conflicts))
        )
        self._layout.addLayout(form)
        if status.token_in_file:
            note = QLabel(
                translate(
                    "TeamServerDialog",
                    "No system keyring was found, so this laptop's device token is kept in a "
                    "file only you can read, beside the database.",
                )
            )
            note.setWordWrap(True)
            self._layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        leave = buttons.addButton(
            translate("TeamServerDialog", "&Leave the team server…"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        leave.clicked.connect(self._leave)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)

    def _leave(self) -> None:
        status = self._syncer.status()
        text = translate(
            "TeamServerDialog",
            "Leave the team server? This laptop keeps all its data but stops syncing.",
        )
        if status.pending:
            text += " " + translate(
                "TeamServerDialog", "{n} changes not yet sent will not reach the team."
            ).format(n=status.pending)
        answer = QMessageBox.question(self, self.windowTitle(), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._syncer.leave()
        self._on_left()
        self._build()
