"""The packaging scripts' own logic: version resource, tarball layout, licence list."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import tarfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from biosparc_desktop import __version__
from biosparc_desktop.ui.dialogs.about_dialog import BUNDLED_LIBRARIES
from tests.packaging.helpers import PACKAGING, ROOT, SPEC, load_script


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# -- Windows version resource -------------------------------------------------------------
@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2.10", (2, 10, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("7", (7, 0, 0, 0)),
    ],
)
def test_version_tuple(version: str, expected: tuple[int, int, int, int]) -> None:
    assert load_script("windows/version_info.py").version_tuple(version) == expected


def test_version_tuple_refuses_what_is_not_a_version() -> None:
    with pytest.raises(ValueError, match="does not start with a version number"):
        load_script("windows/version_info.py").version_tuple("dev")


def test_version_file_is_pyinstallers_format_with_the_apps_version() -> None:
    text = load_script("windows/version_info.py").version_file_text(__version__)
    tree = ast.parse(text, mode="eval")  # PyInstaller eval()s this text
    assert isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == "VSVersionInfo"
    numbers = ", ".join(
        str(n) for n in load_script("windows/version_info.py").version_tuple(__version__)
    )
    assert f"filevers=({numbers})" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('OriginalFilename', 'BiosparcDesktop.exe')" in text


# -- build.py -----------------------------------------------------------------------------------
def test_bundle_size_counts_files_once(tmp_path: Path) -> None:
    build = load_script("build.py")
    (tmp_path / "a").write_bytes(b"x" * 1500)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 500)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert build.folder_size(tmp_path) == 2000
    assert build.megabytes(161_449_000) == "161.4 MB"


def test_linux_tarball_holds_the_bundle_desktop_entry_icons_and_installer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_script("build.py")
    monkeypatch.setattr(build, "DIST", tmp_path)
    monkeypatch.setattr(build, "LICENCES", tmp_path / "THIRD_PARTY_LICENSES.md")
    build.LICENCES.write_text("# Third-party licences\n")
    bundle = tmp_path / build.APP_NAME
    (bundle / "_internal").mkdir(parents=True)
    (bundle / build.APP_NAME).write_text("#!/bin/sh\n")
    out = build.make_tarball(bundle, "9.8.7")
    assert out.name.startswith("BiosparcDesktop-9.8.7-linux-")
    with tarfile.open(out) as tar:
        names = set(tar.getnames())
    top = out.name.removesuffix(".tar.gz")
    for name in (
        f"{build.APP_NAME}/{build.APP_NAME}",
        "install.sh",
        "THIRD_PARTY_LICENSES.md",
        "share/applications/biosparc-desktop.desktop",
        "share/metainfo/com.biosparc.Desktop.metainfo.xml",
        "share/icons/hicolor/scalable/apps/biosparc-desktop.svg",
        "share/icons/hicolor/256x256/apps/biosparc-desktop.png",
    ):
        assert f"{top}/{name}" in names, name


def test_install_script_copies_what_the_tarball_holds() -> None:
    build = load_script("build.py")
    script = (build.LINUX_FILES / "install.sh").read_text(encoding="utf-8")
    for source in (
        "share/applications/biosparc-desktop.desktop",
        "share/metainfo/com.biosparc.Desktop.metainfo.xml",
        "share/icons/hicolor/scalable/apps/biosparc-desktop.svg",
        "share/icons/hicolor/256x256/apps/biosparc-desktop.png",
        f"$here/{build.APP_NAME}",
    ):
        assert source in script, source


def test_build_refuses_options_for_another_system(capsys: pytest.CaptureFixture[str]) -> None:
    build = load_script("build.py")
    with pytest.raises(SystemExit) as stopped:
        build.main(["--installer"] if build.sys.platform != "win32" else ["--tarball"])
    assert stopped.value.code == 2
    assert "is for" in capsys.readouterr().err


# -- the licence list -------------------------------------------------------------------------
def test_bundled_libraries_cover_every_runtime_dependency() -> None:
    """Everything pip installs for the app (not its dev tools) ships in the bundle, so the
    About dialog and THIRD_PARTY_LICENSES.md must name it: add new ones to BUNDLED_LIBRARIES."""
    listed = {_normalise(name) for name in BUNDLED_LIBRARIES}
    needed: set[str] = set()
    todo = ["biosparc-desktop"]
    while todo:
        name = _normalise(todo.pop())
        if name in needed:
            continue
        needed.add(name)
        for line in importlib.metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    needed.discard("biosparc-desktop")
    assert sorted(needed - listed) == []


def test_third_party_licences_file_lists_every_library_and_qts_lgpl() -> None:
    text = load_script("third_party_licenses.py").render()
    assert f"Biosparc Desktop {__version__}" in text
    assert "GNU Lesser General" in text and "download.qt.io" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    names = {_normalise(row.split("|")[1].strip()) for row in rows[1:]}
    installed = {name for name in BUNDLED_LIBRARIES if _installed(name)}  # some are per-system
    assert {_normalise(name) for name in installed} <= names
    assert all(row.count("|") == 5 for row in rows)


def _installed(name: str) -> bool:
    try:
        importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def test_the_licences_file_is_written_under_build_not_into_the_checkout(tmp_path: Path) -> None:
    """It names the versions of the environment it is built in, so keeping it in git made
    every build rewrite a tracked file; the build writes it under build/ (ignored)."""
    build = load_script("build.py")
    licences = load_script("third_party_licenses.py")
    assert build.LICENCES == licences.OUTPUT == ROOT / "build" / "THIRD_PARTY_LICENSES.md"
    assert "build/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    tracked = subprocess.run(
        ["git", "ls-files", "--", "*THIRD_PARTY_LICENSES*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert tracked.stdout == ""
    # Every recipe ships the generated file.
    assert 'ROOT / "build" / "THIRD_PARTY_LICENSES.md"' in SPEC.read_text(encoding="utf-8")
    iss = (PACKAGING / "windows" / "biosparc.iss").read_text(encoding="utf-8")
    assert r"{#Root}\build\THIRD_PARTY_LICENSES.md" in iss
    dmg = (PACKAGING / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert "cp build/THIRD_PARTY_LICENSES.md" in dmg
    out = tmp_path / "licences.md"
    assert licences.main(["--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == licences.render()
