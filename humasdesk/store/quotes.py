"""The quote library: saving quotes (with their search index) and listing them."""

from __future__ import annotations

import dataclasses
from typing import Any

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Quote
from humasdesk.core.text import index_text
from humasdesk.store import tags as tag_store
from humasdesk.store.db import Library, new_id, now

FIELDS = [f.name for f in dataclasses.fields(Quote) if f.name != "tags"]
KIND = QT_TRANSLATE_NOOP("errors", "quote")


def save(lib: Library, quote: Quote) -> Quote:
    stamp = now()
    with lib.atomic():
        if not quote.id:
            quote.id = new_id()
        values = {k: getattr(quote, k) for k in FIELDS}
        existing = lib.scalar("SELECT pk FROM quotes WHERE id = ?", [quote.id])
        if existing is None:
            cols = [*values, "created_at", "updated_at"]
            lib.execute(
                f"INSERT INTO quotes({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [*values.values(), stamp, stamp],
            )
            pk = int(lib.scalar("SELECT pk FROM quotes WHERE id = ?", [quote.id]))
        else:
            pk = int(existing)
            assignments = ", ".join(f"{k} = ?" for k in values if k != "id")
            lib.execute(
                f"UPDATE quotes SET {assignments}, updated_at = ? WHERE id = ?",
                [*(v for k, v in values.items() if k != "id"), stamp, quote.id],
            )
        lib.execute("DELETE FROM quote_tags WHERE quote_id = ?", [quote.id])
        for tag_id in tag_store.ensure(lib, quote.tags):
            lib.execute(
                "INSERT INTO quote_tags(quote_id, tag_id) VALUES (?, ?)", [quote.id, tag_id]
            )
        lib.execute("DELETE FROM quotes_fts WHERE rowid = ?", [pk])
        lib.execute(
            "INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?, ?, ?)",
            [pk, index_text(quote.text), index_text(f"{quote.speaker} {quote.role}")],
        )
    return quote


def get(lib: Library, quote_id: str) -> Quote:
    rows = lib.query("SELECT * FROM quotes WHERE id = ?", [quote_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=quote_id)
    tags = [
        r["name"]
        for r in lib.query(
            "SELECT t.name FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id "
            "WHERE qt.quote_id = ? ORDER BY t.name",
            [quote_id],
        )
    ]
    return Quote(**{k: rows[0][k] for k in FIELDS}, tags=tags)


def listing(
    lib: Library,
    *,
    speaker: str | None = None,
    status: str | None = None,
    limit: int = -1,
) -> list[dict[str, Any]]:
    """Accepted quotes newest first, as rows for lists and `humasdesk quotes`."""
    clauses, params = ["review = 'accepted'"], []
    if speaker:
        clauses.append("speaker LIKE ?")
        params.append(f"%{speaker}%")
    if status:
        clauses.append("status = ?")
        params.append(status)
    return lib.query(
        "SELECT id, text, speaker, role, date, statement_id, status FROM quotes "
        f"WHERE {' AND '.join(clauses)} ORDER BY date DESC, pk DESC LIMIT ?",
        [*params, limit],
    )


SORT_KEYS = {"date": "date", "speaker": "speaker COLLATE NOCASE", "status": "status"}


def ids(
    lib: Library,
    *,
    sort: str | None = None,
    desc: bool = True,
    review: str = "accepted",
    status: str | None = None,
) -> list[int]:
    clauses, params = ["review = ?"], [review]
    if status:
        clauses.append("status = ?")
        params.append(status)
    order = SORT_KEYS.get(sort or "date", "date")
    direction = "DESC" if desc else "ASC"
    cursor = lib.execute(
        f"SELECT pk FROM quotes WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order} {direction}, pk {direction}",
        params,
    )
    return [r[0] for r in cursor.fetchall()]


def rows(lib: Library, pks: list[int]) -> dict[int, dict[str, Any]]:
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    found = lib.query(
        "SELECT pk, id, text, speaker, role, date, status, statement_id, reuse_count "
        f"FROM quotes WHERE pk IN ({marks})",
        pks,
    )
    return {r["pk"]: r for r in found}
