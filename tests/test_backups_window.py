"""Backups in the window: made automatically while the officer works and on quitting, listed
in File > Backups…, and one restored with a clear confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from humasdesk import prefs
from humasdesk.core.records import Statement
from humasdesk.store import backups, statements
from humasdesk.store.db import Library
from humasdesk.ui import app
from humasdesk.ui.backups_dialog import BackupsDialog
from humasdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    win = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_half_hourly_backup_only_runs_when_the_library_changed(window: MainWindow):
    assert window.safety.timer.interval() == 30 * 60 * 1000
    assert window.safety.auto_backup() is None  # nothing changed since opening
    statements.save(window.lib, Statement(title="Rilis pagi"))
    made = window.safety.auto_backup()
    assert made is not None and made.kind == backups.AUTO
    assert made.counts["statements"] == window.lib.counts()["statements"]
    assert window.safety.auto_backup() is None


def test_the_timer_backs_up_in_the_background(window: MainWindow, qtbot):
    assert window.safety.schedule_backup() is None  # nothing changed
    statements.save(window.lib, Statement(title="Rilis siang"))
    assert window.safety.schedule_backup() is not None
    qtbot.waitUntil(lambda: window.safety.token == window.lib.change_token(), timeout=60_000)
    (made,) = backups.listing(window.lib.path)
    assert made.kind == backups.AUTO
    assert made.counts["statements"] == window.lib.counts()["statements"]
    assert window.safety.schedule_backup() is None


def test_a_change_from_another_window_or_job_also_counts(window: MainWindow):
    from humasdesk.store.db import open_library

    with open_library(window.lib.path) as other:
        statements.save(other, Statement(title="Dari proses impor"))
    made = window.safety.auto_backup()
    assert made is not None and made.kind == backups.AUTO
    assert made.counts["statements"] == 13  # the sample's 12 and the other window's one


def test_quitting_after_changes_leaves_a_backup(window: MainWindow):
    statements.save(window.lib, Statement(title="Disimpan sebelum keluar"))
    window.close()
    window.safety.on_quit()  # what run_app does once the window has closed
    kinds = [b.kind for b in backups.listing(window.lib.path)]
    assert kinds == [backups.EXIT]


def test_the_backups_dialog_lists_backups_and_restores_one(window: MainWindow, monkeypatch, qtbot):
    assert window.safety.act_backups.text() == "Bac&kups…"
    assert window.safety.act_backups in window.menu_file.actions()
    before = window.lib.counts()
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog)
    dialog.back_up.click()
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[1] == "by hand"
    assert f"{before['statements']} statements" in row[3]
    window.lib.execute("DELETE FROM quotes")
    window.refresh()
    assert window.lib.counts()["quotes"] == 0

    confirmations: list[str] = []

    def confirm(box: QMessageBox):
        confirmations.append(box.text())
        return next(b for b in box.buttons() if b.objectName() == "confirmRestore")

    monkeypatch.setattr(app, "ask", confirm)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert "not deleted" in confirmations[0]
    assert window.lib.counts() == before
    assert window.quotes_view.model.rowCount() == before["quotes"]
    kinds = {b.kind for b in backups.listing(window.lib.path)}
    assert kinds == {backups.MANUAL, backups.REPLACED}
    assert dialog.table.rowCount() == 2


def test_cancelling_the_confirmation_restores_nothing(window: MainWindow, monkeypatch, qtbot):
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    statements.save(window.lib, Statement(title="Tetap ada"))
    monkeypatch.setattr(app, "ask", lambda box: None)
    dialog.restore_selected()
    titles = [r["title"] for r in statements.listing(window.lib)]
    assert "Tetap ada" in titles


def test_a_read_only_window_says_so_and_makes_no_backups(qtbot, english, sample_lib: Library):
    from humasdesk.store.db import open_library

    read_only = open_library(sample_lib.path, create=False, read_only=True)
    win = MainWindow(read_only, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.safety.read_only_label.isVisible()
    assert "Read-only" in win.safety.read_only_label.text()
    assert not win.safety.act_encryption.isEnabled()
    statements.save(sample_lib, Statement(title="Dari jendela lain"))
    assert win.safety.auto_backup() is None
    win.close()
    read_only.close()
