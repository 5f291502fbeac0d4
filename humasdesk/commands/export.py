"""`humasdesk export ID --format docx|pdf|md|txt|whatsapp -o FILE`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, Context


def register(add: Callable[..., Any]) -> None:
    from humasdesk.exporting.export import FORMATS

    p = add("export", "export a statement as DOCX, PDF, Markdown, plain text or WhatsApp text")
    p.add_argument("id", metavar="ID", help="the statement's id")
    p.add_argument("--format", required=True, choices=FORMATS, help="the file format")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it")
    p.add_argument(
        "--force-embargo",
        action="store_true",
        help="export a statement under embargo anyway (the export is recorded in the audit log)",
    )
    # PDF is drawn by Qt's text engine, which needs a (offscreen) GUI application.
    p.set_defaults(handler=run, gui=True)


def run(ctx: Context) -> int:
    from humasdesk.exporting.export import EMBARGOED_ON_COMMAND_LINE, Embargoed, export_statement
    from humasdesk.store import encryption

    target = Path(ctx.args.output).expanduser()
    with ctx.open_library(create=False) as lib:
        try:
            written = export_statement(
                lib, ctx.args.id, ctx.args.format, target, confirmed=ctx.args.force_embargo
            )
        except Embargoed as refused:  # the window asks instead; here the flag confirms
            raise Embargoed(EMBARGOED_ON_COMMAND_LINE, **refused.params) from refused
        warning = encryption.export_warning(lib)
    if warning:
        ctx.say(QCoreApplication.translate("errors", warning))
    ctx.say(QCoreApplication.translate("cli", "Exported to {path}").format(path=written))
    return EXIT_OK
