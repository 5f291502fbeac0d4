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
from humasdesk.core.text import fold, stem
from humasdesk.store import search_index
from humasdesk.store.db import Library
from humasdesk.store.search_index import Filters as IndexFilters

KINDS = ("statements", "quotes", "cases")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_WORD = re.compile(r"\w+")
SNIPPET_WIDTH = 180


class Hit:
    """One search result. Its snippet is drawn when first read: a list shows a few rows of
    the hits, and finding the best passage of a long statement costs more than the search."""

    def __init__(
        self,
        kind: str,
        id: str,
        title: str,
        snippet: str | Callable[[], str],
        score: float,
        date: str | None = None,
    ) -> None:
        self.kind, self.id, self.title, self.score, self.date = kind, id, title, score, date
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
            "date": self.date,
        }


@dataclass
class Filters:
    """What the statement list's filter bar holds; every field narrows the result."""

    status: str | None = None
    tag: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    speaker: str | None = None  # quotes only: part of the speaker's name

    def any(self) -> bool:
        return any(
            (self.status, self.tag, self.language, self.date_from, self.date_to, self.speaker)
        )

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
    known: dict[str, bool] = {}  # a statement repeats its words: each is tested once
    cheap_match = _matcher(parsed)

    def matches(word: str) -> bool:
        found = known.get(word)
        if found is None:
            found = known[word] = cheap_match(fold(word))
        return found

    best, best_score = "", 0
    for match in _SENTENCE.finditer(prose):
        sentence = match.group(0).strip()
        if not sentence:
            continue
        found = {fold(w) for w in _WORD.findall(sentence) if matches(w)}
        score = len(found)
        if score > best_score:
            best, best_score = sentence, score
    if not best:
        best = prose.strip().split("\n", 1)[0]
    if len(best) > width:
        first = next(
            (m.start() for m in _WORD.finditer(best) if matches(m.group(0))),
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
        if matches(m.group(0)):
            parts.append((best[last : m.start()], False))
            parts.append((m.group(0), True))
            last = m.end()
    parts.append((best[last:], False))
    return [p for p in parts if p[0]]


def _matcher(parsed: ParsedQuery) -> Callable[[str], bool]:
    """parsed.matches_word for folded words, skipping the stemmer for words that cannot hold
    a query stem.

    Indonesian prefixes may change a stem's first letter ("pukul" in "memukul"), so the test
    looks for the stem without its first letter before asking the stemmer.
    """
    stems = parsed.stems()
    cores = [token[1:] if len(token) > 3 else token for token in stems]
    prefix = parsed.prefix

    def matches(folded: str) -> bool:
        if prefix and folded.startswith(prefix):
            return True
        return any(core in folded for core in cores) and stem(folded) in stems

    return matches


def snippet(text: str, parsed: ParsedQuery, width: int = SNIPPET_WIDTH) -> str:
    """The snippet as one line, each matching word in [brackets] (the CLI's form)."""
    return "".join(
        f"[{piece}]" if hit else piece for piece, hit in snippet_parts(text, parsed, width)
    )


# Statements and quotes are ranked by the search engine's index (store.search_index): exact
# BM25 over every match, filters inside the query. While that index is being built (a new or
# damaged one, an encrypted library just unlocked) the FTS5 tables answer instead, also
# exactly (every match ranked): slower for a very common word, never wrong.


def _index_filters(filters: Filters | None, review: str | None = "accepted") -> IndexFilters:
    found = filters or Filters()
    return IndexFilters(
        status=found.status,
        tag=found.tag,
        language=found.language,
        date_from=found.date_from,
        date_to=found.date_to,
        speaker=found.speaker,
        review=review,
    )


def ranked_pks(
    lib: Library,
    kind: str,
    parsed: ParsedQuery,
    filters: Filters | IndexFilters | None = None,
    *,
    sort: str = "relevance",
    limit: int = 50,
    wait: bool = True,
) -> list[tuple[int, float]]:
    """(pk, score) of the best `limit` statements or quotes for `parsed` within `filters`,
    best first (`sort` "date": newest dated first). `wait` False: a rebuild of the index is
    not waited for (the FTS5 tables answer meanwhile)."""
    if parsed.empty or limit <= 0:
        return []
    wanted = filters if isinstance(filters, IndexFilters) else _index_filters(filters)
    try:
        index = search_index.current(lib, wait=wait)
        found = index.search(kind, parsed, wanted, sort=sort, limit=limit)
    except search_index.IndexUnavailable:
        return _fts_pks(lib, kind, parsed, wanted, sort=sort, limit=limit)
    if not wait and found and index.pending(lib):
        # A few changes behind (see search_index.current): records deleted since go.
        marks = ",".join("?" * len(found))
        there = {
            r[0]
            for r in lib.execute(
                f"SELECT pk FROM {kind} WHERE pk IN ({marks})", [p for p, _ in found]
            )
        }
        found = [hit for hit in found if hit[0] in there]
    return found


def _fts_pks(
    lib: Library, kind: str, parsed: ParsedQuery, filters: IndexFilters, *, sort: str, limit: int
) -> list[tuple[int, float]]:
    """The same search on the FTS5 tables: bm25 over every match, filters in SQL."""
    match = parsed.to_fts()
    if not match:
        return []
    table, alias = (kind, "s") if kind == "statements" else ("quotes", "q")
    clauses, params = Filters(
        status=filters.status,
        tag=None if kind == "quotes" else filters.tag,
        language=filters.language,
        date_from=filters.date_from,
        date_to=filters.date_to,
    ).sql(alias)
    if kind == "quotes":
        from humasdesk.store import quotes

        where, more = quotes.filter_sql(
            quotes.Filters(
                review=filters.review or "", speaker=filters.speaker or "", tag=filters.tag or ""
            )
        )
        clauses.append(where)
        params += more
        clauses.append("q.review != 'rejected'")
    weights = "5.0, 1.0, 2.0" if kind == "statements" else "1.0, 1.0"
    newest = f"{alias}.date IS NULL, {alias}.date DESC, {alias}.pk DESC"
    sql = (
        f"SELECT {alias}.pk, -bm25({table}_fts, {weights}) AS score FROM {table}_fts"
        f" JOIN {table} {alias} ON {alias}.pk = {table}_fts.rowid WHERE {table}_fts MATCH ?"
        + "".join(f" AND {c}" for c in clauses)
        + f" ORDER BY {newest if sort == 'date' else 'score DESC'} LIMIT ?"
    )
    return [(int(r[0]), float(r[1])) for r in lib.execute(sql, [match, *params, limit])]


_ROW_SQL = {
    "statements": (
        "SELECT pk, id, title, date, lead || '\n\n' || body AS text FROM statements"
        " WHERE pk IN ({marks})"
    ),
    "quotes": "SELECT pk, id, speaker AS title, date, text FROM quotes WHERE pk IN ({marks})",
}
_CASES_SQL = (
    "SELECT c2.id, c2.title, c2.claim AS text, -bm25(cases_fts) AS score FROM cases_fts"
    " JOIN cases c2 ON c2.pk = cases_fts.rowid WHERE cases_fts MATCH ?"
)


def search(
    lib: Library,
    text: str,
    *,
    kind: str | None = None,
    limit: int = 50,
    filters: Filters | None = None,
    prefix: bool = False,
    sort: str = "relevance",
    wait: bool = True,
) -> list[Hit]:
    """Hits for `text`, best first (`sort` "date": newest dated first); any text is a valid
    query.

    `filters` are part of the search: each narrows the kinds that have its field (a speaker
    means quotes; status, tag, language and dates narrow statements and quotes alike), and
    cases, which have none of them, are searched only without filters. `prefix` lets the
    last word match longer words (as the user types).
    """
    parsed = query_parser.parse(text, prefix=prefix)
    if parsed.empty or limit <= 0:
        return []
    filtered = filters is not None and filters.any()
    hits: list[Hit] = []
    for k in [kind] if kind else KINDS:
        if k == "cases":
            if not filtered:
                hits += _case_hits(lib, parsed, sort, limit)
            continue
        if k == "statements" and filters is not None and filters.speaker:
            continue
        found = ranked_pks(lib, k, parsed, filters, sort=sort, limit=limit, wait=wait)
        if not found:
            continue
        marks = ",".join("?" * len(found))
        rows = {
            r["pk"]: r for r in lib.query(_ROW_SQL[k].format(marks=marks), [p for p, _ in found])
        }
        for pk, score in found:
            row = rows.get(pk)
            if row is None:
                continue  # deleted since the index was brought up to date
            hits.append(
                Hit(
                    kind=k,
                    id=row["id"],
                    title=row["title"],
                    snippet=functools.partial(snippet, row["text"] or "", parsed),
                    score=round(score, 4) if sort != "date" else 0.0,
                    date=row["date"],
                )
            )
    if sort == "date":
        hits.sort(key=lambda h: (h.date is not None, h.date or ""), reverse=True)
    else:
        hits.sort(key=lambda h: h.score, reverse=True)
    return hits[:limit]


def _case_hits(lib: Library, parsed: ParsedQuery, sort: str, limit: int) -> list[Hit]:
    """Cases stay on FTS5 (an office has hundreds, not millions): bm25 over every match."""
    match = parsed.to_fts()
    if not match:
        return []
    order = "score DESC" if sort != "date" else "c2.updated_at DESC"
    return [
        Hit(
            kind="cases",
            id=row["id"],
            title=row["title"],
            snippet=functools.partial(snippet, row["text"] or "", parsed),
            score=round(float(row["score"]), 4) if sort != "date" else 0.0,
        )
        for row in lib.query(f"{_CASES_SQL} ORDER BY {order} LIMIT ?", [match, limit])
    ]


def statement_pks(
    lib: Library,
    parsed: ParsedQuery,
    filters: Filters | None,
    limit: int,
    *,
    sort: str = "relevance",
    wait: bool = True,
) -> list[int]:
    """The pks of the statements matching `parsed` within `filters`, best first (or newest
    dated first), ranked over every match."""
    return [
        pk
        for pk, _ in ranked_pks(
            lib, "statements", parsed, filters, sort=sort, limit=limit, wait=wait
        )
    ]


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
