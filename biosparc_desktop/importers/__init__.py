"""Read contact files (vCard, Outlook, Google, LinkedIn and other CSV) into plain rows.

Pure Python: no Qt and no database, so the CLI, the UI and tests share it. Call
:func:`parse_contacts`, show the preview and problems, then hand the rows to the
import service, which validates and saves them.
"""

from biosparc_desktop.importers.csv_formats import default_mapping, generic_mapping
from biosparc_desktop.importers.parse import MAX_BYTES, parse_contacts, parse_contacts_bytes
from biosparc_desktop.importers.records import (
    FORMATS,
    MAPPABLE_FIELDS,
    ImportedContact,
    ImportFileError,
    ParseResult,
    RowProblem,
)

__all__ = [
    "FORMATS",
    "MAPPABLE_FIELDS",
    "MAX_BYTES",
    "ImportFileError",
    "ImportedContact",
    "ParseResult",
    "RowProblem",
    "default_mapping",
    "generic_mapping",
    "parse_contacts",
    "parse_contacts_bytes",
]
