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
