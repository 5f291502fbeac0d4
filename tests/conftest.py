"""Every test runs with its own user folders and library, never the real ones."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from humasdesk.store.db import Library, open_library

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(scope="session", autouse=True)
def _qapp_first(qapp):  # type: ignore[no-untyped-def]
    """The CLI makes a QCoreApplication when none exists; a QApplication must come first."""
    return qapp


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Points HOME and the XDG folders at a temporary folder for each test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("HUMASDESK_LIBRARY", raising=False)
    return home


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "kantor.humasdesk"


@pytest.fixture
def lib(library_path: Path) -> Iterator[Library]:
    """A fresh, empty library."""
    with open_library(library_path) as opened:
        yield opened


@pytest.fixture
def sample_lib(library_path: Path) -> Iterator[Library]:
    """A library holding the sample data a newcomer is offered."""
    from humasdesk.store import sample

    with open_library(library_path) as opened:
        sample.install(opened)
        yield opened


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The interface in English for the test, Indonesian again afterwards."""
    from humasdesk import translate

    translate.install("en")
    yield
    translate.install("id")


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not present")
    return CORPORA


@pytest.fixture
def resist():  # type: ignore[no-untyped-def]
    """The newest shipped edition of the RESIST checklist."""
    from humasdesk.core import checklist

    editions, _problems = checklist.available()
    found = checklist.latest(editions, checklist.DEFAULT_ID)
    assert found is not None
    return found
