"""Feeds the library's quotes and people to core.consistency for a draft."""

from __future__ import annotations

from humasdesk.core import consistency
from humasdesk.core.consistency import Finding, LibraryQuote
from humasdesk.store import people
from humasdesk.store.db import Library


def library_quotes(lib: Library) -> list[LibraryQuote]:
    """Every accepted quote, with the wording that replaces a superseded one."""
    rows = lib.query(
        "SELECT id, text, speaker, person_id, status, superseded_by FROM quotes "
        "WHERE review = 'accepted'"
    )
    by_id = {r["id"]: r for r in rows}
    result: list[LibraryQuote] = []
    for r in rows:
        replacement = by_id.get(r["superseded_by"] or "")
        seen = {r["id"]}
        while replacement is not None and replacement["status"] == "superseded":
            if replacement["id"] in seen:
                break
            seen.add(replacement["id"])
            replacement = by_id.get(replacement["superseded_by"] or "")
        result.append(
            LibraryQuote(
                id=r["id"],
                text=r["text"],
                speaker=r["speaker"],
                person_id=r["person_id"],
                status=r["status"],
                replacement=replacement["text"] if replacement else "",
                replacement_id=replacement["id"] if replacement else "",
            )
        )
    return result


def check_draft(lib: Library, text: str, date: str | None, language: str = "id") -> list[Finding]:
    """What in a draft disagrees with the library (see core.consistency)."""
    return consistency.check(text, date, language, library_quotes(lib), people.all_people(lib))
