"""Opens a library file: the one place that connects to SQLite (or SQLCipher, for an encrypted
library), sets its pragmas, checks the schema version and runs migrations (after a verified
backup of the file)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from humasdesk.core import errors, problems
from humasdesk.store import schema

APPLICATION_ID = 0x48554D44  # "HUMD": marks the file as a HumasDesk library
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
# Why a library is open read-only (Library.read_only_reason).
IN_USE = "in-use"
NOT_WRITABLE = "not-writable"
DAMAGED = "damaged"
DAMAGE_MARK = "DAMAGED.txt"  # in the backups folder: what is known to be wrong with the file
# A private copy a restore or an encryption checks before it replaces the library.
RESTORING = ".restoring"
ENCRYPTING = ".encrypting"


@functools.cache
def _sqlcipher() -> Any:
    """SQLCipher's module, loaded the first time an encrypted library is touched (it is
    optional at run time: without it, encrypted libraries cannot be opened)."""
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError:  # pragma: no cover - the wheel exists for every platform we ship
        return None
    return sqlcipher


def encryption_available() -> bool:
    return _sqlcipher() is not None


def unkeyed_cipher_connection(path: Path) -> sqlite3.Connection:
    """An SQLCipher connection to a plain file (to export it into an encrypted one)."""
    sqlcipher = _sqlcipher()
    if sqlcipher is None:
        raise errors.EncryptionUnavailable(path=path)
    conn = sqlcipher.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn  # type: ignore[no-any-return]


def _as_sqlite_error(exc: BaseException) -> BaseException:
    # SQLCipher raises its own exception classes; they are mapped to sqlite3's so that the
    # rest of the code (and every other module) catches one family.
    if not type(exc).__module__.startswith("sqlcipher3"):
        return exc
    sqlcipher = _sqlcipher()
    for cipher_class, sqlite_class in (
        (sqlcipher.IntegrityError, sqlite3.IntegrityError),
        (sqlcipher.OperationalError, sqlite3.OperationalError),
        (sqlcipher.ProgrammingError, sqlite3.ProgrammingError),
        (sqlcipher.DatabaseError, sqlite3.DatabaseError),
        (sqlcipher.Error, sqlite3.Error),
    ):
        if isinstance(exc, cipher_class):
            return sqlite_class(*exc.args)
    return exc


_LEADING = re.compile(r"(?:\s+|;|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))*", re.S)


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper case, after any whitespace, comments, empty
    statements and byte-order mark ("BEGIN" for "-- note\n begin;")."""
    rest = sql.lstrip("\ufeff")
    rest = rest[_LEADING.match(rest).end() :]  # type: ignore[union-attr]
    word = re.match(r"[A-Za-z]+", rest)
    return word.group(0).upper() if word else ""


def now() -> str:
    """The current time as stored in the library: ISO 8601, UTC, seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def new_id() -> str:
    import uuid  # on the first write: importing it costs the window's start 5 ms

    return str(uuid.uuid4())


@contextlib.contextmanager
def user_errors(path: Path) -> Iterator[None]:
    """Turns SQLite's environment errors into messages a user can act on."""
    try:
        try:
            yield
        except Exception as raw:
            mapped = _as_sqlite_error(raw)
            if mapped is raw:
                raise
            raise mapped from raw
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise errors.LibraryLocked(path=path) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise errors.LibraryReadOnly(path=path) from exc
        if "full" in text:
            raise errors.DiskFull(path=path) from exc
        missing = re.match(r"no such (table|column|index|trigger): (\S+)", text)
        if missing:
            detail = problems.missing(missing.group(1), missing.group(2))
            if not damage_confirmed(path, detail):
                raise  # a query of ours names what the schema never had: our bug
            raise errors.LibraryDamaged(path=path, detail=detail) from exc
        if (
            "malformed" in text
            or "corrupt" in text
            or "disk i/o" in text
            or "not a database" in text
        ):
            raise errors.LibraryDamaged(path=path, detail=problems.from_sqlite(str(exc))) from exc
        raise
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise
        raise errors.LibraryDamaged(path=path, detail=problems.from_sqlite(str(exc))) from exc


