"""Press statements: saving (with a revision and the search index), reading and listing."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Statement
from humasdesk.core.text import index_text
from humasdesk.store import extraction
from humasdesk.store import tags as tag_store
from humasdesk.store.db import Library, new_id, now

# Columns of `statements` that a Statement carries (all but pk, content_hash).
FIELDS = [f.name for f in dataclasses.fields(Statement) if f.name != "tags"]
KIND = QT_TRANSLATE_NOOP("errors", "statement")


def _row_to_statement(row: dict[str, Any], tags: list[str]) -> Statement:
    return Statement(**{k: row[k] for k in FIELDS}, tags=tags)


def tags_of(lib: Library, statement_id: str) -> list[str]:
    rows = lib.query(
        "SELECT t.name FROM statement_tags st JOIN tags t ON t.id = st.tag_id "
        "WHERE st.statement_id = ? ORDER BY t.name COLLATE NOCASE",
        [statement_id],
    )
    return [r["name"] for r in rows]


def get(lib: Library, statement_id: str) -> Statement:
    rows = lib.query("SELECT * FROM statements WHERE id = ?", [statement_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=statement_id)
    return _row_to_statement(rows[0], tags_of(lib, statement_id))


def _index(lib: Library, pk: int, st: Statement) -> None:
    lib.execute("DELETE FROM statements_fts WHERE rowid = ?", [pk])
    lib.execute(
        "INSERT INTO statements_fts(rowid, title, body, tags) VALUES (?, ?, ?, ?)",
        [
            pk,
            index_text(f"{st.number} {st.title}"),
            index_text(st.searchable_text()),
            index_text(" ".join(st.tags)),
        ],
    )


def save(
    lib: Library,
    st: Statement,
    *,
    note: str = "",
    author: str = "",
    content_hash: str | None = None,
    extract: bool = True,
) -> Statement:
    """Inserts or updates `st` in one transaction, with a new revision and its index entry.

    With `extract`, the quotes found in it join the review queue (see store.extraction).
    """
    stamp = now()
    with lib.atomic():
        if not st.id:
            st.id = new_id()
            st.created_at = stamp
        st.updated_at = stamp
        values = {k: getattr(st, k) for k in FIELDS}
        existing = lib.scalar("SELECT pk FROM statements WHERE id = ?", [st.id])
        if existing is None:
            if not st.created_at:
                st.created_at = stamp
                values["created_at"] = stamp
            cols = [*values, "content_hash"]
            lib.execute(
                f"INSERT INTO statements({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [*values.values(), content_hash],
            )
            pk = int(lib.scalar("SELECT pk FROM statements WHERE id = ?", [st.id]))
        else:
            pk = int(existing)
            assignments = ", ".join(f"{k} = ?" for k in values if k != "id")
            lib.execute(
                f"UPDATE statements SET {assignments} WHERE id = ?",
                [*(v for k, v in values.items() if k != "id"), st.id],
            )
        lib.execute("DELETE FROM statement_tags WHERE statement_id = ?", [st.id])
        for tag_id in tag_store.ensure(lib, st.tags):
            lib.execute(
                "INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?)", [st.id, tag_id]
            )
        _index(lib, pk, st)
        _add_revision(lib, st, note=note, author=author, stamp=stamp)
        if extract:
            extraction.extract_from_statement(lib, st)
    return st


def _add_revision(lib: Library, st: Statement, *, note: str, author: str, stamp: str) -> None:
    number = int(
        lib.scalar(
            "SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE statement_id = ?", [st.id]
        )
    )
    lib.execute(
        "INSERT INTO revisions(id, statement_id, number, saved_at, author, note, snapshot) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [new_id(), st.id, number, stamp, author, note, json.dumps(dataclasses.asdict(st))],
    )


def count(lib: Library) -> int:
    return int(lib.scalar("SELECT count(*) FROM statements"))


def listing(lib: Library, *, status: str | None = None, limit: int = -1) -> list[dict[str, Any]]:
    """Statements newest first, as plain rows for lists and `humasdesk statements`."""
    where, params = "", []
    if status:
        where, params = "WHERE status = ?", [status]
    return lib.query(
        "SELECT id, number, title, date, status, language FROM statements "
        f"{where} ORDER BY date DESC, pk DESC LIMIT ?",
        [*params, limit],
    )


SORT_KEYS = {
    "number": "number",
    "date": "date",
    "title": "title COLLATE NOCASE",
    "status": "status",
    "updated": "updated_at",
}


def ids(
    lib: Library,
    *,
    sort: str | None = None,
    desc: bool = True,
    status: str | None = None,
    language: str | None = None,
    tag: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[int]:
    """The pks of matching statements in display order; sorting and filtering stay in SQL."""
    clauses: list[str] = []
    params: list[Any] = []
    if status:
        clauses.append("status = ?")
        params.append(status)
    if language:
        clauses.append("language = ?")
        params.append(language)
    if date_from:
        clauses.append("date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("date <= ?")
        params.append(date_to)
    if tag:
        clauses.append(
            "id IN (SELECT st.statement_id FROM statement_tags st JOIN tags t "
            "ON t.id = st.tag_id WHERE t.name = ?)"
        )
        params.append(tag)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    order = SORT_KEYS.get(sort or "date", "date")
    direction = "DESC" if desc else "ASC"
    cursor = lib.execute(
        f"SELECT pk FROM statements {where} ORDER BY {order} {direction}, pk {direction}", params
    )
    return [r[0] for r in cursor.fetchall()]


def rows(lib: Library, pks: list[int]) -> dict[int, dict[str, Any]]:
    """List rows (with their tags joined) for the given pks."""
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    found = lib.query(
        "SELECT s.pk, s.id, s.number, s.title, s.date, s.status, s.language, s.embargo_at, "
        "(SELECT group_concat(t.name, ', ') FROM statement_tags st JOIN tags t "
        " ON t.id = st.tag_id WHERE st.statement_id = s.id) AS tags "
        f"FROM statements s WHERE s.pk IN ({marks})",
        pks,
    )
    return {r["pk"]: r for r in found}
