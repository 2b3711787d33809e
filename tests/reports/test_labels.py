"""Labels in English, Chinese and both; dates; enum values that share a spelling."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

import pytest

from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventKind,
    InteractionKind,
    OrganisationKind,
    PartyRole,
    RelationshipStage,
    ReviewCadence,
    TaskPriority,
    Workstream,
)
from biosparc_desktop.reports.labels import ENUM_ZH, TEXT, Labels

PRINTED = (AgreementKind, AgreementStatus, EventKind, InteractionKind, OrganisationKind,
           PartyRole, RelationshipStage, ReviewCadence, TaskPriority, Workstream)  # fmt: skip


@pytest.mark.parametrize("enum", PRINTED)
def test_every_printed_enum_value_has_a_chinese_label(enum: type[StrEnum]) -> None:
    for member in enum:
        assert (enum, member.value) in ENUM_ZH, member


def test_values_spelled_alike_keep_their_own_labels() -> None:
    zh = Labels("zh")
    assert zh.enum(RelationshipStage.PARTNER) == "合作伙伴"
    assert zh.enum(PartyRole.PARTNER) == "合作方"


def test_every_label_has_both_languages() -> None:
    for key, (en, zh) in TEXT.items():
        assert en.strip() and zh.strip(), key
        assert en.count("{") == zh.count("{"), key


@pytest.mark.parametrize(
    ("language", "heading", "day", "status"),
    [
        ("en", "Key contacts", "27 Nov 2026", "Awaiting signature"),
        ("zh", "主要联系人", "2026年11月27日", "待签署"),
        ("both", "Key contacts / 主要联系人", "27 Nov 2026", "Awaiting signature / 待签署"),
    ],
)
def test_one_pack_language(language: str, heading: str, day: str, status: str) -> None:
    labels = Labels(language)  # type: ignore[arg-type]
    assert labels("contacts") == heading
    assert labels.date(date(2026, 11, 27)) == day
    assert labels.enum(AgreementStatus.AWAITING_SIGNATURE) == status
    assert labels.date(None) == ""


def test_no_label_reads_none() -> None:
    assert Labels("en").enum(ReviewCadence.NONE) == "Not scheduled"
    assert Labels("zh").country("SG") == "新加坡"
    assert Labels("both").country("CN") == "China / 中国"
    assert Labels("en").count_more(["A", "B"], 5) == "A, B and 3 more"


@pytest.mark.parametrize(
    ("zone", "language", "shown"),
    [
        ("Asia/Singapore", "en", "20 Nov 2026 14:00 UTC+8"),
        ("Asia/Singapore", "zh", "2026年11月20日 14:00 UTC+8"),
        ("America/New_York", "en", "20 Nov 2026 14:00 UTC-5"),
        ("Asia/Kolkata", "en", "20 Nov 2026 14:00 UTC+5:30"),
        ("UTC", "en", "20 Nov 2026 14:00 UTC"),
    ],
)
def test_a_meeting_time_says_which_clock(zone: str, language: str, shown: str) -> None:
    """Packs print a meeting at the place's time, with that clock's offset from UTC."""
    at = datetime(2026, 11, 20, 14, 0, tzinfo=ZoneInfo(zone))
    assert Labels(language).datetime(at) == shown  # type: ignore[arg-type]
