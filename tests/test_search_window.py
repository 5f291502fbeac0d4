"""The window and its search index: built in the background when a library opens (a progress
bar while it is made), and brought up to date when a search finds it behind."""

from __future__ import annotations

from humasdesk import prefs
from humasdesk.core.records import Statement
from humasdesk.store import search_index, statements
from humasdesk.store.db import Library
from humasdesk.ui.main_window import MainWindow


def test_the_index_is_built_on_open_and_catches_up_after_a_save_elsewhere(
    qtbot, english, sample_lib: Library
):
    window = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._indexing is None and search_index.for_library(sample_lib).ready)
    assert search_index.index_folder(sample_lib.path).exists()
    assert not window.index_progress.isVisible()
    view = window.statements_view
    view.search_for("banjir")
    found = view.model.rowCount()
    assert found >= 1
    # Another process (here: the store directly) saves a statement: the next search finds
    # the index behind, the window brings it up to date and the list shows the new one.
    statements.save(
        sample_lib, Statement(title="Banjir rob di pesisir", body="Banjir rob."), extract=False
    )
    view.search_for("banjir rob")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.record(0)["title"] == "Banjir rob di pesisir"
    view.order_box.setCurrentIndex(1)  # newest first
    assert "newest first" in view.count_label.text()
