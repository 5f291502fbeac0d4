"""The intake queue: reports from the public kept in the library, grouped by rumour (see
`core.intake`), merged or split by the officer, and turned into a RESIST case or added to one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from humasdesk.core import errors
from humasdesk.core import intake as core_intake
from humasdesk.core.checklist import Checklist
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import TimelineEntry
from humasdesk.store import audit, cases
from humasdesk.store.db import Library, new_id, now

KIND = QT_TRANSLATE_NOOP("errors", "group of reports")
EVIDENCE = "situational_insight.evidence"
_ANSWERS = {
    "first_seen_at": "early_warning.first_seen_at",
    "first_seen_where": "early_warning.first_seen_where",
    "detected_by": "early_warning.detected_by",
}
_PHRASES = {
    "id": {
        "joined": "{count} laporan masyarakat ditambahkan dari antrean: {title}",
        "made": "Kasus dibuat dari {count} laporan masyarakat",
        "seen": "dilihat {when} di {where}",
        "seen_when": "dilihat {when}",
    },
    "en": {
        "joined": "{count} public reports added from the intake queue: {title}",
        "made": "Case made from {count} public reports",
        "seen": "seen {when} on {where}",
        "seen_when": "seen {when}",
    },
}


class NothingToSplit(errors.UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Choose some of the group's reports to split off, not all of them."
    )


class NothingToMerge(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "Choose at least two groups to merge.")


class Placement:
    """Where each report goes: read from the library (`prepare`), worked out anywhere, e.g.
    in a background job (`place`: no library needed), then written (`commit`)."""

    def __init__(self, group_ids: list[str], members: list[list[str]]) -> None:
        self.members = members  # the texts of each group's reports, until `place` needs them
        self.grouper = core_intake.Grouper()
        self.order = list(group_ids)
        self.reports: list[core_intake.Report] = []
        self.indexes: list[int] = []

    def place(
        self,
        reports: Sequence[core_intake.Report],
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Placement:
        # stemming what the queue holds is part of the work; every report's words are
        # learnt (how rare each is) before any is placed
        held = [[core_intake.signature(t) for t in texts] for texts in self.members]
        self.members = []
        total = len(reports)
        signatures: list[str] = []
        for done, report in enumerate(reports):
            if cancelled():
                break
            if progress is not None and done % 20 == 0:
                progress(done // 2, total, report.path)
            if report.text.strip():
                self.reports.append(report)
                signatures.append(core_intake.signature(report.text))
        self.grouper.learn(s for sigs in held for s in sigs)
        self.grouper.learn(signatures)
        for sigs in held:
            self.grouper.add_group(sigs)
        for done, sig in enumerate(signatures):
            if cancelled():
                break
            if progress is not None and done % 20 == 0:
                progress((total + done) // 2, total, "")
            self.indexes.append(self.grouper.add(sig))
        del self.reports[len(self.indexes) :]
        if progress is not None:
            progress(total, total, "")
        return self


def prepare(lib: Library) -> Placement:
    members: dict[str, list[str]] = {}
    for row in lib.query("SELECT group_id, text FROM intake_items ORDER BY pk"):
        members.setdefault(row["group_id"], []).append(row["text"])
    return Placement(list(members), list(members.values()))


def commit(lib: Library, placement: Placement) -> list[dict[str, str]]:
    """Writes the placed reports; returns {id, group_id, path, text} per report."""
    stamp = now()
    order = placement.order
    taken: list[dict[str, str]] = []
    with lib.atomic():
        for report, index in zip(placement.reports, placement.indexes, strict=True):
            text = report.text.strip()
            while index >= len(order):
                order.append("")
            if not order[index]:
                order[index] = new_id()
                lib.execute(
                    "INSERT INTO intake_groups(id, title, created_at) VALUES (?, ?, ?)",
                    [order[index], core_intake.title_for([text]), stamp],
                )
            group_id = order[index]
            item_id = new_id()
            lib.execute(
                "INSERT INTO intake_items(id, group_id, text, url, path, seen_at, seen_where, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    item_id,
                    group_id,
                    text,
                    report.url,
                    report.path,
                    report.seen_at or stamp,
                    report.seen_where,
                    stamp,
                ],
            )
            taken.append({"id": item_id, "group_id": group_id, "path": report.path, "text": text})
    return taken


def add(lib: Library, reports: Sequence[core_intake.Report]) -> list[dict[str, str]]:
    """Takes `reports` into the queue, each into the group of its rumour (a new group when
    none is alike). Returns {id, group_id, path, text} per report taken in."""
    return commit(lib, prepare(lib).place(reports))


def groups(lib: Library, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The groups, the largest and most recently seen first: {id, title, count, first_seen,
    last_seen, case_id, case_title}."""
    where, params = "", []
    if ids is not None:
        where = f"WHERE g.id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    return lib.query(
        "SELECT g.id, g.title, g.case_id, c.title AS case_title, COUNT(i.pk) AS count, "
        "MIN(i.seen_at) AS first_seen, MAX(i.seen_at) AS last_seen FROM intake_groups g "
        "JOIN intake_items i ON i.group_id = g.id LEFT JOIN cases c ON c.id = g.case_id "
        f"{where} GROUP BY g.id ORDER BY count DESC, last_seen DESC, g.pk",
        params,
    )


