"""The import preview's new organisations: listed in pinyin order, each created,
added to a partner already here, or left out, as chosen in the wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QWizard

from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.import_models import PreviewModel
from biosparc_desktop.ui.dialogs.import_organisations import OrganisationChoiceModel
from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard

pytestmark = pytest.mark.gui

FILE = (
    "Name,Organisation,Email\n"
    "刘明,信达生物,liu.ming@innovent.cn\n"
    "王芳,信达生物,wang.fang@innovent.cn\n"
    "Ana Souza,Acme Bio,ana@acme.bio\n"
    "李娜,百济神州,li.na@beigene.cn\n"
    "陈杰,阿斯利康,chen.jie@az.cn\n"
)
COL = OrganisationChoiceModel


@pytest.fixture
def people_file(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(FILE, encoding="utf-8")
    return path


def _to_preview(qtbot, state: AppState, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    with qtbot.waitSignal(wizard.reading_finished, timeout=20_000):
        wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    return wizard


def _column(model: OrganisationChoiceModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _org_cells(wizard: ImportWizard) -> dict[str, str]:
    model = wizard.preview_page.model
    return {
        model.index(r, PreviewModel.COL_NAME).data(): model.index(r, PreviewModel.COL_ORG).data()
        for r in range(model.rowCount())
    }


def test_preview_lists_the_new_organisations_in_pinyin_order(
    qtbot, state: AppState, people_file: Path
) -> None:  # type: ignore[no-untyped-def]
    wizard = _to_preview(qtbot, state, people_file)
    panel = wizard.preview_page.organisations
    assert panel.isVisible()
    assert panel.heading.text().startswith("4 organisations are not here yet.")
    model = panel.model
    assert _column(model, COL.COL_NAME) == ["阿斯利康", "Acme Bio", "百济神州", "信达生物"]
    assert _column(model, COL.COL_CONTACTS) == ["1", "1", "1", "2"]
    assert set(_column(model, COL.COL_CHOICE)) == {"Create as a new partner"}


def test_map_leave_out_and_create_then_import(
    qtbot, state: AppState, people_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    target = services.organisations.create(OrganisationDraft(name="BeiGene", name_zh="百济"))
    partners_before = services.organisations.count()
    wizard = _to_preview(qtbot, state, people_file)
    panel = wizard.preview_page.organisations
    view, model = panel.view, panel.model

    # 百济神州 → BeiGene, chosen in the list's editor by typing part of its name.
    cell = model.index(2, COL.COL_CHOICE)
    view.setCurrentIndex(cell)
    view.edit(cell)
    editor = view.findChild(QComboBox, "import_organisation_choice")
    assert editor is not None
    assert editor.itemText(0) == "Create as a new partner"
    editor.setCurrentIndex(editor.findData(f"existing:{target.id}"))
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert model.index(2, COL.COL_CHOICE).data() == "Add to BeiGene"
    # Acme Bio: its contact comes in without an organisation.
    assert model.setData(model.index(1, COL.COL_CHOICE), "none")
    assert model.index(1, COL.COL_CHOICE).data() == ("Import its contacts without an organisation")
    # The rows above say so too.
    cells = _org_cells(wizard)
    assert cells["李娜"] == "BeiGene (for 百济神州)"
    assert cells["Ana Souza"] == "None (Acme Bio left out)"
    assert cells["刘明"] == "信达生物 (new)"

    wizard.grab().save(str(tmp_path / "import_organisations.png"))
    wizard.grab().save("/tmp/search_import_organisations.png")
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        wizard.next()  # Import (no duplicates to decide on)
    assert "2 new organisations were added." in wizard.import_page.status.text() + (
        wizard.import_page.report.toPlainText()
    )
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert services.organisations.count() == partners_before + 2  # 信达生物 and 阿斯利康
    by_name = {r.display_name: r.organisation for r in services.contacts.rows(ContactQuery())}
    assert by_name["李娜"] is not None and by_name["李娜"].startswith("BeiGene")
    assert by_name["Ana Souza"] is None
    assert by_name["刘明"] == "信达生物"
    names = [r.name for r in services.organisations.rows(OrganisationQuery(search="xdsw"))]
    assert names == ["信达生物"]

    state.undo()  # one step takes the import back, partners included
    assert services.organisations.count() == partners_before


def test_a_partner_typed_in_full_is_chosen(qtbot, state: AppState, people_file: Path) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    target = services.organisations.create(OrganisationDraft(name="AstraZeneca China"))
    wizard = _to_preview(qtbot, state, people_file)
    panel = wizard.preview_page.organisations
    view, model = panel.view, panel.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, COL.COL_CHOICE))
    qtbot.keyClicks(view, "A")  # typing on the cell opens the list, the text replaced
    editor = view.findChild(QComboBox, "import_organisation_choice")
    assert editor is not None and editor.isEditable()
    assert editor.currentText() == "A"
    qtbot.keyClicks(editor.lineEdit(), "straZeneca China")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.choice_at(0).partner_id == target.id)
    assert model.index(0, COL.COL_CHOICE).data() == "Add to AstraZeneca China"
    # F2 opens it too, on the whole current choice, so typing replaces it; part of a
    # name that only one entry has is enough.
    # The first editor is deleted later (Qt's deleteLater): wait until it is gone.
    qtbot.waitUntil(lambda: view.findChild(QComboBox, "import_organisation_choice") is None)
    view.setCurrentIndex(model.index(1, COL.COL_CHOICE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QComboBox, "import_organisation_choice")
    assert editor is not None and editor.lineEdit().selectedText() == "Create as a new partner"
    qtbot.keyClicks(editor.lineEdit(), "without an organ")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.choice_at(1).action.value == "none")


def test_no_panel_when_every_organisation_is_here(qtbot, state: AppState, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.csv"
    path.write_text("Name,Email\nAna Souza,ana@acme.bio\n", encoding="utf-8")
    wizard = _to_preview(qtbot, state, path)
    assert not wizard.preview_page.organisations.isVisible()


def test_the_organisations_panel_in_chinese(
    qtbot, chinese: QLocale, state: AppState, people_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = state.services.organisations.create(OrganisationDraft(name="BeiGene"))
    wizard = _to_preview(qtbot, state, people_file)
    panel = wizard.preview_page.organisations
    assert panel.heading.text().startswith("有 4 个机构尚不存在。")
    model = panel.model
    assert model.headerData(COL.COL_CHOICE, Qt.Orientation.Horizontal) == "导入方式"
    assert model.index(0, COL.COL_CHOICE).data() == "新建为合作伙伴"
    assert model.setData(model.index(2, COL.COL_CHOICE), f"existing:{target.id}")
    assert model.setData(model.index(1, COL.COL_CHOICE), "none")
    assert model.index(2, COL.COL_CHOICE).data() == "加入 BeiGene"
    assert _org_cells(wizard)["李娜"] == "BeiGene（代替 百济神州）"
    wizard.grab().save(str(tmp_path / "import_organisations_zh.png"))
    wizard.grab().save("/tmp/search_import_organisations_zh.png")


def test_no_organisations_to_decide_on_in_a_damaged_file(
    qtbot, state: AppState, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cut.csv"
    data = "Name,Organisation,Email\n刘明,信达生物,liu@x.cn\n王芳,信达".encode()
    path.write_bytes(data[:-1])  # cut part-way through the last character
    wizard = _to_preview(qtbot, state, path)
    assert wizard.preview is not None
    assert wizard.preview.damage and wizard.preview.organisations
    assert wizard.preview_page.damage.isVisible()
    assert not wizard.preview_page.organisations.isVisible()


def test_choices_hold_through_the_duplicates_page(
    qtbot, state: AppState, people_file: Path
) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    services.contacts.create(ContactDraft(name_zh="王芳", emails=("wang.fang@innovent.cn",)))
    wizard = _to_preview(qtbot, state, people_file)
    model = wizard.preview_page.organisations.model
    assert _column(model, COL.COL_NAME)[3] == "信达生物"
    assert model.setData(model.index(3, COL.COL_CHOICE), "none")
    wizard.next()
    assert wizard.currentId() == ImportWizard.DUPLICATES
    wizard.back()
    assert model.choice_at(3).action.value == "none"  # still as chosen
    wizard.next()
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        wizard.next()  # Import, the duplicate skipped
    by_name = {r.display_name: r.organisation for r in services.contacts.rows(ContactQuery())}
    assert by_name["刘明"] is None
    names = {r.name for r in services.organisations.rows(OrganisationQuery(), limit=100)}
    assert "信达生物" not in names and "阿斯利康" in names
