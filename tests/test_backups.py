"""Backups an officer can trust: checked when written, thinned out over time, one click back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from humasdesk.core import errors
from humasdesk.core.records import Statement
from humasdesk.paths import backups_dir
from humasdesk.store import backups, maintenance, sample, statements
from humasdesk.store.db import Library, open_library
from tests.safety_helpers import checkpoint, damage


def test_a_backup_is_a_checked_copy_with_its_date_and_counts(sample_lib: Library):
    made = backups.create(sample_lib, backups.AUTO)
    assert made.path.parent == backups_dir(sample_lib.path)
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    listed = backups.listing(sample_lib.path)
    assert [b.path for b in listed] == [made.path]
    assert listed[0].counts == sample_lib.counts()
    assert listed[0].kind == backups.AUTO
    assert listed[0].size == made.path.stat().st_size
    assert not list(backups_dir(sample_lib.path).glob("*.part"))


def test_a_copy_that_fails_its_check_is_not_kept(sample_lib: Library, monkeypatch):
    monkeypatch.setattr(backups, "_verify", lambda *_args: "quick_check: page 7 bad")
    with pytest.raises(errors.BackupFailed) as caught:
        backups.create(sample_lib, backups.AUTO)
    assert "page 7" in caught.value.render()
    assert backups.listing(sample_lib.path) == []
    assert not list(backups_dir(sample_lib.path).glob("*"))


def test_a_backup_into_an_unwritable_place_says_so_and_changes_nothing(
    sample_lib: Library, tmp_path: Path
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    before = sample_lib.counts()
    with pytest.raises(errors.LibraryReadOnly):
        backups.create(sample_lib, backups.MANUAL, target=blocker / "copy.sqlite")
    assert sample_lib.counts() == before


def _fake(at: dt.datetime, kind: str = backups.AUTO) -> backups.Backup:
    return backups.Backup(path=Path(f"/b/{at.isoformat()}-{kind}"), created=at, kind=kind, size=1)


def test_retention_keeps_48_hours_14_days_8_weeks_and_12_months():
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    # A backup every 40 minutes for two years: 26,280 candidates.
    every = [_fake(start + dt.timedelta(minutes=40 * i)) for i in range(36 * 365 * 2)]
    keep = backups.to_keep(every)
    newest = max(every, key=lambda b: b.created)
    assert newest.path in keep
    # 48 hourly + up to 14 daily + 8 weekly + 12 monthly, with overlaps: never more than 82.
    assert 48 + 12 <= len(keep) <= 48 + 14 + 8 + 12
    kept = sorted((b for b in every if b.path in keep), key=lambda b: b.created)
    assert newest.created - kept[0].created > dt.timedelta(days=330)
    last_two_days = [b for b in kept if newest.created - b.created < dt.timedelta(hours=48)]
    assert len(last_two_days) == 48


def test_rotation_thins_automatic_backups_but_never_hand_made_ones(sample_lib: Library):
    base = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    for minutes in (0, 10, 20, 30):
        backups.create_from(
            sample_lib.conn,
            sample_lib.path,
            kind=backups.AUTO,
            at=base + dt.timedelta(minutes=minutes),
        )
    manual = backups.create_from(
        sample_lib.conn, sample_lib.path, kind=backups.MANUAL, at=base + dt.timedelta(minutes=1)
    )
    left = backups.listing(sample_lib.path)
    autos = [b for b in left if b.kind == backups.AUTO]
    assert len(autos) == 1  # the newest of that hour
    assert autos[0].created == base + dt.timedelta(minutes=30)
    assert manual.path in [b.path for b in left]


def test_the_only_backup_is_never_rotated_away(sample_lib: Library):
    only = backups.create(sample_lib, backups.EXIT)
    assert backups.rotate(sample_lib.path) == []
    assert only.path.exists()


def test_a_migration_backup_is_listed_as_made_before_an_upgrade(library_path: Path, monkeypatch):
    from sqlite_utils.migrations import Migrations

    from humasdesk.store import schema

    with open_library(library_path) as lib:
        statements.save(lib, Statement(title="Rapat koordinasi banjir"))
    extended = Migrations("humasdesk")
    for migration in schema.migrations._migrations:
        extended(name=migration.name)(migration.fn)
    extended(name="9999_test")(lambda db: db.execute("CREATE TABLE extra (x)"))
    monkeypatch.setattr(schema, "migrations", extended)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    open_library(library_path).close()
    listed = backups.listing(library_path)
    assert [b.kind for b in listed] == [backups.BEFORE_MIGRATION]
    assert listed[0].counts["statements"] == 1
    assert listed[0].schema_version == schema.SCHEMA_VERSION - 1


def test_the_newest_good_backup_skips_one_that_went_bad(sample_lib: Library):
    older = backups.create_from(
        sample_lib.conn,
        sample_lib.path,
        kind=backups.MANUAL,
        at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
    )
    newer = backups.create(sample_lib, backups.MANUAL)
    damage(newer.path, first_page=2, pages=3)
    found = backups.newest_good(sample_lib.path)
    assert found is not None and found.path == older.path


def test_restoring_a_damaged_backup_leaves_the_library_as_it_was(
    sample_lib: Library, tmp_path: Path
):
    bad = backups.create(sample_lib, backups.MANUAL)
    damage(bad.path, first_page=2, pages=3)
    path = sample_lib.path
    before = sample_lib.counts()
    sample_lib.close()
    with pytest.raises(errors.LibraryDamaged):
        maintenance.restore(path, bad.path)
    with open_library(path, create=False) as lib:
        assert lib.counts() == before
    assert not any("replaced" in p.name for p in backups_dir(path).glob("*"))
    assert not Path(f"{path}.restoring").exists()


def test_restore_sets_the_current_file_aside_even_when_it_is_damaged(sample_lib: Library):
    good = backups.create(sample_lib, backups.MANUAL)
    path = sample_lib.path
    sample_lib.close()
    checkpoint(path)
    damage(path)
    aside = maintenance.restore(path, good.path, aside_kind=backups.DAMAGED)
    assert aside.exists() and "damaged" in aside.name
    with open_library(path, create=False) as lib:
        assert maintenance.check(lib).ok
        assert lib.counts()["statements"] >= 12
    assert backups.listing(path)[0].path == good.path  # damaged files are not offered


def test_restore_refuses_while_another_window_holds_the_library(sample_lib: Library):
    from tests.safety_helpers import hold_in_other_process

    good = backups.create(sample_lib, backups.MANUAL)
    path = sample_lib.path
    sample_lib.close()
    other = hold_in_other_process(path)
    try:
        with pytest.raises(errors.LibraryInUse) as caught:
            maintenance.restore(path, good.path)
        assert str(other.pid) in caught.value.render()
    finally:
        other.kill()
        other.wait()


# ----- encrypting leaves no plain copy behind, and says so truthfully


def test_encrypting_lists_the_copies_it_cannot_encrypt_and_deletes_them_when_asked(
    tmp_path: Path, capsys, monkeypatch
):
    from humasdesk.cli import main
    from humasdesk.store import encryption
    from tests.safety_helpers import checkpoint, damage

    if not encryption.available():
        pytest.skip("SQLCipher is not installed")
    path = tmp_path / "kantor.humasdesk"
    with open_library(path) as lib:
        sample.install(lib)
        backups.create(lib, backups.AUTO)
    folder = backups_dir(path)
    # The window's recovery set a damaged copy aside; a backup was killed half-way.
    checkpoint(path)
    damaged_copy = folder / "kantor-20261101-080000-damaged.sqlite"
    damaged_copy.write_bytes(path.read_bytes())
    damage(damaged_copy, first_page=1, pages=3)
    killed = folder / "kantor-20261101-090000-auto.sqlite.part"
    killed.write_bytes(path.read_bytes())
    monkeypatch.setenv("HUMASDESK_PASSPHRASE", "kopi-pagi-di-kantor")
    assert main(["encrypt", "--library", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "1 of its backups" in out
    assert str(damaged_copy) in out and "could not be encrypted" in out
    assert not killed.exists()  # an unfinished copy is no backup: deleted
    assert encryption.plaintext_left(path) == [damaged_copy]
    assert main(["encrypt", "--delete-plaintext", "--library", str(path), "--lang", "en"]) == 0
    assert "Deleted 1" in capsys.readouterr().out
    assert encryption.plaintext_left(path) == []
    plain = [
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\0"
    ]
    assert plain == []


# ----- the audit log cannot be cut or rewritten without check noticing


def _audited_library(path: Path) -> None:
    from humasdesk.store import audit

    with open_library(path) as lib:
        for n in range(4):
            audit.record(lib, "status", "statement", f"s-{n}", f"draft -> approved ({n})")
        backups.create(lib)
        audit.record(lib, "status", "statement", "s-9", "approved -> published")


APPEND_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
    "            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
    "            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
)


def _tamper(path: Path, *sql: str, triggers_back: bool = True) -> None:
    """Another program edits the file: drops the append-only triggers, runs `sql`, and
    (a careful forger) puts the triggers back as the migration made them."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in (*sql, *(APPEND_ONLY if triggers_back else ())):
        conn.execute(statement)
    conn.commit()
    conn.close()


