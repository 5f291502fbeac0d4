"""Crisis playbooks as data: what an officer does in the first hour of a flood, an outbreak, a
data leak or a viral hoax, and the holding statement to put out, loaded from JSON files.

A playbook file (see `resources/playbooks/README.md`) names its `id` and `version` and holds
bilingual texts. An office changes a shipped playbook or adds its own by putting a file in the
user's playbook folder; a file there with the same `id` and a higher `version` wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humasdesk.core.checklist import ChecklistError, Text, _version_key
from humasdesk.core.i18n import QT_TRANSLATE_NOOP

_ID = re.compile(r"^[a-z][a-z0-9_-]*$")
LISTS = ("first_hour", "inform", "channels", "journalist_questions")
HOLDING_PARTS = ("topic", "situation", "actions")
CADENCE_HOURS = (2, 4, 12, 24)


class PlaybookError(ChecklistError):
    """A playbook file that cannot be used; names the file and the problem, both translated."""

    message = QT_TRANSLATE_NOOP("errors", "The playbook {file} cannot be used: {problem}")


@dataclass(frozen=True)
class Playbook:
    id: str
    version: str
    title: Text
    summary: Text
    topics: tuple[str, ...]  # quote tags whose approved lines the holding statement may use
    first_hour: tuple[Text, ...]
    inform: tuple[Text, ...]
    channels: tuple[Text, ...]
    journalist_questions: tuple[Text, ...]
    holding: dict[str, Text]  # topic, situation, actions: holding template placeholders
    update_every_hours: int
    answers: dict[str, Any] = field(default_factory=dict)  # checklist question id -> answer
    location_label: Text | None = None  # what {location} means here, when not a place
    source: str = ""

    @property
    def asks_location(self) -> bool:
        return any(
            "{location}" in t for part in self.holding.values() for t in part.values.values()
        )

    @property
    def languages(self) -> list[str]:
        return [lang for lang in ("id", "en") if lang in self.title.values]

    def holding_values(self, lang: str) -> dict[str, str]:
        return {part: text.get(lang) for part, text in self.holding.items()}

    def answer_values(self, lang: str) -> dict[str, Any]:
        """The checklist answers the playbook gives, texts in `lang`."""
        out: dict[str, Any] = {}
        for question_id, value in self.answers.items():
            if isinstance(value, dict):
                out[question_id] = value.get(lang) or value.get("id", "")
            else:
                out[question_id] = value
        return out


def _fail(origin: str, problem: str, **details: Any) -> PlaybookError:
    return PlaybookError(file=origin, problem=problem, **details)


def _text(data: Any, where: str, origin: str) -> Text:
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"].strip():
        return Text({str(k): str(v) for k, v in data.items() if isinstance(v, str) and v.strip()})
    raise _fail(
        origin,
        QT_TRANSLATE_NOOP("errors", "{where} needs a text per language, e.g. {example}."),
        where=where,
        example='{"id": "…", "en": "…"}',
    )


def _texts(data: Any, where: str, origin: str) -> tuple[Text, ...]:
    if not isinstance(data, list) or not data:
        raise _fail(
            origin,
            QT_TRANSLATE_NOOP("errors", '{where} needs a non-empty list "{key}".'),
            where=where,
            key=where,
        )
    return tuple(_text(item, f"{where} {i + 1}", origin) for i, item in enumerate(data))


def parse(text: str, origin: str) -> Playbook:
    """A playbook from JSON text; `origin` names it in error messages."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _fail(
            origin,
            QT_TRANSLATE_NOOP("errors", "it is not valid JSON (line {line}: {detail})."),
            line=getattr(exc, "lineno", "?"),
            detail=getattr(exc, "msg", str(exc)),
        ) from exc
    if not isinstance(data, dict):
        raise _fail(origin, QT_TRANSLATE_NOOP("errors", "the file does not hold a JSON object."))
    for key in ("id", "version"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _fail(
                origin, QT_TRANSLATE_NOOP("errors", '"{key}" is missing or empty.'), key=key
            )
    if not _ID.match(data["id"]):
        raise _fail(
            origin,
            QT_TRANSLATE_NOOP(
                "errors", 'the id "{id}" may hold only lower-case letters, digits, - and _.'
            ),
            id=data["id"],
        )
    holding = data.get("holding")
    if not isinstance(holding, dict):
        holding = {}
    every = data.get("update_every_hours", 4)
    if not isinstance(every, int) or every <= 0:
        every = 4
    answers = data["answers"] if isinstance(data.get("answers"), dict) else {}
    topics: list[Any] = data["topics"] if isinstance(data.get("topics"), list) else []
    return Playbook(
        id=data["id"],
        version=data["version"].strip(),
        title=_text(data.get("title"), "title", origin),
        summary=_text(data.get("summary"), "summary", origin),
        topics=tuple(str(t).strip().lower() for t in topics if str(t).strip()),
        first_hour=_texts(data.get("first_hour"), "first_hour", origin),
        inform=_texts(data.get("inform"), "inform", origin),
        channels=_texts(data.get("channels"), "channels", origin),
        journalist_questions=_texts(
            data.get("journalist_questions"), "journalist_questions", origin
        ),
        holding={
            part: _text(holding.get(part), f"holding.{part}", origin) for part in HOLDING_PARTS
        },
        update_every_hours=every,
        answers=dict(answers or {}),
        location_label=(
            _text(data["location_label"], "location_label", origin)
            if "location_label" in data
            else None
        ),
        source=origin,
    )


def load(path: Path) -> Playbook:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(
            path.name,
            QT_TRANSLATE_NOOP("errors", "it cannot be read ({detail})."),
            detail=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    return parse(text, path.name)


def default_folders() -> list[Path]:
    """The shipped playbooks, then the user's own folder (an office's playbooks)."""
    from humasdesk.paths import data_dir, resources_dir

    return [resources_dir() / "playbooks", data_dir() / "playbooks"]


def available(
    folders: Sequence[Path] | None = None,
) -> tuple[list[Playbook], list[PlaybookError]]:
    """The newest version of each playbook in `folders`, in file order of the shipped folder,
    and the problems of the files that cannot be used."""
    found: dict[str, Playbook] = {}
    problems: list[PlaybookError] = []
    for folder in default_folders() if folders is None else folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                playbook = load(path)
            except PlaybookError as exc:
                problems.append(exc)
                continue
            known = found.get(playbook.id)
            if known is None or _version_key(playbook.version) > _version_key(known.version):
                found[playbook.id] = playbook
    return list(found.values()), problems


def find(playbook_id: str, folders: Sequence[Path] | None = None) -> Playbook | None:
    return next((p for p in available(folders)[0] if p.id == playbook_id), None)
