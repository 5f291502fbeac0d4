"""The search engine's index of statements and quotes (tantivy): exact BM25 over every match,
filters inside the query, newest-dated-first order, all without a bound on candidates.

The index is derived: the library is the one source of truth. Every change to a statement or
quote writes a row to the library's `search_changes` log in the same transaction as the
change (triggers, see store.schema), so a crash between the library's commit and the index's
loses nothing: the next sync reads the log from where the index left off. The index keeps
the sequence number (and a random stamp) of the last log row it applied; when that row is
gone or different (a restored backup, another library's index), or the index is missing or
damaged, it is rebuilt from the library.

A plain library keeps its index beside it (`<library>.index/`). An encrypted library's index
lives in memory only (an index on disk would hold its words in plain text), built after
unlock. The words indexed are the stemmed text the library's FTS5 tables already hold
(core.text.index_text), so a query is stemmed once and meets every form of a word.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humasdesk.core.problems import (
    ENGINE_COUNT,
    ENGINE_DAMAGED,
    ENGINE_ERROR,
    ENGINE_OTHER_COPY,
    RECORD_KINDS,
    Problem,
)
from humasdesk.core.query import ParsedQuery
from humasdesk.core.text import index_text
from humasdesk.store.db import Library

# Bump when the documents' fields change: an index of another format is rebuilt.
FORMAT = 1
KINDS = ("statements", "quotes")
# Field weights, as FTS5's bm25 weighed them before (title 5, tags 2, text 1), the lead now
# weighed apart: the words a statement opens with say more than the rest.
WEIGHTS = {
    "statements": {"title": 5.0, "lead": 2.0, "tags": 2.0, "body": 1.0},
    "quotes": {"text": 1.0, "speaker": 1.0},
}
# A word longer than this is cut to it on both sides (the engine refuses huge terms).
MAX_WORD = 80
STATE_FILE = "state.json"
# Records read at once by a rebuild.
RANGE = 20_000
# The log is trimmed once this many applied rows lie behind the index.
TRIM_AT = 5_000
WRITER_HEAP = 64_000_000
Progress = Callable[[int, int], None]
_log = logging.getLogger(__name__)


class IndexUnavailable(Exception):
    """The index cannot be used right now (being built, or locked by another process)."""


class Cancelled(Exception):
    """A rebuild was stopped (the window closes, or switches library)."""


# ------------------------------------------------------------------ documents
def _schema(kind: str) -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    for field in WEIGHTS[kind]:
        builder.add_text_field(field, tokenizer_name="whitespace")
    for field in ("status", "language", "tag", *(("review", "who") if kind == "quotes" else ())):
        builder.add_text_field(field, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("pk", indexed=True, fast=True)
    builder.add_integer_field("day", indexed=True, fast=True)
    builder.add_integer_field("newest", fast=True)
    return builder.build()


_DAY = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def day_number(text: str | None) -> int | None:
    """'2024-05-17' -> 20240517; a partial date counts its missing parts as 0 ('2024' ->
    20240000), which compares as SQLite compares the text. None for no date."""
    found = _DAY.match(text or "")
    if not found:
        return None
    year, month, day = (int(g or 0) for g in found.groups())
    return year * 10_000 + month * 100 + day


def _words(stemmed: str | None) -> str:
    """Stemmed text as the index takes it: over-long words cut to MAX_WORD."""
    text = stemmed or ""
    if len(text) <= MAX_WORD or all(len(w) <= MAX_WORD for w in text.split()):
        return text
    return " ".join(w[:MAX_WORD] for w in text.split())


def _document(kind: str, row: dict[str, Any], tags: list[str], who: list[str]) -> Any:
    import tantivy

    doc = tantivy.Document()
    for field in WEIGHTS[kind]:
        doc.add_text(field, _words(row[field]))
    pk = int(row["pk"])
    doc.add_integer("pk", pk)
    doc.add_text("status", row["status"] or "")
    doc.add_text("language", row["language"] or "")
    for tag in tags:
        doc.add_text("tag", tag.lower())
    if kind == "quotes":
        doc.add_text("review", row["review"] or "")
        for name in who:
            doc.add_text("who", name.lower())
    day = day_number(row["date"])
    if day is not None:
        doc.add_integer("day", day)
    # Newest dated first, undated last, the newest saved first within a day.
    doc.add_integer("newest", ((day or 0) << 32) + pk)
    return doc


# What each kind's documents are read from: the stemmed text of the FTS5 row written with
# the record (stemmed again when that row is missing), and the fields filters ask about.
_ROWS_SQL = {
    "statements": (
        "SELECT s.pk, s.lead AS raw_lead, s.number, s.title AS raw_title, s.subtitle,"
        " s.body AS raw_body, s.status, s.language, s.date, f.title, f.body, f.tags"
        " FROM statements s LEFT JOIN statements_fts f ON f.rowid = s.pk"
    ),
    "quotes": (
        "SELECT q.pk, q.text AS raw_text, q.speaker AS raw_speaker, q.role, q.status,"
        " q.language, q.date, q.review, q.person_id, f.text, f.speaker FROM quotes q"
        " LEFT JOIN quotes_fts f ON f.rowid = q.pk"
    ),
}
_TAGS_SQL = {
    "statements": (
        "SELECT s.pk, t.name FROM statement_tags st JOIN tags t ON t.id = st.tag_id"
        " JOIN statements s ON s.id = st.statement_id"
    ),
    "quotes": (
        "SELECT q.pk, t.name FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id"
        " JOIN quotes q ON q.id = qt.quote_id"
    ),
}


def _complete(kind: str, row: dict[str, Any], tags: list[str]) -> dict[str, Any]:
    """Fills the stemmed fields a missing FTS5 row did not give."""
    if kind == "statements":
        row["lead"] = index_text(row["raw_lead"] or "")
        if row["title"] is None:
            row["title"] = index_text(f"{row['number']} {row['raw_title']}")
            parts = (row["subtitle"], row["raw_lead"], row["raw_body"])
            row["body"] = index_text("\n\n".join(p for p in parts if p))
            row["tags"] = index_text(" ".join(tags))
    elif row["text"] is None:
        row["text"] = index_text(row["raw_text"] or "")
        row["speaker"] = index_text(f"{row['raw_speaker']} {row['role']}")
    return row


def _records(lib: Library, kind: str, pks: list[int] | None) -> Iterator[tuple[int, Any | None]]:
    """(pk, document) for each record, or (pk, None) for a pk no longer indexed (deleted, or
    a rejected quote). `pks` None: every record."""
    people: dict[str, list[str]] = {}
    if kind == "quotes":
        for person in lib.query("SELECT id, name, short_name FROM people"):
            people[person["id"]] = [n for n in (person["name"], person["short_name"]) if n]
    alias = kind[0]
    chunks: Iterable[tuple[str, list[int]]]
    if pks is None:
        # Every record, a range of pks at a time: a million quotes' tags read at once would
        # hold hundreds of megabytes.
        low, high = lib.conn.execute(f"SELECT min(pk), max(pk) FROM {kind}").fetchone()
        chunks = (
            (f" WHERE {alias}.pk BETWEEN ? AND ?", [start, start + RANGE - 1])
            for start in range(low or 0, (high or -1) + 1, RANGE)
        )
    else:
        chunks = (
            (f" WHERE {alias}.pk IN ({','.join('?' * len(part))})", part)
            for part in (pks[i : i + 500] for i in range(0, len(pks), 500))
        )
    for where, params in chunks:
        tags: dict[int, list[str]] = {}
        for pk, name in lib.conn.execute(_TAGS_SQL[kind] + where, params):
            tags.setdefault(pk, []).append(name)
        seen: set[int] = set()
        cursor = lib.conn.execute(_ROWS_SQL[kind] + where, params)
        columns = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(columns, values, strict=True))
            pk = int(row["pk"])
            seen.add(pk)
            if kind == "quotes" and row["review"] == "rejected":
                yield pk, None
                continue
            mine = tags.get(pk, [])
            who = []
            if kind == "quotes":
                who = [row["raw_speaker"] or "", *people.get(row["person_id"] or "", [])]
            yield pk, _document(kind, _complete(kind, row, mine), mine, [w for w in who if w])
        if pks is not None:
            for pk in set(params) - seen:
                yield pk, None


# ------------------------------------------------------------------ queries
@dataclass
class Filters:
    """What narrows a search, inside the query. Empty fields narrow nothing; a field a kind
    does not have (speaker, review for statements) is ignored for that kind."""

    status: str | None = None
    tag: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    speaker: str | None = None  # quotes: part of the speaker's name (or the person's)
    review: str | None = "accepted"  # quotes: accepted (the library) or pending (the queue)


_REGEX_SPECIAL = set(r"\.+*?()|[]{}^$#&-~")  # regex-syntax's meta characters


def _regex_literal(text: str) -> str:
    return "".join("\\" + c if c in _REGEX_SPECIAL else c for c in text)


def _term(word: str) -> str:
    return word[:MAX_WORD]


def build_query(kind: str, schema: Any, parsed: ParsedQuery, filters: Filters | None) -> Any:
    """The engine's query for a parsed user query within `filters`; None when it asks for
    nothing (no word to look for)."""
    from tantivy import Occur, Query

    weights = WEIGHTS[kind]

    def any_field(make: Callable[[str], Any]) -> Any:
        return Query.boolean_query(
            [(Occur.Should, Query.boost_query(make(f), w)) for f, w in weights.items()]
        )

    def words_in(words: list[str]) -> Callable[[str], Any]:
        """A query for one word, or for a phrase of several in a row, in one field."""
        if len(words) == 1:
            return lambda field: Query.term_query(schema, field, words[0])
        phrase: list[str | tuple[int, str]] = list(words)
        return lambda field: Query.phrase_query(schema, field, phrase)

    clauses: list[tuple[Any, Any]] = []
    for words in [[w] for w in parsed.terms] + [p for p in parsed.phrases if p]:
        clauses.append((Occur.Must, any_field(words_in([_term(w) for w in words]))))
    if parsed.prefix:
        from humasdesk.core.text import stem

        whole, start = _term(stem(parsed.prefix)), _regex_literal(parsed.prefix[:MAX_WORD])
        clauses.append(
            (
                Occur.Must,
                Query.boolean_query(
                    [
                        (Occur.Should, any_field(lambda f: Query.term_query(schema, f, whole))),
                        (
                            Occur.Should,
                            any_field(lambda f: Query.regex_query(schema, f, start + ".*")),
                        ),
                    ]
                ),
            )
        )
    if not clauses:
        return None
    for word in parsed.excluded:
        for field in weights:
            clauses.append((Occur.MustNot, Query.term_query(schema, field, _term(word))))
    # Filters narrow the matches and add nothing to their scores: the score stays BM25.
    clauses += [
        (Occur.Must, Query.const_score_query(q, 0.0))
        for q in _filter_queries(kind, schema, filters)
    ]
    return Query.boolean_query(clauses)


def _filter_queries(kind: str, schema: Any, filters: Filters | None) -> list[Any]:
    from tantivy import FieldType, Query

    if filters is None:
        return []
    found: list[Any] = []
    for field, value in (
        ("status", filters.status),
        ("language", filters.language),
        ("tag", (filters.tag or "").lower()),
    ):
        if value:
            found.append(Query.term_query(schema, field, value))
    if kind == "quotes":
        if filters.review:
            found.append(Query.term_query(schema, "review", filters.review))
        if filters.speaker:
            pattern = f".*{_regex_literal(filters.speaker.lower())}.*"
            found.append(Query.regex_query(schema, "who", pattern))
    low, high = day_number(filters.date_from), day_number(filters.date_to)
    if (filters.date_from and low is None) or (filters.date_to and high is None):
        found.append(Query.empty_query())  # not a date: as SQL compares it, nothing is
    elif low is not None or high is not None:
        found.append(Query.range_query(schema, "day", FieldType.Integer, low, high))
    return found


# ------------------------------------------------------------------ the index
@dataclass
class State:
    seq: int = 0  # the last log row applied
    stamp: int = 0  # its random stamp: a different one means another history
    format: int = FORMAT
    build: str = ""  # which build of the folder (another process may rebuild it)


def _log_head(lib: Library) -> tuple[int, int]:
    row = lib.conn.execute(
        "SELECT seq, stamp FROM search_changes ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _log_has(lib: Library, state: State) -> bool:
    row = lib.conn.execute("SELECT stamp FROM search_changes WHERE seq = ?", [state.seq]).fetchone()
    return row is not None and int(row[0]) == state.stamp


def _read_state(folder: Path) -> State | None:
    try:
        return State(**json.loads((folder / STATE_FILE).read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _write_state(folder: Path, state: State) -> None:
    partial = folder / (STATE_FILE + ".part")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(state.__dict__, handle)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(folder / STATE_FILE)


# How long a process waits for another one writing the same index before searching
# without it (the FTS5 tables answer meanwhile).
LOCK_WAIT_S = 20.0


@contextlib.contextmanager
def _folder_lock(folder: Path | None, wait: float = LOCK_WAIT_S) -> Iterator[None]:
    """One process at a time writes a library's index folder (a lock file beside it)."""
    if folder is None:
        yield
        return
    import time

    handle = folder.with_name(folder.name + "-lock").open("a+b")  # (flock: never stale)
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                _lock_file(handle.fileno())
                break
            except OSError as exc:
                if time.monotonic() >= deadline:
                    raise IndexUnavailable("in use by another process") from exc
                time.sleep(0.05)
        try:
            yield
        finally:
            _unlock_file(handle.fileno())
    finally:
        handle.close()


