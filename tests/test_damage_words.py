"""What is wrong with a damaged library is said in the officer's language: `check`, a command
meeting an empty file, and the window's damage question speak Indonesian (English with
`--lang en`), while `check --json` and the logs keep the English words as a stable interface."""

from __future__ import annotations

import json
import pickle
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from humasdesk import prefs, translate
from humasdesk.cli import main
from humasdesk.core import errors, problems
from humasdesk.core.problems import Problem
from humasdesk.store import backups, checks, maintenance, session
from humasdesk.store.db import Library, known_damage, mark_damaged, open_library
from humasdesk.ui import app

ENGLISH_WORDS = ("the table", "is missing", "the file is empty", "bytes")


@pytest.fixture(autouse=True)
def _indonesian_after(qapp):
    yield
    translate.install("id")
    session.release_all()


def without_stems(path: Path) -> None:
    """A library that lost its table of word stems (issue 19's missing-table damage)."""
    from humasdesk.store import sample

    with open_library(path) as lib:
        sample.install(lib)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE stems")
    conn.commit()
    conn.close()


def test_check_says_a_missing_table_in_indonesian_and_in_english(library_path: Path, capsys):
    without_stems(library_path)
    library = str(library_path)
    assert main(["check", "--library", library, "--lang", "id"]) == 1
    shown = capsys.readouterr().out
    assert f"Rusak: {library}: tabel stems hilang" in shown
    assert not any(word in shown for word in ENGLISH_WORDS), shown
    assert main(["check", "--library", library, "--lang", "en"]) == 1
    assert f"Damaged: {library}: the table stems is missing" in capsys.readouterr().out


def test_a_command_on_an_empty_file_says_so_in_indonesian_and_in_english(
    library_path: Path, capsys
):
    library_path.write_bytes(b"")
    library = str(library_path)
    assert main(["statements", "--library", library, "--lang", "id"]) == 2
    shown = capsys.readouterr().err
    assert f"Galat: Pustaka {library} rusak: berkasnya kosong (0 bita)" in shown
    assert not any(word in shown for word in ENGLISH_WORDS), shown
    assert main(["statements", "--library", library, "--lang", "en"]) == 2
    shown = capsys.readouterr().err
    assert f"The library {library} is damaged: the file is empty (0 bytes)" in shown


def test_a_command_on_a_library_known_to_be_damaged_warns_in_indonesian(library_path: Path, capsys):
    without_stems(library_path)
    library = str(library_path)
    main(["check", "--library", library, "--lang", "id"])
    capsys.readouterr()
    # The damage is remembered on disk in English, and read back in the officer's words.
    assert main(["statements", "--library", library, "--lang", "id"]) == 0
    warning = capsys.readouterr().err
    assert "rusak (tabel stems hilang)" in warning
    assert "is missing" not in warning


