"""Encryption commands: `encrypt` (a new or existing library) and `passphrase` (change it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, Context
from humasdesk.core import errors

NEW_PASSPHRASE_ENV = "HUMASDESK_NEW_PASSPHRASE"


def register(add: Callable[..., Any]) -> None:
    p = add("encrypt", "encrypt the library (or create it encrypted) with a passphrase")
    p.add_argument("--remember", action="store_true", help="keep the passphrase in the OS keyring")
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
        return EXIT_OK
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
    return EXIT_OK


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