class Library:
    """An open library file. Not shared between threads: each worker opens its own."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        passphrase: str | None = None,
        read_only: bool = False,
        read_only_reason: str = "",
        damaged: str = "",
    ) -> None:
        self.path = path
        self._conn = conn
        self._depth = 0  # savepoints open inside atomic()
        self._outer = False  # an atomic() block began the transaction that is open
        self.closed = False
        self.read_only = read_only or bool(damaged)
        # Why: IN_USE (another window has it), NOT_WRITABLE (its file or folder) or DAMAGED.
        self.read_only_reason = (
            DAMAGED if damaged else (read_only_reason or IN_USE) if read_only else ""
        )
        # What is known to be wrong with the file: writes are refused, reads go on.
        self.damaged = damaged
        # Kept in memory only, for backups and re-keying of an encrypted library.
        self._passphrase = passphrase

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        return self._passphrase

    def reopen(self) -> Library:
        """Another connection to this library (a background job's own), with the same key."""
        return open_library(
            self.path,
            create=False,
            passphrase=self._passphrase,
            read_only=self.read_only_reason == IN_USE,
        )

    def change_token(self) -> tuple[int, int]:
        """Changes whenever this or another connection commits a change to the library."""
        data_version = int(self.scalar("PRAGMA data_version"))
        return data_version, int(self.conn.total_changes)

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def close(self) -> None:
        if self.closed:
            return
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()
        self.closed = True

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Library]:
        """One transaction: everything inside is written, or nothing is.

        The outermost one starts with BEGIN IMMEDIATE: it takes the write lock first, so a
        second window or process waits its turn (busy_timeout) instead of failing half-way
        when its read snapshot turns out stale. One inside another is a savepoint, named by
        its depth (SQLite then reuses the compiled statements).
        """
        self._refuse_writes()
        conn = self._conn
        with self._errors():
            if self._outer and not conn.in_transaction:
                # SQLite rolled the whole transaction back (an error the caller caught): a
                # block inside it must not start, and commit, a transaction of its own.
                raise sqlite3.OperationalError("the transaction was rolled back")
            if conn.in_transaction:
                self._depth += 1
                name = f"atomic_{self._depth}"
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield self
                except BaseException:
                    if conn.in_transaction:  # SQLite may have rolled back everything itself
                        conn.execute(f"ROLLBACK TO {name}")
                        conn.execute(f"RELEASE {name}")
                    raise
                else:
                    conn.execute(f"RELEASE {name}")
                finally:
                    self._depth -= 1
                return
            conn.execute("BEGIN IMMEDIATE")
            self._outer = True
            try:
                try:
                    yield self
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                self._outer = False

    def _refuse_writes(self) -> None:
        if self.damaged:
            raise errors.LibraryDamaged(path=self.path, detail=self.damaged)
        if self.read_only_reason == NOT_WRITABLE:
            raise errors.LibraryReadOnly(path=self.path)
        if self.read_only:
            raise errors.OpenedReadOnly(path=self.path)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """`user_errors`, and what they teach about this library: damage SQLite met is
        remembered (see `mark_damaged`), and a write refused by a read-only connection says
        why it is read-only."""
        try:
            with user_errors(self.path):
                yield
        except errors.LibraryDamaged as exc:
            detail = problems.detail_of(exc, "")
            if not self.damaged and damage_confirmed(self.path, detail):
                mark_damaged(self.path, detail)
                # This connection writes no more either: the next write would build on it.
                self.damaged, self.read_only, self.read_only_reason = detail, True, DAMAGED
            raise
        except errors.LibraryReadOnly:
            if self.read_only:
                self._refuse_writes()
            raise

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """The rows of a SELECT (or WITH, PRAGMA) as dicts. A write that returns rows
        (INSERT ... RETURNING) outside `atomic()` is committed, as `execute` commits one."""
        rows: list[dict[str, Any]] = self._alone(sql, params, rows=True)
        return rows

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self._errors():
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        """One statement. A write outside `atomic()` is committed at once (as sqlite-utils'
        `execute` does), and rolled back when it fails."""
        cursor: sqlite3.Cursor = self._alone(sql, params, rows=False)
        return cursor

    def _alone(self, sql: str, params: Sequence[Any] | dict[str, Any], *, rows: bool) -> Any:
        """Runs one statement; when it began a transaction itself (a write outside
        `atomic()`), commits it, or rolls it back when it fails. A BEGIN or SAVEPOINT written
        by hand is left open. `rows`: the result rows as dicts, else the cursor."""
        conn = self._conn
        began = not conn.in_transaction
        with self._errors():
            try:
                cursor = conn.execute(sql, params)
                if rows:
                    columns = [d[0] for d in cursor.description or ()]
                    result: Any = [dict(zip(columns, r, strict=True)) for r in cursor]
                else:
                    result = cursor
            except BaseException:
                if began and conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            if (
                began
                and conn.in_transaction
                and (rows or cursor.description is None)
                and first_keyword(sql) not in _TRANSACTION_CONTROL
            ):
                conn.execute("COMMIT")
            return result

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
        """Record counts shown in the status bar and by `humasdesk check` (one query)."""
        # All quotes minus the rejected ones: SQLite counts a whole table from its smallest
        # index and the rejected ones by an index search, four times faster than a scan that
        # tests every quote's review state.
        return _counts(self.conn)

    def is_empty(self) -> bool:
        """No statement, quote or case yet; stops at the first row found."""
        return not self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM statements) OR EXISTS (SELECT 1 FROM quotes"
            " WHERE review != 'rejected') OR EXISTS (SELECT 1 FROM cases)"
        ).fetchone()[0]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM statements),"
        " (SELECT count(*) FROM quotes)"
        " - (SELECT count(*) FROM quotes WHERE review = 'rejected'),"
        " (SELECT count(*) FROM cases)"
    ).fetchone()
    return {"statements": int(row[0]), "quotes": int(row[1]), "cases": int(row[2])}


