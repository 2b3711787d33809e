"""The history panel: when, who, field, old → new, and "Restore this value"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from biosparc_desktop.domain.enums import PartyRole, RelationshipStage
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.widgets.history_panel import HistoryPanel
from tests.ui.safety_fixtures import make_state

pytestmark = pytest.mark.gui


@pytest.fixture
def safety_state(services: Services, tmp_path: Path) -> AppState:
    return make_state(services, tmp_path)


def _panel(qtbot, state: AppState) -> HistoryPanel:  # type: ignore[no-untyped-def]
    panel = HistoryPanel(state)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _rows(panel: HistoryPanel) -> list[tuple[str, ...]]:
    rows = []
    for index in range(panel.list.topLevelItemCount()):
        item = panel.list.topLevelItem(index)
        assert item is not None
        rows.append(tuple(item.text(c) for c in range(1, 5)))
    return rows


def _item(panel: HistoryPanel, field: str) -> QTreeWidgetItem:
    for index in range(panel.list.topLevelItemCount()):
        item = panel.list.topLevelItem(index)
        if item is not None and item.text(3) == field:
            return item
    raise AssertionError(f"no history line for {field}")


def test_each_change_with_who_and_what(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    s.staff.use("Chen Yu")
    org = s.organisations.create(OrganisationDraft(name="Mirxes", city="Singapore"))
    s.staff.use("Li Na")
    s.organisations.update(
        org.id, OrganisationDraft(name="Mirxes", city="Suzhou", owner="Chen Yu", country="SG")
    )
    s.organisations.set_stage(org.id, RelationshipStage.ENGAGED)
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    rows = _rows(panel)
    assert rows[0] == ("Li Na", "Move partner to Engaged", "Stage", "Prospect → Engaged")
    assert ("Li Na", "Edit partner Mirxes", "City", "“Singapore” → “Suzhou”") in rows
    assert ("Li Na", "Edit partner Mirxes", "Owner", "(empty) → “Chen Yu”") in rows
    assert rows[-1] == ("Chen Yu", "Add partner Mirxes", "", "Created")
    assert not any(row[2] == "Pinyin" for row in rows)  # derived columns stay out


def test_restore_this_value_sets_the_field_back(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    org = s.organisations.create(OrganisationDraft(name="Mirxes", city="Singapore"))
    s.organisations.update(org.id, OrganisationDraft(name="Mirxes", city="Suzhou"))
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    assert not panel.restore_button.isEnabled()

    panel.list.setCurrentItem(_item(panel, ""))  # "Created": nothing to restore
    assert not panel.restore_button.isEnabled()
    panel.list.setCurrentItem(_item(panel, "City"))
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)

    assert s.organisations.get(org.id).city == "Singapore"
    assert panel.status.text() == "City set back to “Singapore”. Press Ctrl+Z to undo."
    assert _rows(panel)[0] == ("—", "Restore city", "City", "“Suzhou” → “Singapore”")
    assert safety_state.undo_label() == "Restore city"
    safety_state.undo()
    assert s.organisations.get(org.id).city == "Suzhou"


def test_trash_moves_are_shown_in_words_and_not_restorable_here(
    qtbot, safety_state: AppState
) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    org = s.organisations.create(OrganisationDraft(name="Mirxes"))
    s.organisations.delete(org.id)
    s.trash.restore(org.id)
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    changes = [row[3] for row in _rows(panel)]
    assert changes[:2] == ["Restored from the Trash", "Moved to the Trash"]
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert not panel.restore_button.isEnabled()


def test_no_record_and_no_history(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, safety_state)
    panel.show_record(None, "organisation")
    assert _rows(panel) == [("", "", "", "")]
    assert panel.list.topLevelItem(0).text(0) == "No changes recorded yet."  # type: ignore[union-attr]


def test_rows_the_record_owns_are_shown_in_words(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    s.staff.use("Chen Yu")
    wei = s.contacts.create(
        ContactDraft(given_name="Wei", family_name="Zhang", emails=("a@b.com",), tags=("vip",))
    )
    s.staff.use("Li Na")
    s.contacts.update(
        wei.id, ContactDraft(given_name="Wei", family_name="Zhang", emails=("z@x.cn",))
    )
    panel = _panel(qtbot, safety_state)
    panel.show_record(wei.id, "contact")
    rows = _rows(panel)
    edit = "Edit contact Wei Zhang"
    assert ("Li Na", edit, "Email", "Email removed: a@b.com") in rows
    assert ("Li Na", edit, "Email", "Email added: z@x.cn") in rows
    assert ("Li Na", edit, "Tag", "Tag removed: vip") in rows
    assert ("Chen Yu", "Add contact Wei Zhang", "Email", "Email added: a@b.com") in rows
    panel.list.setCurrentItem(_item(panel, "Email"))
    assert not panel.restore_button.isEnabled()  # undo takes an edit of the list back


def test_an_agreements_parties_with_their_roles(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    biosparc = s.organisations.create(OrganisationDraft(name="Biosparc"))
    novagen = s.organisations.create(OrganisationDraft(name="NovaGen"))
    deal = s.agreements.create(
        AgreementDraft(
            title="MoU",
            parties=(
                PartyDraft(biosparc.id, PartyRole.BIOSPARC),
                PartyDraft(novagen.id, PartyRole.CO_SIGNATORY),
            ),
        )
    )
    s.agreements.add_obligation(deal.id, "First report")
    panel = _panel(qtbot, safety_state)
    panel.show_record(deal.id, "agreement")
    changes = [row[3] for row in _rows(panel)]
    assert "Party added: NovaGen (Co-signing party)" in changes
    assert "Obligation added: First report" in changes


def test_restoring_a_family_name_through_the_button_resorts_the_contacts(
    qtbot, safety_state: AppState
) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    s.contacts.create(ContactDraft(given_name="Anna", family_name="Lim"))
    wei = s.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    s.contacts.update(wei.id, ContactDraft(given_name="Wei", family_name="Abbott"))
    panel = _panel(qtbot, safety_state)
    panel.show_record(wei.id, "contact")
    panel.list.setCurrentItem(_item(panel, "Family name"))
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Family name set back to “Zhang”. Press Ctrl+Z to undo."
    assert [r.display_name for r in s.contacts.rows()] == ["Anna Lim", "Wei Zhang"]
    assert [r.id for r in s.contacts.rows(ContactQuery(search="zhang"))] == [wei.id]
    assert _rows(panel)[0] == ("—", "Restore family name", "Family name", "“Abbott” → “Zhang”")
    assert not any(row[2] in ("Sort name", "Pinyin") for row in _rows(panel))


def test_an_impossible_restore_is_refused_in_words(
    qtbot, safety_state: AppState, warnings_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    a = s.organisations.create(OrganisationDraft(name="Biosparc"))
    b = s.organisations.create(OrganisationDraft(name="NCCS"))
    draft = AgreementDraft(
        title="MoU",
        parties=(PartyDraft(a.id, PartyRole.BIOSPARC), PartyDraft(b.id)),
        effective_on="2026-01-01",
        expires_on="2027-01-01",
    )
    deal = s.agreements.create(draft)
    s.agreements.update(deal.id, replace(draft, expires_on="2028-01-01"))
    s.agreements.update(deal.id, replace(draft, expires_on="2028-01-01", effective_on="2027-06-01"))
    panel = _panel(qtbot, safety_state)
    panel.show_record(deal.id, "agreement")
    panel.list.setCurrentItem(_item(panel, "Expires on"))
    undo_before = safety_state.undo_label()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert len(warnings_shown) == 1 and "expiry date" in warnings_shown[0]
    assert s.agreements.get(deal.id).expires_on == date(2028, 1, 1)
    assert panel.status.text() == ""
    assert safety_state.undo_label() == undo_before


def test_an_undone_action_and_its_undo_leave_no_line(qtbot, safety_state: AppState) -> None:  # type: ignore[no-untyped-def]
    s = safety_state.services
    org = s.organisations.create(OrganisationDraft(name="Mirxes", city="Singapore"))
    safety_state.clear_history()
    s.organisations.update(org.id, OrganisationDraft(name="Mirxes", city="Suzhou"))
    s.organisations.update(org.id, OrganisationDraft(name="Mirxes", city="Shanghai"))
    panel = _panel(qtbot, safety_state)
    panel.show_record(org.id, "organisation")
    edits = [row for row in _rows(panel) if row[2] == "City"]
    assert [row[3] for row in edits] == ["“Suzhou” → “Shanghai”", "“Singapore” → “Suzhou”"]

    safety_state.undo()  # the second edit and its undo leave no line
    panel.refresh()
    assert [row[3] for row in _rows(panel) if row[2] == "City"] == ["“Singapore” → “Suzhou”"]
    assert not any(row[1].startswith("Undo") for row in _rows(panel))

    safety_state.redo()  # back again: one line, as the action
    panel.refresh()
    assert [row[3] for row in _rows(panel) if row[2] == "City"] == [
        "“Suzhou” → “Shanghai”",
        "“Singapore” → “Suzhou”",
    ]
    safety_state.undo()
    safety_state.undo()
    panel.refresh()
    assert [row for row in _rows(panel) if row[2] == "City"] == []
    assert [row[3] for row in _rows(panel)] == ["Created"]
    # The journal itself keeps every step.
    assert len([c for c in s.journal.history(org.id) if c.field == "city"]) == 6
