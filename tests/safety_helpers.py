"""Helpers for the crash-safety tests: damaging a file, holding a library in another process."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = 4096


def damage(path: Path, first_page: int = 3, pages: int = 2) -> None:
    """Overwrites whole pages in the middle of the file, as a bad sector or a sync tool would."""
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists() or Path(f"{path}{suffix}").stat().st_size == 0
    data = bytearray(path.read_bytes())
    assert len(data) > (first_page + pages + 1) * PAGE
    for offset in range(first_page * PAGE, (first_page + pages) * PAGE):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def checkpoint(path: Path) -> None:
    """Folds the WAL into the file, as a clean close does, so the damage lands in the file."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


HOLD = """
import sys, time
from pathlib import Path
from humasdesk.store import session
session.acquire(Path(sys.argv[1]))
print("LOCKED", flush=True)
time.sleep(120)
"""


def hold_in_other_process(path: Path) -> subprocess.Popen[str]:
    """Another HumasDesk window on `path` (its lock only), until killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "LOCKED"
    return proc


def break_quote_index(path: Path) -> None:
    """Removes part of the quotes' full-text index: SQLite's own integrity check still passes,
    only FTS5's check of the index against its rows finds it."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM quotes_fts_data WHERE id > 10")
    conn.commit()
    conn.close()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Makes `folder` read-only for this process: by permissions for a normal user, by a
    read-only bind mount for root (whom permissions do not stop); skips the test when
    neither is possible."""
    import os

    import pytest

    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no read-only folder can be made here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)  # -l: even if still open
