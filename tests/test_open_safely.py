"""Opening a library in the window: one window at a time, a check after a crash, a damaged
file set aside with its newest good backup one click away, newer libraries refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from humasdesk.core import errors
from humasdesk.core.records import Statement
from humasdesk.paths import backups_dir
from humasdesk.store import backups, maintenance, schema, session, statements
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


# ----- damage is never taken for a new library, and a damaged one is not written


def test_an_empty_library_file_is_damage_and_the_newest_good_backup_is_offered(
    library_path: Path, capsys
):
    from humasdesk.cli import main

    counts = make_library(library_path)
    with open_library(library_path) as lib:
        made = backups.create(lib)
    library_path.write_bytes(b"")  # truncate -s0: a sync tool or a full disk emptied it
    with pytest.raises(errors.LibraryDamaged, match="empty"):
        open_library(library_path)
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "empty" in out and str(made.path) in out
    assert main(["statements", "--library", str(library_path), "--lang", "en"]) == 2
    assert str(made.path) in capsys.readouterr().err
    assert library_path.stat().st_size == 0  # never made into a new, empty library
    assert main(["restore", str(made.path), "--library", str(library_path)]) == 0
    with open_library(library_path) as lib:
        assert lib.counts() == counts


def test_only_init_makes_a_library_in_an_empty_file(library_path: Path):
    from humasdesk.cli import main

    library_path.write_bytes(b"")
    assert main(["init", "--library", str(library_path)]) == 0
    with open_library(library_path, create=False) as lib:
        assert lib.is_empty() and not lib.read_only


def test_the_window_calls_an_empty_file_damage_and_restores_the_backup(
    library_path: Path, monkeypatch, english
):
    counts = make_library(library_path)
    with open_library(library_path) as lib:
        backups.create(lib, backups.AUTO)
    library_path.write_bytes(b"")
    clicker = Clicker("restoreBackup")
    monkeypatch.setattr(app, "ask", clicker)
    lib = app.open_interactively(library_path)  # after a clean exit: no crash to notice
    assert lib is not None
    try:
        assert "is damaged" in clicker.texts[0]
        assert lib.counts() == counts
    finally:
        lib.close()


def test_a_library_cut_short_is_read_but_never_written(library_path: Path, capsys):
    from humasdesk.cli import main

    make_library(library_path)
    checkpoint(library_path)
    with library_path.open("r+b") as handle:  # truncate -s -1234
        handle.truncate(library_path.stat().st_size - 1234)
    before = library_path.read_bytes()
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 1
    assert "cut short" in capsys.readouterr().out
    assert main(["statements", "--library", str(library_path), "--lang", "en"]) == 0
    shown = capsys.readouterr()
    assert "is damaged" in shown.err and "read-only" in shown.err
    assert shown.out.strip()  # what can still be read is listed
    release = library_path.parent / "rilis.txt"
    release.write_text("Judul Rilis\n\nJakarta - Isi rilis yang baru.\n", encoding="utf-8")
    assert main(["import", str(release), "--library", str(library_path), "--lang", "en"]) == 2
    assert "is damaged" in capsys.readouterr().err
    assert library_path.read_bytes() == before


def test_a_library_a_check_found_damaged_refuses_writes_until_restored(
    library_path: Path, monkeypatch, english, capsys
):
    from humasdesk.cli import main

    make_library(library_path)
    with open_library(library_path) as lib:
        good = backups.create(lib)
    checkpoint(library_path)
    damage(library_path)
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 1
    capsys.readouterr()
    with open_library(library_path) as lib:  # later, in another command
        assert lib.read_only and lib.damaged
        with pytest.raises(errors.LibraryDamaged):
            statements.save(lib, Statement(title="Tidak boleh tersimpan"))
    # The window, after a clean exit, says so too, and can open it read-only to copy from.
    clicker = Clicker("openDamagedReadOnly")
    monkeypatch.setattr(app, "ask", clicker)
    lib = app.open_interactively(library_path)
    assert lib is not None and lib.read_only and lib.damaged
    assert "is damaged" in clicker.texts[0]
    lib.close()
    session.release_all()
    assert main(["restore", str(good.path), "--library", str(library_path)]) == 0
    with open_library(library_path) as lib:
        assert not lib.read_only
        statements.save(lib, Statement(title="Tersimpan lagi setelah pemulihan"))


def test_a_backup_with_a_broken_search_index_is_not_kept_and_restore_skips_it(
    library_path: Path, monkeypatch, english
):
    from tests.safety_helpers import break_quote_index

    counts = make_library(library_path)
    with open_library(library_path) as lib:
        good = backups.create(lib, backups.AUTO)
    break_quote_index(library_path)
    with open_library(library_path) as lib, pytest.raises(errors.BackupFailed, match="quotes_fts"):
        backups.create(lib)
    # A broken backup kept by an older HumasDesk, newer than the good one.
    later = good.local_time + dt.timedelta(minutes=1)
    broken = good.path.with_name(f"{library_path.stem}-{later:%Y%m%d-%H%M%S}-manual.sqlite")
    shutil.copy(library_path, broken)
    assert backups.listing(library_path)[0].path == broken
    assert backups.newest_good(library_path).path == good.path
    monkeypatch.setattr(app, "ask", Clicker("restoreBackup"))
    lib = app.recover_damaged(library_path, None)
    assert lib is not None
    try:
        assert lib.counts() == counts
        assert not [p for p in maintenance.check(lib).problems]
    finally:
        lib.close()


@pytest.mark.parametrize("table", ["stems", "recovery", "quotes_fts", "audit_log"])
def test_a_missing_table_is_named_by_check_and_by_every_command(
    library_path: Path, table: str, capsys
):
    from humasdesk.cli import main

    make_library(library_path)
    conn = sqlite3.connect(library_path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 1
    assert f"the table {table} is missing" in capsys.readouterr().out
    for command in (["statements"], ["search", "banjir"]):
        main([*command, "--library", str(library_path), "--lang", "en"])
        shown = capsys.readouterr()
        assert "Internal error" not in shown.err
        assert "damaged" in shown.err


def test_check_expects_every_object_a_new_library_has():
    from humasdesk.store import checks

    expected = checks.expected_schema()
    names = {name for _kind, name in expected}
    assert {"stems", "recovery", "audit_log_no_delete", "quotes_review_speaker"} <= names
    assert set(checks.fts_tables()) >= {"statements_fts", "quotes_fts", "cases_fts"}


def _newer_version_only_in_the_wal(library_path: Path) -> None:
    """A newer HumasDesk wrote its version and was killed before it checkpointed."""
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL')\n"
            "c.execute('PRAGMA wal_autocheckpoint=0')\n"
            f"c.execute('PRAGMA user_version={schema.SCHEMA_VERSION + 1}'); c.commit()\n"
            "print('DONE', flush=True); time.sleep(60)",
            str(library_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "DONE"
    writer.kill()
    writer.wait()
    assert Path(f"{library_path}-wal").stat().st_size > 0


def test_a_newer_version_only_in_the_wal_is_refused_without_changing_the_file(
    library_path: Path,
):
    from tests.test_cli_library import run

    make_library(library_path)
    checkpoint(library_path)
    _newer_version_only_in_the_wal(library_path)
    before = library_path.read_bytes()
    result = run("check", "--library", str(library_path), "--lang", "en")
    assert result.returncode == 2
    assert f"schema version {schema.SCHEMA_VERSION + 1}" in result.stderr
    assert library_path.read_bytes() == before
    assert Path(f"{library_path}-wal").stat().st_size > 0


def test_the_window_after_a_crash_refuses_a_newer_version_in_the_wal_untouched(
    library_path: Path, monkeypatch, english
):
    make_library(library_path)
    checkpoint(library_path)
    crash_with_lock(library_path)
    _newer_version_only_in_the_wal(library_path)
    before = library_path.read_bytes()
    clicker = Clicker()
    monkeypatch.setattr(app, "ask", clicker)
    assert app.open_interactively(library_path) is None
    assert f"schema version {schema.SCHEMA_VERSION + 1}" in clicker.texts[0]
    assert library_path.read_bytes() == before


def test_a_library_in_a_read_only_folder_opens_read_only_and_reading_commands_work(
    tmp_path: Path, monkeypatch, english, capsys
):
    from humasdesk.cli import main
    from tests.safety_helpers import read_only_folder

    folder = tmp_path / "arsip"
    folder.mkdir()
    library_path = folder / "kantor.humasdesk"
    counts = make_library(library_path)
    elsewhere = tmp_path / "salinan.sqlite"
    with read_only_folder(folder):
        with open_library(library_path) as lib:
            assert lib.read_only and lib.read_only_reason == "not-writable"
            with pytest.raises(errors.LibraryReadOnly):
                statements.save(lib, Statement(title="Tidak bisa disimpan"))
        for command in (
            ["check"],
            ["statements"],
            ["search", "banjir"],
            ["backup", "-o", str(elsewhere)],
        ):
            assert main([*command, "--library", str(library_path), "--lang", "en"]) == 0, command
        shown = capsys.readouterr()
        assert "OK:" in shown.out and "Banjir" in shown.out
        assert "read-only" in shown.err
        monkeypatch.setattr(app, "ask", Clicker())
        lib = app.open_interactively(library_path, warn=False)
        assert lib is not None
        try:
            from humasdesk import prefs
            from humasdesk.ui.main_window import MainWindow

            window = MainWindow(lib, prefs.Prefs())
            badge = window.safety.read_only_label
            assert not badge.isHidden()
            assert "cannot be written" in badge.text()
            window.close()
        finally:
            lib.close()
    with open_library(elsewhere) as copy:
        assert copy.counts() == counts


def test_starting_empty_instead_of_a_damaged_library_gives_a_writable_one(
    library_path: Path, monkeypatch, english
):
    from humasdesk.cli import main

    make_library(library_path)
    checkpoint(library_path)
    damage(library_path)
    assert main(["check", "--library", str(library_path)]) == 1
    monkeypatch.setattr(app, "ask", Clicker("startEmpty"))
    lib = app.open_interactively(library_path)
    assert lib is not None
    try:
        assert lib.is_empty() and not lib.read_only
        statements.save(lib, Statement(title="Awal yang baru"))
    finally:
        lib.close()


def test_a_table_removed_under_an_open_library_stops_its_writes(library_path: Path):
    make_library(library_path)
    with open_library(library_path) as lib:
        other = sqlite3.connect(library_path)  # another program
        other.execute("DROP TABLE recovery")
        other.commit()
        other.close()
        with pytest.raises(errors.LibraryDamaged, match="the table recovery is missing"):
            lib.query("SELECT * FROM recovery")
        assert lib.damaged and lib.read_only
        with pytest.raises(errors.LibraryDamaged):
            statements.save(lib, Statement(title="Tidak ditulis lagi"))


def test_a_query_naming_a_table_the_schema_never_had_is_our_bug_not_damage(library_path: Path):
    make_library(library_path)
    with open_library(library_path) as lib:
        with pytest.raises(sqlite3.OperationalError):
            lib.query("SELECT * FROM tabel_yang_tidak_pernah_ada")
        assert not lib.damaged and not lib.read_only
    with open_library(library_path) as lib:
        assert not lib.read_only


def test_a_missing_column_is_named_by_check_and_by_a_command_that_needs_it(
    library_path: Path, tmp_path: Path, capsys
):
    from humasdesk.cli import main

    make_library(library_path)
    with open_library(library_path) as lib:
        some_id = lib.scalar("SELECT id FROM statements LIMIT 1")
    conn = sqlite3.connect(library_path)
    conn.execute("ALTER TABLE statements DROP COLUMN subtitle")
    conn.commit()
    conn.close()
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 1
    assert "the column statements.subtitle is missing" in capsys.readouterr().out
    out = tmp_path / "rilis.md"
    library = str(library_path)
    code = main(["export", some_id, "--format", "md", "-o", str(out), "--library", library])
    shown = capsys.readouterr().err
    assert code == 2 and "Internal error" not in shown
    assert "kolom statements.subtitle hilang" in shown  # in the officer's language
