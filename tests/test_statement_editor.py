"""The officer's desk in the window: write from a template, lose nothing, compare and restore
revisions, and find the statement again as you type."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QTextCursor
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from humasdesk import prefs, translate
from humasdesk.core.records import Statement
from humasdesk.store import recovery, settings, statements, templates
from humasdesk.store.db import Library, open_library
from humasdesk.ui.history import HistoryPanel
from humasdesk.ui.main_window import MainWindow

MID_SENTENCE = "Warga diminta tetap tenang karena petugas sedang memeriksa tangg"

FORMATTED = (
    "## Langkah yang diambil\n\n"
    "Pemerintah **menutup sementara** jembatan dan meminta warga memakai *jalur alternatif*.\n\n"
    "1. Jalur utara lewat Jl. Merdeka\n"
    "2. Jalur selatan lewat Jl. Pahlawan\n"
    "   - khusus kendaraan roda dua\n\n"
    "> Keselamatan warga adalah yang utama.\n\n"
    "Informasi: [nusantararaya.go.id](https://nusantararaya.go.id)  \n"
    "Baris berikut, dengan spasi\u00a0tak terputus dan __tebal lain__.\n"
)


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """A question left open would wait for a click forever: unsaved work is discarded
    when a test's window closes (tests that care answer for themselves)."""
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def english(qapp):
    translate.install("en")
    yield
    translate.install("id")


