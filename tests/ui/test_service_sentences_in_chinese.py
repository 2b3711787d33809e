"""What the services word in English reaches the Chinese interface in Chinese: the message
next to a field, the import's summary and row report, export and merge summaries."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from biosparc_desktop.config import Location
from biosparc_desktop.domain.enums import AgreementStatus
from biosparc_desktop.domain.rules.agreement_status import check_move
from biosparc_desktop.domain.sentences import Sentence, at, joined
from biosparc_desktop.errors import Conflict, ValidationError
from biosparc_desktop.exporters import ExportResult
from biosparc_desktop.reports.build import LAYING_OUT, SAVING
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.contact_dialog import ContactDialog
from biosparc_desktop.ui.dialogs.export_dialog import exported_text
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog
from biosparc_desktop.ui.dialogs.import_models import PreviewModel
from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard
from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog
from biosparc_desktop.ui.dialogs.task_dialog import TaskDialog
from biosparc_desktop.ui.i18n import error_text, filled_text, sentence_text
from tests.ui.keyboard import type_text
from tests.ui.test_translations import _data_values, _english_left

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "importers" / "data" / "generic_quoted.csv"


def _open(qtbot, dialog: FormDialog) -> FormDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- the message next to a field ------------------------------------------------------------
def test_partner_dialog_messages_in_chinese(qtbot, chinese: QLocale, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, OrganisationDialog(state))
    type_text(qtbot, dialog.website, "not a site")
    qtbot.waitUntil(lambda: dialog.errors["website"].isVisible())
    dialog.show_all_problems()  # Save tried: the empty name speaks too
    assert dialog.errors["name"].text() == "名称为必填项。"
    assert (
        dialog.errors["website"].text() == "“not a site”不是网址；请按 www.example.com 的格式填写。"
    )
    assert not dialog.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        (
            "emails",
            "tan at nccs",
            "“tan at nccs”不是有效的电子邮件地址：电子邮件地址必须包含 @ 符号。",
        ),
        (
            "emails",
            "wei@@nccs.sg",
            "“wei@@nccs.sg”不是有效的电子邮件地址：@ 符号之后的部分含有无效字符：'@'。",
        ),
        ("phones", "12345", "“12345”不是有效的电话号码；请加上国家/地区代码，例如 +65 6123 4567。"),
    ],
)
def test_contact_dialog_messages_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState, field: str, text: str, message: str
) -> None:
    dialog = _open(qtbot, ContactDialog(state))
    type_text(qtbot, dialog.given, "Wei")
    type_text(qtbot, getattr(dialog, field), text)
    label = dialog.errors[field]
    qtbot.waitUntil(lambda: label.text() == message)
    assert not _english_left(label.text(), [text])


def test_task_dialog_message_with_numbers_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState
) -> None:
    dialog = _open(qtbot, TaskDialog(state))
    dialog.title_field.setText("x" * 301)
    label = dialog.errors["title"]
    qtbot.waitUntil(lambda: label.text() == "名称过长：共 301 个字符，最多 300 个。")
    assert label.isVisible() and not dialog.ok_button.isEnabled()


def test_field_messages_stay_english_in_english(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, TaskDialog(state))
    dialog.title_field.setText("x" * 301)
    label = dialog.errors["title"]
    qtbot.waitUntil(lambda: label.text() == "The title is too long: 301 characters, at most 300.")


# -- the import's summary and report ----------------------------------------------------------
def _file_values(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [cell.strip() for row in csv.reader(handle) for cell in row if cell.strip()]


def test_import_summary_and_report_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState, location: Location
) -> None:
    state.services.contacts.create(
        ContactDraft(given_name="Ana", family_name="Souza", emails=("ana.souza@biobrasil.com.br",))
    )
    wizard = ImportWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(SAMPLE))
    with qtbot.waitSignal(wizard.reading_finished, timeout=20_000):
        wizard.next()
    wizard.next()  # the preview
    model = wizard.preview_page.model
    notes = [model.index(r, PreviewModel.COL_NOTES).data() for r in range(model.rowCount())]
    assert "没有姓名、电子邮件或电话；已跳过此行。" in notes
    wizard.next()  # the duplicates
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        wizard.next()  # Import
    status = wizard.import_page.status.text()
    report = wizard.import_page.report.toPlainText()
    assert status.startswith(
        "已导入 generic_quoted.csv：新建 6 条，合并 0 条，跳过 1 条，拒绝 1 条。"
    )
    assert "第 8 行：没有姓名、电子邮件或电话；已跳过此行。" in report
    assert (
        "第 2 行：已跳过，与 Ana Souza 重复：电子邮件相同（ana.souza@biobrasil.com.br）" in report
    )
    assert "已略去该值。" in report
    data = [*_data_values(location), *_file_values(SAMPLE), SAMPLE.name]
    for text in (status, *report.splitlines(), *notes):
        assert not _english_left(text, data), text
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_search_results_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState, location: Location
) -> None:
    """Statuses, kinds and dates after each hit's title are worded by the interface."""
    dialog = SearchDialog(state, debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.box.setText("Mirxes")
    dialog.run_search()
    shown = [
        dialog.results.topLevelItem(g).child(i).text(1)  # type: ignore[union-attr]
        for g in range(dialog.results.topLevelItemCount())
        for i in range(dialog.results.topLevelItem(g).childCount())  # type: ignore[union-attr]
    ]
    assert "会面，2026/11/10" in shown  # an interaction: its kind and date
    assert {"已签署", "待办"} <= set(shown)  # an agreement's and a follow-up's status
    data = _data_values(location)
    assert all(not _english_left(text, data) for text in shown), shown


# -- other summaries and sentences ---------------------------------------------------------
def test_export_summary_in_chinese(chinese: QLocale, tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    assert exported_text("contacts_vcard", ExportResult(target, 1234, "contacts")) == (
        f"已将 1,234 位联系人导出到 {target}。"
    )
    assert exported_text("tasks", ExportResult(target, 1, "follow-ups")) == (
        f"已将 1 项跟进事项导出到 {target}。"
    )


def test_export_summary_in_english_matches_the_command_line(tmp_path: Path) -> None:
    for key, what in (("organisations", "organisations"), ("calendar", "calendar entries")):
        result = ExportResult(tmp_path / "out", 12, what)
        assert exported_text(key, result) == result.describe()


def test_nested_sentences_and_enum_values_in_chinese(chinese: QLocale) -> None:
    where = Sentence.of("Row {line}", line=4)
    problem = ValidationError.of("{label} is required.", label="The name")
    assert sentence_text(at(where, problem)) == "第 4 行：名称为必填项。"
    assert sentence_text(joined([at(where, problem), Sentence.of("Saved")])) == (
        "第 4 行：名称为必填项。 已保存"
    )
    with pytest.raises(Conflict) as caught:
        check_move(AgreementStatus.DRAFT, AgreementStatus.SIGNED)
    assert (
        error_text(caught.value)
        == "处于“草稿”状态的协议不能改为“已签署”：只能改为“洽谈中”或“已放弃”。"
    )
    assert caught.value.message == (
        "An agreement that is “Draft” cannot move to “Signed”: it can only move to “Negotiating”"
        " or “Abandoned”."
    )


def test_briefing_progress_in_chinese(chinese: QLocale) -> None:
    steps = (LAYING_OUT, SAVING)
    assert filled_text(LAYING_OUT.format(page=3), steps) == "正在排版第 3 页"
    assert filled_text(SAVING.format(pages=12), steps) == "正在保存 12 页"
    assert filled_text("Reading the partner", steps) == "正在读取合作伙伴"
    assert filled_text("Something new", steps) == "Something new"


# -- the catalogue ----------------------------------------------------------------------------
def test_no_error_sentence_is_built_with_an_f_string() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_error_messages", ROOT / "tools" / "make_error_messages.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    _texts, untranslatable = tool.collect()
    assert untranslatable == [], "make these SomeError.of(template, name=value):\n" + "\n".join(
        untranslatable
    )