def count_records(path: Path) -> dict[str, int]:
    """`Library.counts()` of a plain library on a read-only connection of its own, for a
    background thread: counting a million quotes takes a moment the window need not wait
    for. (An encrypted library would derive its key again for every count: the window counts
    those on its own connection.) A library moved away meanwhile is not made again."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with user_errors(path):
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return _counts(conn)
        finally:
            conn.close()


def damage_mark(path: Path) -> Path:
    from humasdesk.paths import backups_dir

    return backups_dir(path) / DAMAGE_MARK


def mark_damaged(path: Path, detail: str) -> None:
    """Remembers that the library at `path` is damaged: until a check passes again or a
    backup is restored, it opens read-only, and every write is refused with `detail`."""
    if path.name.endswith((RESTORING, ENCRYPTING)):
        return  # a private copy being checked: its damage is reported, and it is discarded
    mark = damage_mark(path)
    with contextlib.suppress(OSError):  # a read-only folder: the damage is found again
        mark.parent.mkdir(exist_ok=True)
        mark.write_text((detail or problems.DAMAGED).strip() + "\n", encoding="utf-8")


_MISSING = re.compile(r"the (table|index|trigger|column) (\S+) is missing")


def damage_confirmed(path: Path, detail: str) -> bool:
    """Whether `detail` is damage of the file, not a mistake in a query of ours: a table said
    to be missing must be one the schema has, and really be gone from the file."""
    missing = _MISSING.match(detail)
    if missing is None:
        return True
    kind, name = missing.groups()
    from humasdesk.store import checks

    if kind != "column" and (kind, name) not in checks.expected_schema():
        return False
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            if kind == "column":  # SQLite does not say of which table: any the schema has
                return any(
                    missing.rsplit(".", 1)[1] == name.rsplit(".", 1)[-1]
                    for missing in checks.missing_columns(conn)
                )
            return not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", [kind, name]
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def clear_damaged(path: Path) -> None:
    with contextlib.suppress(OSError):
        damage_mark(path).unlink(missing_ok=True)


def known_damage(path: Path) -> str:
    """What a check or an earlier command found wrong with the library ("" when nothing), as
    a `Problem` when it is one (the note on disk holds its English)."""
    try:
        return problems.parse(damage_mark(path).read_text(encoding="utf-8").strip()) or (
            problems.Problem(problems.DAMAGED)
        )
    except (OSError, ValueError):
        return ""


def _shape_damage(path: Path, header: bytes) -> str:
    """Damage the file's size shows, judged from its header alone: a file cut short, or one
    that is not a whole number of pages. Not judged while a -wal holds pages the file may
    still be waiting for (a checkpoint that was interrupted)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return ""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return problems.Problem(problems.HEADER_DAMAGED)
    size = path.stat().st_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    if size % page_size:
        return problems.Problem(problems.CUT_SHORT_PAGES, size=size)
    if header_valid and pages and size < pages * page_size:
        return problems.Problem(problems.CUT_SHORT_OF, size=size, expected=pages * page_size)
    return ""


