"""RESIST checklists as data: loading and checking a checklist file, and what a case's answers
leave missing.

A checklist file (see `resources/checklists/README.md`) names its `id` and `version`, and holds
steps of questions with bilingual texts. An office adds its own edition by dropping another
file in `resources/checklists/` or in the user's checklist folder; a case records the id and
version it was answered with and is always reopened with that edition.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humasdesk.core import risk
from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP

TYPES = (
    "yesno",
    "choice",
    "multi",
    "scale",
    "text",
    "longtext",
    "datetime",
    "figures",
    "links",
    "evidence",
    "table",
)
YESNO = ("yes", "no", "unsure")
LINK_TARGETS = ("statement", "quote")
# The drafts a verdict can call for (store.case_drafts makes them from the templates).
DRAFT_KINDS = ("clarification", "holding", "scam_warning")
DEFAULT_ID = "resist"
# The public verdict on the claim: its options (in the checklist, nowhere else) carry the
# label the clarification's title uses (`tag`), the sentence that gives the verdict
# (`finding`) and the draft it calls for. Edition 2026.1 asked for a "public label" instead.
VERDICT_QUESTION = "recognise.verdict"
LEGACY_LABEL_QUESTION = "recognise.public_label"
_QUESTION_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


class ChecklistError(UserError):
    """A checklist file that cannot be used; names the file and the problem, both translated."""

    message = QT_TRANSLATE_NOOP("errors", "The checklist {file} cannot be used: {problem}")

    def render(self, translate: Any = None) -> str:
        problem = str(self.params.get("problem", ""))
        if translate:
            problem = translate("errors", problem)
        values = dict(self.params)
        try:
            values["problem"] = problem.format(**values)
        except (KeyError, IndexError, ValueError):
            values["problem"] = problem
        text = translate("errors", self.message) if translate else self.message
        return str(text).format(**values)


class ChecklistMissing(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This case was answered with checklist {id} version {version}, which is not installed. "
        "Put that checklist file back in {folder}.",
    )


@dataclass(frozen=True)
class Text:
    """One user-visible text in each language; Indonesian is the fallback."""

    values: dict[str, str]

    def get(self, lang: str) -> str:
        return self.values.get(lang) or self.values.get("id") or next(iter(self.values.values()))


@dataclass(frozen=True)
class Option:
    value: str
    label: Text
    tag: Text | None = None  # a verdict's public label, e.g. "[HOAKS]"
    finding: Text | None = None  # a verdict's sentence, with {placeholders}
    draft: str = ""  # the draft a verdict calls for (one of DRAFT_KINDS)


@dataclass(frozen=True)
class Column:
    """One column of a `table` question; with options it is a drop-down."""

    key: str
    label: Text
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: Text
    help: Text
    required: bool = False
    options: tuple[Option, ...] = ()
    min_label: Text | None = None
    max_label: Text | None = None
    metrics: tuple[Option, ...] = ()
    target: str = ""
    columns: tuple[Column, ...] = ()
    rows_from: str = ""  # a table question whose rows give this table its first column
    section: Text | None = None  # a heading shown above this question

    def option(self, value: Any) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def option_label(self, value: Any, lang: str) -> str:
        for option in (*self.options, *self.metrics):
            if option.value == value:
                return option.label.get(lang)
        return str(value)


@dataclass(frozen=True)
class Step:
    id: str
    title: Text
    intro: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    title: Text
    steps: tuple[Step, ...]
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    risk_rule: risk.Rule = risk.DEFAULT_RULE

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def questions(self) -> Iterable[Question]:
        for step in self.steps:
            yield from step.questions

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions() if q.id == question_id), None)

    def step_index(self, step_id: str) -> int:
        return next((i for i, s in enumerate(self.steps) if s.id == step_id), -1)

    def to_json(self) -> str:
        return json.dumps(self.raw, ensure_ascii=False)

    def verdict_question(self) -> Question | None:
        return self.question(VERDICT_QUESTION) or self.question(LEGACY_LABEL_QUESTION)

    def verdict(self, answers: dict[str, Any]) -> Option | None:
        """The verdict option the answers chose, if any."""
        question = self.verdict_question()
        return question.option(answers.get(question.id)) if question else None


class _Reader:
    """Walks the parsed JSON and raises a ChecklistError naming where the problem is."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, problem: str, **details: Any) -> ChecklistError:
        return ChecklistError(file=self.origin, problem=problem, **details)

    def text(self, data: Any, where: str) -> Text:
        if isinstance(data, str) and data.strip():
            return Text({"id": data})
        if not isinstance(data, dict) or not data:
            raise self.fail(
                QT_TRANSLATE_NOOP("errors", "{where} needs a text per language, e.g. {example}."),
                where=where,
                example='{"id": "…", "en": "…"}',
            )
        values = {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v.strip()}
        if "id" not in values:
            raise self.fail(
                QT_TRANSLATE_NOOP("errors", '{where} has no Indonesian text (key "id").'),
                where=where,
            )
        return Text(values)

    def options(self, data: Any, where: str, key: str) -> tuple[Option, ...]:
        if not isinstance(data, list) or not data:
            raise self.fail(
                QT_TRANSLATE_NOOP("errors", '{where} needs a non-empty list "{key}".'),
                where=where,
                key=key,
            )
        found: list[Option] = []
        for item in data:
            if not isinstance(item, dict) or not str(item.get("value", "")).strip():
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", '{where}: every entry of "{key}" needs a value.'),
                    where=where,
                    key=key,
                )
            value = str(item["value"])
            if any(o.value == value for o in found):
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", '{where}: the value "{value}" appears twice.'),
                    where=where,
                    value=value,
                )
            named = f"{where} ({value})"
            draft = str(item.get("draft", ""))
            if draft and draft not in DRAFT_KINDS:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "errors", '{where}: "draft" must be one of {kinds}, not "{draft}".'
                    ),
                    where=named,
                    kinds=", ".join(DRAFT_KINDS),
                    draft=draft,
                )
            found.append(
                Option(
                    value,
                    self.text(item.get("label"), named),
                    tag=self.text(item["tag"], f"{named} tag") if "tag" in item else None,
                    finding=self.text(item["finding"], f"{named} finding")
                    if "finding" in item
                    else None,
                    draft=draft,
                )
            )
        return tuple(found)

    def columns(self, data: Any, where: str) -> tuple[Column, ...]:
        if not isinstance(data, list) or not data:
            raise self.fail(
                QT_TRANSLATE_NOOP("errors", '{where} needs a non-empty list "{key}".'),
                where=where,
                key="columns",
            )
        found: list[Column] = []
        for item in data:
            key = str(item.get("key", "")) if isinstance(item, dict) else ""
            if not key.strip() or any(c.key == key for c in found):
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", '{where}: every column needs its own "key".'),
                    where=where,
                )
            options = (
                self.options(item["options"], f"{where} {key}", "options")
                if ("options" in item)
                else ()
            )
            found.append(Column(key, self.text(item.get("label"), f"{where} {key}"), options))
        return tuple(found)

    def question(self, data: Any, step_id: str, seen: set[str]) -> Question:
        if not isinstance(data, dict):
            raise self.fail(
                QT_TRANSLATE_NOOP("errors", "step {step} holds something that is not a question."),
                step=step_id,
            )
        qid = str(data.get("id", ""))
        if not _QUESTION_ID.match(qid) or not qid.startswith(step_id + "."):
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "errors", 'step {step}: the question id "{question}" must read "{step}.name".'
                ),
                step=step_id,
                question=qid,
            )
        if qid in seen:
            raise self.fail(
                QT_TRANSLATE_NOOP("errors", 'the question id "{question}" appears twice.'),
                question=qid,
            )
        seen.add(qid)
        kind = str(data.get("type", ""))
        if kind not in TYPES:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "errors", 'question {question} has an unknown type "{type}" (known: {types}).'
                ),
                question=qid,
                type=kind,
                types=", ".join(TYPES),
            )
        required = data.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "errors", 'question {question}: "required" must be true or false.'
                ),
                question=qid,
            )
        options: tuple[Option, ...] = ()
        metrics: tuple[Option, ...] = ()
        target = ""
        if kind in ("choice", "multi"):
            options = self.options(data.get("options"), qid, "options")
        if kind == "figures":
            metrics = self.options(data.get("metrics"), qid, "metrics")
        if kind == "links":
            target = str(data.get("target", ""))
            if target not in LINK_TARGETS:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "errors", 'question {question}: "target" must be "statement" or "quote".'
                    ),
                    question=qid,
                )
        columns: tuple[Column, ...] = ()
        if kind == "table":
            columns = self.columns(data.get("columns"), qid)
        min_label = max_label = None
        if kind == "scale":
            if "min_label" in data:
                min_label = self.text(data["min_label"], f"{qid} min_label")
            if "max_label" in data:
                max_label = self.text(data["max_label"], f"{qid} max_label")
        help_text = data.get("help")
        return Question(
            id=qid,
            type=kind,
            label=self.text(data.get("label"), f"{qid} label"),
            help=self.text(help_text, f"{qid} help") if help_text else Text({"id": ""}),
            required=required,
            options=options,
            min_label=min_label,
            max_label=max_label,
            metrics=metrics,
            target=target,
            columns=columns,
            rows_from=str(data.get("rows_from", "")),
            section=self.text(data["section"], f"{qid} section") if "section" in data else None,
        )

    def checklist(self, data: Any) -> Checklist:
        if not isinstance(data, dict):
            raise self.fail(QT_TRANSLATE_NOOP("errors", "the file does not hold a JSON object."))
        for key in ("id", "version"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", '"{key}" is missing or empty.'), key=key
                )
        steps_data = data.get("steps")
        if not isinstance(steps_data, list) or not steps_data:
            raise self.fail(QT_TRANSLATE_NOOP("errors", '"steps" is missing or empty.'))
        seen: set[str] = set()
        steps: list[Step] = []
        for raw in steps_data:
            if not isinstance(raw, dict) or not str(raw.get("id", "")).strip():
                raise self.fail(QT_TRANSLATE_NOOP("errors", 'every step needs an "id".'))
            step_id = str(raw["id"])
            if any(s.id == step_id for s in steps):
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", 'the step id "{step}" appears twice.'),
                    step=step_id,
                )
            questions_data = raw.get("questions")
            if not isinstance(questions_data, list) or not questions_data:
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", "step {step} has no questions."), step=step_id
                )
            intro = raw.get("intro")
            steps.append(
                Step(
                    id=step_id,
                    title=self.text(raw.get("title"), f"{step_id} title"),
                    intro=self.text(intro, f"{step_id} intro") if intro else Text({"id": ""}),
                    questions=tuple(self.question(q, step_id, seen) for q in questions_data),
                )
            )
        title = data.get("title")
        rule = risk.DEFAULT_RULE
        if "risk_rule" in data:
            try:
                rule = risk.parse_rule(data["risk_rule"])
            except risk.RuleError as exc:
                raise self.fail(
                    QT_TRANSLATE_NOOP("errors", '"risk_rule": {detail}.'), detail=str(exc)
                ) from exc
        return Checklist(
            id=data["id"].strip(),
            version=data["version"].strip(),
            title=self.text(title, "title") if title else Text({"id": data["id"]}),
            steps=tuple(steps),
            source=self.origin,
            raw=data,
            risk_rule=rule,
        )


