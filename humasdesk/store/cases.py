"""RESIST cases: the case record, its answers (saved one by one, as given), evidence, figures
over time, links to quotes and statements, the timeline, and its decisions in the audit log.

A case records the checklist edition it was answered with; the library keeps a copy of that
edition (settings key `checklist:<id>:<version>`), so the case always reopens on the same
questions, even after the file in `resources/checklists/` changed or went away.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from humasdesk.core import checklist as checklists
from humasdesk.core import errors, risk
from humasdesk.core import query as query_parser
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Case, TimelineEntry
from humasdesk.core.text import index_text
from humasdesk.store import audit
from humasdesk.store.db import Library, new_id, now

FIELDS = [f.name for f in dataclasses.fields(Case)]
KIND = QT_TRANSLATE_NOOP("errors", "case")
STATUSES = ("open", "closed")
LABEL_QUESTIONS = (checklists.VERDICT_QUESTION, checklists.LEGACY_LABEL_QUESTION)
CLOSE_QUESTION = "tracking.close_case"
DECISION_QUESTIONS = {
    "impact_analysis.decision": "decision",
    "impact_analysis.decision_reason": "decision_reason",
    "impact_analysis.decided_by": "decided_by",
    "impact_analysis.decided_at": "decided_at",
}


class CaseNeedsTitle(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "A case needs a title.")


# ----- the checklist edition of a case


def _checklist_key(checklist_id: str, version: str) -> str:
    return f"checklist:{checklist_id}:{version}"


def remember_checklist(lib: Library, checklist: checklists.Checklist) -> None:
    """Keeps a copy of the edition in the library (once: an edition never changes)."""
    key = _checklist_key(checklist.id, checklist.version)
    if not lib.get_setting(key):
        lib.set_setting(key, checklist.to_json())


_loaded: dict[tuple[str, str, str], checklists.Checklist] = {}


def checklist_of(
    lib: Library, case: Case, folders: Sequence[Path] | None = None
) -> checklists.Checklist:
    """The edition `case` was answered with: the library's copy, else the checklist folders."""
    stored = lib.get_setting(_checklist_key(case.checklist_id, case.checklist_version))
    if stored:
        cache_key = (str(lib.path), case.checklist_id, case.checklist_version)
        if cache_key not in _loaded:
            _loaded[cache_key] = checklists.parse(
                stored, f"{case.checklist_id} {case.checklist_version}"
            )
        return _loaded[cache_key]
    found = checklists.find(case.checklist_id, case.checklist_version, folders)
    remember_checklist(lib, found)
    return found


# ----- the case record


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
        else:
            assignments = ", ".join(f"{k} = ?" for k in values if k != "id")
            lib.execute(
                f"UPDATE cases SET {assignments} WHERE id = ?",
                [*(v for k, v in values.items() if k != "id"), case.id],
            )
        _index(lib, case.id)
    return case


def create(lib: Library, title: str, claim: str, checklist: checklists.Checklist) -> Case:
    """A new open case on `checklist`, recorded in the audit log."""
    title = title.strip()
    if not title:
        raise CaseNeedsTitle()
    with lib.atomic():
        remember_checklist(lib, checklist)
        case = save(
            lib,
            Case(
                title=title,
                claim=claim.strip(),
                checklist_id=checklist.id,
                checklist_version=checklist.version,
            ),
        )
        audit.record(lib, "create", "case", case.id, f"{checklist.id} {checklist.version}")
    return case


def _index(lib: Library, case_id: str) -> None:
    row = lib.query("SELECT pk, title, claim FROM cases WHERE id = ?", [case_id])[0]
    parts = [row["claim"]]
    for r in lib.query("SELECT value FROM case_answers WHERE case_id = ?", [case_id]):
        parts.extend(_strings(json.loads(r["value"])))
    lib.execute("DELETE FROM cases_fts WHERE rowid = ?", [row["pk"]])
    lib.execute(
        "INSERT INTO cases_fts(rowid, title, body) VALUES (?, ?, ?)",
        [row["pk"], index_text(row["title"]), index_text(" ".join(parts))],
    )


def _strings(value: Any) -> list[str]:
    """The free text inside an answer (option values and ids are not worth indexing)."""
    if isinstance(value, str):
        return [value] if " " in value.strip() else []
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k in ("ref", "note") for s in _strings(v)]
    return []