def _read_header(path: Path) -> tuple[int, int] | None:
    """(application_id, user_version) from the file header, without opening it in SQLite.

    None for an empty file. Reading the header needs no write lock and changes nothing, so a
    file from a newer HumasDesk is refused before any pragma could touch it.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        return None
    if len(header) < 100 and header.startswith(SQLITE_HEADER[: len(header)]):
        raise errors.LibraryDamaged(
            path=path, detail=problems.Problem(problems.CUT_SHORT, size=len(header))
        )
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        if looks_encrypted(path, header):
            raise errors.PassphraseNeeded(path=path)
        raise errors.NotALibrary(path=path)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def looks_encrypted(path: Path, header: bytes | None = None) -> bool:
    """An SQLCipher file: whole pages of what looks like random bytes, no SQLite header."""
    if header is None:
        with path.open("rb") as handle:
            header = handle.read(100)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if header.startswith(SQLITE_HEADER) or size < 1024 or size % 512:
        return False
    salt = header[:16]
    return len(set(salt)) >= 10 and sum(32 <= b < 127 for b in salt) < 14


def _check_header(path: Path) -> int:
    """Returns the file's schema version; refuses foreign and too-new files untouched."""
    found = _read_header(path)
    if found is None:
        return 0
    application_id, user_version = found
    if application_id not in (0, APPLICATION_ID):
        raise errors.NotALibrary(path=path)
    if application_id == 0 and user_version == 0:
        # A fresh header: the library may be brand new, or its first commit may still sit in
        # the WAL file (a crash right after creating it). Ask SQLite, which reads the WAL.
        application_id, user_version, tables = _identity(path)
        if application_id not in (0, APPLICATION_ID) or (application_id == 0 and tables):
            raise errors.NotALibrary(path=path)
    if user_version > schema.SCHEMA_VERSION:
        raise errors.LibraryTooNew(path=path, found=user_version, known=schema.SCHEMA_VERSION)
    return user_version