def test_check_json_keeps_its_english_problems_whatever_the_language(library_path: Path, capsys):
    without_stems(library_path)
    assert main(["check", "--library", str(library_path), "--json", "--lang", "id"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["problems"] == ["the table stems is missing"]
    assert report["checks"]["schema"] == ["the table stems is missing"]


def test_a_problem_is_its_english_text_and_renders_in_the_installed_language(qapp):
    cut = Problem(problems.CUT_SHORT_OF, size=1024, expected=4096)
    assert cut == "the file is cut short (1024 of 4096 bytes)"
    assert json.dumps([cut]) == '["the file is cut short (1024 of 4096 bytes)"]'
    assert pickle.loads(pickle.dumps(cut)).params == cut.params
    translate.install("id")
    assert translate.problem_text(cut) == "berkasnya terpotong (1024 dari 4096 bita)"
    # A damage note joined and written to disk comes back whole, each part translated.
    note = problems.joined([cut, problems.missing("table", "recovery")])
    assert translate.problem_text(str(note)) == (
        "berkasnya terpotong (1024 dari 4096 bita); tabel recovery hilang"
    )
    # An error whose detail is a problem is translated whole.
    damaged = errors.LibraryDamaged(path="L.humasdesk", detail=problems.missing("table", "x"))
    assert str(damaged) == "The library L.humasdesk is damaged: the table x is missing"
    assert translate.error_text(damaged) == "Pustaka L.humasdesk rusak: tabel x hilang"
    # SQLite's own words we do not know are shown as SQLite said them.
    assert translate.problem_text("row 7 missing from index x") == "row 7 missing from index x"


def test_a_check_that_returns_plain_strings_still_works(library_path: Path, qapp):
    def plain(_target: checks.Target) -> list[str]:
        return ["index segment 3 is unreadable"]

    checks.register("search index", plain)
    try:
        with open_library(library_path) as lib:
            report = maintenance.check(lib)
        assert report.checks["search index"] == ["index segment 3 is unreadable"]
        translate.install("id")
        assert translate.problem_text(report.problems[-1]) == "index segment 3 is unreadable"
    finally:
        checks.CHECKS[:] = [c for c in checks.CHECKS if c.name != "search index"]


def test_an_audit_log_cut_short_is_said_in_indonesian(library_path: Path, qapp):
    from humasdesk.store import sample

    with open_library(library_path) as lib:
        sample.install(lib)
        backups.create(lib, backups.MANUAL)
        head = lib.scalar("SELECT max(seq) FROM audit_log")
    conn = sqlite3.connect(library_path)
    for trigger in ("audit_log_no_update", "audit_log_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DELETE FROM audit_log WHERE seq = ?", [head])
    conn.commit()
    conn.close()
    with open_library(library_path) as lib:
        found = maintenance.check(lib).problems
    translate.install("id")
    shown = [translate.problem_text(p) for p in found]
    assert f"entri log audit {head} (tercatat di pengaturan pustaka) tidak ada" in "; ".join(shown)
    assert "pemicu (trigger) audit_log_no_delete hilang" in shown
    assert not any("audit log entry" in s or "is missing" in s for s in shown), shown


class Clicker:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, box: QMessageBox):
        self.texts.append(box.text())
        return None  # closes it


def test_the_window_names_the_damage_in_indonesian(library_path: Path, monkeypatch, qapp):
    without_stems(library_path)
    with open_library(library_path) as lib:
        maintenance.check_library(lib)  # remembered as damaged, as `humasdesk check` does
    translate.install("id")
    clicker = Clicker()
    monkeypatch.setattr(app, "ask", clicker)
    assert app.open_interactively(library_path, warn=False) is None
    shown = clicker.texts[0]
    assert "rusak dan tidak dapat dipakai dengan aman" in shown
    assert "Yang ditemukan: tabel stems hilang" in shown
    assert "is missing" not in shown


def test_the_window_names_an_empty_file_in_indonesian(library_path: Path, monkeypatch, qapp):
    library_path.write_bytes(b"")
    translate.install("id")
    clicker = Clicker()
    monkeypatch.setattr(app, "ask", clicker)
    assert app.open_interactively(library_path, warn=False) is None
    assert "Yang ditemukan: berkasnya kosong (0 bita)" in clicker.texts[0]


def test_a_failed_automatic_backup_is_said_in_indonesian_in_the_status_bar(
    qtbot, sample_lib: Library
):
    from humasdesk.ui.main_window import MainWindow

    translate.install("id")
    window = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
    qtbot.addWidget(window)
    failed = errors.BackupFailed(path=sample_lib.path, detail=Problem(problems.EMPTY_COPY))
    window.safety._backup_failed(failed)
    shown = window.statusBar().currentMessage()
    assert "salinannya kosong" in shown
    assert "empty copy" not in shown
    assert QCoreApplication.translate("checks", "empty copy") == "salinannya kosong"


def test_a_damage_note_from_before_is_read_back_as_a_problem(library_path: Path):
    library_path.write_bytes(b"")
    mark_damaged(library_path, "the table stems is missing; database disk image is malformed")
    note = known_damage(library_path)
    assert isinstance(note, Problem)
    assert note == "the table stems is missing; database disk image is malformed"


def test_other_errors_say_their_own_details_in_indonesian(tmp_path: Path, qapp):
    from humasdesk.store import packs, settings

    translate.install("id")
    with pytest.raises(errors.InvalidInput) as bad_pattern:
        settings.check_pattern("No. {nomor}/HM")
    assert "isian 'nomor' tidak dikenal" in translate.error_text(bad_pattern.value)
    not_a_pack = tmp_path / "paket.json"
    not_a_pack.write_text("{}", encoding="utf-8")
    with pytest.raises(errors.UserError) as bad_pack:
        packs.read(not_a_pack)
    assert translate.error_text(bad_pack.value).endswith(": bukan berkas paket")
    assert str(bad_pack.value).endswith(": not a pack file")


def test_a_broken_search_index_is_said_in_indonesian_and_never_makes_the_library_damaged(
    library_path: Path, capsys
):
    from humasdesk.store import sample, search, search_index

    with open_library(library_path) as lib:
        sample.install(lib)
        search.search(lib, "banjir", kind="statements")  # the index is made beside it
    search_index.forget(library_path)
    folder = search_index.index_folder(library_path)
    for part in folder.rglob("*"):
        if part.is_file():
            part.write_bytes(b"not an index")
    library = str(library_path)
    assert main(["check", "--library", library, "--lang", "id"]) == 1
    shown = capsys.readouterr().out
    assert "indeks pencarian: rusak atau dari versi lain" in shown, shown
    assert "search index" not in shown
    # Derived data: rebuilt from the library on the next open, so the library stays writable.
    assert known_damage(library_path) == ""
