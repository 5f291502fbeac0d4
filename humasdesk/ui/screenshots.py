"""Renders every screen to PNG for the README, the AppStream metadata and our own eyes.

Each entry of SCREENS names a picture and prepares the widget to grab from the main window;
add one for every new screen, editor, dialog and wizard page.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from humasdesk.store import sample
from humasdesk.store.db import open_library
from humasdesk.ui.main_window import MainWindow

Screen = Callable[[MainWindow], QWidget]


def _module(index: int) -> Screen:
    def show(window: MainWindow) -> QWidget:
        window.show_module(index)
        return window

    return show


def _import_progress(window: MainWindow) -> QWidget:
    from humasdesk.ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.jobs, window.lib.path, [], window, start=False)
    dialog._progress(17, 48, "Arsip Siaran Pers/2019/SP-045-banjir-pesisir.docx")
    dialog.resize(640, 320)
    dialog.show()
    return dialog


def _import_summary(window: MainWindow) -> QWidget:
    from humasdesk.core import readers
    from humasdesk.store import importer
    from humasdesk.ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.jobs, window.lib.path, [], window, start=False)
    rows = window.lib.query("SELECT id, title FROM statements ORDER BY date DESC LIMIT 3")
    report = importer.ImportReport(
        imported=[
            importer.Imported(r["id"], f"Arsip/2024/rilis-{n + 1}.docx", r["title"], 2 + n)
            for n, r in enumerate(rows)
        ],
        skipped=[
            importer.Skipped(
                "Arsip/2024/rilis-1 (salinan).docx",
                importer.AlreadyImported(name="rilis-1 (salinan).docx", title=rows[0]["title"]),
            ),
            importer.Skipped("Arsip/lama/undangan.doc", readers.OldWordFormat(name="undangan.doc")),
            importer.Skipped(
                "Arsip/video-konferensi.txt",
                readers.FileTooLarge(name="video-konferensi.txt", size="148", limit="20"),
            ),
        ],
    )
    dialog.show_summary(report)
    dialog.resize(760, 420)
    dialog.show()
    return dialog


def _export_dialog(window: MainWindow) -> QWidget:
    from humasdesk.ui.export_dialog import ExportDialog

    ids = [r["id"] for r in window.lib.query("SELECT id FROM statements ORDER BY date DESC")]
    dialog = ExportDialog(window.lib, ids[:1], window)
    dialog.resize(620, 320)
    dialog.show()
    return dialog


def _export_batch(window: MainWindow) -> QWidget:
    from humasdesk.ui.export_dialog import ExportDialog

    ids = [r["id"] for r in window.lib.query("SELECT id FROM statements ORDER BY date DESC")]
    dialog = ExportDialog(window.lib, ids, window)
    dialog.resize(620, 320)
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Screen]] = [
    ("statements", _module(0)),
    ("quotes", _module(1)),
    ("cases", _module(2)),
    ("import-progress", _import_progress),
    ("import-summary", _import_summary),
    ("export", _export_dialog),
    ("export-batch", _export_batch),
]


def render_all(outdir: Path, library: Path | None = None) -> list[Path]:
    """Writes OUTDIR/<screen>.png for every screen; on a fresh sample library by default."""
    from humasdesk import prefs

    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="humasdesk-shots-") as tmp:
        if library is None:
            library = Path(tmp) / "sample.humasdesk"
            with open_library(library) as lib:
                sample.install(lib)
        lib = open_library(library, create=False)
        settings = prefs.Prefs()
        window = MainWindow(lib, settings, persist=False)
        window.banner.hide()
        window.resize(1280, 800)
        window.show()
        written: list[Path] = []
        try:
            for name, prepare in SCREENS:
                widget = prepare(window)
                QApplication.processEvents()
                target = outdir / f"{name}.png"
                widget.grab().save(str(target))
                written.append(target)
                if widget is not window:
                    widget.close()
                    widget.deleteLater()
        finally:
            window.close()
            lib.close()
    return written