def _version_in_wal(path: Path, passphrase: str | None) -> None:
    """Refuses a library whose -wal holds a newer schema version, read on a read-only
    connection: a read-write one merges the -wal into the file when it closes, and a file
    we refuse must stay exactly as it was."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    try:
        conn = connect_file(path, passphrase, read_only=True)
    except sqlite3.Error:
        return  # the normal open says what is wrong
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    except Exception:  # sqlite3's or SQLCipher's: the normal open says what is wrong
        return
    finally:
        conn.close()
    if application_id not in (0, APPLICATION_ID):
        raise errors.NotALibrary(path=path)
    if found > schema.SCHEMA_VERSION:
        raise errors.LibraryTooNew(path=path, found=found, known=schema.SCHEMA_VERSION)


def writable(path: Path) -> bool:
    """Whether this process may write the library file and create files beside it (SQLite's
    -wal and -shm): false on a read-only file, folder or disk."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _identity(path: Path) -> tuple[int, int, bool]:
    """(application_id, user_version, has tables) as SQLite sees them, read-only."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            return 0, 0, False  # a WAL that needs recovery: the normal open will tell
        raise errors.NotALibrary(path=path) from exc
    return application_id, user_version, tables


def backup_copy(source: sqlite3.Connection, target: Path, passphrase: str | None = None) -> Path:
    """A consistent copy of a live database through SQLite's backup API.

    With `passphrase` the copy is encrypted with it (the source must be keyed with the same).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    dest = connect_file(partial, passphrase)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    partial.replace(target)
    return target


def _backup_before_migration(
    conn: sqlite3.Connection, path: Path, version: int, passphrase: str | None
) -> Path:
    from humasdesk.store import backups

    return backups.create_from(
        conn, path, kind=backups.BEFORE_MIGRATION, passphrase=passphrase, note=f"schema{version}"
    ).path


def quote_key(passphrase: str) -> str:
    """A passphrase as an SQL string literal for PRAGMA key / rekey / ATTACH ... KEY."""
    return "'" + passphrase.replace("'", "''") + "'"


