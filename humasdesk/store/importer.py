"""Imports release files (one, many, or folders) as statements: each file whole or not at all.

Files are read in a child process with time and memory limits (core.read_worker); each one
that comes through is saved in its own transaction together with its quotes, so a refused,
cancelled or failing file never leaves half a statement behind. The same text imported twice
is recognised by its content hash and reported as a duplicate.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humasdesk.core import readers
from humasdesk.core.errors import DiskFull, UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.quotes import FoundQuote
from humasdesk.core.read_worker import (
    PREFETCH,
    Cancelled,
    ReadWorker,
    ReadWorkers,
    statement_text,
)
from humasdesk.core.records import Statement
from humasdesk.core.release_parser import ParsedRelease
from humasdesk.store import batch, extraction, people, statements, stems
from humasdesk.store.db import Library

Progress = Callable[[int, int, str], None]
IMPORTED_STATUS = "published"  # an office's old releases were issued; an officer may change it


class AlreadyImported(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} is already in the library, as “{title}”; it was not imported again."
    )


class PathNotFound(UserError):
    message = QT_TRANSLATE_NOOP("errors", "{path} does not exist.")


class ImportStopped(UserError):
    """The library could not take more (disk full, locked, damaged): what was saved before
    stays, and is in `report`."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The import stopped after {imported} files were saved (listed): {reason} The files "
        "after them were not imported.",
    )

    def __init__(self, report: ImportReport, cause: UserError) -> None:
        self.report = report
        self.cause = cause
        super().__init__(imported=len(report.imported), reason="")

    def render(self, translate: Any = None) -> str:
        if isinstance(self.cause, DiskFull):
            reason = translate("errors", DISK_FULL_REASON) if translate else DISK_FULL_REASON
        else:
            reason = self.cause.render(translate)
        self.params["reason"] = reason
        return super().render(translate)


DISK_FULL_REASON = QT_TRANSLATE_NOOP(
    "errors", "the disk is full. Free some space and import the rest again."
)


@dataclass
class Imported:
    id: str
    path: str
    title: str
    quotes: int


@dataclass
class Skipped:
    path: str
    error: UserError

    @property
    def duplicate(self) -> bool:
        return isinstance(self.error, AlreadyImported)


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False

    @property
    def duplicates(self) -> list[Skipped]:
        return [s for s in self.skipped if s.duplicate]

    @property
    def refused(self) -> list[Skipped]:
        return [s for s in self.skipped if not s.duplicate]

    def as_json(self, render: Callable[[UserError], str] = str) -> dict[str, Any]:
        """The `humasdesk import --json` document; `render` turns an error into its text."""
        return {
            "imported": [
                {"id": i.id, "path": i.path, "title": i.title, "quotes": i.quotes}
                for i in self.imported
            ],
            "skipped": [{"path": s.path, "reason": render(s.error)} for s in self.skipped],
        }


def _hidden(name: str) -> bool:
    # Dot files, and the "~$name.docx" lock files Word leaves next to an open document.
    return name.startswith((".", "~$"))


class _WordsInside(UserError):
    """An error whose `inside` value is itself a marked English phrase, translated too."""

    inside = ""

    def render(self, translate: Any = None) -> str:
        if translate is not None and self.inside in self.params:
            shown = dict(self.params)
            self.params = {**shown, self.inside: translate("errors", shown[self.inside])}
            try:
                return super().render(translate)
            finally:
                self.params = shown
        return super().render(translate)


class NotAFile(_WordsInside):
    message = QT_TRANSLATE_NOOP(
        "errors", "{path} is not a file but {kind}; only files are imported."
    )
    inside = "kind"


class CannotRead(_WordsInside):
    message = QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {detail}")
    inside = "detail"


_KINDS = (
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("errors", "a named pipe")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("errors", "a socket")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("errors", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("errors", "a device")),
)