def parse(text: str, origin: str) -> Checklist:
    """A checklist from JSON text; `origin` names it in error messages."""
    reader = _Reader(origin)
    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise reader.fail(
            QT_TRANSLATE_NOOP("errors", "it is not valid JSON (line {line}: {detail})."),
            line=line if line is not None else "?",
            detail=getattr(exc, "msg", str(exc)),
        ) from exc
    return reader.checklist(data)


def load(path: Path) -> Checklist:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ChecklistError(
            file=path.name, problem=QT_TRANSLATE_NOOP("errors", "it is not UTF-8 text.")
        ) from exc
    except OSError as exc:
        raise ChecklistError(
            file=path.name,
            problem=QT_TRANSLATE_NOOP("errors", "it cannot be read ({detail})."),
            detail=exc.strerror or str(exc),
        ) from exc
    return parse(text, path.name)


def default_folders() -> list[Path]:
    """The shipped checklists, then the user's own folder (an office's editions)."""
    from humasdesk.paths import data_dir, resources_dir

    return [resources_dir() / "checklists", data_dir() / "checklists"]


def _version_key(version: str) -> list[tuple[int, Any]]:
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-]", version)]


def available(
    folders: Sequence[Path] | None = None,
) -> tuple[list[Checklist], list[ChecklistError]]:
    """Every usable checklist in `folders`, and the problems of the files that are not."""
    found: dict[tuple[str, str], Checklist] = {}
    problems: list[ChecklistError] = []
    for folder in default_folders() if folders is None else folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                checklist = load(path)
            except ChecklistError as exc:
                problems.append(exc)
                continue
            found.setdefault(checklist.key, checklist)
    ordered = sorted(found.values(), key=lambda c: (c.id, _version_key(c.version)))
    return ordered, problems


