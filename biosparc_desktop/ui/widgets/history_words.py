"""A history line in words: field names, values, and what happened to a record's own rows.

Kept apart from the panel so the panel holds only the widget. ``LinkName`` gives
the name of the record a link column points at (``trash.link_name``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from biosparc_desktop.domain import enums
from biosparc_desktop.services.journal import Change
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import action_text, label, translate

LinkName = Callable[[str, str, int], str | None]  # (table, column, id) → name


def headers() -> tuple[str, ...]:
    return (
        translate("HistoryPanel", "When"),
        translate("HistoryPanel", "Who"),
        translate("HistoryPanel", "Action"),
        translate("HistoryPanel", "Field"),
        translate("HistoryPanel", "Change"),
    )


def field_labels() -> dict[str, str]:
    """Every column of the journaled records and of the rows they own, in the user's words."""
    return {
        "name": translate("HistoryPanel", "Name"),
        "name_zh": translate("HistoryPanel", "Chinese name"),
        "short_name": translate("HistoryPanel", "Short name"),
        "given_name": translate("HistoryPanel", "Given name"),
        "family_name": translate("HistoryPanel", "Family name"),
        "name_order": translate("HistoryPanel", "Name order"),
        "title": translate("HistoryPanel", "Title"),
        "kind": translate("HistoryPanel", "Kind"),
        "stage": translate("HistoryPanel", "Stage"),
        "status": translate("HistoryPanel", "Status"),
        "priority": translate("HistoryPanel", "Priority"),
        "city": translate("HistoryPanel", "City"),
        "country": translate("HistoryPanel", "Country"),
        "website": translate("HistoryPanel", "Website"),
        "timezone": translate("HistoryPanel", "Time zone"),
        "description": translate("HistoryPanel", "Description"),
        "notes": translate("HistoryPanel", "Notes"),
        "summary": translate("HistoryPanel", "Summary"),
        "outcome": translate("HistoryPanel", "Outcome"),
        "venue": translate("HistoryPanel", "Venue"),
        "key_terms": translate("HistoryPanel", "Key terms"),
        "currency": translate("HistoryPanel", "Currency"),
        "value_minor": translate("HistoryPanel", "Value (in minor units)"),
        "signed_on": translate("HistoryPanel", "Signed on"),
        "effective_on": translate("HistoryPanel", "Effective on"),
        "expires_on": translate("HistoryPanel", "Expires on"),
        "held_on": translate("HistoryPanel", "Held on"),
        "occurred_at": translate("HistoryPanel", "Occurred at"),
        "due_on": translate("HistoryPanel", "Due on"),
        "completed_at": translate("HistoryPanel", "Completed at"),
        "created_at": translate("HistoryPanel", "Created at"),
        "updated_at": translate("HistoryPanel", "Updated at"),
        "parent_id": translate("HistoryPanel", "Part of"),
        "owner_id": translate("HistoryPanel", "Owner"),
        "assignee_id": translate("HistoryPanel", "Assignee"),
        "organisation_id": translate("HistoryPanel", "Organisation"),
        "contact_id": translate("HistoryPanel", "Contact"),
        "agreement_id": translate("HistoryPanel", "Agreement"),
        "interaction_id": translate("HistoryPanel", "Interaction"),
        "event_id": translate("HistoryPanel", "Event"),
        "cooperation_item_id": translate("HistoryPanel", "Cooperation item"),
        "deleted_at": translate("HistoryPanel", "Trash"),
        "preferred_language": translate("HistoryPanel", "Language"),
        "renewal_notice_days": translate("HistoryPanel", "Renewal notice (days)"),
        "renewal_notice_on": translate("HistoryPanel", "Renewal notice on"),
        # Columns of the rows a record owns.
        "address": translate("HistoryPanel", "Address"),
        "number": translate("HistoryPanel", "Number"),
        "label": translate("HistoryPanel", "Label"),
        "role": translate("HistoryPanel", "Role"),
        "done": translate("HistoryPanel", "Done"),
        "workstream": translate("HistoryPanel", "Workstream"),
        "cadence": translate("HistoryPanel", "Review cadence"),
        "ended_on": translate("HistoryPanel", "Ended on"),
        "starts_at": translate("HistoryPanel", "Starts at"),
        "speaker": translate("HistoryPanel", "Speaker"),
        "filename": translate("HistoryPanel", "File"),
    }


def owned_nouns() -> dict[str, str]:
    """The rows a record owns, by table, as the user calls them."""
    return {
        "contact_email": translate("HistoryPanel", "Email"),
        "contact_phone": translate("HistoryPanel", "Phone"),
        "contact_tag": translate("HistoryPanel", "Tag"),
        "organisation_tag": translate("HistoryPanel", "Tag"),
        "affiliation": translate("HistoryPanel", "Past position"),
        "agreement_party": translate("HistoryPanel", "Party"),
        "signatory": translate("HistoryPanel", "Signatory"),
        "obligation": translate("HistoryPanel", "Obligation"),
        "cooperation_item": translate("HistoryPanel", "Cooperation item"),
        "agreement_document": translate("HistoryPanel", "Document"),
        "event_attendee": translate("HistoryPanel", "Attendee"),
        "event_organisation": translate("HistoryPanel", "Organisation"),
        "event_agreement": translate("HistoryPanel", "Agreement"),
        "agenda_item": translate("HistoryPanel", "Agenda item"),
        "interaction_organisation": translate("HistoryPanel", "Organisation"),
        "interaction_contact": translate("HistoryPanel", "Contact"),
    }


