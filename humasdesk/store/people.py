"""Speakers and their roles over time."""

from __future__ import annotations

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Person, Role
from humasdesk.core.text import fold
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
    """The person called `name`: by full name or short name, or (for one word such as
    "Mira") the only person whose name holds that word."""
    name = " ".join(name.split())
    if not name:
        return None
    found = lib.scalar(
        "SELECT id FROM people WHERE name = ? COLLATE NOCASE OR short_name = ? COLLATE NOCASE "
        "ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1",
        [name, name, name],
    )
    if found:
        return get(lib, found)
    wanted = set(fold(name).split())
    candidates = [
        r["id"]
        for r in lib.query(
            "SELECT id, name FROM people WHERE name LIKE ?", [f"%{name.split()[0]}%"]
        )
        if wanted <= set(fold(r["name"]).split())
    ]
    return get(lib, candidates[0]) if len(candidates) == 1 else None


def names(lib: Library) -> list[str]:
    return [r["name"] for r in lib.query("SELECT name FROM people ORDER BY name COLLATE NOCASE")]


def all_people(lib: Library) -> list[Person]:
    return [get(lib, r["id"]) for r in lib.query("SELECT id FROM people ORDER BY name")]


def same_role(a_title: str, a_org: str, b_title: str, b_org: str) -> bool:
    """Two ways of writing one title ("Kepala Dinas Kesehatan" + "Pemerintah Provinsi X"
    and "Kepala Dinas Kesehatan Provinsi X" are the same role)."""
    from rapidfuzz import fuzz

    a, b = fold(a_title), fold(b_title)
    if not a or not b:
        return False
    if a == b:
        return True
    full_a, full_b = fold(f"{a_title} {a_org}"), fold(f"{b_title} {b_org}")
    return bool(
        fuzz.token_set_ratio(full_a, full_b) >= 92
        and (fuzz.token_set_ratio(a, full_b) >= 92 or fuzz.token_set_ratio(b, full_a) >= 92)
    )


def ensure(
    lib: Library,
    name: str,
    *,
    title: str = "",
    organisation: str = "",
    on: str | None = None,
) -> Person | None:
    """The person named `name`, created when new, with the stated title recorded as a role
    held on `on` (a role first seen on that date starts there). Inside the caller's
    transaction; None when there is no name."""
    if not name.strip():
        return None
    person = find_by_name(lib, name)
    if person is None:
        person = Person(name=" ".join(name.split()), short_name=name.split()[0])
    changed = not person.id
    if title and not any(
        same_role(title, organisation, r.title, r.organisation) for r in person.roles
    ):
        person.roles.append(Role(title=title, organisation=organisation, start_date=on))
        changed = True
    if changed:
        save(lib, person)
    return person
