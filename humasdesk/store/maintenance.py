"""Checks and copies of a whole library: `humasdesk check`, `backup` and `restore`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from humasdesk.core import errors
from humasdesk.paths import backups_dir
from humasdesk.store import audit, backups, schema, search_index, session
from humasdesk.store.db import Library, connect_file, open_library

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
    """SQLite's integrity check, each FTS5 index's own check, foreign keys, the audit log's
    hash chain and the schema version (`quick`: only SQLite's quick_check and the schema)."""
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
            report.problems.extend(audit.verify(lib))
            report.problems.extend(search_index.verify(lib))
        if report.schema_version != schema.SCHEMA_VERSION:
            report.problems.append(
                f"schema version {report.schema_version}, expected {schema.SCHEMA_VERSION}"
            )
        report.counts = lib.counts()
    except (sqlite3.DatabaseError, errors.UserError) as exc:
        report.problems.append(str(exc))
    except Exception as exc:  # SQLCipher's own DatabaseError
        if "sqlcipher" not in type(exc).__module__:
            raise
        report.problems.append(str(exc))
    return report


def quick_check_file(path: Path, passphrase: str | None = None) -> list[str]:
    """SQLite's quick_check on a library file without opening it as a library, so a damaged
    file is judged before anything (journal mode, migrations) could write to it.

    Returns the problems found (empty when it is fine). Raises WrongPassphrase.
    """
    if not path.exists():
        return []
    try:
        conn = connect_file(path, passphrase)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows[:10]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except Exception as exc:  # SQLCipher's own DatabaseError
        if "sqlcipher" not in type(exc).__module__:
            raise
        return [str(exc)]
    finally:
        conn.close()


def default_backup_path(library: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backups_dir(library) / f"{library.stem}-{stamp}-{backups.MANUAL}.sqlite"


def backup(lib: Library, target: Path | None = None) -> Path:
    """A verified copy of the open library (encrypted like it), by default in its backups
    folder; see store.backups."""
    return backups.create(lib, backups.MANUAL, Path(target) if target else None).path


def restore(
    library: Path, source: Path, passphrase: str | None = None, *, aside_kind: str = ""
) -> Path:
    """Replaces `library` with the backup `source`; the current file is set aside, not deleted.

    The backup is copied, upgraded and fully checked before anything is replaced, so a bad
    backup leaves the library as it was. Refused while another window has the library open.
    Returns where the current file was set aside.
    """
    source = Path(source)
    if not source.exists():
        raise errors.LibraryNotFound(path=source)
    owner = session.holder(library)
    if owner is not None:
        raise errors.LibraryInUse(path=library, owner=owner.describe())
    staged = library.with_name(library.name + ".restoring")
    _discard(staged)
    try:
        _stage(source, staged, passphrase)
        with open_library(staged, create=False, passphrase=passphrase) as candidate:
            report = check(candidate)
            candidate.execute("PRAGMA journal_mode = DELETE")
        if not report.ok:
            raise errors.LibraryDamaged(path=source, detail="; ".join(report.problems))
        kind = aside_kind or backups.REPLACED
        aside = backups.set_aside(library, kind) if library.exists() else library
        staged.replace(library)
    finally:
        _discard(staged)
    return aside


def _stage(source: Path, staged: Path, passphrase: str | None) -> None:
    """A private copy of `source` to check and migrate, leaving the backup itself unchanged."""
    if passphrase is not None and not _plain(source):
        src = connect_file(source, passphrase)
    else:
        passphrase = None
        _refuse_foreign(source)
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = connect_file(staged, passphrase)
        try:
            src.backup(dest)
        finally:
            dest.close()
    except sqlite3.DatabaseError as exc:
        raise errors.LibraryDamaged(path=source, detail=str(exc)) from exc
    finally:
        src.close()


def _plain(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _refuse_foreign(source: Path) -> None:
    if not _plain(source):
        from humasdesk.store.db import looks_encrypted

        if looks_encrypted(source):
            raise errors.PassphraseNeeded(path=source)
        raise errors.NotALibrary(path=source)


def _discard(staged: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{staged}{suffix}").unlink(missing_ok=True)
