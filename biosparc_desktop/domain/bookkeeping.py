"""Which tables are a machine's own bookkeeping rather than records people keep.

The change journal, a laptop's sync cursor and outbox, and the server's devices,
counters and clocks describe one machine. They never sync, and an archive (a
copy of the records to take elsewhere) carries only the journal among them.
"""

from __future__ import annotations

from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.server import (
    ServerAlias,
    ServerBatch,
    ServerCounter,
    ServerDevice,
    ServerEnrolment,
    ServerFieldClock,
    ServerTombstone,
)
from biosparc_desktop.domain.sync import SyncApplied, SyncOutgoing, SyncState

JOURNAL_TABLE = ChangeEntry.__tablename__

SYNC_BOOKKEEPING = frozenset(
    cls.__tablename__
    for cls in (
        SyncState,
        SyncOutgoing,
        SyncApplied,
        ServerDevice,
        ServerEnrolment,
        ServerCounter,
        ServerBatch,
        ServerFieldClock,
        ServerTombstone,
        ServerAlias,
    )
)

# Every table that is one machine's own and never syncs.
LOCAL_TABLES = SYNC_BOOKKEEPING | {JOURNAL_TABLE}
