"""Many records saved in one transaction (an import's batch of files), each record whole.

An import saves its files several to a transaction, each file in its own savepoint. Inside
one, the store's functions open no savepoints of their own (`atomic`): the file's savepoint
already makes the file whole or absent, and every savepoint makes SQLite's full-text tables
write what they hold so far as a new segment. The full-text rows of the batch's records are
written together just before the batch commits (`index`), and the batch keeps the people it
looked up (`people`), so a file costs a few dozen SQL statements instead of a hundred.

Without a batch every function behaves as before: its own transaction, its index rows
written at once.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

from humasdesk.store.db import Library

_ACTIVE: weakref.WeakKeyDictionary[Library, Batch] = weakref.WeakKeyDictionary()

# The full-text tables and their columns, in the order `index` takes their values.
FTS_COLUMNS = {
    "statements_fts": ("title", "body", "tags"),
    "quotes_fts": ("text", "speaker"),
}


class Batch:
    def __init__(self, lib: Library) -> None:
        self.lib = lib
        # (table, rowid, values, replace): written by `flush`, dropped with a failed file.
        self.rows: list[tuple[str, int, Sequence[Any], bool]] = []
        # What the store's people module keeps for this batch (see people.directory).
        self.people: Any = None

    def mark(self) -> int:
        return len(self.rows)

    def forget_since(self, mark: int) -> None:
        """A file rolled back: its index rows go, and people are looked up afresh."""
        del self.rows[mark:]
        self.people = None

    def flush(self) -> None:
        """Writes the queued full-text rows; call inside the batch's transaction."""
        rows, self.rows = self.rows, []
        conn = self.lib.conn
        for table, columns in FTS_COLUMNS.items():
            mine = [r for r in rows if r[0] == table]
            stale = [(r[1],) for r in mine if r[3]]
            if stale:
                conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", stale)
            if mine:
                marks = ", ".join("?" * (len(columns) + 1))
                conn.executemany(
                    f"INSERT INTO {table}(rowid, {', '.join(columns)}) VALUES ({marks})",
                    [(r[1], *r[2]) for r in mine],
                )


def current(lib: Library) -> Batch | None:
    """The batch `lib` is saving in, when inside one."""
    found = _ACTIVE.get(lib)
    return found if found is not None and lib.conn.in_transaction else None


@contextlib.contextmanager
def batch(lib: Library) -> Iterator[Batch]:
    """Marks `lib`'s open transaction as a batch until the block ends; the caller commits
    after `flush()` (or rolls back)."""
    made = Batch(lib)
    _ACTIVE[lib] = made
    try:
        yield made
    finally:
        _ACTIVE.pop(lib, None)


@contextlib.contextmanager
def atomic(lib: Library) -> Iterator[None]:
    """`lib.atomic()`, or nothing inside a batch's file (its savepoint covers the block)."""
    if current(lib) is not None:
        yield
        return
    with lib.atomic():
        yield


def index(lib: Library, table: str, rowid: int, values: Sequence[Any], *, new: bool) -> None:
    """Writes a record's full-text row (`new`: it has none yet), or queues it in the batch."""
    found = current(lib)
    if found is not None:
        found.rows.append((table, rowid, values, not new))
        return
    columns = FTS_COLUMNS[table]
    if not new:
        lib.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
    marks = ", ".join("?" * (len(columns) + 1))
    lib.conn.execute(
        f"INSERT INTO {table}(rowid, {', '.join(columns)}) VALUES ({marks})", [rowid, *values]
    )


def unindex(lib: Library, table: str, rowid: int) -> None:
    """Removes a record's full-text row (and any queued one)."""
    found = current(lib)
    if found is not None:
        found.rows = [r for r in found.rows if (r[0], r[1]) != (table, rowid)]
    lib.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])


@contextlib.contextmanager
def record(lib: Library) -> Iterator[None]:
    """One unit of a batch (an imported file) in its own savepoint: whole or absent. Outside
    a batch, its own transaction."""
    found = current(lib)
    if found is None:
        with lib.atomic():
            yield
        return
    mark = found.mark()
    lib.conn.execute("SAVEPOINT batch_record")
    try:
        yield
    except BaseException:
        if lib.conn.in_transaction:  # a failed COMMIT-level error may have ended it
            lib.conn.execute("ROLLBACK TO batch_record")
            lib.conn.execute("RELEASE batch_record")
        found.forget_since(mark)
        raise
    lib.conn.execute("RELEASE batch_record")
