"""The quote library as an officer uses it: search as you type, the detail pane, the review
queue by keyboard, the picker inserting an attributed line, the consistency panel jumping to
what it found, and deciding pack conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from humasdesk.core.records import Statement
from humasdesk.store import quotes, statements
from humasdesk.store.db import Library
from humasdesk.store.packs import Conflict
from humasdesk.ui.consistency_panel import ConsistencyPanel
from humasdesk.ui.pack_dialogs import PackConflictsDialog
from humasdesk.ui.quote_picker import QuotePickerDialog
from humasdesk.ui.quotes_view import QuotesView


@pytest.fixture
def view(qtbot, english, sample_lib: Library) -> QuotesView:
    widget = QuotesView(sample_lib)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_typing_in_the_search_narrows_the_list_with_stemming(view: QuotesView, qtbot):
    everything = view.model.rowCount()
    qtbot.keyClicks(view.filter_bar.search, "pengungsian")
    qtbot.waitUntil(lambda: view.model.rowCount() < everything)
    texts = [view.model.record(r)["text"] for r in range(view.model.rowCount())]
    assert texts and all("mengungsi" in t for t in texts)


def test_the_status_filter_shows_only_retired_quotes(view: QuotesView, qtbot):
    view.filter_bar.status.setCurrentIndex(view.filter_bar.status.findData("retired"))
    statuses = {view.model.record(r)["status"] for r in range(view.model.rowCount())}
    assert statuses == {"retired"}


def test_the_detail_pane_shows_the_role_then_and_now_and_opens_the_source(view: QuotesView, qtbot):
    row = next(
        r
        for r in range(view.model.rowCount())
        if view.model.record(r)["text"].startswith("Setiap anak berhak")
    )
    view.table.selectRow(row)
    role = view.detail.values["role"].text()
    assert role.startswith("Sekretaris Dinas Kesehatan")
    assert "now: Kepala Dinas Kesehatan" in role
    opened: list[tuple[str, object, object]] = []
    view.open_statement = lambda *args: opened.append(args)
    qtbot.mouseClick(view.detail.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0][0] == view.detail.quote.statement_id  # type: ignore[union-attr]


def test_notes_typed_in_the_detail_pane_are_saved(view: QuotesView, qtbot):
    view.table.selectRow(0)
    quote_id = view.detail.quote.id  # type: ignore[union-attr]
    view.detail.notes.setPlainText("Dipakai di rilis banjir.")
    qtbot.waitUntil(lambda: quotes.get(view.lib, quote_id).notes == "Dipakai di rilis banjir.")


def test_the_review_queue_accepts_a_corrected_quote_and_rejects_another_by_keyboard(
    view: QuotesView, qtbot
):
    statements.save(
        view.lib,
        Statement(
            title="Posko banjir",
            date="2025-01-21",
            body="“Posko kesehatan buka 24 jam,” kata Kepala Dinas Kesehatan Provinsi "
            "Nusantara Raya Siti Rahmawati.\n\n“Obat cukup untuk dua pekan,” ujarnya.",
        ),
    )
    view.refresh()
    assert view.tabs.tabText(1) == "Review queue (2)"
    queue = view.review
    view.tabs.setCurrentIndex(1)
    first = queue.current
    assert first is not None and first.text == "Posko kesehatan buka 24 jam"
    assert first.speaker == "Siti Rahmawati"
    queue.text.setPlainText("Posko kesehatan buka 24 jam setiap hari")
    queue.text.setFocus()
    qtbot.keyClick(queue.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert quotes.get(view.lib, first.id).review == "accepted"
    assert quotes.get(view.lib, first.id).text == "Posko kesehatan buka 24 jam setiap hari"
    second = queue.current
    assert second is not None and second.text == "Obat cukup untuk dua pekan"
    qtbot.keyClick(queue.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert quotes.get(view.lib, second.id).review == "rejected"
    assert view.tabs.tabText(1) == "Review queue"
    assert queue.empty.isVisibleTo(queue)


def test_a_quote_whose_speaker_the_statement_never_names_asks_who_held_the_role(
    qtbot, english, lib: Library
):
    from humasdesk.ui.review_queue import ReviewQueueView

    statements.save(
        lib,
        Statement(
            title="Posko",
            date="2025-01-21",
            body="“Posko pengungsian buka 24 jam,” kata Kalak BPBD di Jakarta.",
        ),
    )
    queue = ReviewQueueView(lib)
    qtbot.addWidget(queue)
    assert queue.speaker.text() == ""
    assert queue.role.text() == "Kepala Pelaksana"
    assert queue.speaker.placeholderText() == (
        "Not named in the statement: who held this role then?"
    )


def test_the_picker_inserts_an_approved_line_with_its_attribution(
    qtbot, english, sample_lib: Library
):
    dialog = QuotePickerDialog(sample_lib, "id", "2025-01-22")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "sirene uji coba")
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_text.startswith("“Saat sirene berbunyi")
    assert dialog.result_text.endswith(
        ",” kata Kepala Pelaksana Badan Penanggulangan Bencana Daerah Provinsi Nusantara Raya "
        "Yuliani Sembiring."
    )
    # The reuse is counted when the statement is saved (test_quote_library), not here.
    assert quotes.get(sample_lib, dialog.chosen.id).reuse_count == 0  # type: ignore[union-attr]


def test_the_picker_searches_typed_words_off_the_ui_thread(
    qtbot, english, sample_lib: Library, monkeypatch
):
    import threading

    from humasdesk.ui import quote_picker

    searched_in: list[str] = []
    real = quote_picker.usable_rows

    def recording(lib: Library, text: str, order: str) -> list:
        searched_in.append(threading.current_thread().name if text else "")
        return real(lib, text, order)

    monkeypatch.setattr(quote_picker, "usable_rows", recording)
    dialog = QuotePickerDialog(sample_lib, "id")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "sirene uji coba")
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert searched_in[-1] and searched_in[-1] != threading.main_thread().name
    assert len([name for name in searched_in if name]) == 1  # one search for the whole words


def test_enter_right_after_typing_inserts_the_first_match_of_the_words_typed(
    qtbot, english, sample_lib: Library
):
    dialog = QuotePickerDialog(sample_lib, "id")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("sirene uji coba")  # no pause: its search has not come back
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_text.startswith("“Saat sirene berbunyi")


def test_the_picker_never_offers_retired_or_superseded_lines(qtbot, english, sample_lib):
    dialog = QuotePickerDialog(sample_lib, "en")
    qtbot.addWidget(dialog)
    offered = {
        dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())
    }
    statuses = {quotes.get(sample_lib, i).status for i in offered}
    assert statuses <= {"approved", "care"} and offered


def test_the_consistency_panel_lists_findings_and_jumps_to_them(qtbot, english, sample_lib):
    (row,) = [
        r
        for r in quotes.listing(sample_lib)
        if r["text"].startswith("Keselamatan warga adalah yang utama")
    ]
    altered = row["text"].replace("bekerja bersama", "bekerja keras")
    draft = f"Pembuka.\n\n“{altered},” kata Gubernur Nusantara Raya Hendra Kusumawardana."
    panel = ConsistencyPanel(sample_lib)
    qtbot.addWidget(panel)
    findings = panel.check(draft, "2025-01-22", "id")
    assert [f.kind for f in findings] == ["misquote"]
    assert panel.list.count() == 1 and "97% alike" in panel.list.item(0).text()
    with qtbot.waitSignal(panel.jump_requested) as jumped:
        panel.list.itemClicked.emit(panel.list.item(0))
    start, end = jumped.args
    assert draft[start:end].startswith("“Keselamatan")
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.replace_requested) as replaced:
        panel.use_wording.click()
    assert replaced.args[2] == f"“{row['text']},”"


def test_pack_conflicts_are_decided_one_by_one_or_all_at_once(qtbot, english):
    conflicts = [
        Conflict("quote", "q-1", "Keselamatan warga", {"status": ("retired", "approved")}),
        Conflict("person", "p-1", "Siti Rahmawati", {"notes": ("", "Juru bicara")}),
    ]
    dialog = PackConflictsDialog(conflicts)
    qtbot.addWidget(dialog)
    assert dialog.take_theirs() == set()  # nothing is taken unless the officer says so
    dialog.choices[1].setCurrentIndex(1)
    assert dialog.take_theirs() == {"p-1"}
    dialog.set_all("theirs")
    assert dialog.take_theirs() == {"q-1", "p-1"}


def test_a_long_list_loads_its_rest_in_the_background_and_keeps_the_selection(
    qtbot, english, sample_lib: Library, monkeypatch
):
    from humasdesk.ui import lazy_model, quotes_view

    # A list longer than its first page, as a million quotes are: here, five rows a page.
    monkeypatch.setattr(lazy_model, "FIRST_PAGE", 5)
    monkeypatch.setattr(quotes_view, "FIRST_PAGE", 5)
    view = QuotesView(sample_lib)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.complete, timeout=10_000)
    total = view.model.rowCount()
    assert total > 10
    expected = quotes.ids(sample_lib)
    assert view.model._ids == expected  # every row, once, in the list's order
    view.table.selectRow(total - 1)  # the last quote, far past the first page
    chosen = view.detail.quote.id
    with qtbot.waitSignal(view.model.completed, timeout=10_000):
        view.reload()  # as after a change of status
    assert view.detail.quote.id == chosen
    rows = view.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [total - 1]


def test_a_restore_or_a_switch_of_library_waits_for_a_list_loading_its_rest(
    qtbot, english, sample_lib: Library, monkeypatch
):
    import threading

    from humasdesk.ui import lazy_model, quotes_view

    monkeypatch.setattr(lazy_model, "FIRST_PAGE", 5)
    monkeypatch.setattr(quotes_view, "FIRST_PAGE", 5)
    release = threading.Event()
    loaded = quotes.ids

    def slow_ids(lib, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return loaded(lib, **kwargs)

    monkeypatch.setattr(quotes, "ids", slow_ids)
    from humasdesk import prefs
    from humasdesk.ui.main_window import MainWindow

    window = MainWindow(sample_lib, prefs.Prefs(), persist=False)
    qtbot.addWidget(window)
    window.show_module(1)
    view = window.quotes_view
    qtbot.waitUntil(lambda: view.model._loading, timeout=5_000)
    threading.Timer(0.3, release.set).start()
    window.finish_list_loads()  # what a restore and a switch of library do first
    assert release.is_set()
    qtbot.waitUntil(lambda: view.model.complete, timeout=5_000)
