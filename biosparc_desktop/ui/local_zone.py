"""The computer's time zone by its IANA name ("Europe/Paris"), for new interactions.

Python knows the local zone only as an offset and an abbreviation ("CET"), which
cannot be stored; Qt, the TZ variable and /etc/localtime can name it. A name is
trusted only when its clock agrees with the computer's now.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone

LOCALTIME = Path("/etc/localtime")


def local_zone_name() -> str:
    """The user's zone: "Europe/Paris"; a fixed-offset "Etc/GMT-8" when no name is
    found, "UTC" when not even that fits."""
    now = datetime.now().astimezone()
    offset = now.utcoffset() or timedelta()
    for name in _candidates():
        if _agrees(name, now, offset):
            return name
    return _fixed_offset(offset)


def _candidates() -> Iterator[str]:
    # Qt reads TZ, /etc/timezone and /etc/localtime, and maps Windows' own zone names.
    yield bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    yield os.environ.get("TZ", "").removeprefix(":")
    try:
        target = str(LOCALTIME.resolve())
    except OSError:
        return
    if "zoneinfo/" in target:
        yield target.split("zoneinfo/", 1)[1]


def _agrees(name: str, now: datetime, offset: timedelta) -> bool:
    if not name or len(name) > 64 or name.startswith(("/", ".")):
        return False
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return now.astimezone(zone).utcoffset() == offset


def _fixed_offset(offset: timedelta) -> str:
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -12 <= hours <= 14:
        return "UTC"
    # The Etc zones count the other way round: Etc/GMT-8 is eight hours ahead of UTC.
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"