def make_window(qtbot, lib: Library) -> MainWindow:
    win = MainWindow(lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    return make_window(qtbot, sample_lib)


def type_into(qtbot, widget, text: str) -> None:
    """Types like a person: letters, and Enter for each new line."""
    widget.setFocus()
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def test_written_from_a_template_killed_mid_sentence_and_every_word_comes_back(
    qtbot, english, library_path: Path, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    with open_library(library_path) as lib:
        settings.set_office_values(lib, {"office_short": "Diskominfo NR", "city": "Kota Sejahtera"})
        win = make_window(qtbot, lib)
        view = win.statements_view
        draft = templates.new_statement(lib, "holding-id")
        view.new_statement(draft)
        editor = view.editor
        assert view.editing()
        assert "Diskominfo NR" in editor.lead.markdown()
        editor.title.setText("")
        type_into(qtbot, editor.title, "Penutupan Jembatan Lestari")
        editor.body.moveCursor(QTextCursor.MoveOperation.End)
        type_into(qtbot, editor.body, "\n\n" + MID_SENTENCE)

        def kept() -> bool:
            draft = recovery.get(lib, editor.recovery_key)
            return draft is not None and draft.snapshot["body"].endswith(MID_SENTENCE)

        qtbot.waitUntil(kept, timeout=5000)  # the autosave alone, within two seconds
        # The app dies here: nothing saved, no questions asked.
        editor.modified = False
        win.close()
        win.deleteLater()
        qtbot.wait(1)

    with open_library(library_path) as lib:
        assert statements.count(lib) == 0
        again = make_window(qtbot, lib)
        qtbot.waitUntil(lambda: again.recovery_dialog is not None)
        dialog = again.recovery_dialog
        assert "Penutupan Jembatan Lestari" in dialog.list.item(0).text()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        editor = again.statements_view.editor
        assert again.statements_view.editing()
        assert editor.title.text() == "Penutupan Jembatan Lestari"
        assert editor.body.markdown().endswith(MID_SENTENCE)
        assert "Diskominfo NR" in editor.lead.markdown()
        assert editor.recovered_banner.isVisibleTo(editor)
        assert editor.save()
        assert recovery.pending(lib) == []
        (saved,) = statements.listing(lib)
        assert statements.get(lib, saved["id"]).body.endswith(MID_SENTENCE)
        again.close()


def test_markdown_is_stored_exactly_as_typed_through_save_and_reopen(window: MainWindow):
    view = window.statements_view
    view.new_statement(Statement(title="Jembatan ditutup"))
    editor = view.editor
    editor.body.set_markdown("")
    editor.body.setFocus()
    editor.body.insertPlainText(FORMATTED)
    assert editor.save()
    statement_id = editor.base.id
    assert statements.get(window.lib, statement_id).body == FORMATTED
    view.show_list()
    view.open_statement(statement_id)
    assert editor.body.markdown() == FORMATTED
    assert editor.body.toPlainText().startswith("## Langkah")
    editor.save()  # saving again, untouched, changes nothing
    assert statements.get(window.lib, statement_id).body == FORMATTED
    crlf = "Baris satu\r\nBaris dua\r\n"
    st = statements.save(window.lib, Statement(title="Impor Windows", body=crlf))
    view.open_statement(st.id)
    editor.save()
    assert statements.get(window.lib, st.id).body == crlf


def test_the_body_formats_like_a_word_processor(window: MainWindow, qtbot):
    view = window.statements_view
    view.new_statement(Statement(title="Format"))
    body = view.editor.body
    body.set_markdown("")
    type_into(qtbot, body, "Rapat koordinasi")
    body.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    body.moveCursor(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.markdown() == "**Rapat** koordinasi"
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.markdown() == "Rapat koordinasi"
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert body.markdown() == "*Rapat* koordinasi"
    view.editor.act_h2.trigger()
    assert body.markdown() == "## *Rapat* koordinasi"
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    view.editor.act_bullets.trigger()
    type_into(qtbot, body, "satu")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_into(qtbot, body, "dua")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # an empty item ends the list
    type_into(qtbot, body, "Selesai.")
    # Enter makes a paragraph: a blank line after the heading and after the list.
    assert body.markdown() == "## *Rapat* koordinasi\n\n- satu\n- dua\n\nSelesai."
    view.editor.act_undo.trigger()
    assert "Selesai." not in body.markdown()
    view.editor.act_redo.trigger()
    assert body.markdown().endswith("Selesai.")
    assert view.editor.counts.text().startswith("5 words")


def test_two_revisions_side_by_side_and_restoring_the_older(window: MainWindow, qtbot):
    view = window.statements_view
    view.new_statement(Statement(title="Posko banjir"))
    editor = view.editor
    editor.body.set_markdown("Posko dibuka di tiga kecamatan.")
    editor._changed()
    editor.save()
    editor.body.selectAll()
    editor.body.insertPlainText("Posko dibuka di lima kecamatan.")
    editor.note.setText("angka terbaru BPBD")
    editor.save()
    panel = HistoryPanel(window.lib, editor.base.id)
    qtbot.addWidget(panel)
    assert panel.list.topLevelItemCount() == 2
    assert panel.list.topLevelItem(0).text(3) == "angka terbaru BPBD"
    panel.compare(1, 2)
    html = panel.view.toHtml()
    assert "tiga" in html and "lima" in html
    with qtbot.waitSignal(panel.restored):
        panel.restore(1)
    assert statements.get(window.lib, editor.base.id).body == "Posko dibuka di tiga kecamatan."
    assert panel.list.topLevelItemCount() == 3
    view.open_statement(editor.base.id)


def test_the_statement_is_found_again_from_any_stemmed_word(window: MainWindow, qtbot):
    view = window.statements_view
    saved = statements.save(
        window.lib,
        Statement(
            title="Gubernur Ajak Warga Jaga Kebersihan Sungai",
            body="Gubernur mengharapkan warga berhenti membuang sampah ke sungai.",
        ),
    )
    for typed in ("harapan", "berharap", "Mengharapkan", "sampah sungai", "harap"):
        view.search_for(typed)
        found = [view.model.record(r)["id"] for r in range(view.model.rowCount())]
        assert saved.id in found, typed
    view.search_for("harapan")
    row = [view.model.record(r)["id"] for r in range(view.model.rowCount())].index(saved.id)
    snippet_column = view._column("snippet")
    assert not view.table.isColumnHidden(snippet_column)
    parts = view.model.index(row, snippet_column).data(Qt.ItemDataRole.UserRole + 1)
    assert ("mengharapkan", True) in [(piece.lower(), hit) for piece, hit in parts]
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.editing() and view.editor.base.id == saved.id


def test_typing_as_you_go_narrows_with_the_filters(window: MainWindow, qtbot):
    view = window.statements_view
    type_into(qtbot, view.search_box, "imunisa")
    qtbot.waitUntil(lambda: view.query_text == "imunisa")
    total = view.model.rowCount()
    assert total >= 3
    view.status_filter.setCurrentIndex(view.status_filter.findData("review"))
    assert 0 < view.model.rowCount() < total
    assert all(view.model.record(r)["status"] == "review" for r in range(view.model.rowCount()))
    view.reset_filters()
    view.search_box.clear()
    view._search_now()
    assert view.model.rowCount() == statements.count(window.lib)
    assert view.table.isColumnHidden(view._column("snippet"))


@pytest.mark.parametrize("typed", ['"', "NEAR(a b", "*", "a OR (", "-", '"halo', "^ : ) AND"])
def test_fts_special_characters_in_the_search_box_never_error(window: MainWindow, typed):
    window.statements_view.search_for(typed)
    assert window.statements_view.count_label.text()


def test_withdrawing_asks_for_a_reason_and_keeps_the_text(window: MainWindow, monkeypatch):
    view = window.statements_view
    st = statements.listing(window.lib, status="published")[0]
    view.open_statement(st["id"])
    editor = view.editor
    body = editor.body.markdown()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Data diperbarui", True))
    editor.status.setCurrentIndex(editor.status.findData("withdrawn"))
    editor.status.activated.emit(editor.status.currentIndex())
    assert editor.save()
    kept = statements.get(window.lib, st["id"])
    assert (kept.status, kept.withdrawn_reason, kept.body) == ("withdrawn", "Data diperbarui", body)
    assert editor.withdrawn_banner.isVisibleTo(editor)
    assert "Data diperbarui" in editor.withdrawn_banner.text()
    assert editor.body.isReadOnly()


def test_a_withdrawal_without_a_reason_is_not_made(window: MainWindow, monkeypatch):
    view = window.statements_view
    st = statements.listing(window.lib, status="published")[0]
    view.open_statement(st["id"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    view.editor.status.setCurrentIndex(view.editor.status.findData("withdrawn"))
    view.editor.status.activated.emit(view.editor.status.currentIndex())
    assert view.editor.status.currentData() == "published"


def test_an_embargo_is_shown_prominently(window: MainWindow):
    view = window.statements_view
    st = statements.save(
        window.lib, Statement(title="Rilis terjadwal", embargo_at="2999-01-01T09:00:00+07:00")
    )
    view.refresh()
    row = view.model.row_of(statements.pk_of(window.lib, st.id))
    cell = view.model.index(row, view._column("embargo_at"))
    assert cell.data() == "1 Jan 2999 09:00 WIB"  # in the office time zone, named
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == QColor("#ffd9a0")  # orange
    view.open_statement(st.id)
    assert view.editor.embargo_banner.isVisibleTo(view.editor)
    assert "EMBARGO" in view.editor.embargo_banner.text()


def test_keyboard_new_statement_open_and_back(window: MainWindow, qtbot, monkeypatch):
    view = window.statements_view
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editing() and view.editor.base.id == ""
    type_into(qtbot, view.editor.title, "Siaran baru")
    qtbot.keyClick(view.editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.base.id
    qtbot.mouseClick(view.editor.back, Qt.MouseButton.LeftButton)
    assert not view.editing()
    index = view.table.currentIndex()
    assert view.model.record(index.row())["title"] == "Siaran baru"
    qtbot.waitUntil(lambda: "13 statements" in window.status_label.text())
    rect = view.table.visualRect(view.model.index(index.row(), 2))
    # QTest's double click is only the second click: the first comes before it.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.editing()


def test_other_modules_can_extend_the_editor(window: MainWindow, qtbot):
    editor = window.statements_view.editor
    window.statements_view.new_statement(Statement(title="Kutipan"))
    editor.body.set_markdown("Kata pembuka. ")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_text_at_cursor("“Kami siap,” kata Gubernur.")
    assert editor.body.markdown() == "Kata pembuka. “Kami siap,” kata Gubernur."
    index = editor.add_side_tab(QLabel("konsistensi"), "Consistency")
    assert editor.side_panel.tabText(0) == "5W1H"
    assert index == editor.side_panel.count() - 1 and editor.side_panel.tabText(index) == (
        "Consistency"
    )
    picked = []
    act = QAction("Insert quote…", window)
    act.triggered.connect(lambda: picked.append(True))
    editor.add_tool_action(act)
    assert act in editor.toolbar.actions() and act in editor.insert_menu.actions()
    act.trigger()
    assert picked


def test_the_5w1h_ticks_are_kept_with_the_statement(window: MainWindow):
    view = window.statements_view
    view.new_statement(Statement(title="Lead lengkap"))
    editor = view.editor
    editor.lead.set_markdown("Dinas Kesehatan membuka posko di Kota Sejahtera mulai Senin.")
    assert editor.checklist.guesses["when"].text().startswith("The lead seems to answer")
    assert editor.checklist.guesses["why"].text() == "Not found in the lead yet."
    editor.checklist.boxes["what"].setChecked(True)
    editor.checklist.boxes["when"].setChecked(True)
    assert editor.checklist.guesses["when"].isHidden()  # ticked: no more hint
    assert editor.checklist.summary.text() == "2 of 6 answered"
    editor.save()
    view.show_list()
    view.open_statement(editor.base.id)
    assert editor.checklist.checked() == ["what", "when"]


def test_leaving_with_unsaved_changes_asks_first(window: MainWindow, monkeypatch):
    view = window.statements_view
    view.new_statement(Statement(title="Belum disimpan"))
    view.editor._changed()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    view.show_list()
    assert view.editing()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Save)
    view.show_list()
    assert not view.editing()
    assert statements.listing(window.lib)[0]["title"] in {
        r["title"] for r in statements.listing(window.lib)
    }
    assert any(r["title"] == "Belum disimpan" for r in statements.listing(window.lib))


def test_new_from_template_in_english_fills_the_office_details(window: MainWindow, monkeypatch):
    from humasdesk.ui.templates_dialog import NewFromTemplateDialog

    chosen = {}

    def pick(dialog: NewFromTemplateDialog) -> int:
        dialog.select("holding-en")
        chosen["gaps"] = dialog.gaps.text()
        chosen["preview"] = dialog.preview.toPlainText()
        return NewFromTemplateDialog.DialogCode.Accepted

    monkeypatch.setattr(NewFromTemplateDialog, "exec", pick)
    window.act_new_from_template.trigger()
    editor = window.statements_view.editor
    assert window.statements_view.editing()
    assert editor.language.currentData() == "en"
    assert editor.base.source_kind == "template"
    assert "Diskominfo Nusantara Raya" in editor.lead.markdown()  # the sample office
    assert "{situation}" in editor.lead.markdown()  # left for the officer, marked in yellow
    assert "situation" in chosen["gaps"]
    assert "Diskominfo Nusantara Raya" in chosen["preview"]


def test_the_office_edits_its_own_letterhead_and_numbering(window: MainWindow, qtbot):
    from humasdesk.exporting import layout
    from humasdesk.ui.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(window.lib, window)
    qtbot.addWidget(dialog)
    dialog.office_fields["office_short"].setText("Diskominfo Kota Sejahtera")
    dialog.pattern.setText("{n:03}/SP/DKS/{year}")
    assert "007/SP/DKS/" in dialog.pattern_example.text()
    dialog.save_office()
    row = [t.id for t in dialog.office_templates].index("press-id")
    dialog.template_list.setCurrentRow(row)
    dialog.letterhead.setPlainText("PEMERINTAH KOTA SEJAHTERA\n{office_short}")
    dialog.save_template()
    assert templates.get(window.lib, "press-id").letterhead.startswith("PEMERINTAH KOTA")
    draft = templates.new_statement(window.lib, "press-id")
    assert layout.letterhead(window.lib, draft.language) == (
        "PEMERINTAH KOTA SEJAHTERA\nDiskominfo Kota Sejahtera"
    )
    # No statement was numbered this way yet: the new pattern starts at one.
    assert statements.next_number(window.lib, "2026-12-31") == "001/SP/DKS/2026"


def test_exporting_under_embargo_asks_and_is_audited(window: MainWindow, monkeypatch):
    from humasdesk.ui.statement_editor import confirm_embargoed_export

    st = statements.save(
        window.lib, Statement(title="Rilis", embargo_at="2999-01-01T09:00:00+07:00")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not confirm_embargoed_export(window, window.lib, st, "pdf")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert confirm_embargoed_export(window, window.lib, st, "pdf")
    assert confirm_embargoed_export(window, window.lib, Statement(title="Bebas"), "pdf")
    actions = [r["action"] for r in window.lib.query("SELECT action FROM audit_log")]
    assert actions.count("export-embargoed") == 1


def test_the_quote_library_works_beside_the_draft(window: MainWindow, qtbot, monkeypatch):
    from humasdesk.store import quotes
    from humasdesk.ui import quote_picker

    (row,) = [
        r
        for r in quotes.listing(window.lib)
        if r["text"].startswith("Keselamatan warga adalah yang utama")
    ]
    altered = row["text"].replace("bekerja bersama", "bekerja keras")
    view = window.statements_view
    view.new_statement(Statement(title="Banjir", date="2025-01-22", language="id"))
    editor = view.editor
    editor.body.set_markdown(
        f"Pembuka.\n\n“{altered},” kata Gubernur Nusantara Raya Hendra Kusumawardana."
    )
    assert editor.save()
    panel = editor.consistency
    assert [f.kind for f in panel.findings] == ["misquote"]  # checked after the save
    panel.list.setCurrentRow(0)
    panel.list.itemClicked.emit(panel.list.item(0))
    assert editor.body.textCursor().selectedText().startswith("“Keselamatan")
    panel.use_wording.click()
    assert f"“{row['text']},”" in editor.body.markdown()
    editor.check_consistency()
    assert panel.findings == []
    # The picker: Ctrl+Shift+K, the quote inserted where the cursor is.
    assert editor.act_quote in editor.toolbar.actions()
    assert editor.act_quote.shortcut().toString() == "Ctrl+Shift+K"
    monkeypatch.setattr(quote_picker, "pick", lambda *a, **k: "“Kami siap,” kata Gubernur.")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.act_quote.trigger()
    assert editor.body.markdown().endswith("“Kami siap,” kata Gubernur.")


def test_spelling_is_checked_in_indonesian_statements_only(window: MainWindow):
    view = window.statements_view
    view.new_statement(Statement(title="Ejaan", language="id", body="Siaran ini dikirm pagi."))
    editor = view.editor
    assert editor.spelling.misspelt_words() == ["dikirm"]
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.spelling.misspelt_words() == []
    view.new_statement(Statement(title="Spelling", language="en", body="Sent this mornign."))
    assert editor.spelling.misspelt_words() == []


def test_the_editor_copies_and_prints_what_is_typed_and_asks_under_embargo(
    window: MainWindow, monkeypatch
):
    from PySide6.QtGui import QGuiApplication

    from humasdesk.ui import statement_editor

    view = window.statements_view
    view.new_statement(Statement(title="Belum disimpan", lead="Isi **baru**."))
    editor = view.editor
    messages = []
    editor.status_message.connect(messages.append)
    assert editor.copy_for_whatsapp()
    assert QGuiApplication.clipboard().text().startswith("*Belum disimpan*")
    assert messages and "WhatsApp" in messages[0]
    editor.embargo_on.setChecked(True)
    asked = []
    monkeypatch.setattr(
        statement_editor,
        "confirm_embargoed_export",
        lambda parent, lib, st, what: asked.append(what) or False,
    )
    QGuiApplication.clipboard().clear()
    assert not editor.copy_for_whatsapp()
    assert not editor.print_preview()
    assert asked == ["whatsapp", "print"]
    assert QGuiApplication.clipboard().text() == ""


def test_a_narrow_results_column_still_shows_the_word_found():
    from humasdesk.ui.statements_view import keep_first_match_in_view

    parts = [
        ("Dalam rapat koordinasi di kantor gubernur kemarin sore, pemerintah ", False),
        ("mengharapkan", True),
        (" warga berhenti membuang sampah.", False),
    ]

    def fits(text: str) -> bool:
        return len(text) <= 40  # a column 40 characters wide

    shown = keep_first_match_in_view(parts, fits)
    text = "".join(piece for piece, _ in shown)
    assert text.startswith("…") and "mengharapkan" in text
    assert fits(text[: text.index("mengharapkan") + len("mengharapkan")])
    assert text.endswith("sore, pemerintah mengharapkan warga berhenti membuang sampah.")
    assert keep_first_match_in_view(parts, lambda _text: True) == parts  # wide: untouched


def test_the_passages_found_are_drawn_for_the_rows_shown_only(window: MainWindow, qtbot):
    # Finding the best passage of each statement was most of a search's time on a big
    # archive when done for a whole block of 128 rows the screen never showed.
    from humasdesk.ui import statements_view

    for n in range(150):
        statements.save(window.lib, Statement(title=f"Banjir {n}", body=f"Banjir ke-{n} surut."))
    view = window.statements_view
    asked: list[list[int]] = []
    find = view._snippets
    view.model.snippets = lambda pks: asked.append(list(pks)) or find(pks)
    view.search_for("banjir")
    assert view.model.rowCount() >= 150
    view.table.grab()  # draws the rows on screen
    assert asked and all(len(batch) <= statements_view.SNIPPET_BATCH for batch in asked)
    shown = {pk for batch in asked for pk in batch}
    assert len(shown) < 100  # not the 128 of a block, nor the 150 found
    first = view.model.index(0, view._column("snippet")).data()
    assert "banjir" in first.lower()
