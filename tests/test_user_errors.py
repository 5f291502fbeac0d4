"""Every failure an officer can meet says what happened in their language, and leaves the
library exactly as it was: a full disk, a read-only folder, a locked file, a wrong
passphrase, a damaged file."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from humasdesk import translate
from humasdesk.core import errors
from humasdesk.core.records import Statement
from humasdesk.store import db, encryption, statements
from humasdesk.store.db import Library, open_library
from tests.safety_helpers import checkpoint, damage


@pytest.fixture
def indonesian(qapp) -> Iterator[None]:
    translate.install("id")
    yield
    translate.install("id")


def assert_translated(exc: errors.UserError) -> str:
    """The Indonesian message is a real translation with every value filled in."""
    english = exc.render()
    indonesian = translate.error_text(exc)
    assert indonesian != english
    assert "{" not in indonesian and "{" not in english
    return indonesian


def snapshot(lib: Library) -> tuple[dict[str, int], int]:
    return lib.counts(), int(lib.scalar("SELECT count(*) FROM revisions"))


def test_a_full_disk_saves_nothing_and_says_so(sample_lib: Library, indonesian):
    before = snapshot(sample_lib)
    pages = sample_lib.scalar("PRAGMA page_count")
    sample_lib.execute(f"PRAGMA max_page_count = {pages}")
    big = Statement(title="Laporan tahunan", body="anggaran daerah " * 40_000)
    with pytest.raises(errors.DiskFull) as caught:
        statements.save(sample_lib, big)
    assert "penuh" in assert_translated(caught.value)
    assert snapshot(sample_lib) == before
    sample_lib.execute(f"PRAGMA max_page_count = {2**31 - 2}")
    statements.save(sample_lib, Statement(title="Setelah ruang disk dikosongkan"))
    assert sample_lib.counts()["statements"] == before[0]["statements"] + 1


def test_a_read_only_connection_saves_nothing_and_says_so(sample_lib: Library, indonesian):
    before = snapshot(sample_lib)
    sample_lib.execute("PRAGMA query_only = ON")
    with pytest.raises(errors.LibraryReadOnly) as caught:
        statements.save(sample_lib, Statement(title="Tidak tersimpan"))
    assert_translated(caught.value)
    sample_lib.execute("PRAGMA query_only = OFF")
    assert snapshot(sample_lib) == before


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Makes files and folders unwritable: chmod for a user; for root (CI), which chmod does
    not stop, the immutable attribute (chattr +i), or the test is skipped."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr")
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("running as root where chattr +i is not allowed")
    else:
        for path in paths:
            os.chmod(path, 0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        else:
            for path in paths:
                os.chmod(path, 0o755 if path.is_dir() else 0o644)


def test_a_read_only_folder_is_reported_and_nothing_changes(tmp_path: Path, indonesian):
    folder = tmp_path / "arsip"
    folder.mkdir()
    path = folder / "kantor.humasdesk"
    with open_library(path) as lib:
        statements.save(lib, Statement(title="Sudah tersimpan"))
    checkpoint(path)
    before = path.read_bytes()
    with read_only(path, folder):
        with pytest.raises(errors.LibraryReadOnly) as caught:
            lib = open_library(path)
            try:
                statements.save(lib, Statement(title="Tidak tersimpan"))
            finally:
                lib.close()
        assert "hanya-baca" in assert_translated(caught.value)
        assert path.read_bytes() == before


def test_a_library_locked_by_another_program_saves_nothing_and_says_so(
    sample_lib: Library, monkeypatch, indonesian
):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    before = snapshot(sample_lib)
    other = sqlite3.connect(sample_lib.path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with open_library(sample_lib.path) as second, pytest.raises(errors.LibraryLocked) as caught:
            statements.save(second, Statement(title="Harus menunggu giliran"))
    finally:
        other.rollback()
        other.close()
    assert_translated(caught.value)
    assert snapshot(sample_lib) == before


@pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 is missing")
def test_a_wrong_passphrase_is_reported_and_changes_nothing(tmp_path: Path, indonesian):
    path = tmp_path / "rahasia.humasdesk"
    encryption.create_encrypted(path, "passphrase-yang-benar").close()
    before = path.read_bytes()
    with pytest.raises(errors.WrongPassphrase) as caught:
        open_library(path, passphrase="passphrase-yang-salah")
    assert_translated(caught.value)
    with pytest.raises(errors.PassphraseNeeded) as needed:
        open_library(path)
    assert_translated(needed.value)
    assert path.read_bytes() == before


def test_a_damaged_file_is_reported_in_plain_words(sample_lib: Library, indonesian):
    path = sample_lib.path
    sample_lib.close()
    checkpoint(path)
    damage(path, first_page=1, pages=6)
    before = path.read_bytes()
    failures: list[errors.UserError] = []
    attempts: list[Callable[[], object]] = [
        lambda: open_library(path).counts(),
        lambda: statements.listing(open_library(path)),
    ]
    for attempt in attempts:
        try:
            attempt()
        except errors.UserError as exc:
            failures.append(exc)
    assert failures and all(isinstance(f, errors.LibraryDamaged) for f in failures)
    assert "rusak" in assert_translated(failures[0])
    assert path.read_bytes()[100:] == before[100:]


def test_a_failed_backup_and_a_library_in_use_have_messages(tmp_path: Path, indonesian):
    for exc in (
        errors.BackupFailed(path=tmp_path, detail="quick_check"),
        errors.LibraryInUse(path=tmp_path, owner="laptop-humas, pid 42"),
        errors.OpenedReadOnly(path=tmp_path),
        errors.NoGoodBackup(path=tmp_path),
        errors.PassphraseTooShort(minimum=8),
    ):
        assert_translated(exc)


def test_a_log_file_that_cannot_be_written_never_becomes_the_users_error(tmp_path, monkeypatch):
    import logging

    from humasdesk import logs

    handler = logs._RotatingOnFirstUse(tmp_path)  # a folder: the file cannot be opened
    record = logging.LogRecord("humasdesk", logging.WARNING, __file__, 1, "backup failed", (), None)
    monkeypatch.setattr(logging, "raiseExceptions", False)
    handler.handle(record)  # no exception reaches the code that logged
    handler.close()
