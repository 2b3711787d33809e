"""Where a laptop keeps its device token: the system keyring, or else a file only
the user can read (and the app says so)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SERVICE = "biosparc-desktop-sync"
TOKEN_FILE = "sync-token"


def save(data_dir: Path, account: str, token: str) -> bool:
    """Keep the token; returns True when it went to a file instead of a keyring."""
    try:
        import keyring

        keyring.set_password(SERVICE, account, token)
        if keyring.get_password(SERVICE, account) == token:
            _remove_file(data_dir)
            return False
    except Exception:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / TOKEN_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
    os.chmod(path, 0o600)
    return True


def load(data_dir: Path, account: str, in_file: bool) -> str | None:
    if in_file:
        path = data_dir / TOKEN_FILE
        return path.read_text(encoding="utf-8").strip() if path.exists() else None
    try:
        import keyring

        return keyring.get_password(SERVICE, account)
    except Exception:
        return None


def forget(data_dir: Path, account: str) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(SERVICE, account)
    _remove_file(data_dir)


def _remove_file(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / TOKEN_FILE).unlink()
