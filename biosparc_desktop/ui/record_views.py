"""Which main list shows each kind of record, both ways round."""

from __future__ import annotations

# The list view → the kind of record its rows are.
VIEW_KINDS = {
    "partners": "organisation",
    "contacts": "contact",
    "agreements": "agreement",
    "tasks": "task",
    "events": "event",
}

# The kind of record → the list view that shows it.
RECORD_VIEWS = {kind: view for view, kind in VIEW_KINDS.items()}
