"""Opening a library in the window: one window at a time, a check after a crash, a damaged
file set aside with its newest good backup one click away, newer libraries refused."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from humasdesk.core import errors
from humasdesk.core.records import Statement
from humasdesk.paths import backups_dir
from humasdesk.store import backups, schema, session, statements
from humasdesk.store.db import open_library
from humasdesk.ui import app
from tests.safety_helpers import checkpoint, damage, hold_in_other_process


@pytest.fixture(autouse=True)
def _release_sessions():
    yield
    session.release_all()


class Clicker:
    """Stands in for the user: clicks the button with `name` and remembers what was shown."""

    def __init__(self, *names: str) -> None:
        self.names = list(names)
        self.texts: list[str] = []

    def __call__(self, box: QMessageBox):
        self.texts.append(box.text())
        name = self.names.pop(0) if self.names else ""
        for button in box.buttons():
            if button.objectName() == name:
                return button
        return None


def make_library(path: Path) -> dict[str, int]:
    from humasdesk.store import sample

    with open_library(path) as lib:
        sample.install(lib)
        return lib.counts()


def crash_with_lock(path: Path) -> None:
    """A window that had the library open and was killed (battery, power cut)."""
    other = hold_in_other_process(path)
    os.kill(other.pid, signal.SIGKILL)
    other.wait()


def test_a_clean_exit_leaves_no_mark_and_a_crash_is_noticed(library_path: Path):
    make_library(library_path)
    held = session.acquire(library_path)
    assert not held.unclean
    held.release()
    assert not session.lock_path(library_path).exists()
    crash_with_lock(library_path)
    assert session.was_unclean(library_path)
    again = session.acquire(library_path)  # the dead window's lock is not in the way
    assert again.unclean
    assert again.previous is not None and again.previous.pid > 0


def test_after_a_crash_a_damaged_library_is_set_aside_and_the_backup_restored(
    library_path: Path, monkeypatch, english
):
    counts = make_library(library_path)
    with open_library(library_path) as lib:
        backups.create(lib, backups.AUTO)
        statements.save(lib, Statement(title="Ditulis setelah cadangan terakhir"))
    checkpoint(library_path)
    crash_with_lock(library_path)
    damage(library_path)
    clicker = Clicker("restoreBackup")
    monkeypatch.setattr(app, "ask", clicker)
    lib = app.open_interactively(library_path)
    assert lib is not None
    try:
        assert "is damaged" in clicker.texts[0]
        assert "not be deleted" in clicker.texts[0]
        assert lib.counts() == counts
        assert lib.scalar("PRAGMA quick_check") == "ok"
    finally:
        lib.close()
    aside = [p for p in backups_dir(library_path).glob("*damaged*.sqlite")]
    assert len(aside) == 1
    assert aside[0].stat().st_size > 0  # the damaged file is kept, never deleted


def test_a_damaged_library_without_backups_can_start_empty_and_keeps_the_old_file(
    library_path: Path, monkeypatch, english
):
    make_library(library_path)
    checkpoint(library_path)
    before = hashlib.sha256(library_path.read_bytes()).hexdigest()
    crash_with_lock(library_path)
    damage(library_path)
    damaged = hashlib.sha256(library_path.read_bytes()).hexdigest()
    assert damaged != before
    clicker = Clicker("startEmpty")
    monkeypatch.setattr(app, "ask", clicker)
    lib = app.open_interactively(library_path)
    assert lib is not None
    assert "no backup" in clicker.texts[0]
    assert lib.is_empty()
    lib.close()
    aside = list(backups_dir(library_path).glob("*damaged*.sqlite"))
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in aside] == [damaged]


def test_closing_the_damage_question_changes_nothing(library_path: Path, monkeypatch, english):
    make_library(library_path)
    checkpoint(library_path)
    crash_with_lock(library_path)
    damage(library_path)
    damaged = library_path.read_bytes()
    monkeypatch.setattr(app, "ask", Clicker())
    assert app.open_interactively(library_path) is None
    assert library_path.read_bytes() == damaged


def test_a_second_window_is_told_and_can_open_read_only(library_path: Path, monkeypatch, english):
    counts = make_library(library_path)
    other = hold_in_other_process(library_path)
    try:
        clicker = Clicker("openReadOnly")
        monkeypatch.setattr(app, "ask", clicker)
        lib = app.open_interactively(library_path)
        assert lib is not None and lib.read_only
        assert "already open in HumasDesk" in clicker.texts[0]
        assert lib.counts() == counts
        with pytest.raises(errors.OpenedReadOnly):
            statements.save(lib, Statement(title="Tidak boleh tersimpan"))
        lib.close()
        monkeypatch.setattr(app, "ask", Clicker())  # Cancel
        assert app.open_interactively(library_path) is None
    finally:
        other.kill()
        other.wait()
    with open_library(library_path) as lib:
        assert lib.counts() == counts


def test_a_library_from_a_newer_humasdesk_is_refused_in_the_window_untouched(
    library_path: Path, monkeypatch, english
):
    with open_library(library_path) as lib:
        lib.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 3}")
    checkpoint(library_path)
    before = library_path.read_bytes()
    clicker = Clicker()
    monkeypatch.setattr(app, "ask", clicker)
    assert app.open_interactively(library_path) is None
    assert f"schema version {schema.SCHEMA_VERSION + 3}" in clicker.texts[0]
    assert f"schema version {schema.SCHEMA_VERSION}." in clicker.texts[0]
    assert library_path.read_bytes() == before
    assert not session.lock_path(library_path).exists()


def test_a_newer_library_is_refused_by_the_command_line_untouched(library_path: Path):
    from tests.test_cli_library import run

    with open_library(library_path) as lib:
        lib.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    checkpoint(library_path)
    before = library_path.read_bytes()
    result = run("check", "--library", str(library_path), "--lang", "en")
    assert result.returncode == 2
    assert f"schema version {schema.SCHEMA_VERSION + 1}" in result.stderr
    assert f"schema version {schema.SCHEMA_VERSION}." in result.stderr
    assert "Traceback" not in result.stderr
    assert library_path.read_bytes() == before


def test_check_verifies_the_audit_chain(library_path: Path, capsys):
    from humasdesk.cli import main
    from humasdesk.store import audit

    with open_library(library_path) as lib:
        audit.record(lib, "approve", "statement", "s-1", "disetujui")
        audit.record(lib, "publish", "statement", "s-1", "")
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 0
    conn = sqlite3.connect(library_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET detail = 'diubah diam-diam' WHERE seq = 1")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 1
    assert "audit log entry 1" in capsys.readouterr().out
