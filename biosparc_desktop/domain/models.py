"""Every mapped class in one import, so the metadata is complete wherever it is used."""

from biosparc_desktop.domain.activities import (
    AgendaItem,
    Event,
    EventAgreement,
    EventAttendee,
    EventOrganisation,
    Interaction,
    InteractionContact,
    InteractionOrganisation,
)
from biosparc_desktop.domain.agreements import (
    Agreement,
    AgreementDocument,
    AgreementParty,
    CooperationItem,
    Obligation,
    Signatory,
)
from biosparc_desktop.domain.base import Base
from biosparc_desktop.domain.contacts import (
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
)
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.organisations import Organisation, OrganisationTag
from biosparc_desktop.domain.people import StaffMember, Tag
from biosparc_desktop.domain.server import (
    ServerAlias,
    ServerBatch,
    ServerCounter,
    ServerDevice,
    ServerEnrolment,
    ServerFieldClock,
    ServerTombstone,
)
from biosparc_desktop.domain.sync import SyncApplied, SyncConflict, SyncOutgoing, SyncState
from biosparc_desktop.domain.tasks import Task

__all__ = [
    "Affiliation",
    "AgendaItem",
    "Agreement",
    "AgreementDocument",
    "AgreementParty",
    "Base",
    "ChangeEntry",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "ContactTag",
    "CooperationItem",
    "Event",
    "EventAgreement",
    "EventAttendee",
    "EventOrganisation",
    "Interaction",
    "InteractionContact",
    "InteractionOrganisation",
    "Obligation",
    "Organisation",
    "OrganisationTag",
    "ServerAlias",
    "ServerBatch",
    "ServerCounter",
    "ServerDevice",
    "ServerEnrolment",
    "ServerFieldClock",
    "ServerTombstone",
    "Signatory",
    "StaffMember",
    "SyncApplied",
    "SyncConflict",
    "SyncOutgoing",
    "SyncState",
    "Tag",
    "Task",
]
