"""Opening a library file: pragmas, schema versions, migrations and refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from humasdesk.core import errors
from humasdesk.paths import backups_dir
from humasdesk.store import schema
from humasdesk.store.db import APPLICATION_ID, open_library

FIXTURES = Path(__file__).parent / "fixtures" / "schema"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_library_is_one_sqlite_file_in_wal_mode_with_foreign_keys(library_path: Path):
    with open_library(library_path) as lib:
        assert lib.scalar("PRAGMA journal_mode") == "wal"
        assert lib.scalar("PRAGMA foreign_keys") == 1
        assert lib.scalar("PRAGMA busy_timeout") >= 1000
        assert lib.schema_version() == schema.SCHEMA_VERSION
        assert lib.scalar("PRAGMA application_id") == APPLICATION_ID
        tables = {r["name"] for r in lib.query("SELECT name FROM sqlite_master")}
    expected = {"statements", "revisions", "people", "roles", "quotes", "tags", "cases"}
    assert expected | {"case_answers", "case_timeline", "statements_fts"} <= tables


def test_the_default_library_lives_in_the_user_data_dir(user_dirs: Path, monkeypatch):
    from humasdesk.paths import resolve_library

    path = resolve_library(None)
    assert path.is_relative_to(user_dirs)
    assert "HumasDesk" in path.parts
    monkeypatch.setenv("HUMASDESK_LIBRARY", str(user_dirs / "env.humasdesk"))
    assert resolve_library(None) == user_dirs / "env.humasdesk"
    assert resolve_library(user_dirs / "flag.humasdesk") == user_dirs / "flag.humasdesk"


def test_a_library_from_a_newer_humasdesk_is_refused_and_left_untouched(library_path: Path):
    with open_library(library_path) as lib:
        lib.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(library_path)
    with pytest.raises(errors.LibraryTooNew) as caught:
        open_library(library_path)
    message = caught.value.render()
    assert str(schema.SCHEMA_VERSION + 5) in message
    assert str(schema.SCHEMA_VERSION) in message
    assert digest(library_path) == before


def test_a_file_that_is_not_a_library_is_refused(tmp_path: Path):
    text = tmp_path / "notes.humasdesk"
    text.write_text("rapat koordinasi pukul 10.00\n" * 20)
    with pytest.raises(errors.NotALibrary):
        open_library(text)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE anggaran (x)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(errors.NotALibrary):
        open_library(other)
    assert digest(other) == before


def test_a_missing_library_is_only_created_when_asked(tmp_path: Path):
    with pytest.raises(errors.LibraryNotFound):
        open_library(tmp_path / "none.humasdesk", create=False)
    assert not (tmp_path / "none.humasdesk").exists()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.humasdesk")), ids=lambda p: p.stem)
def test_every_earlier_schema_upgrades_to_the_current_one(fixture: Path, tmp_path: Path):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with open_library(copy) as lib:
        assert lib.schema_version() == schema.SCHEMA_VERSION
        from humasdesk.store import maintenance

        report = maintenance.check(lib)
        assert report.ok, report.problems
        assert report.counts["statements"] > 0


def test_there_is_a_fixture_for_every_schema_version():
    versions = {int(p.stem[1:]) for p in FIXTURES.glob("v*.humasdesk")}
    assert versions == set(range(1, schema.SCHEMA_VERSION + 1))


def test_a_migration_first_copies_the_file_to_a_backup(library_path: Path, monkeypatch):
    with open_library(library_path) as lib:
        lib.execute("INSERT INTO settings(key, value) VALUES ('office', 'Diskominfo')")
    extended = Migrations("humasdesk")
    for migration in schema.migrations._migrations:
        extended(name=migration.name)(migration.fn)

    @extended(name="9999_test_column")
    def add_column(db):
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT")

    monkeypatch.setattr(schema, "migrations", extended)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with open_library(library_path) as lib:
        assert lib.schema_version() == schema.SCHEMA_VERSION
    copies = list(backups_dir(library_path).glob("*before-migration*"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT value FROM settings").fetchone() == ("Diskominfo",)
    assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(settings)")]
    conn.close()


def test_a_failed_migration_leaves_the_library_as_it_was(library_path: Path, monkeypatch):
    with open_library(library_path):
        pass
    broken = Migrations("humasdesk")
    for migration in schema.migrations._migrations:
        broken(name=migration.name)(migration.fn)

    @broken(name="9999_broken")
    def fails(db):
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("migration bug")

    with monkeypatch.context() as patched:
        patched.setattr(schema, "migrations", broken)
        patched.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
        with pytest.raises(RuntimeError):
            open_library(library_path)
    with open_library(library_path) as lib:
        assert lib.schema_version() == schema.SCHEMA_VERSION
        assert lib.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0


def test_a_single_change_outside_a_transaction_is_saved_at_once(library_path: Path):
    """Library.execute commits a lone write, as sqlite-utils did before the window stopped
    loading it at start; a failing one leaves nothing behind."""
    with open_library(library_path) as lib:
        lib.execute("INSERT INTO settings(key, value) VALUES ('office', 'Diskominfo')")
        assert not lib.conn.in_transaction
        other = sqlite3.connect(library_path)
        assert other.execute("SELECT value FROM settings").fetchall() == [("Diskominfo",)]
        with pytest.raises(sqlite3.IntegrityError):
            lib.execute("INSERT INTO settings(key, value) VALUES ('office', 'again')")
        assert not lib.conn.in_transaction
        lib.execute("INSERT INTO settings(key, value) VALUES ('city', 'Semarang')")
        assert sorted(other.execute("SELECT key FROM settings").fetchall()) == [
            ("city",),
            ("office",),
        ]
        other.close()