def _owned_templates() -> dict[str, str]:
    return {
        "insert": translate("HistoryPanel", "{item} added: {name}"),
        "delete": translate("HistoryPanel", "{item} removed: {name}"),
        "move_in": translate("HistoryPanel", "{item} moved here: {name}"),
        "move_out": translate("HistoryPanel", "{item} moved away: {name}"),
    }


_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("organisation", "kind"): enums.OrganisationKind,
    ("organisation", "stage"): enums.RelationshipStage,
    ("contact", "preferred_language"): enums.Language,
    ("contact", "name_order"): enums.NameOrder,
    ("agreement", "kind"): enums.AgreementKind,
    ("agreement", "status"): enums.AgreementStatus,
    ("agreement_party", "role"): enums.PartyRole,
    ("cooperation_item", "workstream"): enums.Workstream,
    ("cooperation_item", "cadence"): enums.ReviewCadence,
    ("interaction", "kind"): enums.InteractionKind,
    ("event", "kind"): enums.EventKind,
    ("task", "priority"): enums.TaskPriority,
    ("task", "status"): enums.TaskStatus,
}


def _action_names() -> dict[str, str]:
    return {
        "insert": translate("HistoryPanel", "Created"),
        "delete": translate("HistoryPanel", "Removed for good"),
    }


def field_text(field: str) -> str:
    return field_labels().get(field, field.replace("_", " ").capitalize())


class Words:
    """Turns one record's history lines into cells; ``entity`` is the record's table."""

    def __init__(self, entity: str, link_name: LinkName) -> None:
        self.entity = entity
        self._link_name = link_name

    def cells(self, change: Change) -> tuple[str, str, str, str, str]:
        when = moment_text(change.at.astimezone())
        who = change.staff or "—"
        action = action_text(change.batch_label)
        if change.owned:
            noun = owned_nouns().get(change.entity, field_text(change.entity))
            return when, who, action, noun, self._owned_change(noun, change)
        if change.action != "update" or change.field is None:
            return when, who, action, "", _action_names().get(change.action, change.action)
        if change.field == "deleted_at":
            moved = (
                translate("HistoryPanel", "Moved to the Trash")
                if change.new_value
                else translate("HistoryPanel", "Restored from the Trash")
            )
            return when, who, action, translate("HistoryPanel", "Trash"), moved
        old = self.value(self.entity, change.field, change.old_value)
        new = self.value(self.entity, change.field, change.new_value)
        return when, who, action, field_text(change.field), f"{old} → {new}"

    def _owned_change(self, noun: str, change: Change) -> str:
        name = change.subject or translate("HistoryPanel", "a removed record")
        if change.action == "update" and change.field is not None:
            old = self.value(change.entity, change.field, change.old_value)
            new = self.value(change.entity, change.field, change.new_value)
            return f"{name}: {field_text(change.field)} {old} → {new}"
        values = change.new_value if change.action == "insert" else change.old_value
        detail = _owned_detail(change.entity, values if isinstance(values, dict) else {})
        template = _owned_templates().get(change.action, "{item}: {name}")
        return template.format(item=noun, name=f"{name} ({detail})" if detail else name)

    def value(self, entity: str, field: str, value: Any) -> str:
        if value is None or value == "":
            return translate("HistoryPanel", "(empty)")
        if isinstance(value, bool):
            return translate("HistoryPanel", "Yes") if value else translate("HistoryPanel", "No")
        enum_class = _ENUMS.get((entity, field))
        if enum_class is not None:
            try:
                return label(enum_class(value))
            except ValueError:
                return str(value)
        if field.endswith("_id") and isinstance(value, int):
            name = self._link_name(entity, field, value)
            if not name:
                return translate("HistoryPanel", "a removed record")
            return translate("HistoryPanel", "“{name}”").format(name=name)
        if isinstance(value, str):
            return date_text(value)
        return str(value)


def _owned_detail(entity: str, values: dict[str, Any]) -> str:
    """What says more about an added or removed row: a party's role, a past job title."""
    if entity == "agreement_party" and values.get("role"):
        try:
            return label(enums.PartyRole(values["role"]))
        except ValueError:
            return str(values["role"])
    if entity == "affiliation" and values.get("title"):
        return str(values["title"])
    return ""


def date_text(value: str) -> str:
    """ISO dates and times from the journal in the user's terms; other text quoted."""
    try:
        if len(value) == 10:
            return fmt_date(date.fromisoformat(value))
        if len(value) > 18 and value[4] == "-" and "T" in value:
            return moment_text(datetime.fromisoformat(value).astimezone())
    except ValueError:
        pass
    short = " ".join(value.split())
    return translate("HistoryPanel", "“{name}”").format(
        name=f"{short[:80]}{'…' if len(short) > 80 else ''}"
    )


def moment_text(moment: datetime) -> str:
    """A local date and time: "27 Nov 2026 14:30", "2026/11/27 14:30"."""
    return f"{fmt_date(moment.date())} {moment.strftime('%H:%M')}"
