"""Packs: the approved quotes and lines of one library, with their speakers and roles, in
one file another library can merge. A central office hands its official lines to regional
offices this way.

A pack is JSON: {"format": "humasdesk-pack", "version": 1, "exported_at", "people",
"quotes", "checksum"}; the checksum is SHA-256 over the canonical JSON of everything else,
so a damaged or hand-edited file is refused. Records merge by their stable ids: new ones are
added, identical ones left alone, and a record that differs is a conflict the officer
decides (keep mine / take theirs). Nothing is overwritten without that decision.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humasdesk.core import errors
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.problems import Problem, known
from humasdesk.core.records import Person, Quote, Role
from humasdesk.store import audit, people, quotes
from humasdesk.store.db import Library, now

FORMAT = "humasdesk-pack"
VERSION = 1
QUOTE_FIELDS = (
    "text",
    "person_id",
    "speaker",
    "role",
    "organisation",
    "date",
    "source_ref",
    "language",
    "status",
    "superseded_by",
    "notes",
    "tags",
)
PERSON_FIELDS = ("name", "short_name", "notes", "roles")


class BadPack(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "{path} is not a HumasDesk pack: {detail}")


# Why a file is not a pack, said in the message above.
NO_FILE = known(QT_TRANSLATE_NOOP("errors", "file not found"), "errors")
NOT_A_PACK = known(QT_TRANSLATE_NOOP("errors", "not a pack file"), "errors")
NO_VERSION = known(QT_TRANSLATE_NOOP("errors", "no version"), "errors")
BAD_CHECKSUM = known(
    QT_TRANSLATE_NOOP("errors", "the checksum does not match (damaged or edited)"), "errors"
)
NO_LIST = known(QT_TRANSLATE_NOOP("errors", "no {key} list"), "errors")


class PackTooNew(errors.UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was made by a newer HumasDesk (pack version {found}); update HumasDesk to "
        "import it.",
    )


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _person_dict(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "short_name": person.short_name,
        "notes": person.notes,
        "roles": [
            {
                "id": r.id,
                "title": r.title,
                "organisation": r.organisation,
                "start_date": r.start_date,
                "end_date": r.end_date,
            }
            for r in sorted(person.roles, key=lambda r: (r.start_date or "", r.id))
        ],
    }


def _quote_dict(lib: Library, quote: Quote) -> dict[str, Any]:
    data: dict[str, Any] = {"id": quote.id}
    for key in QUOTE_FIELDS:
        data[key] = getattr(quote, key)
    data["tags"] = sorted(quote.tags)
    if not quote.source_ref and quote.statement_id:
        # The statement stays home; the pack says where the quote came from.
        row = lib.query("SELECT number, title FROM statements WHERE id = ?", [quote.statement_id])
        if row:
            data["source_ref"] = " – ".join(p for p in (row[0]["number"], row[0]["title"]) if p)
    return data


def build(lib: Library) -> dict[str, Any]:
    """The pack of every accepted quote (retired and superseded ones too, so a retirement
    reaches the regional offices) and the people who said them."""
    ids = [
        r["id"]
        for r in lib.query(
            "SELECT id FROM quotes WHERE review = 'accepted' ORDER BY date, pk",
        )
    ]
    quote_list = [quotes.get(lib, i) for i in ids]
    person_ids = sorted({q.person_id for q in quote_list if q.person_id})
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now(),
        "people": [_person_dict(people.get(lib, pid)) for pid in person_ids],
        "quotes": [_quote_dict(lib, q) for q in quote_list],
    }
    body["checksum"] = _checksum(body)
    return body


def export(lib: Library, path: Path) -> dict[str, int]:
    pack = build(lib)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(pack, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(path)
    return {"people": len(pack["people"]), "quotes": len(pack["quotes"])}


def read(path: Path) -> dict[str, Any]:
    """A pack from `path`, checked: format, version and checksum."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BadPack(path=path, detail=Problem(NO_FILE)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadPack(path=path, detail=str(exc)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadPack(path=path, detail=Problem(NOT_A_PACK))
    version = data.get("version")
    if not isinstance(version, int):
        raise BadPack(path=path, detail=Problem(NO_VERSION))
    if version > VERSION:
        raise PackTooNew(path=path, found=version)
    body = {k: v for k, v in data.items() if k != "checksum"}
    if data.get("checksum") != _checksum(body):
        raise BadPack(path=path, detail=Problem(BAD_CHECKSUM))
    for key in ("people", "quotes"):
        if not isinstance(data.get(key), list):
            raise BadPack(path=path, detail=Problem(NO_LIST, key=key))
    return data


# ------------------------------------------------------------------ merging
@dataclass
class Conflict:
    """A record both libraries hold, written differently."""

    kind: str  # "quote" or "person"
    id: str
    label: str  # what the officer recognises: the quote's words or the person's name
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (mine, theirs)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "fields": {k: {"mine": a, "theirs": b} for k, (a, b) in self.fields.items()},
        }


@dataclass
class Plan:
    new_people: list[dict[str, Any]] = field(default_factory=list)
    new_quotes: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    # People in the pack that this library already has under another id, by name.
    same_person: dict[str, str] = field(default_factory=dict)


def _local_person(lib: Library, pid: str) -> dict[str, Any] | None:
    if lib.scalar("SELECT 1 FROM people WHERE id = ?", [pid]) is None:
        return None
    return _person_dict(people.get(lib, pid))


