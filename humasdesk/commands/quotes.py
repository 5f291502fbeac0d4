"""Quote library commands: list quotes, and share them as packs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, Context
from humasdesk.core.records import QUOTE_STATUSES


def register(add: Callable[..., Any]) -> None:
    p = add("quotes", "list the quote library's quotes, newest first", json_output=True)
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    p.add_argument("--status", choices=QUOTE_STATUSES, help="only quotes with this status")
    p.add_argument(
        "--pending", action="store_true", help="list the review queue (extracted, not reviewed)"
    )
    p.set_defaults(handler=list_quotes)

    p = add(
        "pack",
        "share approved quotes: 'pack export -o FILE' writes them with their speakers and "
        "roles; 'pack import FILE' merges a pack (conflicts are listed, never overwritten)",
        json_output=True,
    )
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file", nargs="?", metavar="FILE", help="the pack to import")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the pack")
    p.set_defaults(handler=pack)


def list_quotes(ctx: Context) -> int:
    from humasdesk.store import quotes

    filters = quotes.Filters(review="pending" if ctx.args.pending else "accepted")
    with ctx.open_library() as lib:
        found = quotes.listing(
            lib, speaker=ctx.args.speaker, status=ctx.args.status, filters=filters
        )
    rows = [
        {
            "id": r["id"],
            "text": r["text"],
            "speaker": r["speaker"],
            "role": r["role"],
            "organisation": r["organisation"],
            "date": r["date"],
            "statement_id": r["statement_id"],
            "status": r["status"],
            "language": r["language"],
            "reuse_count": r["reuse_count"],
        }
        for r in found
    ]
    if ctx.json:
        ctx.emit(rows)
        return EXIT_OK
    for r in rows:
        who = ", ".join(p for p in (r["speaker"], r["role"]) if p)
        ctx.say(f"{r['date'] or '':10}  {r['status']:10}  {who}: “{r['text']}”")
    if not rows:
        ctx.say(QCoreApplication.translate("cli", "No quotes."))
    return EXIT_OK


def pack(ctx: Context) -> int:
    from humasdesk.core.errors import InvalidInput
    from humasdesk.store import packs

    if ctx.args.action == "export":
        if not ctx.args.output:
            raise InvalidInput(
                detail=QCoreApplication.translate("cli", "Say where to write the pack: -o FILE.")
            )
        target = Path(ctx.args.output).expanduser()
        with ctx.open_library() as lib:
            counts = packs.export(lib, target)
        if ctx.json:
            ctx.emit({"path": str(target), **counts})
        ctx.say(
            QCoreApplication.translate(
                "cli", "Pack written: {path} ({quotes} quotes, {people} people)."
            ).format(path=target, **counts)
        )
        return EXIT_OK
    if not ctx.args.file:
        raise InvalidInput(
            detail=QCoreApplication.translate("cli", "Name the pack to import: pack import FILE.")
        )
    data = packs.read(Path(ctx.args.file).expanduser())
    with ctx.open_library() as lib:
        merged = packs.merge(lib, data)
    if ctx.json:
        ctx.emit(merged.as_dict())
    ctx.say(
        QCoreApplication.translate(
            "cli",
            "Merged: {quotes} new quotes, {people} new people, {unchanged} already the same.",
        ).format(quotes=merged.quotes_added, people=merged.people_added, unchanged=merged.unchanged)
    )
    if merged.conflicts:
        ctx.say(
            QCoreApplication.translate(
                "cli",
                "{count} conflicts left as they are in this library (decide them in the app: "
                "Quote library > Import pack):",
            ).format(count=len(merged.conflicts))
        )
        for c in merged.conflicts:
            fields = ", ".join(c.fields)
            ctx.say(f"  {c.kind} {c.id}: {c.label} [{fields}]")
    return EXIT_OK
