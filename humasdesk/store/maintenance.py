"""Checks and copies of a whole library: `humasdesk check`, `backup` and `restore`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from humasdesk.core import errors
from humasdesk.paths import backups_dir
from humasdesk.store import schema
from humasdesk.store.db import Library, backup_copy, open_library

FTS_TABLES = ("statements_fts", "quotes_fts", "cases_fts")


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(lib: Library, *, quick: bool = False) -> CheckReport:
    """SQLite's integrity check, each FTS5 index's own check, foreign keys and the schema."""
    report = CheckReport(schema_version=lib.schema_version())
    try:
        pragma = "quick_check" if quick else "integrity_check"
        results = [r[0] for r in lib.conn.execute(f"PRAGMA {pragma}").fetchall()]
        if results != ["ok"]:
            report.problems.extend(results[:10])
        if not quick:
            started = not lib.conn.in_transaction
            for table in FTS_TABLES:
                try:
                    lib.conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
                except sqlite3.DatabaseError as exc:
                    report.problems.append(f"{table}: {exc}")
            if started and lib.conn.in_transaction:
                # The check's INSERT opened a write transaction: end it, or every other
                # connection (a background import, another window) stays locked out.
                lib.conn.rollback()
            bad_keys = lib.conn.execute("PRAGMA foreign_key_check").fetchall()
            if bad_keys:
                report.problems.append(f"{len(bad_keys)} broken references")
        if report.schema_version != schema.SCHEMA_VERSION:
            report.problems.append(
                f"schema version {report.schema_version}, expected {schema.SCHEMA_VERSION}"
            )
        report.counts = lib.counts()
    except sqlite3.DatabaseError as exc:
        report.problems.append(str(exc))
    return report


def default_backup_path(library: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backups_dir(library) / f"{library.stem}-{stamp}.sqlite"


def backup(lib: Library, target: Path | None = None) -> Path:
    """A consistent copy of the open library, checked before it is called a backup."""
    target = Path(target) if target else default_backup_path(lib.path)
    if target.exists() and target.resolve() == lib.path.resolve():
        raise errors.InvalidInput(detail=f"{target}")
    try:
        backup_copy(lib.conn, target)
    except OSError as exc:
        raise errors.LibraryReadOnly(path=target.parent) from exc
    conn = sqlite3.connect(target)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise errors.LibraryDamaged(path=target, detail="quick_check")
    finally:
        conn.close()
    return target


def restore(library: Path, source: Path) -> Path:
    """Replaces `library` with the backup `source`; the current file is set aside, not deleted.

    Returns where the current file was set aside.
    """
    source = Path(source)
    if not source.exists():
        raise errors.LibraryNotFound(path=source)
    with open_library(source, create=False) as candidate:
        report = check(candidate)
    if not report.ok:
        raise errors.LibraryDamaged(path=source, detail="; ".join(report.problems))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = backups_dir(library) / f"{library.stem}-replaced-{stamp}.sqlite"
    if library.exists():
        with open_library(library, create=False) as current:
            backup_copy(current.conn, aside)
    with open_library(source, create=False) as candidate:
        staged = library.with_name(library.name + ".restoring")
        backup_copy(candidate.conn, staged)
    for suffix in ("-wal", "-shm"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    staged.replace(library)
    return aside
