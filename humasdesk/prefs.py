"""The user's preferences across libraries (language, recent libraries, window layout), kept
as one small JSON file in the user config dir. Per-library settings live in the library."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from humasdesk.paths import config_dir

MAX_RECENT = 8


@dataclass
class Prefs:
    language: str = "id"
    recent_libraries: list[str] = field(default_factory=list)
    window_geometry: str = ""
    window_state: str = ""
    sample_offered: list[str] = field(default_factory=list)
    export_format: str = ""  # the last export's format ("" before the first: DOCX)
    export_folder: str = ""  # where the last export or report went ("": Documents)

    def remember_library(self, path: Path) -> None:
        text = str(path)
        self.recent_libraries = [text, *(p for p in self.recent_libraries if p != text)]
        del self.recent_libraries[MAX_RECENT:]


def _file() -> Path:
    return config_dir() / "prefs.json"


def load() -> Prefs:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Prefs()
    known = {k: v for k, v in data.items() if k in Prefs.__dataclass_fields__}
    try:
        return Prefs(**known)
    except TypeError:
        return Prefs()


def save(prefs: Prefs) -> None:
    """Writes atomically: a crash mid-write leaves the previous file, never half a file."""
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # saving is rarer than starting

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".prefs-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(prefs), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
