"""Agreements: the list and the selected agreement's detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from biosparc_desktop.domain.enums import AgreementKind, AgreementStatus
from biosparc_desktop.services.agreements import AgreementQuery, AgreementRow
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_amount, fmt_date, fmt_days
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.models.paged_table import Column
from biosparc_desktop.ui.views.agreement_detail import AgreementDetailPane
from biosparc_desktop.ui.views.list_detail import ListDetailView
from biosparc_desktop.ui.widgets.chips import chip_colour
from biosparc_desktop.ui.widgets.common_filters import owner_filter
from biosparc_desktop.ui.widgets.list_page import Filter, ListPage, plain_query, service_source

NEAR_EXPIRY_DAYS = 90


def _columns(state: AppState) -> tuple[Column[AgreementRow], ...]:
    def days(row: AgreementRow) -> str:
        return fmt_days(row.days_to_expiry(state.services.context.today()))

    def near(row: AgreementRow) -> Any:
        left = row.days_to_expiry(state.services.context.today())
        return theme.warning_color() if left is not None and left <= NEAR_EXPIRY_DAYS else None

    return (
        Column(translate("AgreementsView", "Title"), lambda r: r.title, "title", width=320),
        Column(translate("AgreementsView", "Kind"), lambda r: label(r.kind), "kind", width=150),
        Column(
            translate("AgreementsView", "Status"),
            lambda r: label(r.status),
            "status",
            width=130,
            foreground=lambda r: chip_colour(r.status),
        ),
        Column(
            translate("AgreementsView", "Parties"),
            lambda r: r.party_names,
            None,
            width=260,
            tooltip=lambda r: r.party_names,
        ),
        Column(
            translate("AgreementsView", "Signed"),
            lambda r: fmt_date(r.signed_on),
            "signed_on",
            align_right=True,
            width=90,
        ),
        Column(
            translate("AgreementsView", "Expires"),
            lambda r: fmt_date(r.expires_on),
            "expires_on",
            align_right=True,
            width=90,
            foreground=near,
        ),
        Column(
            translate("AgreementsView", "To expiry"),
            days,
            "expires_on",
            align_right=True,
            width=80,
            foreground=near,
        ),
        Column(
            translate("AgreementsView", "Value"),
            lambda r: fmt_amount(r.value, r.currency),
            "value",
            align_right=True,
            width=140,
        ),
        Column(translate("AgreementsView", "Owner"), lambda r: r.owner or "", None, width=100),
    )


class AgreementsView(ListDetailView):
    open_record = Signal(str, str)
    edit_requested = Signal(str)

    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        fetch, count = service_source(
            plain_query(AgreementQuery, "title"),
            state.services.agreements.rows,
            state.services.agreements.count,
        )
        self.list = ListPage(
            name="agreements",
            noun=translate("AgreementsView", "agreements"),
            noun_one=translate("AgreementsView", "agreement"),
            columns=_columns(state),
            fetch=fetch,
            count=count,
            filters=[
                Filter(
                    "status",
                    translate("AgreementsView", "Status"),
                    [
                        (translate("AgreementsView", "All statuses"), None),
                        *[(label(s), s) for s in AgreementStatus],
                    ],
                ),
                Filter(
                    "kind",
                    translate("AgreementsView", "Kind"),
                    [
                        (translate("AgreementsView", "All kinds"), None),
                        *[(label(k), k) for k in AgreementKind],
                    ],
                ),
                owner_filter(state),
                Filter(
                    "expiring_within_days",
                    translate("AgreementsView", "Expiry"),
                    [
                        (translate("AgreementsView", "Any expiry"), None),
                        (translate("AgreementsView", "Expiring in 90 days"), 90),
                        (translate("AgreementsView", "Expiring in 180 days"), 180),
                    ],
                ),
            ],
            empty_text=translate(
                "AgreementsView", "No agreements yet. Press Ctrl+N to record one."
            ),
            search_placeholder=translate(
                "AgreementsView", "Search agreements by title or key terms…"
            ),
            debounce_ms=debounce_ms,
        )
        # Agreements often share a long title prefix ("Strategic cooperation agreement
        # between …"): a cut-off title keeps its end, where they differ.
        self.list.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.detail = AgreementDetailPane(state)
        self.detail.open_record.connect(self.open_record)
        self.detail.edit_requested.connect(self.edit_requested)
        self._arrange("agreements", self.list, self.detail, self.detail.show_agreement)
        self.list.open_requested.connect(lambda row: self.detail.show_agreement(row.id))
