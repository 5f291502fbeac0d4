"""Finds the direct quotes in a saved statement and queues them for an officer's review."""

from __future__ import annotations

from humasdesk.core.records import Statement
from humasdesk.store.db import Library


def extract_from_statement(lib: Library, st: Statement) -> int:
    """Queues the quotes found in `st` as pending quotes; returns how many are new.

    Called by statements.save() inside its transaction. Re-saving a statement must not
    duplicate its quotes. The quote-library work fills this in with the real extractor.
    """
    del lib, st
    return 0
