"""The Simplified Chinese interface: every text translated, the .ts complete and current, the app in Chinese."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

import biosparc_desktop.ui
from biosparc_desktop.config import Location
from biosparc_desktop.domain import enums
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.store.backups import make_backup
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.agreement_dialog import AgreementDialog
from biosparc_desktop.ui.dialogs.briefing_dialog import BriefingDialog
from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard
from biosparc_desktop.ui.dialogs.restore_dialog import RestoreDialog
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import (
    LANGUAGE_KEY,
    action_text,
    apply_saved_language,
    error_text,
    install_language,
    translate,
)
from biosparc_desktop.ui.main_window import MainWindow
from tests.ui.i18n_scan import scan_module

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = Path(biosparc_desktop.ui.__file__).parent
TS_FILE = ROOT / "biosparc_desktop" / "resources" / "translations" / "biosparc_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _modules() -> list[str]:
    return sorted(str(p.relative_to(UI_DIR)) for p in UI_DIR.rglob("*.py"))


def _messages(ts_file: Path) -> list[tuple[str, str, str | None, ET.Element]]:
    """(context, source, disambiguation, translation element) of every message."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (name, message.findtext("source") or "", message.findtext("comment"), translation)
            )
    return found


# -- (a) the code: every text to a Qt text API goes through translate() or label() ----------
@pytest.mark.parametrize("module", _modules())
def test_every_interface_text_is_translated(module: str) -> None:
    findings = scan_module(UI_DIR / module)
    assert findings == [], "\n".join(f"{module}:{f.line}: {f.problem}" for f in findings)


def test_the_scan_catches_untranslated_texts(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from biosparc_desktop.ui.i18n import label, translate\n"
        "COLUMNS = (Column(translate('X', 'Name'), str),)\n"
        "def build(box, kind, n):\n"
        "    QLabel('Plain English')\n"
        "    box.setToolTip(f'{n} partners')\n"
        "    box.addItem(kind.label, kind)\n"
        "    QMessageBox.warning(None, 'Oops', translate('X', 'Fine'))\n"
        "    Filter('key', translate('X', 'Stage'), [('All stages', None)])\n"
        "    translate('X', f'{n} things')\n"
        "    QLabel('<b>{}</b>'.format(translate('X', 'Fine')))\n"
        "    QPushButton(icons.icon('edit'), translate('X', '&Edit…'))\n"
        "    box.setText('…')\n"
        "    QLabel(label(kind))\n"
        "_HEADERS = ('Line', 'In the file')\n"
        "ZONES = ('Asia/Shanghai', 'UTC', 'auto')\n"
        "NAMES = ('English',)  # i18n: keep\n",
        encoding="utf-8",
    )
    problems = [(f.line, f.problem.split(":")[0]) for f in scan_module(sample)]
    assert problems == [
        (2, "translated at import time"),
        (4, "untranslated text"),
        (5, "untranslated text"),
        (6, "enum label without label()"),
        (7, "untranslated text"),
        (8, "untranslated text"),
        (9, "translate() source is not a literal"),
        (14, "text in a module-level constant"),
        (14, "text in a module-level constant"),
    ]


def test_enum_label_module_is_up_to_date() -> None:
    current = (UI_DIR / "enum_labels.py").read_text(encoding="utf-8")
    assert current == _tool("make_enum_labels").render(), "run tools/make_enum_labels.py"


def test_error_message_module_is_up_to_date() -> None:
    current = (UI_DIR / "error_messages.py").read_text(encoding="utf-8")
    assert current == _tool("make_error_messages").render(), "run tools/make_error_messages.py"


# -- (b), (c), (d) the translation files ------------------------------------------------------
def test_ts_is_complete_and_keeps_placeholders() -> None:
    messages = _messages(TS_FILE)
    assert len(messages) > 300
    placeholder = re.compile(r"\{\w*\}")
    accelerator = re.compile(r"&(?!&)\w")
    for context, source, _comment, element in messages:
        where = f"{context}: {source!r}"
        assert element.get("type") is None, f"{where} is {element.get('type')}"
        text = element.text or ""
        assert text.strip(), f"{where} has no translation"
        assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), where
        assert len(accelerator.findall(text)) == len(accelerator.findall(source)), where
        if _english_left(source, []):
            assert re.search(r"[\u4e00-\u9fff]", text), f"{where} is not translated into Chinese"


def test_ts_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    _tool("update_translations").extract(fresh)
    in_code = {(c, s, d) for c, s, d, _t in _messages(fresh)}
    in_ts = {(c, s, d) for c, s, d, _t in _messages(TS_FILE)}
    assert in_code - in_ts == set(), "new texts: run tools/update_translations.py and translate"
    assert in_ts - in_code == set(), "texts gone from the code: run tools/update_translations.py"


