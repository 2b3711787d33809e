"""Links to records in the Trash say so: "Innovent Biologics (in Trash)"."""

from __future__ import annotations

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.i18n import translate


def organisation_in_trash(services: Services, public_id: str | None) -> bool:
    if not public_id:
        return False
    try:
        services.organisations.get(public_id)
    except NotFound:
        return True
    return False


def in_trash(name: str) -> str:
    return translate("TrashLinks", "{name} (in Trash)").format(name=name)


def organisation_name(services: Services, public_id: str | None, name: str | None) -> str:
    """The organisation's name as a link shows it, marked when it is in the Trash."""
    if not name:
        return ""
    return in_trash(name) if organisation_in_trash(services, public_id) else name
