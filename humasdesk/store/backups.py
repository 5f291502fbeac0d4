"""Verified, rotated backups of a library, kept beside it in `<library>-backups/`.

A backup is only called one after SQLite's backup API wrote it, the full check passed on the
copy (store.checks: integrity, every search index, the schema, the audit log) and its size
matches its page count. Automatic backups (every 30 minutes while the
library changes, and on exit) are thinned out like Time Machine's: the newest per hour for 48
hours, per day for 14 days, per week for 8 weeks and per month for 12 months. Backups made by
hand, before a migration, and files set aside by a restore or as damaged are never rotated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.problems import COPY_SIZE, EMPTY_COPY, Problem, from_sqlite, joined
from humasdesk.paths import backups_dir
from humasdesk.store import audit
from humasdesk.store.db import (
    ENCRYPTING,
    RESTORING,
    Library,
    clear_damaged,
    connect_file,
    looks_encrypted,
)

AUTO = "auto"
EXIT = "exit"
MANUAL = "manual"
BEFORE_MIGRATION = "before-migration"
REPLACED = "replaced"
DAMAGED = "damaged"
ROTATED = frozenset({AUTO, EXIT})
AUTO_INTERVAL_MINUTES = 30
SUFFIX = ".sqlite"
INDEX = ".index"  # a sidecar JSON per backup: date, counts, kind (listing needs no key)

# (name, how many periods to keep, strftime key of the period), as in Borg's prune.
RETENTION: tuple[tuple[str, int, str], ...] = (
    ("hourly", 48, "%Y-%m-%d %H"),
    ("daily", 14, "%Y-%m-%d"),
    ("weekly", 8, "%G-W%V"),
    ("monthly", 12, "%Y-%m"),
)
_NAME = re.compile(r"-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<kind>[a-z-]+)\.sqlite$")
COUNTED = ("statements", "quotes", "cases")


@dataclass
class Backup:
    path: Path
    created: dt.datetime  # aware, UTC
    kind: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    encrypted: bool = False
    audit_head: str = ""  # the audit log's newest entry when it was made (store.audit)

    @property
    def local_time(self) -> dt.datetime:
        return self.created.astimezone()


def _stamp(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y%m%d-%H%M%S")


def _target(library: Path, kind: str, at: dt.datetime, folder: Path | None = None) -> Path:
    folder = folder or backups_dir(library)
    base = f"{library.stem}-{_stamp(at)}"
    target = folder / f"{base}-{kind}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}-{kind}{SUFFIX}"
        n += 1
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in COUNTED:
        with contextlib.suppress(sqlite3.Error, Exception):
            counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return counts


def _verify(conn: sqlite3.Connection, partial: Path, library: Path) -> str:
    """Empty when the copy is good, else what is wrong with it."""
    from humasdesk.store import checks

    found = checks.problems(conn, library, copy=True)
    if found:
        return joined(found[:10])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if pages < 1:
        return Problem(EMPTY_COPY)
    size = partial.stat().st_size
    # SQLCipher pages hold their own reserve; the file size is still pages x page size.
    if size != pages * page_size:
        return Problem(COPY_SIZE, size=size, pages=pages, page_size=page_size)
    return ""


def _environment_error(exc: BaseException, where: Path) -> errors.UserError | None:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return errors.DiskFull(path=where)
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return errors.LibraryReadOnly(path=where)
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        return errors.LibraryReadOnly(path=where)
    return None


def create_from(
    source: sqlite3.Connection,
    library: Path,
    *,
    kind: str = MANUAL,
    passphrase: str | None = None,
    target: Path | None = None,
    note: str = "",
    at: dt.datetime | None = None,
) -> Backup:
    """Copies the live database behind `source` and verifies the copy before keeping it.

    An encrypted library's backup is encrypted with the same passphrase. Automatic kinds are
    rotated afterwards. Raises BackupFailed, DiskFull or LibraryReadOnly; the library itself
    is never changed.
    """
    at = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    in_folder = target is None
    final = target if target is not None else _target(library, kind, at)
    partial = final.with_name(final.name + ".part")
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        dest = connect_file(partial, passphrase)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
            problem = _verify(dest, partial, library)
            counts = _counts(dest)
            version = int(dest.execute("PRAGMA user_version").fetchone()[0])
            head = audit.head(dest)
        finally:
            dest.close()
        if problem:
            raise errors.BackupFailed(path=library, detail=problem)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(final)
        _fsync_dir(final.parent)
    except errors.UserError:
        partial.unlink(missing_ok=True)
        raise
    except Exception as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        mapped = _environment_error(exc, final.parent)
        if mapped is not None:
            raise mapped from exc
        raise errors.BackupFailed(path=library, detail=from_sqlite(str(exc))) from exc
    backup = Backup(
        path=final,
        created=at,
        kind=kind,
        size=final.stat().st_size,
        counts=counts,
        schema_version=version,
        encrypted=passphrase is not None,
        audit_head=head,
    )
    if in_folder:
        _write_sidecar(backup, note)
        if kind in ROTATED:
            rotate(library)
    return backup


def create(lib: Library, kind: str = MANUAL, target: Path | None = None) -> Backup:
    """A verified backup of an open library (into its backups folder unless `target`)."""
    if target is not None and target.exists() and target.resolve() == lib.path.resolve():
        raise errors.InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A backup cannot be written over the library itself ({path}). Choose another file.",
            ),
            path=target,
        )
    return create_from(lib.conn, lib.path, kind=kind, passphrase=lib.passphrase, target=target)


def _sidecar(path: Path) -> Path:
    return path.parent / INDEX / f"{path.name}.json"


def create_for(library: Path, kind: str = AUTO, passphrase: str | None = None) -> Backup:
    """A verified backup through a connection of its own (for a background thread)."""
    conn = connect_file(library, passphrase)
    try:
        return create_from(conn, library, kind=kind, passphrase=passphrase)
    finally:
        conn.close()


def _write_sidecar(backup: Backup, note: str = "") -> None:
    data = {
        "created": backup.created.isoformat(),
        "kind": backup.kind,
        "counts": backup.counts,
        "schema_version": backup.schema_version,
        "encrypted": backup.encrypted,
        "audit_head": backup.audit_head,
        "note": note,
    }
    with contextlib.suppress(OSError):
        sidecar = _sidecar(backup.path)
        sidecar.parent.mkdir(exist_ok=True)
        sidecar.write_text(json.dumps(data), encoding="utf-8")


def _read(path: Path) -> Backup | None:
    match = _NAME.search(path.name)
    if match is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    local = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").astimezone()
    backup = Backup(path=path, created=local.astimezone(dt.UTC), kind=match["kind"], size=size)
    backup.encrypted = looks_encrypted(path)
    try:
        data: dict[str, Any] = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return backup
    with contextlib.suppress(KeyError, TypeError, ValueError):
        backup.created = dt.datetime.fromisoformat(data["created"]).astimezone(dt.UTC)
        backup.kind = str(data["kind"])
        backup.counts = {k: int(v) for k, v in data.get("counts", {}).items()}
        backup.schema_version = int(data.get("schema_version", 0))
        backup.encrypted = bool(data.get("encrypted", False))
        backup.audit_head = str(data.get("audit_head", ""))
    return backup


def listing(library: Path, *, include_damaged: bool = False) -> list[Backup]:
    """The library's backups, newest first."""
    folder = backups_dir(library)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{SUFFIX}") if (b := _read(p)) is not None]
    if not include_damaged:
        found = [b for b in found if b.kind != DAMAGED]
    return sorted(found, key=lambda b: b.created, reverse=True)


