#!/usr/bin/env bash
# Build "Biosparc Desktop.app" with PyInstaller and wrap it in a compressed disk image:
#   packaging/macos/make_dmg.sh        → dist/BiosparcDesktop-VERSION-macos-ARCH.dmg
# Run on macOS from anywhere, with build/bundle-venv set up from the pinned versions:
#   python3 -m venv build/bundle-venv
#   build/bundle-venv/bin/pip install -c packaging/constraints.txt -e '.[packaging]'
# (PYTHON=/path/to/python picks another environment.)
# Signing and notarisation are separate steps: see packaging/macos/README.md.
set -euo pipefail

if [[ "$(uname -s)" != "Darwin" ]]; then
  echo "make_dmg.sh runs on macOS only (it needs hdiutil)." >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
python="${PYTHON:-$root/build/bundle-venv/bin/python}"
if [[ ! -x "$python" ]]; then
  echo "No Python at $python: make build/bundle-venv (README, \"Building installers\"), or set PYTHON=/path/to/python." >&2
  exit 2
fi
cd "$root"

version="$("$python" -c 'import biosparc_desktop; print(biosparc_desktop.__version__)')"
arch="$(uname -m)"
app="dist/Biosparc Desktop.app"
dmg="dist/BiosparcDesktop-${version}-macos-${arch}.dmg"

"$python" packaging/build.py
if [[ ! -d "$app" ]]; then
  echo "PyInstaller did not produce $app." >&2
  exit 1
fi

# The image shows the app beside a link to /Applications, to drag it across.
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
cp build/THIRD_PARTY_LICENSES.md "$staging/"  # written by build.py

rm -f "$dmg"
hdiutil create -volname "Biosparc Desktop ${version}" -srcfolder "$staging" \
  -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$dmg"
echo "Disk image: $dmg ($(du -h "$dmg" | cut -f1))"
