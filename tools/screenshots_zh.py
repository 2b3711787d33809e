"""Render the interface in Simplified Chinese on the demo data into docs/screenshots/zh-*.png.

Run with the project's Python; it needs a CJK font (Noto Sans CJK or WenQuanYi),
or Chinese shows as boxes. The clock is pinned to 27 November 2026, 09:00 in Suzhou
(Asia/Shanghai, the time zone times are shown in), as in the tests.

    python tools/screenshots_zh.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


IMPORT_SAMPLE = (
    "姓名,单位,邮箱\n"
    "刘明,信达生物,liu.ming@innovent.cn\n"
    "王芳,信达生物,wang.fang@innovent.cn\n"
    "李娜,百济神州,li.na@beigene.cn\n"
    "陈杰,阿斯利康,chen.jie@astrazeneca.cn\n"
    "Ana Souza,Acme Bio,ana@acme.bio\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Times show in the user's time zone: the team's, Suzhou's, as in the tests.
    os.environ["TZ"] = "Asia/Shanghai"
    if hasattr(time, "tzset"):
        time.tzset()
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from biosparc_desktop.config import resolve_location
    from biosparc_desktop.domain.enums import RelationshipStage
    from biosparc_desktop.services.demo import load_demo
    from biosparc_desktop.services.organisations import OrganisationQuery
    from biosparc_desktop.services.registry import build_services
    from biosparc_desktop.store.backups import make_backup
    from biosparc_desktop.store.database import open_database
    from biosparc_desktop.ui.app_state import AppState
    from biosparc_desktop.ui.dialogs.agreement_dialog import AgreementDialog
    from biosparc_desktop.ui.dialogs.briefing_dialog import BriefingDialog
    from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard
    from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
    from biosparc_desktop.ui.dialogs.quick_capture import QuickCaptureDialog
    from biosparc_desktop.ui.dialogs.restore_dialog import RestoreDialog
    from biosparc_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from biosparc_desktop.ui.i18n import install_language
    from biosparc_desktop.ui.main_window import MainWindow
    from biosparc_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    install_language(app, "zh_CN")
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = args.out / f"zh-{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"Could not write {path}")
        print(f"Wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(resolve_location(str(Path(folder) / "demo.sqlite3")))
        try:
            services = build_services(database, now=lambda: NOW)
            load_demo(services)
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            state = AppState(services, settings)
            window = MainWindow(state)
            window.resize(1280, 800)
            window.show()
            for view in ("today", "partners", "contacts", "agreements", "tasks", "events"):
                window.show_view(view)
                save(window, view)

            nccs = services.organisations.rows(OrganisationQuery(search="NCCS"), limit=1)[0]
            agreement = services.agreements.rows(limit=1)[0]

            # A partner's History tab after a change, then the Trash with a few deleted records.
            services.organisations.set_stage(nccs.id, RelationshipStage.ENGAGED)
            window.show_view("partners")
            window.partners.open_id(nccs.id)
            detail = window.partners.detail
            detail.tabs.setCurrentWidget(detail.history)
            save(window, "history")
            services.contacts.delete(services.contacts.rows()[-1].id)
            services.tasks.delete(services.tasks.rows()[0].id)
            services.interactions.delete(services.interactions.rows()[0].id)
            window.show_view("trash")
            save(window, "trash")

            backups = Path(folder) / "backups"
            assert database.location.sqlite_path is not None
            make_backup(database.location.sqlite_path, backups, kind="manual", now=NOW)
            dialogs: list[tuple[str, Callable[[], QWidget]]] = [
                ("edit-partner", lambda: OrganisationDialog(state, nccs, window)),
                ("edit-agreement", lambda: AgreementDialog(state, agreement, window)),
                ("quick-capture", lambda: QuickCaptureDialog(state, window)),
                ("settings", lambda: SettingsDialog(state, window)),
                ("import-wizard", lambda: ImportWizard(state, window)),
                ("briefing", lambda: BriefingDialog(state, "partner", nccs.id, window)),
                ("restore", lambda: RestoreDialog(state, window, backups_dir=backups)),
            ]
            for name, make in dialogs:
                dialog = make()
                dialog.show()
                save(dialog, name)
                dialog.hide()
                dialog.deleteLater()

            # The import preview, with organisations that are not here yet to decide on.
            people = Path(folder) / "people.csv"
            people.write_text(IMPORT_SAMPLE, encoding="utf-8")
            wizard = ImportWizard(state, window)
            wizard.show()
            wizard.file_page.path.setText(str(people))
            wizard.next()
            while wizard.reading or wizard.read_job is not None:
                app.processEvents()
            wizard.next()
            organisations = wizard.preview_page.organisations.model
            organisations.setData(organisations.index(0, organisations.COL_CHOICE), "none")
            save(wizard, "import-preview")
            wizard.hide()
            wizard.deleteLater()
            window.hide()
            window.deleteLater()
            app.processEvents()
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