def to_keep(backups: list[Backup]) -> set[Path]:
    """Which automatic backups the retention rules keep: the newest of each period."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    keep: set[Path] = {ordered[0].path} if ordered else set()
    local = [(backup, backup.local_time) for backup in ordered]
    for _name, count, period in RETENTION:
        seen: set[str] = set()
        for backup, when in local:
            key = when.strftime(period)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(backup.path)
    return keep


def rotate(library: Path) -> list[Path]:
    """Deletes the automatic backups the retention rules no longer keep; returns them."""
    automatic = [b for b in listing(library) if b.kind in ROTATED]
    keep = to_keep(automatic)
    removed: list[Path] = []
    for backup in automatic:
        if backup.path in keep:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            _sidecar(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def problems(path: Path, library: Path, passphrase: str | None = None) -> list[str]:
    """What the full check (store.checks) finds wrong with a backup file; its content is not
    changed (the search indexes' check is written as an INSERT that writes nothing)."""
    from humasdesk.store import checks

    try:
        conn = connect_file(path, passphrase)
        try:
            return checks.problems(conn, library, copy=True)
        finally:
            conn.rollback()
            conn.close()
    except (sqlite3.Error, errors.UserError) as exc:
        return [str(exc)]
    except Exception as exc:  # SQLCipher's own error classes
        return [str(exc)]


def is_good(path: Path, passphrase: str | None = None, library: Path | None = None) -> bool:
    """Whether a backup file opens and passes the full check (it is not changed)."""
    try:
        if not _plain_or_encrypted(path, passphrase):
            return False
        return not problems(path, library or path, passphrase)
    except (sqlite3.Error, errors.UserError):
        return False
    except Exception:  # SQLCipher's own error classes
        return False


def _plain_or_encrypted(path: Path, passphrase: str | None) -> bool:
    with path.open("rb") as handle:
        plain = handle.read(16) == b"SQLite format 3\x00"
    return plain if passphrase is None else plain or looks_encrypted(path)


def newest_good(library: Path, passphrase: str | None = None) -> Backup | None:
    """The most recent backup that passes the full check, if any."""
    for backup in listing(library):
        if backup.kind == REPLACED:
            continue
        if is_good(backup.path, passphrase if backup.encrypted else None, library):
            return backup
    return None


PARTIAL_PATTERNS = ("*.part", "*.part-journal", "*.part-wal", "*.part-shm")


def leftovers(library: Path) -> list[Path]:
    """What a backup, restore or encryption killed half-way left behind: unfinished copies
    in the backups folder and staging files beside the library."""
    found: list[Path] = []
    folder = backups_dir(library)
    if folder.is_dir():
        for pattern in PARTIAL_PATTERNS:
            found.extend(folder.glob(pattern))
    for suffix in (RESTORING, ENCRYPTING):
        for companion in ("", "-journal", "-wal", "-shm"):
            staged = Path(f"{library}{suffix}{companion}")
            if staged.exists():
                found.append(staged)
    return sorted(found)


def clean_leftovers(library: Path) -> list[Path]:
    """Deletes `leftovers(library)`: none is a backup (a backup is only renamed into place
    once verified). Call it holding the library (a window's lock, a command's open)."""
    removed: list[Path] = []
    for leftover in leftovers(library):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def set_aside(library: Path, kind: str = DAMAGED) -> Path:
    """Moves the library (with its -wal and -shm) into the backups folder; never deletes it.

    The caller must have closed every connection to it.
    """
    target = _target(library, kind, dt.datetime.now(dt.UTC))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        library.replace(target)
        for suffix in ("-wal", "-shm"):
            companion = Path(f"{library}{suffix}")
            if companion.exists():
                companion.replace(Path(f"{target}{suffix}"))
    except OSError as exc:
        raise errors.LibraryReadOnly(path=library.parent) from exc
    _fsync_dir(target.parent)
    clear_damaged(library)  # what was known of that file went with it
    return target
