"""Side-by-side differences between two versions of a statement, field by field: paragraphs
lined up, and within a changed paragraph the words that changed."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from humasdesk.core.records import Statement

Parts = list[tuple[str, bool]]  # (text, changed)
FIELD_ORDER = (
    "number",
    "title",
    "subtitle",
    "city",
    "date",
    "language",
    "status",
    "withdrawn_reason",
    "embargo_at",
    "tags",
    "lead",
    "body",
    "about",
    "contacts",
)
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass
class Row:
    kind: str  # "same", "changed", "removed", "added"
    left: Parts = field(default_factory=list)
    right: Parts = field(default_factory=list)


@dataclass
class FieldDiff:
    name: str
    rows: list[Row]


def _value(st: Statement, name: str) -> str:
    value = getattr(st, name)
    if isinstance(value, list):  # the tags: their order was never the officer's choice
        return ", ".join(sorted(value, key=str.casefold))
    return "" if value is None else str(value)


def _words(old: str, new: str) -> tuple[Parts, Parts]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    left: Parts = []
    right: Parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        same = op == "equal"
        if i2 > i1:
            left.append(("".join(a[i1:i2]), not same))
        if j2 > j1:
            right.append(("".join(b[j1:j2]), not same))
    return left, right


def lines(old: str, new: str) -> list[Row]:
    """Paragraph rows for one field's text."""
    a, b = old.split("\n"), new.split("\n")
    rows: list[Row] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            rows += [Row("same", [(x, False)], [(x, False)]) for x in a[i1:i2]]
        elif op == "replace":
            pairs = min(i2 - i1, j2 - j1)
            for k in range(pairs):
                left, right = _words(a[i1 + k], b[j1 + k])
                rows.append(Row("changed", left, right))
            rows += [Row("removed", [(x, True)], []) for x in a[i1 + pairs : i2]]
            rows += [Row("added", [], [(x, True)]) for x in b[j1 + pairs : j2]]
        elif op == "delete":
            rows += [Row("removed", [(x, True)], []) for x in a[i1:i2]]
        else:
            rows += [Row("added", [], [(x, True)]) for x in b[j1:j2]]
    return rows


def compare(old: Statement, new: Statement, *, all_fields: bool = False) -> list[FieldDiff]:
    """The fields that differ (every field with `all_fields`), in the statement's order."""
    found = []
    for name in FIELD_ORDER:
        a, b = _value(old, name), _value(new, name)
        if a == b and not all_fields:
            continue
        found.append(FieldDiff(name, lines(a, b)))
    return found
