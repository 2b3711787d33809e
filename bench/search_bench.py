"""Search speed through the services against the bare-SQL floor, on one database file.

    python -m bench.search_bench --db PATH [--repeat 5]

Prints one JSON line. The query mix is what a BD team types: Chinese names and
parts of them, pinyin, English names, organisations, topics, email fragments,
one- and two-letter prefixes and misses. Each query runs once to warm the
caches, then ``repeat`` times through the services and as bare SQL, interleaved.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys

from bench import floor
from bench.timing import peak_rss_mb, summary, time_ms
from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database

QUERIES = (
    # Chinese names, whole and in part
    "张伟", "王", "李娜", "陈", "伟明", "刘洋", "黄丽",
    # pinyin, toneless, with and without spaces
    "zhang wei", "wang", "li na", "chen jie", "liuyang", "zhou",
    # English and other names
    "smith", "rachel", "tan wei", "kumar", "giulia", "nakamura",
    # organisations in both scripts
    "novagen", "helixcore", "suzhou", "boston bio", "苏州", "生物医药", "orchidcyte",
    # topics in notes and summaries
    "clinical trial", "oncology", "term sheet", "incubator", "临床试验", "series b",
    # email fragments, short prefixes, misses
    "rachel.ng", "gmail", "s", "li", "zh", "mirxes", "xyzzy",
)  # fmt: skip
# Rare on purpose: a bracket must be found as typed, checked row by row.
EDGE_QUERIES = ("AND (", "R & D", "(2024)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_bench")
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    database = open_database(resolve_location(args.db))
    services = build_services(database)
    bare = sqlite3.connect(args.db)
    try:
        service_ms: list[float] = []
        floor_ms: list[float] = []
        per_query: dict[str, dict[str, float]] = {}
        for text in QUERIES:
            hits = services.search.search(text)
            floor_hits = floor.search(bare, text)
            if [h.id for h in hits] != [row[1] for row in floor_hits]:
                raise AssertionError(f"the floor and the service disagree on {text!r}")
            mine = [time_ms(lambda t=text: services.search.search(t)) for _ in range(args.repeat)]
            base = [time_ms(lambda t=text: floor.search(bare, t)) for _ in range(args.repeat)]
            service_ms += mine
            floor_ms += base
            per_query[text] = {
                "hits": len(hits),
                "service_ms": round(min(mine), 2),
                "floor_ms": round(min(base), 2),
            }
        services_summary, floor_summary = summary(service_ms), summary(floor_ms)
        list_ms = [
            time_ms(
                lambda t=text: (
                    services.contacts.rows(ContactQuery(search=t), limit=100),
                    services.contacts.count(ContactQuery(search=t)),
                )
            )
            for text in QUERIES
            for _ in range(args.repeat)
        ]
        edge = {
            text: round(min(time_ms(lambda t=text: services.search.search(t)) for _ in range(3)), 1)
            for text in EDGE_QUERIES
        }
        result = {
            "queries": len(QUERIES),
            "runs_per_query": args.repeat,
            "services": services_summary,
            "floor_bare_sql": floor_summary,
            "ratio_p50": round(services_summary["p50_ms"] / floor_summary["p50_ms"], 2),
            "ratio_p95": round(services_summary["p95_ms"] / floor_summary["p95_ms"], 2),
            "contact_list_search_first_page_and_count": summary(list_ms),
            "punctuation_queries_ms": edge,
            "per_query": per_query,
            "peak_rss_mb": peak_rss_mb(),
        }
    finally:
        bare.close()
        database.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
