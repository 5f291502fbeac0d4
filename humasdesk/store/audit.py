"""The append-only audit log: status changes, exports of embargoed statements and case
decisions. Each entry's hash covers the previous entry's hash, so a removed or edited entry
breaks the chain and `humasdesk check` says where.

The newest entry ("the head": its number and hash) is also written outside the table: in the
library's settings and in every backup's index record. The chain must still hold each
recorded head, so cutting entries off its end, emptying it, or rewriting it with hashes worked
out again shows too."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from humasdesk.core.problems import (
    AUDIT_MISMATCH,
    AUDIT_REMOVED,
    AUDIT_REWRITTEN,
    IN_BACKUP,
    IN_SETTINGS,
    Problem,
)
from humasdesk.store import batch
from humasdesk.store.db import Library, now

GENESIS = "0" * 64
HEAD_SETTING = "audit.head"  # "seq:hash" of the newest entry
RESTORED_SETTING = "audit.restored_at"  # backups made after it recorded a later chain


def _digest(prev_hash: str, at: str, action: str, entity: str, entity_id: str, detail: str) -> str:
    payload = json.dumps([prev_hash, at, action, entity, entity_id, detail], ensure_ascii=False)
    import hashlib  # with the first audited change, not at start (OpenSSL loads with it)

    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(lib: Library, action: str, entity: str, entity_id: str, detail: str = "") -> None:
    """Appends one entry; call it inside the transaction that makes the change it records."""
    with batch.atomic(lib):
        prev = lib.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1") or GENESIS
        at = now()
        digest = _digest(prev, at, action, entity, entity_id, detail)
        cursor = lib.conn.execute(
            "INSERT INTO audit_log(at, action, entity, entity_id, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                at,
                action,
                entity,
                entity_id,
                detail,
                prev,
                digest,
            ],
        )
        lib.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [HEAD_SETTING, f"{cursor.lastrowid}:{digest}"],
        )


def head(conn: sqlite3.Connection) -> str:
    """The newest entry as "seq:hash" ("" for an empty log): what backups record."""
    with contextlib.suppress(sqlite3.Error):
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        if row:
            return f"{row[0]}:{row[1]}"
    return ""


def verify(lib: Library) -> list[str]:
    """Problems in the chain (empty when it is whole)."""
    return verify_connection(lib.conn, lib.path)


def verify_connection(conn: sqlite3.Connection, library: Path) -> list[str]:
    """Problems in the chain of the library (or backup copy) behind `conn`: an entry that
    does not match it, a head recorded in its settings or in `library`'s backups that the
    chain no longer holds."""
    problems: list[str] = []
    prev = GENESIS
    hashes: dict[int, str] = {}
    rows = conn.execute(
        "SELECT seq, at, action, entity, entity_id, detail, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    )
    for seq, at, action, entity, entity_id, detail, prev_hash, digest in rows:
        expected = _digest(prev, at, action, entity, entity_id, detail)
        if prev_hash != prev or digest != expected:
            problems.append(Problem(AUDIT_MISMATCH, seq=seq))
        hashes[int(seq)] = str(digest)
        prev = digest
    for where, recorded in _recorded_heads(conn, library):
        seq_text, _, digest = recorded.partition(":")
        if not seq_text.isdigit():
            continue
        seq = int(seq_text)
        if seq not in hashes:
            problems.append(Problem(AUDIT_REMOVED, seq=seq, where=where))
        elif hashes[seq] != digest:
            problems.append(Problem(AUDIT_REWRITTEN, seq=seq, where=where))
    return problems


def _setting(conn: sqlite3.Connection, key: str) -> str:
    with contextlib.suppress(sqlite3.Error):
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row and row[0] is not None else ""
    return ""


def _recorded_heads(conn: sqlite3.Connection, library: Path) -> list[tuple[str, str]]:
    """(where, "seq:hash") of every head recorded outside the table."""
    found: list[tuple[str, str]] = []
    own = _setting(conn, HEAD_SETTING)
    if own:
        found.append((Problem(IN_SETTINGS), own))
    from humasdesk.store import backups

    restored = _setting(conn, RESTORED_SETTING)
    for backup in backups.listing(library):
        if not backup.audit_head or backup.kind == backups.REPLACED:
            continue
        if restored and backup.created.isoformat() > restored:
            continue  # a restore went back to before it: its later entries are gone for good
        found.append((Problem(IN_BACKUP, name=backup.path.name), backup.audit_head))
    return found
