"""Every time is shown on the user's clock (the computer's time zone); a meeting held
where the clock reads otherwise shows that place's time beside it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QTreeWidget

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.interactions import InteractionDraft, InteractionRow
from biosparc_desktop.services.organisations import OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog
from biosparc_desktop.ui.local_zone import local_zone_name
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.widgets.interaction_list import gather, interaction_list, show

pytestmark = pytest.mark.gui


@pytest.fixture
def user_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Put the computer in a time zone (the TZ variable); the one before is put back after."""
    before = os.environ.get("TZ")

    def move(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield move
    # monkeypatch restores the variable later, but the C library reads it only on tzset.
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def _mirxes(services: Services) -> str:
    [org] = services.organisations.rows(OrganisationQuery(search="Mirxes"))
    return org.id


def _log_in_singapore(services: Services, wall_time: datetime, summary: str) -> InteractionRow:
    return services.interactions.log(
        InteractionDraft(
            summary=summary,
            occurred_at=wall_time,  # naive: as the clock in Singapore read
            timezone="Asia/Singapore",
            organisation_ids=(_mirxes(services),),
        )
    )


def _when(tree: QTreeWidget, summary: str, summary_column: int = 2) -> str:
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and item.text(summary_column) == summary:
            return item.text(0)
    raise AssertionError(f"{summary!r} is not in the list")


@pytest.mark.parametrize(
    ("zone", "wall_time", "shown"),
    [
        # Paris is seven hours behind Singapore in November.
        (
            "Europe/Paris",
            datetime(2026, 11, 20, 14, 0),
            "20 Nov 2026 07:00 (14:00 Singapore)",
        ),
        # Another day there: its weekday too (Friday the 20th).
        (
            "Europe/Paris",
            datetime(2026, 11, 20, 1, 30),
            "19 Nov 2026 18:30 (Fri 01:30 Singapore)",
        ),
        # Suzhou's clock reads as Singapore's: nothing more to say.
        ("Asia/Shanghai", datetime(2026, 11, 20, 14, 0), "20 Nov 2026 14:00"),
    ],
)
def test_timelines_show_the_users_clock(
    qtbot,
    window: MainWindow,
    user_zone: Callable[[str], None],
    zone: str,
    wall_time: datetime,
    shown: str,
) -> None:  # type: ignore[no-untyped-def]
    user_zone(zone)
    services = window.state.services
    _log_in_singapore(services, wall_time, "Trial protocol review")

    # The partner's timeline.
    window.open_record("organisation", _mirxes(services))
    assert _when(window.partners.detail.timeline, "Trial protocol review") == shown

    # The interaction list of an agreement's or an event's detail.
    listing = interaction_list("none")
    qtbot.addWidget(listing)
    show(listing, gather(services, organisation_ids=[_mirxes(services)]))
    assert _when(listing, "Trial protocol review") == shown


def test_a_contacts_timeline_shows_the_users_clock(
    window: MainWindow, user_zone: Callable[[str], None]
) -> None:
    user_zone("Europe/Paris")
    # The demo's meeting at Mirxes' Singapore office, 10 November 2026 at 10:00 there.
    [person] = window.state.services.contacts.rows(ContactQuery(search="Rachel"))
    window.open_record("contact", person.id)
    timeline = window.contacts.card.timeline
    assert _when(
        timeline, "Met Mirxes at their Singapore office on diagnostics trials in Suzhou."
    ) == ("10 Nov 2026 03:00 (10:00 Singapore)")


def test_search_results_date_a_meeting_by_the_users_calendar(
    qtbot, state: AppState, user_zone: Callable[[str], None]
) -> None:  # type: ignore[no-untyped-def]
    user_zone("Asia/Tokyo")
    # 07:00 on the 20th in Singapore: 08:00 on the 20th in Tokyo, 23:00 on the 19th in UTC.
    _log_in_singapore(state.services, datetime(2026, 11, 20, 7, 0), "Zebrafish assay kickoff")
    dialog = SearchDialog(state)
    qtbot.addWidget(dialog)
    dialog.box.setText("Zebrafish")
    dialog.run_search()
    hit = dialog.results.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert hit.text(1).endswith("20 Nov 2026")


def test_a_new_interaction_is_logged_in_the_users_zone(
    qtbot, state: AppState, user_zone: Callable[[str], None]
) -> None:  # type: ignore[no-untyped-def]
    user_zone("Europe/Paris")
    dialog = InteractionDialog(state, organisation_id=_mirxes(state.services))
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "Europe/Paris"
    assert dialog.zone.findText("Asia/Shanghai") >= 0  # the usual ones are still offered
    # "Now" in the tests is 01:00 UTC: 02:00 in Paris.
    assert dialog.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-27 02:00"
    assert dialog.zone_note.text() == "The time above is the time in Paris, as on your clock."
    dialog.summary.setPlainText("Coffee with the Mirxes team")
    saved = dialog.save()
    assert saved.timezone == "Europe/Paris"
    assert saved.occurred_at.astimezone(UTC) == datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def test_an_interaction_is_edited_in_its_own_zone(
    qtbot, state: AppState, user_zone: Callable[[str], None]
) -> None:  # type: ignore[no-untyped-def]
    user_zone("Europe/Paris")
    row = _log_in_singapore(state.services, datetime(2026, 11, 20, 14, 0), "Trial protocol review")
    dialog = InteractionDialog(state, row)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "Asia/Singapore"
    assert dialog.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-20 14:00"
    assert dialog.zone_note.text() == (
        "The time above is the time in Singapore; on your clock it is 20 Nov 2026 07:00 CET."
    )
    saved = dialog.save()
    assert saved.occurred_at == datetime(2026, 11, 20, 14, 0, tzinfo=ZoneInfo("Asia/Singapore"))
    # Another zone typed in: the note follows it.
    dialog.zone.setEditText("Asia/Tokyo")
    assert "on your clock it is 20 Nov 2026 06:00 CET" in dialog.zone_note.text()


@pytest.mark.parametrize(
    ("tz", "name"),
    [
        ("Europe/Paris", "Europe/Paris"),
        (":Asia/Tokyo", "Asia/Tokyo"),
        # A POSIX rule names no place: a fixed zone with the same clock.
        ("CET-1", "Etc/GMT-1"),
        ("EST5", "Etc/GMT+5"),
        # Not a whole number of hours from UTC, and no name: UTC, the one always there.
        ("IST-5:30", "UTC"),
    ],
)
def test_the_computers_zone_by_its_name(
    user_zone: Callable[[str], None], tz: str, name: str
) -> None:
    user_zone(tz)
    assert local_zone_name() == name
