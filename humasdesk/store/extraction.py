"""Finds the direct quotes in a saved statement and queues them for an officer's review."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from humasdesk.core.quotes import FoundQuote, extract
from humasdesk.core.records import Quote, Statement
from humasdesk.core.text import fold
from humasdesk.store import batch, people, quotes
from humasdesk.store.db import Library

# A re-saved statement's quote whose words moved this little is the same quote (a typo fixed
# in the statement, or the officer's correction of the extracted text).
SAME_QUOTE = 90


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _same(found: FoundQuote, row: dict[str, object]) -> bool:
    key, other = _key(found.text), _key(str(row["text"]))
    if key == other or fuzz.ratio(key, other) >= SAME_QUOTE:
        return True
    # Same place in an unchanged text: the officer rewrote the extracted words.
    return row["span_start"] == found.start and row["span_end"] == found.end


def statement_text(st: Statement) -> str:
    """The text quotes are looked for in; spans count from its start."""
    return st.searchable_text()


def worth_keeping(lib: Library, found: FoundQuote) -> bool:
    """Officials' quotes (a title or an office is stated) and quotes of people the library
    already knows; a passer-by's remark in a news story is left out."""
    if found.official:
        return True
    if found.speaker and not found.citizen:
        return True
    return bool(found.speaker) and people.find_by_name(lib, found.speaker) is not None


def extract_from_statement(
    lib: Library, st: Statement, found_quotes: list[FoundQuote] | None = None
) -> int:
    """Queues the quotes found in `st` as pending quotes; returns how many are new.

    Called by statements.save() inside its transaction. A quote already known for this
    statement (pending, accepted or rejected) is not queued again; a pending quote whose
    words are no longer in the statement leaves the queue.
    """
    if found_quotes is None:  # or found already, in the text of `st`, by an import's reader
        found_quotes = extract(statement_text(st), st.language)
    found = [q for q in found_quotes if worth_keeping(lib, q)]
    cursor = lib.conn.execute(
        "SELECT id, text, review, span_start, span_end FROM quotes WHERE statement_id = ?",
        [st.id],
    )
    names = [c[0] for c in cursor.description]
    existing = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    matched: set[str] = set()
    added = 0
    with batch.atomic(lib):
        for item in found:
            twin = next((r for r in existing if r["id"] not in matched and _same(item, r)), None)
            if twin is None and _reused(lib, st, item):
                continue
            if twin is not None:
                matched.add(twin["id"])
                if twin["review"] == "pending":
                    _refresh_pending(lib, twin["id"], item)
                continue
            _queue(lib, st, item)
            added += 1
        for row in existing:
            if row["review"] == "pending" and row["id"] not in matched:
                quotes.delete(lib, row["id"])
    return added


def _reused(lib: Library, st: Statement, item: FoundQuote) -> bool:
    """A library quote the officer put into a draft (with the picker, or typed the same): a
    reuse, counted once for this statement, never a new quote to review. Imports are left
    out: their quotes are the sources' own, and a library-wide lookup per quote would slow
    an import of thousands of files."""
    if st.source_kind == "imported":
        return False
    quote_id = quotes.library_twin(lib, item.text, st.language, st.id)
    if quote_id is None:
        return False
    quotes.record_reuse(lib, quote_id, st.id)
    return True


def _refresh_pending(lib: Library, quote_id: str, item: FoundQuote) -> None:
    quote = quotes.get(lib, quote_id)
    if (quote.text, quote.span_start, quote.span_end) != (item.text, item.start, item.end):
        quote.text, quote.span_start, quote.span_end = item.text, item.start, item.end
        quotes.save(lib, quote)


def _queue(lib: Library, st: Statement, item: FoundQuote) -> Quote:
    person = people.ensure(
        lib, item.speaker, title=item.role, organisation=item.organisation, on=st.date
    )
    if person is None and item.role:
        # "kata Menkeu" in a release that never names the minister: who held it that day.
        person = people.holder_on(lib, item.role, item.organisation, st.date)
    role, organisation = item.role, item.organisation
    if person is not None and not role:
        held = person.role_on(st.date)
        if held is not None:
            role, organisation = held.title, held.organisation
    # An office's own statement holds its approved wording; a news story's quote is one to
    # use with care until an officer says otherwise.
    status = "care" if st.source_kind == "imported" else "approved"
    quote = Quote(
        text=item.text,
        speaker=person.name if person else item.speaker,
        person_id=person.id if person else None,
        role=role,
        organisation=organisation,
        date=st.date,
        statement_id=st.id,
        language=st.language,
        status=status,
        review="pending",
        tags=list(st.tags),
        span_start=item.start,
        span_end=item.end,
    )
    return quotes.save(lib, quote)
