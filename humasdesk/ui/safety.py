"""The main window's safety duties: automatic backups (every 30 minutes while the library
changes, and on quitting) and the File menu's Backups and encryption. The clean-exit mark
is the session lock (store.session), released by ui.app when the window has closed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from humasdesk import translate
from humasdesk.core.errors import UserError
from humasdesk.store import backups, session
from humasdesk.store.db import DAMAGED, NOT_WRITABLE, open_library
from humasdesk.ui.errors import show_error
from humasdesk.ui.worker import Job, Jobs

if TYPE_CHECKING:
    from humasdesk.ui.main_window import MainWindow

log = logging.getLogger("humasdesk")


class SafetyController(QObject):
    @property
    def window(self) -> MainWindow:
        # The parent, not an attribute: a window <-> controller reference cycle kept closed
        # windows' Python objects alive until the garbage collector happened to run.
        return cast("MainWindow", self.parent())

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # the window is our parent; no Python reference back to it
        self.path = window.lib.path
        self.token = self._token()
        self.timer = QTimer(self)
        self.timer.setInterval(backups.AUTO_INTERVAL_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.schedule_backup)
        self.jobs = Jobs(self)  # backups only read the library: a queue of their own
        self.timer.start()
        self.act_backups = QAction(window)
        self.act_backups.setObjectName("showBackups")
        self.act_backups.triggered.connect(self.show_backups)
        self.act_encryption = QAction(window)
        self.act_encryption.setObjectName("encryption")
        self.act_encryption.triggered.connect(self.encrypt_or_change)
        window.menu_file.insertAction(window.act_backup, self.act_backups)
        window.menu_file.insertAction(window.act_backup, self.act_encryption)
        # Whether SQLCipher can load is asked when the menu opens, not while the window starts.
        window.menu_file.aboutToShow.connect(self._check_encryption)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyBadge")
        self.read_only_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        window.statusBar().addPermanentWidget(self.read_only_label)
        window.library_changed.connect(self._library_switched)
        window.installEventFilter(self)
        self.retranslate()

    def _token(self) -> tuple[int, int] | None:
        lib = self.window.lib
        if lib.closed or lib.read_only:
            return None
        try:
            return lib.change_token()
        except UserError:
            return None

    def retranslate(self) -> None:
        self.act_backups.setText(self.tr("Bac&kups…"))
        if self.window.lib.encrypted:
            self.act_encryption.setText(self.tr("Change pass&phrase…"))
        else:
            self.act_encryption.setText(self.tr("En&crypt library…"))
        self.act_encryption.setEnabled(not self.window.lib.read_only)
        reason = self.window.lib.read_only_reason
        if reason == NOT_WRITABLE:
            text = self.tr("Read-only: the file or its folder cannot be written")
        elif reason == DAMAGED:
            text = self.tr("Read-only: the library is damaged")
        else:
            text = self.tr("Read-only: open in another window")
        self.read_only_label.setText(text)
        self.read_only_label.setVisible(self.window.lib.read_only)

    def _check_encryption(self) -> None:
        from humasdesk.store import encryption

        self.act_encryption.setEnabled(encryption.available() and not self.window.lib.read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def auto_backup(self, kind: str = backups.AUTO) -> backups.Backup | None:
        """A verified backup, if the library changed since the last one."""
        current = self._token()
        if current is None or current == self.token:
            return None
        try:
            made = backups.create(self.window.lib, kind)
        except UserError as exc:
            self._backup_failed(exc)
            return None
        self.token = current
        return made

    def schedule_backup(self) -> Job | None:
        """The half-hourly backup, off the UI thread (a large library takes a moment)."""
        current = self._token()
        if current is None or current == self.token:
            return None
        path, passphrase = self.window.lib.path, self.window.lib.passphrase
        job = Job(lambda _progress, _cancelled: backups.create_for(path, backups.AUTO, passphrase))
        job.signals.finished.connect(lambda _made, token=current: self._backed_up(token))
        job.signals.failed.connect(self._backup_failed)
        return self.jobs.start(job)

    def _backed_up(self, token: tuple[int, int]) -> None:
        self.token = token

    def _backup_failed(self, exc: Exception) -> None:
        log.warning("automatic backup failed: %s", exc)
        self.window.statusBar().showMessage(
            self.tr("Automatic backup failed: {error}").format(error=translate.error_text(exc)),
            15000,
        )

    def on_quit(self) -> None:
        """After the window closed (editors flushed), before the library is closed."""
        self.timer.stop()
        self.jobs.wait()
        if not self.window.lib.closed:
            self.auto_backup(backups.EXIT)

    def _library_switched(self) -> None:
        if self.window.lib.path != self.path:
            session.release(self.path)
        self.path = self.window.lib.path
        self.token = self._token()
        self.retranslate()

    def show_backups(self) -> None:
        from humasdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window)
        dialog.exec()

    def encrypt_or_change(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from humasdesk.store import encryption
        from humasdesk.ui import app
        from humasdesk.ui.passphrase_dialog import NewPassphraseDialog

        lib = self.window.lib
        dialog = NewPassphraseDialog(self.window, changing=lib.encrypted)
        if not app.ask_dialog(dialog):
            return
        new = dialog.passphrase()
        try:
            if lib.encrypted:
                encryption.change_passphrase(lib, new)
            else:
                path = lib.path
                lib.close()
                try:
                    encryption.encrypt(path, new)
                    reopened = open_library(path, create=False, passphrase=new)
                except UserError:
                    self.window.switch_library(path, open_library(path, create=False))
                    raise
                self.window.switch_library(path, reopened)
        except UserError as exc:
            show_error(self.window, exc)
            return
        if dialog.remember.isChecked():
            encryption.remember(self.window.lib.path, new)
        self.retranslate()
        left = encryption.plaintext_left(self.window.lib.path)
        text = self.tr(
            "The library and its backups are now encrypted. Keep the passphrase safe: "
            "without it nobody can open them. Files you export are not encrypted."
        )
        if left:
            text = self.tr(
                "The library is now encrypted. Keep the passphrase safe: without it nobody "
                "can open it. Files you export are not encrypted.\n\nThese {count} copies "
                "HumasDesk made of the library could not be encrypted (a damaged copy cannot "
                "be read whole) and still hold its text unencrypted:\n{paths}"
            ).format(count=len(left), paths="\n".join(str(p) for p in left))
        box = QMessageBox(
            QMessageBox.Icon.Information if not left else QMessageBox.Icon.Warning,
            self.tr("Encrypted library"),
            text,
            parent=self.window,
        )
        delete = None
        if left:
            delete = box.addButton(
                self.tr("Delete these copies"), QMessageBox.ButtonRole.DestructiveRole
            )
            delete.setObjectName("deletePlaintext")
            box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        else:
            box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        if app.ask(box) is delete and delete is not None:
            encryption.delete_plaintext(left)