def _read_only_uri(path: Path) -> str:
    """A URI that opens `path` for reading only. In a folder nobody can write, no other
    program can be writing the file either (it could not make its -wal): SQLite is told the
    file is immutable, so it needs no -shm file beside it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    folder = path.parent if str(path.parent) else Path(".")
    wal = Path(f"{path}-wal")
    if not os.access(folder, os.W_OK) and not (wal.exists() and wal.stat().st_size):
        uri += "&immutable=1"
    return uri


def connect_file(
    path: Path,
    passphrase: str | None = None,
    *,
    timeout_ms: int | None = None,
    read_only: bool = False,
) -> sqlite3.Connection:
    """A raw connection to a library or backup file: SQLCipher when a passphrase is given.
    `read_only`: SQLite opens it for reading only, and can write nothing to it."""
    timeout = (BUSY_TIMEOUT_MS if timeout_ms is None else timeout_ms) / 1000
    target: Any = _read_only_uri(path) if read_only else path
    if passphrase is None:
        conn = sqlite3.connect(target, timeout=timeout, check_same_thread=False, uri=read_only)
    else:
        sqlcipher = _sqlcipher()
        if sqlcipher is None:
            raise errors.EncryptionUnavailable(path=path)
        conn = sqlcipher.connect(
            str(target), timeout=timeout, check_same_thread=False, uri=read_only
        )
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        # Sorting and temporary indexes stay in memory, never in unencrypted temp files.
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc):
                raise errors.WrongPassphrase(path=path) from exc
            raise _as_sqlite_error(exc) from exc
    return conn  # type: ignore[no-any-return]


def _connect(
    path: Path, passphrase: str | None = None, *, read_only: bool = False
) -> sqlite3.Connection:
    conn = connect_file(path, passphrase, read_only=read_only)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # As sqlite-utils set on every connection it wrapped (the library kept that behaviour).
    conn.execute("PRAGMA recursive_triggers = ON")
    # 64 MiB of page cache (SQLite's default is 2 MiB) keeps a large archive's search indexes
    # in memory between keystrokes; sorts and temporary indexes stay in memory too.
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def open_library(
    path: Path,
    *,
    create: bool = True,
    passphrase: str | None = None,
    read_only: bool = False,
    allow_empty: bool = False,
) -> Library:
    """Opens (and, when `create`, creates) the library at `path`, migrated to the latest schema.

    With `passphrase` the file is an SQLCipher-encrypted library (created encrypted when new).
    `read_only` opens it for reading only (another window holds it); a file or folder this
    process cannot write, and a library known to be damaged, open read-only by themselves.
    An empty file where a library was is damage, not a new library: only `allow_empty` (for
    `humasdesk init`) makes a library in it.
    Raises a `UserError` for a missing, foreign, damaged, locked, too-new or encrypted file
    opened without (or with a wrong) passphrase.
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise errors.LibraryNotFound(path=path)
    if exists and path.is_dir():
        raise errors.NotALibrary(path=path)
    if exists and path.stat().st_size == 0:
        if not allow_empty:
            raise errors.LibraryDamaged(path=path, detail=problems.Problem(problems.EMPTY))
        clear_damaged(path)  # `init` makes a new library in it, as asked
    if passphrase is not None and exists and _is_plain_sqlite(path):
        passphrase = None  # a plain library needs no key; the caller asked just in case
    version = _check_header(path) if exists and passphrase is None else 0
    damaged = ""
    reason = IN_USE if read_only else ""
    if exists:
        _version_in_wal(path, passphrase)
        damaged = known_damage(path)
        if passphrase is None and not damaged and path.stat().st_size:
            with path.open("rb") as handle:
                damaged = _shape_damage(path, handle.read(100))
            if damaged:
                mark_damaged(path, damaged)
        if not writable(path):
            reason = NOT_WRITABLE
        read_only = read_only or bool(damaged) or reason == NOT_WRITABLE
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.LibraryReadOnly(path=path) from exc
    with user_errors(path):
        # Read-only, SQLite itself is asked to write nothing: a query_only connection could
        # still merge the -wal into the file when it closes.
        conn = _connect(path, passphrase, read_only=read_only)
        try:
            if passphrase is not None and exists:
                app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
                if app_id not in (0, APPLICATION_ID):
                    raise errors.NotALibrary(path=path)
            # The header can lag behind a WAL file that was never checkpointed: ask SQLite too.
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if found > schema.SCHEMA_VERSION:
                raise errors.LibraryTooNew(path=path, found=found, known=schema.SCHEMA_VERSION)
            version = max(version, found)
            if read_only:
                conn.execute("PRAGMA query_only = ON")
                if not damaged and _pending(conn):
                    raise errors.LibraryReadOnly(path=path)
                return Library(
                    path,
                    conn,
                    passphrase=passphrase,
                    read_only=True,
                    read_only_reason=reason,
                    damaged=damaged,
                )
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a save the user was told about survives a power cut, WAL or not.
            conn.execute("PRAGMA synchronous = FULL")
            if _pending(conn):
                if version > 0:
                    _backup_before_migration(conn, path, version, passphrase)
                _migrate(conn)
                # Put the new header in the main file now: a second connection (a background
                # import, another window) reads it before SQLite and must see our id there.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            conn.close()
            raise
    return Library(path, conn, passphrase=passphrase)


def _pending(conn: sqlite3.Connection) -> bool:
    """Whether a migration of `schema.migrations` has not been applied to this file yet: a
    comparison of names with sqlite-utils' record of applied migrations, in plain SQL."""
    wanted = {m.name for m in schema.migrations._migrations}
    table = schema.MIGRATIONS_TABLE
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone():
        return bool(wanted)
    applied = {
        row[0]
        for row in conn.execute(
            f"SELECT name FROM [{table}] WHERE migration_set = ?", [schema.migrations.name]
        )
    }
    return bool(wanted - applied)


def _migrate(conn: sqlite3.Connection) -> None:
    """All pending migrations and the version stamps in one transaction: a crash or a second
    process starting at the same moment never leaves a half-made library."""
    from sqlite_utils import Database

    conn.execute("BEGIN IMMEDIATE")
    try:
        if _pending(conn):  # another process may have just done it
            schema.migrations.apply(Database(conn, execute_plugins=False))
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(16)
    return header == SQLITE_HEADER
