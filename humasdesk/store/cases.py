"""RESIST cases: the case record, its answers and its timeline."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Case, TimelineEntry
from humasdesk.core.text import index_text
from humasdesk.store.db import Library, new_id, now

FIELDS = [f.name for f in dataclasses.fields(Case)]
KIND = QT_TRANSLATE_NOOP("errors", "case")


def save(lib: Library, case: Case) -> Case:
    stamp = now()
    with lib.atomic():
        if not case.id:
            case.id = new_id()
            case.created_at = stamp
        case.updated_at = stamp
        values = {k: getattr(case, k) for k in FIELDS}
        existing = lib.scalar("SELECT pk FROM cases WHERE id = ?", [case.id])
        if existing is None:
            lib.execute(
                f"INSERT INTO cases({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )
            pk = int(lib.scalar("SELECT pk FROM cases WHERE id = ?", [case.id]))
        else:
            pk = int(existing)
            assignments = ", ".join(f"{k} = ?" for k in values if k != "id")
            lib.execute(
                f"UPDATE cases SET {assignments} WHERE id = ?",
                [*(v for k, v in values.items() if k != "id"), case.id],
            )
        _index(lib, pk, case)
    return case


def _index(lib: Library, pk: int, case: Case) -> None:
    answers = " ".join(
        r["value"] for r in lib.query("SELECT value FROM case_answers WHERE case_id = ?", [case.id])
    )
    lib.execute("DELETE FROM cases_fts WHERE rowid = ?", [pk])
    lib.execute(
        "INSERT INTO cases_fts(rowid, title, body) VALUES (?, ?, ?)",
        [pk, index_text(case.title), index_text(f"{case.claim} {answers}")],
    )


def get(lib: Library, case_id: str) -> Case:
    rows = lib.query("SELECT * FROM cases WHERE id = ?", [case_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=case_id)
    return Case(**{k: rows[0][k] for k in FIELDS})


def set_answer(lib: Library, case_id: str, question_id: str, value: Any) -> None:
    """Stores one answer at once, so a case can be left at any moment."""
    with lib.atomic():
        lib.execute(
            "INSERT INTO case_answers(case_id, question_id, value, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(case_id, question_id) DO UPDATE SET "
            "value = excluded.value, updated_at = excluded.updated_at",
            [case_id, question_id, json.dumps(value, ensure_ascii=False), now()],
        )
        lib.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now(), case_id])


def answers(lib: Library, case_id: str) -> dict[str, Any]:
    rows = lib.query("SELECT question_id, value FROM case_answers WHERE case_id = ?", [case_id])
    return {r["question_id"]: json.loads(r["value"]) for r in rows}


def add_timeline(lib: Library, case_id: str, entry: TimelineEntry) -> TimelineEntry:
    entry.id = entry.id or new_id()
    with lib.atomic():
        lib.execute(
            "INSERT INTO case_timeline(id, case_id, at, what, actor, key_event, released) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [entry.id, case_id, entry.at, entry.what, entry.actor, entry.key_event, entry.released],
        )
    return entry


def timeline(lib: Library, case_id: str) -> list[TimelineEntry]:
    rows = lib.query(
        "SELECT id, at, what, actor, key_event, released FROM case_timeline "
        "WHERE case_id = ? ORDER BY at",
        [case_id],
    )
    return [
        TimelineEntry(
            at=r["at"],
            what=r["what"],
            actor=r["actor"],
            key_event=bool(r["key_event"]),
            released=bool(r["released"]),
            id=r["id"],
        )
        for r in rows
    ]


def listing(lib: Library) -> list[dict[str, Any]]:
    """Cases, most recently changed first, for lists and `humasdesk cases`."""
    rows = lib.query(
        "SELECT c.id, c.title, c.label, c.priority, c.status, c.current_step, c.updated_at, "
        "(SELECT count(DISTINCT substr(question_id, 1, instr(question_id, '.') - 1)) "
        " FROM case_answers a WHERE a.case_id = c.id) AS steps_touched "
        "FROM cases c ORDER BY c.updated_at DESC"
    )
    return rows
