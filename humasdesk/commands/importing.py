"""`humasdesk import FILE|DIR ...`: brings release files into the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk import translate
from humasdesk.cli import EXIT_OK, Context


def register(add: Callable[..., Any]) -> None:
    p = add(
        "import",
        "import statements from .txt, .md, .docx and .html files or folders",
        json_output=True,
    )
    p.add_argument("paths", nargs="+", metavar="FILE|DIR", help="files or folders to import")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from humasdesk.store import importer

    with ctx.open_library() as lib:
        report = importer.import_paths(lib, ctx.args.paths)
    if ctx.json:
        ctx.emit(report.as_json(translate.error_text))
        return EXIT_OK
    for item in report.imported:
        ctx.say(
            QCoreApplication.translate("cli", "Imported {path}: {title} ({quotes} quotes)").format(
                path=item.path, title=item.title, quotes=item.quotes
            )
        )
    for skipped in report.skipped:
        ctx.say(
            QCoreApplication.translate("cli", "Skipped {path}: {reason}").format(
                path=skipped.path, reason=translate.error_text(skipped.error)
            )
        )
    ctx.say(
        QCoreApplication.translate(
            "cli", "{imported} imported, {duplicates} already in the library, {refused} refused."
        ).format(
            imported=len(report.imported),
            duplicates=len(report.duplicates),
            refused=len(report.refused),
        )
    )
    return EXIT_OK
