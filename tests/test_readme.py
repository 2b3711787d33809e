"""What README.md says about installing and calling the program is true of the program."""

from __future__ import annotations

import re
from pathlib import Path

from biosparc_desktop.app import VIEWS
from biosparc_desktop.app import build_parser as app_parser
from biosparc_desktop.cli.main import build_parser as cli_parser
from biosparc_desktop.config import resolve_location
from biosparc_desktop.display_check import XCB_LIBRARIES
from biosparc_desktop.reports import SECTIONS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _apt_packages(text: str) -> set[str]:
    """The packages of every ``apt-get install`` command, backslash continuations included."""
    packages: set[str] = set()
    joined = re.sub(r"\\\n", " ", text)
    for match in re.finditer(r"apt-get install ([^\n>]*)", joined):
        packages.update(word for word in match.group(1).split() if not word.startswith("-"))
    return packages


def _section(title: str) -> str:
    return README.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_ci_installs_exactly_the_debian_packages_the_readme_lists() -> None:
    listed = _apt_packages(_section("Quick start"))
    assert listed == _apt_packages(CI_RUN)
    # Qt 6.5+ cannot load its xcb plugin without these; a fresh Debian has none of them.
    assert {
        "python3-venv",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxcb-image0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxkbcommon-x11-0",
        "desktop-file-utils",  # so the packaging tests that validate with them run
        "appstream",
    } <= listed
    # The packages the app names when a library is missing are among them.
    assert set(XCB_LIBRARIES.values()) <= listed


def test_the_readme_says_how_to_call_the_installed_commands() -> None:
    quick = _section("Quick start")
    assert ".venv/bin/biosparc" in quick and ". .venv/bin/activate" in quick


def test_every_option_of_the_app_is_in_the_readme() -> None:
    options = {
        option
        for action in app_parser()._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }
    assert sorted(option for option in options if f"`{option}" not in README) == []
    for view in VIEWS:
        assert f"`{view}`" in README, view


def test_the_global_options_of_the_command_line_are_in_the_readme() -> None:
    for action in cli_parser()._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in _section("The command line") or option == "--version"


def test_the_pack_sections_table_is_the_reports() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (`.*`) \|$", _section("The command line"), re.MULTILINE)
    table = {kind: tuple(re.findall(r"`(\w+)`", cells)) for kind, cells in rows}
    assert {kind: table.get(kind) for kind in SECTIONS} == dict(SECTIONS)


def test_backups_of_a_db_file_go_where_the_readme_says(tmp_path: Path) -> None:
    assert "`~/crm/other.sqlite3.files/backups/`" in README
    location = resolve_location(str(tmp_path / "other.sqlite3"))
    assert location.data_dir / "backups" == tmp_path / "other.sqlite3.files" / "backups"