def _check_problems(path: Path) -> list[str]:
    with open_library(path) as lib:
        return maintenance.check(lib).problems


def test_a_whole_audit_log_passes(library_path: Path):
    _audited_library(library_path)
    assert _check_problems(library_path) == []


def test_dropping_the_append_only_triggers_shows(library_path: Path):
    _audited_library(library_path)
    _tamper(library_path, triggers_back=False)
    problems = _check_problems(library_path)
    assert "the trigger audit_log_no_update is missing" in problems
    assert "the trigger audit_log_no_delete is missing" in problems


@pytest.mark.parametrize(
    ("tampering", "expected"),
    [
        # The last entry: the head in the library's settings is gone from the chain.
        (["DELETE FROM audit_log WHERE seq = 5"], "audit log entry 5 (recorded in the library's"),
        # Every entry, and the settings' head with them: the backup's record shows it.
        (
            ["DELETE FROM audit_log", "DELETE FROM settings WHERE key = 'audit.head'"],
            "audit log entry 4 (recorded by the backup",
        ),
    ],
)
def test_cutting_the_audit_log_shows(library_path: Path, tampering: list[str], expected: str):
    _audited_library(library_path)
    _tamper(library_path, *tampering)
    problems = _check_problems(library_path)
    assert any(expected in p for p in problems), problems


