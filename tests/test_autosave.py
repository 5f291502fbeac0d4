"""The safety copy of unsaved words: there while words are unsaved, gone once they are
saved (or typed back to the saved text), kept while the officer types without pausing, and
kept at once when they switch module or window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from humasdesk import prefs
from humasdesk.store import recovery, statements
from humasdesk.store.db import Library
from humasdesk.ui.autosave import Autosave
from humasdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    win = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_first(win: MainWindow):
    first = statements.listing(win.lib)[0]["id"]
    win.statements_view.open_statement(first)
    return win.statements_view.editor


def test_saving_leaves_no_copy_and_the_next_start_offers_nothing(window: MainWindow, qtbot):
    editor = open_first(window)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Pagi ini ")
    qtbot.waitUntil(lambda: recovery.pending(window.lib) != [])  # the copy while unsaved
    assert editor.save()
    assert recovery.pending(window.lib) == []
    # Nothing is written after the save either (the fields are refilled as saved).
    assert not editor.autosave.pending
    assert not editor.autosave.pause_timer.isActive()
    assert editor.flush() is False
    assert recovery.pending(window.lib) == []
    assert "Saved at" in editor.autosave_label.text()


def test_words_typed_back_to_the_saved_text_remove_the_copy(window: MainWindow, qtbot):
    editor = open_first(window)
    saved_body = editor.body.markdown()
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "xy")
    assert editor.flush()
    assert [d.key for d in recovery.pending(window.lib)] == [editor.recovery_key]
    qtbot.keyClick(editor.body, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.body, Qt.Key.Key_Backspace)
    assert editor.body.markdown() == saved_body
    assert editor.flush() is False
    assert recovery.pending(window.lib) == []
    assert not editor.modified
    assert editor.autosave_label.text() == ""


def test_continuous_typing_is_kept_without_a_pause(window: MainWindow, qtbot):
    editor = open_first(window)
    editor.body.setFocus()
    kept: list[bool] = []
    editor.autosaved.connect(lambda: kept.append(True))
    qtbot.keyClick(editor.body, Qt.Key.Key_A)
    deadline = editor.autosave.max_timer.remainingTime()
    # Each key restarts the pause but not the maximum: it keeps running down.
    for _ in range(200):
        if kept:
            break
        qtbot.keyClick(editor.body, Qt.Key.Key_A)
        assert editor.autosave.max_timer.remainingTime() <= deadline or kept
        qtbot.wait(50)  # a fast typist: far shorter than the pause
    assert kept
    assert recovery.get(window.lib, editor.recovery_key) is not None


def test_switching_module_keeps_the_copy_at_once(window: MainWindow, qtbot):
    editor = open_first(window)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Kalimat baru")
    assert editor.autosave.pending
    window.show_module(1)
    draft = recovery.get(window.lib, editor.recovery_key)
    assert draft is not None and "Kalimat baru" in draft.snapshot["body"]


def test_switching_to_another_window_keeps_the_copy_at_once(window: MainWindow, qtbot):
    editor = open_first(window)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Kalimat lain")
    assert editor.autosave.pending
    # The officer clicks into another window.
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    draft = recovery.get(window.lib, editor.recovery_key)
    assert draft is not None and "Kalimat lain" in draft.snapshot["body"]


def test_the_controller_alone_writes_clears_and_removes(lib: Library, qtbot):
    held: dict[str, Any] = {"title": "Rilis", "body": "Teks"}
    autosave = Autosave(lib, lambda: ("sid", dict(held)))
    autosave.show("sid", {"title": "Rilis", "body": "Teks"})
    autosave.typed()
    assert autosave.flush() is False  # the same words as saved: no copy
    assert recovery.pending(lib) == []
    held["body"] = "Teks baru"
    autosave.typed()
    assert autosave.flush() is True
    assert recovery.get(lib, "sid").snapshot["body"] == "Teks baru"
    assert autosave.flush() is False  # nothing new since
    autosave.discard()
    assert recovery.pending(lib) == []
