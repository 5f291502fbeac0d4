"""The quote library reads on a 1366x768 laptop: quotes wrap over a few lines instead of
being cut after a few words, and a search says how many quotes it found and marks the words
found, as the statement search does."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from humasdesk import prefs
from humasdesk.store.db import Library
from humasdesk.ui.main_window import MainWindow
from humasdesk.ui.quotes_view import QuotesView, highlighted_html


def quotes_window(qtbot, lib: Library) -> QuotesView:
    window = MainWindow(lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_module(1)
    return window.quotes_view


def test_quotes_wrap_and_mostly_show_whole_on_a_small_laptop(qtbot, english, sample_lib: Library):
    view = quotes_window(qtbot, sample_lib)
    table = view.table
    width, height = table.columnWidth(0), table.rowHeight(0)
    metrics = table.fontMetrics()
    assert height >= 4 * metrics.lineSpacing()
    rows = view.model.rowCount()
    whole = 0
    for row in range(rows):
        text = view.model.index(row, 0).data()
        needed = metrics.boundingRect(
            QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, text
        ).height()
        whole += needed <= height
    assert whole >= rows * 3 // 4, f"{whole} of {rows} quotes shown whole at {width} px"


def test_a_quote_search_shows_the_count_and_marks_the_words_found(
    qtbot, english, sample_lib: Library
):
    view = quotes_window(qtbot, sample_lib)
    assert view.count_label.text() == f"{view.model.rowCount()} quotes"
    view.filter_bar.search.setText("banjir")
    qtbot.waitUntil(lambda: view.count_label.text().endswith("found"), timeout=3000)
    count = view.model.rowCount()
    assert count >= 1 and view.count_label.text() == f"{count} found"
    text = view.model.index(0, 0).data()
    html = highlighted_html(text, view.delegate.query)
    assert "<b>banjir</b>" in html
