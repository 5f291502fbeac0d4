"""The one place that knows where HumasDesk keeps files: library, logs, settings, resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from humasdesk import APP_NAME

LIBRARY_ENV = "HUMASDESK_LIBRARY"
LIBRARY_FILENAME = "library.humasdesk"


def _dirs() -> platformdirs.PlatformDirs:
    # appauthor=False: no "author" folder level on Windows.
    return platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def log_dir() -> Path:
    return Path(_dirs().user_log_dir)


def default_library() -> Path:
    return data_dir() / LIBRARY_FILENAME


def resolve_library(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--library PATH wins, then HUMASDESK_LIBRARY, then the user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_library()


def backups_dir(library: Path) -> Path:
    """Backups live beside the library, in a folder named after it."""
    return library.parent / f"{library.name}-backups"


def resources_dir() -> Path:
    """Source assets: `resources/` in a checkout, `humasdesk/resources` in a wheel or bundle."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return Path(__file__).resolve().parent / "i18n"
