"""`humasdesk statements` and `humasdesk search` for scripts, and a real kill of a running
HumasDesk after its autosave: the next start gets every word back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from humasdesk.cli import main
from humasdesk.core.records import Statement
from humasdesk.store import recovery, statements
from humasdesk.store.db import open_library

ROOT = Path(__file__).resolve().parents[1]


def run_json(capsys, *args: str):
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def sample_path(library_path: Path, capsys) -> Path:
    main(["init", "--sample", "--library", str(library_path)])
    capsys.readouterr()
    return library_path


def test_statements_lists_every_statement_newest_first(sample_path: Path, capsys):
    rows = run_json(capsys, "statements", "--library", str(sample_path))
    assert len(rows) == 12
    assert {"id", "number", "title", "date", "status", "language"} <= set(rows[0])
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    drafts = run_json(capsys, "statements", "--status", "draft", "--library", str(sample_path))
    assert drafts and all(r["status"] == "draft" for r in drafts)
    english = run_json(capsys, "statements", "--language", "en", "--library", str(sample_path))
    assert [r["language"] for r in english] == ["en"]


def test_search_finds_a_statement_from_any_form_of_a_word(sample_path: Path, capsys):
    with open_library(sample_path) as lib:
        saved = statements.save(
            lib,
            Statement(
                title="Gubernur Ajak Warga Jaga Sungai",
                body="Gubernur berharap warga berhenti membuang sampah. Ia mengharapkan dukungan.",
            ),
        )
    for typed in ("harapan", "berharap", "mengharapkan"):
        hits = run_json(
            capsys, "search", typed, "--kind", "statements", "--library", str(sample_path)
        )
        assert saved.id in [h["id"] for h in hits], typed
        hit = next(h for h in hits if h["id"] == saved.id)
        assert set(hit) >= {"kind", "id", "title", "snippet", "score"}  # more may be added
        assert hit["kind"] == "statements" and "[" in hit["snippet"]
    limited = run_json(capsys, "search", "nusantara", "--limit", "2", "--library", str(sample_path))
    assert len(limited) == 2
    assert limited[0]["score"] >= limited[1]["score"]


@pytest.mark.parametrize("typed", ['"', "NEAR(", "*", "a OR (", "banjir -hoaks", "^"])
def test_search_takes_any_text(sample_path: Path, capsys, typed: str):
    assert isinstance(run_json(capsys, "search", typed, "--library", str(sample_path)), list)


def test_a_missing_library_is_one_clear_line(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "humasdesk",
            "statements",
            "--library",
            str(tmp_path / "no"),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "No library" in result.stderr


KILLED_APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from humasdesk import prefs
from humasdesk.store.db import open_library
from humasdesk.store import templates
from humasdesk.ui.app import application
from humasdesk.ui.main_window import MainWindow

app = application()
lib = open_library(Path(sys.argv[1]))
window = MainWindow(lib, prefs.Prefs(language="en"), persist=False)
window.show()
view = window.statements_view
view.new_statement(templates.new_statement(lib, "press-id"))
editor = view.editor
editor.title.setText("")
QTest.keyClicks(editor.title, "Festival Budaya Muara Baru")
editor.body.setFocus()
editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
QTest.keyClicks(editor.body, sys.argv[2])
editor.autosaved.connect(lambda: (print("AUTOSAVED", flush=True)))
app.exec()
"""


def test_a_killed_app_gives_back_every_word_on_the_next_start(library_path: Path, qtbot):
    with open_library(library_path):
        pass
    words = "Festival dibuka Jumat malam di alun-alun dan pengunjung diminta datang lebih aw"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_APP, str(library_path), words],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip() == "AUTOSAVED", proc.stderr.read() if proc.stderr else ""
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with open_library(library_path) as lib:
        assert statements.count(lib) == 0
        (draft,) = recovery.pending(lib)
        assert draft.title == "Festival Budaya Muara Baru"
        assert draft.snapshot["body"].endswith(words)
        from humasdesk import prefs
        from humasdesk.ui.main_window import MainWindow

        window = MainWindow(lib, prefs.Prefs(language="en"), persist=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.recovery_dialog is not None)
        window.recovery_dialog.open_button.click()
        assert window.statements_view.editor.body.markdown().endswith(words)
        window.statements_view.editor.discard()


def test_search_sorts_by_date_and_filters_quotes_by_speaker(sample_path: Path, capsys):
    lib = ["--library", str(sample_path)]
    dated = run_json(capsys, "search", "banjir", "--sort", "date", "--limit", "50", *lib)
    days = [h["date"] or "" for h in dated if h["kind"] != "cases"]
    assert days and days == sorted(days, reverse=True)
    best = run_json(capsys, "search", "banjir", "--limit", "50", *lib)
    assert {h["id"] for h in best} >= {h["id"] for h in dated}
    scores = [h["score"] for h in best]
    assert scores == sorted(scores, reverse=True)
    quotes = run_json(capsys, "search", "banjir", "--kind", "quotes", *lib)
    speaker = quotes[0]["title"]
    by_speaker = run_json(capsys, "search", "banjir", "--speaker", speaker.split()[-1], *lib)
    assert by_speaker and {h["kind"] for h in by_speaker} == {"quotes"}
    assert all(h["title"] == speaker for h in by_speaker)
