"""`humasdesk import FILE|DIR ...`: brings release files into the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk import translate
from humasdesk.cli import EXIT_OK, EXIT_USER_ERROR, Context


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

    stopped: importer.ImportStopped | None = None
    with ctx.open_library() as lib:
        try:
            report = importer.import_paths(lib, ctx.args.paths)
        except importer.ImportStopped as exc:
            stopped, report = exc, exc.report
    if ctx.json:
        document = report.as_json(translate.error_text)
        if stopped is not None:
            document["error"] = translate.error_text(stopped)
        ctx.emit(document)
        if stopped is not None:
            ctx.warn(translate.error_text(stopped))
        return EXIT_OK if stopped is None else EXIT_USER_ERROR
    _show(ctx, report)
    if stopped is not None:
        ctx.warn(
            QCoreApplication.translate("cli", "Error: {message}").format(
                message=translate.error_text(stopped)
            )
        )
        return EXIT_USER_ERROR
    return EXIT_OK


def _show(ctx: Context, report: Any) -> None:
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
