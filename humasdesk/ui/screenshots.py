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


def _sample_case(window: MainWindow) -> str:
    """The sample case worked part-way (the HPV hoax): the one with a label."""
    from humasdesk.store import cases

    rows = cases.listing(window.lib)
    return next((r["id"] for r in rows if r["label"]), rows[0]["id"])


def _wizard_page(page: int, scroll_to: str | None = None) -> Screen:
    def show(window: MainWindow) -> QWidget:
        from humasdesk.ui.wizard import CaseWizard

        wizard = CaseWizard(window.lib, _sample_case(window), window)
        wizard.resize(1000, 800)
        wizard.show()
        wizard.restart()
        while wizard.currentId() < page:
            wizard.next()
        current = wizard.currentPage()
        target = current.findChild(QWidget, scroll_to) if scroll_to else None
        if target is not None:
            QApplication.processEvents()
            current.scroll.ensureWidgetVisible(target, 0, 40)  # type: ignore[attr-defined]
        return wizard

    return show


def _new_case(window: MainWindow) -> QWidget:
    from humasdesk.core import checklist
    from humasdesk.ui.cases_view import NewCaseDialog

    editions, _problems = checklist.available()
    dialog = NewCaseDialog(editions, window)
    dialog.title.setText("Video banjir lama disebar ulang sebagai banjir hari ini")
    dialog.title.setCursorPosition(0)
    dialog.claim.setPlainText(
        "Video air bah di jalan protokol beredar di grup WhatsApp dengan keterangan "
        "“Kota Sejahtera tenggelam pagi ini, pemerintah diam saja”."
    )
    dialog.show()
    return dialog


def _timeline(window: MainWindow) -> QWidget:
    from humasdesk.ui.wizard.pickers import TimelineDialog

    dialog = TimelineDialog(window.lib, _sample_case(window), window)
    dialog.resize(1000, 600)
    dialog.show()
    return dialog


def _backups(window: MainWindow) -> QWidget:
    from humasdesk.store import backups
    from humasdesk.ui.backups_dialog import BackupsDialog

    if not backups.listing(window.lib.path):
        backups.create(window.lib, backups.BEFORE_MIGRATION)
        backups.create(window.lib, backups.AUTO)
        backups.create(window.lib, backups.MANUAL)
    dialog = BackupsDialog(window)
    dialog.show()
    return dialog


def _passphrase(window: MainWindow) -> QWidget:
    from humasdesk.ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(window.lib.path, window, wrong=True)
    dialog.field.setText("salah-ketik")
    dialog.show()
    return dialog


def _new_passphrase(window: MainWindow) -> QWidget:
    from humasdesk.ui.passphrase_dialog import NewPassphraseDialog

    dialog = NewPassphraseDialog(window)
    dialog.first.setText("kopi-pagi")
    dialog.second.setText("kopi-pagi-")
    dialog.show()
    return dialog


def _damaged(window: MainWindow) -> QWidget:
    from humasdesk.store import backups
    from humasdesk.ui.app import damaged_box

    box = damaged_box(window.lib.path, backups.newest_good(window.lib.path), window)
    box.show()
    return box


def _preferences(tab: int) -> Screen:
    def show(window: MainWindow) -> QWidget:
        from humasdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(window.lib, window.prefs.language, window)
        dialog.tabs.setCurrentIndex(tab)
        dialog.show()
        return dialog

    return show


def _about(window: MainWindow) -> QWidget:
    from humasdesk.ui.about import AboutDialog

    dialog = AboutDialog(window, library=str(window.lib.path.name))
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Screen]] = [
    ("statements", _module(0)),
    ("quotes", _module(1)),
    ("cases", _module(2)),
    ("case-new", _new_case),
    ("wizard-1-recognise", _wizard_page(0)),
    ("wizard-2-early-warning", _wizard_page(1, "similarPanel")),
    ("wizard-3-situational-insight", _wizard_page(2, "situational_insight.reach")),
    ("wizard-4-impact-analysis", _wizard_page(3, "riskPanel")),
    ("wizard-5-strategic-communication", _wizard_page(4, "draftPanel")),
    ("wizard-6-tracking", _wizard_page(5, "tracking.outcomes")),
    ("wizard-summary", _wizard_page(6)),
    ("wizard-timeline", _timeline),
    ("backups", _backups),
    ("passphrase", _passphrase),
    ("new-passphrase", _new_passphrase),
    ("damaged-library", _damaged),
    ("preferences-general", _preferences(0)),
    ("preferences-letterhead", _preferences(1)),
    ("preferences-backups", _preferences(2)),
    ("preferences-numbering", _preferences(3)),
    ("about", _about),
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
