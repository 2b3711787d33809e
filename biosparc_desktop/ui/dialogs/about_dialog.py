"""About Biosparc Desktop: the version, where the data lives, and the bundled libraries' licences.

The licences are read at run time from each library's installed metadata, so the
list always shows what is really shipped (the PyInstaller spec copies that metadata
into the bundle; packaging/third_party_licenses.py writes the same list to a file).
"""

from __future__ import annotations

import importlib.metadata
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop import __version__
from biosparc_desktop.ui.app_state import AppState, show_error
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.icons import app_icon

# Every distribution the app needs at run time, its own dependencies included
# (tests/packaging checks this against the installed requirement tree).
BUNDLED_LIBRARIES: tuple[str, ...] = (
    "PySide6-Essentials",  # i18n: keep
    "shiboken6",
    "SQLAlchemy",  # i18n: keep
    "alembic",
    "Mako",  # i18n: keep
    "MarkupSafe",  # i18n: keep
    "reportlab",
    "pillow",
    "charset-normalizer",
    "platformdirs",
    "phonenumbers",
    "email-validator",
    "dnspython",
    "idna",
    "pypinyin",
    "pycountry",
    "vobject",
    "python-dateutil",
    "pytz",
    "six",
    "icalendar",
    "tzdata",
    "packaging",
    "typing_extensions",
    # Team sync: httpx talks to the server, keyring keeps the device token.
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "certifi",
    "keyring",
    "jaraco.classes",
    "jaraco.context",
    "jaraco.functools",
    "more-itertools",
    "backports.tarfile",
    "importlib_metadata",
    "zipp",
    "lazy-importer",
    "jeepney",  # keyring on Linux: the Secret Service over D-Bus
    "SecretStorage",  # i18n: keep
    "cryptography",
    "cffi",
    "pycparser",
    "pywin32-ctypes",  # keyring on Windows
)


def qt_licence_note() -> str:
    """The LGPL notice for Qt, with ``{qt}`` and ``{pyside}`` for the versions."""
    return translate(
        "AboutDialog",
        "Qt {qt} and PySide6 {pyside} (The Qt Company) are used under the GNU Lesser General "
        "Public License v3. They ship as separate shared libraries in the program's folder and "
        "may be replaced with a compatible build of your own; their source code is available "
        'from <a href="https://download.qt.io/official_releases/">download.qt.io</a>.',
    )


@dataclass(frozen=True)
class LibraryLicence:
    name: str
    version: str
    licence: str
    url: str


def library_licence(distribution: str) -> LibraryLicence | None:
    """Name, version and licence of one installed distribution; ``None`` if it is absent."""
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
    meta = dist.metadata
    return LibraryLicence(
        name=_field(meta, "Name") or distribution,
        version=dist.version,
        licence=_licence_text(meta),
        url=_homepage(meta),
    )


# Artwork shipped in resources/ rather than as a library (see tools/make_ui_icons.py).
ARTWORK: tuple[LibraryLicence, ...] = (
    LibraryLicence(
        name="Material Design Icons",  # i18n: keep
        version="6.9.96",
        licence="Apache-2.0",
        url="https://pictogrammers.com/library/mdi/",
    ),
)


def bundled_libraries() -> list[LibraryLicence]:
    """The bundled libraries that are installed (some are needed on one platform only),
    and the icons."""
    found = [lib for lib in map(library_licence, BUNDLED_LIBRARIES) if lib is not None]
    return sorted([*found, *ARTWORK], key=lambda lib: lib.name.lower())


def _licence_text(meta: importlib.metadata.PackageMetadata) -> str:
    # PEP 639's SPDX expression is the most precise; then the trove classifiers;
    # the free-text License field last, as some packages paste the whole licence there.
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    prefix = "License :: "
    classifiers = [
        c.removeprefix(prefix).removeprefix("OSI Approved :: ")
        for c in meta.get_all("Classifier") or []
        if c.startswith(prefix)
    ]
    if classifiers:
        return "; ".join(classifiers)
    text = _field(meta, "License").strip()
    first_line = text.splitlines()[0] if text else ""
    if first_line and len(first_line) <= 80:
        return first_line
    return translate("AboutDialog", "See the library's licence file")


def _homepage(meta: importlib.metadata.PackageMetadata) -> str:
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in ("homepage", "home", "source", "source code", "repository", "documentation"):
        if label in urls:
            return urls[label]
    return _field(meta, "Home-page")


def _field(meta: importlib.metadata.PackageMetadata, name: str) -> str:
    """A metadata field, or "" when the library does not set it."""
    values = meta.get_all(name)
    return str(values[0]) if values else ""


class AboutDialog(QDialog):
    """Help → About: version, data folder (with a button to open it), licences."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Biosparc Desktop"))
        self.setMinimumSize(640, 600)
        self.data_dir: Path = state.services.context.data_dir

        header = QHBoxLayout()
        logo = QLabel()
        pixmap: QPixmap = app_icon().pixmap(64, 64)
        logo.setPixmap(pixmap)
        header.addWidget(logo)
        title = QLabel(
            f"<h2>Biosparc Desktop {__version__}</h2><p>"  # i18n: keep
            + translate(
                "AboutDialog",
                "Partner relationships, agreements and follow-ups for Biosparc's business "
                "development team. Works fully offline.",
            )
            + "</p>"
        )
        title.setWordWrap(True)
        header.addWidget(title, 1)
        self.title = title

        self.data_dir_label = QLabel(str(self.data_dir))
        self.data_dir_label.setObjectName("data_dir")
        self.data_dir_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is never markup
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir_label.setWordWrap(True)
        self.open_button = QPushButton(translate("AboutDialog", "Open data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(translate("AboutDialog", "Data folder:")))
        folder_row.addWidget(self.data_dir_label, 1)
        folder_row.addWidget(self.open_button)

        self.libraries = bundled_libraries()
        self.table = self._licence_table(self.libraries)
        qt_note = QLabel(qt_licence_note().format(qt=qVersion(), pyside=pyside_version))
        qt_note.setObjectName("qt_note")
        qt_note.setWordWrap(True)
        qt_note.setOpenExternalLinks(True)
        python_note = QLabel(
            translate(
                "AboutDialog",
                "Python {version} is used under the Python Software Foundation License.",
            ).format(version=sys.version.split()[0])
        )
        python_note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(folder_row)
        layout.addWidget(
            QLabel("<b>" + translate("AboutDialog", "Libraries included in this program") + "</b>")
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(qt_note)
        layout.addWidget(python_note)
        layout.addWidget(buttons)

    def open_data_folder(self) -> bool:
        # The folder may not exist yet on a database kept elsewhere; create it so the
        # file manager has something to show.
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(
                self,
                translate(
                    "AboutDialog", "The data folder {path} cannot be created: {problem}."
                ).format(path=self.data_dir, problem=exc.strerror),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    @staticmethod
    def _licence_table(libraries: list[LibraryLicence]) -> QTableWidget:
        table = QTableWidget(len(libraries), 3)
        table.setObjectName("licences")
        table.setHorizontalHeaderLabels(
            (
                translate("AboutDialog", "Library"),
                translate("AboutDialog", "Version"),
                translate("AboutDialog", "Licence"),
            )
        )
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)  # dense, like the lists
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        for row, lib in enumerate(libraries):
            for column, text in enumerate((lib.name, lib.version, lib.licence)):
                item = QTableWidgetItem(text)
                if lib.url:
                    item.setToolTip(lib.url)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table
