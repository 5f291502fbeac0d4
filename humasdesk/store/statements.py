"""Press statements: saving (with a revision, the search index and an audit entry for each
status change), reading, listing, revisions and the office's numbering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from humasdesk.core import errors, numbering
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import STATEMENT_STATUSES, Statement
from humasdesk.core.text import index_text
from humasdesk.store import audit, batch, settings, stems
from humasdesk.store import tags as tag_store
from humasdesk.store.db import Library, new_id, now
from humasdesk.store.search import Filters

# Columns of `statements` that a Statement carries (all but pk, content_hash).
FIELDS = [f.name for f in dataclasses.fields(Statement) if f.name != "tags"]
KIND = QT_TRANSLATE_NOOP("errors", "statement")
# What a restore brings back: the words and facts of a revision, not its place in the
# workflow (status changes stay as they were decided, and audited).
CONTENT_FIELDS = (
    "title",
    "number",
    "subtitle",
    "city",
    "date",
    "lead",
    "body",
    "about",
    "contacts",
    "tags",
    "language",
    "embargo_at",
)
NUMBER_PATTERN_KEY = settings.NUMBERING_PATTERN  # one setting, shared with Preferences


class WithdrawnNeedsReason(errors.UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "A withdrawn statement needs a reason, so readers know why it was withdrawn."
    )


class UnknownStatus(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "Unknown statement status '{status}'.")


class RevisionNotFound(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "Revision {number} of this statement does not exist.")


@dataclass
class Revision:
    id: str
    statement_id: str
    number: int
    saved_at: str
    author: str
    note: str
    statement: Statement
    lead_checks: list[str]


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


def _index(lib: Library, pk: int, st: Statement, *, new: bool = False) -> None:
    batch.index(
        lib,
        "statements_fts",
        pk,
        [
            index_text(f"{st.number} {st.title}"),
            index_text(st.searchable_text()),
            index_text(" ".join(st.tags)),
        ],
        new=new,
    )
    if batch.current(lib) is None:
        stems.save_fresh(lib)


def save(
    lib: Library,
    st: Statement,
    *,
    note: str = "",
    author: str = "",
    content_hash: str | None = None,
    extract: bool = True,
    lead_checks: list[str] | None = None,
) -> Statement:
    """Inserts or updates `st` in one transaction, with a new revision and its index entry.

    With `extract`, the quotes found in it join the review queue (see store.extraction). A
    status change is written to the audit log; withdrawing needs a reason. `lead_checks`
    (the 5W1H questions the officer ticked) travel with the revision; None keeps the last.
    """
    if st.status not in STATEMENT_STATUSES:
        raise UnknownStatus(status=st.status)
    if st.status == "withdrawn" and not st.withdrawn_reason.strip():
        raise WithdrawnNeedsReason()
    if st.status != "withdrawn":
        st.withdrawn_reason = ""
    stamp = now()
    with batch.atomic(lib):
        found = (
            lib.conn.execute("SELECT status, pk FROM statements WHERE id = ?", [st.id]).fetchone()
            if st.id
            else None
        )
        old_status, existing = found if found else (None, None)
        if lead_checks is None and st.id:
            lead_checks = last_lead_checks(lib, st.id)
        if not st.id:
            st.id = new_id()
            st.created_at = stamp
        st.updated_at = stamp
        values = {k: getattr(st, k) for k in FIELDS}
        if existing is None:
            if not st.created_at:
                st.created_at = stamp
                values["created_at"] = stamp
            cols = [*values, "content_hash"]
            cursor = lib.conn.execute(
                f"INSERT INTO statements({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [*values.values(), content_hash],
            )
            pk = int(cursor.lastrowid or 0)
        else:
            pk = int(existing)
            assignments = ", ".join(f"{k} = ?" for k in values if k != "id")
            lib.execute(
                f"UPDATE statements SET {assignments} WHERE id = ?",
                [*(v for k, v in values.items() if k != "id"), st.id],
            )
        if existing is not None:
            lib.execute("DELETE FROM statement_tags WHERE statement_id = ?", [st.id])
        for tag_id in tag_store.ensure(lib, st.tags):
            lib.execute(
                "INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?)", [st.id, tag_id]
            )
        # As the library gives them back (in order, as first spelled): the next save of the
        # statement as read keeps a revision that shows no change nobody made.
        st.tags = tags_of(lib, st.id)
        _index(lib, pk, st, new=existing is None)
        _add_revision(
            lib,
            st,
            note=note,
            author=author,
            stamp=stamp,
            checks=lead_checks or [],
            first=existing is None,
        )
        if old_status != st.status:
            detail = f"{old_status or 'new'} -> {st.status}"
            if st.status == "withdrawn":
                detail += f": {st.withdrawn_reason}"
            audit.record(lib, "status", "statement", st.id, detail)
        if extract:
            from humasdesk.store import extraction  # quote finding loads with the first save

            extraction.extract_from_statement(lib, st)
    return st


def _add_revision(
    lib: Library,
    st: Statement,
    *,
    note: str,
    author: str,
    stamp: str,
    checks: list[str],
    first: bool = False,
) -> None:
    number = (
        1
        if first
        else int(
            lib.scalar(
                "SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE statement_id = ?",
                [st.id],
            )
        )
    )
    lib.conn.execute(
        "INSERT INTO revisions(id, statement_id, number, saved_at, author, note, snapshot) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [new_id(), st.id, number, stamp, author, note, _snapshot(st, checks)],
    )


def _snapshot(st: Statement, checks: list[str]) -> str:
    data = {f.name: getattr(st, f.name) for f in dataclasses.fields(st)}  # plain values
    data["lead_checks"] = checks
    return json.dumps(data, ensure_ascii=False)


def from_snapshot(data: dict[str, Any]) -> Statement:
    """A Statement from a stored snapshot, ignoring keys a newer version may have added."""
    known = {f.name for f in dataclasses.fields(Statement)}
    return Statement(**{k: v for k, v in data.items() if k in known})


def _revision(row: dict[str, Any]) -> Revision:
    data = json.loads(row["snapshot"])
    return Revision(
        id=row["id"],
        statement_id=row["statement_id"],
        number=int(row["number"]),
        saved_at=row["saved_at"],
        author=row["author"],
        note=row["note"],
        statement=from_snapshot(data),
        lead_checks=[str(c) for c in data.get("lead_checks", [])],
    )


def revisions(lib: Library, statement_id: str) -> list[Revision]:
    """Every saved revision of a statement, newest first."""
    rows = lib.query(
        "SELECT * FROM revisions WHERE statement_id = ? ORDER BY number DESC", [statement_id]
    )
    return [_revision(r) for r in rows]


def revision(lib: Library, statement_id: str, number: int) -> Revision:
    rows = lib.query(
        "SELECT * FROM revisions WHERE statement_id = ? AND number = ?", [statement_id, number]
    )
    if not rows:
        raise RevisionNotFound(number=number)
    return _revision(rows[0])


def last_lead_checks(lib: Library, statement_id: str) -> list[str]:
    """The 5W1H questions ticked at the last save."""
    rows = lib.query(
        "SELECT snapshot FROM revisions WHERE statement_id = ? ORDER BY number DESC LIMIT 1",
        [statement_id],
    )
    if not rows:
        return []
    return [str(c) for c in json.loads(rows[0]["snapshot"]).get("lead_checks", [])]


def restore(lib: Library, statement_id: str, number: int, *, author: str = "") -> Statement:
    """Brings back the words of revision `number` as a new revision; history stays whole."""
    old = revision(lib, statement_id, number)
    current = get(lib, statement_id)
    for name in CONTENT_FIELDS:
        setattr(current, name, getattr(old.statement, name))
    return save(
        lib,
        current,
        note=f"Restored from revision {number}",
        author=author,
        lead_checks=old.lead_checks,
    )


def set_status(
    lib: Library, statement_id: str, status: str, *, reason: str = "", author: str = ""
) -> Statement:
    """Moves a statement through draft, review, approved, published or withdrawn."""
    st = get(lib, statement_id)
    st.status = status
    st.withdrawn_reason = reason if status == "withdrawn" else ""
    return save(lib, st, note=f"Status: {status}", author=author, extract=False)


def embargoed(st: Statement, at: dt.datetime | None = None) -> bool:
    """Whether `st` is still under embargo at `at` (now by default).

    An embargo time without a zone is read in the computer's local time.
    """
    if not st.embargo_at:
        return False
    try:
        until = dt.datetime.fromisoformat(st.embargo_at)
    except ValueError:
        return True  # an unreadable embargo is treated as still holding
    if until.tzinfo is None:
        until = until.astimezone()
    return (at or dt.datetime.now(dt.UTC)) < until


def record_embargoed_export(lib: Library, st: Statement, what: str) -> None:
    """Writes to the audit log that an officer confirmed exporting `st` under embargo."""
    audit.record(lib, "export-embargoed", "statement", st.id, f"{what}; embargo {st.embargo_at}")


def number_pattern(lib: Library) -> str:
    """The office's numbering pattern: its setting, else guessed from the latest number."""
    saved = lib.get_setting(NUMBER_PATTERN_KEY)
    if saved:
        return saved
    rows = lib.query(
        "SELECT number, date FROM statements WHERE number != '' AND date IS NOT NULL "
        "ORDER BY date DESC, pk DESC LIMIT 1"
    )
    if rows:
        guessed = numbering.infer_pattern(rows[0]["number"], rows[0]["date"])
        if guessed:
            return guessed
    return numbering.DEFAULT_PATTERN


