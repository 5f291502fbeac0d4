"""What the user sees when something fails: a plain sentence for their errors, and for our
bugs a dialog with "copy details" and the log file's path. Never a silent crash."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from humasdesk import logs, translate
from humasdesk.core.errors import UserError


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded with the first error, not at start

    if isinstance(exc, UserError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("errors", "HumasDesk"), translate.error_text(exc)
        )
        return
    where = logs.log_exception(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "HumasDesk: unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Something unexpected went wrong. Your saved work is safe. "
            "Details were written to {log}.",
        ).format(log=where)
    )
    details = logs.format_exception(exc)
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("errors", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def install_excepthook() -> None:
    """Uncaught exceptions in Qt slots reach the log and a dialog instead of killing the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        app = QApplication.instance()
        if (
            app is None
            or app.closingDown()
            or threading.current_thread() is not threading.main_thread()
        ):
            logs.log_exception(exc)  # no dialog outside the UI thread nor while quitting
            return
        try:
            show_error(QApplication.activeWindow(), exc)
        except Exception:
            logs.log_exception(exc)

    sys.excepthook = hook
