"""The quote library: saving quotes (with their search index), finding them, the review queue
of extracted quotes, statuses and reuse."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from humasdesk.core import errors
from humasdesk.core import query as query_parser
from humasdesk.core.attribution import role_phrase
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import QUOTE_STATUSES, Quote
from humasdesk.core.text import index_text
from humasdesk.store import audit, batch, people, stems
from humasdesk.store import tags as tag_store
from humasdesk.store.db import Library, new_id, now

FIELDS = [f.name for f in dataclasses.fields(Quote) if f.name != "tags"]
KIND = QT_TRANSLATE_NOOP("errors", "quote")


class BadStatus(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "'{status}' is not a quote status; use one of {known}.")


class NeedsReplacement(errors.UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "A superseded quote needs the quote that replaces it (not itself)."
    )


class EmptyQuote(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "A quote needs its words; the text is empty.")


def save(lib: Library, quote: Quote) -> Quote:
    if not quote.text.strip():
        raise EmptyQuote()
    stamp = now()
    with batch.atomic(lib):
        existing = (
            lib.scalar("SELECT pk FROM quotes WHERE id = ?", [quote.id]) if quote.id else None
        )
        if not quote.id:
            quote.id = new_id()
        values = {k: getattr(quote, k) for k in FIELDS}
        if existing is None:
            cols = [*values, "created_at", "updated_at"]
            cursor = lib.conn.execute(
                f"INSERT INTO quotes({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [*values.values(), stamp, stamp],
            )
            pk = int(cursor.lastrowid or 0)
        else:
            pk = int(existing)
            assignments = ", ".join(f"{k} = ?" for k in values if k != "id")
            lib.execute(
                f"UPDATE quotes SET {assignments}, updated_at = ? WHERE id = ?",
                [*(v for k, v in values.items() if k != "id"), stamp, quote.id],
            )
        if existing is not None:
            lib.execute("DELETE FROM quote_tags WHERE quote_id = ?", [quote.id])
        for tag_id in tag_store.ensure(lib, quote.tags):
            lib.execute(
                "INSERT INTO quote_tags(quote_id, tag_id) VALUES (?, ?)", [quote.id, tag_id]
            )
        batch.index(
            lib,
            "quotes_fts",
            pk,
            [index_text(quote.text), index_text(f"{quote.speaker} {quote.role}")],
            new=existing is None,
        )
        if batch.current(lib) is None:
            stems.save_fresh(lib)
    return quote


def tags_of(lib: Library, quote_id: str) -> list[str]:
    return [
        r["name"]
        for r in lib.query(
            "SELECT t.name FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id "
            "WHERE qt.quote_id = ? ORDER BY t.name",
            [quote_id],
        )
    ]


def get(lib: Library, quote_id: str) -> Quote:
    rows = lib.query("SELECT * FROM quotes WHERE id = ?", [quote_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=quote_id)
    return Quote(**{k: rows[0][k] for k in FIELDS}, tags=tags_of(lib, quote_id))


def get_by_pk(lib: Library, pk: int) -> Quote:
    found = lib.scalar("SELECT id FROM quotes WHERE pk = ?", [pk])
    if found is None:
        raise errors.NotFound(kind=KIND, id=str(pk))
    return get(lib, str(found))


def delete(lib: Library, quote_id: str) -> None:
    with batch.atomic(lib):
        pk = lib.scalar("SELECT pk FROM quotes WHERE id = ?", [quote_id])
        if pk is None:
            return
        batch.unindex(lib, "quotes_fts", int(pk))
        lib.execute("DELETE FROM quotes WHERE id = ?", [quote_id])


# ------------------------------------------------------------------ finding quotes
@dataclass
class Filters:
    """What the library view and `humasdesk quotes` narrow the list by."""

    text: str = ""  # words, stemmed like the search index
    speaker: str = ""
    tag: str = ""
    status: str = ""
    date_from: str = ""
    date_to: str = ""
    review: str = "accepted"
    language: str = ""
    # > 0: the words narrow to their best this-many matches (exact relevance over every
    # match, the filters inside the search), as a search box shows them; 0: every match.
    best_matches: int = 0


# What the quote library's search box shows of a very common word's matches (all of them
# when there are fewer): the most relevant (or the newest) of the whole library.
SEARCH_BEST = 5_000


def filter_sql(filters: Filters) -> tuple[str, list[Any]]:
    """The SQL condition for every filter but the words (on the alias `q`)."""
    return _where(dataclasses.replace(filters, text=""))


def _index_filters(filters: Filters) -> Any:
    from humasdesk.store.search_index import Filters as IndexFilters

    if filters.status:
        _check_status(filters.status)
    return IndexFilters(
        status=filters.status or None,
        tag=filters.tag or None,
        language=filters.language or None,
        date_from=filters.date_from or None,
        date_to=filters.date_to or None,
        speaker=filters.speaker or None,
        review=filters.review or None,
    )


def search_pks(
    lib: Library, filters: Filters, *, sort: str = "relevance", limit: int = SEARCH_BEST
) -> list[int]:
    """The pks of the quotes matching the words and every filter of `filters`, best first
    (`sort` "date": newest dated first). Empty when there are no words to look for."""
    from humasdesk.store import search

    parsed = query_parser.parse(filters.text)
    found = search.ranked_pks(
        lib, "quotes", parsed, _index_filters(filters), sort=sort, limit=limit, wait=False
    )
    return [pk for pk, _score in found]


def _where(filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.review:
        clauses.append("q.review = ?")
        params.append(filters.review)
    if filters.status:
        if filters.status not in QUOTE_STATUSES:
            raise BadStatus(status=filters.status, known=", ".join(QUOTE_STATUSES))
        clauses.append("q.status = ?")
        params.append(filters.status)
    if filters.speaker:
        clauses.append(
            "(q.speaker LIKE ? OR q.person_id IN (SELECT id FROM people WHERE name LIKE ? "
            "OR short_name LIKE ?))"
        )
        params += [f"%{filters.speaker}%"] * 3
    if filters.tag:
        clauses.append(
            "q.id IN (SELECT qt.quote_id FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(filters.tag)
    if filters.date_from:
        clauses.append("q.date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("q.date <= ?")
        params.append(filters.date_to)
    if filters.language:
        clauses.append("q.language = ?")
        params.append(filters.language)
    if filters.text.strip():
        parsed = query_parser.parse(filters.text)
        if not parsed.empty:
            clauses.append("q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(parsed.to_fts())
    return (" AND ".join(clauses) or "1"), params


def listing(
    lib: Library,
    *,
    speaker: str | None = None,
    status: str | None = None,
    limit: int = -1,
    filters: Filters | None = None,
) -> list[dict[str, Any]]:
    """Accepted quotes newest first, as rows for lists and `humasdesk quotes`."""
    filters = filters or Filters()
    filters.speaker = speaker or filters.speaker
    filters.status = status or filters.status
    where, params = _where(filters)
    return lib.query(
        "SELECT q.id, q.text, q.speaker, q.role, q.organisation, q.date, q.statement_id, "
        "q.status, q.language, q.reuse_count, q.superseded_by FROM quotes q "
        f"WHERE {where} ORDER BY q.date DESC, q.pk DESC LIMIT ?",
        [*params, limit],
    )


SORT_KEYS = {
    "date": "q.date",
    "speaker": "q.speaker COLLATE NOCASE",
    "status": "q.status",
    "reuse": "q.reuse_count",
}


def ids(
    lib: Library,
    *,
    sort: str | None = None,
    desc: bool = True,
    review: str = "accepted",
    status: str | None = None,
    filters: Filters | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """The pks of matching quotes in display order; filtering and sorting stay in SQL.
    `offset` and `limit` give one page of them. With words and `best_matches`, the best
    matches of the whole library (sort "relevance": in that order; "date" newest dated
    first; another column sorts them)."""
    filters = dataclasses.replace(filters) if filters else Filters(review=review)
    if status:
        filters.status = status
    if filters.best_matches > 0 and not query_parser.parse(filters.text).empty:
        by = "date" if sort == "date" and desc else "relevance"
        pks = search_pks(lib, filters, sort=by, limit=filters.best_matches)
        if sort not in (None, "relevance", "date") or (sort == "date" and not desc):
            pks = sort_pks(lib, pks, sort or "date", desc)
        end = None if limit is None or limit < 0 else offset + limit
        return pks[offset:end]
    if sort == "relevance":
        sort = "date"
    sql, params = ids_sql(filters, sort, desc)
    cursor = lib.execute(sql, [*params, -1 if limit is None else limit, offset])
    return [r[0] for r in cursor.fetchall()]


def ids_sql(filters: Filters, sort: str | None, desc: bool) -> tuple[str, list[Any]]:
    """The query `ids` runs (its last two parameters: LIMIT, OFFSET)."""
    where, params = _where(filters)
    order = SORT_KEYS.get(sort or "date", "q.date")
    direction = "DESC" if desc else "ASC"
    return (
        f"SELECT q.pk FROM quotes q WHERE {where} ORDER BY {order} {direction}, q.pk {direction}"
        " LIMIT ? OFFSET ?"
    ), params


def sort_pks(lib: Library, pks: list[int], sort: str, desc: bool) -> list[int]:
    """`pks` (search results) in the order of a list column."""
    from humasdesk.store.statements import sort_pks_by

    return sort_pks_by(lib, "quotes q", SORT_KEYS.get(sort, "q.date"), pks, desc)


def rows(lib: Library, pks: list[int]) -> dict[int, dict[str, Any]]:
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    found = lib.query(
        "SELECT q.pk, q.id, q.text, q.speaker, q.role, q.organisation, q.date, q.status, "
        "q.statement_id, q.reuse_count, q.language, q.review, "
        "(SELECT group_concat(t.name, ', ') FROM quote_tags qt JOIN tags t "
        " ON t.id = qt.tag_id WHERE qt.quote_id = q.id) AS tags "
        f"FROM quotes q WHERE q.pk IN ({marks})",
        pks,
    )
    for r in found:
        r["role_phrase"] = role_phrase(r["role"], r["organisation"])
        r["tags"] = tag_store.tag_list(r["tags"], ", ")
    return {r["pk"]: r for r in found}


def speakers(lib: Library) -> list[str]:
    """Speakers of accepted quotes, for the speaker filter."""
    return [
        r["speaker"]
        for r in lib.query(
            "SELECT DISTINCT speaker FROM quotes WHERE review = 'accepted' AND speaker != '' "
            "ORDER BY speaker COLLATE NOCASE"
        )
    ]


def topics(lib: Library) -> list[str]:
    return [
        r["name"]
        for r in lib.query(
            "SELECT DISTINCT t.name FROM tags t JOIN quote_tags qt ON qt.tag_id = t.id "
            "ORDER BY t.name COLLATE NOCASE"
        )
    ]


def pending_count(lib: Library) -> int:
    return int(lib.scalar("SELECT count(*) FROM quotes WHERE review = 'pending'"))


# ------------------------------------------------------------------ roles at the time
@dataclass
class RoleNote:
    then: str  # the role written with the quote (held on its date)
    now: str  # the speaker's role today, when it differs ("" when the same or unknown)


def role_note(lib: Library, quote: Quote, today: str | None = None) -> RoleNote:
    """The quote's role at the time and, when the speaker has moved on, their role now: the
    view shows "then Sekretaris Dinas Kesehatan (now Kepala Dinas Kesehatan)"."""
    then = role_phrase(quote.role, quote.organisation)
    if not quote.person_id:
        return RoleNote(then, "")
    person = people.get(lib, quote.person_id)
    if not then:
        held = person.role_on(quote.date)
        then = role_phrase(held.title, held.organisation) if held else ""
    current = person.role_on(today or now()[:10])
    if current is None:
        return RoleNote(then, "")
    if people.same_role(quote.role, quote.organisation, current.title, current.organisation):
        return RoleNote(then, "")
    return RoleNote(then, role_phrase(current.title, current.organisation))


# ------------------------------------------------------------------ review and status
def _change(lib: Library, quote_id: str, action: str, detail: str, **fields: Any) -> Quote:
    quote = get(lib, quote_id)
    for key, value in fields.items():
        setattr(quote, key, value)
    with lib.atomic():
        save(lib, quote)
        audit.record(lib, action, "quote", quote_id, detail)
    return quote


def accept(lib: Library, quote_id: str, status: str | None = None) -> Quote:
    """An officer confirms an extracted quote: it joins the library."""
    fields: dict[str, Any] = {"review": "accepted"}
    if status:
        _check_status(status)
        fields["status"] = status
    return _change(lib, quote_id, "accept", "pending -> accepted", **fields)


def reject(lib: Library, quote_id: str) -> Quote:
    """Not a quote (or not one for the library); re-saving its statement will not bring it
    back."""
    return _change(lib, quote_id, "reject", "pending -> rejected", review="rejected")


def correct(
    lib: Library,
    quote_id: str,
    *,
    text: str | None = None,
    speaker: str | None = None,
    role: str | None = None,
    organisation: str | None = None,
) -> Quote:
    """Fixes an extracted quote's words or speaker; a new speaker is found among (or added
    to) the people, with the stated role on the quote's date."""
    quote = get(lib, quote_id)
    fields: dict[str, Any] = {}
    if text is not None:
        if not text.strip():
            raise EmptyQuote()
        fields["text"] = text.strip()
    with lib.atomic():
        if speaker is not None or role is not None or organisation is not None:
            name = quote.speaker if speaker is None else speaker.strip()
            title = quote.role if role is None else role.strip()
            org = quote.organisation if organisation is None else organisation.strip()
            person = people.ensure(lib, name, title=title, organisation=org, on=quote.date)
            if person is not None and not title:
                held = person.role_on(quote.date)
                title, org = (held.title, held.organisation) if held else ("", "")
            fields.update(
                speaker=person.name if person else name,
                person_id=person.id if person else None,
                role=title,
                organisation=org,
            )
        changed = _change(lib, quote_id, "correct", ", ".join(sorted(fields)), **fields)
    return changed


