"""Partners: the list of organisations and the selected partner's detail."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from biosparc_desktop.domain.enums import OrganisationKind, RelationshipStage
from biosparc_desktop.services.organisations import OrganisationQuery, OrganisationRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_country, fmt_date
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.models.paged_table import Column
from biosparc_desktop.ui.views.list_detail import ListDetailView
from biosparc_desktop.ui.views.partner_detail import PartnerDetail
from biosparc_desktop.ui.widgets.chips import chip_colour
from biosparc_desktop.ui.widgets.common_filters import country_filter, owner_filter, tag_filter
from biosparc_desktop.ui.widgets.list_page import Filter, ListPage, plain_query, service_source


def _columns() -> tuple[Column[OrganisationRow], ...]:
    """The list's columns, with headers in the interface language (so built after start-up)."""
    return (
        Column(translate("PartnersView", "Name"), lambda r: r.name, "name", width=260),
        Column(
            translate("PartnersView", "Chinese name"),
            lambda r: r.name_zh or "",
            "name_zh",
            width=150,
        ),
        Column(
            translate("PartnersView", "Short"), lambda r: r.short_name or "", "short_name", width=90
        ),
        Column(
            translate("PartnersView", "Stage"),
            lambda r: label(r.stage),
            "stage",
            width=100,
            foreground=lambda r: chip_colour(r.stage),
        ),
        Column(translate("PartnersView", "Kind"), lambda r: label(r.kind), "kind", width=140),
        Column(
            translate("PartnersView", "Country"),
            lambda r: fmt_country(r.country),
            "country",
            width=110,
        ),
        Column(translate("PartnersView", "City"), lambda r: r.city or "", "city", width=100),
        Column(translate("PartnersView", "Owner"), lambda r: r.owner or "", None, width=110),
        Column(translate("PartnersView", "Tags"), lambda r: ", ".join(r.tags), None, width=160),
        Column(
            translate("PartnersView", "Updated"),
            lambda r: fmt_date(r.updated_at.date()),
            "updated_at",
            align_right=True,
            width=90,
        ),
    )


class PartnersView(ListDetailView):
    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        fetch, count = service_source(
            plain_query(OrganisationQuery, "name"),
            state.services.organisations.rows,
            state.services.organisations.count,
        )
        filters = [
            Filter(
                "stage",
                translate("PartnersView", "Stage"),
                [
                    (translate("PartnersView", "All stages"), None),
                    *[(label(s), s) for s in RelationshipStage],
                ],
            ),
            Filter(
                "kind",
                translate("PartnersView", "Kind"),
                [
                    (translate("PartnersView", "All kinds"), None),
                    *[(label(k), k) for k in OrganisationKind],
                ],
            ),
            owner_filter(state),
            tag_filter(state),
            country_filter(state),
        ]
        self.list = ListPage(
            name="partners",
            noun=translate("PartnersView", "partners"),
            noun_one=translate("PartnersView", "partner"),
            columns=_columns(),
            fetch=fetch,
            count=count,
            filters=filters,
            empty_text=translate(
                "PartnersView", "No partners yet. Press Ctrl+N to add the first one."
            ),
            search_placeholder=translate(
                "PartnersView", "Search partners by English, Chinese or short name…"
            ),
            debounce_ms=debounce_ms,
        )
        self.detail = PartnerDetail(state)
        self._arrange("partners", self.list, self.detail, self.detail.show_partner)
        self.list.open_requested.connect(self._open)

    def _open(self, row: OrganisationRow) -> None:
        self.detail.show_partner(row.id)
        self.detail.setFocus()