def get(lib: Library, case_id: str) -> Case:
    rows = lib.query("SELECT * FROM cases WHERE id = ?", [case_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=case_id)
    return Case(**{k: rows[0][k] for k in FIELDS})


def set_title(lib: Library, case_id: str, title: str, claim: str) -> None:
    with lib.atomic():
        lib.execute(
            "UPDATE cases SET title = ?, claim = ?, updated_at = ? WHERE id = ?",
            [title.strip(), claim.strip(), now(), case_id],
        )
        _index(lib, case_id)


def set_current_step(lib: Library, case_id: str, step: int) -> None:
    """Where the officer was, so the wizard resumes there (not a change of the case)."""
    with lib.atomic():
        lib.execute("UPDATE cases SET current_step = ? WHERE id = ?", [step, case_id])


# ----- answers


def set_answer(lib: Library, case_id: str, question_id: str, value: Any) -> None:
    """Stores one answer at once, so a case can be left at any moment.

    An empty answer removes it. The case's label, risk and decision columns follow their
    questions in the same transaction.
    """
    stamp = now()
    with lib.atomic():
        if value is None or value == "" or value == []:
            lib.execute(
                "DELETE FROM case_answers WHERE case_id = ? AND question_id = ?",
                [case_id, question_id],
            )
        else:
            lib.execute(
                "INSERT INTO case_answers(case_id, question_id, value, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(case_id, question_id) DO UPDATE SET "
                "value = excluded.value, updated_at = excluded.updated_at",
                [case_id, question_id, json.dumps(value, ensure_ascii=False), stamp],
            )
        lib.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [stamp, case_id])
        _mirror(lib, case_id, question_id, value)
        _index(lib, case_id)


def _mirror(lib: Library, case_id: str, question_id: str, value: Any) -> None:
    if question_id in LABEL_QUESTIONS:
        label = value if isinstance(value, str) and value != "none" else ""
        lib.execute("UPDATE cases SET label = ? WHERE id = ?", [label, case_id])
    elif question_id in _rule_of(lib, case_id).questions:
        _mirror_risk(lib, case_id)
    elif question_id == CLOSE_QUESTION and value in ("yes", "no"):
        status = lib.scalar("SELECT status FROM cases WHERE id = ?", [case_id])
        if value == "yes" and status == "open":
            close(lib, case_id, CLOSE_QUESTION)
        elif value == "no" and status == "closed":
            reopen(lib, case_id, CLOSE_QUESTION)
    elif question_id in DECISION_QUESTIONS:
        column = DECISION_QUESTIONS[question_id]
        text = value if isinstance(value, str) else ""
        if column == "decided_at":
            lib.execute("UPDATE cases SET decided_at = ? WHERE id = ?", [text or None, case_id])
        else:
            lib.execute(f"UPDATE cases SET {column} = ? WHERE id = ?", [text, case_id])


def _rule_of(lib: Library, case_id: str) -> risk.Rule:
    """The office's priority rule of the case's checklist edition."""
    try:
        return checklist_of(lib, get(lib, case_id)).risk_rule
    except errors.UserError:  # the edition is gone: the rule its cases were scored with
        return risk.DEFAULT_RULE


def _mirror_risk(lib: Library, case_id: str) -> None:
    assessed = risk.assess(answers(lib, case_id), _rule_of(lib, case_id))
    lib.execute(
        "UPDATE cases SET likelihood = ?, impact = ?, priority = ? WHERE id = ?",
        [
            assessed.likelihood if assessed else None,
            assessed.impact if assessed else None,
            assessed.priority if assessed else "",
            case_id,
        ],
    )


def answers(lib: Library, case_id: str) -> dict[str, Any]:
    rows = lib.query("SELECT question_id, value FROM case_answers WHERE case_id = ?", [case_id])
    return {r["question_id"]: json.loads(r["value"]) for r in rows}


def record_decision(lib: Library, case_id: str) -> bool:
    """Writes the case's decision to the audit log when it differs from the last one recorded."""
    case = get(lib, case_id)
    if not case.decision:
        return False
    detail = json.dumps(
        {
            "decision": case.decision,
            "reason": case.decision_reason,
            "by": case.decided_by,
            "at": case.decided_at,
            "priority": case.priority,
        },
        ensure_ascii=False,
    )
    last = lib.scalar(
        "SELECT detail FROM audit_log WHERE entity = 'case' AND entity_id = ? "
        "AND action = 'decide' ORDER BY seq DESC LIMIT 1",
        [case_id],
    )
    if last == detail:
        return False
    audit.record(lib, "decide", "case", case_id, detail)
    return True


# ----- evidence, figures, links


def set_evidence(
    lib: Library, case_id: str, question_id: str, rows: Sequence[dict[str, str]]
) -> None:
    """The case's evidence references (a link, a file name, a note), replaced as a whole."""
    clean = [
        {"ref": str(r.get("ref", "")).strip(), "note": str(r.get("note", "")).strip()}
        for r in rows
        if str(r.get("ref", "")).strip() or str(r.get("note", "")).strip()
    ]
    stamp = now()
    with lib.atomic():
        lib.execute("DELETE FROM case_evidence WHERE case_id = ?", [case_id])
        for r in clean:
            lib.execute(
                "INSERT INTO case_evidence(id, case_id, ref, note, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [new_id(), case_id, r["ref"], r["note"], stamp],
            )
        set_answer(lib, case_id, question_id, clean)


