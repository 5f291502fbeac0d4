"""In the window: a background import with progress and a summary, dropping files on the
window, exporting the selected statements, printing and copying for WhatsApp."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from humasdesk import prefs
from humasdesk.store import statements
from humasdesk.ui.export_dialog import ExportDialog
from humasdesk.ui.main_window import MainWindow


def _window(qtbot, lib) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(lib, prefs.Prefs(), persist=False)
    qtbot.addWidget(window)
    return window


def test_importing_a_folder_runs_in_the_background_and_ends_with_a_summary(
    qtbot, lib, tmp_path: Path
) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "a.txt").write_text("Banjir Surut\n\nJakarta (ANTARA) - Air surut.", "utf-8")
    (folder / "b.txt").write_text("", "utf-8")
    window = _window(qtbot, lib)
    dialog = window.start_import([str(folder)])
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        pass
    assert dialog.report is not None
    assert [i.title for i in dialog.report.imported] == ["Banjir Surut"]
    assert dialog.summary.text().startswith("<b>1</b>")
    assert dialog.details.topLevelItemCount() == 2
    assert dialog.details.topLevelItem(1).text(0).endswith("b.txt")
    assert "b.txt" in dialog.details.topLevelItem(1).text(1)
    assert statements.count(window.lib) == 1
    dialog.close()


def test_dropping_a_word_file_on_the_window_imports_it(qtbot, lib, tmp_path: Path) -> None:
    path = tmp_path / "rilis.docx"
    document = docx.Document()
    document.add_paragraph("Pelatihan Literasi Digital")
    document.add_paragraph("Lampung, Kominfo – Pelatihan digelar di 15 kabupaten.")
    document.save(str(path))
    window = _window(qtbot, lib)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: statements.count(window.lib) == 1, timeout=30_000)
    assert statements.listing(window.lib)[0]["title"] == "Pelatihan Literasi Digital"


def test_exporting_the_selected_statements_and_copying_for_whatsapp(
    qtbot, sample_lib, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer_yes(_parent, title, *_args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer_yes)
    window = _window(qtbot, sample_lib)
    window.statements_view.table.selectRow(0)
    ids = window.selected_statement_ids()
    assert len(ids) == 1
    window.copy_for_whatsapp()
    clip = QGuiApplication.clipboard().text()
    assert clip.startswith("*")
    st = statements.get(sample_lib, ids[0])
    assert st.title in clip
    # Under embargo, the officer was asked, and the copy is in the audit log once.
    held = statements.embargoed(st)
    assert len(asked) == int(held)
    logged = sample_lib.query(
        "SELECT 1 FROM audit_log WHERE action = 'export-embargoed' AND entity_id = ?", [st.id]
    )
    assert len(logged) == int(held)
    free = [r["id"] for r in sample_lib.query("SELECT id FROM statements WHERE embargo_at IS NULL")]
    dialog = ExportDialog(sample_lib, free[:3])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.target.setText(str(tmp_path / "keluar"))
    dialog.run()
    assert len(dialog.written) == 3
    assert all(p.suffix == ".pdf" and p.stat().st_size > 1000 for p in dialog.written)


def test_an_embargoed_statement_is_not_exported_without_the_tick(
    qtbot, sample_lib, tmp_path: Path, monkeypatch
) -> None:
    held = sample_lib.scalar("SELECT id FROM statements WHERE embargo_at IS NOT NULL")
    shown: list[str] = []
    monkeypatch.setattr(
        "humasdesk.ui.export_dialog.show_error", lambda _p, exc: shown.append(str(exc))
    )
    dialog = ExportDialog(sample_lib, [held])
    qtbot.addWidget(dialog)
    assert not dialog.confirm.isHidden()
    dialog.target.setText(str(tmp_path / "x.docx"))
    dialog.run()
    assert shown and "embargo" in shown[0]
    assert not (tmp_path / "x.docx").exists()
    dialog.confirm.setChecked(True)
    dialog.run()
    assert (tmp_path / "x.docx").exists()


def test_print_preview_shows_the_statement(qtbot, sample_lib) -> None:
    from humasdesk.ui.print_preview import preview_dialog

    statement_id = sample_lib.scalar("SELECT id FROM statements LIMIT 1")
    dialog = preview_dialog(sample_lib, statement_id)
    qtbot.addWidget(dialog)
    assert statements.get(sample_lib, statement_id).title in dialog.windowTitle()
    assert statements.get(sample_lib, statement_id).title in dialog._document.toPlainText()


def test_the_editor_can_copy_and_print_unsaved_text(qtbot, lib) -> None:
    from humasdesk.core.records import Statement
    from humasdesk.ui.export_dialog import copy_for_whatsapp
    from humasdesk.ui.print_preview import preview_dialog

    draft = Statement(title="Draf Belum Disimpan", lead="Isi **penting** yang baru diketik.")
    assert "*penting*" in copy_for_whatsapp(lib, draft)
    assert QGuiApplication.clipboard().text().startswith("*Draf Belum Disimpan*")
    dialog = preview_dialog(lib, draft)
    qtbot.addWidget(dialog)
    assert "baru diketik" in dialog._document.toPlainText()


def test_cancel_stops_the_import_and_keeps_what_came_in_whole(qtbot, lib, tmp_path: Path) -> None:
    folder = tmp_path / "banyak"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n:02}.txt").write_text(f"Rilis {n}\n\nIsi rilis nomor {n}.", "utf-8")
    window = _window(qtbot, lib)
    dialog = window.start_import([str(folder)])
    dialog.buttons.rejected.emit()  # the Cancel button
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        pass
    report = done.args[0]
    assert report.cancelled
    assert len(report.imported) < 30
    assert statements.count(window.lib) == len(report.imported)
    dialog.close()