def _classify(shown: str, path: Path) -> Path | UserError | None:
    """`path` when it is a regular file to read; None for a folder; else why it is skipped,
    found at once (a named pipe is never opened: reading one waits for a writer)."""
    try:
        mode = os.stat(path).st_mode  # follows links: a link loop or a dangling link fails
    except OSError as exc:
        if exc.errno == errno.ENOENT and not os.path.islink(path):
            return PathNotFound(path=shown)
        if exc.errno == errno.ELOOP:
            detail = QT_TRANSLATE_NOOP("errors", "it is a link that leads back to itself.")
        elif exc.errno == errno.ENOENT:
            detail = QT_TRANSLATE_NOOP("errors", "it is a link to something that is not there.")
        else:
            detail = exc.strerror or str(exc)
        return CannotRead(path=shown, detail=detail)
    if stat.S_ISDIR(mode):
        return None
    if stat.S_ISREG(mode):
        return path
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return NotAFile(path=shown, kind=kind)


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[str, Path | UserError]]:
    """Every file to import, as (path as given or found under a given folder, real path),
    or with the reason it is skipped instead (missing, unreadable, not a regular file).

    Folders are walked recursively in name order; hidden files and folders are left out.
    """
    found: list[tuple[str, Path | UserError]] = []
    for given in paths:
        shown = os.fspath(given)
        path = Path(shown).expanduser()
        what = _classify(shown, path)
        if what is not None:
            found.append((shown, what))
            continue

        def unreadable(exc: OSError, shown: str = shown, path: Path = path) -> None:
            where = os.path.join(shown, os.path.relpath(exc.filename or "", path))
            found.append((where, CannotRead(path=where, detail=exc.strerror or str(exc))))

        for root, dirs, files in os.walk(path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not _hidden(d))
            for name in sorted(files):
                if not _hidden(name):
                    relative = os.path.relpath(os.path.join(root, name), path)
                    where = os.path.join(shown, relative)
                    entry = _classify(where, Path(root) / name)
                    if entry is not None:
                        found.append((where, entry))
    return found


def content_hash(parsed: ParsedRelease) -> str:
    """The same release, whatever file or encoding it came in, hashes the same."""
    text = "\n".join((parsed.title, parsed.lead, parsed.body))
    normal = " ".join(re.findall(r"\w+", text.casefold()))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def to_statement(parsed: ParsedRelease, source_name: str) -> Statement:
    return Statement(
        title=parsed.title,
        subtitle=parsed.subtitle,
        number=parsed.number,
        city=parsed.city,
        date=parsed.date,
        lead=parsed.lead,
        body=parsed.body,
        about=parsed.about,
        contacts=parsed.contacts,
        language=parsed.language if parsed.language in ("id", "en") else "id",
        status=IMPORTED_STATUS,
        source_kind="imported",
        source_name=source_name,
        author=parsed.author[:200],
        editor=parsed.editor[:200],
    )


def save_parsed(
    lib: Library,
    parsed: ParsedRelease,
    name: str,
    found_quotes: list[FoundQuote] | None = None,
) -> tuple[Statement, int]:
    """Saves one read file as a statement with its quotes, in one transaction.

    `found_quotes`: the quotes the reading process already found in its text. Raises
    AlreadyImported when the library already holds the same text.
    """
    digest = content_hash(parsed)
    try:
        with batch.record(lib):
            row = lib.conn.execute(
                "SELECT title FROM statements WHERE content_hash = ?", [digest]
            ).fetchone()
            if row:
                raise AlreadyImported(name=name, title=row[0])
            st = statements.save(
                lib, to_statement(parsed, name), note=name, content_hash=digest, extract=False
            )
            if found_quotes is not None and extraction.statement_text(st) != statement_text(parsed):
                found_quotes = None  # found in another text: look again
            quotes = extraction.extract_from_statement(lib, st, found_quotes)
    except sqlite3.IntegrityError as exc:
        # Another import saved the same text between our check and our insert.
        title = lib.scalar("SELECT title FROM statements WHERE content_hash = ?", [digest])
        if title is None:
            raise
        raise AlreadyImported(name=name, title=title) from exc
    return st, int(quotes or 0)


# Files are saved several to a transaction, each in its own savepoint: a refused or failing
# file rolls back alone, and the batch's one commit (one fsync) is shared. A file counts as
# imported once its batch has committed. A batch holds the write lock at most this long.
BATCH_FILES = 50
BATCH_SECONDS = 0.5
IMPORT_CHECKPOINT_PAGES = 8000


def _stopped(lib: Library, report: ImportReport, exc: Exception) -> None:
    """Raises ImportStopped for an error of the library itself, saying what was saved."""
    from humasdesk.core import errors
    from humasdesk.store.db import user_errors

    try:
        with user_errors(lib.path):
            raise exc
    except errors.UserError as mapped:
        raise ImportStopped(report, mapped) from exc
    except Exception:
        return