def test_qm_is_compiled_from_the_ts() -> None:
    """The shipped .qm gives every translation in the .ts (compared by meaning, not bytes,
    so another Qt version's lrelease does not matter)."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [
        f"{context}: {source!r}"
        for context, source, comment, element in _messages(TS_FILE)
        if translator.translate(context, source, comment) != (element.text or "")
    ]
    assert not stale, "run tools/update_translations.py; the .qm lacks:\n" + "\n".join(stale)
    assert translator.translate("MainWindow", "&File") == "文件(&F)"


# -- (e) the running app in Chinese ---------------------------------------------------------------


def _data_values(location: Location) -> list[str]:
    """Every text stored in the database: names, titles, venues, tags… (data, not interface)."""
    assert location.sqlite_path is not None
    values: set[str] = set()
    with sqlite3.connect(location.sqlite_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                values.update(v.strip() for v in row if isinstance(v, str) and v.strip())
    return sorted(values, key=len, reverse=True)


# Words that stay in Latin letters in a Chinese interface.
KEEP = {"Biosparc", "Desktop", "Ctrl", "Shift", "KB", "CST", "SGT", "HKT", "UTC", "GMT"}
KEEP |= {"CNY", "SGD", "USD", "EUR", "HKD", "GBP", "JPY", "SG", "CN"}


def _texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for everything the window shows in words."""
    yield "window title", window.windowTitle()
    for action in window.findChildren(QMenu):
        yield "menu", action.title()
    for action in window.actions() + [a for m in window.findChildren(QMenu) for a in m.actions()]:
        yield "action", action.text()
        yield "action tooltip", action.toolTip()
    yield from _widget_texts(window)
    yield "status bar", window.statusBar().currentMessage()


