"""The sample library a newcomer is offered: realistic, fictional, written by us
(`resources/sample/library.json`)."""

from __future__ import annotations

import json
from typing import Any

from humasdesk.core.records import Case, Person, Quote, Role, Statement, TimelineEntry
from humasdesk.paths import resources_dir
from humasdesk.store import cases, people, quotes, statements
from humasdesk.store.db import Library, new_id


def load_sample() -> dict[str, Any]:
    path = resources_dir() / "sample" / "library.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _checklist_version() -> str:
    path = resources_dir() / "checklists" / "resist.json"
    return str(json.loads(path.read_text(encoding="utf-8"))["version"])


def install(lib: Library) -> dict[str, int]:
    """Adds the sample data to `lib` in one transaction; returns what was added."""
    data = load_sample()
    with lib.atomic():
        if data.get("office"):
            from humasdesk.store import templates

            templates.set_office_values(lib, data["office"])
        person_by_key: dict[str, Person] = {}
        for p in data["people"]:
            roles = [Role(**r) for r in p.get("roles", [])]
            person = Person(name=p["name"], short_name=p.get("short_name", ""), roles=roles)
            person_by_key[p["key"]] = people.save(lib, person)
        statement_by_key: dict[str, Statement] = {}
        for s in data["statements"]:
            fields = {k: v for k, v in s.items() if k != "key"}
            st = Statement(**fields)
            # The sample lists its quotes itself, already reviewed.
            statement_by_key[s["key"]] = statements.save(lib, st, note="sample", extract=False)
        saved_quotes: list[Quote] = []
        for q in data["quotes"]:
            person = person_by_key[q["speaker"]]
            role = person.role_on(q.get("date"))
            st_key = q.get("statement")
            quote = Quote(
                text=q["text"],
                speaker=person.name,
                person_id=person.id,
                role=role.title if role else "",
                organisation=role.organisation if role else "",
                date=q.get("date"),
                statement_id=statement_by_key[st_key].id if st_key else None,
                language=q.get("language", "id"),
                status=q.get("status", "approved"),
                notes=q.get("notes", ""),
                tags=q.get("tags", []),
            )
            saved_quotes.append(quotes.save(lib, quote))
        for q, quote in zip(data["quotes"], saved_quotes, strict=True):
            if "superseded_by_index" in q:
                quote.superseded_by = saved_quotes[q["superseded_by_index"]].id
                quotes.save(lib, quote)
        version = _checklist_version()
        for c in data["cases"]:
            fields = {
                k: v
                for k, v in c.items()
                if k not in {"answers", "timeline", "evidence", "figures", "links"}
            }
            case = cases.save(lib, Case(**fields, checklist_version=version))
            for question_id, value in c.get("answers", {}).items():
                cases.set_answer(lib, case.id, question_id, value)
            for entry in c.get("timeline", []):
                cases.add_timeline(lib, case.id, TimelineEntry(**entry))
            for ev in c.get("evidence", []):
                lib.execute(
                    "INSERT INTO case_evidence(id, case_id, ref, note, added_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [new_id(), case.id, ev["ref"], ev.get("note", ""), case.created_at],
                )
            for fig in c.get("figures", []):
                lib.execute(
                    "INSERT INTO case_figures(id, case_id, metric, at, value, note) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        case.id,
                        fig["metric"],
                        fig["at"],
                        fig["value"],
                        fig.get("note", ""),
                    ],
                )
            for link in c.get("links", []):
                if link.get("kind") == "quote":
                    target = saved_quotes[link["quote_index"]].id
                    lib.execute(
                        "INSERT OR IGNORE INTO case_links(case_id, kind, target_id, role) "
                        "VALUES (?, 'quote', ?, ?)",
                        [case.id, target, link.get("role", "")],
                    )
            cases.save(lib, case)  # re-index with its answers
    return {
        "people": len(person_by_key),
        "statements": len(statement_by_key),
        "quotes": len(saved_quotes),
        "cases": len(data["cases"]),
    }
