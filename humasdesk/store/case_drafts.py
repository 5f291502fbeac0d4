"""Step 5's output: a draft clarification, scam warning or holding statement made from a case.

The draft is a new press statement (status draft, dated the day it is drafted, `case_id` set,
linked to the case) filled through the office's template from the case's answers and the
approved quotes chosen as key messages. The verdict's label and sentence come from the
checklist (the verdict question's options), never from a list here. Whatever the case does
not know stays as a visible {placeholder}.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any

from humasdesk.core import attribution as attributions
from humasdesk.core import checklist as checklists
from humasdesk.core import errors, templates
from humasdesk.core import text as text_tools
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.records import Case, Quote, Statement
from humasdesk.paths import resources_dir
from humasdesk.store import audit, cases, quotes, settings, statements
from humasdesk.store.db import Library

KINDS = checklists.DRAFT_KINDS
# The template each kind of draft is made from: "<name>-<language>" in resources/templates.
TEMPLATE_NAMES = {
    "clarification": "clarification",
    "holding": "holding",
    "scam_warning": "scam-warning",
}
KEY_MESSAGES = "strategic_communication.key_messages"
# Short connecting phrases, per language; the rest of the wording is the template's. A claim
# written "X disebut menyebabkan Y" loses its "disebut" after "menyebutkan bahwa".
_PHRASES = {
    "id": {
        "situation": "informasi yang beredar bahwa {claim}",
        "and": "dan",
        "legacy_finding": "{office_short} menegaskan informasi tersebut tidak benar.",
        "hearsay": r"\b(?:disebut-sebut|disebut|diklaim|dikabarkan|diisukan|konon|katanya)\s+",
    },
    "en": {
        "situation": "information circulating that {claim}",
        "and": "and",
        "legacy_finding": "{office_short} confirms that this claim is false.",
        "hearsay": r"\b(?:reportedly|allegedly|supposedly)\s+",
    },
}


class NoTemplate(errors.UserError):
    message = QT_TRANSLATE_NOOP("errors", "There is no {kind} template in {language}.")


def template_for(kind: str, language: str) -> templates.Template:
    wanted = f"{TEMPLATE_NAMES.get(kind, kind)}-{language}"
    for found in templates.load_builtin(resources_dir() / "templates"):
        if found.id == wanted:
            return found
    raise NoTemplate(kind=kind, language=language)


def _sentence_part(text: str, language: str = "id") -> str:
    """A sentence made fit to follow "that": no final stop, no "disebut" (the lead already
    says the message claims it), and a lower-case start when the first word is a common word
    rather than (part of) a name: "Beredar pesan ...", "Imunisasi HPV ..." become "beredar",
    "imunisasi"; "Pemprov DKI ...", "Presiden Prabowo ...", "BPJS ..." keep their capitals."""
    text = " ".join(text.split()).rstrip(" .")
    text = re.sub(_PHRASES[language]["hearsay"], "", text, flags=re.IGNORECASE)
    if _common_opening(text):
        text = text[0].lower() + text[1:]
    return text


def _common_opening(text: str) -> bool:
    words = [w.strip(",;:\"'“”") for w in text.split(" ", 2)[:2]]
    first = words[0] if words else ""
    if len(first) < 2 or not (first[0].isupper() and first[1:].islower()):
        return False  # already lower case, an acronym (BPJS) or a mixed-case name
    following = words[1] if len(words) > 1 else ""
    if following[:1].isupper() and following[1:2].islower():
        return False  # a title or a name of several words: "Presiden Prabowo", "Bank Jateng"
    word = first.lower()
    if word in _OPENERS or re.search(rf"\b{re.escape(word)}\b", text[len(first) :]):
        return True  # a word the claim itself writes in lower case is no name
    return word in _common_words() or text_tools.stem(word) in _common_words()


@functools.cache
def _common_words() -> frozenset[str]:
    """The lower-case entries of the Indonesian spelling dictionary (names are capitalised
    there): common words, and the roots Sastrawi stems a derived word to."""
    path = resources_dir() / "dictionaries" / "id_ID.dic"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    except OSError:
        return frozenset()
    entries = (line.split("/", 1)[0].strip() for line in lines)
    return frozenset(e for e in entries if e and e.islower())


# Words that open a claim's first sentence without being part of a name.
_OPENER_WORDS = (
    "ada akan beredar beberapa bahwa dalam di dikabarkan ini itu kabar kini mulai pada para "
    "sebuah seluruh semua setiap telah terdapat viral warga masyarakat "
    "a an the there this that these those it all every some"
)
_OPENERS = frozenset(_OPENER_WORDS.split())


def _join(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_PHRASES[language]['and']} {items[-1]}"


def attribution(quote: Quote, language: str) -> str:
    """One quoted paragraph, attributed with the speaker's title and organisation."""
    return attributions.quote_sentence(
        quote.text, quote.speaker, quote.role, quote.organisation, language
    )