def plan(lib: Library, pack: dict[str, Any]) -> Plan:
    """What importing `pack` would do, without changing anything."""
    result = Plan()
    for theirs in pack["people"]:
        mine = _local_person(lib, theirs["id"])
        if mine is None:
            twin = people.find_by_name(lib, theirs["name"])
            if twin is not None and twin.name.casefold() == theirs["name"].casefold():
                result.same_person[theirs["id"]] = twin.id
            else:
                result.new_people.append(theirs)
            continue
        diff = {
            k: (mine.get(k), theirs.get(k)) for k in PERSON_FIELDS if mine.get(k) != theirs.get(k)
        }
        if diff:
            result.conflicts.append(Conflict("person", theirs["id"], theirs["name"], diff))
        else:
            result.unchanged += 1
    for theirs in pack["quotes"]:
        if lib.scalar("SELECT 1 FROM quotes WHERE id = ?", [theirs["id"]]) is None:
            result.new_quotes.append(theirs)
            continue
        mine = _quote_dict(lib, quotes.get(lib, theirs["id"]))
        if theirs.get("person_id") in result.same_person:
            theirs = {**theirs, "person_id": result.same_person[theirs["person_id"]]}
        diff = {
            k: (mine.get(k), theirs.get(k))
            for k in QUOTE_FIELDS
            if k != "source_ref" and mine.get(k) != theirs.get(k)
        }
        if diff:
            result.conflicts.append(Conflict("quote", theirs["id"], theirs["text"][:120], diff))
        else:
            result.unchanged += 1
    return result


@dataclass
class Merged:
    people_added: int = 0
    quotes_added: int = 0
    unchanged: int = 0
    taken: int = 0  # conflicts resolved with the pack's version
    conflicts: list[Conflict] = field(default_factory=list)  # left as they were

    def as_dict(self) -> dict[str, Any]:
        return {
            "people_added": self.people_added,
            "quotes_added": self.quotes_added,
            "unchanged": self.unchanged,
            "taken": self.taken,
            "conflicts": [c.as_dict() for c in self.conflicts],
        }


def _person_from(data: dict[str, Any]) -> Person:
    return Person(
        id=data["id"],
        name=data["name"],
        short_name=data.get("short_name", ""),
        notes=data.get("notes", ""),
        roles=[
            Role(
                id=r["id"],
                title=r["title"],
                organisation=r.get("organisation", ""),
                start_date=r.get("start_date"),
                end_date=r.get("end_date"),
            )
            for r in data.get("roles", [])
        ],
    )


def _quote_from(data: dict[str, Any], person_map: dict[str, str]) -> Quote:
    person_id = data.get("person_id")
    return Quote(
        id=data["id"],
        text=data["text"],
        person_id=person_map.get(person_id, person_id) if person_id else None,
        speaker=data.get("speaker", ""),
        role=data.get("role", ""),
        organisation=data.get("organisation", ""),
        date=data.get("date"),
        source_ref=data.get("source_ref", ""),
        language=data.get("language", "id"),
        status=data.get("status", "approved"),
        superseded_by=None,  # set once every quote of the pack is in
        notes=data.get("notes", ""),
        tags=list(data.get("tags", [])),
        review="accepted",
    )


def merge(lib: Library, pack: dict[str, Any], take_theirs: set[str] | None = None) -> Merged:
    """Adds what is new; for conflicts, takes the pack's version only for the ids in
    `take_theirs` and leaves every other conflict as it is. One transaction."""
    take_theirs = take_theirs or set()
    todo = plan(lib, pack)
    result = Merged(unchanged=todo.unchanged)
    pack_quotes = {q["id"]: q for q in pack["quotes"]}
    pack_people = {p["id"]: p for p in pack["people"]}
    with lib.atomic():
        for data in todo.new_people:
            people.save(lib, _person_from(data))
            result.people_added += 1
        written: list[dict[str, Any]] = []
        for data in todo.new_quotes:
            quote = _quote_from(data, todo.same_person)
            if (
                quote.person_id
                and lib.scalar("SELECT 1 FROM people WHERE id = ?", [quote.person_id]) is None
            ):
                quote.person_id = None
            quotes.save(lib, quote)
            written.append(data)
            result.quotes_added += 1
        for conflict in todo.conflicts:
            if conflict.id not in take_theirs:
                result.conflicts.append(conflict)
                continue
            if conflict.kind == "person":
                people.save(lib, _person_from(pack_people[conflict.id]))
            else:
                data = pack_quotes[conflict.id]
                mine = quotes.get(lib, conflict.id)
                quote = _quote_from(data, todo.same_person)
                # What stays local: where it came from here, and how often it was reused.
                quote.statement_id, quote.reuse_count = mine.statement_id, mine.reuse_count
                quote.span_start, quote.span_end = mine.span_start, mine.span_end
                quotes.save(lib, quote)
                written.append(data)
            result.taken += 1
        for data in written:
            target = data.get("superseded_by")
            if target and lib.scalar("SELECT 1 FROM quotes WHERE id = ?", [target]):
                lib.execute(
                    "UPDATE quotes SET superseded_by = ? WHERE id = ?", [target, data["id"]]
                )
        audit.record(
            lib,
            "pack-import",
            "library",
            "",
            f"{result.quotes_added} quotes, {result.people_added} people added; "
            f"{result.taken} taken, {len(result.conflicts)} conflicts left",
        )
    return result
