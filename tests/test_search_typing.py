"""Typing into the search boxes never makes the window wait: a word typed quickly runs one
search, searches run off the UI thread, and only the latest query's result is shown."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from humasdesk.core import query as query_parser
from humasdesk.store import search
from humasdesk.store.db import Library
from humasdesk.ui import quotes_view, statements_view
from humasdesk.ui.quotes_view import QuotesView
from humasdesk.ui.statements_view import SNIPPET_ROLE, StatementsView


def shown(qtbot, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def view(qtbot, english, sample_lib: Library) -> StatementsView:
    return shown(qtbot, StatementsView(sample_lib))


@pytest.fixture
def quote_view(qtbot, english, sample_lib: Library) -> QuotesView:
    return shown(qtbot, QuotesView(sample_lib))


def listed(view: StatementsView) -> list[str]:
    return [view.model.record(r)["id"] for r in range(view.model.rowCount())]


def test_a_word_typed_quickly_is_searched_once_for_the_whole_word(
    view: StatementsView, qtbot, monkeypatch
):
    asked: list[str] = []
    find = statements_view.find_statements

    def counting(reader: Library, text: str, *args: Any) -> statements_view.Found:
        asked.append(text)
        return find(reader, text, *args)

    monkeypatch.setattr(statements_view, "find_statements", counting)
    qtbot.keyClicks(view.search_box, "banjir")
    qtbot.waitUntil(lambda: view.query_text == "banjir")
    assert asked == ["banjir"]
    assert view.model.rowCount() >= 1


def test_a_slow_search_leaves_the_window_responsive_and_a_newer_query_wins(
    view: StatementsView, qtbot, monkeypatch
):
    started, release = threading.Event(), threading.Event()
    find = statements_view.find_statements

    def slow(reader: Library, text: str, *args: Any) -> statements_view.Found:
        if text == "banjir":
            started.set()
            release.wait(10)
        return find(reader, text, *args)

    monkeypatch.setattr(statements_view, "find_statements", slow)
    shown: list[str] = []
    view.model.modelReset.connect(lambda: shown.append(view.query_text))
    ticks: list[int] = []
    heartbeat = QTimer(view)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    qtbot.keyClicks(view.search_box, "banjir")
    qtbot.waitUntil(started.is_set)
    ticks.clear()
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while it searches
    assert view.query_text == ""  # nothing shown yet
    qtbot.keyClicks(view.search_box, " rob")  # typed on while the first search runs
    release.set()
    qtbot.waitUntil(lambda: view.query_text == "banjir rob")
    heartbeat.stop()
    assert "banjir" not in shown  # the older result was dropped, never shown
    expected = search.statement_pks(
        view.lib, query_parser.parse("banjir rob", prefix=True), search.Filters(), 500
    )
    assert [view.model.id_at(r) for r in range(view.model.rowCount())] == expected


def test_a_search_typed_lists_the_same_rows_and_passages_as_one_made_at_once(
    view: StatementsView, qtbot
):
    qtbot.keyClicks(view.search_box, "banjir")
    qtbot.waitUntil(lambda: view.query_text == "banjir")
    view.table.grab()  # the rows on screen drawn
    column = view._column("snippet")
    typed = listed(view)
    passages = [view.model.index(r, column).data(SNIPPET_ROLE) for r in range(len(typed))]
    assert typed and all(passages)
    assert any(hit and "banjir" in piece.lower() for piece, hit in passages[0])
    view.search_box.clear()
    view._search_now()
    assert view.query_text == ""
    view.search_for("banjir")  # on the UI thread, the passages found as rows are drawn
    assert listed(view) == typed
    assert [view.model.index(r, column).data(SNIPPET_ROLE) for r in range(len(typed))] == passages


def test_the_quote_library_searches_a_quickly_typed_word_once_off_the_ui_thread(
    quote_view: QuotesView, qtbot, monkeypatch
):
    asked: list[str] = []
    threads: list[threading.Thread] = []
    find = quotes_view.find_quotes

    def counting(reader: Library, filters: Any, *args: Any) -> quotes_view.Found:
        asked.append(filters.text)
        threads.append(threading.current_thread())
        return find(reader, filters, *args)

    monkeypatch.setattr(quotes_view, "find_quotes", counting)
    everything = quote_view.model.rowCount()
    qtbot.keyClicks(quote_view.filter_bar.search, "pengungsian")
    qtbot.waitUntil(lambda: quote_view.model.rowCount() < everything)
    assert asked == ["pengungsian"]
    assert threads[0] is not threading.main_thread()
    texts = [quote_view.model.record(r)["text"] for r in range(quote_view.model.rowCount())]
    assert texts and all("mengungsi" in t for t in texts)


def test_an_older_quote_search_ending_last_is_never_shown(
    quote_view: QuotesView, qtbot, monkeypatch
):
    started, release = threading.Event(), threading.Event()
    find = quotes_view.find_quotes

    def slow(reader: Library, filters: Any, *args: Any) -> quotes_view.Found:
        if filters.text == "banjir":
            started.set()
            release.wait(10)
        return find(reader, filters, *args)

    monkeypatch.setattr(quotes_view, "find_quotes", slow)
    resets: list[str] = []
    quote_view.model.modelReset.connect(lambda: resets.append(quote_view.filter_bar.search.text()))
    qtbot.keyClicks(quote_view.filter_bar.search, "banjir")
    qtbot.waitUntil(started.is_set)
    quote_view.filter_bar.search.clear()
    qtbot.keyClicks(quote_view.filter_bar.search, "pengungsian")
    release.set()
    qtbot.waitUntil(lambda: "pengungsian" in resets)
    qtbot.wait(50)  # any result still on its way is in
    texts = [quote_view.model.record(r)["text"] for r in range(quote_view.model.rowCount())]
    assert texts and all("mengungsi" in t for t in texts)


def test_the_window_waits_for_a_search_under_way_before_its_library_goes(
    qtbot, english, sample_lib: Library, monkeypatch
):
    from humasdesk import prefs
    from humasdesk.ui.main_window import MainWindow

    started, release, ended = threading.Event(), threading.Event(), threading.Event()
    find = statements_view.find_statements

    def slow(reader: Library, text: str, *args: Any) -> statements_view.Found:
        started.set()
        release.wait(10)
        try:
            return find(reader, text, *args)
        finally:
            ended.set()

    monkeypatch.setattr(statements_view, "find_statements", slow)
    window = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.statements_view.search_box, "banjir")
    qtbot.waitUntil(started.is_set)
    threading.Timer(0.2, release.set).start()  # the search ends while the window waits
    window.finish_list_loads()  # before a library is closed, restored or switched
    assert ended.is_set()