def import_paths(
    lib: Library,
    paths: Iterable[str | os.PathLike[str]],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    worker: ReadWorker | ReadWorkers | None = None,
) -> ImportReport:
    """Imports files and folders; returns what came in and what was skipped, with reasons.

    `progress(done, total, path)` is called before each file; when `cancelled()` turns true
    the run stops between files (or kills the read of the current one) and the report says so.
    Errors of the library itself (locked, disk full) are raised: what was imported stays.
    """
    files = expand(paths)
    report = ImportReport()
    own_worker = worker is None
    reader = worker or ReadWorkers()
    done_files: list[Imported] = []
    started = 0.0
    asked_until = 0  # files before this index were offered to the reader already
    transaction: contextlib.ExitStack | None = None
    saving: batch.Batch | None = None

    def commit() -> None:
        nonlocal transaction
        if transaction is not None:
            assert saving is not None
            saving.flush()  # the batch's search index rows
            stems.save_fresh(lib)
            if not report.imported:  # the first batch
                stems.forget_garbage(lib)
            directory = saving.people
            closing, transaction = transaction, None
            closing.close()  # COMMIT
            people.keep(lib, directory)  # for the next batch
            report.imported.extend(done_files)
            done_files.clear()

    # SQLite copies the write-ahead log into the library (and syncs it) whenever the log
    # passes this many pages; an import writes a lot, so it lets the log grow to ~32 MB
    # between copies (+5% docs/s); every commit is still synced (synchronous = FULL).
    checkpoint_pages = int(lib.scalar("PRAGMA wal_autocheckpoint"))
    lib.conn.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")
    try:
        reader.start(sum(1 for _s, p in files if isinstance(p, Path)))  # it gets ready meanwhile
        # The words the library has stemmed before: neither process stems them again.
        reader.know(stems.load(lib))
        for done, (shown, path) in enumerate(files):
            if progress is not None:
                progress(done, len(files), shown)
            if cancelled():
                report.cancelled = True
                break
            if not isinstance(path, Path):
                report.skipped.append(Skipped(shown, path))
                continue
            try:
                parsed = reader.read(path, cancelled)
            except Cancelled:
                report.cancelled = True
                break
            except readers.ReadRefused as exc:
                report.skipped.append(Skipped(shown, exc))
                continue
            # The coming files are read while this one is saved. Only the files not asked for
            # yet are offered (looking again at the 64 already asked cost 0.8 ms a file);
            # after a reader restarts (a refused file), the whole window again.
            ahead = max(done + 1, asked_until) if reader.waiting() else done + 1
            window = files[ahead : done + 1 + PREFETCH]
            reader.prefetch(p for _s, p in window if isinstance(p, Path))
            asked_until = done + 1 + PREFETCH
            if transaction is None:
                transaction = contextlib.ExitStack()
                transaction.enter_context(lib.atomic())
                saving = transaction.enter_context(batch.batch(lib))
                started = time.monotonic()
            try:
                st, quotes = save_parsed(lib, parsed, path.name, reader.found_quotes)
            except AlreadyImported as exc:
                report.skipped.append(Skipped(shown, exc))
                continue
            done_files.append(Imported(st.id, shown, st.title, quotes))
            if len(done_files) >= BATCH_FILES or time.monotonic() - started > BATCH_SECONDS:
                commit()
        else:
            commit()
            if progress is not None:
                progress(len(files), len(files), "")
        commit()
    except BaseException as exc:
        if transaction is not None:
            # ROLLBACK of the unfinished batch; what earlier batches committed stays.
            with contextlib.suppress(Exception):
                transaction.__exit__(*sys.exc_info())
        if isinstance(exc, Exception):
            _stopped(lib, report, exc)
        raise
    finally:
        people.forget_kept(lib)  # the next import reads everyone afresh
        # Copy the log the import wrote into the library now, on this (background)
        # connection, so the window's next save does not pay for it.
        with contextlib.suppress(sqlite3.Error):
            lib.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        lib.conn.execute(f"PRAGMA wal_autocheckpoint = {checkpoint_pages}")
        if own_worker:
            reader.close()
    return report
