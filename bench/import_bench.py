"""Import and export speed: a large contact CSV in, every contact out as vCard.

    python -m bench.import_bench [--rows 100000] [--undo]

Writes a realistic CSV (names in both scripts, quoted notes with commas and line
breaks, several thousand organisations), imports it into a fresh database through
the import service (reading, validation, duplicate checks, the journal and the
search index included), then exports every contact to vCard. Prints the timings
as JSON; :func:`run_import_bench` returns them for the other benchmarks.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.names import EN_FAMILY, EN_GIVEN, JOB_TITLES, ZH_FAMILY, ZH_GIVEN
from biosparc_desktop.config import resolve_location
from biosparc_desktop.domain.rules.names import to_pinyin
from biosparc_desktop.exporters import export_contacts
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database

HEADER = ("First Name", "Last Name", "Chinese Name", "Company", "Job Title", "E-mail",
          "Mobile", "Notes", "Categories")  # fmt: skip
_ORG_WORDS = ("Bio", "Gen", "Thera", "Medi", "Cell", "Onco", "Immu", "Neuro", "Pharma", "Dx")
_ORG_SUFFIXES = ("Co., Ltd.", "Pte Ltd", "Inc.", "GmbH", "AG", "Ltd")
_TAGS = ("Partners", "BIO 2025", "Oncology", "Investors", "Hospitals", "China", "Singapore")


def write_contacts_csv(path: Path, rows: int, seed: int = 7) -> None:
    """``rows`` distinct people: about a third with Chinese names, one email and one
    mobile each, a note on every fifth (some quoted over several lines)."""
    rng = random.Random(seed)
    companies = [
        f"{rng.choice(_ORG_WORDS)}{rng.choice(_ORG_WORDS).lower()} {n} {rng.choice(_ORG_SUFFIXES)}"
        for n in range(max(1, rows // 20))
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            chinese = n % 3 == 0
            if chinese:
                family, given = rng.choice(ZH_FAMILY), "".join(rng.sample(ZH_GIVEN, 2))
                name_zh = family + given
                pinyin = (to_pinyin(name_zh) or "x y").split()
                first, last = "".join(pinyin[1:]).capitalize(), pinyin[0].capitalize()
                mobile = f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {n % 10000:04d}"
            else:
                first, last, name_zh = rng.choice(EN_GIVEN), rng.choice(EN_FAMILY), ""
                mobile = f"+65 9{rng.randint(100, 999)} {n % 10000:04d}"
            email = f"{first}.{last}.{n}@{companies[n % len(companies)].split()[0].lower()}.com"
            note = ""
            if n % 5 == 0:
                note = "Met at BIO 2025, Boston; follow up\nabout licensing." if n % 2 else "VIP"
            writer.writerow(
                (first, last, name_zh, companies[n % len(companies)], rng.choice(JOB_TITLES),
                 email.lower(), mobile, note, rng.choice(_TAGS) if n % 4 == 0 else "")
            )  # fmt: skip


def run_import_bench(rows: int = 100_000, *, undo: bool = False) -> dict[str, Any]:
    """Import ``rows`` contacts from CSV, export them all to vCard; timings in seconds."""
    with tempfile.TemporaryDirectory(prefix="biosparc-import-bench-") as folder:
        root = Path(folder)
        source = root / "contacts.csv"
        write_contacts_csv(source, rows)
        database = open_database(resolve_location(str(root / "bench.sqlite3")))
        try:
            services = build_services(database)
            wall, cpu = time.perf_counter(), time.process_time()
            parsed = services.importing.read(source)
            read_seconds = time.perf_counter() - wall
            summary = services.importing.run(parsed, source=source.name)
            import_wall, import_cpu = time.perf_counter() - wall, time.process_time() - cpu
            wall, cpu = time.perf_counter(), time.process_time()
            exported = export_contacts(services, root / "contacts.vcf", format="vcard")
            export_wall, export_cpu = time.perf_counter() - wall, time.process_time() - cpu
            result: dict[str, Any] = {
                "rows": rows,
                "csv_mb": round(source.stat().st_size / 1e6, 1),
                "created": summary.created,
                "skipped": summary.skipped,
                "rejected": summary.rejected,
                "organisations_created": summary.organisations_created,
                "import_seconds": round(import_wall, 2),
                "import_cpu_seconds": round(import_cpu, 2),
                "import_read_seconds": round(read_seconds, 2),
                "vcard_contacts": exported.count,
                "vcard_mb": round(exported.path.stat().st_size / 1e6, 1),
                "export_vcard_seconds": round(export_wall, 2),
                "export_vcard_cpu_seconds": round(export_cpu, 2),
            }
            if undo and summary.batch_id:
                wall = time.perf_counter()
                services.journal.revert(summary.batch_id, "Undo import")
                result["undo_seconds"] = round(time.perf_counter() - wall, 2)
            return result
        finally:
            database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--undo", action="store_true", help="also time undoing the import")
    args = parser.parse_args()
    print(json.dumps(run_import_bench(args.rows, undo=args.undo), indent=2))


if __name__ == "__main__":
    main()
