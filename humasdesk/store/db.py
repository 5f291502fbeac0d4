"""Opens a library file: the one place that connects to SQLite, sets its pragmas, checks the
schema version and runs migrations (after a backup of the file)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from humasdesk.core import errors
from humasdesk.store import schema

APPLICATION_ID = 0x48554D44  # "HUMD": marks the file as a HumasDesk library
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """The current time as stored in the library: ISO 8601, UTC, seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


@contextlib.contextmanager
def user_errors(path: Path) -> Iterator[None]:
    """Turns SQLite's environment errors into messages a user can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise errors.LibraryLocked(path=path) from exc
        if "readonly" in text or "read-only" in text:
            raise errors.LibraryReadOnly(path=path) from exc
        if "full" in text:
            raise errors.DiskFull(path=path) from exc
        if "malformed" in text or "corrupt" in text or "disk i/o" in text:
            raise errors.LibraryDamaged(path=path, detail=str(exc)) from exc
        raise
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise
        raise errors.LibraryDamaged(path=path, detail=str(exc)) from exc


class Library:
    """An open library file. Not shared between threads: each worker opens its own."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path = path
        self.db = db
        self.closed = False

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        if self.closed:
            return
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA optimize")
        self.db.close()
        self.closed = True

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction: everything inside is written, or nothing is."""
        with user_errors(self.path), self.db.atomic() as db:
            yield db

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with user_errors(self.path):
            return list(self.db.query(sql, params))

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with user_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        with user_errors(self.path):
            return self.db.execute(sql, params)

    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def get_setting(self, key: str, default: str = "") -> str:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return default if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self.atomic():
            self.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def counts(self) -> dict[str, int]:
        """Record counts shown in the status bar and by `humasdesk check`."""
        return {
            "statements": int(self.scalar("SELECT count(*) FROM statements")),
            "quotes": int(self.scalar("SELECT count(*) FROM quotes WHERE review != 'rejected'")),
            "cases": int(self.scalar("SELECT count(*) FROM cases")),
        }

    def is_empty(self) -> bool:
        return not any(self.counts().values())


def _read_header(path: Path) -> tuple[int, int] | None:
    """(application_id, user_version) from the file header, without opening it in SQLite.

    None for an empty file. Reading the header needs no write lock and changes nothing, so a
    file from a newer HumasDesk is refused before any pragma could touch it.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise errors.NotALibrary(path=path)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def _check_header(path: Path) -> int:
    """Returns the file's schema version; refuses foreign and too-new files untouched."""
    found = _read_header(path)
    if found is None:
        return 0
    application_id, user_version = found
    if application_id not in (0, APPLICATION_ID):
        raise errors.NotALibrary(path=path)
    if application_id == 0 and user_version == 0 and _has_foreign_tables(path):
        raise errors.NotALibrary(path=path)
    if user_version > schema.SCHEMA_VERSION:
        raise errors.LibraryTooNew(path=path, found=user_version, known=schema.SCHEMA_VERSION)
    return user_version


def _has_foreign_tables(path: Path) -> bool:
    uri = f"{path.as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise errors.NotALibrary(path=path) from exc
    return bool(names)


def backup_copy(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of a live database through SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    partial.replace(target)
    return target


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    from humasdesk.paths import backups_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir(path) / f"{path.stem}-schema{version}-before-migration-{stamp}.sqlite"
    return backup_copy(conn, target)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_library(path: Path, *, create: bool = True) -> Library:
    """Opens (and, when `create`, creates) the library at `path`, migrated to the latest schema.

    Raises a `UserError` for a missing, foreign, damaged, locked or too-new file.
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise errors.LibraryNotFound(path=path)
    if exists and path.is_dir():
        raise errors.NotALibrary(path=path)
    version = _check_header(path) if exists else 0
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.LibraryReadOnly(path=path) from exc
    with user_errors(path):
        conn = _connect(path)
        try:
            # The header can lag behind a WAL file that was never checkpointed: ask SQLite too.
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if found > schema.SCHEMA_VERSION:
                raise errors.LibraryTooNew(path=path, found=found, known=schema.SCHEMA_VERSION)
            version = max(version, found)
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a save the user was told about survives a power cut, WAL or not.
            conn.execute("PRAGMA synchronous = FULL")
            db = Database(conn, execute_plugins=False)
            pending = schema.migrations.pending(db)
            if pending:
                if version > 0:
                    _backup_before_migration(conn, path, version)
                schema.migrations.apply(db)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                # Put the new header in the main file now: a second connection (a background
                # import, another window) reads it before SQLite and must see our id there.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            conn.close()
            raise
    return Library(path, db)