if sys.platform == "win32":
    import msvcrt

    def _lock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class SearchIndex:
    """One library's index: on disk beside a plain library, in memory for an encrypted one.
    Shared by every connection to the library in this process (see `for_library`)."""

    def __init__(self, library_path: Path, *, in_memory: bool) -> None:
        self.library_path = library_path
        self.in_memory = in_memory
        self.folder = None if in_memory else index_folder(library_path)
        self.indexes: dict[str, Any] = {}
        self.state = State()
        # One sync or build at a time in this process (and, by a lock file, on the machine).
        self.lock = threading.RLock()
        self.building = False
        self.damaged = False  # a search failed on it: rebuilt at the next update

    # ----- opening
    def _open_existing(self) -> bool:
        """Opens the index on disk; False when it is missing, of another format or damaged."""
        import tantivy

        if self.folder is None:
            return False
        state = _read_state(self.folder)
        if state is None or state.format != FORMAT:
            return False
        try:
            indexes = {}
            for kind in KINDS:
                folder = self.folder / kind
                if not tantivy.Index.exists(str(folder)):
                    return False
                index = tantivy.Index.open(str(folder))
                index.searcher()  # reads the segments' metadata: damage shows here
                indexes[kind] = index
        except (OSError, ValueError, TypeError) as exc:
            _log.warning("search index at %s unreadable, rebuilding: %s", self.folder, exc)
            return False
        self.indexes, self.state = indexes, state
        return True

    @property
    def ready(self) -> bool:
        return bool(self.indexes) and not self.building

    # ----- keeping it current
    def pending(self, lib: Library) -> int:
        """How many log rows the index has not applied yet (0 when current)."""
        head, _stamp = _log_head(lib)
        return max(0, head - self.state.seq)

    def bring_up_to_date(
        self,
        lib: Library,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        wait: float = LOCK_WAIT_S,
    ) -> None:
        """Rebuilds the index when it is missing, damaged or of another history, else applies
        the library's changes since its last sync. Never inside an open transaction (its
        changes may yet be rolled back)."""
        if lib.conn.in_transaction:
            return
        try:
            self._bring_up_to_date(lib, progress, cancelled, wait)
        except (OSError, ValueError) as exc:  # a read-only folder, a full disk: searched
            raise IndexUnavailable(str(exc)) from exc  # another way meanwhile

    def _bring_up_to_date(
        self,
        lib: Library,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        wait: float,
    ) -> None:
        with self.lock, _folder_lock(self.folder, wait):
            if self.folder is not None and not self.damaged:
                on_disk = _read_state(self.folder)
                if on_disk is None or on_disk.build != self.state.build or not self.indexes:
                    self.indexes = {}  # another process rebuilt it, or it is not open yet
                    self._open_existing()
                elif on_disk.seq != self.state.seq:
                    # Another process synced it: its commits are read now (a reader sees
                    # another process's commits only when told, or half a second later).
                    self.state = on_disk
                    for index in self.indexes.values():
                        index.reload()
            if self.damaged or not self.indexes or not _log_has(lib, self.state):
                self.rebuild(lib, progress, cancelled)
            else:
                self._sync(lib, progress)

    def _sync(self, lib: Library, progress: Progress | None) -> None:
        head, stamp = _log_head(lib)
        if head == self.state.seq:
            return
        changed = lib.conn.execute(
            "SELECT DISTINCT kind, pk FROM search_changes WHERE seq > ? AND seq <= ?",
            [self.state.seq, head],
        ).fetchall()
        by_kind: dict[str, list[int]] = {}
        for kind, pk in changed:
            if kind in self.indexes:
                by_kind.setdefault(kind, []).append(int(pk))
        total, done = len(changed), 0
        for kind, pks in by_kind.items():
            writer = self.indexes[kind].writer(heap_size=WRITER_HEAP // 2, num_threads=1)
            try:
                for pk, doc in _records(lib, kind, pks):
                    writer.delete_documents_by_term("pk", pk)
                    if doc is not None:
                        writer.add_document(doc)
                    done += 1
                    if progress and done % 1000 == 0:
                        progress(done, total)
                writer.commit()
            except BaseException:
                writer.rollback()
                raise
            finally:
                writer.wait_merging_threads()
            self.indexes[kind].reload()
        # Written after the index's commits: a crash between them applies the same changes
        # again at the next sync (deleting a record's document before adding it anew).
        self.state = State(head, stamp, build=self.state.build)
        if self.folder is not None:
            _write_state(self.folder, self.state)
        self._trim(lib)

    def _trim(self, lib: Library) -> None:
        """Drops the log rows the index has applied (keeping its last one, which tells this
        history from another's). Skipped when the library is busy or read-only."""
        if lib.read_only or lib.conn.in_transaction:
            return
        first = lib.conn.execute("SELECT min(seq) FROM search_changes").fetchone()[0]
        if first is None or self.state.seq - int(first) < TRIM_AT:
            return
        conn = lib.conn
        timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            with lib.atomic():
                conn.execute("DELETE FROM search_changes WHERE seq < ?", [self.state.seq])
        except Exception as exc:  # busy or read-only now: the next sync trims
            _log.info("search log not trimmed: %s", exc)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")

    def rebuild(
        self,
        lib: Library,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """A new index of every statement and quote, made apart and then put in place.
        Called with the locks held (see bring_up_to_date)."""
        import tantivy

        from humasdesk.store import stems

        self.building = True
        try:
            stems.load(lib)  # the leads are stemmed again: Sastrawi only for unknown words
            target = self.folder
            fresh = None if target is None else target.with_name(target.name + ".new")
            if fresh is not None:
                shutil.rmtree(fresh, ignore_errors=True)
                fresh.mkdir(parents=True)
            # The log's head first, then the records: a change committed meanwhile is
            # read twice at worst (applied again by the next sync), never missed.
            head, stamp = _log_head(lib)
            total = sum(int(lib.scalar(f"SELECT count(*) FROM {kind}")) for kind in KINDS)
            done = 0
            indexes: dict[str, Any] = {}
            for kind in KINDS:
                path = None if fresh is None else fresh / kind
                if path is not None:
                    path.mkdir()
                index = tantivy.Index(_schema(kind), None if path is None else str(path))
                writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)
                for _pk, doc in _records(lib, kind, None):
                    if doc is not None:
                        writer.add_document(doc)
                    done += 1
                    if done % 2000 == 0:
                        if cancelled is not None and cancelled():
                            writer.rollback()
                            raise Cancelled()
                        if progress is not None:
                            progress(done, total)
                writer.commit()
                writer.wait_merging_threads()
                index.reload()
                indexes[kind] = index
            state = State(head, stamp, build=os.urandom(8).hex())
            if fresh is not None and target is not None:
                _write_state(fresh, state)
                old = target.with_name(target.name + ".old")
                shutil.rmtree(old, ignore_errors=True)
                if target.exists():
                    target.replace(old)
                fresh.replace(target)
                shutil.rmtree(old, ignore_errors=True)
                indexes = {k: tantivy.Index.open(str(target / k)) for k in KINDS}
            self.indexes, self.state, self.damaged = indexes, state, False
            if progress is not None:
                progress(total, total)
        finally:
            self.building = False
        self._trim(lib)

    # ----- searching
    def search(
        self,
        kind: str,
        parsed: ParsedQuery,
        filters: Filters | None = None,
        *,
        sort: str = "relevance",
        limit: int = 50,
        offset: int = 0,
    ) -> list[tuple[int, float]]:
        """(pk, score) of the best `limit` matches (`sort` "date": newest dated first, the
        score then the day number)."""
        from tantivy import Order

        index = self.indexes.get(kind)
        if index is None or limit <= 0:
            return []
        query = build_query(kind, index.schema, parsed, filters)
        if query is None:
            return []
        try:
            searcher = index.searcher()
            if sort == "date":
                result = searcher.search(
                    query,
                    limit,
                    count=False,
                    order_by_field="newest",
                    offset=offset,
                    order=Order.Desc,
                )
                hits = [(key >> 32, addr) for key, addr in result.hits]
            else:
                result = searcher.search(query, limit, count=False, offset=offset)
                hits = list(result.hits)
            pks = searcher.fast_field_values("pk", [addr for _key, addr in hits])
        except (ValueError, OSError) as exc:  # a damaged file: searched another way, rebuilt
            _log.warning("search index of %s failed, to be rebuilt: %s", self.library_path, exc)
            self.damaged = True
            raise IndexUnavailable(str(exc)) from exc
        return [(int(pk), float(key)) for (key, _addr), pk in zip(hits, pks, strict=True)]

    def count(self, kind: str) -> int:
        index = self.indexes.get(kind)
        return int(index.searcher().num_docs) if index is not None else 0

    def close(self) -> None:
        self.indexes = {}


def index_folder(library_path: Path) -> Path:
    """Where a plain library's index lives: a folder beside it."""
    return library_path.with_name(library_path.name + ".index")


_OPEN: dict[Path, SearchIndex] = {}
_OPEN_LOCK = threading.Lock()


def for_library(lib: Library) -> SearchIndex:
    """The index of `lib` (the same object for every connection to it in this process)."""
    key = lib.path.resolve()
    with _OPEN_LOCK:
        found = _OPEN.get(key)
        if found is None or found.in_memory != lib.encrypted:
            found = SearchIndex(key, in_memory=lib.encrypted)
            _OPEN[key] = found
        return found


def forget(library_path: Path) -> None:
    """Drops this process's handle on a library's index (the library was closed or replaced)."""
    with _OPEN_LOCK:
        found = _OPEN.pop(Path(library_path).resolve(), None)
    if found is not None:
        with found.lock:
            found.close()


def discard(library_path: Path) -> None:
    """Removes a library's index from disk (the library is now encrypted: an index on disk
    would hold its words in plain text)."""
    forget(library_path)
    folder = index_folder(Path(library_path))
    for leftover in (
        folder,
        folder.with_name(folder.name + ".new"),
        folder.with_name(folder.name + ".old"),
    ):
        shutil.rmtree(leftover, ignore_errors=True)
    folder.with_name(folder.name + "-lock").unlink(missing_ok=True)


def current(lib: Library, *, wait: bool = True) -> SearchIndex:
    """The index of `lib`, brought up to date first.

    With `wait` False (the window's search boxes, where typing must never stall) nothing is
    written: the index is searched as last committed, perhaps a few changes behind, and
    `needs_update` tells the window to bring it up to date in the background. While it has
    no usable index yet (being built, or of another history) IndexUnavailable says to search
    some other way meanwhile (see store.search)."""
    index = for_library(lib)
    if wait:
        index.bring_up_to_date(lib)
        if not index.indexes or index.damaged:  # (inside a transaction: not made yet)
            raise IndexUnavailable("not made yet")
        return index
    if index.building or index.damaged:
        raise IndexUnavailable("being built")
    if not index.indexes:
        if not index.lock.acquire(blocking=False):
            raise IndexUnavailable("being opened")
        try:
            opened = index.indexes or index._open_existing()
        finally:
            index.lock.release()
        if not opened:
            raise IndexUnavailable("missing or damaged")
    if not _log_has(lib, index.state):
        raise IndexUnavailable("made from another copy of the library")
    return index


def needs_update(lib: Library) -> bool:
    """Whether the library holds changes its index has not applied (or it has none yet)."""
    index = for_library(lib)
    if index.building or index.damaged or not index.indexes:
        return True
    if not _log_has(lib, index.state):
        return True
    return index.pending(lib) > 0


def bring_up_to_date(
    lib: Library, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> None:
    """Rebuilds or syncs the index of `lib` (a background job's own connection)."""
    for_library(lib).bring_up_to_date(lib, progress, cancelled)


def verify(lib: Library) -> list[str]:
    """Problems of the library's search index, for `humasdesk check`: it opens, follows this
    library's history and holds as many records as the library. (An index behind the
    library is not a problem: it catches up on open.)"""
    index = SearchIndex(lib.path.resolve(), in_memory=lib.encrypted)
    if lib.encrypted:
        return []  # in memory only, built after unlock
    if not index._open_existing():
        if index_folder(lib.path).exists():
            return [Problem(ENGINE_DAMAGED)]
        return []  # made on first open
    problems: list[str] = []
    try:
        if index.state.seq != _log_head(lib)[0] and not _log_has(lib, index.state):
            problems.append(Problem(ENGINE_OTHER_COPY))
        elif index.pending(lib) == 0:
            wanted = {
                "statements": int(lib.scalar("SELECT count(*) FROM statements")),
                "quotes": int(lib.scalar("SELECT count(*) FROM quotes WHERE review != 'rejected'")),
            }
            for kind, count in wanted.items():
                held = index.count(kind)
                if held != count:
                    problems.append(
                        Problem(
                            ENGINE_COUNT, held=held, kind=Problem(RECORD_KINDS[kind]), count=count
                        )
                    )
    except (sqlite3.DatabaseError, ValueError, OSError) as exc:
        problems.append(Problem(ENGINE_ERROR, problem=str(exc)))
    finally:
        index.close()
    return problems
