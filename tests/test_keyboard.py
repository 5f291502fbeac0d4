"""An officer works the lists by keyboard: Tab from the module list reaches the records, then
every control of the page once (the date filters take one Tab each, not three), and leaves;
Tab in the lead moves on instead of typing a tab; the list shows where the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from humasdesk import prefs
from humasdesk.store.db import Library
from humasdesk.ui import accessibility
from humasdesk.ui.app import application
from humasdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    application()  # the app's setup, with its keyboard rules
    win = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def tab_walk(qtbot, start: QWidget, limit: int = 60) -> list[QWidget]:
    """The controls Tab visits from `start` until it comes back to `start`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is start:
            return visited
        visited.append(focus)
    raise AssertionError(f"Tab never came back to {start.objectName()}: stuck in {visited[-3:]}")


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() or w.accessibleName() or type(w).__name__ for w in widgets]


def test_tab_goes_through_the_statement_list_once_and_leaves_the_date_filters(
    qtbot, window: MainWindow
):
    view = window.statements_view
    visited = tab_walk(qtbot, window.nav)

    assert visited[0] is view.table  # the records first
    assert len(set(visited)) == len(visited), names(visited)  # each once
    page_controls = set(accessibility.controls(view.list_page))
    assert page_controls <= set(visited), names(list(page_controls - set(visited)))
    after = visited.index(view.date_from)
    assert visited[after + 1 : after + 3] == [view.date_to, view.clear_filters]


def test_tab_goes_through_the_quote_library_once_and_leaves_the_date_filters(
    qtbot, window: MainWindow
):
    window.show_module(1)
    view = window.quotes_view
    visited = tab_walk(qtbot, window.nav)

    assert visited[0] is view.table
    assert len(set(visited)) == len(visited), names(visited)  # each once
    library_page = view.tabs.widget(0)
    page_controls = set(accessibility.controls(library_page)) | {view.import_button}
    assert page_controls <= set(visited), names(list(page_controls - set(visited)))
    bar = view.filter_bar
    after = visited.index(bar.date_from)
    assert visited[after + 1] is bar.date_to
    assert visited[after + 2] is not bar.date_to  # one Tab leaves the last date field


def test_the_list_reached_by_tab_shows_its_focus_on_a_selected_row(qtbot, window: MainWindow):
    table = window.statements_view.table
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.selectionModel().isRowSelected(1)


def test_tab_in_the_lead_moves_on_and_indents_a_list_item(qtbot, window: MainWindow):
    view = window.statements_view
    view.new_statement()
    try:
        lead = view.editor.lead
        lead.setFocus()
        qtbot.waitUntil(lead.hasFocus)
        qtbot.keyClicks(lead, "Pemprov membuka posko banjir")
        qtbot.keyClick(lead, Qt.Key.Key_Tab)
        assert "\t" not in lead.toPlainText()
        assert QApplication.focusWidget() is not lead

        body = view.editor.body
        body.setFocus()
        qtbot.waitUntil(body.hasFocus)
        qtbot.keyClicks(body, "- posko utama")
        qtbot.keyClick(body, Qt.Key.Key_Tab)
        assert body.toPlainText() == "  - posko utama"  # a list item indents as before
        assert QApplication.focusWidget() is body
    finally:
        view.editor.discard()  # nothing to ask about when the window closes
