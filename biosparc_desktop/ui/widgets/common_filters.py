"""The filters several lists share: owner, tag and country, each read from the services."""

from __future__ import annotations

from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_country
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.list_page import Filter


def owner_filter(state: AppState) -> Filter:
    """Records owned by one staff member."""
    return Filter(
        "owner",
        translate("Filters", "Owner"),
        [
            (translate("Filters", "All owners"), None),
            *[(s.name, s.name) for s in state.services.staff.rows()],
        ],
    )


def tag_filter(state: AppState) -> Filter:
    """Records with one tag."""
    return Filter(
        "tag",
        translate("Filters", "Tag"),
        [
            (translate("Filters", "All tags"), None),
            *[(t, t) for t in state.services.staff.tag_names()],
        ],
    )


def country_filter(state: AppState) -> Filter:
    """Organisations (or their people) in one country, named in the interface language."""
    return Filter(
        "country",
        translate("Filters", "Country"),
        [
            (translate("Filters", "All countries"), None),
            *[(fmt_country(c), c) for c in state.services.organisations.countries()],
        ],
    )
