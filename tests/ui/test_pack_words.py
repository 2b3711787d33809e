"""A Chinese briefing pack uses the app's own words for statuses, kinds and stages, so a
manager reading the pack and a colleague at the app name things alike."""

from __future__ import annotations

import pytest

from biosparc_desktop.domain.enums import PartyRole, ReviewCadence
from biosparc_desktop.reports.labels import ENUM_ZH
from biosparc_desktop.ui.i18n import label

pytestmark = pytest.mark.gui

# The pack's own words: a party's role, which the app (translating by the English label
# "Partner") cannot tell from the partner stage, and a review with no cadence.
PACK_ONLY = {(PartyRole, PartyRole.PARTNER.value), (ReviewCadence, ReviewCadence.NONE.value)}


def test_the_pack_and_the_app_name_things_alike(chinese) -> None:  # type: ignore[no-untyped-def]
    differ = {
        f"{enum.__name__}.{value}: app {label(enum(value))!r}, pack {words!r}"
        for (enum, value), words in ENUM_ZH.items()
        if (enum, value) not in PACK_ONLY and label(enum(value)) != words
    }
    assert differ == set()
    assert label(PartyRole.BIOSPARC) == ENUM_ZH[(PartyRole, PartyRole.BIOSPARC.value)]
