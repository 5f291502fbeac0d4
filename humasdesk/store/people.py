"""Speakers and their roles over time."""

from __future__ import annotations

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Person, Role
from humasdesk.store.db import Library, new_id, now

KIND = QT_TRANSLATE_NOOP("errors", "person")


def save(lib: Library, person: Person) -> Person:
    """Inserts or updates a person and replaces their roles, in one transaction."""
    stamp = now()
    with lib.atomic():
        if not person.id:
            person.id = new_id()
        lib.execute(
            "INSERT INTO people(id, name, short_name, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "short_name = excluded.short_name, notes = excluded.notes, "
            "updated_at = excluded.updated_at",
            [person.id, person.name, person.short_name, person.notes, stamp, stamp],
        )
        lib.execute("DELETE FROM roles WHERE person_id = ?", [person.id])
        for role in person.roles:
            role.id = role.id or new_id()
            lib.execute(
                "INSERT INTO roles(id, person_id, title, organisation, start_date, end_date) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [role.id, person.id, role.title, role.organisation, role.start_date, role.end_date],
            )
    return person


def get(lib: Library, person_id: str) -> Person:
    rows = lib.query("SELECT * FROM people WHERE id = ?", [person_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=person_id)
    row = rows[0]
    roles = [
        Role(
            title=r["title"],
            organisation=r["organisation"],
            start_date=r["start_date"],
            end_date=r["end_date"],
            id=r["id"],
        )
        for r in lib.query(
            "SELECT * FROM roles WHERE person_id = ? ORDER BY start_date", [person_id]
        )
    ]
    return Person(
        name=row["name"],
        short_name=row["short_name"],
        notes=row["notes"],
        roles=roles,
        id=row["id"],
    )


def find_by_name(lib: Library, name: str) -> Person | None:
    found = lib.scalar(
        "SELECT id FROM people WHERE name = ? COLLATE NOCASE OR short_name = ? COLLATE NOCASE",
        [name, name],
    )
    return get(lib, found) if found else None
