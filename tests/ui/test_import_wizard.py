"""The import wizard: file, columns, preview, duplicates, import with progress, undo."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.importing import DuplicateAction, ImportService
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.import_models import DecisionModel, PreviewModel
from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard

pytestmark = pytest.mark.gui

SAMPLES = Path(__file__).resolve().parents[1] / "importers" / "data"


def _open(qtbot, state: AppState, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.reading_finished, timeout=20_000):
        wizard.next()
    return wizard


def _preview_rows(wizard: ImportWizard) -> dict[int, list[str]]:
    model = wizard.preview_page.model
    return {
        int(model.index(r, PreviewModel.COL_LINE).data()): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }


def test_import_with_a_duplicate_merged_then_undo(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    services.contacts.create(
        ContactDraft(given_name="Ana", family_name="Souza", emails=("ana.souza@biobrasil.com.br",))
    )
    before = services.contacts.count()
    wizard = _open(qtbot, state, SAMPLES / "generic_quoted.csv")
    assert "CSV file, read as utf-8: 7 contacts found." in wizard.columns_page.found.text()
    assert wizard.columns_page.combos["Company"].currentData() == "organisation"

    wizard.next()  # the preview
    assert wizard.currentId() == ImportWizard.PREVIEW
    rows = _preview_rows(wizard)
    assert rows[8][PreviewModel.COL_STATUS] == "Rejected"
    assert rows[8][PreviewModel.COL_NOTES] == "no name, email or phone; the row is skipped."
    assert rows[2][PreviewModel.COL_STATUS] == "Duplicate"
    assert rows[3][PreviewModel.COL_ORG] == "NL Pharma B.V. (new)"
    assert "It is left out." in rows[11][PreviewModel.COL_NOTES]
    assert wizard.preview_page.counts.text() == "6 new · 1 duplicate · 1 rejected"

    wizard.next()  # the duplicates
    page = wizard.duplicates_page
    assert page.model.rowCount() == 1
    assert page.model.index(0, DecisionModel.COL_ACTION).data() == "Skip"
    qtbot.mouseClick(page.buttons[DuplicateAction.MERGE], Qt.MouseButton.LeftButton)
    assert page.model.index(0, DecisionModel.COL_ACTION).data() == "Merge"
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        wizard.next()  # Import
    status = wizard.import_page.status.text()
    assert status.startswith(
        "Imported generic_quoted.csv: 6 created, 1 merged, 0 skipped, 1 rejected."
    )
    assert "Row 8: no name, email or phone" in wizard.import_page.report.toPlainText()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert services.contacts.count() == before + 6
    ana = services.contacts.rows(ContactQuery(search="Souza"))[0]
    assert ana.organisation == "BioBrasil, S.A."  # filled in by the merge
    assert state.undo_label() == "Import contacts from generic_quoted.csv"

    state.undo()
    assert services.contacts.count() == before
    assert services.contacts.get(ana.id).organisation is None


def test_changing_the_mapping_reads_the_file_again(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    wizard = _open(qtbot, state, SAMPLES / "generic_quoted.csv")
    page = wizard.columns_page
    company = page.combos["Company"]
    with qtbot.waitSignal(wizard.reading_finished, timeout=20_000):
        company.setCurrentIndex(company.findData(""))  # leave the company out
    assert wizard.mapping is not None and "organisation" not in wizard.mapping
    wizard.next()
    assert _preview_rows(wizard)[3][PreviewModel.COL_ORG] == ""
    wizard.back()
    for column in ("Title", "Name"):  # two columns into one single field
        combo = page.combos[column]
        combo.setCurrentIndex(combo.findData("given_name"))
    assert page.error.text() == "Two columns go into “Given name”; choose one."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for column in ("Title", "Name", "Email", "Phone"):  # nothing left that names a person
        page.combos[column].setCurrentIndex(0)
    qtbot.waitUntil(lambda: not wizard.reading, timeout=20_000)
    assert page.error.text().startswith("The file has no column for a name, email or phone")
    assert page.mapping.isVisible()  # still there to be put right
    with qtbot.waitSignal(wizard.reading_finished, timeout=20_000):
        page.combos["Name"].setCurrentIndex(page.combos["Name"].findData("full_name"))
    assert page.error.text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_damaged_file_cannot_be_imported(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    wizard = _open(qtbot, state, SAMPLES / "broken.vcf")
    assert wizard.columns_page.found.text().startswith("vCard file, read as utf-8")
    assert not wizard.columns_page.mapping.isVisible()
    wizard.next()
    damage = wizard.preview_page.damage.text()
    assert damage.startswith("The file is damaged, so nothing can be imported from it.")
    assert "Line 13: “this line has no colon” is not a vCard property" in damage
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_unreadable_file_says_why(qtbot, state: AppState, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "places.csv"
    path.write_text("Company,City\nMirxes,Singapore\n")
    wizard = _open(qtbot, state, path)
    assert wizard.columns_page.error.text().startswith(
        "The file has no column for a name, email or phone"
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_during_the_import_saves_nothing(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, go_on = threading.Event(), threading.Event()
    real_run = ImportService.run

    def held(self: ImportService, *args: object, **kwargs: object) -> object:
        started.set()
        go_on.wait(10)  # until the user has pressed Cancel
        return real_run(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ImportService, "run", held)
    before = state.services.contacts.count()
    wizard = _open(qtbot, state, SAMPLES / "outlook_desktop_utf16.csv")
    wizard.next()
    wizard.next()  # no duplicates: the preview's Next imports
    qtbot.waitUntil(started.is_set, timeout=10_000)
    wizard.reject()  # Cancel
    assert wizard.isVisible()  # it stays open until the import has stopped
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        go_on.set()
    assert wizard.import_page.status.text() == "Cancelled: nothing was imported."
    assert state.services.contacts.count() == before
    assert state.undo_label() is None


def test_columns_with_data_that_go_nowhere_are_named_and_can_be_kept(
    qtbot, state: AppState, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "spouses.csv"
    path.write_text("Name,Email,Spouse\nAda Lovelace,ada@example.com,William\n", encoding="utf-8")
    wizard = _open(qtbot, state, path)
    page = wizard.columns_page
    assert page.dropped.isVisible()
    assert page.dropped.text() == (
        "The column “Spouse” has data but is not imported. To keep them, choose a field for"
        " them below (Notes keeps any text)."
    )
    combo = page.combos["Spouse"]
    with qtbot.waitSignal(wizard.reading_finished, timeout=20_000):
        combo.setCurrentIndex(combo.findData("notes"))
    assert not page.dropped.isVisible()
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000):
        wizard.next()  # the preview
        wizard.next()  # no duplicates: Import
    (ada,) = state.services.contacts.rows(ContactQuery(search="Ada"))
    assert ada.notes == "Spouse: William"


def test_a_thunderbird_export_is_recognised(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    wizard = _open(qtbot, state, SAMPLES / "thunderbird_addressbook.csv")
    page = wizard.columns_page
    assert page.found.text().startswith("Thunderbird CSV file, read as utf-8: 3 contacts found.")
    assert page.combos["Primary Email"].currentData() == "email"
    assert page.combos["Secondary Email"].currentData() == "email"
    assert "“Home City”, “Birth Year”" in page.dropped.text()
