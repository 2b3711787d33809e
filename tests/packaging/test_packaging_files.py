"""The packaging files agree with the app and with each other (the bundle itself is built
and run by packaging/ci_build_linux.sh in CI, not here: too slow for pytest)."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from biosparc_desktop import __version__
from tests.packaging.helpers import ICONS, PACKAGING, ROOT, SPEC, load_script, spec_list

PACKAGE = ROOT / "biosparc_desktop"
DESKTOP = PACKAGING / "linux" / "biosparc-desktop.desktop"
METAINFO = PACKAGING / "linux" / "com.biosparc.Desktop.metainfo.xml"
ISS = PACKAGING / "windows" / "biosparc.iss"
ACCENT = (0x1F, 0x6F, 0xEB)


def _package_imports() -> set[str]:
    """Every module the app imports (``from PySide6 import QtX`` counts as PySide6.QtX)."""
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


# -- the PyInstaller spec ----------------------------------------------------------------
def test_spec_and_hooks_are_valid_python() -> None:
    hooks = sorted((PACKAGING / "hooks").glob("hook-*.py"))
    assert hooks, "no hooks in packaging/hooks"
    assert 'hookspath=[str(SPEC_DIR / "hooks")]' in SPEC.read_text(encoding="utf-8")
    for path in [SPEC, *hooks]:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        assert tree.body, f"{path.name} is empty"


def test_spec_builds_from_the_entry_script_with_migrations_and_resources() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'SPEC_DIR / "entry.py"' in text
    assert "store/migrations/versions/*.py" in text  # Alembic reads the scripts from disk
    assert 'ROOT / "resources"' in text
    assert "copy_metadata" in text and "BUNDLED_LIBRARIES" in text
    entry = (PACKAGING / "entry.py").read_text(encoding="utf-8")
    assert "from biosparc_desktop.app import main" in entry


def test_every_migration_file_matches_the_specs_patterns() -> None:
    # Alembic finds revisions by listing the folder, so each must be collected as a file.
    text = SPEC.read_text(encoding="utf-8")
    match = re.search(r"includes=\[([^\]]*store/migrations[^\]]*)\]", text)
    assert match is not None
    patterns = re.findall(r'"([^"]+)"', match.group(1))
    collected = {path for pattern in patterns for path in PACKAGE.glob(pattern)}
    needed = {
        path
        for path in (PACKAGE / "store" / "migrations").rglob("*")
        if path.suffix in {".py", ".mako"} and "__pycache__" not in path.parts
    }
    assert any(path.parent.name == "versions" for path in needed)
    assert needed <= collected, sorted(str(p) for p in needed - collected)


def test_the_app_imports_no_qt_module_the_bundle_leaves_out() -> None:
    """A Qt module left out of the bundle and imported by the app crashes the built program
    at start-up; remove it from UNUSED_QT in the spec when the app starts using it."""
    left_out = {f"PySide6.{name}" for name in spec_list("UNUSED_QT")}
    assert "PySide6.QtWebEngineCore" in left_out
    used = _package_imports()
    assert not sorted(used & left_out)


def test_the_app_imports_no_other_module_the_bundle_leaves_out() -> None:
    hook = (PACKAGING / "hooks" / "hook-phonenumbers.py").read_text(encoding="utf-8")
    phonenumbers_left_out = set(re.findall(r'"(phonenumbers\.[a-z_]+)"', hook))
    assert "phonenumbers.geocoder" in phonenumbers_left_out
    left_out = set(spec_list("EXCLUDES")) | phonenumbers_left_out
    used = _package_imports()
    clashes = {
        name for name in used for gone in left_out if name == gone or name.startswith(f"{gone}.")
    }
    assert not sorted(clashes)


def test_unused_qt_names_are_real_pyside6_modules_or_addons() -> None:
    # A misspelt name would exclude nothing; every name must look like a Qt module.
    for name in spec_list("UNUSED_QT"):
        assert re.fullmatch(r"Qt[0-9A-Z][A-Za-z0-9]+", name), name


# -- Linux desktop entry and AppStream metadata ------------------------------------------
def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "Terminal", "Comment"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")


def test_desktop_entry_runs_the_gui_command_and_uses_the_installed_icon_name() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "biosparc-desktop"
    assert 'biosparc-desktop = "biosparc_desktop.app:main"' in (ROOT / "pyproject.toml").read_text(
        encoding="utf-8"
    )
    build_script = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert f"apps/{entry['Icon']}.svg" in build_script
    assert f"apps/{entry['Icon']}.png" in build_script


def test_metainfo_is_well_formed_with_the_right_id_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "com.biosparc.Desktop"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__  # newest release first
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert root.findtext("name") == _desktop_entry()["Name"]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- Windows installer --------------------------------------------------------------------
def test_inno_setup_default_version_is_the_apps() -> None:
    text = ISS.read_text(encoding="utf-8")
    match = re.search(r'#define AppVersion "([^"]+)"', text)
    assert match is not None
    assert match.group(1) == __version__


def test_inno_setup_installs_per_user_with_start_menu_shortcut_and_uninstaller() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
        text,
        re.MULTILINE,
    )
    assert re.search(r"^Uninstallable=yes$", text, re.MULTILINE)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.MULTILINE)
    build = load_script("build.py")
    assert f'Source: "{{#Root}}\\dist\\{build.APP_NAME}\\*"' in text
    assert "OutputBaseFilename=BiosparcDesktop-{#AppVersion}-setup" in text
    assert '#define AppExe "BiosparcDesktop.exe"' in text


# -- icons ----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_at_each_size(size: int) -> None:
    with Image.open(ICONS / f"biosparc-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        pixels = image.convert("RGB")
        # The leaf in the accent colour is there, not a blank square.
        colours = {rgb for _count, rgb in pixels.getcolors(maxcolors=size * size) or []}
        assert any(
            sum(abs(a - b) for a, b in zip(rgb, ACCENT, strict=True)) < 24 for rgb in colours
        )


def test_windows_icon_holds_16_to_256() -> None:
    with Image.open(ICONS / "biosparc.ico") as image:
        assert image.format == "ICO"
        sizes = image.info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(sizes)


def test_macos_icon_holds_16_to_512_points_for_retina() -> None:
    with Image.open(ICONS / "biosparc.icns") as image:
        assert image.format == "ICNS"
        sizes = set(image.info["sizes"])  # (points, points, scale)
    assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 1)} <= sizes
    assert (512, 512, 2) in sizes  # 1024 px


def test_svg_source_is_well_formed() -> None:
    root = ET.parse(ICONS / "biosparc.svg").getroot()
    assert root.tag.endswith("svg")
    assert "#1f6feb" in (ICONS / "biosparc.svg").read_text(encoding="utf-8")


# -- macOS recipe and CI script ---------------------------------------------------------------
@pytest.mark.parametrize(
    "script",
    ["macos/make_dmg.sh", "ci_build_linux.sh", "linux/install.sh"],
)
def test_shell_scripts_parse(script: str) -> None:
    path = PACKAGING / script
    result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert path.stat().st_mode & 0o111, f"{script} is not executable"


def test_dmg_recipe_uses_the_spec_bundle() -> None:
    text = (PACKAGING / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert "hdiutil create" in text
    assert 'app="dist/Biosparc Desktop.app"' in text
    assert 'name="Biosparc Desktop.app"' in SPEC.read_text(encoding="utf-8")


def test_readme_explains_each_build() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Building installers", 1)[1].split("\n## ", 1)[0]
    for needle in ("packaging/build.py", "--tarball", "biosparc.iss", "make_dmg.sh"):
        assert needle in section, needle