def set_number_pattern(lib: Library, pattern: str) -> None:
    """Saves the office's pattern (InvalidInput when it cannot be filled)."""
    settings.save(lib, {NUMBER_PATTERN_KEY: pattern})


def next_number(lib: Library, date: str | None = None, *, exclude_id: str = "") -> str:
    """The number the next statement dated `date` (today by default) should carry."""
    date = date or dt.date.today().isoformat()
    pattern = number_pattern(lib)
    if numbering.yearly(pattern):
        year = date[:4]
        rows = lib.execute(
            "SELECT number FROM statements WHERE date >= ? AND date < ? AND id != ?",
            [f"{year}-01-01", f"{int(year) + 1}-01-01", exclude_id],
        ).fetchall()
    else:
        rows = lib.execute("SELECT number FROM statements WHERE id != ?", [exclude_id]).fetchall()
    short = settings.office_values(lib).get("office_short", "HUMAS")
    return numbering.next_number(pattern, (r[0] for r in rows), date, office_short=short)


def pk_of(lib: Library, statement_id: str) -> int | None:
    found = lib.scalar("SELECT pk FROM statements WHERE id = ?", [statement_id])
    return None if found is None else int(found)


def count(lib: Library) -> int:
    return int(lib.scalar("SELECT count(*) FROM statements"))


