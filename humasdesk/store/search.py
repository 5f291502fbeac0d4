"""Full-text search over statements, quotes and cases, ranked by FTS5's bm25, with snippets
that show the words found in the text as the officer wrote it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from humasdesk.core import query as query_parser
from humasdesk.core import similarity
from humasdesk.core.query import ParsedQuery
from humasdesk.core.text import fold
from humasdesk.store.db import Library

KINDS = ("statements", "quotes", "cases")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_WORD = re.compile(r"\w+")
SNIPPET_WIDTH = 180


class Hit:
    """One search result. Its snippet is drawn when first read: a list shows a few rows of
    the hits, and finding the best passage of a long statement costs more than the search."""

    def __init__(
        self, kind: str, id: str, title: str, snippet: str | Callable[[], str], score: float
    ) -> None:
        self.kind, self.id, self.title, self.score = kind, id, title, score
        self._snippet = snippet

    @property
    def snippet(self) -> str:
        if callable(self._snippet):
            self._snippet = self._snippet()
        return self._snippet

    def __repr__(self) -> str:
        return f"Hit({self.kind!r}, {self.id!r}, {self.title!r}, score={self.score})"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "snippet": self.snippet,
            "score": self.score,
        }


@dataclass
class Filters:
    """What the statement list's filter bar holds; every field narrows the result."""

    status: str | None = None
    tag: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def sql(self, alias: str = "s") -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (("status", self.status), ("language", self.language)):
            if value:
                clauses.append(f"{alias}.{column} = ?")
                params.append(value)
        if self.date_from:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{alias}.date <= ?")
            params.append(self.date_to)
        if self.tag:
            clauses.append(
                f"{alias}.id IN (SELECT st.statement_id FROM statement_tags st JOIN tags t "
                "ON t.id = st.tag_id WHERE t.name = ?)"
            )
            params.append(self.tag)
        return clauses, params


