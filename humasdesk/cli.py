"""The `humasdesk` command line: opens the app, or runs one subcommand on a library.

Every subcommand takes --library and --lang, prints one clear line on error (never a
traceback) and exits non-zero; with --json it prints exactly one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from humasdesk import __version__

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_BUG = 70

log = logging.getLogger("humasdesk")


class Context:
    """What a subcommand needs: the parsed arguments, the library path, output helpers."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))

    @property
    def library_path(self) -> Path:
        from humasdesk.paths import resolve_library

        return resolve_library(getattr(self.args, "library", None))

    def passphrase(self, *, needed: bool = True) -> str | None:
        """The encrypted library's passphrase: --passphrase-file, $HUMASDESK_PASSPHRASE, the
        OS keyring, then a prompt on a terminal. None when not needed or not given."""
        from humasdesk.core.errors import InvalidInput
        from humasdesk.store import encryption

        given = getattr(self.args, "passphrase_file", None)
        if given:
            try:
                return Path(given).expanduser().read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise InvalidInput(detail=f"{given}: {exc.strerror}") from exc
        from_env = encryption.passphrase_from_env()
        if from_env or not needed:
            return from_env
        remembered = encryption.recall(self.library_path)
        if remembered:
            return remembered
        if sys.stdin.isatty():
            import getpass

            from PySide6.QtCore import QCoreApplication

            prompt = QCoreApplication.translate("cli", "Passphrase for {path}: ")
            return getpass.getpass(prompt.format(path=self.library_path)) or None
        return None

    def open_library(self, *, create: bool = False) -> Any:
        from humasdesk.store.db import looks_encrypted, open_library

        path = self.library_path
        encrypted = path.is_file() and looks_encrypted(path)
        passphrase = self.passphrase() if encrypted else None
        return open_library(path, create=create, passphrase=passphrase)

    def emit(self, data: Any) -> None:
        """The one JSON document of a --json run."""
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")

    def say(self, text: str) -> None:
        """A line for people; with --json it goes to stderr so stdout stays one document."""
        print(text, file=sys.stderr if self.json else sys.stdout)


Handler = Callable[[Context], int]


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On subparsers the defaults are suppressed so they never overwrite a top-level value.
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=default,
        help="library file (default: $HUMASDESK_LIBRARY, then the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=["id", "en"], default=default, help="interface language (id or en)"
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="file holding an encrypted library's passphrase (or set $HUMASDESK_PASSPHRASE)",
    )


def build_parser() -> argparse.ArgumentParser:
    from humasdesk import commands

    parser = argparse.ArgumentParser(
        prog="humasdesk",
        description="HumasDesk: press statements, quote library and RESIST cases, offline.",
    )
    parser.add_argument("--version", action="version", version=f"HumasDesk {__version__}")
    _common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, *, json_output: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common_options(p, top=False)
        if json_output:
            p.add_argument("--json", action="store_true", help="print one JSON document")
        return p

    for module in commands.MODULES:
        module.register(add)
    _SUBCOMMANDS.update(sub.choices)
    return parser


def _language(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    from humasdesk import prefs

    return prefs.load().language


def _library_file_argument(argv: Sequence[str]) -> list[str]:
    """`humasdesk FILE.humasdesk` (a double-click in the file manager, the .desktop file's
    `Exec=humasdesk %f`) means `humasdesk --library FILE.humasdesk`."""
    args = list(argv)
    if args and args[-1].endswith(".humasdesk") and not args[-1].startswith("-"):
        before = args[-2] if len(args) > 1 else ""
        if before != "--library" and not any(a in _SUBCOMMANDS for a in args):
            return [*args[:-1], "--library", args[-1]]
    return args


_SUBCOMMANDS: set[str] = set()


def _app_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed options when `argv` only opens the app (no subcommand, no help): then the
    subcommands, and the modules they import, are not loaded on the start path."""
    parser = argparse.ArgumentParser(prog="humasdesk", add_help=False, exit_on_error=False)
    _common_options(parser, top=True)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    quick = _app_only(given)
    if quick is not None:
        from humasdesk.ui.app import run_app

        return run_app(library=quick.library, language=quick.lang)
    parser = build_parser()
    args = parser.parse_args(_library_file_argument(given))
    if args.command is None:
        from humasdesk.ui.app import run_app

        return run_app(library=args.library, language=args.lang)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from humasdesk import translate
    from humasdesk.core.errors import UserError

    app: QCoreApplication
    if getattr(args, "gui", False):
        # Commands that render widgets (screenshots) never need a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from humasdesk.ui.app import application

        app = application()
    else:
        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translate.install(_language(args))
    ctx = Context(args)
    handler: Handler = args.handler
    try:
        return handler(ctx)
    except UserError as exc:
        print(
            QCoreApplication.translate("cli", "Error: {message}").format(
                message=translate.error_text(exc)
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from humasdesk.logs import log_exception

        where = log_exception(exc)
        print(
            QCoreApplication.translate(
                "cli", "Internal error: {error}. Details were written to {log}."
            ).format(error=exc.__class__.__name__, log=where),
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        del app
