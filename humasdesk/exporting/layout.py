"""What an exported statement shows, in the house order: letterhead, embargo notice, number,
title, subtitle, dateline and lead, body, about, contacts. Plain Python, shared by every
format."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from humasdesk.core import formats, office_time, templates
from humasdesk.core.records import Statement
from humasdesk.paths import resources_dir
from humasdesk.store import settings
from humasdesk.store.db import Library

EMBARGO_TEXT = {
    "id": "EMBARGO: jangan disiarkan sebelum {when}",
    "en": "EMBARGO: not for release before {when}",
}
LINK_TEXT = {"id": "Selengkapnya: {url}", "en": "More: {url}"}
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def embargo_moment(st: Statement, zone: str = office_time.DEFAULT_ZONE) -> dt.datetime | None:
    """The embargo's end in the office's time zone (a time stored without one is office
    time)."""
    return office_time.moment(st.embargo_at, zone)


def is_embargoed(st: Statement, now: dt.datetime | None = None) -> bool:
    moment = embargo_moment(st)
    if moment is None:
        return False
    return moment > (now or dt.datetime.now(dt.UTC))


def _builtin_letterhead(kind: str, language: str) -> str:
    path = resources_dir() / "templates" / f"{kind}-{language}.json"
    try:
        return str(json.loads(path.read_text(encoding="utf-8")).get("letterhead", ""))
    except (OSError, ValueError):
        return ""


def letterhead(lib: Library, language: str, kind: str = "press") -> str:
    """The office's letterhead text: its own template's copy in the library when there is
    one, else the built-in template's, filled from the library settings. Lines whose
    placeholders the office has not filled in are left out rather than printed as {office}."""
    text = lib.scalar(
        "SELECT letterhead FROM templates WHERE kind = ? AND language = ? "
        "ORDER BY updated_at DESC LIMIT 1",
        [kind, language],
    )
    if text is None:
        text = _builtin_letterhead(kind, language)
    filled = templates.fill_text(str(text), settings.office_values(lib))
    lines = [line.strip() for line in filled.splitlines()]
    return "\n".join(line for line in lines if line and not _PLACEHOLDER.search(line))


@dataclass
class Page:
    """A statement laid out for export; every text field is Markdown except the dateline."""

    statement: Statement
    letterhead: str
    embargo: str
    dateline: str
    link: str

    @property
    def language(self) -> str:
        return self.statement.language


def dateline(st: Statement) -> str:
    """ "Jakarta, 5 Februari 2018" (either part may be missing)."""
    parts = [p for p in (st.city.strip(), formats.date(st.date, st.language)) if p]
    return ", ".join(parts)


def page(lib: Library, st: Statement) -> Page:
    embargo = ""
    zone = settings.time_zone(lib)
    moment = embargo_moment(st, zone)
    if moment is not None:
        when = office_time.label(moment, zone, st.language)
        embargo = EMBARGO_TEXT.get(st.language, EMBARGO_TEXT["id"]).format(when=when)
    website = settings.office_values(lib).get("website", "")
    link = LINK_TEXT.get(st.language, LINK_TEXT["id"]).format(url=website) if website else ""
    return Page(st, letterhead(lib, st.language), embargo, dateline(st), link)
