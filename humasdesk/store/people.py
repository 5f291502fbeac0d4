"""Speakers and their roles over time."""

from __future__ import annotations

import weakref
from typing import Any

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Person, Role
from humasdesk.core.text import fold
from humasdesk.store import batch
from humasdesk.store.db import Library, new_id, now

KIND = QT_TRANSLATE_NOOP("errors", "person")


def save(lib: Library, person: Person) -> Person:
    """Inserts or updates a person and replaces their roles, in one transaction."""
    stamp = now()
    with batch.atomic(lib):
        new = not person.id
        if new:
            person.id = new_id()
        lib.conn.execute(
            "INSERT INTO people(id, name, short_name, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "short_name = excluded.short_name, notes = excluded.notes, "
            "updated_at = excluded.updated_at",
            [person.id, person.name, person.short_name, person.notes, stamp, stamp],
        )
        if not new:
            lib.conn.execute("DELETE FROM roles WHERE person_id = ?", [person.id])
        for role in person.roles:
            role.id = role.id or new_id()
            lib.conn.execute(
                "INSERT INTO roles(id, person_id, title, organisation, start_date, end_date) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [role.id, person.id, role.title, role.organisation, role.start_date, role.end_date],
            )
        known = _directory(lib)
        if known is not None:
            known.add(person)
    return person


class _Directory:
    """Everyone in the library by name, for one batch of saves (see store.batch): the same
    answers as the SQL of `find_by_name` without a query per quote. NOCASE and LIKE fold
    ASCII letters only, and so does this."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        # id -> (name, short_name) in ASCII lower case, and the folded words of the name.
        self.rows: dict[str, tuple[str, str, frozenset[str]]] = {}
        self.people: dict[str, Person] = {}
        self.by_name: dict[str, str] = {}  # the first id (in pk order) for each
        self.by_short: dict[str, str] = {}
        self.by_word: dict[str, set[str]] = {}  # folded word of a name -> ids (never fewer)
        query = "SELECT id, name, short_name FROM people ORDER BY pk"
        for pid, name, short in lib.conn.execute(query):
            self._put(pid, name, short)

    def _put(self, pid: str, name: str, short: str) -> None:
        row = (_ascii_lower(name), _ascii_lower(short), frozenset(fold(name).split()))
        renamed = pid in self.rows and self.rows[pid] != row
        self.rows[pid] = row
        for word in row[2]:
            self.by_word.setdefault(word, set()).add(pid)
        if renamed:
            self.by_name, self.by_short = {}, {}
            for other, (lowered, short_lowered, _w) in self.rows.items():
                self.by_name.setdefault(lowered, other)
                self.by_short.setdefault(short_lowered, other)
        else:
            self.by_name.setdefault(row[0], pid)
            self.by_short.setdefault(row[1], pid)

    def add(self, person: Person) -> None:
        self._put(person.id, person.name, person.short_name)
        self.people[person.id] = person

    def get(self, person_id: str) -> Person:
        found = self.people.get(person_id)
        if found is None:
            found = self.people[person_id] = _get(self.lib, person_id)
        return found

    def find(self, name: str) -> Person | None:
        key = _ascii_lower(name)
        exact = self.by_name.get(key) or self.by_short.get(key)
        if exact is not None:
            return self.get(exact)
        wanted = set(fold(name).split())
        first = _ascii_lower(name.split()[0])
        sets = [self.by_word.get(w, set()) for w in wanted]
        holding = set.intersection(*sets) if sets else set()
        candidates = [
            pid for pid in holding if first in self.rows[pid][0] and wanted <= self.rows[pid][2]
        ]
        return self.get(candidates[0]) if len(candidates) == 1 else None


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


# A committed batch's directory, with the library's data_version then: the next batch of
# the same import reuses it when no other connection has committed since (reading everyone
# again cost 15 ms a batch on the quick archive, more on a larger one).
_KEPT: weakref.WeakKeyDictionary[Library, tuple[int, _Directory]] = weakref.WeakKeyDictionary()


def _directory(lib: Library) -> _Directory | None:
    """The batch's directory of people (made on first use), or None outside a batch."""
    current = batch.current(lib)
    if current is None:
        return None
    if current.people is None:
        kept = _KEPT.pop(lib, None)
        version = int(lib.scalar("PRAGMA data_version"))
        current.people = kept[1] if kept is not None and kept[0] == version else _Directory(lib)
    found: _Directory = current.people
    return found


def keep(lib: Library, directory: Any) -> None:
    """After a batch has committed: its directory of people serves the next batch."""
    if isinstance(directory, _Directory):
        _KEPT[lib] = (int(lib.scalar("PRAGMA data_version")), directory)


def forget_kept(lib: Library) -> None:
    """Drops the directory kept for `lib`'s next batch (the end of an import): a later
    import on the same connection might follow a rename this connection made itself, which
    `PRAGMA data_version` does not show."""
    _KEPT.pop(lib, None)


def get(lib: Library, person_id: str) -> Person:
    known = _directory(lib)
    return _get(lib, person_id) if known is None else known.get(person_id)


def _get(lib: Library, person_id: str) -> Person:
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
    known = _directory(lib)
    if known is not None:
        return known.find(name)
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


def holder_on(
    lib: Library, title: str, organisation: str = "", on: str | None = None
) -> Person | None:
    """Who held `title` (written in full or short: "Menkeu", "Kepala BKN") on `on`, as the
    directory records roles over time; None when nobody did, or more than one person did (a
    guess would be a made-up speaker)."""
    from humasdesk.core.quotes.roles import same_title

    written = f"{title} {organisation}".strip()
    if not written or on is None:
        return None
    holders = [
        person
        for person in all_people(lib)
        if any(
            same_title(written, f"{r.title} {r.organisation}") and _held(r, on)
            for r in person.roles
        )
    ]
    return holders[0] if len(holders) == 1 else None


def _held(role: Role, on: str) -> bool:
    started = role.start_date is None or role.start_date <= on
    return started and (role.end_date is None or on <= role.end_date)


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
