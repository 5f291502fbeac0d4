"""The `humasdesk` subcommands, one module per area. Each module's `register(add)` adds its
parsers; `add(name, help)` returns a parser that already has --library, --lang and --json."""

from humasdesk.commands import (
    cases,
    crisis,
    export,
    importing,
    library,
    quotes,
    safety,
    screenshots,
    statements,
)

MODULES = [cases, crisis, export, importing, library, quotes, safety, screenshots, statements]
