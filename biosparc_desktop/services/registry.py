"""All services of one open database, built in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from biosparc_desktop.search.sync import install_search_index
from biosparc_desktop.services.agreements import AgreementService
from biosparc_desktop.services.archive_restore import ArchiveData
from biosparc_desktop.services.contacts import ContactService
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.delete_impact import DeleteImpactService
from biosparc_desktop.services.duplicates import DuplicateService
from biosparc_desktop.services.events import EventService
from biosparc_desktop.services.export_data import ExportData
from biosparc_desktop.services.importing import ImportService
from biosparc_desktop.services.interactions import InteractionService
from biosparc_desktop.services.journal import JournalService, install_journal
from biosparc_desktop.services.last_interaction import install_last_interaction
from biosparc_desktop.services.merging import MergeService
from biosparc_desktop.services.organisations import OrganisationService
from biosparc_desktop.services.search import SearchService
from biosparc_desktop.services.staff import StaffService
from biosparc_desktop.services.tasks import TaskService
from biosparc_desktop.services.today import TodayService
from biosparc_desktop.services.trash import TrashService
from biosparc_desktop.store.database import Database


@dataclass
class Services:
    context: ServiceContext
    organisations: OrganisationService = field(init=False)
    contacts: ContactService = field(init=False)
    agreements: AgreementService = field(init=False)
    interactions: InteractionService = field(init=False)
    events: EventService = field(init=False)
    tasks: TaskService = field(init=False)
    staff: StaffService = field(init=False)
    journal: JournalService = field(init=False)
    search: SearchService = field(init=False)
    trash: TrashService = field(init=False)
    importing: ImportService = field(init=False)
    duplicates: DuplicateService = field(init=False)
    merging: MergeService = field(init=False)
    export_data: ExportData = field(init=False)
    archive: ArchiveData = field(init=False)
    delete_impact: DeleteImpactService = field(init=False)
    today: TodayService = field(init=False)

    def __post_init__(self) -> None:
        ctx = self.context
        self.organisations = OrganisationService(ctx)
        self.contacts = ContactService(ctx)
        self.agreements = AgreementService(ctx)
        self.interactions = InteractionService(ctx)
        self.events = EventService(ctx)
        self.tasks = TaskService(ctx)
        self.staff = StaffService(ctx)
        self.journal = JournalService(ctx)
        self.search = SearchService(ctx)
        self.trash = TrashService(ctx)
        self.importing = ImportService(ctx, self.contacts)
        self.duplicates = DuplicateService(ctx)
        self.merging = MergeService(ctx, self.contacts, self.organisations)
        self.export_data = ExportData(ctx)
        self.archive = ArchiveData(ctx)
        self.delete_impact = DeleteImpactService(ctx)
        self.today = TodayService(ctx, self.tasks, self.agreements, self.interactions)


def build_services(database: Database, *, now: Callable[[], datetime] | None = None) -> Services:
    """Wire the services to an open database; ``now`` pins the clock in tests."""
    install_journal(database.session_factory)
    install_search_index(database.session_factory)
    install_last_interaction(database.session_factory)
    context = ServiceContext(
        session_factory=database.session_factory, data_dir=database.location.data_dir
    )
    if now is not None:
        context.now = now
    context.backup_hook = database.backup
    context.read_only = database.read_only
    return Services(context)
