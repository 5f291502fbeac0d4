"""Starts the window: the application object, language, error hook and the library."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from humasdesk import APP_NAME, __version__, logs, prefs, translate
from humasdesk.core.errors import UserError
from humasdesk.paths import resolve_library, resources_dir
from humasdesk.store.db import Library, open_library
from humasdesk.ui.errors import install_excepthook


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with our name (for settings paths) and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("id.humasdesk.HumasDesk")
    icon = resources_dir() / "icons" / "humasdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_or_ask(path: Path) -> Library | None:
    """Opens the library, or explains why it cannot be opened and offers a fresh one."""
    try:
        return open_library(path, create=True)
    except UserError as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, translate.error_text(exc))
        fresh = box.addButton(
            QApplication.translate("app", "Open a new empty library"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not fresh:
            return None
        stem = path.stem + "-new"
        return open_library(path.with_name(stem + path.suffix), create=True)


def run_app(library: str | None = None, language: str | None = None) -> int:
    from humasdesk.ui.main_window import MainWindow

    logs.setup()
    app = application()
    settings = prefs.load()
    settings.language = translate.install(language or settings.language)
    install_excepthook()
    lib = open_or_ask(resolve_library(library))
    if lib is None:
        return 1
    window = MainWindow(lib, settings)
    window.show()
    from humasdesk.core import spelling

    spelling.warm_up()
    try:
        return app.exec()
    finally:
        window.lib.close()
