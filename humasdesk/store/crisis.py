"""The crisis desk's side of a case: the playbook it was started from, the clock to its first
holding statement, and its update cadence ("next update due"), kept in `case_crisis` beside
the RESIST case; starting a case from a playbook, and drafting its situation updates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from humasdesk.core import errors, formats, office_time
from humasdesk.core import playbooks as core_playbooks
from humasdesk.core.checklist import Checklist
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Quote, Statement, TimelineEntry
from humasdesk.core.templates import fill_text
from humasdesk.store import audit, case_drafts, cases, quotes, settings, statements, templates
from humasdesk.store.db import Library, now

UPDATE_ROLE = "update"
HOLDING_ROLE = "holding"
_PHRASES = {
    "id": {
        "at": "pukul {time} {zone}",
        "on": "{date} pukul {time} {zone}",
        "opened": "Kasus dibuka dari playbook {playbook}",
        "update_title": "Perkembangan situasi: {case}",
        "update_lead": "{city}, {office_short} – Berikut perkembangan terkini terkait {case} "
        "hingga {when}.",
        "nothing_new": "{perkembangan sejak pembaruan terakhir}",
        "next": "Informasi berikutnya akan kami sampaikan paling lambat {when}.",
    },
    "en": {
        "at": "{time} {zone}",
        "on": "{time} {zone} on {date}",
        "opened": "Case opened from the {playbook} playbook",
        "update_title": "Situation update: {case}",
        "update_lead": "{city}, {office_short} – The latest on {case} as of {when}.",
        "nothing_new": "{developments since the last update}",
        "next": "We will share the next update no later than {when}.",
    },
}


class BadCadence(errors.UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Updates can be due every 2, 4, 12 or 24 hours, or at a set time."
    )


@dataclasses.dataclass
class Crisis:
    case_id: str
    opened_at: str
    playbook_id: str = ""
    playbook_version: str = ""
    holding_exported_at: str | None = None
    update_every_hours: int | None = None
    next_update_at: str | None = None
    last_update_at: str | None = None
    first_hour_done: list[int] = dataclasses.field(default_factory=list)

    def minutes_to_holding(self) -> int | None:
        """Minutes from the case's opening to its first holding statement out of the door."""
        if not self.holding_exported_at:
            return None
        spent = _moment(self.holding_exported_at) - _moment(self.opened_at)
        return max(0, int(spent.total_seconds() // 60))

    def overdue(self, at: dt.datetime | None = None) -> bool:
        if not self.next_update_at:
            return False
        return _moment(self.next_update_at) <= (at or _utcnow())


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _moment(value: str) -> dt.datetime:
    """A stored time as an aware datetime (a time typed without a zone is local)."""
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.astimezone()


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def when_text(moment: dt.datetime, language: str, zone: str, today: dt.date | None = None) -> str:
    """ "pukul 18.30 WIB" today, "Selasa, 8 Desember 2026 pukul 09.00 WIB" another day, in
    the office's time zone (`settings.time_zone`), whatever the computer's clock is set to."""
    office = office_time.tzinfo(zone)
    local = moment.astimezone(office)
    zone = office_time.known(zone)
    phrases = _PHRASES["en" if language == "en" else "id"]
    time = formats.time(local, language)
    if local.date() == (today or dt.datetime.now(office).date()):
        return phrases["at"].format(time=time, zone=zone)
    return phrases["on"].format(date=formats.long_date(local, language), time=time, zone=zone)


# ----- the record


def get(lib: Library, case_id: str) -> Crisis | None:
    rows = lib.query(
        "SELECT c.created_at AS opened_at, k.* FROM case_crisis k "
        "JOIN cases c ON c.id = k.case_id WHERE k.case_id = ?",
        [case_id],
    )
    if not rows:
        return None
    row = rows[0]
    row["first_hour_done"] = [int(i) for i in json.loads(row["first_hour_done"] or "[]")]
    return Crisis(**row)


def _ensure(lib: Library, case_id: str) -> None:
    cases.get(lib, case_id)  # raises NotFound for a case that is not there
    lib.execute("INSERT OR IGNORE INTO case_crisis(case_id) VALUES (?)", [case_id])


def set_cadence(
    lib: Library,
    case_id: str,
    every_hours: int | None,
    next_at: dt.datetime | None = None,
    *,
    since: dt.datetime | None = None,
) -> str | None:
    """Updates every `every_hours` (2, 4, 12 or 24) from `since` (the last update, else now),
    or once at `next_at`; both None stops the reminders. Returns the next due time stored."""
    if every_hours is not None and every_hours not in core_playbooks.CADENCE_HOURS:
        raise BadCadence()
    with lib.atomic():
        _ensure(lib, case_id)
        if next_at is not None:
            due: str | None = _iso(next_at)
        elif every_hours is not None:
            last = lib.scalar("SELECT last_update_at FROM case_crisis WHERE case_id = ?", [case_id])
            start = since or (_moment(last) if last else _utcnow())
            due = _iso(start + dt.timedelta(hours=every_hours))
        else:
            due = None
        lib.execute(
            "UPDATE case_crisis SET update_every_hours = ?, next_update_at = ? WHERE case_id = ?",
            [every_hours, due, case_id],
        )
    return due


def set_first_hour_done(lib: Library, case_id: str, done: list[int]) -> None:
    """Which items of the playbook's first-hour checklist are ticked (by position)."""
    with lib.atomic():
        _ensure(lib, case_id)
        lib.execute(
            "UPDATE case_crisis SET first_hour_done = ? WHERE case_id = ?",
            [json.dumps(sorted(set(done))), case_id],
        )


def record_export(lib: Library, st: Statement, at: dt.datetime | None = None) -> None:
    """A case's holding statement or situation update left the building (exported, printed or
    copied for WhatsApp): the first one stops the holding clock, each one restarts the update
    cadence. Other statements are no concern of the desk."""
    if not st.case_id or not st.id:
        return
    role = lib.scalar(
        "SELECT role FROM case_links WHERE case_id = ? AND kind = 'statement' AND target_id = ?",
        [st.case_id, st.id],
    )
    if role not in (HOLDING_ROLE, UPDATE_ROLE):
        return
    crisis = get(lib, st.case_id)
    if crisis is None:
        return
    moment = at or _utcnow()
    stamp = _iso(moment)
    with lib.atomic():
        if role == HOLDING_ROLE and not crisis.holding_exported_at:
            lib.execute(
                "UPDATE case_crisis SET holding_exported_at = ? WHERE case_id = ?",
                [stamp, st.case_id],
            )
            audit.record(lib, "holding_out", "case", st.case_id, st.id)
        due = crisis.next_update_at
        if crisis.update_every_hours:
            due = _iso(moment + dt.timedelta(hours=crisis.update_every_hours))
        elif due and _moment(due) <= moment:
            due = None  # a one-off time, now met
        lib.execute(
            "UPDATE case_crisis SET last_update_at = ?, next_update_at = ? WHERE case_id = ?",
            [stamp, due, st.case_id],
        )


def overdue(lib: Library, at: dt.datetime | None = None) -> list[str]:
    """Open cases whose next update is due, the longest overdue first."""
    moment = at or _utcnow()
    rows = lib.query(
        "SELECT k.case_id, k.next_update_at FROM case_crisis k JOIN cases c ON c.id = k.case_id "
        "WHERE c.status = 'open' AND k.next_update_at IS NOT NULL"
    )
    due = [r for r in rows if _moment(r["next_update_at"]) <= moment]
    due.sort(key=lambda r: _moment(r["next_update_at"]))
    return [r["case_id"] for r in due]


def next_updates(lib: Library) -> dict[str, str]:
    """{case id: next update due} for every case that has one."""
    rows = lib.query(
        "SELECT case_id, next_update_at FROM case_crisis WHERE next_update_at IS NOT NULL"
    )
    return {r["case_id"]: r["next_update_at"] for r in rows}


def desk_cases(lib: Library) -> list[dict[str, Any]]:
    """The open cases the desk follows (started from a playbook or given a cadence), the ones
    whose update is overdue first, then by when the next update is due."""
    rows = lib.query(
        "SELECT c.id, c.title, c.created_at, c.priority, c.label, k.playbook_id, "
        "k.holding_exported_at, k.update_every_hours, k.next_update_at, k.last_update_at "
        "FROM case_crisis k JOIN cases c ON c.id = k.case_id WHERE c.status = 'open'"
    )
    moment = _utcnow()
    for row in rows:
        row["overdue"] = bool(row["next_update_at"]) and _moment(row["next_update_at"]) <= moment
    far = "9999"
    rows.sort(key=lambda r: (not r["overdue"], r["next_update_at"] or far, r["created_at"]))
    return rows


# ----- starting from a playbook


def approved_lines(
    lib: Library, topics: tuple[str, ...] | list[str], language: str, limit: int = 2
) -> list[Quote]:
    """Approved lines tagged with one of `topics`: the language's own first, the most reused
    first within it."""
    if not topics:
        return []
    marks = ",".join("?" * len(topics))
    rows = lib.query(
        "SELECT DISTINCT q.id, q.language, q.reuse_count, q.date FROM quotes q "
        "JOIN quote_tags qt ON qt.quote_id = q.id JOIN tags t ON t.id = qt.tag_id "
        f"WHERE q.status = 'approved' AND q.review = 'accepted' AND lower(t.name) IN ({marks})",
        [t.lower() for t in topics],
    )
    rows.sort(key=lambda r: (r["language"] != language, -r["reuse_count"], r["date"] or ""))
    return [quotes.get(lib, r["id"]) for r in rows[:limit]]


def start(
    lib: Library,
    playbook: core_playbooks.Playbook,
    checklist: Checklist,
    language: str,
    *,
    title: str = "",
    location: str = "",
    every_hours: int | None = None,
) -> tuple[str, Statement]:
    """Opens a case from `playbook` (its answers filled in, its approved lines linked as key
    messages, its update cadence set) and drafts its holding statement. Returns the case id
    and the draft."""
    lang = "en" if language == "en" else "id"
    where = location.strip()
    name = playbook.title.get(lang)
    title = title.strip() or (f"{name} – {where}" if where else name)
    situation = {
        part: text.replace("{location}", where) if where else text
        for part, text in playbook.holding_values(lang).items()
    }
    every = every_hours or playbook.update_every_hours
    if every not in core_playbooks.CADENCE_HOURS:
        every = min(core_playbooks.CADENCE_HOURS, key=lambda h: abs(h - every))
    lines = approved_lines(lib, playbook.topics, lang)
    with lib.atomic():
        case = cases.create(lib, title, situation["situation"], checklist)
        for question_id, value in playbook.answer_values(lang).items():
            if checklist.question(question_id) is not None:
                cases.set_answer(lib, case.id, question_id, value)
        if lines:
            cases.set_links(lib, case.id, case_drafts.KEY_MESSAGES, "quote", [q.id for q in lines])
        lib.execute(
            "INSERT INTO case_crisis(case_id, playbook_id, playbook_version) VALUES (?, ?, ?)",
            [case.id, playbook.id, playbook.version],
        )
        due = set_cadence(lib, case.id, every)
        cases.add_timeline(
            lib,
            case.id,
            TimelineEntry(
                at=now(), what=_PHRASES[lang]["opened"].format(playbook=name), key_event=True
            ),
        )
        values: dict[str, Any] = dict(situation)
        if due:
            values["next_update"] = when_text(_moment(due), lang, settings.time_zone(lib))
        draft = case_drafts.create_draft(lib, case.id, "holding", lang, values)
        audit.record(lib, "playbook", "case", case.id, f"{playbook.id} {playbook.version}")
    return case.id, draft


def holding_draft(lib: Library, case_id: str) -> Statement | None:
    """The case's newest holding statement, if it has one."""
    found = lib.scalar(
        "SELECT s.id FROM statements s JOIN case_links l ON l.target_id = s.id "
        "AND l.kind = 'statement' AND l.role = ? WHERE l.case_id = ? "
        "ORDER BY s.created_at DESC, s.pk DESC LIMIT 1",
        [HOLDING_ROLE, case_id],
    )
    return statements.get(lib, found) if found else None


# ----- situation updates


def entries_since_last_update(lib: Library, case_id: str) -> list[TimelineEntry]:
    crisis = get(lib, case_id)
    since = _moment(crisis.last_update_at) if crisis and crisis.last_update_at else None
    found = []
    for entry in cases.timeline(lib, case_id):
        try:
            moment = _moment(entry.at)
        except ValueError:
            continue
        if since is None or moment > since:
            found.append(entry)
    return found


def situation_update(lib: Library, case_id: str, language: str) -> Statement:
    """Drafts the next update from the timeline entries since the last update went out (in
    the office's holding template, so letterhead and contacts are there), links it to the
    case as an update and returns it."""
    lang = "en" if language == "en" else "id"
    phrases = _PHRASES[lang]
    case = cases.get(lib, case_id)
    crisis = get(lib, case_id)
    moment = _utcnow()
    draft = templates.new_statement(lib, f"holding-{lang}", {"topic": case.title})
    values = {**settings.office_values(lib), "case": case.title}
    zone = settings.time_zone(lib)
    values["when"] = when_text(moment, lang, zone)
    lines = []
    for entry in entries_since_last_update(lib, case_id):
        at = _moment(entry.at).astimezone(office_time.tzinfo(zone))
        who = f" ({entry.actor})" if entry.actor else ""
        lines.append(f"- {formats.time(at, lang)} – {entry.what.strip()}{who}")
    body = "\n".join(lines) or phrases["nothing_new"]
    if crisis and crisis.update_every_hours:
        next_due = moment + dt.timedelta(hours=crisis.update_every_hours)
        body += "\n\n" + phrases["next"].format(when=when_text(next_due, lang, zone))
    draft.title = phrases["update_title"].format(case=case.title)
    draft.lead = fill_text(phrases["update_lead"], values)
    draft.body = body
    return case_drafts.save_for_case(lib, case, draft, UPDATE_ROLE)