def verdict_values(
    checklist: checklists.Checklist, given: dict[str, Any], language: str
) -> tuple[dict[str, str], str]:
    """The verdict's {verdict_tag} and {finding} (blank tag when the verdict has none, e.g.
    "not yet determined"), and the draft kind it calls for ("" when no verdict is given)."""
    question = checklist.verdict_question()
    chosen = checklist.verdict(given)
    if question is None or chosen is None:
        return {}, ""
    if question.id == checklists.LEGACY_LABEL_QUESTION:  # edition 2026.1: a label, no sentence
        tag = f"[{chosen.value}]" if chosen.value != "none" else ""
        finding = _PHRASES[language]["legacy_finding"] if tag else ""
        return {"verdict_tag": tag, "finding": finding}, "clarification"
    values = {"verdict_tag": chosen.tag.get(language) if chosen.tag else ""}
    if chosen.finding:
        values["finding"] = chosen.finding.get(language)
    return values, chosen.draft


def draft_kind(lib: Library, case_id: str) -> str:
    """The draft the case's verdict calls for: a scam warning for [PENIPUAN], a holding
    statement while not yet determined, else a clarification."""
    case = cases.get(lib, case_id)
    _values, kind = verdict_values(cases.checklist_of(lib, case), cases.answers(lib, case_id), "id")
    return kind or "clarification"


def values_for(lib: Library, case_id: str, language: str) -> tuple[dict[str, Any], list[Quote]]:
    """The placeholder values a case fills, and the approved key-message quotes it uses."""
    case = cases.get(lib, case_id)
    checklist = cases.checklist_of(lib, case)
    given = cases.answers(lib, case_id)
    values: dict[str, Any] = dict(settings.office_values(lib))
    claim_text = str(given.get("situational_insight.claim_summary") or case.claim or case.title)
    claim = _sentence_part(claim_text, language)
    values["claim"] = claim
    short = " ".join(claim_text.split()).rstrip(" .")
    values["claim_short"] = short[:1].upper() + short[1:]
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
    verdict, _kind = verdict_values(checklist, given, language)
    for name, text in verdict.items():
        values[name] = templates.fill_text(text, values)
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
        values["role"] = attributions.role_phrase(first.role, first.organisation, language)
    return values, chosen


def create_draft(
    lib: Library, case_id: str, kind: str, language: str, given: dict[str, Any] | None = None
) -> Statement:
    """Makes and saves the draft statement linked to the case; returns it. `given` placeholder
    values (e.g. a playbook's situation) win over the case's own."""
    if kind not in KINDS:
        raise errors.InvalidInput(detail=kind)
    case = cases.get(lib, case_id)
    values, chosen = values_for(lib, case_id, language)
    values.update(given or {})
    draft = templates.render(template_for(kind, language), values)
    draft.title = " ".join(draft.title.split())  # no gap where a verdict has no label
    draft.lead = " ".join(draft.lead.split())
    draft.date = dt.date.today().isoformat()  # the statement's date: the day it is drafted
    # The first chosen line is in the template; the others follow it as their own paragraphs.
    extra = [attribution(q, language) for q in chosen[1:]]
    if extra:
        paragraphs = draft.body.split("\n\n")
        first = str(values["quote"])
        at = next((i for i, p in enumerate(paragraphs) if first in p), len(paragraphs) - 1)
        paragraphs[at + 1 : at + 1] = extra
        draft.body = "\n\n".join(paragraphs)
    return save_for_case(lib, case, draft, kind, reused=chosen)


def save_for_case(
    lib: Library, case: Case, draft: Statement, role: str, *, reused: Sequence[Quote] = ()
) -> Statement:
    """Saves a statement drafted from a case, linked to it in `role` (clarification,
    holding, update, ...), counting the approved lines it reuses, in one transaction."""
    draft.source_kind = "case"
    draft.source_name = case.title
    draft.case_id = case.id
    with lib.atomic():
        statements.save(lib, draft, note=role, extract=False)
        cases.link_statement(lib, case.id, draft.id, role)
        for q in reused:
            quotes.record_reuse(lib, q.id, draft.id)
        audit.record(lib, "draft", "case", case.id, f"{role} {draft.id}")
    return draft
