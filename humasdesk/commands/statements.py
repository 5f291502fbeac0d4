"""Statement commands: `humasdesk statements` lists them, `humasdesk search` finds anything."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, Context
from humasdesk.core.records import LANGUAGES, QUOTE_STATUSES, STATEMENT_STATUSES


def register(add: Callable[..., Any]) -> None:
    p = add("statements", "list statements, newest first", json_output=True)
    p.add_argument("--status", choices=STATEMENT_STATUSES, help="only statements in this status")
    p.add_argument("--tag", metavar="TAG", help="only statements with this tag")
    p.add_argument("--language", choices=LANGUAGES, help="only statements in this language")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="dated on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="dated on or before")
    p.add_argument("--limit", type=int, default=-1, metavar="N", help="at most N statements")
    p.set_defaults(handler=list_statements)

    p = add("search", "full-text search over statements, quotes and cases", json_output=True)
    p.add_argument("query", metavar="QUERY", help='words, "a phrase", -excluded')
    p.add_argument("--kind", choices=["statements", "quotes", "cases"], help="only this kind")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (20)")
    p.add_argument(
        "--sort",
        choices=["relevance", "date"],
        default="relevance",
        help="most relevant first (default) or newest dated first",
    )
    p.add_argument(
        "--status",
        choices=list(dict.fromkeys([*STATEMENT_STATUSES, *QUOTE_STATUSES])),
        help="statements or quotes in this status",
    )
    p.add_argument("--tag", metavar="TAG", help="statements and quotes with this tag")
    p.add_argument("--language", choices=LANGUAGES, help="in this language")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="dated on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="dated on or before")
    p.add_argument("--speaker", metavar="NAME", help="quotes by this speaker (part of a name)")
    p.set_defaults(handler=search)


def _filters(ctx: Context) -> Any:
    from humasdesk.store.search import Filters

    a = ctx.args
    return Filters(
        status=a.status,
        tag=a.tag,
        language=a.language,
        date_from=a.date_from,
        date_to=a.date_to,
        speaker=getattr(a, "speaker", None),
    )


def list_statements(ctx: Context) -> int:
    from humasdesk.store import statements

    with ctx.open_library() as lib:
        found = statements.listing(lib, limit=ctx.args.limit, filters=_filters(ctx))
    if ctx.json:
        ctx.emit(found)
        return EXIT_OK
    for row in found:
        ctx.say(
            f"{row['date'] or '':10}  {row['status']:10}  {row['number'] or '-':36}  {row['title']}"
        )
    if not found:
        ctx.say(QCoreApplication.translate("cli", "No statements."))
    return EXIT_OK


def search(ctx: Context) -> int:
    from humasdesk.store import search as search_store

    filters = _filters(ctx)
    kind = ctx.args.kind
    with ctx.open_library() as lib:
        hits = search_store.search(
            lib,
            ctx.args.query,
            kind=kind,
            limit=max(ctx.args.limit, 0),
            filters=filters,
            sort=ctx.args.sort,
        )
    if ctx.json:
        ctx.emit([h.as_dict() for h in hits])
        return EXIT_OK
    for hit in hits:
        ctx.say(f"{hit.score:7.2f}  {hit.kind:10}  {hit.title}\n          {hit.snippet}")
    if not hits:
        ctx.say(QCoreApplication.translate("cli", "Nothing found."))
    return EXIT_OK
