"""The library commands a power user or a script runs: init, check, backup, restore."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from humasdesk import __version__
from humasdesk.cli import main
from humasdesk.store.db import open_library

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "humasdesk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_version_is_printed():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"HumasDesk {__version__}"


def test_init_with_sample_fills_every_module(library_path: Path, capsys):
    assert main(["init", "--sample", "--library", str(library_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Sample data added" in out
    with open_library(library_path, create=False) as lib:
        counts = lib.counts()
    assert counts["statements"] >= 12
    assert counts["quotes"] >= 12
    assert counts["cases"] >= 1


def test_init_twice_with_sample_does_not_duplicate(library_path: Path, capsys):
    assert main(["init", "--sample", "--library", str(library_path)]) == 0
    assert main(["init", "--sample", "--library", str(library_path), "--lang", "en"]) == 2
    assert "already has records" in capsys.readouterr().out


def test_the_library_can_come_from_the_environment(tmp_path: Path, monkeypatch, capsys):
    target = tmp_path / "env.humasdesk"
    monkeypatch.setenv("HUMASDESK_LIBRARY", str(target))
    assert main(["init"]) == 0
    assert target.exists()


def test_check_reports_a_healthy_library(library_path: Path, capsys):
    main(["init", "--sample", "--library", str(library_path)])
    capsys.readouterr()
    assert main(["check", "--json", "--library", str(library_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["counts"]["statements"] >= 12


def test_check_finds_a_damaged_library(library_path: Path):
    main(["init", "--sample", "--library", str(library_path)])
    data = bytearray(library_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    for offset in range(3 * page, 5 * page):
        data[offset] = 0x5A
    library_path.write_bytes(bytes(data))
    result = run("check", "--library", str(library_path), "--lang", "en")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = (result.stdout + result.stderr).strip()
    assert "damaged" in message.lower() or "Damaged" in message
    assert message.splitlines()[1:] == ["There is no good backup of it to restore."]


def test_errors_are_one_translated_line_without_traceback(tmp_path: Path):
    missing = tmp_path / "tidak-ada.humasdesk"
    indonesian = run("check", "--library", str(missing))
    english = run("check", "--library", str(missing), "--lang", "en")
    assert indonesian.returncode == english.returncode == 2
    assert indonesian.stderr.strip() == (
        f"Galat: Tidak ada pustaka di {missing}. Buat dengan 'humasdesk init'."
    )
    assert english.stderr.strip() == (
        f"Error: No library at {missing}. Create one with 'humasdesk init'."
    )
    assert not missing.exists()


def test_backup_and_restore_bring_back_the_old_state(library_path: Path, tmp_path: Path):
    main(["init", "--sample", "--library", str(library_path)])
    copy = tmp_path / "cadangan.sqlite"
    assert main(["backup", "-o", str(copy), "--library", str(library_path)]) == 0
    with open_library(library_path) as lib:
        before = lib.counts()
        lib.execute("DELETE FROM quotes")
    assert main(["restore", str(copy), "--library", str(library_path)]) == 0
    with open_library(library_path) as lib:
        assert lib.counts() == before
    aside = list((library_path.parent / f"{library_path.name}-backups").glob("*replaced*"))
    assert len(aside) == 1
    with open_library(aside[0]) as old:
        assert old.counts()["quotes"] == 0


def test_backup_without_output_goes_to_the_backups_folder(library_path: Path, capsys):
    main(["init", "--library", str(library_path)])
    assert main(["backup", "--library", str(library_path), "--lang", "en"]) == 0
    written = list((library_path.parent / f"{library_path.name}-backups").glob("*.sqlite"))
    assert len(written) == 1
    assert str(written[0]) in capsys.readouterr().out


@pytest.mark.parametrize("command", ["check", "backup"])
def test_commands_on_a_foreign_file_fail_cleanly(tmp_path: Path, command: str):
    foreign = tmp_path / "laporan.docx"
    foreign.write_bytes(b"PK\x03\x04 not a library")
    result = run(command, "--library", str(foreign), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.strip() == f"Error: {foreign} is not a HumasDesk library."
    assert foreign.read_bytes() == b"PK\x03\x04 not a library"
