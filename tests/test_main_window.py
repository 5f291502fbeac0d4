"""The main window as an officer meets it: three modules, menus, status bar, first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from humasdesk import prefs
from humasdesk.store.db import Library, open_library
from humasdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    win = MainWindow(sample_lib, prefs.Prefs(language="en"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_modules_are_one_click_apart_and_show_the_library(window: MainWindow, qtbot):
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Press statements", "Quote library", "RESIST cases", "Crisis desk"]
    assert window.statements_view.model.rowCount() >= 12
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.quotes_view
    assert window.quotes_view.model.rowCount() >= 12
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.cases_view
    assert window.cases_view.model.rowCount() >= 1


def test_the_status_bar_names_the_library_and_counts_its_records(window: MainWindow):
    assert window.lib.path.name in window.status_label.text()  # at once; counts follow
    window.settle()
    text = window.status_label.text()
    counts = window.lib.counts()
    assert window.lib.path.name in text
    assert f"{counts['statements']} statements" in text
    assert f"{counts['quotes']} quotes" in text


def test_statement_list_shows_titles_and_translated_statuses(window: MainWindow):
    model = window.statements_view.model
    titles = {model.index(r, 2).data() for r in range(model.rowCount())}
    statuses = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert all(titles)
    assert "Published" in statuses


def test_sorting_the_statement_list_happens_in_sql(window: MainWindow):
    model = window.statements_view.model
    model.sort(1, Qt.SortOrder.AscendingOrder)
    first = model.record(0)["date"]
    last = model.record(model.rowCount() - 1)["date"]
    assert first <= last


def test_menus_offer_the_standard_commands(window: MainWindow):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    file_items = [a.text() for a in window.menu_file.actions() if a.text()]
    assert "&New library…" in file_items
    assert "&Open library…" in file_items
    assert "Recent libraries" in file_items
    assert "&Back up now" in file_items
    assert "&Quit" in file_items


def test_switching_language_takes_effect_at_once(window: MainWindow):
    window.settle()
    window.set_language("id")
    assert window.nav.item(0).text() == "Siaran Pers"
    assert window.menu_file.title() == "&Berkas"
    assert "siaran pers" in window.status_label.text()
    window.set_language("en")
    assert window.nav.item(0).text() == "Press statements"


def test_a_new_library_offers_the_sample_data(qtbot, english, library_path: Path):
    with open_library(library_path) as lib:
        win = MainWindow(lib, prefs.Prefs(language="en"))
        qtbot.addWidget(win)
        win.show()
        assert win.banner.isVisible()
        assert win.statements_view.model.rowCount() == 0
        qtbot.mouseClick(win.banner.fill, Qt.MouseButton.LeftButton)
        assert not win.banner.isVisible()
        assert win.statements_view.model.rowCount() >= 12
        assert win.quotes_view.model.rowCount() >= 12


def test_window_geometry_is_remembered(qtbot, english, sample_lib: Library):
    settings = prefs.Prefs()
    win = MainWindow(sample_lib, settings)
    qtbot.addWidget(win)
    win.resize(720, 520)
    win.show()
    win.close()
    again = MainWindow(sample_lib, prefs.load())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)
    assert str(sample_lib.path) in prefs.load().recent_libraries


def test_backup_from_the_menu_writes_a_copy(window: MainWindow):
    window.act_backup.trigger()
    copies = list((window.lib.path.parent / f"{window.lib.path.name}-backups").glob("*.sqlite"))
    assert len(copies) == 1
    assert "Backup written" in window.statusBar().currentMessage()


def test_opening_another_library_switches_every_module(window: MainWindow, tmp_path: Path):
    window.switch_library(tmp_path / "kosong.humasdesk")
    assert window.lib.path == tmp_path / "kosong.humasdesk"
    assert window.statements_view.model.rowCount() == 0
    assert window.banner.isVisible()
    QApplication.processEvents()


def test_a_quote_opens_its_source_statement_at_the_quote(qtbot, sample_lib):
    from humasdesk import prefs
    from humasdesk.store import quotes, statements
    from humasdesk.ui.main_window import MainWindow

    window = MainWindow(sample_lib, prefs.Prefs(), persist=False)
    qtbot.addWidget(window)
    quote, start = next(
        (q, statements.get(sample_lib, q.statement_id).body.find(q.text))
        for q in (quotes.get(sample_lib, r["id"]) for r in quotes.listing(sample_lib))
        if q.statement_id and q.text in statements.get(sample_lib, q.statement_id).body
    )
    window.show_module(1)
    window.quotes_view.open_statement(quote.statement_id, start, start + len(quote.text))
    assert window.stack.currentWidget() is window.statements_view
    editor = window.statements_view.editor
    assert editor.base.id == quote.statement_id
    assert editor.body.textCursor().selectedText() == quote.text


def test_a_draft_made_in_a_resist_case_opens_in_the_editor(qtbot, sample_lib):
    from humasdesk import prefs
    from humasdesk.store import statements
    from humasdesk.ui.main_window import MainWindow

    window = MainWindow(sample_lib, prefs.Prefs(), persist=False)
    qtbot.addWidget(window)
    window.show_module(2)
    (row, *_) = statements.listing(sample_lib)
    window.cases_view.statement_created.emit(row["id"])
    assert window.stack.currentWidget() is window.statements_view
    assert window.statements_view.editing()
    assert window.statements_view.editor.base.id == row["id"]


def test_a_closed_window_is_let_go_at_once(qtbot, sample_lib):
    """No reference cycle keeps a closed window (and its library) alive until the garbage
    collector happens to run: tests and a library switch see it gone."""
    import gc
    import weakref

    from humasdesk import prefs
    from humasdesk.ui.main_window import MainWindow

    gc.disable()
    try:
        window = MainWindow(sample_lib, prefs.Prefs(), persist=False)
        window.show()
        gone = weakref.ref(window)
        window.close()
        window.deleteLater()
        del window
        qtbot.wait(1)
        assert gone() is None
    finally:
        gc.enable()


def test_work_put_off_until_the_window_is_drawn_runs_once_it_is(qtbot, sample_lib):
    """The warning about a synced folder (and the screen-reader names) wait for the first
    paint: the window shows sooner, and the warning appears over it."""
    from humasdesk import prefs
    from humasdesk.ui.main_window import MainWindow

    win = MainWindow(sample_lib, prefs.Prefs(), persist=False)
    qtbot.addWidget(win)
    ran: list[int] = []
    win.after_first_paint(lambda: ran.append(1))
    assert ran == []
    win.show()
    qtbot.waitUntil(lambda: ran == [1])
    win.after_first_paint(lambda: ran.append(2))  # drawn already: at once
    assert ran == [1, 2]


QUIT_WHILE_COUNTING = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import humasdesk.ui.main_window as mw
from humasdesk.ui.app import run_app

real_count = mw.count_records
def slow_count(path):
    time.sleep(1.0)  # still counting when the app quits
    counts = real_count(path)
    open(sys.argv[2], "w").write(str(counts["statements"]))
    return counts
mw.count_records = slow_count
real_show = mw.MainWindow.show
def show(self):
    real_show(self)
    self.after_first_paint(lambda: QTimer.singleShot(100, QApplication.quit))
mw.MainWindow.show = show
sys.exit(run_app(sys.argv[1]))
"""


