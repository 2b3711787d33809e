"""Replaces PyInstaller's QtNetwork hook: the app uses QtNetwork for local sockets only
(one running instance per user), never the network, so the TLS backends, OpenSSL and
the network-status plugins stay out of the bundle."""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGIN_FOLDERS = {"networkinformation", "tls"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, dest) for source, dest in binaries if PurePath(dest).name not in UNUSED_PLUGIN_FOLDERS
]
