"""Closed vocabularies of the domain. Values are stored as their ``value`` strings."""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        """An English label for lists and reports."""
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


class OrganisationKind(_Labelled):
    HOSPITAL = "hospital"
    RESEARCH_INSTITUTE = "research_institute"
    UNIVERSITY = "university"
    COMPANY = "company"
    INVESTOR = "investor"
    GOVERNMENT = "government"
    PARK_OPERATOR = "park_operator"
    OTHER = "other"


class RelationshipStage(_Labelled):
    PROSPECT = "prospect"
    ENGAGED = "engaged"
    NEGOTIATING = "negotiating"
    PARTNER = "partner"
    DORMANT = "dormant"


class NameOrder(_Labelled):
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class Language(_Labelled):
    ENGLISH = "en"
    CHINESE = "zh"
    OTHER = "other"


class AgreementKind(_Labelled):
    MOU = "mou"
    STRATEGIC_COOPERATION = "strategic_cooperation"
    RESEARCH_COLLABORATION = "research_collaboration"
    CLINICAL_TRIAL = "clinical_trial"
    LICENSING = "licensing"
    NDA = "nda"
    INVESTMENT = "investment"
    OTHER = "other"


class AgreementStatus(_Labelled):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    AWAITING_SIGNATURE = "awaiting_signature"
    SIGNED = "signed"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    # Given up before signing (a draft or a negotiation); closed, and can be reopened.
    ABANDONED = "abandoned"


class PartyRole(_Labelled):
    BIOSPARC = "biosparc"
    PARTNER = "partner"
    CO_SIGNATORY = "co_signatory"
    WITNESS = "witness"
    OTHER = "other"


class Workstream(_Labelled):
    RESEARCH = "research"
    CLINICAL = "clinical"
    TRANSLATION = "translation"
    INDUSTRIALISATION = "industrialisation"
    INVESTMENT = "investment"
    TALENT = "talent"
    OTHER = "other"


class ReviewCadence(_Labelled):
    NONE = "none"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        return {"none": 0, "monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[self.value]


class InteractionKind(_Labelled):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    SIGNING = "signing"
    CONFERENCE = "conference"


class EventKind(_Labelled):
    SIGNING_CEREMONY = "signing_ceremony"
    CONFERENCE = "conference"
    VISIT = "visit"
    OTHER = "other"


class TaskStatus(_Labelled):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskPriority(_Labelled):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


_LABELS: dict[StrEnum, str] = {
    OrganisationKind.RESEARCH_INSTITUTE: "Research institute",
    OrganisationKind.COMPANY: "Biotech / company",
    OrganisationKind.GOVERNMENT: "Government agency",
    OrganisationKind.PARK_OPERATOR: "Park operator",
    AgreementKind.MOU: "MoU",
    AgreementKind.NDA: "NDA / CDA",
    AgreementKind.STRATEGIC_COOPERATION: "Strategic cooperation",
    AgreementKind.RESEARCH_COLLABORATION: "Research collaboration",
    AgreementKind.CLINICAL_TRIAL: "Clinical trial",
    AgreementStatus.AWAITING_SIGNATURE: "Awaiting signature",
    PartyRole.BIOSPARC: "Biosparc",
    PartyRole.CO_SIGNATORY: "Co-signing party",
    NameOrder.GIVEN_FIRST: "Given name first",
    NameOrder.FAMILY_FIRST: "Family name first",
    Language.ENGLISH: "English",
    Language.CHINESE: "Chinese",
    ReviewCadence.HALF_YEARLY: "Half-yearly",
    EventKind.SIGNING_CEREMONY: "Signing ceremony",
}