def test_quitting_while_the_status_counts_run_ends_cleanly(sample_lib: Library, user_dirs):
    """A session's end quits the app without closing the window: the app waits for the
    background count before it lets the library go (a count that outlived the window once
    raised in its thread at exit, and the error dialog then held the quitting app forever)."""
    import subprocess
    import sys

    sample_lib.close()
    counted = sample_lib.path.with_name("counted.txt")
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_COUNTING, str(sample_lib.path), str(counted)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (
        counted.read_text() == "12"
    )  # the sample statements: the count ran to its end before the app quit
    log = user_dirs / ".local/state/HumasDesk/log/humasdesk.log"
    assert not log.exists() or "Uncaught error" not in log.read_text(encoding="utf-8")
    assert not list(sample_lib.path.parent.glob("*.lock"))


def test_a_job_whose_signals_qt_deleted_at_exit_ends_quietly(qapp):
    import shiboken6

    from humasdesk.ui.worker import Job

    job = Job(lambda _progress, _cancelled: 42)
    shiboken6.delete(job.signals)  # what the app's teardown does to a job still running
    job.run()  # raised "Signal source has been deleted" in the pool's thread


def test_an_error_in_a_background_thread_is_logged_without_a_dialog(qapp, monkeypatch):
    import threading

    from humasdesk.ui import errors

    shown: list[BaseException] = []
    logged: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, exc: shown.append(exc))
    monkeypatch.setattr(errors.logs, "log_exception", lambda exc: logged.append(exc) or "")
    errors.install_excepthook()
    import sys

    hook = sys.excepthook
    try:
        failure = ValueError("in a thread")
        thread = threading.Thread(target=hook, args=(ValueError, failure, None))
        thread.start()
        thread.join()
        assert logged == [failure] and shown == []  # a dialog off the UI thread can hang
        hook(ValueError, failure, None)
        assert shown == [failure]  # in the UI thread the user still sees it
    finally:
        sys.excepthook = sys.__excepthook__
