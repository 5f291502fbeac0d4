"""Who has a library open in the window: a lock file beside it (`<library>.lock`).

The file holds the owner (process id, computer, since when) and is locked by the operating
system for as long as that window runs (flock on Linux and macOS, a byte-range lock on
Windows), so a crash or a power cut frees the lock by itself and a stale file never blocks
anyone. A lock file that is still there but not locked means the last session did not end
cleanly: the library gets a `quick_check` before it is used.

Only windows take this lock. The command line and background jobs share the library through
SQLite's own locking, waiting their turn for short writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

_LOCK_OFFSET = 0x7FFFFFF0  # Windows locks a byte range: one far past the text we write
_held: dict[Path, Session] = {}


def _sync_in_background(fd: int) -> threading.Thread:
    """Puts the owner record on disk without the window waiting: on a busy disk one fsync
    can take half a second, and the record only matters after a crash. `Session.release`
    waits for it (the copied descriptor shares the lock)."""
    copy = os.dup(fd)  # stays valid when the session closes its handle first

    def sync() -> None:
        with contextlib.suppress(OSError):
            os.fsync(copy)
        os.close(copy)

    thread = threading.Thread(target=sync, name="session-lock-sync", daemon=True)
    thread.start()
    return thread


def _host_name() -> str:
    """This computer's name (without importing `socket`, which the window's start avoids)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


@dataclass
class Owner:
    pid: int = 0
    host: str = ""
    since: str = ""

    def describe(self) -> str:
        return f"{self.host or '?'}, pid {self.pid}, {self.since}"


def lock_path(library: Path) -> Path:
    return library.with_name(library.name + ".lock")


def _lock(handle: IO[str]) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            handle.seek(0)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_owner(path: Path) -> Owner | None:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8") or "null") or {}
    except (OSError, ValueError):
        return None
    if not data:
        return None
    return Owner(int(data.get("pid", 0)), str(data.get("host", "")), str(data.get("since", "")))


@dataclass
class Session:
    """This window's hold on a library; `unclean` when the previous session crashed."""

    library: Path
    handle: IO[str] | None
    unclean: bool = False
    previous: Owner | None = None
    syncing: threading.Thread | None = None  # the owner record's fsync, still running

    def release(self) -> None:
        """A clean exit: the lock file goes away, so the next start skips the check."""
        if self.handle is None:
            return
        if self.syncing is not None:
            self.syncing.join(timeout=10)  # its descriptor holds the lock too
        with contextlib.suppress(OSError):
            lock_path(self.library).unlink()
        with contextlib.suppress(OSError):
            self.handle.close()
        self.handle = None
        _held.pop(self.library.resolve(), None)


class InUse(Exception):
    def __init__(self, owner: Owner) -> None:
        super().__init__(owner.describe())
        self.owner = owner


def acquire(library: Path) -> Session:
    """Takes the library for this window; raises InUse when another process holds it.

    A folder where no lock file can be written (read-only, or a network share that refuses
    locks) gives a session without a lock rather than no window at all.
    """
    key = library.resolve()
    if key in _held:  # this process already holds it (reopening after a restore)
        return _held[key]
    path = lock_path(library)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+", encoding="utf-8")
    except OSError:
        return Session(library, None)
    if not _lock(handle):
        handle.close()
        raise InUse(_read_owner(path) or Owner())
    previous = _read_owner(path)
    owner = {
        "pid": os.getpid(),
        "host": _host_name(),
        "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(owner))
        handle.flush()
        syncing: threading.Thread | None = _sync_in_background(handle.fileno())
    except OSError:
        syncing = None
    session = Session(library, handle, unclean=previous is not None, previous=previous)
    session.syncing = syncing
    _held[key] = session
    return session


def release(library: Path) -> None:
    """Ends this process's hold on `library`, if it has one (a clean exit)."""
    held = _held.get(library.resolve())
    if held is not None:
        held.release()


def release_all() -> None:
    for held in list(_held.values()):
        held.release()


def holder(library: Path) -> Owner | None:
    """Who holds the library in another window right now (None: nobody, or this process)."""
    if library.resolve() in _held:
        return None
    path = lock_path(library)
    if not path.exists():
        return None
    try:
        handle = path.open("r+", encoding="utf-8")
    except OSError:
        return None
    try:
        if _lock(handle):
            return None
        return _read_owner(path) or Owner()
    finally:
        handle.close()


def was_unclean(library: Path) -> bool:
    """Whether a window had the library open and did not close it cleanly."""
    path = lock_path(library)
    return path.exists() and holder(library) is None and _read_owner(path) is not None
