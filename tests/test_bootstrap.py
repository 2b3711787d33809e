"""bootstrap.py (./run and ./test) on a machine that lacks Debian's python3-venv."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bootstrap(venv_dir: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("biosparc_bootstrap", ROOT / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "VENV", venv_dir)
    monkeypatch.setattr(module, "PYTHON", venv_dir / "bin" / "python")
    return module


def test_without_ensurepip_it_names_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bootstrap = _bootstrap(tmp_path / ".venv", monkeypatch)
    real = importlib.util.find_spec
    monkeypatch.setattr(
        bootstrap.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "ensurepip" else real(name, *a),
    )
    with pytest.raises(SystemExit) as stopped:
        bootstrap.ensure_venv()
    assert "sudo apt-get install python3-venv" in str(stopped.value.code)
    assert not (tmp_path / ".venv").exists()


def test_a_venv_left_without_pip_is_recognised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bootstrap = _bootstrap(tmp_path / ".venv", monkeypatch)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site = tmp_path / ".venv" / "lib" / version / "site-packages"
    site.mkdir(parents=True)
    assert not bootstrap.venv_has_pip()
    (site / "pip").mkdir()
    assert bootstrap.venv_has_pip()
