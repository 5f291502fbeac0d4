"""Full-text search over statements, quotes and cases, ranked by FTS5's bm25."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from humasdesk.core import query as query_parser
from humasdesk.core.text import fold, stem
from humasdesk.store.db import Library

KINDS = ("statements", "quotes", "cases")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass
class Hit:
    kind: str
    id: str
    title: str
    snippet: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def snippet(text: str, stems: set[str], width: int = 160) -> str:
    """The first sentence that holds a query word, with matching words in [brackets]."""
    best = ""
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0).strip()
        if any(stem(w) in stems for w in re.findall(r"\w+", fold(sentence))):
            best = sentence
            break
    if not best:
        best = text.strip().split("\n", 1)[0]
    if len(best) > width:
        best = best[: width - 1].rstrip() + "…"

    def mark(m: re.Match[str]) -> str:
        word = m.group(0)
        return f"[{word}]" if stem(fold(word)) in stems else word

    return re.sub(r"\w+", mark, best)


_SQL = {
    "statements": (
        "SELECT s.id, s.title, s.lead || ' ' || s.body AS text, bm25(statements_fts, 5.0, 1.0, 2.0)"
        " AS score FROM statements_fts JOIN statements s ON s.pk = statements_fts.rowid"
        " WHERE statements_fts MATCH ? ORDER BY score LIMIT ?"
    ),
    "quotes": (
        "SELECT q.id, q.speaker AS title, q.text AS text, bm25(quotes_fts) AS score"
        " FROM quotes_fts JOIN quotes q ON q.pk = quotes_fts.rowid"
        " WHERE quotes_fts MATCH ? AND q.review != 'rejected' ORDER BY score LIMIT ?"
    ),
    "cases": (
        "SELECT c.id, c.title, c.claim AS text, bm25(cases_fts) AS score"
        " FROM cases_fts JOIN cases c ON c.pk = cases_fts.rowid"
        " WHERE cases_fts MATCH ? ORDER BY score LIMIT ?"
    ),
}


def search(lib: Library, text: str, *, kind: str | None = None, limit: int = 50) -> list[Hit]:
    """Hits for `text`, best first; any text is a valid query (no FTS5 syntax errors)."""
    parsed = query_parser.parse(text)
    if parsed.empty:
        return []
    match = parsed.to_fts()
    stems = parsed.stems()
    hits: list[Hit] = []
    for k in [kind] if kind else KINDS:
        for row in lib.query(_SQL[k], [match, limit]):
            hits.append(
                Hit(
                    kind=k,
                    id=row["id"],
                    title=row["title"],
                    snippet=snippet(row["text"] or "", stems),
                    score=round(-float(row["score"]), 4),
                )
            )
    hits.sort(key=lambda h: h.score, reverse=True)
    return hits[:limit]


# Words too common to say two claims are alike.
_STOPWORD_TEXT = (
    "yang dan di ke dari untuk dengan ini itu pada oleh atau akan telah sudah tidak bukan juga "
    "karena sebagai dalam bahwa para serta agar bagi tersebut sebut kata ada adalah "
    "the and of to in is are was were for with that this by on from as be it not has have"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_SIMILAR_SQL = {
    "statements": (
        "SELECT s.id, s.title, s.lead || ' ' || s.body AS text, statements_fts.title || ' ' ||"
        " statements_fts.body || ' ' || statements_fts.tags AS stems,"
        " bm25(statements_fts, 5.0, 1.0, 2.0) AS score FROM statements_fts"
        " JOIN statements s ON s.pk = statements_fts.rowid WHERE statements_fts MATCH ?"
        " ORDER BY score LIMIT 200"
    ),
    "cases": (
        "SELECT c.id, c.title, c.claim AS text, cases_fts.title || ' ' || cases_fts.body AS stems,"
        " bm25(cases_fts) AS score FROM cases_fts JOIN cases c ON c.pk = cases_fts.rowid"
        " WHERE cases_fts MATCH ? ORDER BY score LIMIT 200"
    ),
}


def _common_words(lib: Library, words: set[str]) -> set[str]:
    """Words found in more than 40% of the statements and cases (an office's own name, its
    province): they say nothing about whether two claims are alike."""
    total = int(
        lib.scalar("SELECT (SELECT count(*) FROM statements) + (SELECT count(*) FROM cases)")
    )
    if total < 5:
        return set()
    common = set()
    for word in words:
        found = int(
            lib.scalar(
                "SELECT (SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?)"
                " + (SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?)",
                [f'"{word}"', f'"{word}"'],
            )
        )
        if found > 0.4 * total:
            common.add(word)
    return common


def similar(
    lib: Library,
    text: str,
    *,
    kind: str = "statements",
    limit: int = 5,
    exclude: set[str] | None = None,
) -> list[Hit]:
    """Statements or cases sharing the most telling words with `text`, best first: "have we
    answered this before?" for a new claim. Score = the number of shared words; a record must
    share two of them (three when the text is long, one when it has only one) to count."""
    terms: list[str] = []
    for word in query_parser.parse(text.replace('"', " ")).terms:
        if len(word) > 2 and word not in _STOPWORDS and not word.isdigit() and word not in terms:
            terms.append(word)
    if not terms:
        return []
    wanted = set(terms[:40]) - _common_words(lib, set(terms[:40])) or set(terms[:40])
    match = " OR ".join(f'"{t}"' for t in wanted)
    needed = min(3 if len(wanted) >= 8 else 2, len(wanted))
    hits: list[tuple[int, float, Hit]] = []
    for row in lib.query(_SIMILAR_SQL[kind], [match]):
        if exclude and row["id"] in exclude:
            continue
        shared = wanted & set((row["stems"] or "").split())
        if len(shared) < needed:
            continue
        hit = Hit(kind, row["id"], row["title"], snippet(row["text"] or "", shared), len(shared))
        hits.append((len(shared), -float(row["score"]), hit))
    hits.sort(key=lambda h: (h[0], h[1]), reverse=True)
    return [h for _n, _s, h in hits[:limit]]