def items(lib: Library, group_id: str) -> list[dict[str, Any]]:
    return lib.query(
        "SELECT id, text, url, path, seen_at, seen_where, added_at FROM intake_items "
        "WHERE group_id = ? ORDER BY seen_at, pk",
        [group_id],
    )


def counts_by_day(lib: Library, group_id: str) -> list[tuple[str, int]]:
    """How many reports of the group were seen each day (running total), oldest first: the
    group's growth."""
    rows = lib.query(
        "SELECT substr(seen_at, 1, 10) AS day, COUNT(*) AS n FROM intake_items "
        "WHERE group_id = ? GROUP BY day ORDER BY day",
        [group_id],
    )
    total, found = 0, []
    for row in rows:
        total += row["n"]
        found.append((row["day"], total))
    return found


def _drop_empty(lib: Library) -> None:
    lib.execute(
        "DELETE FROM intake_groups WHERE id NOT IN (SELECT DISTINCT group_id FROM intake_items)"
    )


def merge(lib: Library, group_ids: Sequence[str]) -> str:
    """Puts the reports of every group into the first; returns its id."""
    ids = list(dict.fromkeys(group_ids))
    if len(ids) < 2:
        raise NothingToMerge()
    target, others = ids[0], ids[1:]
    marks = ",".join("?" * len(others))
    with lib.atomic():
        lib.execute(
            f"UPDATE intake_items SET group_id = ? WHERE group_id IN ({marks})", [target, *others]
        )
        _drop_empty(lib)
    return target


def split(lib: Library, item_ids: Sequence[str]) -> str:
    """Moves the reports `item_ids` (of one group) into a new group; returns its id."""
    ids = list(dict.fromkeys(item_ids))
    marks = ",".join("?" * len(ids))
    rows = lib.query(f"SELECT group_id, text FROM intake_items WHERE id IN ({marks})", ids)
    sources = {r["group_id"] for r in rows}
    if not rows or len(sources) != 1:
        raise NothingToSplit()
    (source,) = sources
    left = lib.scalar("SELECT COUNT(*) FROM intake_items WHERE group_id = ?", [source])
    if left == len(rows):
        raise NothingToSplit()
    group_id = new_id()
    with lib.atomic():
        lib.execute(
            "INSERT INTO intake_groups(id, title, created_at) VALUES (?, ?, ?)",
            [group_id, core_intake.title_for([r["text"] for r in rows]), now()],
        )
        lib.execute(f"UPDATE intake_items SET group_id = ? WHERE id IN ({marks})", [group_id, *ids])
    return group_id


