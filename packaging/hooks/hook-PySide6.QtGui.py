"""Replaces PyInstaller's QtGui hook: the same Qt plugins minus those a desktop app never loads.

Left out before dependency analysis, so the system libraries they link (GTK, cairo,
pango for the GTK theme plugin; DRM and evdev for the embedded-device backends) stay
out of the bundle too. Fusion style and our own palette make the GTK theme plugin
unnecessary, and bundling half of GTK breaks on systems with a different GTK.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Embedded-device backends, remote display, Vulkan-only display.
UNUSED_PLUGIN_FOLDERS = {"egldeviceintegrations", "generic"}
UNUSED_PLUGIN_STEMS = {
    "libqeglfs", "libqlinuxfb", "libqminimalegl", "libqvkkhrdisplay", "libqvnc",  # platforms
    "libqgtk3",  # platformthemes
}  # fmt: skip


def _wanted(source: str, dest: str) -> bool:
    folder = PurePath(dest).name
    stem = PurePath(source).name.split(".")[0]
    return folder not in UNUSED_PLUGIN_FOLDERS and stem not in UNUSED_PLUGIN_STEMS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _wanted(source, dest)]
