#!/bin/sh
# Install Biosparc Desktop from the unpacked tarball for the current user (no root needed):
#   ./install.sh            install or update into ~/.local
#   ./install.sh --remove   uninstall (your data folder is kept)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/opt/BiosparcDesktop
bin_dir=$HOME/.local/bin
desktop=$prefix/applications/biosparc-desktop.desktop
metainfo=$prefix/metainfo/com.biosparc.Desktop.metainfo.xml
icon_svg=$prefix/icons/hicolor/scalable/apps/biosparc-desktop.svg
icon_png=$prefix/icons/hicolor/256x256/apps/biosparc-desktop.png

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$app_dir"
  rm -f "$bin_dir/biosparc-desktop" "$desktop" "$metainfo" "$icon_svg" "$icon_png"
  echo "Biosparc Desktop removed. Your data folder (~/.local/share/BiosparcDesktop) was kept."
  exit 0
fi

mkdir -p "$bin_dir" "$(dirname "$desktop")" "$(dirname "$metainfo")" \
  "$(dirname "$icon_svg")" "$(dirname "$icon_png")"
rm -rf "$app_dir"
mkdir -p "$(dirname "$app_dir")"
cp -R "$here/BiosparcDesktop" "$app_dir"
ln -sf "$app_dir/BiosparcDesktop" "$bin_dir/biosparc-desktop"
# Menus do not always search ~/.local/bin, so the menu entry runs the program by its full path.
sed -e "s|^Exec=biosparc-desktop|Exec=$app_dir/BiosparcDesktop|" \
    -e "s|^TryExec=biosparc-desktop|TryExec=$app_dir/BiosparcDesktop|" \
    "$here/share/applications/biosparc-desktop.desktop" > "$desktop"
cp "$here/share/metainfo/com.biosparc.Desktop.metainfo.xml" "$metainfo"
cp "$here/share/icons/hicolor/scalable/apps/biosparc-desktop.svg" "$icon_svg"
cp "$here/share/icons/hicolor/256x256/apps/biosparc-desktop.png" "$icon_png"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$(dirname "$desktop")" || true
fi
echo "Biosparc Desktop installed in $app_dir; start it from the menu or with: biosparc-desktop"