def listing(
    lib: Library,
    *,
    status: str | None = None,
    limit: int = -1,
    filters: Filters | None = None,
) -> list[dict[str, Any]]:
    """Statements newest first, as plain rows for lists and `humasdesk statements`."""
    filters = filters or Filters()
    if status:
        filters = dataclasses.replace(filters, status=status)
    clauses, params = filters.sql("s")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    found = lib.query(
        "SELECT s.id, s.number, s.title, s.date, s.status, s.language, s.embargo_at, "
        "s.withdrawn_reason, s.updated_at, "
        "(SELECT group_concat(t.name, '\x1f') FROM statement_tags st JOIN tags t "
        " ON t.id = st.tag_id WHERE st.statement_id = s.id) AS tags "
        f"FROM statements s {where} ORDER BY s.date DESC, s.pk DESC LIMIT ?",
        [*params, limit],
    )
    for row in found:
        row["tags"] = sorted(row["tags"].split("\x1f"), key=str.casefold) if row["tags"] else []
    return found


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
    filters: Filters | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """The pks of matching statements in display order; sorting and filtering stay in SQL.
    `offset` and `limit` give one page of them."""
    filters = filters or Filters(
        status=status, language=language, tag=tag, date_from=date_from, date_to=date_to
    )
    clauses, params = filters.sql("s")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    order = SORT_KEYS.get(sort or "date", "date")
    direction = "DESC" if desc else "ASC"
    cursor = lib.execute(
        f"SELECT s.pk FROM statements s {where} ORDER BY s.{order} {direction}, s.pk {direction}"
        " LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else limit, offset],
    )
    return [r[0] for r in cursor.fetchall()]


def sort_pks(lib: Library, pks: list[int], sort: str, desc: bool) -> list[int]:
    """`pks` (a page of search results) in the order of a list column."""
    return sort_pks_by(lib, "statements s", f"s.{SORT_KEYS.get(sort, 'date')}", pks, desc)


def sort_pks_by(lib: Library, table: str, order: str, pks: list[int], desc: bool) -> list[int]:
    """`pks` of `table` ("statements s") sorted by the SQL expression `order`, then pk."""
    if not pks:
        return []
    alias = table.split()[-1]
    direction = "DESC" if desc else "ASC"
    marks = ",".join("?" * len(pks))
    cursor = lib.execute(
        f"SELECT {alias}.pk FROM {table} WHERE {alias}.pk IN ({marks}) "
        f"ORDER BY {order} {direction}, {alias}.pk {direction}",
        pks,
    )
    return [r[0] for r in cursor.fetchall()]


def rows(lib: Library, pks: list[int]) -> dict[int, dict[str, Any]]:
    """List rows (with their tags joined) for the given pks."""
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    found = lib.query(
        "SELECT s.pk, s.id, s.number, s.title, s.date, s.status, s.language, s.embargo_at, "
        "s.withdrawn_reason, "
        "(SELECT group_concat(t.name, '\x1f') FROM statement_tags st JOIN tags t "
        " ON t.id = st.tag_id WHERE st.statement_id = s.id) AS tags "
        f"FROM statements s WHERE s.pk IN ({marks})",
        pks,
    )
    for row in found:
        row["tags"] = tag_store.tag_list(row["tags"])
    return {r["pk"]: r for r in found}
