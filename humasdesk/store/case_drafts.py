"""Step 5's output: a draft clarification or holding statement made from a case.

The draft is a new press statement (status draft, `case_id` set, linked to the case) filled
through the office's template from the case's answers and the approved quotes chosen as key
messages. Whatever the case does not know stays as a visible {placeholder}.
"""

from __future__ import annotations

from typing import Any

from humasdesk.core import errors, templates
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Quote, Statement
from humasdesk.paths import resources_dir
from humasdesk.store import audit, cases, quotes, settings, statements
from humasdesk.store.db import Library

KINDS = ("clarification", "holding")
KEY_MESSAGES = "strategic_communication.key_messages"
# Short connecting phrases, per language; the rest of the wording is the template's.
_PHRASES = {
    "id": {"situation": "informasi yang beredar bahwa {claim}", "and": "dan"},
    "en": {"situation": "information circulating that {claim}", "and": "and"},
}
_LABELS = {"HOAKS": "HOAX", "DISINFORMASI": "DISINFORMATION", "MISINFORMASI": "MISINFORMATION"}


class NoTemplate(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "There is no {kind} template in {language}.")


def template_for(kind: str, language: str) -> templates.Template:
    for found in templates.load_builtin(resources_dir() / "templates"):
        if found.kind == kind and found.language == language:
            return found
    raise NoTemplate(kind=kind, language=language)


def _sentence_part(text: str) -> str:
    """A sentence made fit to follow "that": no final stop, lower-case start unless an acronym."""
    text = " ".join(text.split()).rstrip(" .")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def _join(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_PHRASES[language]['and']} {items[-1]}"


def attribution(quote: Quote, language: str) -> str:
    """One quoted paragraph in the house style of the language."""
    text = quote.text.strip().rstrip(".")
    if language == "en":
        who = ", ".join(p for p in (quote.speaker, quote.role) if p)
        return f'"{text}," said {who}.'
    who = " ".join(p for p in (quote.role, quote.speaker) if p)
    return f"“{text},” kata {who}."


def values_for(lib: Library, case_id: str, language: str) -> tuple[dict[str, Any], list[Quote]]:
    """The placeholder values a case fills, and the approved key-message quotes it uses."""
    case = cases.get(lib, case_id)
    checklist = cases.checklist_of(lib, case)
    given = cases.answers(lib, case_id)
    values: dict[str, Any] = dict(settings.office_values(lib))
    claim_text = str(given.get("situational_insight.claim_summary") or case.claim or case.title)
    claim = _sentence_part(claim_text)
    values["claim"] = claim
    values["claim_short"] = claim[:1].upper() + claim[1:]
    values["topic"] = claim
    values["situation"] = _PHRASES[language]["situation"].format(claim=claim)
    if given.get("situational_insight.facts"):
        values["facts"] = str(given["situational_insight.facts"]).strip()
    if given.get("strategic_communication.core_message"):
        values["actions"] = str(given["strategic_communication.core_message"]).strip()
    channel_question = checklist.question("early_warning.channels")
    channels = given.get("early_warning.channels") or []
    if channel_question is not None and channels:
        values["channels"] = _join(
            [channel_question.option_label(c, language) for c in channels], language
        )
    chosen: list[Quote] = []
    for quote_id in given.get(KEY_MESSAGES) or []:
        try:
            quote = quotes.get(lib, quote_id)
        except errors.NotFound:
            continue
        if quote.status == "approved":
            chosen.append(quote)
    if chosen:
        first = chosen[0]
        values["quote"] = first.text.strip().rstrip(".")
        values["speaker"] = first.speaker
        values["role"] = first.role
    return values, chosen


def create_draft(lib: Library, case_id: str, kind: str, language: str) -> Statement:
    """Makes and saves the draft statement linked to the case; returns it."""
    if kind not in KINDS:
        raise errors.InvalidInput(detail=kind)
    case = cases.get(lib, case_id)
    values, chosen = values_for(lib, case_id, language)
    draft = templates.render(template_for(kind, language), values)
    label = case.label
    if kind == "clarification" and label and label != "HOAKS":
        shown = _LABELS.get(label, label) if language == "en" else label
        draft.title = draft.title.replace("[HOAKS]", f"[{shown}]").replace("[HOAX]", f"[{shown}]")
    # The first chosen line is in the template; the others follow it as their own paragraphs.
    extra = [attribution(q, language) for q in chosen[1:]]
    if extra:
        first_line = attribution(chosen[0], language)
        if first_line in draft.body:
            draft.body = draft.body.replace(first_line, "\n\n".join([first_line, *extra]), 1)
        else:
            draft.body = "\n\n".join([draft.body, *extra])
    draft.source_kind = "case"
    draft.source_name = case.title
    draft.case_id = case_id
    with lib.atomic():
        statements.save(lib, draft, note=kind, extract=False)
        cases.link_statement(lib, case_id, draft.id, kind)
        for q in chosen:
            quotes.record_reuse(lib, q.id, draft.id)
        audit.record(lib, "draft", "case", case_id, f"{kind} {draft.id}")
    return draft
