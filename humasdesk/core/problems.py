"""Problems found in a library (damage, a changed schema, a rewritten audit log), in words a
person can read in their own language.

A `Problem` is a string: its English text, which logs, `--json` output and every caller that
joins or compares problems keep seeing. It also keeps its template, marked for translation,
and the values to fill in, so the CLI and the window say it in the user's language. A check
may still return plain strings (SQLite's own messages, another module's verifier): those
are shown as they are, or translated when they are the English of a known problem (a damage
note written to disk and read back).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from humasdesk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "checks"

Translate = Callable[[str, str], str]

_KNOWN: dict[str, str] = {}  # template -> its translation context


def known(template: str, context: str = CONTEXT) -> str:
    """Records `template` (marked for translation in `context`) so a `Problem` made of it
    is translated there, and its English text can be recognised again (see `parse`)."""
    _KNOWN[template] = context
    _Cache.value = None
    return template


class Problem(str):
    """One problem: English when used as a string, `render(translate)` for a person."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Problem:
        self = super().__new__(cls, _fill(template, params, None))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.params))

    def render(self, translate: Translate | None = None) -> str:
        context = _KNOWN.get(self.template, CONTEXT)
        text = translate(context, self.template) if translate else self.template
        return _fill(text, self.params, translate)


class Joined(Problem):
    """Several problems said in one line, as a damage note or an error's detail holds them."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> Joined:
        items = tuple(parts)
        self = str.__new__(cls, separator.join(items))
        self.template, self.params, self.parts = separator.join(items), {}, items
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))

    def render(self, translate: Translate | None = None) -> str:
        return self.separator.join(str(render(part, translate)) for part in self.parts)


def _rebuild(template: str, params: dict[str, Any]) -> Problem:
    return Problem(template, **params)


def joined(parts: Iterable[str]) -> str:
    """`"; ".join(parts)` that still renders each part in the user's language."""
    items = [p for p in parts if p]
    if len(items) == 1:
        return items[0]
    return Joined(items)


def render(value: Any, translate: Translate | None = None) -> Any:
    """A problem (or any value given to a message) as a person reads it: a `Problem`
    translated, the English of a known problem recognised and translated, anything else
    unchanged (SQLite's own words, a path, a number)."""
    if not isinstance(value, str) or translate is None:
        return value
    if not isinstance(value, Problem):
        value = parse(value)
    if isinstance(value, Problem):
        return value.render(translate)
    return value


def detail_of(exc: Any, default: str | None = None) -> str:
    """The `detail` an error was given (a `Problem` stays one), else `default`, else the
    error's own English text."""
    detail = getattr(exc, "params", {}).get("detail")
    if isinstance(detail, str):
        return detail
    if detail is not None:
        return str(detail)
    return str(exc) if default is None else default


def parse(text: str) -> str:
    """The `Problem` whose English `text` is (several joined by "; " too), else `text`."""
    if isinstance(text, Problem):
        return text
    found = _parse_one(text)
    if found is not None:
        return found
    if "; " in text:
        parts = text.split("; ")
        parsed = [_parse_one(part) or part for part in parts]
        if any(isinstance(part, Problem) for part in parsed):
            return Joined(parsed)
    return text


def _parse_one(text: str) -> Problem | None:
    for template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match:
            values = {k: parse(v) for k, v in match.groupdict().items()}
            return Problem(template, **values)
    return None


def _fill(text: str, params: dict[str, Any], translate: Translate | None) -> str:
    values = {k: render(v, translate) for k, v in params.items()}
    try:
        return str(text).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


_FIELD = re.compile(r"\{(\w+)\}")


def _patterns_uncached() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    # The most literal words first: "the table {name} is missing" before "the {kind} {name}
    # is missing", "... ({size} of {expected} bytes)" before "... ({size} bytes)".
    for template in sorted(_KNOWN, key=lambda t: len(_FIELD.sub("", t)), reverse=True):
        pieces = _FIELD.split(template)
        regex = "".join(
            # A value never holds "; ": that is where joined problems meet.
            re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>(?:(?!; ).)+?)"
            for i, piece in enumerate(pieces)
        )
        found.append((template, re.compile(regex, re.DOTALL)))
    return found


class _Cache:
    value: list[tuple[str, re.Pattern[str]]] | None = None


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    if _Cache.value is None:
        _Cache.value = _patterns_uncached()
    return _Cache.value


# ----- what the checks, opening a library and backups say