def latest(checklists: Sequence[Checklist], checklist_id: str) -> Checklist | None:
    """The newest version of `checklist_id` among `checklists`."""
    matching = [c for c in checklists if c.id == checklist_id]
    return max(matching, key=lambda c: _version_key(c.version)) if matching else None


def find(checklist_id: str, version: str, folders: Sequence[Path] | None = None) -> Checklist:
    """That exact edition, from the folders; raises ChecklistMissing otherwise."""
    checklists, _problems = available(folders)
    for checklist in checklists:
        if checklist.key == (checklist_id, version):
            return checklist
    where = (default_folders() if folders is None else list(folders))[-1]
    raise ChecklistMissing(id=checklist_id, version=version, folder=where)


# ----- answers


def is_answered(question: Question, value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict):
        return bool(value)
    return True


def needs_reason(checklist: Checklist, answers: dict[str, Any]) -> bool:
    """Whether the chosen response contradicts the priority, so the rule asks why."""
    rule = checklist.risk_rule
    assessed = risk.assess(answers, rule)
    return bool(rule.reason_question) and bool(risk.contradiction(answers, assessed, rule))


def missing(checklist: Checklist, answers: dict[str, Any]) -> dict[str, list[Question]]:
    """Per step id: the required questions still without an answer (and the reason the rule
    asks for when the response contradicts the priority)."""
    wanted = {checklist.risk_rule.reason_question} if needs_reason(checklist, answers) else set()
    return {
        step.id: [
            q
            for q in step.questions
            if (q.required or q.id in wanted) and not is_answered(q, answers.get(q.id))
        ]
        for step in checklist.steps
    }