def evidence(lib: Library, case_id: str) -> list[dict[str, str]]:
    return lib.query(
        "SELECT ref, note FROM case_evidence WHERE case_id = ? ORDER BY added_at, rowid",
        [case_id],
    )


def set_figures(
    lib: Library,
    case_id: str,
    question_id: str,
    metrics: Sequence[str],
    rows: Sequence[dict[str, Any]],
) -> None:
    """The figures of one question (its `metrics`) over time, replaced as a whole."""
    clean: list[dict[str, Any]] = []
    for r in rows:
        metric = str(r.get("metric", ""))
        date = str(r.get("date", "")).strip()
        try:
            value = float(r.get("value", ""))
            dt.date.fromisoformat(date[:10])
        except (TypeError, ValueError):
            continue  # not a figure on a date: nothing to chart
        if metric not in metrics:
            continue
        number: int | float = int(value) if value.is_integer() else value
        clean.append(
            {"date": date, "metric": metric, "value": number, "note": str(r.get("note", ""))}
        )
    clean.sort(key=lambda r: (r["date"], r["metric"]))
    with lib.atomic():
        marks = ",".join("?" * len(metrics))
        lib.execute(
            f"DELETE FROM case_figures WHERE case_id = ? AND metric IN ({marks})",
            [case_id, *metrics],
        )
        for r in clean:
            lib.execute(
                "INSERT INTO case_figures(id, case_id, metric, at, value, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [new_id(), case_id, r["metric"], r["date"], r["value"], r["note"]],
            )
        set_answer(lib, case_id, question_id, clean)


def figures(
    lib: Library, case_id: str, metrics: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Rows {date, metric, value, note}, oldest first."""
    where, params = "", [case_id]
    if metrics is not None:
        where = f" AND metric IN ({','.join('?' * len(metrics))})"
        params.extend(metrics)
    found = lib.query(
        "SELECT at AS date, metric, value, note FROM case_figures "
        f"WHERE case_id = ?{where} ORDER BY at, metric",
        params,
    )
    for r in found:
        if float(r["value"]).is_integer():
            r["value"] = int(r["value"])
    return found


def set_links(
    lib: Library, case_id: str, question_id: str, kind: str, target_ids: Sequence[str]
) -> None:
    """The quotes or statements a links question points to, in the officer's order."""
    role = question_id.split(".", 1)[-1]
    ids = list(dict.fromkeys(target_ids))
    with lib.atomic():
        lib.execute(
            "DELETE FROM case_links WHERE case_id = ? AND kind = ? AND role = ?",
            [case_id, kind, role],
        )
        for target in ids:
            lib.execute(
                "INSERT OR REPLACE INTO case_links(case_id, kind, target_id, role) "
                "VALUES (?, ?, ?, ?)",
                [case_id, kind, target, role],
            )
        set_answer(lib, case_id, question_id, ids)


def links(lib: Library, case_id: str, kind: str, role: str | None = None) -> list[str]:
    """Linked ids; a links question's own order is its answer (see `answers`)."""
    where, params = "", [case_id, kind]
    if role is not None:
        where, params = " AND role = ?", [*params, role]
    rows = lib.query(
        "SELECT target_id FROM case_links WHERE case_id = ? AND kind = ?"
        f"{where} ORDER BY target_id",
        params,
    )
    return [r["target_id"] for r in rows]


def link_statement(lib: Library, case_id: str, statement_id: str, role: str) -> None:
    with lib.atomic():
        lib.execute(
            "INSERT OR REPLACE INTO case_links(case_id, kind, target_id, role) "
            "VALUES (?, 'statement', ?, ?)",
            [case_id, statement_id, role],
        )
        lib.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now(), case_id])


def statements_of(lib: Library, case_id: str) -> list[dict[str, Any]]:
    """Press statements made from or linked to the case."""
    return lib.query(
        "SELECT id, number, title, status, date, language, created_at FROM statements "
        "WHERE case_id = ? ORDER BY created_at",
        [case_id],
    )


# ----- timeline


def add_timeline(lib: Library, case_id: str, entry: TimelineEntry) -> TimelineEntry:
    entry.id = entry.id or new_id()
    with lib.atomic():
        lib.execute(
            "INSERT INTO case_timeline(id, case_id, at, what, actor, key_event, released) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [entry.id, case_id, entry.at, entry.what, entry.actor, entry.key_event, entry.released],
        )
        lib.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now(), case_id])
    return entry


