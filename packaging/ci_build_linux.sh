#!/usr/bin/env bash
# CI: build the Linux one-folder bundle and run the built program.
#   1. build/bundle-venv with the app and PyInstaller at the versions pinned in
#      packaging/constraints.txt (tools/lock_bundle.py writes that file)
#   2. python packaging/build.py --tarball  (prints "Bundle size: N MB")
#   3. BiosparcDesktop --version must print the package's version
#   4. BiosparcDesktop --screenshot of the Today view on a fresh demo database, offscreen:
#      proves the frozen program migrates a new database with Alembic, loads the demo
#      data (phonenumbers, pycountry, pypinyin) and draws the window with its SVG icons.
#   5. the checkout is as clean as before: everything the build writes is under build/
#      and dist/, which git ignores.
# Takes two to three minutes on CI's machine. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  # binutils: PyInstaller reads and strips the shared libraries. The X11 libraries Qt's
  # xcb plugin links are bundled when the build machine has them, so the tarball runs
  # on desktops that lack them (Qt 6.5+ needs xcb-cursor, icccm and keysyms).
  apt-get install -y -qq --no-install-recommends \
    binutils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 >/dev/null
fi

checkout_state() { git status --porcelain 2>/dev/null; git diff HEAD 2>/dev/null | cksum; }
status_before="$(checkout_state || true)"

# Its own virtualenv, so the bundle holds the pinned versions whatever .venv has.
venv=build/bundle-venv
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
python="$venv/bin/python"
"$python" -m pip install --quiet --disable-pip-version-check \
  -c packaging/constraints.txt -e '.[packaging]'

"$python" packaging/build.py --tarball
program=dist/BiosparcDesktop/BiosparcDesktop

expected="biosparc-desktop $("$python" -c 'import biosparc_desktop; print(biosparc_desktop.__version__)')"
actual="$("$program" --version)"
if [[ "$actual" != "$expected" ]]; then
  echo "The bundled program says '$actual', expected '$expected'." >&2
  exit 1
fi
echo "Bundled --version: $actual"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
shot="$scratch/today.png"
QT_QPA_PLATFORM=offscreen BIOSPARC_DATA_DIR="$scratch/data" \
  "$program" --db "$scratch/demo.sqlite3" --screenshot "$shot" --view today --size 1280x800
"$python" - "$shot" <<'EOF'
import sys

from PIL import Image

image = Image.open(sys.argv[1]).convert("RGB")
if image.size != (1280, 800):
    sys.exit(f"The screenshot is {image.width}x{image.height}, expected 1280x800")
colours = image.getcolors(maxcolors=1 << 20) or []
# A real window has text, icons and the accent-coloured selection in the navigation.
if len(colours) < 50:
    sys.exit(f"The screenshot has only {len(colours)} colours: the window did not draw")
if not any(rgb == (0x1F, 0x6F, 0xEB) for _count, rgb in colours):
    sys.exit("The screenshot lacks the accent colour #1f6feb: the theme did not load")
print(f"Bundled --screenshot: Today view {image.width}x{image.height}, {len(colours)} colours")
EOF

status_after="$(checkout_state || true)"
if [[ "$status_after" != "$status_before" ]]; then
  echo "The build changed the checkout (it must write only under build/ and dist/):" >&2
  diff <(echo "$status_before") <(echo "$status_after") >&2 || true
  exit 1
fi

echo "Linux bundle built and checked in $(($(date +%s) - started)) s"
