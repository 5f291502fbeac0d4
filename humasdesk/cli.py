"""The `humasdesk` command line: opens the app, or runs one subcommand on a library.

Every subcommand takes --library and --lang, prints one clear line on error (never a
traceback) and exits non-zero; with --json it prints exactly one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import shlex
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from humasdesk import __version__

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_BUG = 70
EXIT_BROKEN_PIPE = 141  # as a shell reports a command ended by SIGPIPE

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
        from PySide6.QtCore import QCoreApplication

        from humasdesk import translate
        from humasdesk.store import backups
        from humasdesk.store.db import NOT_WRITABLE, looks_encrypted, open_library

        path = self.library_path
        encrypted = path.is_file() and looks_encrypted(path)
        passphrase = self.passphrase() if encrypted else None
        # Only `init` makes a library in an empty file; anything else calls it damage.
        lib = open_library(path, create=create, passphrase=passphrase, allow_empty=create)
        if not lib.read_only:
            backups.clean_leftovers(path)  # what a killed backup or restore left behind
        if lib.damaged:
            self.warn(
                QCoreApplication.translate(
                    "cli",
                    "Warning: the library {path} is damaged ({detail}). It is open read-only: "
                    "what can still be read is shown, nothing is written.",
                ).format(path=path, detail=translate.problem_text(lib.damaged))
                + "\n"
                + backup_hint(path, passphrase)
            )
        elif lib.read_only_reason == NOT_WRITABLE:
            self.warn(
                QCoreApplication.translate(
                    "cli", "Note: {path} cannot be written here; it is open read-only."
                ).format(path=path)
            )
        return lib

    def emit(self, data: Any) -> None:
        """The one JSON document of a --json run."""
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")

    def say(self, text: str) -> None:
        """A line for people; with --json it goes to stderr so stdout stays one document.
        Control characters from file names and titles are shown escaped, never sent raw."""
        print(printable(text), file=sys.stderr if self.json else sys.stdout)

    def warn(self, text: str) -> None:
        print(printable(text), file=sys.stderr)


# C0 and C1 controls (but tab and newline) and the invisible marks that reorder text on a
# terminal: a file name or title holding them could rewrite what the terminal shows.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every control character written as its escape (ESC as \\x1b)."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def backup_hint(path: Path, passphrase: str | None = None) -> str:
    """The newest backup that passes the full check, as a command to restore it."""
    from PySide6.QtCore import QCoreApplication

    from humasdesk.store import backups

    best = backups.newest_good(path, passphrase)
    if best is None:
        return QCoreApplication.translate("cli", "There is no good backup of it to restore.")
    return QCoreApplication.translate(
        "cli",
        "The newest good backup is from {date} ({statements} statements). Restore it with:\n"
        "  humasdesk --library {path} restore {backup}",
    ).format(
        date=best.local_time.strftime("%Y-%m-%d %H:%M"),
        statements=best.counts.get("statements", "?"),
        path=shlex.quote(str(path)),
        backup=shlex.quote(str(best.path)),
    )


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


def _schema_damage(ctx: Context) -> list[str]:
    """What the library's schema lacks, when an unexpected error may come from that (it is
    then remembered as damage, and said in words instead of "Internal error")."""
    from humasdesk.core import problems
    from humasdesk.store import checks
    from humasdesk.store.db import mark_damaged

    try:
        path = ctx.library_path
        found = checks.schema_damage(path) if path.is_file() else []
    except Exception:
        return []
    if found:
        mark_damaged(path, problems.joined(found))
    return found


def _print_error(text: str) -> None:
    with contextlib.suppress(BrokenPipeError):
        print(printable(text), file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from humasdesk import translate
    from humasdesk.core.errors import LibraryDamaged, UserError
    from humasdesk.core.problems import joined

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
        try:
            return handler(ctx)
        except sqlite3.Error as exc:
            # What SQLite says of the file (a table missing, a damaged page), in words.
            from humasdesk.store.db import user_errors

            with user_errors(ctx.library_path):
                raise exc
            raise
    except UserError as exc:
        from humasdesk.store.db import damage_confirmed, mark_damaged

        message = QCoreApplication.translate("cli", "Error: {message}").format(
            message=translate.error_text(exc)
        )
        if isinstance(exc, LibraryDamaged) and Path(exc.params.get("path", "")) == (
            ctx.library_path
        ):
            detail = str(exc.params.get("detail", ""))
            if ctx.library_path.is_file() and damage_confirmed(ctx.library_path, detail):
                mark_damaged(ctx.library_path, detail)
            message += "\n" + backup_hint(ctx.library_path)
        _print_error(message)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (`humasdesk search x | head -1`): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from humasdesk.logs import log_exception

        where = log_exception(exc)
        damage = _schema_damage(ctx)
        if damage:
            _print_error(
                QCoreApplication.translate("cli", "Error: {message}").format(
                    message=translate.error_text(
                        LibraryDamaged(path=ctx.library_path, detail=joined(damage))
                    )
                )
                + "\n"
                + backup_hint(ctx.library_path)
            )
            return EXIT_USER_ERROR
        _print_error(
            QCoreApplication.translate(
                "cli", "Internal error: {error}. Details were written to {log}."
            ).format(error=exc.__class__.__name__, log=where)
        )
        return EXIT_BUG
    finally:
        del app