def update_timeline(lib: Library, case_id: str, entry: TimelineEntry) -> None:
    with lib.atomic():
        lib.execute(
            "UPDATE case_timeline SET at = ?, what = ?, actor = ?, key_event = ?, released = ? "
            "WHERE id = ? AND case_id = ?",
            [entry.at, entry.what, entry.actor, entry.key_event, entry.released, entry.id, case_id],
        )
        lib.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now(), case_id])


def delete_timeline(lib: Library, case_id: str, entry_id: str) -> None:
    with lib.atomic():
        lib.execute("DELETE FROM case_timeline WHERE id = ? AND case_id = ?", [entry_id, case_id])


def timeline(lib: Library, case_id: str) -> list[TimelineEntry]:
    rows = lib.query(
        "SELECT id, at, what, actor, key_event, released FROM case_timeline "
        "WHERE case_id = ? ORDER BY at, rowid",
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


# ----- moving a case to a newer edition


class NoUpgrade(errors.UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Checklist {id} {version} does not say how to carry answers from {old}."
    )


def upgrade_edition(lib: Library, case_id: str, edition: checklists.Checklist) -> Case:
    """Moves a case to a newer edition of its checklist, carrying its answers by the
    edition's `upgrades` data; the case is re-scored by the new edition's rule and the move
    is written to the audit log. A case is only moved when someone asks: older cases keep
    the edition they were answered with."""
    case = get(lib, case_id)
    if (case.checklist_id, case.checklist_version) == edition.key:
        return case
    carried = checklists.upgrade_answers(edition, case.checklist_version, answers(lib, case_id))
    if carried is None or case.checklist_id != edition.id:
        raise NoUpgrade(id=edition.id, version=edition.version, old=case.checklist_version)
    old = f"{case.checklist_id} {case.checklist_version}"
    with lib.atomic():
        remember_checklist(lib, edition)
        lib.execute(
            "UPDATE cases SET checklist_id = ?, checklist_version = ? WHERE id = ?",
            [edition.id, edition.version, case_id],
        )
        lib.execute("DELETE FROM case_answers WHERE case_id = ?", [case_id])
        for question_id, value in carried.items():
            set_answer(lib, case_id, question_id, value)
        _mirror_risk(lib, case_id)
        audit.record(lib, "upgrade", "case", case_id, f"{old} -> {edition.id} {edition.version}")
    return get(lib, case_id)


# ----- close and reopen


def close(lib: Library, case_id: str, reason: str = "") -> None:
    with lib.atomic():
        lib.execute(
            "UPDATE cases SET status = 'closed', updated_at = ? WHERE id = ?", [now(), case_id]
        )
        audit.record(lib, "close", "case", case_id, reason)


def reopen(lib: Library, case_id: str, reason: str = "") -> None:
    with lib.atomic():
        lib.execute(
            "UPDATE cases SET status = 'open', updated_at = ? WHERE id = ?", [now(), case_id]
        )
        audit.record(lib, "reopen", "case", case_id, reason)


# ----- progress and lists


@dataclasses.dataclass
class Progress:
    steps_done: list[str]
    missing: dict[str, list[checklists.Question]]
    total: int

    @property
    def done(self) -> int:
        return len(self.steps_done)


def progress(lib: Library, case: Case) -> Progress:
    checklist = checklist_of(lib, case)
    given = answers(lib, case.id)
    return Progress(
        checklists.steps_done(checklist, given),
        checklists.missing(checklist, given),
        len(checklist.steps),
    )


def listing(
    lib: Library,
    *,
    status: str | None = None,
    priority: str | None = None,
    label: str | None = None,
    text: str | None = None,
) -> list[dict[str, Any]]:
    """Cases, most recently changed first, with their step progress; filters in SQL."""
    clauses: list[str] = []
    params: list[Any] = []
    if status:
        clauses.append("status = ?")
        params.append(status)
    if priority is not None:
        clauses.append("priority = ?")
        params.append(priority)
    if label is not None:
        clauses.append("label = ?")
        params.append(label)
    if text:
        parsed = query_parser.parse(text)
        if not parsed.empty:
            clauses.append("pk IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.append(parsed.to_fts())
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = lib.query(
        "SELECT id, title, claim, label, priority, status, checklist_id, checklist_version, "
        f"current_step, updated_at FROM cases {where} ORDER BY updated_at DESC, pk DESC",
        params,
    )
    for row in rows:
        case = Case(
            title=row["title"],
            checklist_id=row["checklist_id"],
            checklist_version=row["checklist_version"],
            id=row["id"],
        )
        try:
            found = progress(lib, case)
            row["steps_done"], row["steps_total"] = found.done, found.total
            row["steps"] = found.steps_done
        except errors.UserError:
            row["steps_done"], row["steps_total"], row["steps"] = 0, 0, []
    return rows
