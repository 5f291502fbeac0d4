"""Checks and copies of a whole library: `humasdesk check`, `backup` and `restore`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from humasdesk.core import errors, problems
from humasdesk.paths import backups_dir
from humasdesk.store import audit, backups, checks, search_index, session
from humasdesk.store.db import (
    RESTORING,
    Library,
    clear_damaged,
    connect_file,
    mark_damaged,
    now,
    open_library,
)

SEARCH_ENGINE = "search engine index"  # the tantivy index beside the library (derived)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    checks: dict[str, list[str]] = field(default_factory=dict)  # each named check's problems

    @property
    def ok(self) -> bool:
        return not self.problems


def check(lib: Library, *, quick: bool = False) -> CheckReport:
    """Every check of store.checks (`quick`: SQLite's quick_check and the schema), and what a
    library known to be damaged was found to have."""
    report = CheckReport()
    try:
        report.schema_version = lib.schema_version()
    except errors.UserError as exc:
        report.problems.append(problems.detail_of(exc))
        return report
    report.checks = checks.run(lib.conn, lib.path, quick=quick, file=lib.path)
    if not quick:
        # Derived from the library and rebuilt from it on the next open: reported, but
        # never a reason to call the library itself damaged (see check_library).
        report.checks[SEARCH_ENGINE] = search_index.verify(lib)
    report.problems = [p for found in report.checks.values() for p in found]
    try:
        report.counts = lib.counts()
    except (sqlite3.DatabaseError, errors.UserError) as exc:
        report.problems.append(str(exc))
    except Exception as exc:  # SQLCipher's own DatabaseError
        if "sqlcipher" not in type(exc).__module__:
            raise
        report.problems.append(str(exc))
    return report


def check_library(lib: Library) -> CheckReport:
    """`check` of the library itself (not a copy): the result is remembered, so a library
    found damaged opens read-only, and one that passes again is written as before."""
    report = check(lib)
    damage = [p for p in report.problems if p not in report.checks.get(SEARCH_ENGINE, [])]
    if not damage:
        clear_damaged(lib.path)
    elif not lib.damaged:
        mark_damaged(lib.path, problems.joined(damage[:3]))
    return report


def quick_check_file(path: Path, passphrase: str | None = None) -> list[str]:
    """SQLite's quick_check on a library file without opening it as a library, so a damaged
    file is judged before anything (journal mode, migrations) could write to it.

    Returns the problems found (empty when it is fine). Raises WrongPassphrase.
    """
    if not path.exists():
        return []
    try:
        # Read-only: a read-write connection would merge the -wal into the file on closing,
        # before the version in it (maybe a newer HumasDesk's) was looked at.
        conn = connect_file(path, passphrase, read_only=True)
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
    staged = library.with_name(library.name + RESTORING)
    _discard(staged)
    try:
        _stage(source, staged, passphrase)
        with open_library(staged, create=False, passphrase=passphrase) as candidate:
            # Backups made after this one recorded audit entries the restore takes back:
            # their records are not held against the restored chain (store.audit).
            candidate.set_setting(audit.RESTORED_SETTING, now())
            report = check(candidate)
            candidate.execute("PRAGMA journal_mode = DELETE")
        if not report.ok:
            raise errors.LibraryDamaged(path=source, detail=problems.joined(report.problems))
        kind = aside_kind or backups.REPLACED
        aside = backups.set_aside(library, kind) if library.exists() else library
        staged.replace(library)
        clear_damaged(library)
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
        raise errors.LibraryDamaged(path=source, detail=problems.from_sqlite(str(exc))) from exc
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