def steps_done(checklist: Checklist, answers: dict[str, Any]) -> list[str]:
    """The ids of the steps whose required questions are all answered (and at least one is)."""
    gaps = missing(checklist, answers)
    done = []
    for step in checklist.steps:
        touched = any(is_answered(q, answers.get(q.id)) for q in step.questions)
        if touched and not gaps[step.id]:
            done.append(step.id)
    return done


def answer_text(question: Question, value: Any, lang: str) -> str:
    """An answer as one readable text, for summaries and reports."""
    if not is_answered(question, value):
        return ""
    kind = question.type
    if kind in ("choice", "yesno") and isinstance(value, str):
        if kind == "yesno" and not question.options:
            return YESNO_LABELS.get(value, {}).get(lang, value)
        return question.option_label(value, lang)
    if kind == "multi" and isinstance(value, list):
        return "; ".join(question.option_label(v, lang) for v in value)
    if kind == "figures" and isinstance(value, list):
        return "; ".join(
            f"{r.get('date', '')}: {question.option_label(r.get('metric'), lang)} "
            f"{_number(r.get('value'), lang)}"
            for r in value
            if isinstance(r, dict)
        )
    if kind == "table" and isinstance(value, list):
        return "; ".join(table_row_text(question, r, lang) for r in value if isinstance(r, dict))
    if kind == "evidence" and isinstance(value, list):
        return "; ".join(
            " – ".join(p for p in (str(r.get("ref", "")), str(r.get("note", ""))) if p)
            for r in value
            if isinstance(r, dict)
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def upgrade_answers(
    edition: Checklist, from_version: str, answers: dict[str, Any]
) -> dict[str, Any] | None:
    """A case's answers carried to `edition` from `from_version`, by the edition's own
    `upgrades` data (questions moved, option values renamed, a text becoming a table's first
    row); None when the edition says nothing about that version."""
    plan = edition.raw.get("upgrades", {}).get(from_version)
    if not isinstance(plan, dict):
        return None
    moved: dict[str, str] = dict(plan.get("moved", {}))
    renamed: dict[str, dict[str, str]] = dict(plan.get("values", {}))
    to_row: dict[str, str] = dict(plan.get("text_to_row", {}))
    carried: dict[str, Any] = {}
    for question_id, value in answers.items():
        target = moved.get(question_id, question_id)
        if isinstance(value, str) and target in renamed:
            value = renamed[target].get(value, value)
        if isinstance(value, str) and target in to_row:
            value = [{to_row[target]: value}] if value.strip() else []
        if target in carried and target != question_id:
            continue  # the new edition's own answer wins over a moved one
        carried[target] = value
    return carried


def table_row_text(question: Question, row: dict[str, Any], lang: str) -> str:
    """One row of a table answer: its cells in column order, drop-downs by their labels."""
    cells = []
    for column in question.columns:
        value = str(row.get(column.key, "") or "").strip()
        if value and column.options:
            value = next((o.label.get(lang) for o in column.options if o.value == value), value)
        if value:
            cells.append(value)
    return " – ".join(cells)


def _number(value: Any, lang: str) -> str:
    """Thousands grouped as each language writes them: 38.000 in Indonesian, 38,000 in English."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        grouped = f"{value:,}"
        return grouped.replace(",", ".") if lang == "id" else grouped
    return str(value)


YESNO_LABELS = {
    "yes": {"id": "Ya", "en": "Yes"},
    "no": {"id": "Tidak", "en": "No"},
    "unsure": {"id": "Belum yakin", "en": "Unsure"},
}