EMPTY = known(QT_TRANSLATE_NOOP("checks", "the file is empty (0 bytes)"))
CUT_SHORT = known(QT_TRANSLATE_NOOP("checks", "the file is cut short ({size} bytes)"))
CUT_SHORT_PAGES = known(
    QT_TRANSLATE_NOOP(
        "checks", "the file is cut short ({size} bytes is not a whole number of pages)"
    )
)
CUT_SHORT_OF = known(
    QT_TRANSLATE_NOOP("checks", "the file is cut short ({size} of {expected} bytes)")
)
HEADER_DAMAGED = known(QT_TRANSLATE_NOOP("checks", "the file's header is damaged"))
DAMAGED = known(QT_TRANSLATE_NOOP("checks", "damaged"))
MISSING = {
    "table": known(QT_TRANSLATE_NOOP("checks", "the table {name} is missing")),
    "index": known(QT_TRANSLATE_NOOP("checks", "the index {name} is missing")),
    "trigger": known(QT_TRANSLATE_NOOP("checks", "the trigger {name} is missing")),
    "view": known(QT_TRANSLATE_NOOP("checks", "the view {name} is missing")),
    "column": known(QT_TRANSLATE_NOOP("checks", "the column {name} is missing")),
}
MISSING_OTHER = known(QT_TRANSLATE_NOOP("checks", "the {kind} {name} is missing"))
TRIGGER_CHANGED = known(QT_TRANSLATE_NOOP("checks", "the trigger {name} was changed"))
SCHEMA_VERSION = known(QT_TRANSLATE_NOOP("checks", "schema version {found}, expected {expected}"))
BROKEN_REFERENCES = known(QT_TRANSLATE_NOOP("checks", "{count} broken references"))
SEARCH_INDEX = known(QT_TRANSLATE_NOOP("checks", "{table}: {problem}"))
AUDIT_MISMATCH = known(
    QT_TRANSLATE_NOOP("checks", "audit log entry {seq} does not match the chain")
)
AUDIT_REMOVED = known(
    QT_TRANSLATE_NOOP("checks", "audit log entry {seq} ({where}) is missing: entries were removed")
)
AUDIT_REWRITTEN = known(
    QT_TRANSLATE_NOOP("checks", "audit log entry {seq} differs from {where}: the log was rewritten")
)
IN_SETTINGS = known(QT_TRANSLATE_NOOP("checks", "recorded in the library's settings"))
IN_BACKUP = known(QT_TRANSLATE_NOOP("checks", "recorded by the backup {name}"))
EMPTY_COPY = known(QT_TRANSLATE_NOOP("checks", "empty copy"))
COPY_SIZE = known(QT_TRANSLATE_NOOP("checks", "size {size} != {pages} pages x {page_size}"))
COUNTS_CHANGED = known(QT_TRANSLATE_NOOP("checks", "counts"))
# The search engine's index beside the library: derived, rebuilt from the library on open.
ENGINE_DAMAGED = known(
    QT_TRANSLATE_NOOP(
        "checks", "search index: damaged or of another version (rebuilt on next open)"
    )
)
ENGINE_OTHER_COPY = known(
    QT_TRANSLATE_NOOP(
        "checks", "search index: made from another copy of the library (rebuilt on next open)"
    )
)
ENGINE_COUNT = known(
    QT_TRANSLATE_NOOP(
        "checks", "search index: {held} {kind}, the library has {count} (rebuilt on next open)"
    )
)
ENGINE_ERROR = known(QT_TRANSLATE_NOOP("checks", "search index: {problem}"))
RECORD_KINDS = {
    "statements": known(QT_TRANSLATE_NOOP("checks", "statements")),
    "quotes": known(QT_TRANSLATE_NOOP("checks", "quotes")),
}

# SQLite's own words for the damage it meets most often: not ours, but what an officer reads.
for _sqlite_text in (
    QT_TRANSLATE_NOOP("checks", "database disk image is malformed"),
    QT_TRANSLATE_NOOP("checks", "file is not a database"),
    QT_TRANSLATE_NOOP("checks", "disk I/O error"),
):
    known(_sqlite_text)


def missing(kind: str, name: str) -> Problem:
    """The table (index, trigger, view, column) `name` is missing."""
    template = MISSING.get(kind)
    if template is None:
        return Problem(MISSING_OTHER, kind=kind, name=name)
    return Problem(template, name=name)


_NO_SUCH = re.compile(r"no such (table|column|index|trigger): (\S+)")


def from_sqlite(text: str) -> str:
    """SQLite's message in our words where we have some ("no such table: x" is a table
    missing), else as SQLite said it."""
    found = _NO_SUCH.match(text)
    if found:
        return missing(found.group(1), found.group(2))
    return parse(text)
