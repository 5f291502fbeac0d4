"""The lock file pins every dependency pyproject.toml names, at a version its bound allows, so
`make run`, `make test` and CI install the same set on every machine."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def pinned() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==([^\s;]+)", line)
        if match:
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines.extend(extra)
    return [Requirement(line) for line in lines]


def test_every_dependency_is_pinned_at_a_version_its_bound_allows():
    versions = pinned()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in versions, f"{requirement.name} is not in requirements.lock: run make lock"
        assert requirement.specifier.contains(versions[name], prereleases=True), (
            f"requirements.lock pins {name}=={versions[name]}, outside {requirement.specifier}"
        )


def test_the_lock_file_pins_exact_versions_only():
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    requirements = [line for line in lines if line and not line.lstrip().startswith("#")]
    assert requirements
    assert all("==" in line for line in requirements), [
        line for line in requirements if "==" not in line
    ]
