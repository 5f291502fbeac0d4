"""The office's own copies of the statement templates and the office details that fill them.

The first use copies `resources/templates/*.json` into the library's `templates` table; from
then on the office edits its copies (text, letterhead) and a new HumasDesk version only adds
templates the library does not have yet. Office details live in `settings` under `office.*`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from humasdesk.core import errors
from humasdesk.core import templates as core_templates
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Statement
from humasdesk.core.templates import Template
from humasdesk.paths import resources_dir
from humasdesk.store import settings
from humasdesk.store.db import Library, now

KIND = QT_TRANSLATE_NOOP("errors", "template")


def builtin() -> list[Template]:
    return core_templates.load_builtin(resources_dir() / "templates")


def _row(t: Template) -> list[Any]:
    data = json.dumps({"fields": t.fields, "tags": t.tags}, ensure_ascii=False)
    return [t.id, t.kind, t.language, t.name, t.letterhead, data, t.version, now()]


def _template(row: dict[str, Any]) -> Template:
    data = json.loads(row["fields"])
    return Template(
        id=row["id"],
        kind=row["kind"],
        language=row["language"],
        name=row["name"],
        letterhead=row["letterhead"],
        fields={str(k): str(v) for k, v in dict(data.get("fields", {})).items()},
        tags=[str(t) for t in data.get("tags", [])],
        version=row["builtin_version"],
    )


def seed(lib: Library) -> int:
    """Copies the built-in templates the library lacks; returns how many were added."""
    have = {r["id"] for r in lib.query("SELECT id FROM templates")}
    missing = [t for t in builtin() if t.id not in have]
    if missing:
        with lib.atomic():
            for t in missing:
                lib.execute(
                    "INSERT INTO templates(id, kind, language, name, letterhead, fields, "
                    "builtin_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    _row(t),
                )
    return len(missing)


def all_templates(lib: Library) -> list[Template]:
    seed(lib)
    rows = lib.query("SELECT * FROM templates")
    found = [_template(r) for r in rows]
    return sorted(found, key=lambda t: (core_templates.KINDS.index(t.kind), t.language, t.name))


def get(lib: Library, template_id: str) -> Template:
    seed(lib)
    rows = lib.query("SELECT * FROM templates WHERE id = ?", [template_id])
    if not rows:
        raise errors.NotFound(kind=KIND, id=template_id)
    return _template(rows[0])


def save(lib: Library, t: Template) -> None:
    """Stores the office's edited copy (its kind and language stay what they were)."""
    with lib.atomic():
        lib.execute(
            "INSERT INTO templates(id, kind, language, name, letterhead, fields, "
            "builtin_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "letterhead = excluded.letterhead, fields = excluded.fields, "
            "updated_at = excluded.updated_at",
            _row(t),
        )


def reset(lib: Library, template_id: str) -> Template:
    """Puts the built-in text back into the office's copy."""
    original = next((t for t in builtin() if t.id == template_id), None)
    if original is None:
        raise errors.NotFound(kind=KIND, id=template_id)
    with lib.atomic():
        lib.execute("DELETE FROM templates WHERE id = ?", [template_id])
    seed(lib)
    return get(lib, template_id)


def new_statement(
    lib: Library, template_id: str, values: dict[str, Any] | None = None
) -> Statement:
    """A draft from the office's copy of a template, filled with the office details, today's
    date and `values` (which win)."""
    t = get(lib, template_id)
    filled: dict[str, Any] = {**settings.office_values(lib), **(values or {})}
    draft = core_templates.render(t, filled)
    draft.date = str(filled.get("date") or dt.date.today().isoformat())
    if not draft.city and filled.get("city"):
        draft.city = str(filled["city"])
    return draft
