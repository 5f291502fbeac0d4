"""Library-wide commands: init, check, backup, restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk import translate
from humasdesk.cli import EXIT_OK, EXIT_USER_ERROR, Context, backup_hint


def register(add: Callable[..., Any]) -> None:
    p = add("init", "create a library, optionally with the sample data")
    p.add_argument("--sample", action="store_true", help="add the sample data")
    p.set_defaults(handler=init)

    p = add(
        "check",
        "check a library: integrity, search indexes, audit log, schema",
        json_output=True,
    )
    p.set_defaults(handler=check)

    p = add("backup", "write a consistent copy of the library")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the copy")
    p.set_defaults(handler=backup)

    p = add("restore", "replace the library with a backup (the current file is set aside)")
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    p.set_defaults(handler=restore)


def init(ctx: Context) -> int:
    from humasdesk.store import sample

    path = ctx.library_path
    existed = path.exists()
    with ctx.open_library(create=True) as lib:
        if ctx.args.sample:
            if not lib.is_empty():
                ctx.say(
                    QCoreApplication.translate(
                        "cli", "The library {path} already has records; sample data not added."
                    ).format(path=path)
                )
                return EXIT_USER_ERROR
            added = sample.install(lib)
            ctx.say(
                QCoreApplication.translate(
                    "cli",
                    "Sample data added: {statements} statements, {quotes} quotes, {cases} cases.",
                ).format(**added)
            )
    if existed:
        ctx.say(QCoreApplication.translate("cli", "Library ready: {path}").format(path=path))
    else:
        ctx.say(QCoreApplication.translate("cli", "Library created: {path}").format(path=path))
    return EXIT_OK


def check(ctx: Context) -> int:
    from humasdesk.core import problems
    from humasdesk.core.errors import LibraryDamaged
    from humasdesk.store import location, maintenance

    try:
        with ctx.open_library() as lib:
            report = maintenance.check_library(lib)
            encrypted = lib.encrypted
    except LibraryDamaged as exc:
        # Damage seen before SQLite could open it (an empty or cut-short file).
        report = maintenance.CheckReport(problems=[problems.detail_of(exc)])
        encrypted = False
    warning = location.risk(ctx.library_path)
    warning_text = (
        QCoreApplication.translate("errors", warning[0]).format(**warning[1]) if warning else ""
    )
    if ctx.json:
        ctx.emit(
            {
                "ok": report.ok,
                "problems": report.problems,
                "schema_version": report.schema_version,
                "counts": report.counts,
                "encrypted": encrypted,
                "warnings": [warning_text] if warning_text else [],
                "checks": report.checks,
            }
        )
    if warning_text:
        ctx.warn(warning_text)
    if report.ok:
        ctx.say(
            QCoreApplication.translate(
                "cli",
                "OK: {path} (schema {version}; {statements} statements, {quotes} quotes, "
                "{cases} cases)",
            ).format(path=ctx.library_path, version=report.schema_version, **report.counts)
        )
        return EXIT_OK
    ctx.say(
        QCoreApplication.translate("cli", "Damaged: {path}: {problems}").format(
            path=ctx.library_path,
            problems="; ".join(translate.problem_text(p) for p in report.problems),
        )
    )
    ctx.say(backup_hint(ctx.library_path, ctx.passphrase(needed=False)))
    return 1


def backup(ctx: Context) -> int:
    from humasdesk.store import maintenance

    target = Path(ctx.args.output).expanduser() if ctx.args.output else None
    with ctx.open_library() as lib:
        written = maintenance.backup(lib, target)
    ctx.say(QCoreApplication.translate("cli", "Backup written: {path}").format(path=written))
    return EXIT_OK


def restore(ctx: Context) -> int:
    from humasdesk.store import backups, maintenance
    from humasdesk.store.db import looks_encrypted

    source = Path(ctx.args.file).expanduser()
    path = ctx.library_path
    backups.clean_leftovers(path)
    encrypted = any(p.is_file() and looks_encrypted(p) for p in (source, path))
    aside = maintenance.restore(path, source, passphrase=ctx.passphrase(needed=encrypted))
    ctx.say(
        QCoreApplication.translate(
            "cli", "Restored {source} into {path}; the previous file was kept as {aside}."
        ).format(source=ctx.args.file, path=ctx.library_path, aside=aside)
    )
    return EXIT_OK
