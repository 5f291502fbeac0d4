"""Renders every screen to PNG for the README, the AppStream metadata and our own eyes.

Each entry of SCREENS names a picture and prepares the widget to grab from the main window;
add one for every new screen, editor, dialog and wizard page.
"""

from __future__ import annotations

import shutil
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


def _statement_editor(window: MainWindow) -> QWidget:
    """The editor on an embargoed sample statement, with a search run on the list first."""
    from humasdesk.store import statements

    window.show_module(0)
    view = window.statements_view
    embargoed = next(
        (r for r in statements.listing(window.lib) if r["embargo_at"]),
        statements.listing(window.lib, limit=1)[0],
    )
    view.open_statement(embargoed["id"])
    view.editor.checklist.set_checked(["what", "who", "when", "where"])
    return window


def _statement_search(window: MainWindow) -> QWidget:
    window.show_module(0)
    view = window.statements_view
    view.show_list()
    view.search_for("imunisasi")
    return window


def _statement_history(window: MainWindow) -> QWidget:
    """Two revisions of a sample statement, compared side by side. The second revision is
    written into a throwaway copy, so a library given with --library is never changed."""
    from humasdesk.store import statements
    from humasdesk.store.db import backup_copy
    from humasdesk.ui.history import HistoryDialog

    view = window.statements_view
    view.show_list()
    view.search_for("")
    folder = Path(tempfile.mkdtemp(prefix="humasdesk-history-"))
    lib = open_library(backup_copy(window.lib.conn, folder / "copy.humasdesk"))
    first = statements.listing(lib, status="draft", limit=1)[0]
    st = statements.get(lib, first["id"])
    st.lead = st.lead.replace("12 desa", "15 desa", 1) if "12 desa" in st.lead else st.lead + " "
    st.body = st.body.replace("\n\n", "\n\nSirene diuji dua kali, pukul 09.00 dan 09.30.\n\n", 1)
    statements.save(lib, st, note="Jadwal uji sirene ditambahkan", author="ani")
    dialog = HistoryDialog(lib, st.id, window)
    dialog.resize(1200, 720)
    dialog.finished.connect(lib.close)
    dialog.destroyed.connect(lambda: (lib.close(), shutil.rmtree(folder, ignore_errors=True)))
    dialog.show()
    return dialog


def _new_from_template(window: MainWindow) -> QWidget:
    from humasdesk.ui.templates_dialog import NewFromTemplateDialog

    dialog = NewFromTemplateDialog(window.lib, window, language="id")
    dialog.select("clarification-id")
    dialog.show()
    return dialog


def _templates(window: MainWindow) -> QWidget:
    from humasdesk.ui.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(window.lib, window)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    return dialog


def _recovery(window: MainWindow) -> QWidget:
    """The offer after a crash, on drafts made up in memory (the library is not touched)."""
    from humasdesk.store.db import now
    from humasdesk.store.recovery import Draft
    from humasdesk.ui.recovery_dialog import RecoveryDialog

    drafts = [
        Draft(
            "new:1",
            None,
            now(),
            {
                "title": "Penutupan Sementara Jembatan Sungai Lestari",
                "body": "Warga diminta menggunakan jalur alternatif melalui Jalan Merdeka "
                "selama penutupan dan memperhatikan rambu yang dipasang petug",
            },
        ),
        Draft(
            "new:2",
            None,
            now(),
            {"title": "", "lead": "Kota Sejahtera – Dinas Kesehatan mengajak orang tua"},
        ),
    ]
    dialog = RecoveryDialog(None, drafts, window)
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Screen]] = [
    ("statements", _module(0)),
    ("quotes", _module(1)),
    ("cases", _module(2)),
    ("statements-search", _statement_search),
    ("statement-editor", _statement_editor),
    ("statement-history", _statement_history),
    ("new-from-template", _new_from_template),
    ("templates", _templates),
    ("recovery", _recovery),
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
