"""In Chinese, the place's clock beside an interaction's time names the city in Chinese."""

from __future__ import annotations

import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from biosparc_desktop.ui.formatting import fmt_datetime

pytestmark = pytest.mark.gui


def test_the_place_is_named_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    try:
        text = fmt_datetime(datetime(2026, 11, 20, 14, 0, tzinfo=ZoneInfo("Asia/Singapore")))
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
    assert "新加坡时间 14:00" in text and "07:00" in text
    assert "Singapore" not in text
