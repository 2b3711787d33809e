"""Build the one-folder bundle for this operating system.

    python packaging/build.py              → dist/BiosparcDesktop/ (and the .app on macOS)
    python packaging/build.py --tarball    … plus dist/BiosparcDesktop-VERSION-linux-ARCH.tar.gz
    python packaging/build.py --installer  … plus the Inno Setup installer (Windows, needs ISCC)

Run it with a venv's Python after ``pip install -c packaging/constraints.txt -e '.[packaging]'``
(the pinned versions; see tools/lock_bundle.py). It writes build/THIRD_PARTY_LICENSES.md,
runs PyInstaller on biosparc_desktop.spec and prints the bundle's size. Everything it
writes goes under build/ and dist/, which git ignores: a build leaves the checkout clean.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "biosparc_desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
# Generated for each build (the spec and the installers take it from here).
LICENCES = ROOT / "build" / "THIRD_PARTY_LICENSES.md"
APP_NAME = "BiosparcDesktop"
LINUX_FILES = PACKAGING / "linux"


def app_version() -> str:
    sys.path.insert(0, str(ROOT))
    from biosparc_desktop import __version__

    return __version__


def folder_size(path: Path) -> int:
    """Bytes on disk of every regular file under ``path`` (symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller(clean: bool) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    bundle = DIST / APP_NAME
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller finished but {bundle} is missing")
    return bundle


def make_tarball(bundle: Path, version: str) -> Path:
    """A tarball that unpacks to BiosparcDesktop-VERSION/ with the desktop entry and icon."""
    arch = platform.machine().lower() or "unknown"
    stem = f"{APP_NAME}-{version}-linux-{arch}"
    out = DIST / f"{stem}.tar.gz"
    icons = ROOT / "resources" / "icons"
    metainfo = "com.biosparc.Desktop.metainfo.xml"
    extras = {
        LINUX_FILES / "biosparc-desktop.desktop": "share/applications/biosparc-desktop.desktop",
        LINUX_FILES / metainfo: f"share/metainfo/{metainfo}",
        icons / "biosparc.svg": "share/icons/hicolor/scalable/apps/biosparc-desktop.svg",
        icons / "biosparc-256.png": "share/icons/hicolor/256x256/apps/biosparc-desktop.png",
        LINUX_FILES / "install.sh": "install.sh",
        LICENCES: "THIRD_PARTY_LICENSES.md",
    }
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"{stem}/{APP_NAME}")
        for source, name in extras.items():
            tar.add(source, arcname=f"{stem}/{name}")
    return out


def make_installer(version: str) -> Path:
    """Compile packaging/windows/biosparc.iss with Inno Setup's ISCC."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidate = default / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and candidate.exists():
        iscc = str(candidate)
    if iscc is None:
        raise SystemExit("Inno Setup's ISCC was not found; install Inno Setup 6 or add it to PATH")
    script = PACKAGING / "windows" / "biosparc.iss"
    subprocess.run([iscc, f"/DAppVersion={version}", str(script)], cwd=ROOT, check=True)
    return DIST / f"{APP_NAME}-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Biosparc Desktop for this system.")
    parser.add_argument("--tarball", action="store_true", help="Linux: also make a .tar.gz")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also make the setup .exe (Inno Setup)"
    )
    parser.add_argument(
        "--clean", action="store_true", help="rebuild from scratch (ignore PyInstaller's cache)"
    )
    args = parser.parse_args(argv)
    if args.tarball and not sys.platform.startswith("linux"):
        parser.error("--tarball is for Linux; on macOS use packaging/macos/make_dmg.sh")
    if args.installer and sys.platform != "win32":
        parser.error("--installer is for Windows")

    version = app_version()
    started = time.monotonic()
    licences = PACKAGING / "third_party_licenses.py"
    subprocess.run([sys.executable, str(licences), "--output", str(LICENCES)], check=True)
    bundle = run_pyinstaller(args.clean)
    elapsed = time.monotonic() - started
    print(f"Built {bundle.relative_to(ROOT)} (Biosparc Desktop {version}) in {elapsed:.0f} s")
    print(f"Bundle size: {megabytes(folder_size(bundle))}")
    app = DIST / "Biosparc Desktop.app"
    if sys.platform == "darwin" and app.is_dir():
        print(f"App bundle: {app.relative_to(ROOT)} ({megabytes(folder_size(app))})")
    if args.tarball:
        tarball = make_tarball(bundle, version)
        print(f"Tarball: {tarball.relative_to(ROOT)} ({megabytes(tarball.stat().st_size)})")
    if args.installer:
        setup = make_installer(version)
        print(f"Installer: {setup.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
