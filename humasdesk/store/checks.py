"""What a library, or a copy of one, must pass to be called good: a list of named checks
(SQLite's integrity check, every full-text index, references, the whole schema, the audit
log). `humasdesk check`, every backup before it is kept and a restore's choice of backup run
the same list; another check (an index stored beside the library) joins it with `register`.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from humasdesk.core.errors import UserError
from humasdesk.core.problems import (
    BROKEN_REFERENCES,
    SCHEMA_VERSION,
    SEARCH_INDEX,
    TRIGGER_CHANGED,
    Problem,
    from_sqlite,
    missing,
)
from humasdesk.store import schema


@dataclass
class Target:
    """What a check looks at: a connection to the file, the library it belongs to (a backup
    copy's library is the one it was made of), and whether only the quick checks run."""

    conn: sqlite3.Connection
    library: Path
    quick: bool = False
    file: Path | None = None  # the file behind `conn`, when its size is to be judged
    copy: bool = False  # a backup: an older schema is fine (a restore upgrades it)


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Target], list[str]]
    quick: bool = False  # also part of the quick check (after a crash, before opening)


CHECKS: list[Check] = []


def register(name: str, run: Callable[[Target], list[str]], *, quick: bool = False) -> None:
    """Adds a check; `run(target)` returns the problems it found, in words."""
    CHECKS[:] = [c for c in CHECKS if c.name != name]
    CHECKS.append(Check(name, run, quick))


def run(
    conn: sqlite3.Connection,
    library: Path,
    *,
    quick: bool = False,
    file: Path | None = None,
    copy: bool = False,
) -> dict[str, list[str]]:
    """Every check's problems by name (a check with none is listed with an empty list)."""
    target = Target(conn, library, quick, file, copy)
    found: dict[str, list[str]] = {}
    for check in CHECKS:
        if quick and not check.quick:
            continue
        try:
            found[check.name] = check.run(target)
        except (sqlite3.DatabaseError, UserError) as exc:
            found[check.name] = [_in_words(str(exc))]
        except Exception as exc:  # SQLCipher's own DatabaseError
            if "sqlcipher" not in type(exc).__module__:
                raise
            found[check.name] = [_in_words(str(exc))]
        finally:
            if conn.in_transaction:
                # A check's INSERT opened a write transaction: end it, or every other
                # connection (a background import, another window) stays locked out.
                conn.rollback()
    return found


def problems(conn: sqlite3.Connection, library: Path, *, copy: bool = False) -> list[str]:
    """Every problem the full check finds."""
    return [p for found in run(conn, library, copy=copy).values() for p in found]


def _in_words(text: str) -> str:
    return from_sqlite(text)


# ----- the checks


def file_size(target: Target) -> list[str]:
    """A file cut short, or not a whole number of pages (SQLite reads what is missing as
    zeros, and its own check can pass)."""
    from humasdesk.store.db import SQLITE_HEADER, _shape_damage

    if target.file is None or not target.file.is_file():
        return []
    with target.file.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        return []  # encrypted: its header is not readable without the key
    found = _shape_damage(target.file, header)
    return [found] if found else []


def integrity(target: Target) -> list[str]:
    pragma = "quick_check" if target.quick else "integrity_check"
    results = [str(r[0]) for r in target.conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if results == ["ok"] else results[:10]


def fts_tables() -> list[str]:
    return sorted(
        name
        for (kind, name), sql in expected_schema().items()
        if kind == "table" and "USING FTS5" in sql.upper()
    )


def search_indexes(target: Target) -> list[str]:
    """FTS5's own check of each full-text index against its rows. It is written as an
    INSERT, which a read-only connection refuses: those are checked on a private copy."""
    try:
        return _fts_problems(target.conn)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc).lower():
            raise
    with _private_copy(target.conn) as copy:
        if copy is None:
            return []  # an encrypted library opened read-only: SQLite's checks still ran
        return _fts_problems(copy)


