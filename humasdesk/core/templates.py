"""Statement templates: data in `resources/templates/`, filled from a statement's fields.

A template names a kind (press statement, hoax clarification, holding statement), a language,
the letterhead text exports print above the statement, and text for each statement field with
`{placeholders}`. Unknown placeholders are left as they are, so an officer sees what to fill.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humasdesk.core.errors import InvalidInput
from humasdesk.core.records import Statement

KINDS = ("press", "clarification", "holding")
FILLABLE = ("title", "subtitle", "city", "lead", "body", "about", "contacts")


@dataclass
class Template:
    id: str
    kind: str
    language: str
    name: str
    letterhead: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    version: str = ""


class _KeepMissing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_text(text: str, values: dict[str, Any]) -> str:
    """`text` with the known {placeholders} filled; others (and stray braces) kept as typed."""
    formatter = string.Formatter()
    mapping = _KeepMissing({k: v for k, v in values.items() if v is not None})
    out: list[str] = []
    try:
        for literal, name, spec, conversion in formatter.parse(text):
            out.append(literal)
            if name is None:
                continue
            if name in mapping:
                out.append(format(mapping[name], spec or ""))
            else:
                suffix = f"!{conversion}" if conversion else ""
                out.append("{" + name + suffix + (f":{spec}" if spec else "") + "}")
    except ValueError:
        return text
    return "".join(out)


def render(template: Template, values: dict[str, Any]) -> Statement:
    """A new draft statement from `template`, its fields filled from `values`."""
    filled = {name: fill_text(template.fields.get(name, ""), values) for name in FILLABLE}
    return Statement(
        **filled,
        language=template.language,
        tags=list(template.tags),
        status="draft",
        source_kind="template",
        source_name=template.id,
    )


def parse(data: dict[str, Any], origin: str) -> Template:
    try:
        kind = str(data["kind"])
        if kind not in KINDS:
            raise InvalidInput(detail=f"{origin}: unknown template kind '{kind}'")
        return Template(
            id=str(data["id"]),
            kind=kind,
            language=str(data.get("language", "id")),
            name=str(data["name"]),
            letterhead=str(data.get("letterhead", "")),
            fields={k: str(v) for k, v in dict(data.get("fields", {})).items()},
            tags=[str(t) for t in data.get("tags", [])],
            version=str(data.get("version", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(detail=f"{origin}: not a valid template ({exc})") from exc


def load_builtin(folder: Path) -> list[Template]:
    """Every `*.json` template in `folder`, sorted by kind then language."""
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInput(detail=f"{path.name}: {exc}") from exc
        found.append(parse(data, path.name))
    return sorted(found, key=lambda t: (KINDS.index(t.kind), t.language))
