"""Exports one statement or a selection to files, in any format; records exports of
embargoed statements in the audit log."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from humasdesk.core import office_time
from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Statement
from humasdesk.exporting import layout, text
from humasdesk.exporting.files import write_atomic, write_text
from humasdesk.store import crisis, settings, statements
from humasdesk.store.db import Library

FORMATS = ("docx", "pdf", "md", "txt", "whatsapp")
SUFFIX = {"docx": ".docx", "pdf": ".pdf", "md": ".md", "txt": ".txt", "whatsapp": ".txt"}
NEEDS_GUI = ("pdf",)


class Embargoed(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” is under embargo until {when}. Exporting it for distribution needs "
        "your confirmation.",
    )


# The same refusal on the command line, where confirming is a flag.
EMBARGOED_ON_COMMAND_LINE = QT_TRANSLATE_NOOP(
    "errors",
    "“{title}” is under embargo until {when}. Exporting it for distribution needs "
    "confirmation (on the command line: --force-embargo).",
)


class UnknownFormat(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Unknown export format {format}; choose one of {formats}."
    )


def render_text(page: layout.Page, fmt: str) -> str:
    if fmt == "md":
        return text.to_markdown(page)
    if fmt == "whatsapp":
        return text.to_whatsapp(page)
    return text.to_plain(page)


def whatsapp_text(lib: Library, st: Statement) -> str:
    """The text "Copy for WhatsApp" puts on the clipboard."""
    return text.to_whatsapp(layout.page(lib, st))


def check_embargo(st: Statement, *, confirmed: bool, zone: str = office_time.DEFAULT_ZONE) -> None:
    if layout.is_embargoed(st) and not confirmed:
        moment = layout.embargo_moment(st, zone)
        when = f"{moment:%Y-%m-%d %H:%M} {zone}" if moment else str(st.embargo_at)
        raise Embargoed(title=st.title, when=when)


def write(lib: Library, st: Statement, fmt: str, target: Path, *, confirmed: bool = False) -> Path:
    """Writes `st` as `fmt` to `target` (whole or not at all). An embargoed statement needs
    `confirmed`, and its export is recorded in the audit log."""
    if fmt not in FORMATS:
        raise UnknownFormat(format=fmt, formats=", ".join(FORMATS))
    check_embargo(st, confirmed=confirmed, zone=settings.time_zone(lib))
    page = layout.page(lib, st)
    if fmt == "docx":
        from humasdesk.exporting import docx_export

        written = write_atomic(target, lambda p: docx_export.write(page, p))
    elif fmt == "pdf":
        from humasdesk.exporting import pdf

        written = write_atomic(target, lambda p: pdf.write(page, p))
    else:
        written = write_text(target, render_text(page, fmt))
    if layout.is_embargoed(st):
        statements.record_embargoed_export(lib, st, f"{fmt}: {written.name}")
    crisis.record_export(lib, st)
    return written


def export_statement(
    lib: Library, statement_id: str, fmt: str, target: Path, *, confirmed: bool = False
) -> Path:
    return write(lib, statements.get(lib, statement_id), fmt, target, confirmed=confirmed)


def file_stem(st: Statement) -> str:
    """A file name from the statement's number and title, safe on every system."""
    base = f"{st.number} {st.title}".strip() or st.id
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^\w.-]+", "-", base).strip("-.")
    return (base or st.id or "statement")[:80].rstrip("-.")


def _unique_name(st: Statement, fmt: str, used: set[str]) -> str:
    stem = file_stem(st)
    name = stem + SUFFIX[fmt]
    counter = 2
    while name.lower() in used:
        name = f"{stem}-{counter}{SUFFIX[fmt]}"
        counter += 1
    used.add(name.lower())
    return name


def file_names(items: list[Statement], fmt: str) -> list[str]:
    """The names `export_many` gives these statements' files, in order."""
    used: set[str] = set()
    return [_unique_name(st, fmt, used) for st in items]


def export_many(
    lib: Library,
    statement_ids: list[str],
    fmt: str,
    folder: Path,
    *,
    confirmed: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """Exports a selection into `folder`, one file each, never overwriting another's file."""
    written: list[Path] = []
    used: set[str] = set()
    for done, statement_id in enumerate(statement_ids):
        if cancelled():
            break
        st = statements.get(lib, statement_id)
        if progress is not None:
            progress(done, len(statement_ids), st.title)
        name = _unique_name(st, fmt, used)
        written.append(write(lib, st, fmt, Path(folder) / name, confirmed=confirmed))
    if progress is not None:
        progress(len(statement_ids), len(statement_ids), "")
    return written
