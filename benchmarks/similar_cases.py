"""Does "have we answered this before?" find the earlier item about the same hoax?

Recall@5 of `core.similarity` on TurnBackHoax's 2026 fact-checks (../shared/corpora/
hoax-turnbackhoax-2026.csv, read at run time, never copied). Each item is a claim (`narasi`).
"About the same hoax" is an equivalence: the pairs below are joined into groups (connected
components), and every item of a group of two or more is a query against all the other items;
it is found when one of the five most similar is of its group (one earlier answer is what the
officer needs). Scams retold for many companies ("tautan pendaftaran lowongan kerja X") make
one group: the same modus, the same warning to reuse.

Pairs of the same hoax, derived without the similarity being measured (it reads `narasi`,
the pairs come from the fact-checkers' titles and references), reproducibly:
- A: the two items' titles (the article slug of `url`, less its number and verdict word)
  share at least three telling words (stemmed, no stopwords or numbers), of which at least
  two are not generic (tautan, pendaftaran, video, gratis, ...), and at least 75% of the
  shorter title's telling words: the same claim checked twice, e.g. "turki kerahkan ribuan
  helikopter ke iran" / "ribuan helikopter turki diterbangkan membantu iran";
- B: the two items cite the same specific reference (a URL with a path, cited by at most three
  items, not an archive or social-media profile page) and their titles share at least two
  telling words other than generic ones (tautan, video, pendaftaran, ...): the same scam or
  claim retold, e.g. "tautan pengecekan BSU pangan tunai" / "tautan penyaluran bantuan subsidi
  upah BSU".
`--show N` prints N pairs to check by hand (see benchmarks/README.md for the check).

    python benchmarks/similar_cases.py [--show 20] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humasdesk.core import similarity  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "hoax-turnbackhoax-2026.csv"
VERDICT_WORDS = r"(?:salah|penipuan|parodi|satire|satir|komedi|hoaks|disinformasi)"
GENERIC = frozenset(
    similarity.keywords(
        "tautan video foto link pendaftaran bantuan resmi viral beredar unggahan akun "
        "indonesia klaim benar baru gratis program layanan informasi pemerintah"
    )
)
_NOT_SPECIFIC = re.compile(r"arsip|archive|cekfakta\.com/focus|/search|google\.|/profile")


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r.get("narasi", "").strip()]


def title_words(url: str) -> set[str]:
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(rf"^\d+-(?:{VERDICT_WORDS}-)?", "", slug)
    slug = re.sub(r"-\d+$", "", slug)
    return set(similarity.keywords(slug.replace("-", " ")))


def references(row: dict[str, str]) -> set[str]:
    found = set()
    for ref in row.get("referensi", "").split("|"):
        ref = ref.strip().rstrip("/")
        if ref.count("/") >= 4 and len(ref) > 30 and not _NOT_SPECIFIC.search(ref):
            found.add(ref)
    return found


def pairs(rows: list[dict[str, str]]) -> list[tuple[int, int, str]]:
    """(i, j, rule) for every pair of items about the same hoax, by the rules above."""
    titles = [title_words(r["url"] if "url" in r else r.get("\ufeffurl", "")) for r in rows]
    cited: dict[str, set[int]] = {}
    for i, row in enumerate(rows):
        for ref in references(row):
            cited.setdefault(ref, set()).add(i)
    found: dict[tuple[int, int], str] = {}
    for i, j in itertools.combinations(range(len(rows)), 2):
        shared = titles[i] & titles[j]
        shorter = min(len(titles[i]), len(titles[j])) or 1
        if len(shared) >= 3 and len(shared - GENERIC) >= 2 and len(shared) >= 0.75 * shorter:
            found[(i, j)] = "A"
    for members in cited.values():
        if 2 <= len(members) <= 3:
            for i, j in itertools.combinations(sorted(members), 2):
                if len((titles[i] & titles[j]) - GENERIC) >= 2:
                    found.setdefault((i, j), "B")
    return [(i, j, rule) for (i, j), rule in sorted(found.items())]


def groups(count: int, found: list[tuple[int, int, str]]) -> list[set[int]]:
    """The items joined by the pairs, as groups of two or more (union-find)."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _rule in found:
        parent[root(i)] = root(j)
    joined: dict[int, set[int]] = {}
    for i in range(count):
        joined.setdefault(root(i), set()).add(i)
    return sorted((g for g in joined.values() if len(g) > 1), key=min)


def recall_at(rows: list[dict[str, str]], found: list[tuple[int, int, str]], k: int) -> dict:
    corpus = similarity.Corpus.of({str(i): r["narasi"] for i, r in enumerate(rows)})
    partners = {i: group - {i} for group in groups(len(rows), found) for i in group}
    hits = total = 0
    misses = []
    started = time.perf_counter()
    for query, wanted in sorted(partners.items()):
        ranked = corpus.rank(rows[query]["narasi"], limit=k, exclude={str(query)})
        total += 1
        if wanted & {int(key) for key, _score in ranked}:
            hits += 1
        else:
            misses.append((query, min(wanted)))
    seconds = time.perf_counter() - started
    return {
        "items": len(rows),
        "pairs": len(found),
        "queries": total,
        f"recall_at_{k}": round(hits / total, 3) if total else None,
        "ms_per_query": round(1000 * seconds / max(total, 1), 1),
        "misses": misses,
    }


def slug(row: dict[str, str]) -> str:
    return (row.get("url") or row.get("\ufeffurl", "")).rstrip("/").rsplit("/", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--show", type=int, default=0, help="print this many pairs to check")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"The corpus is not there: {args.corpus}", file=sys.stderr)
        return 2
    rows = load(args.corpus)
    found = pairs(rows)
    for i, j, rule in random.Random(17).sample(found, min(args.show, len(found))):
        print(f"{rule}  {slug(rows[i])}\n   {slug(rows[j])}")
    result = recall_at(rows, found, args.k)
    by_rule = {r: sum(1 for p in found if p[2] == r) for r in ("A", "B")}
    joined = groups(len(rows), found)
    result["groups"] = len(joined)
    print(
        f"{len(joined)} groups (largest {max(len(g) for g in joined)}) of "
        f"{result['pairs']} pairs (A {by_rule['A']}, B {by_rule['B']}) among {result['items']} "
        f"items: recall@{args.k} {result[f'recall_at_{args.k}']} over {result['queries']} "
        f"items with a partner, {result['ms_per_query']} ms a query"
    )
    for query, partner in result["misses"]:
        print(f"  missed: {slug(rows[query])} -> {slug(rows[partner])}")
    if args.json:
        summary = {k: v for k, v in result.items() if k != "misses"}
        summary["pairs_by_rule"] = by_rule
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
