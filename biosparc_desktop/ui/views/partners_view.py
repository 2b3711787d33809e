"""Partners: the list of organisations and the selected partner's detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from biosparc_desktop.domain.enums import OrganisationKind, RelationshipStage
from biosparc_desktop.domain.rules.codes import country_name
from biosparc_desktop.services.organisations import OrganisationQuery, OrganisationRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.models.paged_table import Column
from biosparc_desktop.ui.views.partner_detail import PartnerDetail
from biosparc_desktop.ui.widgets.chips import chip_colour
from biosparc_desktop.ui.widgets.list_page import Filter, ListPage

COLUMNS: tuple[Column[OrganisationRow], ...] = (
    Column("Name", lambda r: r.name, "name", width=260),
    Column("Chinese name", lambda r: r.name_zh or "", "name_zh", width=150),
    Column("Short", lambda r: r.short_name or "", "short_name", width=90),
    Column(
        "Stage",
        lambda r: r.stage.label,
        "stage",
        width=100,
        foreground=lambda r: chip_colour(r.stage),
    ),
    Column("Kind", lambda r: r.kind.label, "kind", width=140),
    Column("Country", lambda r: country_name(r.country), "country", width=110),
    Column("City", lambda r: r.city or "", "city", width=100),
    Column("Owner", lambda r: r.owner or "", None, width=110),
    Column("Tags", lambda r: ", ".join(r.tags), None, width=160),
    Column(
        "Updated", lambda r: fmt_date(r.updated_at.date()), "updated_at", align_right=True, width=90
    ),
)


class PartnersView(QWidget):
    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        services = state.services
        filters = [
            Filter(
                "stage", "Stage", [("All stages", None), *[(s.label, s) for s in RelationshipStage]]
            ),
            Filter(
                "kind", "Kind", [("All kinds", None), *[(k.label, k) for k in OrganisationKind]]
            ),
            Filter(
                "owner",
                "Owner",
                [("All owners", None), *[(s.name, s.name) for s in services.staff.rows()]],
            ),
            Filter(
                "tag", "Tag", [("All tags", None), *[(t, t) for t in services.staff.tag_names()]]
            ),
            Filter("country", "Country", [("All countries", None), *_countries(state)]),
        ]
        self.list = ListPage(
            name="partners",
            noun="partners",
            columns=COLUMNS,
            fetch=self._fetch,
            count=self._count,
            filters=filters,
            empty_text="No partners yet. Press Ctrl+N to add the first one.",
            search_placeholder="Search partners by English, Chinese or short name…",
            debounce_ms=debounce_ms,
        )
        self.detail = PartnerDetail(state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("partners_splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.current_changed.connect(self._show)
        self.list.open_requested.connect(self._open)

    @staticmethod
    def _query(
        search: str, filters: dict[str, Any], sort: str | None = None, desc: bool = False
    ) -> OrganisationQuery:
        return OrganisationQuery(search=search, sort=sort or "name", descending=desc, **filters)

    def _fetch(
        self,
        search: str,
        filters: dict[str, Any],
        offset: int,
        limit: int,
        sort: str | None,
        desc: bool,
    ) -> list[OrganisationRow]:
        return self.state.services.organisations.rows(
            self._query(search, filters, sort, desc), limit=limit, offset=offset
        )

    def _count(self, search: str, filters: dict[str, Any]) -> int:
        return self.state.services.organisations.count(self._query(search, filters))

    def _show(self, row: OrganisationRow | None) -> None:
        self.detail.show_partner(row.id if row else None)

    def _open(self, row: OrganisationRow) -> None:
        self.detail.show_partner(row.id)
        self.detail.setFocus()

    def open_id(self, public_id: str) -> None:
        if not self.list.select_id(public_id):
            self.list.search.clear()
            self.list.reload()
            self.list.select_id(public_id)
        self.detail.show_partner(public_id)

    def current_id(self) -> str | None:
        row = self.list.current_row()
        return row.id if row else None

    def reload(self) -> None:
        self.list.reload()
        self.detail.refresh()

    def save_state(self, settings: QSettings) -> None:
        self.list.save_state(settings)
        settings.setValue("splitters/partners", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        self.list.restore_state(settings)
        state = settings.value("splitters/partners")
        if state is not None:
            self.splitter.restoreState(state)


def _countries(state: AppState) -> list[tuple[str, str]]:
    return [(country_name(c), c) for c in state.services.organisations.countries()]
