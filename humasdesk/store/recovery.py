"""Autosaved edits that were not yet saved: one record per open editor, written while the
officer types and offered back on the next start after a crash or a kill.

A record is written in its own transaction on a connection with `synchronous = FULL` (see
store.db), so once `write` returns it is on disk. An explicit save or a discard clears it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from humasdesk.core.records import Statement
from humasdesk.store.db import Library, new_id, now

NEW_PREFIX = "new:"


@dataclass
class Draft:
    key: str
    statement_id: str | None
    saved_at: str
    snapshot: dict[str, Any]

    @property
    def title(self) -> str:
        return str(self.snapshot.get("title", ""))

    def words(self) -> str:
        """The start of what was typed, to recognise the draft by."""
        for name in ("body", "lead", "title"):
            text = str(self.snapshot.get(name, "")).strip()
            if text:
                return text
        return ""


def new_key() -> str:
    """A key for an editor holding a statement that was never saved."""
    return NEW_PREFIX + new_id()


def key_for(statement_id: str) -> str:
    return statement_id


def write(lib: Library, key: str, statement_id: str | None, snapshot: dict[str, Any]) -> None:
    """Stores the editor's current content under `key`, replacing the previous record."""
    with lib.atomic():
        lib.execute(
            "INSERT INTO recovery(key, statement_id, saved_at, snapshot) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET statement_id = excluded.statement_id, "
            "saved_at = excluded.saved_at, snapshot = excluded.snapshot",
            [key, statement_id, now(), json.dumps(snapshot, ensure_ascii=False)],
        )


def pending(lib: Library) -> list[Draft]:
    """Every unsaved draft, newest first."""
    rows = lib.query("SELECT * FROM recovery ORDER BY saved_at DESC, rowid DESC")
    found = []
    for row in rows:
        try:
            data = json.loads(row["snapshot"])
        except ValueError:
            continue
        if isinstance(data, dict):
            found.append(Draft(row["key"], row["statement_id"], row["saved_at"], data))
    return found


def get(lib: Library, key: str) -> Draft | None:
    return next((d for d in pending(lib) if d.key == key), None)


def clear(lib: Library, key: str) -> None:
    with lib.atomic():
        lib.execute("DELETE FROM recovery WHERE key = ?", [key])


def snapshot_of(st: Statement, **extra: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return {**asdict(st), **extra}