def _widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every widget inside ``root`` that shows words."""
    for widget in root.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name, widget.tabText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield name, widget.item(i).text()
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield f"{name} header", header.text(column)
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                yield name, " | ".join(item.text(c) for c in range(widget.columnCount()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header_text = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{name} header", str(header_text or "")
            for row in range(min(model.rowCount(), 30)):
                for column in range(model.columnCount()):
                    yield name, str(model.index(row, column).data() or "")


def _english_left(text: str, data: list[str]) -> list[str]:
    for value in data:
        if value in text:
            text = re.sub(rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])", " ", text)
    text = re.sub(r"<[^>]+>|https?://\S+|\S+@\S+|\{\w*\}", " ", text)
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in KEEP]


@pytest.mark.gui
def test_main_window_in_chinese_shows_no_english(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState, location: Location
) -> None:
    assert chinese.language() == QLocale.Language.Chinese
    s = state.services
    # Something in every History tab and in the Trash: a change, and deleted records
    # of each kind with what they were linked to.
    partners = s.organisations.rows()
    kept, gone = partners[0], partners[-1]
    s.organisations.set_stage(kept.id, enums.RelationshipStage.ENGAGED)
    s.organisations.delete(gone.id)
    s.contacts.delete(s.contacts.rows()[-1].id)
    s.tasks.delete(s.tasks.rows()[0].id)
    s.interactions.delete(s.interactions.rows()[0].id)
    s.events.delete(s.events.rows()[0].id)  # "N attendees"
    window = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in ("partners", "contacts", "agreements", "tasks", "events", "trash", "today"):
        window.show_view(key)
    window.partners.open_id(kept.id)
    window.contacts.open_id(s.contacts.rows()[0].id)
    window.agreements.open_id(s.agreements.rows()[0].id)
    history = window.partners.detail.history
    assert history.list.topLevelItemCount() > 1 and window.trash.list.topLevelItemCount() == 5
    shown = [history.list.topLevelItem(0).text(c) for c in range(5)]  # type: ignore[union-attr]
    assert shown[2:4] == ["将合作伙伴阶段改为“已接洽”", "阶段"] and shown[4].endswith(" → 已接洽")
    assert window.windowTitle() == "Biosparc Desktop"
    data = _data_values(location)
    left = {
        f"{where}: {text!r} ({', '.join(words)})"
        for where, text in _texts(window)
        if (words := _english_left(text, data))
    }
    assert not left, "English left in the Chinese interface:\n" + "\n".join(sorted(left))
    assert window.today.heading.text() == "今日 · 2026年11月27日星期五"
    assert window.file_menu.title() == "文件(&F)"
    assert window.status_counts.text().startswith("合作伙伴 7 家")  # one is in the Trash
    model = window.agreements.list.model
    expires = [t for r in range(model.rowCount()) if (t := model.index(r, 5).data())]
    assert expires and all(re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", t) for t in expires), expires
    assert fmt_date(date(2026, 11, 27)) == "2026/11/27"


# Names of products, formats and encodings stay in Latin letters in the dialogs.
PRODUCTS = {
    "Outlook",
    "Google",
    "LinkedIn",
    "Thunderbird",
    "Connections",
    "Apple",
    "Android",
    "Windows",
}
PRODUCTS |= {"CSV", "csv", "vCard", "vcf", "PDF", "pdf", "UTF", "GB", "MB", "kB"}


def _english_in(dialog: QWidget, data: list[str]) -> set[str]:
    texts = [("window title", dialog.windowTitle()), *_widget_texts(dialog)]
    left = set()
    for where, text in texts:
        words = [w for w in _english_left(text, data) if w not in PRODUCTS]
        if words:
            left.add(f"{where}: {text!r} ({', '.join(words)})")
    return left


@pytest.mark.gui
def test_dialogs_in_chinese_show_no_english(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState, location: Location, tmp_path: Path
) -> None:
    """The import wizard's first page, a partner's briefing pack and Restore from backup."""
    assert location.sqlite_path is not None
    backups = tmp_path / "backups"
    make_backup(location.sqlite_path, backups, kind="manual")
    partner = state.services.organisations.rows()[0]
    wizard = ImportWizard(state)
    briefing = BriefingDialog(state, "partner", partner.id, None)
    restore = RestoreDialog(state, backups_dir=backups)
    data = _data_values(location)
    # File names and paths are the user's data too (the briefing pack's default name).
    data += [str(tmp_path), str(Path.home()), "Documents", "pdf", "sqlite3"]
    for dialog in (wizard, briefing, restore):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        left = _english_in(dialog, data)
        assert not left, f"English left in {type(dialog).__name__}:\n" + "\n".join(sorted(left))
    assert wizard.windowTitle() == "导入联系人"
    assert briefing.windowTitle() == "简报资料"
    assert restore.list.topLevelItem(0).text(1) == "手动"  # type: ignore[union-attr]
    assert restore.list.topLevelItem(0).text(2).startswith("8 家合作伙伴")  # type: ignore[union-attr]


@pytest.mark.gui
def test_every_enum_label_has_chinese(chinese: QLocale) -> None:
    for enum_type in _tool("make_enum_labels").labelled_enums():
        for member in enum_type:
            english = member.label
            assert translate("enum", english) != english, f"{enum_type.__name__}.{member.name}"
    assert enums.AgreementKind.MOU.label == "MoU"  # the domain itself stays English


@pytest.mark.gui
def test_undo_labels_in_chinese(chinese: QLocale) -> None:
    assert (
        action_text("Add partner Duke-NUS Medical School") == "添加合作伙伴 Duke-NUS Medical School"
    )
    assert action_text("Move agreement to Awaiting signature") == "将协议状态改为“待签署”"
    assert action_text("Log meeting") == "记录会面"
    assert action_text("Something new") == "Something new"


@pytest.mark.gui
def test_domain_errors_in_chinese(chinese: QLocale) -> None:
    assert error_text(ValidationError("The event needs a date.")) == "活动需要填写日期。"
    # A template with no translation yet: the English sentence whole, never half translated.
    untranslated = ValidationError.of("{label} is unheard of.", label="The name")
    assert error_text(untranslated) == "The name is unheard of."


@pytest.mark.gui
def test_dialog_shows_service_problems_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState
) -> None:
    dialog = AgreementDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_all_problems()  # as when Save is tried
    qtbot.waitUntil(lambda: dialog.errors["parties"].isVisible())
    assert dialog.errors["parties"].text() == "协议至少需要两个签约方。"
    assert dialog.windowTitle() == "新建协议"


def test_undo_labels_unchanged_in_english() -> None:
    for label in ("Add partner Duke-NUS", "Log meeting", "Move partner to Engaged", "Delete event"):
        assert action_text(label) == label


@pytest.mark.gui
def test_saved_language_is_applied_at_start(qapp: QApplication, settings: QSettings) -> None:
    before = QLocale()
    settings.setValue(LANGUAGE_KEY, "zh_CN")
    try:
        assert apply_saved_language(qapp, settings).name() == "zh_CN"
        assert translate("MainWindow", "&Help") == "帮助(&H)"
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(before)
    assert translate("MainWindow", "&Help") == "&Help"


def _choose_chinese(dialog: QWidget) -> None:
    """In the Settings dialog: pick 简体中文 and press OK."""
    box = dialog.findChild(QComboBox, "language")
    buttons = dialog.findChild(QDialogButtonBox)
    assert box is not None and buttons is not None
    box.setCurrentIndex(box.findData("zh_CN"))
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


@pytest.mark.gui
def test_language_change_is_offered_to_the_launcher(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal
) -> None:
    when_modal(_choose_chinese)
    with qtbot.waitSignal(window.language_change_requested) as requested:
        window.settings_action.trigger()
    assert requested.args == ["zh_CN"]
    assert window.state.settings.value(LANGUAGE_KEY) == "zh_CN"


@pytest.mark.gui
def test_language_change_applies_at_next_start_without_a_launcher(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, when_modal, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _title, text, *a, **k: told.append(text)
    )
    when_modal(_choose_chinese)
    window.settings_action.trigger()
    assert told == ["The new language applies the next time you start Biosparc Desktop."]
