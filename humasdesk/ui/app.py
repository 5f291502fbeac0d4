"""Starts the window: the application object, language, error hook and the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from humasdesk import APP_NAME, __version__, logs, prefs, translate
from humasdesk.core import errors
from humasdesk.core.errors import UserError
from humasdesk.paths import resolve_library, resources_dir
from humasdesk.store import location, session
from humasdesk.store.db import Library, looks_encrypted, open_library
from humasdesk.ui.errors import install_excepthook, show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

    from humasdesk.store import backups


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with our name (for settings paths) and icon, and the
    app-wide input rules (the mouse wheel never changes an unfocused input)."""
    from humasdesk.ui import input_policy

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        input_policy.install(existing)
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    input_policy.install(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("id.humasdesk.HumasDesk")
    icon = resources_dir() / "icons" / "humasdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Shows a question and returns the button clicked (tests replace this to click)."""
    box.exec()
    return box.clickedButton()


def ask_dialog(dialog: QDialog) -> bool:
    """Shows a dialog; True when accepted (tests replace this to fill it in)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _question(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # loaded when a question is asked

    box = QMessageBox(icon, APP_NAME, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _in_use(path: Path, owner: session.Owner, parent: QWidget | None) -> bool:
    """Another window has the library: True to open it read-only, False to cancel."""
    from PySide6.QtWidgets import QMessageBox  # loaded when a question is asked

    box = _question(
        parent,
        QMessageBox.Icon.Information,
        QApplication.translate(
            "app",
            "The library {name} is already open in HumasDesk (on {host}, since {since}).\n\n"
            "Two windows editing one library could overwrite each other's work, so this "
            "window can open it read-only. To edit here, close the other window first.",
        ).format(name=path.name, host=owner.host or "?", since=owner.since or "?"),
    )
    read_only = box.addButton(
        QApplication.translate("app", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    read_only.setObjectName("openReadOnly")
    box.addButton(QApplication.translate("app", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    return ask(box) is read_only


def _passphrase(path: Path, parent: QWidget | None, wrong: bool) -> tuple[str, bool] | None:
    from humasdesk.ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(path, parent, wrong=wrong)
    if not ask_dialog(dialog):
        return None
    return dialog.passphrase(), dialog.remember.isChecked()


def _offer_fresh(path: Path, exc: UserError, parent: QWidget | None) -> Library | None:
    from PySide6.QtWidgets import QMessageBox  # loaded when a question is asked

    box = _question(parent, QMessageBox.Icon.Warning, translate.error_text(exc))
    fresh = box.addButton(
        QApplication.translate("app", "Open a new empty library"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    fresh.setObjectName("startEmpty")
    box.addButton(QApplication.translate("app", "Close"), QMessageBox.ButtonRole.RejectRole)
    if ask(box) is not fresh:
        return None
    stem = path.stem + "-new"
    return open_library(path.with_name(stem + path.suffix), create=True)


def damaged_box(
    path: Path,
    best: backups.Backup | None,
    parent: QWidget | None = None,
    *,
    readable: bool = False,
    detail: str = "",
) -> QMessageBox:
    """The plain-words question about a damaged library, with the newest good backup, and
    `detail`, what a check found, in the user's language."""
    from PySide6.QtWidgets import QMessageBox  # loaded when a question is asked

    text = QApplication.translate(
        "app",
        "The library {name} is damaged and cannot be used safely. This can happen after a "
        "power cut, when the disk is full, or when a sync tool copies the file while HumasDesk "
        "is writing it.\n\nThe damaged file will not be deleted: it is moved to the backups "
        "folder, where it can still be examined.",
    ).format(name=path.name)
    if detail:
        text += "\n\n" + QApplication.translate("app", "What was found: {detail}").format(
            detail=translate.problem_text(detail)
        )
    if best is None:
        text += "\n\n" + QApplication.translate("app", "There is no backup to go back to.")
    box = _question(parent, QMessageBox.Icon.Critical, text)
    if best is not None:
        restore = box.addButton(
            QApplication.translate(
                "app", "Restore the backup of {date} ({statements} statements)"
            ).format(
                date=QLocale().toString(  # type: ignore[call-overload]  # PySide takes a datetime
                    best.local_time.replace(tzinfo=None), QLocale.FormatType.ShortFormat
                ),
                statements=best.counts.get("statements", "?"),
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restoreBackup")
        box.setDefaultButton(restore)
    fresh = box.addButton(
        QApplication.translate("app", "Start a new empty library"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    fresh.setObjectName("startEmpty")
    if readable:
        read = box.addButton(
            QApplication.translate("app", "Open it read-only"), QMessageBox.ButtonRole.ActionRole
        )
        read.setObjectName("openDamagedReadOnly")
    box.addButton(QApplication.translate("app", "Close"), QMessageBox.ButtonRole.RejectRole)
    return box


def recover_damaged(
    path: Path,
    passphrase: str | None,
    parent: QWidget | None = None,
    *,
    readable: Library | None = None,
    detail: str = "",
) -> Library | None:
    """A damaged library: said in plain words, set aside, the newest good backup offered.
    `readable`: the damaged library, opened read-only, for the officer to copy from."""
    from humasdesk.store import backups, maintenance

    best = backups.newest_good(path, passphrase)
    box = damaged_box(path, best, parent, readable=readable is not None, detail=detail)
    clicked = ask(box)
    name = clicked.objectName() if clicked is not None else ""
    if name == "openDamagedReadOnly" and readable is not None:
        return readable
    if readable is not None:
        readable.close()
    try:
        if name == "restoreBackup" and best is not None:
            maintenance.restore(path, best.path, passphrase, aside_kind=backups.DAMAGED)
            return open_library(path, create=False, passphrase=passphrase)
        if name == "startEmpty":
            backups.set_aside(path, backups.DAMAGED)
            return open_library(path, create=True, passphrase=passphrase)
    except UserError as exc:
        show_error(parent, exc)
    return None


def warn_about_location(path: Path, parent: QWidget | None = None) -> bool:
    """Warns when the library sits in a synced folder or on a network share."""
    found = location.risk(path)
    if found is None:
        return False
    from PySide6.QtWidgets import QMessageBox  # loaded when a question is asked

    message, values = found
    box = _question(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", message).format(**values),
    )
    box.addButton(QApplication.translate("app", "OK"), QMessageBox.ButtonRole.AcceptRole)
    ask(box)
    return True


# Encryption and the damage check load only for the libraries that need them.
def _remembered_passphrase(path: Path) -> str | None:
    from humasdesk.store import encryption

    return encryption.recall(path)


def _damage(path: Path, passphrase: str | None) -> str:
    """What SQLite's quick check finds wrong with the file ("" when nothing)."""
    from humasdesk.core import problems
    from humasdesk.store import maintenance

    return problems.joined(maintenance.quick_check_file(path, passphrase)[:3])


def open_interactively(
    path: Path, parent: QWidget | None = None, *, warn: bool = True
) -> Library | None:
    """Opens a library the way a window needs it: takes the one-window lock, asks for a
    passphrase, checks the file after an unclean exit and offers a backup when it is damaged.
    None when the user cancels. `warn=False` leaves the warning about a synced or network
    folder to the caller (the first window gives it once it is on screen)."""
    path = Path(path)
    read_only = False
    try:
        held = session.acquire(path)
    except session.InUse as busy:
        if not _in_use(path, busy.owner, parent):
            return None
        held, read_only = None, True
    encrypted = path.is_file() and looks_encrypted(path)
    remembered = _remembered_passphrase(path) if encrypted else None
    passphrase: str | None = None
    remember, wrong = False, False
    while True:
        if encrypted and remembered:
            passphrase, remembered = remembered, None
        elif encrypted:
            answer = _passphrase(path, parent, wrong)
            if answer is None:
                session.release(path)
                return None
            passphrase, remember = answer
        try:
            # After a crash, judge the file before anything writes to it.
            unclean = held is not None and held.unclean
            damage = _damage(path, passphrase) if unclean else ""
            if damage:
                return recover_damaged(path, passphrase, parent, detail=damage)
            lib = open_library(path, create=True, passphrase=passphrase, read_only=read_only)
            if lib.damaged:  # a check or a command found it damaged before
                return recover_damaged(path, passphrase, parent, readable=lib, detail=lib.damaged)
        except errors.WrongPassphrase:
            wrong = True
            continue
        except errors.LibraryDamaged as exc:
            return recover_damaged(path, passphrase, parent, detail=exc.params.get("detail", ""))
        except UserError as exc:
            session.release(path)
            return _offer_fresh(path, exc, parent)
        break
    if not lib.read_only:
        from humasdesk.store import backups

        backups.clean_leftovers(path)  # what a killed backup or restore left behind
    if remember and passphrase:
        from humasdesk.store import encryption

        encryption.remember(path, passphrase)
    if warn:
        warn_about_location(path, parent)
    return lib


# The name the foundation used.
open_or_ask = open_interactively


WARM_UP_AFTER_MS = 1500


def _warm_up_spelling() -> None:
    from humasdesk.core import spelling

    spelling.warm_up()


def run_app(library: str | None = None, language: str | None = None) -> int:
    from humasdesk.ui.main_window import MainWindow

    logs.setup()
    app = application()
    settings = prefs.load()
    settings.language = translate.install(language or settings.language)
    install_excepthook()
    lib = open_interactively(resolve_library(library), warn=False)
    if lib is None:
        session.release_all()
        return 1
    window = MainWindow(lib, settings)
    window.show()
    window.after_first_paint(lambda: warn_about_location(window.lib.path, window))
    # The dictionary loads in a thread, but its parsing holds the GIL: start it once the
    # window is on screen, not while it paints for the first time.
    QTimer.singleShot(WARM_UP_AFTER_MS, _warm_up_spelling)
    try:
        return app.exec()
    finally:
        window.finish_jobs()  # the app may quit without closing the window (a session end)
        window.safety.on_quit()  # the exit backup, after every editor has flushed
        window.lib.close()
        session.release_all()  # last: a clean exit leaves no lock file behind
