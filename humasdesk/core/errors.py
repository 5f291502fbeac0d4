"""Errors the user can meet. Each carries an English message marked for translation, and the
values to fill in, so the CLI and the window can show it in the user's language.

Two kinds, as qutebrowser does: `UserError` for what the user or their machine can fix (a
damaged file, a locked library, a bad import), and everything else, which is our bug.
"""

from __future__ import annotations

from typing import Any

from humasdesk.core import problems
from humasdesk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class UserError(Exception):
    """An error to show to the user as one clear, translated sentence."""

    message: str = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """The message with its values filled in, translated by `translate(context, text)`."""
        text = translate(CONTEXT, self.message) if translate else self.message
        values = {k: problems.render(v, translate) for k, v in self.params.items()}
        try:
            return str(text).format(**values)
        except (KeyError, IndexError, ValueError):
            return str(text)


class LibraryNotFound(UserError):
    message = QT_TRANSLATE_NOOP("errors", "No library at {path}. Create one with 'humasdesk init'.")


class NotALibrary(UserError):
    message = QT_TRANSLATE_NOOP("errors", "{path} is not a HumasDesk library.")


class LibraryTooNew(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was written by a newer HumasDesk (schema version {found}); this version knows "
        "schema version {known}. Update HumasDesk to open it. The file was not changed.",
    )


class LibraryDamaged(UserError):
    message = QT_TRANSLATE_NOOP("errors", "The library {path} is damaged: {detail}")


class LibraryLocked(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The library {path} is busy in another HumasDesk window or program. "
        "Try again in a moment, or close the other one.",
    )


class LibraryReadOnly(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The library {path} cannot be written: the file or its folder is read-only."
    )


class DiskFull(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The disk is full; nothing was changed in {path}. Free some space and try again."
    )


class NotFound(UserError):
    message = QT_TRANSLATE_NOOP("errors", "No {kind} with id {id}.")


class InvalidInput(UserError):
    message = QT_TRANSLATE_NOOP("errors", "{detail}")


class LibraryInUse(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The library {path} is open in HumasDesk elsewhere ({owner}). Close it there first.",
    )


class PassphraseNeeded(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The library {path} is encrypted. Give its passphrase (--passphrase-file, or the "
        "HUMASDESK_PASSPHRASE environment variable).",
    )


class WrongPassphrase(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Wrong passphrase for {path}. The library was not changed; try again."
    )


class EncryptionUnavailable(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Encrypted libraries need the sqlcipher3 package, which is not installed; {path} "
        "cannot be opened.",
    )


class BackupFailed(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The backup of {path} could not be verified ({detail}); it was not kept. Your library "
        "was not changed.",
    )


class NoGoodBackup(UserError):
    message = QT_TRANSLATE_NOOP("errors", "There is no good backup of {path} to restore.")


class PassphraseTooShort(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "A passphrase needs at least {minimum} characters; nothing was changed."
    )


class OpenedReadOnly(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is open read-only in this window, because HumasDesk has it open elsewhere. "
        "Nothing was changed. Close the other window and open the library again to edit.",
    )
