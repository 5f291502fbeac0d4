"""The records of an officer's world, as plain dataclasses shared by store, CLI and UI."""

from __future__ import annotations

from dataclasses import dataclass, field

STATEMENT_STATUSES = ("draft", "review", "approved", "published", "withdrawn")
QUOTE_STATUSES = ("approved", "care", "retired", "superseded")
REVIEW_STATES = ("pending", "accepted", "rejected")
LANGUAGES = ("id", "en")


@dataclass
class Statement:
    title: str = ""
    number: str = ""
    subtitle: str = ""
    city: str = ""
    date: str | None = None
    lead: str = ""
    body: str = ""
    about: str = ""
    contacts: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = "id"
    status: str = "draft"
    withdrawn_reason: str = ""
    embargo_at: str | None = None
    source_kind: str = "typed"
    source_name: str = ""
    author: str = ""
    editor: str = ""
    case_id: str | None = None
    id: str = ""
    created_at: str = ""
    updated_at: str = ""

    def searchable_text(self) -> str:
        return "\n\n".join(p for p in (self.subtitle, self.lead, self.body) if p)


@dataclass
class Role:
    title: str
    organisation: str = ""
    start_date: str | None = None
    end_date: str | None = None
    id: str = ""


@dataclass
class Person:
    name: str
    short_name: str = ""
    roles: list[Role] = field(default_factory=list)
    notes: str = ""
    id: str = ""

    def role_on(self, date: str | None) -> Role | None:
        """The role this person held on `date` (ISO), or the latest one when no date is given."""
        if not self.roles:
            return None
        ordered = sorted(self.roles, key=lambda r: r.start_date or "")
        if date is None:
            return ordered[-1]
        for role in reversed(ordered):
            started = role.start_date is None or role.start_date <= date
            not_ended = role.end_date is None or date <= role.end_date
            if started and not_ended:
                return role
        return None


@dataclass
class Quote:
    text: str
    speaker: str = ""
    role: str = ""
    organisation: str = ""
    date: str | None = None
    person_id: str | None = None
    statement_id: str | None = None
    source_ref: str = ""
    language: str = "id"
    status: str = "approved"
    superseded_by: str | None = None
    review: str = "accepted"
    notes: str = ""
    reuse_count: int = 0
    tags: list[str] = field(default_factory=list)
    span_start: int | None = None
    span_end: int | None = None
    id: str = ""


@dataclass
class Case:
    title: str
    claim: str = ""
    label: str = ""
    status: str = "open"
    checklist_id: str = "resist"
    checklist_version: str = ""
    current_step: int = 0
    likelihood: int | None = None
    impact: int | None = None
    priority: str = ""
    decision: str = ""
    decision_reason: str = ""
    decided_by: str = ""
    decided_at: str | None = None
    id: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class TimelineEntry:
    at: str
    what: str
    actor: str = ""
    key_event: bool = False
    released: bool = False
    id: str = ""