def snippet_parts(
    text: str, parsed: ParsedQuery, width: int = SNIPPET_WIDTH
) -> list[tuple[str, bool]]:
    """The passage of `text` that best answers the query, as (piece, is_match) pairs.

    The best sentence holds the most different query words; a long one is cut around its
    first match. Markdown marks are dropped so the passage reads as prose.
    """
    from humasdesk.core import markdown  # with the first snippet, not at start

    prose = markdown.plain(text)
    best, best_score = "", 0
    for match in _SENTENCE.finditer(prose):
        sentence = match.group(0).strip()
        if not sentence:
            continue
        found = {fold(w) for w in _WORD.findall(sentence) if _cheap_match(parsed, fold(w))}
        score = len(found)
        if score > best_score:
            best, best_score = sentence, score
    if not best:
        best = prose.strip().split("\n", 1)[0]
    if len(best) > width:
        first = next(
            (m.start() for m in _WORD.finditer(best) if _cheap_match(parsed, fold(m.group(0)))),
            0,
        )
        start = max(0, min(first - width // 3, len(best) - width))
        if start > 0:
            start = best.find(" ", start) + 1 or start
        cut = best[start : start + width]
        if start + width < len(best):
            cut = cut.rsplit(" ", 1)[0] + "…"
        best = ("…" if start > 0 else "") + cut
    parts: list[tuple[str, bool]] = []
    last = 0
    for m in _WORD.finditer(best):
        if _cheap_match(parsed, fold(m.group(0))):
            parts.append((best[last : m.start()], False))
            parts.append((m.group(0), True))
            last = m.end()
    parts.append((best[last:], False))
    return [p for p in parts if p[0]]


def _cheap_match(parsed: ParsedQuery, folded: str) -> bool:
    """parsed.matches_word, skipping the stemmer for words that cannot hold a query stem.

    Indonesian prefixes may change a stem's first letter ("pukul" in "memukul"), so the test
    looks for the stem without its first letter before asking the stemmer.
    """
    if parsed.prefix and folded.startswith(parsed.prefix):
        return True
    for token in parsed.stems():
        core = token[1:] if len(token) > 3 else token
        if core in folded:
            return parsed.matches_word(folded)
    return False


def snippet(text: str, parsed: ParsedQuery, width: int = SNIPPET_WIDTH) -> str:
    """The snippet as one line, each matching word in [brackets] (the CLI's form)."""
    return "".join(
        f"[{piece}]" if hit else piece for piece, hit in snippet_parts(text, parsed, width)
    )


# Ranking costs time for every matching row: bm25 over the 600,000 quotes holding "yang"
# takes over a second. Each search ranks a bounded candidate set instead: the newest
# CANDIDATES matches (FTS5 walks its index newest first and stops there), bm25 within them.
# A query with fewer matches is ranked exactly as before; for a very common word the best
# of the most recent matches come first, which is what an officer searching them wants.
CANDIDATES = 2_000


def _statement_sql(filters: Filters | None) -> tuple[str, list[Any]]:
    clauses, params = (filters or Filters()).sql("f")
    extra = "".join(f" AND {c}" for c in clauses)
    join = " JOIN statements f ON f.pk = statements_fts.rowid" if clauses else ""
    return (
        "SELECT s.pk, s.id, s.title, s.lead || '\n\n' || s.body AS text, c.score"
        " FROM (SELECT statements_fts.rowid AS pk,"
        " bm25(statements_fts, 5.0, 1.0, 2.0) AS score FROM statements_fts"
        f"{join} WHERE statements_fts MATCH ?{extra}"
        f" ORDER BY statements_fts.rowid DESC LIMIT {CANDIDATES}) c"
        " JOIN statements s ON s.pk = c.pk ORDER BY c.score, s.date DESC LIMIT ?"
    ), params


_SQL = {
    "quotes": (
        "SELECT q.id, q.speaker AS title, q.text AS text, c.score"
        " FROM (SELECT rowid AS pk, bm25(quotes_fts) AS score FROM quotes_fts"
        f" WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT {CANDIDATES}) c"
        " JOIN quotes q ON q.pk = c.pk WHERE q.review != 'rejected' ORDER BY c.score LIMIT ?"
    ),
    "cases": (
        "SELECT c2.id, c2.title, c2.claim AS text, c.score"
        " FROM (SELECT rowid AS pk, bm25(cases_fts) AS score FROM cases_fts"
        f" WHERE cases_fts MATCH ? ORDER BY rowid DESC LIMIT {CANDIDATES}) c"
        " JOIN cases c2 ON c2.pk = c.pk ORDER BY c.score LIMIT ?"
    ),
}


def search(
    lib: Library,
    text: str,
    *,
    kind: str | None = None,
    limit: int = 50,
    filters: Filters | None = None,
    prefix: bool = False,
) -> list[Hit]:
    """Hits for `text`, best first; any text is a valid query (no FTS5 syntax errors).

    `filters` narrow the statements; `prefix` lets the last word match longer words (as the
    user types).
    """
    parsed = query_parser.parse(text, prefix=prefix)
    match = parsed.to_fts()
    if not match or limit <= 0:
        return []
    hits: list[Hit] = []
    for k in [kind] if kind else KINDS:
        if k == "statements":
            sql, params = _statement_sql(filters)
        else:
            sql, params = _SQL[k], []
        for row in lib.query(sql, [match, *params, limit]):
            hits.append(
                Hit(
                    kind=k,
                    id=row["id"],
                    title=row["title"],
                    snippet=functools.partial(snippet, row["text"] or "", parsed),
                    score=round(-float(row["score"]), 4),
                )
            )
    hits.sort(key=lambda h: h.score, reverse=True)
    return hits[:limit]


def statement_pks(
    lib: Library, parsed: ParsedQuery, filters: Filters | None, limit: int
) -> list[int]:
    """The pks of the statements matching `parsed` within `filters`, best first (ranked among
    the newest CANDIDATES matches, see above)."""
    match = parsed.to_fts()
    if not match:
        return []
    sql, params = _statement_sql(filters)
    return [int(r[0]) for r in lib.execute(sql, [match, *params, limit]).fetchall()]


def statement_snippets(
    lib: Library,
    pks: list[int],
    parsed: ParsedQuery,
    render: Callable[[list[tuple[str, bool]]], str] | None = None,
    *,
    width: int = SNIPPET_WIDTH,
) -> dict[int, str]:
    """A snippet for each statement pk, drawn by `render` from its (piece, is_match) parts."""
    draw = render or (lambda parts: "".join(piece for piece, _ in parts))
    found = statement_snippet_parts(lib, pks, parsed, width=width)
    return {pk: draw(parts) for pk, parts in found.items()}


def statement_snippet_parts(
    lib: Library, pks: list[int], parsed: ParsedQuery, *, width: int = SNIPPET_WIDTH
) -> dict[int, list[tuple[str, bool]]]:
    """The snippet of each statement pk as (piece, is_match) parts (see snippet_parts)."""
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    rows = lib.query(
        f"SELECT pk, lead || '\n\n' || body AS text FROM statements WHERE pk IN ({marks})", pks
    )
    return {r["pk"]: snippet_parts(r["text"] or "", parsed, width) for r in rows}


_SIMILAR_SQL = {
    "statements": (
        "SELECT s.id, s.title, s.lead || ' ' || s.body AS text,"
        " bm25(statements_fts, 5.0, 1.0, 2.0) AS score FROM statements_fts"
        " JOIN statements s ON s.pk = statements_fts.rowid WHERE statements_fts MATCH ?"
        " ORDER BY score LIMIT 200"
    ),
    "cases": (
        "SELECT c.id, c.title, c.claim AS text, bm25(cases_fts) AS score FROM cases_fts"
        " JOIN cases c ON c.pk = cases_fts.rowid WHERE cases_fts MATCH ? ORDER BY score LIMIT 200"
    ),
}
_TABLES = {"statements": "statements", "cases": "cases"}
SIMILAR_FROM = 0.05  # the least core.similarity score a record needs to be offered as similar


def _frequencies(lib: Library, kind: str, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
    """How many records of `kind` there are, and how many hold each of `terms` (stems)."""
    table = _TABLES[kind]
    total = int(lib.scalar(f"SELECT count(*) FROM {table}"))
    found = {
        t: int(
            lib.scalar(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", [f'"{t}"'])
        )
        for t in terms
    }
    return total, found


def similar(
    lib: Library,
    text: str,
    *,
    kind: str = "statements",
    limit: int = 5,
    exclude: set[str] | None = None,
) -> list[Hit]:
    """Statements or cases most like `text`, best first: "have we answered this before?" for a
    new claim. The records sharing a telling word are scored by `core.similarity` (stemmed,
    rare words weigh more, near-equal words count); those below `SIMILAR_FROM` are left out."""
    terms = similarity.keywords(text.replace('"', " "))[:40]
    if not terms:
        return []
    total, frequency = _frequencies(lib, kind, terms)
    wanted = [t for t in terms if frequency.get(t)]
    if not wanted:
        return []
    match = " OR ".join(f'"{t}"' for t in wanted)
    rows = {
        r["id"]: r
        for r in lib.query(_SIMILAR_SQL[kind], [match])
        if not (exclude and r["id"] in exclude)
    }
    corpus = similarity.Corpus.of({i: f"{r['title']} {r['text'] or ''}" for i, r in rows.items()})
    # The query's words weigh by the whole library, not only by the records that hold them.
    corpus.total = total
    for term, count in frequency.items():
        corpus.frequency[term] = count
    hits = []
    for record_id, score in corpus.rank(text, limit=limit, minimum=SIMILAR_FROM):
        row = rows[record_id]
        shared = sorted(set(terms) & set(corpus.documents[record_id]))
        hits.append(
            Hit(
                kind,
                record_id,
                row["title"],
                snippet(row["text"] or "", ParsedQuery(terms=shared)),
                score,
            )
        )
    return hits