def _check_status(status: str) -> None:
    if status not in QUOTE_STATUSES:
        raise BadStatus(status=status, known=", ".join(QUOTE_STATUSES))


def set_status(
    lib: Library, quote_id: str, status: str, *, superseded_by: str | None = None
) -> Quote:
    """Approved line, use with care, retired, or superseded by another quote."""
    _check_status(status)
    if status == "superseded":
        if not superseded_by or superseded_by == quote_id:
            raise NeedsReplacement()
        get(lib, superseded_by)  # must exist
    else:
        superseded_by = None
    before = get(lib, quote_id).status
    return _change(
        lib,
        quote_id,
        "status",
        f"{before} -> {status}",
        status=status,
        superseded_by=superseded_by,
    )


def count_reuse(lib: Library, quote_id: str) -> int:
    """One more use of the quote in a draft; returns the new count."""
    with lib.atomic():
        cursor = lib.execute(
            "UPDATE quotes SET reuse_count = reuse_count + 1, updated_at = ? WHERE id = ?",
            [now(), quote_id],
        )
        if cursor.rowcount == 0:
            raise errors.NotFound(kind=KIND, id=quote_id)
    return int(lib.scalar("SELECT reuse_count FROM quotes WHERE id = ?", [quote_id]))


REUSED = "quote reused"  # the audit entry of a library quote used in a statement