def rename(lib: Library, group_id: str, title: str) -> None:
    with lib.atomic():
        lib.execute("UPDATE intake_groups SET title = ? WHERE id = ?", [title.strip(), group_id])


def _group(lib: Library, group_id: str) -> dict[str, Any]:
    found = groups(lib, [group_id])
    if not found:
        raise errors.NotFound(kind=KIND, id=group_id)
    return found[0]


def _evidence(rows: list[dict[str, Any]], language: str) -> list[dict[str, str]]:
    phrases = _PHRASES["en" if language == "en" else "id"]
    found = []
    for row in rows:
        when = row["seen_at"][:16].replace("T", " ")
        where = row["seen_where"]
        seen = phrases["seen"] if where else phrases["seen_when"]
        seen = seen.format(when=when, where=where)
        note = f"{' '.join(row['text'].split())[:160]} ({seen})"
        found.append({"ref": row["url"] or row["path"], "note": note})
    return found


def _first_seen(rows: list[dict[str, Any]]) -> dict[str, Any]:
    first = min(rows, key=lambda r: r["seen_at"])
    moment = first["seen_at"]
    if len(moment) == 10:
        moment += "T00:00"
    try:
        moment = dt.datetime.fromisoformat(moment).isoformat(timespec="minutes")
    except ValueError:
        moment = ""
    return {"first_seen_at": moment, "first_seen_where": first["seen_where"]}


def make_case(lib: Library, group_id: str, checklist: Checklist, language: str) -> str:
    """A new RESIST case from a group: its title, the first report as the claim, every report
    as evidence, when and where it was first seen. Returns the case id."""
    group = _group(lib, group_id)
    rows = items(lib, group_id)
    phrases = _PHRASES["en" if language == "en" else "id"]
    with lib.atomic():
        case = cases.create(lib, group["title"] or rows[0]["text"][:80], rows[0]["text"], checklist)
        given = {**_first_seen(rows), "detected_by": "public_report"}
        for key, question_id in _ANSWERS.items():
            if checklist.question(question_id) is not None and given.get(key):
                cases.set_answer(lib, case.id, question_id, given[key])
        if checklist.question(EVIDENCE) is not None:
            cases.set_evidence(lib, case.id, EVIDENCE, _evidence(rows, language))
        cases.add_timeline(
            lib,
            case.id,
            TimelineEntry(at=now(), what=phrases["made"].format(count=len(rows))),
        )
        lib.execute("UPDATE intake_groups SET case_id = ? WHERE id = ?", [case.id, group_id])
        audit.record(lib, "intake", "case", case.id, f"{group_id} {len(rows)}")
    return case.id


def join_case(lib: Library, group_id: str, case_id: str, language: str) -> None:
    """Adds a group's reports to an existing case's evidence and timeline."""
    group = _group(lib, group_id)
    rows = items(lib, group_id)
    case = cases.get(lib, case_id)
    checklist = cases.checklist_of(lib, case)
    phrases = _PHRASES["en" if language == "en" else "id"]
    with lib.atomic():
        if checklist.question(EVIDENCE) is not None:
            known = cases.evidence(lib, case_id)
            seen = {(r["ref"], r["note"]) for r in known}
            fresh = [r for r in _evidence(rows, language) if (r["ref"], r["note"]) not in seen]
            cases.set_evidence(lib, case_id, EVIDENCE, [*known, *fresh])
        cases.add_timeline(
            lib,
            case_id,
            TimelineEntry(
                at=now(), what=phrases["joined"].format(count=len(rows), title=group["title"])
            ),
        )
        lib.execute("UPDATE intake_groups SET case_id = ? WHERE id = ?", [case_id, group_id])
        audit.record(lib, "intake", "case", case_id, f"{group_id} {len(rows)}")
