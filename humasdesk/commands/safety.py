"""Encryption commands: `encrypt` (a new or existing library) and `passphrase` (change it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, EXIT_USER_ERROR, Context
from humasdesk.core import errors

NEW_PASSPHRASE_ENV = "HUMASDESK_NEW_PASSPHRASE"


def register(add: Callable[..., Any]) -> None:
    p = add("encrypt", "encrypt the library (or create it encrypted) with a passphrase")
    p.add_argument("--remember", action="store_true", help="keep the passphrase in the OS keyring")
    p.add_argument(
        "--delete-plaintext",
        action="store_true",
        help="delete the copies that could not be encrypted (they are listed otherwise)",
    )
    p.set_defaults(handler=encrypt)

    p = add("passphrase", "change an encrypted library's passphrase (re-keys it and its backups)")
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="file holding the new passphrase (or set $HUMASDESK_NEW_PASSPHRASE)",
    )
    p.set_defaults(handler=change)


def _new_passphrase(ctx: Context, file: str | None, env: str) -> str:
    if file:
        try:
            return Path(file).expanduser().read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise errors.InvalidInput(detail=f"{file}: {exc.strerror}") from exc
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(QCoreApplication.translate("cli", "New passphrase: "))
        again = getpass.getpass(QCoreApplication.translate("cli", "Repeat the new passphrase: "))
        if first != again:
            raise errors.InvalidInput(
                detail=QCoreApplication.translate("cli", "The two passphrases differ.")
            )
        return first
    raise errors.PassphraseNeeded(path=ctx.library_path)


def encrypt(ctx: Context) -> int:
    from humasdesk.store import encryption

    path = ctx.library_path
    if encryption.is_encrypted(path):
        ctx.say(QCoreApplication.translate("cli", "{path} is already encrypted.").format(path=path))
        return _plaintext_left(ctx, path)
    passphrase = ctx.passphrase(needed=False) or _new_passphrase(
        ctx, None, encryption.PASSPHRASE_ENV
    )
    if path.exists():
        converted = encryption.encrypt(path, passphrase)
        ctx.say(
            QCoreApplication.translate(
                "cli", "Encrypted {path} (and {backups} of its backups)."
            ).format(path=path, backups=converted)
        )
    else:
        encryption.create_encrypted(path, passphrase).close()
        ctx.say(
            QCoreApplication.translate("cli", "Encrypted library created: {path}").format(path=path)
        )
    if ctx.args.remember and not encryption.remember(path, passphrase):
        ctx.say(
            QCoreApplication.translate(
                "cli", "No keyring on this computer: the passphrase was not remembered."
            )
        )
    return _plaintext_left(ctx, path)


def _plaintext_left(ctx: Context, path: Path) -> int:
    """Lists each copy of the library that still holds plain text, and deletes them when
    asked (--delete-plaintext, or yes on a terminal)."""
    from humasdesk.store import encryption

    left = encryption.plaintext_left(path)
    if not left:
        return EXIT_OK
    ctx.say(
        QCoreApplication.translate(
            "cli",
            "These {count} copies HumasDesk made of the library could not be encrypted and "
            "still hold its text unencrypted:",
        ).format(count=len(left))
    )
    for leftover in left:
        ctx.say(f"  {leftover}")
    delete = ctx.args.delete_plaintext
    if not delete and sys.stdin.isatty():
        answer = input(QCoreApplication.translate("cli", "Delete them? [y/N] "))
        delete = answer.strip().lower() in ("y", "yes", "ya")
    if not delete:
        ctx.say(
            QCoreApplication.translate(
                "cli", "They were kept. Delete them with: humasdesk encrypt --delete-plaintext"
            )
        )
        return EXIT_OK
    deleted = encryption.delete_plaintext(left)
    ctx.say(
        QCoreApplication.translate("cli", "Deleted {count} of them.").format(count=len(deleted))
    )
    return EXIT_OK if len(deleted) == len(left) else EXIT_USER_ERROR


def change(ctx: Context) -> int:
    from humasdesk.store import encryption

    new = _new_passphrase(ctx, ctx.args.new_passphrase_file, NEW_PASSPHRASE_ENV)
    with ctx.open_library() as lib:
        if not lib.encrypted:
            raise errors.InvalidInput(
                detail=QCoreApplication.translate(
                    "cli", "{path} is not encrypted; use 'humasdesk encrypt' first."
                ).format(path=lib.path)
            )
        rekeyed = encryption.change_passphrase(lib, new)
    ctx.say(
        QCoreApplication.translate(
            "cli", "Passphrase changed for {path} (and {backups} of its backups)."
        ).format(path=ctx.library_path, backups=rekeyed)
    )
    return EXIT_OK