def record_reuse(lib: Library, quote_id: str, statement_id: str) -> bool:
    """One use of a library quote in a statement, counted once however often the statement
    is saved; True when this use is new (the audit log keeps which statement used it)."""
    with batch.atomic(lib):
        seen = lib.conn.execute(
            "SELECT 1 FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ? "
            "AND detail = ? LIMIT 1",
            [REUSED, KIND, quote_id, statement_id],
        ).fetchone()
        if seen:
            return False
        lib.conn.execute(
            "UPDATE quotes SET reuse_count = reuse_count + 1, updated_at = ? WHERE id = ?",
            [now(), quote_id],
        )
        audit.record(lib, REUSED, KIND, quote_id, statement_id)
    return True


def library_twin(lib: Library, text: str, language: str, statement_id: str) -> str | None:
    """The id of an accepted library quote from another statement with these words (as a
    draft quotes it: the picker writes “…,” where the library has “….”), or None."""
    body = text.strip().rstrip(",.;:!?").rstrip()
    if not body:
        return None
    variants = [body, *(body + end for end in ".,!?;:")]
    marks = ", ".join("?" for _ in variants)
    found = lib.conn.execute(
        f"SELECT id FROM quotes WHERE review = 'accepted' AND language = ? AND text IN ({marks}) "
        "AND (statement_id IS NULL OR statement_id != ?) ORDER BY pk LIMIT 1",
        [language, *variants, statement_id],
    ).fetchone()
    return str(found[0]) if found else None


def replacement(lib: Library, quote: Quote) -> Quote | None:
    """The quote that replaces a superseded one, following a chain of replacements."""
    seen = {quote.id}
    current = quote
    while current.superseded_by and current.superseded_by not in seen:
        try:
            current = get(lib, current.superseded_by)
        except errors.NotFound:
            return None
        seen.add(current.id)
        if current.status != "superseded":
            return current
    return current if current.id != quote.id else None