def test_rewriting_the_audit_log_with_new_hashes_shows_against_its_backup(library_path: Path):
    from humasdesk.store import audit

    _audited_library(library_path)
    conn = sqlite3.connect(library_path)
    rows = conn.execute(
        "SELECT seq, at, action, entity, entity_id, detail FROM audit_log ORDER BY seq"
    ).fetchall()
    conn.close()
    # A forger changes entry 2 and works every hash out again, the settings' head too,
    # and puts the triggers back.
    statements_sql = ["DELETE FROM audit_log"]
    prev = audit.GENESIS
    for seq, at, action, entity, entity_id, detail in rows:
        if seq == 2:
            detail = "draft -> rejected (1)"
        digest = audit._digest(prev, at, action, entity, entity_id, detail)
        statements_sql.append(
            "INSERT INTO audit_log VALUES "
            f"({seq}, '{at}', '{action}', '{entity}', '{entity_id}', '{detail}', '{prev}', "
            f"'{digest}')"
        )
        prev = digest
    statements_sql.append(
        f"UPDATE settings SET value = '{rows[-1][0]}:{prev}' WHERE key = 'audit.head'"
    )
    _tamper(library_path, *statements_sql)
    problems = _check_problems(library_path)
    assert any("differs from recorded by the backup" in p and "rewritten" in p for p in problems)
    assert not any("does not match the chain" in p for p in problems)  # the chain itself is whole


def test_what_a_killed_backup_left_is_cleaned_up_at_the_next_start(
    library_path: Path, monkeypatch, capsys
):
    from humasdesk.cli import main
    from humasdesk.store import session
    from humasdesk.ui import app

    with open_library(library_path) as lib:
        sample.install(lib)
        kept = backups.create(lib)
    folder = backups_dir(library_path)

    def killed_half_way() -> list[Path]:
        made = [
            folder / "kantor-20261201-101500-auto.sqlite.part",
            folder / "kantor-20261201-101500-auto.sqlite.part-journal",
            library_path.with_name(library_path.name + ".restoring"),
        ]
        for path in made:
            path.write_bytes(b"SQLite format 3\0" + b"sebagian" * 100)
        return made

    left = killed_half_way()
    assert main(["check", "--library", str(library_path)]) == 0
    assert not any(p.exists() for p in left)
    left = killed_half_way()
    monkeypatch.setattr(app, "ask", lambda box: None)
    lib = app.open_interactively(library_path, warn=False)
    assert lib is not None
    lib.close()
    session.release_all()
    assert not any(p.exists() for p in left)
    assert kept.path.exists() and [b.path for b in backups.listing(library_path)] == [kept.path]


def test_a_restore_to_an_older_backup_is_not_taken_for_tampering(library_path: Path):
    from humasdesk.store import audit

    _audited_library(library_path)  # 4 entries, a backup, a 5th entry
    older = backups.listing(library_path)[0]
    with open_library(library_path) as lib:
        audit.record(lib, "status", "statement", "s-10", "published -> withdrawn")
        backups.create(lib)  # records entry 6
    maintenance.restore(library_path, older.path)
    assert _check_problems(library_path) == []
