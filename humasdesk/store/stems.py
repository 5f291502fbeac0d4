"""The library's word -> stem table: what Sastrawi said of every word the library indexed.

Stemming a word Sastrawi has not seen in this process costs up to a millisecond, most of an
import's work. The stems of the words a library already holds are read once per import
(`load`), and the stems worked out while saving are written back (`save_fresh`) in the same
transaction as the records they index. A row is only ever Sastrawi's answer for its word,
so the table is a cache: losing rows costs time, never correctness.
"""

from __future__ import annotations

from humasdesk.core import text
from humasdesk.store.db import Library

# At most this many are read at once (the process's stem cache holds twice as many).
LOAD_LIMIT = text.STEM_CACHE_SIZE // 2


def load(lib: Library) -> dict[str, str]:
    """The library's known stems, also put in this process's stem cache (never a garbage
    "word" an older version kept: its memory would be taken by every import)."""
    rows = lib.conn.execute(
        "SELECT word, stem FROM stems WHERE length(word) <= ? LIMIT ?",
        [text.MAX_WORD, LOAD_LIMIT],
    ).fetchall()
    known = dict(rows)
    text.remember_stems(known)
    return known


def save_fresh(lib: Library) -> int:
    """Writes the stems worked out since the last call; inside the caller's transaction."""
    fresh = {w: s for w, s in text.take_fresh().items() if text.stemmable(w)}
    if fresh:
        lib.conn.executemany("INSERT OR IGNORE INTO stems(word, stem) VALUES (?, ?)", fresh.items())
    return len(fresh)


def forget_garbage(lib: Library) -> int:
    """Deletes the rows of words no language has (see `text.MAX_WORD`) that versions before
    the limit kept; inside the caller's transaction. Returns how many."""
    cursor = lib.conn.execute("DELETE FROM stems WHERE length(word) > ?", [text.MAX_WORD])
    return int(cursor.rowcount)
