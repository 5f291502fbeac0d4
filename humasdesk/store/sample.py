"""The sample library a newcomer is offered: realistic, fictional, written by us
(`resources/sample/library.json`)."""

from __future__ import annotations

import json
from typing import Any

from humasdesk.core import checklist
from humasdesk.core import intake as core_intake
from humasdesk.core.records import Case, Person, Quote, Role, Statement, TimelineEntry
from humasdesk.paths import resources_dir
from humasdesk.store import cases, intake, people, quotes, settings, statements
from humasdesk.store.db import Library


def load_sample() -> dict[str, Any]:
    path = resources_dir() / "sample" / "library.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _checklist() -> checklist.Checklist:
    return checklist.load(resources_dir() / "checklists" / "resist.json")


def _edition(version: str, newest: checklist.Checklist) -> checklist.Checklist:
    if version == newest.version:
        return newest
    return checklist.find(newest.id, version, [resources_dir() / "checklists"])


def install(lib: Library, *, upgrade: bool = True) -> dict[str, int]:
    """Adds the sample data to `lib` in one transaction; returns what was added.

    Each sample case is answered on the edition it names (`checklist_version`), then moved to
    the newest edition the way an officer moves an older case (`cases.upgrade_edition`), and
    given the answers only the newest edition asks for (`answers_added`). `upgrade=False`
    leaves the cases on their own edition, as a library made before the newest one has them.
    """
    data = load_sample()
    with lib.atomic():
        if data.get("office"):
            settings.set_office_values(lib, data["office"])
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
        newest = _checklist()
        cases.remember_checklist(lib, newest)
        for c in data["cases"]:
            edition = _edition(c.get("checklist_version", newest.version), newest)
            cases.remember_checklist(lib, edition)
            fields = {
                k: v
                for k, v in c.items()
                if k
                not in {
                    "answers",
                    "timeline",
                    "evidence",
                    "figures",
                    "links",
                    "checklist_version",
                    "answers_added",
                }
            }
            case = cases.save(
                lib, Case(**fields, checklist_id=edition.id, checklist_version=edition.version)
            )
            for question_id, value in c.get("answers", {}).items():
                cases.set_answer(lib, case.id, question_id, value)
            for entry in c.get("timeline", []):
                cases.add_timeline(lib, case.id, TimelineEntry(**entry))
            if c.get("evidence"):
                cases.set_evidence(lib, case.id, "situational_insight.evidence", c["evidence"])
            # Figures go to the figures question whose metrics they use.
            for question in edition.questions():
                metrics = [m.value for m in question.metrics]
                rows = [
                    {"date": f["at"], **f} for f in c.get("figures", []) if f["metric"] in metrics
                ]
                if question.type == "figures" and rows:
                    cases.set_figures(lib, case.id, question.id, metrics, rows)
            key_messages = [
                saved_quotes[link["quote_index"]].id
                for link in c.get("links", [])
                if link.get("kind") == "quote"
            ]
            if key_messages:
                cases.set_links(
                    lib, case.id, "strategic_communication.key_messages", "quote", key_messages
                )
            cases.save(lib, case)  # re-index with its answers
            if upgrade and edition.key != newest.key:
                cases.upgrade_edition(lib, case.id, newest)
                for question_id, value in c.get("answers_added", {}).items():
                    cases.set_answer(lib, case.id, question_id, value)
        # A rumour retold over three days, a fake aid link, a job scam: the crisis desk's
        # intake queue has something to show on first run.
        reports = [
            core_intake.Report(r["text"], seen_at=r["seen_at"], seen_where=r["seen_where"])
            for r in data.get("intake", [])
        ]
        if reports:
            intake.add(lib, reports)
    return {
        "people": len(person_by_key),
        "statements": len(statement_by_key),
        "quotes": len(saved_quotes),
        "cases": len(data["cases"]),
    }