def _fts_problems(conn: sqlite3.Connection) -> list[str]:
    found: list[str] = []
    for table in fts_tables():
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc).lower():
                raise
            found.append(Problem(SEARCH_INDEX, table=table, problem=_in_words(str(exc))))
    return found


@contextlib.contextmanager
def _private_copy(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection | None]:
    if not isinstance(conn, sqlite3.Connection) or type(conn).__module__.startswith("sqlcipher"):
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="humasdesk-check-") as folder:
        copy = sqlite3.connect(Path(folder) / "copy.sqlite")
        try:
            conn.backup(copy)
            yield copy
        finally:
            copy.close()


def references(target: Target) -> list[str]:
    bad = target.conn.execute("PRAGMA foreign_key_check").fetchall()
    return [Problem(BROKEN_REFERENCES, count=len(bad))] if bad else []


@functools.cache
def expected_schema() -> dict[tuple[str, str], str]:
    """Every table, index, trigger and view the migrations make, as a new library has them:
    (type, name) -> its SQL, whitespace folded."""
    from humasdesk.store.db import _migrate

    conn = sqlite3.connect(":memory:")
    try:
        _migrate(conn)
        return _schema_of(conn)
    finally:
        conn.close()


@functools.cache
def expected_columns() -> dict[str, tuple[str, ...]]:
    """Every ordinary table's columns, as a new library has them."""
    from humasdesk.store.db import _migrate

    conn = sqlite3.connect(":memory:")
    try:
        _migrate(conn)
        return _columns_of(conn, [n for (k, n), sql in expected_schema().items() if k == "table"])
    finally:
        conn.close()


def _columns_of(conn: sqlite3.Connection, tables: list[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for table in tables:
        rows = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
        if rows:
            found[table] = tuple(str(r[1]) for r in rows)
    return found


def missing_columns(conn: sqlite3.Connection) -> list[str]:
    """'table.column' of every column the schema has and the file's tables lack."""
    present = _columns_of(conn, list(expected_columns()))
    return [
        f"{table}.{column}"
        for table, columns in sorted(expected_columns().items())
        if table in present
        for column in columns
        if column not in present[table]
    ]


def _schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(str(t), str(n)): " ".join(str(sql).split()) for t, n, sql in rows}


def schema_shape(target: Target) -> list[str]:
    """The schema version, and every object the migrations make, present and (for triggers,
    which guard the audit log) unchanged."""
    found: list[str] = []
    version = int(target.conn.execute("PRAGMA user_version").fetchone()[0])
    if version < schema.SCHEMA_VERSION and target.copy:
        return found  # a backup from before an upgrade: its objects are an older version's
    if version != schema.SCHEMA_VERSION:
        found.append(Problem(SCHEMA_VERSION, found=version, expected=schema.SCHEMA_VERSION))
        return found  # an older library's objects differ until it is upgraded
    present = _schema_of(target.conn)
    for (kind, name), sql in sorted(expected_schema().items()):
        if (kind, name) not in present:
            found.append(missing(kind, name))
        elif kind == "trigger" and present[(kind, name)] != sql:
            found.append(Problem(TRIGGER_CHANGED, name=name))
    found.extend(missing("column", column) for column in missing_columns(target.conn))
    return found


def schema_damage(library: Path) -> list[str]:
    """`schema_shape` of a plain library file, read-only: after an error no query explains
    (a row without a column the code reads), whether the file lost part of its schema."""
    from humasdesk.store.db import SQLITE_HEADER, _read_only_uri

    try:
        with library.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return []
        conn = sqlite3.connect(_read_only_uri(library), uri=True)
    except (OSError, sqlite3.Error):
        return []
    try:
        return schema_shape(Target(conn, library))
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def audit_log(target: Target) -> list[str]:
    from humasdesk.store import audit

    return audit.verify_connection(target.conn, target.library)


register("file size", file_size, quick=True)
register("integrity", integrity, quick=True)
register("search indexes", search_indexes)
register("references", references)
register("schema", schema_shape, quick=True)
register("audit log", audit_log)
