"""pyproject.toml's metadata and the pinned versions the bundle is built from."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

from packaging.licenses import canonicalize_license_expression
from packaging.requirements import Requirement
from packaging.version import Version

from tests.packaging.helpers import PACKAGING, ROOT

CONSTRAINTS = PACKAGING / "constraints.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, equals, version = line.partition("==")
        assert equals and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name), line
        pins[_normalise(name)] = Version(version)
    return pins


def _bundle_requirements() -> list[Requirement]:
    """What the bundle's virtualenv installs: the app's dependencies and the packaging extra."""
    project = PYPROJECT["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["packaging"]]
    return [Requirement(line) for line in lines]


def test_the_licence_is_an_spdx_expression() -> None:
    # setuptools refuses the table form ({ text = "..." }) from February 2027.
    licence = PYPROJECT["project"]["license"]
    assert isinstance(licence, str)
    assert canonicalize_license_expression(licence) == licence
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"]  # PEP 639 support


def test_every_pin_is_exact_and_listed_once() -> None:
    lines = [
        line
        for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(_pins()) == len(lines)
    assert "biosparc-desktop" not in _pins()


def test_the_pins_satisfy_pyproject() -> None:
    """A dependency raised in pyproject.toml fails here until tools/lock_bundle.py is run."""
    pins = _pins()
    for requirement in _bundle_requirements():
        name = _normalise(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned: run tools/lock_bundle.py"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{requirement.name}=={pins[name]} does not satisfy {requirement}: "
            "run tools/lock_bundle.py"
        )


def test_everything_the_bundle_installs_is_pinned() -> None:
    """The whole tree under the app's and the packaging extra's requirements (as installed
    here), not just the direct ones: otherwise a library deep down floats to its newest."""
    pins = _pins()
    needed: set[str] = set()
    todo = [requirement.name for requirement in _bundle_requirements()]
    while todo:
        name = _normalise(todo.pop())
        if name in needed:
            continue
        needed.add(name)
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed in the test environment: its own pin is checked above
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    # pip, setuptools and wheel are the installer's own; pip freeze leaves them out.
    unpinned = sorted(needed - set(pins) - {"pip", "setuptools", "wheel"})
    assert unpinned == [], f"not pinned: {unpinned}; run tools/lock_bundle.py"


def test_the_ci_build_installs_through_the_constraints() -> None:
    script = (PACKAGING / "ci_build_linux.sh").read_text(encoding="utf-8")
    assert "-c packaging/constraints.txt -e '.[packaging]'" in script
    assert "build/bundle-venv" in script
    lock = (ROOT / "tools" / "lock_bundle.py").read_text(encoding="utf-8")
    assert 'OUTPUT = ROOT / "packaging" / "constraints.txt"' in lock
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "tools/lock_bundle.py" in readme and "-c packaging/constraints.txt" in readme
