"""Opening a library file: pragmas, schema versions, migrations and refusals."""

from __future__ import annotations

import contextlib
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


def test_a_transaction_begun_by_hand_is_left_open_however_it_is_written(library_path: Path):
    with open_library(library_path) as lib:
        for begin in ("BEGIN", "BEGIN;", "-- a note\nBEGIN", "/* x */ begin immediate"):
            lib.execute(begin)
            assert lib.conn.in_transaction, begin
            lib.execute("ROLLBACK")


def test_a_write_that_returns_rows_is_saved_at_once(library_path: Path):
    with open_library(library_path) as lib:
        rows = lib.query(
            "INSERT INTO settings(key, value) VALUES ('office', 'Diskominfo') RETURNING value"
        )
        assert rows == [{"value": "Diskominfo"}]
        assert not lib.conn.in_transaction
        with lib.atomic():  # a real transaction, not a savepoint inside a forgotten one
            lib.execute("INSERT INTO settings(key, value) VALUES ('city', 'Semarang')")
        other = sqlite3.connect(library_path)
        assert other.execute("SELECT count(*) FROM settings").fetchone() == (2,)
        other.close()


def test_a_block_inside_a_transaction_sqlite_rolled_back_does_not_commit_alone(
    library_path: Path,
):
    with open_library(library_path) as lib:
        lib.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON settings WHEN NEW.key = 'bad' "
            "BEGIN SELECT RAISE(ROLLBACK, 'refused'); END"
        )
        with pytest.raises(sqlite3.Error), lib.atomic():
            lib.execute("INSERT INTO settings(key, value) VALUES ('first', '1')")
            with contextlib.suppress(sqlite3.IntegrityError):
                lib.execute("INSERT INTO settings(key, value) VALUES ('bad', '2')")
            with lib.atomic():  # the caller carried on: this must not commit on its own
                lib.execute("INSERT INTO settings(key, value) VALUES ('after', '3')")
        assert lib.query("SELECT key FROM settings") == []


def test_counting_a_library_moved_away_does_not_make_it_again(library_path: Path):
    from humasdesk.core.errors import UserError
    from humasdesk.store.db import count_records

    open_library(library_path).close()
    moved = library_path.with_name("moved.humasdesk")
    library_path.rename(moved)
    assert count_records(moved)["statements"] == 0
    with pytest.raises((UserError, sqlite3.Error)):
        count_records(library_path)
    assert not library_path.exists()
