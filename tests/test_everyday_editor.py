"""An officer's day at the editor without friction: unsaved words kept safe only while they
are unsaved, paragraphs as typed reach the exports, tags keep their order, the editor fits a
government laptop, exports say where they went, embargo times read the same everywhere, and
Ctrl+Q quits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from humasdesk import prefs
from humasdesk.core import diff
from humasdesk.core.records import Statement
from humasdesk.store import recovery, statements
from humasdesk.store.db import Library
from humasdesk.ui.autosave import Autosave
from humasdesk.ui.main_window import MainWindow
from tests.test_statement_editor import make_window


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    return make_window(qtbot, sample_lib)


def first_id(lib: Library) -> str:
    return str(statements.listing(lib)[0]["id"])


# ----- item 9: tags and the autosave line
def test_saving_twice_shows_no_tag_change_nobody_made(window: MainWindow, qtbot):
    view = window.statements_view
    view.new_statement()
    editor = view.editor
    editor.title.setText("Banjir di Muara Baru")
    editor.tags.setText("Banjir, air, Darurat")  # as the officer typed them
    assert editor.save()
    sid = editor.base.id
    view.show_list()
    view.open_statement(sid)
    assert view.editor.save()  # saved again, nothing changed
    older, newer = sorted(statements.revisions(window.lib, sid), key=lambda r: r.number)[-2:]
    changed = [d.name for d in diff.compare(older.statement, newer.statement)]
    assert "tags" not in changed
    assert statements.get(window.lib, sid).tags == newer.statement.tags


def test_the_kept_safe_line_goes_after_saving_and_on_another_statement(window: MainWindow, qtbot):
    view = window.statements_view
    listed = statements.listing(window.lib)
    view.open_statement(listed[0]["id"])
    editor = view.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Tambahan ")
    assert editor.flush()
    assert "kept safe" in editor.autosave_label.text()
    assert editor.save()
    qtbot.wait(10)
    assert "kept safe" not in editor.autosave_label.text()
    qtbot.keyClicks(editor.body, "lagi ")
    assert editor.flush()
    view.open_statement(listed[1]["id"])  # the unsaved words are discarded when asked
    assert editor.autosave_label.text() == ""
    assert recovery.pending(window.lib) == []


# ----- item 2: Enter makes a paragraph, and the exports show it
def test_enter_makes_a_paragraph_and_shift_enter_a_line_break_in_docx_and_pdf(
    window: MainWindow, qtbot, tmp_path
):
    import docx
    import pypdf

    from humasdesk.exporting import export

    view = window.statements_view
    view.new_statement()
    editor = view.editor
    editor.title.setText("Jadwal Posyandu")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Posyandu dibuka pagi ini.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Warga membawa buku KIA.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.body, "Pendaftaran di balai desa.")
    assert editor.save()
    st = statements.get(window.lib, editor.base.id)
    assert st.body == (
        "Posyandu dibuka pagi ini.\n\nWarga membawa buku KIA.\nPendaftaran di balai desa."
    )

    written = export.write(window.lib, st, "docx", tmp_path / "rilis.docx")
    paragraphs = [p.text for p in docx.Document(str(written)).paragraphs]
    assert "Posyandu dibuka pagi ini." in paragraphs
    assert "Warga membawa buku KIA.\nPendaftaran di balai desa." in paragraphs

    written = export.write(window.lib, st, "pdf", tmp_path / "rilis.pdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(written)).pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]  # words may be tab-spaced
    assert "Posyandu dibuka pagi ini." in lines
    assert "Warga membawa buku KIA." in lines
    assert "Pendaftaran di balai desa." in lines


# ----- item 13: Ctrl+Q then Discard quits
def test_ctrl_q_then_discard_quits_even_with_an_import_summary_open(
    window: MainWindow, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    release = tmp_path / "rilis.txt"
    release.write_text("Rapat Koordinasi Banjir\n\nPemerintah menggelar rapat.\n", "utf-8")
    summary = window.start_import([str(release)])  # its summary stays open beside the window
    qtbot.waitUntil(lambda: summary.summary.isVisible(), timeout=20_000)
    view = window.statements_view
    view.open_statement(first_id(window.lib))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.editor.body.setFocus()
    qtbot.keyClicks(view.editor.body, "Kata yang dibuang")
    qtbot.keyClick(view.editor.body, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert quits == [True]
    assert recovery.pending(window.lib) == []  # the words were discarded, as asked


# ----- item 7: one office time zone for every embargo time
def test_embargo_times_agree_in_the_office_time_zone_everywhere(
    window: MainWindow, qtbot, tmp_path, monkeypatch
):
    from humasdesk.exporting import export
    from humasdesk.store import settings
    from humasdesk.ui import export_dialog
    from humasdesk.ui.preferences import PreferencesDialog
    from humasdesk.ui.statement_editor import confirm_embargoed_export

    assert settings.time_zone(window.lib) == "WIB"  # the default
    prefs_dialog = PreferencesDialog(window.lib, "en", window)
    prefs_dialog.time_zone.setCurrentIndex(prefs_dialog.time_zone.findData("WITA"))
    prefs_dialog.accept()
    assert settings.time_zone(window.lib) == "WITA"

    st = statements.save(
        window.lib,
        Statement(title="Rilis terjadwal", language="en", embargo_at="2999-01-01T01:00:00Z"),
    )
    view = window.statements_view
    view.retranslate()
    view.refresh()
    row = view.model.row_of(statements.pk_of(window.lib, st.id))
    listed = view.model.index(row, view._column("embargo_at")).data()
    assert listed == "1 Jan 2999 09:00 WITA"

    view.open_statement(st.id)
    editor = view.editor
    assert editor.embargo_at.dateTime().time().hour() == 9
    assert editor.embargo_zone.text() == "WITA"
    assert "1 January 2999 09:00 WITA" in editor.embargo_banner.text()
    assert editor.statement().embargo_at == st.embargo_at  # unchanged: not rewritten

    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert not confirm_embargoed_export(window, window.lib, st, "print")
    assert "1 January 2999 09:00 WITA" in asked[0]

    dialog = export_dialog.ExportDialog(window.lib, [st.id], window)
    assert "1 January 2999 09:00 WITA" in dialog.warning.text()
    errors: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda _p, exc: errors.append(str(exc)))
    dialog.target.setText(str(tmp_path / "rilis.txt"))
    dialog.run()  # not confirmed: refused, in the window's words
    assert errors and "09:00 WITA" in errors[0]
    assert "command line" not in errors[0] and "--" not in errors[0]

    written = export.write(window.lib, st, "txt", tmp_path / "rilis.txt", confirmed=True)
    assert "1 January 2999 09:00 WITA" in written.read_text("utf-8")

    from humasdesk.ui.history import HistoryPanel

    later = statements.get(window.lib, st.id)
    later.embargo_at = "2999-01-02T01:00:00Z"
    statements.save(window.lib, later)
    history = HistoryPanel(window.lib, st.id)
    qtbot.addWidget(history)
    history.compare(1, 2)
    shown = history.view.toPlainText()
    assert "1 January 2999 09:00 WITA" in shown and "2 January 2999 09:00 WITA" in shown


# ----- item 6: exports
def test_ctrl_e_from_the_editor_exports_what_is_typed_and_says_where_it_went(
    window: MainWindow, qtbot, tmp_path, monkeypatch
):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from humasdesk.ui.export_dialog import ExportDialog

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    folder = tmp_path / "Keluar"
    folder.mkdir()
    shown: list[ExportDialog] = []

    def export_to_folder(dialog: ExportDialog) -> int:
        shown.append(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("txt"))
        dialog.target.setText(str(folder / "rilis.txt"))
        dialog.run()
        return 1

    monkeypatch.setattr(ExportDialog, "exec", export_to_folder)
    view = window.statements_view
    free = next(r["id"] for r in statements.listing(window.lib) if not r["embargo_at"])
    view.open_statement(free)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = view.editor
    editor.title.setFocus()
    editor.title.setText("Judul yang belum disimpan")  # typed, not saved
    qtbot.keyClick(editor.title, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1, "Ctrl+E in the editor opens the export"
    written = folder / "rilis.txt"
    assert "JUDUL YANG BELUM DISIMPAN" in written.read_text("utf-8").upper()
    done = shown[0].done_box
    assert done is not None and done.isVisible()
    assert str(written) in done.text()
    open_button = next(b for b in done.buttons() if b.objectName() == "openFolder")
    open_button.click()
    assert [Path(p) for p in opened] == [folder]
    # Remembered for the next export: the format and the folder.
    assert window.prefs.export_format == "txt"
    assert Path(window.prefs.export_folder) == folder
    again = ExportDialog(window.lib, [free], window, window.prefs)
    qtbot.addWidget(again)
    assert again.fmt == "txt"
    assert Path(again.target.text()).parent == folder


def test_an_existing_file_is_replaced_only_when_the_officer_says_so(
    window: MainWindow, qtbot, tmp_path, monkeypatch
):
    from humasdesk.ui.export_dialog import ExportDialog

    free = next(r["id"] for r in statements.listing(window.lib) if not r["embargo_at"])
    existing = tmp_path / "rilis.md"
    existing.write_text("naskah lama", "utf-8")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = ExportDialog(window.lib, [free], window, prefs.Prefs())
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.target.setText(str(existing))
    dialog.run()
    assert "rilis.md" in asked[0]
    assert existing.read_text("utf-8") == "naskah lama"  # kept: the officer said no
    dialog.run()
    assert existing.read_text("utf-8") != "naskah lama"
    assert len(asked) == 2


def test_exports_and_the_case_brief_start_in_documents_never_the_app_folder(
    qtbot, english, sample_lib: Library, tmp_path, monkeypatch
):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from humasdesk.core import checklist
    from humasdesk.paths import resources_dir
    from humasdesk.ui.cases_view import CasesView
    from humasdesk.ui.export_dialog import ExportDialog, export_folder

    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert export_folder(prefs.Prefs()) == documents
    free = next(r["id"] for r in statements.listing(sample_lib) if not r["embargo_at"])
    dialog = ExportDialog(sample_lib, [free], None, prefs.Prefs())
    qtbot.addWidget(dialog)
    assert dialog.fmt == "docx"
    assert Path(dialog.target.text()).parent == documents

    chosen = tmp_path / "Laporan"
    chosen.mkdir()
    user = prefs.load()
    user.export_folder = str(chosen)
    prefs.save(user)
    offered: list[str] = []

    def save_as(_parent, _title, start, *_args):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view = CasesView(sample_lib)
    qtbot.addWidget(view)
    edition = checklist.load(resources_dir() / "checklists" / "resist.json")
    wizard = view.start_case("Hoaks vaksin", "Pesan berantai tentang vaksin.", edition)
    assert wizard.summary.save_report(brief=True) == ""
    assert Path(offered[0]).parent == chosen
    assert Path.cwd() not in Path(offered[0]).parents


# ----- item 4: the editor fits 1366x768
LONG_TITLE = (
    "Pemerintah Provinsi Nusantara Raya Menetapkan Status Tanggap Darurat Banjir di Lima "
    "Kecamatan dan Membuka Posko Pengungsian di Setiap Kantor Kecamatan Selama Empat Belas Hari"
)


def test_a_long_title_fits_a_1366_by_768_laptop_with_every_control_in_view(
    window: MainWindow, qtbot
):
    from PySide6.QtCore import QRect

    st = statements.save(window.lib, Statement(title=LONG_TITLE, embargo_at="2999-01-01T02:00:00Z"))
    view = window.statements_view
    view.open_statement(st.id)
    editor = view.editor
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    window.resize(1366, 768 - 40)  # the screen less a taskbar
    qtbot.waitUntil(lambda: window.width() == 1366)
    shown = QRect(0, 0, window.width(), window.height())
    for control in (
        editor.back,
        editor.heading,
        editor.state_label,
        editor.history_button,
        editor.save_button,
        editor.toolbar,
        editor.title,
        editor.embargo_at,
        editor.embargo_zone,
        editor.side_panel,
        editor.note,
    ):
        where = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
        assert control.isVisible() and shown.contains(where), control.objectName()
    assert editor.heading.full_text == LONG_TITLE
    assert editor.heading.text().endswith("…")  # elided, the whole title in the tooltip
    assert editor.heading.toolTip() == LONG_TITLE


def test_history_has_a_menu_entry_and_ctrl_h(window: MainWindow, qtbot, monkeypatch):
    from humasdesk.ui.history import HistoryDialog

    shown: list[str] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()))
    assert window.act_history in window.menu_file.actions()
    assert window.act_history.shortcut().toString() == "Ctrl+H"
    view = window.statements_view
    view.open_statement(first_id(window.lib))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.editor.body.setFocus()
    qtbot.keyClick(view.editor.body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1


# ----- item 1: the safety copy of unsaved words (ui/autosave.py)
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
    copy = recovery.get(window.lib, editor.recovery_key)
    assert copy is not None and str(copy.snapshot["body"]).startswith("aaaa")  # the keys typed


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


def test_the_first_window_fits_the_screen_less_its_taskbar(qtbot, english, sample_lib, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from humasdesk.ui import main_window

    laptop = QRect(0, 0, 1366, 728)  # 768 less a 40 px taskbar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: laptop)
    win = main_window.MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    assert win.width() <= 1366
    assert win.height() + main_window.TITLE_BAR <= 728
