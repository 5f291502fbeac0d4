"""`humasdesk screenshots OUTDIR`: every screen rendered to PNG, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, Context


def register(add: Callable[..., Any]) -> None:
    p = add(
        "screenshots",
        "render every screen, editor, dialog and wizard page to OUTDIR/<screen>.png "
        "(on a temporary sample library unless --library is given)",
    )
    p.add_argument("outdir", metavar="OUTDIR")
    p.set_defaults(handler=screenshots, gui=True)


def screenshots(ctx: Context) -> int:
    from humasdesk.ui.screenshots import render_all

    explicit = getattr(ctx.args, "library", None)
    written = render_all(Path(ctx.args.outdir), library=ctx.library_path if explicit else None)
    ctx.say(
        QCoreApplication.translate("cli", "{count} screenshots written to {outdir}").format(
            count=len(written), outdir=ctx.args.outdir
        )
    )
    return EXIT_OK
