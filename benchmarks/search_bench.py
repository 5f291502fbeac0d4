"""Search at archive scale, per query class: the search engine's index against plain FTS5.

    python benchmarks/search_bench.py [--quick] [--json FILE] [--main-tree DIR]

On the generated archive (benchmarks/generate_archive.py; quick: 20,000 statements and
200,000 quotes) it measures, for statements and for quotes and for each query class (rare,
mid, common, very common "yang", phrase, filtered):
- cold: the first query of the class in a fresh process (the index opened by that query);
- warm: every query of the class, 7 passes, p50 and p95;
- the same through plain FTS5 ranking every match (`ORDER BY bm25`, filters in SQL), in the
  same run, and the ratio of the p95s;
- agreement@20: how many of the index's top 20 are in the top 20 of BM25 computed here over
  every match (per-field BM25, the index's weights, exact field lengths; ties counted);
- building the index (seconds, peak memory, size on disk against the FTS5 tables);
- with --main-tree (a checkout of the code before this change), importing the same files
  with both, each in a fresh process: documents per second and peak memory.
Each figure comes from its own process, so one never warms another's caches.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

CLASSES: dict[str, list[str]] = {
    "rare": ["megapiksel", "kosmopolitanisme", "sesegukan", "serbabisa"],
    "mid": ["bendungan", "vaksinasi", "organisasi", "tambang", "dokter"],
    "common": ["pemerintah", "harga", "indonesia", "masyarakat"],
    "very common": ["yang"],
    "phrase": ['"harga emas"', '"menteri keuangan"', '"bantuan sosial"', '"kata presiden"'],
}
FILTERED = ["pemerintah", "harga", "yang"]  # each with one set of filters (see filters_for)
KINDS = ("statements", "quotes")
PASSES = 7
LIMIT = 20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# ------------------------------------------------------------------ in the child process
def _filters(kind: str, spec: dict[str, Any]) -> Any:
    from humasdesk.store.search_index import Filters

    return Filters(**spec) if spec else None


def child_queries(library: str, spec_file: str) -> None:
    """Runs the queries of the spec through one engine; prints their times."""
    from humasdesk.core import query
    from humasdesk.store import search
    from humasdesk.store.db import open_library
    from humasdesk.store.search_index import Filters

    spec = json.loads(Path(spec_file).read_text())
    lib = open_library(Path(library), create=False)
    out = []
    for q in spec["queries"]:
        parsed = query.parse(q["text"])
        filters = Filters(**q["filters"]) if q["filters"] else Filters()
        times, hits = [], 0
        for _ in range(spec["passes"]):
            t0 = time.perf_counter()
            if spec["engine"] == "index":
                found = search.ranked_pks(lib, q["kind"], parsed, filters, limit=LIMIT, wait=False)
            else:
                found = search._fts_pks(
                    lib, q["kind"], parsed, filters, sort="relevance", limit=LIMIT
                )
            times.append((time.perf_counter() - t0) * 1000)
            hits = len(found)
        out.append({**q, "ms": times, "hits": hits, "pks": [p for p, _ in found]})
    print("BENCH " + json.dumps({"queries": out, "rss_mb": peak_rss_mb()}))


def child_index(library: str) -> None:
    """Builds the library's index from nothing: seconds and peak memory."""
    from humasdesk.store import search_index
    from humasdesk.store.db import open_library

    lib = open_library(Path(library), create=False)
    t0 = time.perf_counter()
    search_index.bring_up_to_date(lib)
    seconds = time.perf_counter() - t0
    folder = search_index.index_folder(lib.path)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print("BENCH " + json.dumps({"seconds": seconds, "bytes": size, "rss_mb": peak_rss_mb()}))


def child_encrypted(library: str) -> None:
    """The in-memory index of an encrypted library: building it after unlock."""
    from humasdesk.store import search, search_index
    from humasdesk.store.db import open_library

    lib = open_library(Path(library), create=False, passphrase="bench-passphrase-123")
    t0 = time.perf_counter()
    search_index.bring_up_to_date(lib)
    seconds = time.perf_counter() - t0
    from humasdesk.core import query

    t1 = time.perf_counter()
    search.ranked_pks(lib, "quotes", query.parse("pemerintah"), None, limit=LIMIT)
    print(
        "BENCH "
        + json.dumps(
            {
                "seconds": seconds,
                "first_query_ms": (time.perf_counter() - t1) * 1000,
                "rss_mb": peak_rss_mb(),
            }
        )
    )


def _stored_lengths() -> list[int]:
    """The field lengths the engine can store (one byte each: exact up to 40, then on a log
    scale), as tantivy's documentation of its field norms describes them."""
    table = []
    for byte in range(256):
        if byte < 24:
            table.append(byte)
            continue
        e = byte - 24
        bits, shift = e & 7, e >> 3
        table.append(24 + (bits if shift == 0 else (bits | 8) << (shift - 1)))
    return table


def child_agreement(library: str, spec_file: str) -> None:
    """BM25 computed here over every match; how many of the index's top 20 it agrees with."""
    import bisect

    from humasdesk.core import query
    from humasdesk.core.text import index_text
    from humasdesk.store import search, search_index, stems
    from humasdesk.store.db import open_library

    spec = json.loads(Path(spec_file).read_text())
    lib = open_library(Path(library), create=False)
    stems.load(lib)
    weights = search_index.WEIGHTS
    table = _stored_lengths()

    def stored(n: int) -> int:
        return table[bisect.bisect_right(table, n) - 1]

    results = []
    for kind in KINDS:
        fields = list(weights[kind])  # the order of the columns below
        if kind == "statements":
            sql = (
                "SELECT s.pk, f.title, s.lead, f.tags, f.body FROM statements s"
                " JOIN statements_fts f ON f.rowid = s.pk"
            )
        else:
            sql = (
                "SELECT q.pk, f.text, f.speaker FROM quotes q JOIN quotes_fts f"
                " ON f.rowid = q.pk WHERE q.review != 'rejected'"
            )
        mine = [q for q in spec["queries"] if q["kind"] == kind]
        parsed = {q["text"]: query.parse(q["text"]) for q in mine}
        terms = {t for p in parsed.values() for t in p.terms + [w for ph in p.phrases for w in ph]}
        n_docs, total_len = 0, dict.fromkeys(fields, 0)
        df = {(f, t): 0 for f in fields for t in terms}
        docs: dict[int, dict[str, list[str]]] = {}
        for row in lib.conn.execute(sql):
            n_docs += 1
            values = list(row[1:])
            if kind == "statements":
                values[1] = index_text(values[1] or "")
            doc = {f: (v or "").split() for f, v in zip(fields, values, strict=True)}
            for f in fields:
                total_len[f] += len(doc[f])
                for t in terms.intersection(doc[f]):
                    df[(f, t)] += 1
            if any(terms.intersection(words) for words in doc.values()):
                docs[int(row[0])] = doc
        avg = {f: total_len[f] / n_docs for f in fields}
        # The statistics cover every indexed quote; the library's search lists accepted ones.
        accepted = (
            None
            if kind == "statements"
            else {r[0] for r in lib.conn.execute("SELECT pk FROM quotes WHERE review = 'accepted'")}
        )

        def idf(f: str, t: str, df: dict[tuple[str, str], int] = df, n_docs: int = n_docs) -> float:
            n = df[(f, t)]
            return math.log(1 + (n_docs - n + 0.5) / (n + 0.5))

        for q in mine:
            p = parsed[q["text"]]
            wanted = (
                accepted
                if not q["filters"]
                else {
                    pk
                    for pk, _s in search._fts_pks(
                        lib,
                        kind,
                        p,
                        search_index.Filters(**q["filters"]),
                        sort="relevance",
                        limit=10**9,
                    )
                }
            )
            engine = search.ranked_pks(
                lib, kind, p, search_index.Filters(**(q["filters"] or {})), limit=LIMIT
            )
            row = {**q}
            for name, length in (("exact", len), ("stored", lambda w: stored(len(w)))):
                scores: dict[int, float] = {}
                for pk, doc in docs.items():
                    if wanted is not None and pk not in wanted:
                        continue
                    total, ok = 0.0, True
                    for unit in [[t] for t in p.terms] + p.phrases:
                        part = 0.0
                        for f, w in weights[kind].items():
                            words = doc[f]
                            if len(unit) == 1:
                                tf = words.count(unit[0])
                            else:
                                tf = sum(
                                    words[i : i + len(unit)] == unit
                                    for i in range(len(words) - len(unit) + 1)
                                )
                            if tf:
                                norm = 1 - 0.75 + 0.75 * length(words) / avg[f]
                                weight = sum(idf(f, t) for t in unit)
                                part += w * weight * tf * 2.2 / (tf + 1.2 * norm)
                        if part == 0.0:
                            ok = False
                            break
                        total += part
                    if ok:
                        scores[pk] = total
                best = sorted(scores.values(), reverse=True)
                expected = min(LIMIT, len(best))
                row["of"], row["matches"] = expected, len(best)
                if expected == 0:
                    row[f"agree_{name}"] = 0 if engine else None
                    continue
                floor = best[expected - 1] * (1 - 1e-4)  # ties at the 20th place count
                row[f"agree_{name}"] = sum(1 for pk, _ in engine if scores.get(pk, -1.0) >= floor)
            row["agree"] = row["agree_exact"]
            results.append(row)
    print("BENCH " + json.dumps({"queries": results, "rss_mb": peak_rss_mb()}))


def child_import(library: str, folder: str) -> None:
    """Imports the files with the code on PYTHONPATH (this branch's or the older one's)."""
    sys.path.remove(str(ROOT))  # the tree to measure comes first on PYTHONPATH
    from humasdesk.store import importer
    from humasdesk.store.db import open_library

    paths = sorted(Path(folder).glob("*.txt"))
    lib = open_library(Path(library))  # a new library, made by the code measured
    t0 = time.perf_counter()
    importer.import_paths(lib, paths, lambda *_a: None, lambda: False)
    seconds = time.perf_counter() - t0
    rss_import = peak_rss_mb()
    synced = 0.0
    try:
        from humasdesk.store import search_index
    except ImportError:
        search_index = None  # type: ignore[assignment]
    if search_index is not None:  # what the window does next, in the background
        t1 = time.perf_counter()
        search_index.bring_up_to_date(lib)
        synced = time.perf_counter() - t1
    print(
        "BENCH "
        + json.dumps(
            {
                "seconds": seconds,
                "index_sync_s": synced,
                "docs": len(paths),
                "rss_mb": rss_import,  # the import's peak
                "rss_with_sync_mb": peak_rss_mb(),
                "code": str(Path(importer.__file__).parents[2]),
            }
        )
    )


# ------------------------------------------------------------------ in the parent
def run_child(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, timeout=3600
    )
    lines = [x for x in proc.stdout.splitlines() if x.startswith("BENCH ")]
    if not lines:
        raise RuntimeError(f"{args[0]} failed: {proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1][6:])
    return result


def filters_for(library: Path) -> dict[str, list[dict[str, Any]]]:
    """One set of filters per FILTERED word, for each kind, from values the archive holds."""
    with sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True) as conn:
        tag = conn.execute(
            "SELECT t.name FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id"
            " GROUP BY t.name ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        speaker = conn.execute(
            "SELECT speaker FROM quotes WHERE review = 'accepted' GROUP BY speaker"
            " ORDER BY count(*) DESC LIMIT 1 OFFSET 3"
        ).fetchone()[0]
        year = conn.execute("SELECT max(substr(date, 1, 4)) FROM statements").fetchone()[0]
    last = int(year) - 1
    return {
        "statements": [
            {"status": "published"},
            {"date_from": f"{last}-01-01", "date_to": f"{last}-12-31"},
            {"tag": tag, "language": "id"},
        ],
        "quotes": [
            {"speaker": speaker.split()[-1]},
            {"status": "approved", "date_from": f"{last}-01-01", "date_to": f"{last}-06-30"},
            {"tag": tag},
        ],
    }


def query_spec(library: Path) -> list[dict[str, Any]]:
    found = filters_for(library)
    queries = []
    for kind in KINDS:
        for cls, texts in CLASSES.items():
            queries += [{"text": t, "class": cls, "kind": kind, "filters": {}} for t in texts]
        for text, filters in zip(FILTERED, found[kind], strict=True):
            queries.append({"text": text, "class": "filtered", "kind": kind, "filters": filters})
    return queries


def measure_queries(library: Path, work: Path) -> dict[str, Any]:
    queries = query_spec(library)
    spec = work / "spec.json"
    by_key: dict[tuple[str, str, str], dict[str, Any]] = {}
    for engine in ("index", "fts5"):
        # Warm: one process, every query PASSES times (the first pass warms it).
        spec.write_text(json.dumps({"queries": queries, "passes": PASSES, "engine": engine}))
        for q in run_child(["--child-queries", str(library), str(spec)])["queries"]:
            by_key[(engine, q["kind"], q["text"] + json.dumps(q["filters"]))] = q
    classes: list[dict[str, Any]] = []
    for kind in KINDS:
        for cls in [*CLASSES, "filtered"]:
            mine = [q for q in queries if q["kind"] == kind and q["class"] == cls]
            row: dict[str, Any] = {"kind": kind, "class": cls, "queries": len(mine)}
            for engine in ("index", "fts5"):
                # Cold: the class's first query in a fresh process.
                spec.write_text(json.dumps({"queries": mine[:1], "passes": 1, "engine": engine}))
                cold = run_child(["--child-queries", str(library), str(spec)])["queries"][0]
                warm = [
                    ms
                    for q in mine
                    for ms in by_key[(engine, kind, q["text"] + json.dumps(q["filters"]))]["ms"][1:]
                ]
                row[engine] = {
                    "cold_ms": round(cold["ms"][0], 2),
                    "warm_p50_ms": round(percentile(warm, 0.5), 2),
                    "warm_p95_ms": round(percentile(warm, 0.95), 2),
                }
            row["ratio_p95"] = round(row["index"]["warm_p95_ms"] / row["fts5"]["warm_p95_ms"], 3)
            row["ratio_cold"] = round(row["index"]["cold_ms"] / row["fts5"]["cold_ms"], 3)
            row["hits"] = [
                by_key[("index", kind, q["text"] + json.dumps(q["filters"]))]["hits"] for q in mine
            ]
            classes.append(row)
    spec.write_text(json.dumps({"queries": queries}))
    agreement = run_child(["--child-agreement", str(library), str(spec)])["queries"]
    return {"classes": classes, "agreement": agreement}


def measure_import(main_tree: Path, work: Path, n_docs: int) -> dict[str, Any]:
    import generate_archive
    import run as run_bench

    articles = generate_archive.read_articles()
    folder = work / "docs"
    run_bench.write_documents(folder, articles[:n_docs])
    results: dict[str, Any] = {}
    for name, tree in (("before", main_tree), ("after", ROOT)):
        library = work / f"import-{name}.humasdesk"
        env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
        data = run_child(["--child-import", str(library), str(folder)], env=env)
        data["docs_per_s"] = round(data["docs"] / data["seconds"], 1)
        results[name] = data
    results["ratio_docs_per_s"] = round(
        results["after"]["docs_per_s"] / results["before"]["docs_per_s"], 3
    )
    results["ratio_peak_rss"] = round(results["after"]["rss_mb"] / results["before"]["rss_mb"], 3)
    return results


def fts5_bytes(library: Path) -> int | None:
    with sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True) as conn:
        try:
            row = conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'statements_fts%'"
                " OR name LIKE 'quotes_fts%'"
            ).fetchone()
        except sqlite3.OperationalError:
            return None
    return int(row[0]) if row and row[0] else None


def measure_encrypted(library: Path, work: Path) -> dict[str, Any]:
    from humasdesk.store import encryption

    if not encryption.available():
        return {"skipped": "SQLCipher is not installed"}
    copy = work / "encrypted.humasdesk"
    shutil.copyfile(library, copy)
    encryption.encrypt(copy, "bench-passphrase-123")
    return run_child(["--child-encrypted", str(copy)])


def main(argv: list[str] | None = None) -> int:
    import generate_archive

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 statements, 200,000 quotes")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--main-tree", type=Path, help="the code before this change, to compare")
    parser.add_argument("--import-docs", type=int, default=500)
    parser.add_argument("--no-encrypted", action="store_true")
    args = parser.parse_args(argv)
    n_st, n_q = generate_archive.SIZES["quick" if args.quick else "full"]
    source, _timings = generate_archive.cached_library(n_st, n_q, say=lambda s: None)
    work = Path(tempfile.mkdtemp(prefix="humasdesk-search-bench-"))
    t0 = time.perf_counter()
    try:
        library = work / "archive.humasdesk"
        shutil.copyfile(source, library)
        print("building the index …", flush=True)
        built = run_child(["--child-index", str(library)])
        built["fts5_bytes"] = fts5_bytes(library)
        print(f"  {built['seconds']:.1f} s, {built['rss_mb']:.0f} MB peak", flush=True)
        print("queries, cold and warm, index and FTS5 …", flush=True)
        queries = measure_queries(library, work)
        report: dict[str, Any] = {
            "statements": n_st,
            "quotes": n_q,
            "index_build": built,
            **queries,
        }
        if args.json:  # what is measured so far survives a later failure
            args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        if not args.no_encrypted:
            print("encrypted library: the index in memory …", flush=True)
            report["encrypted"] = measure_encrypted(library, work)
        if args.main_tree:
            print("import, before and after …", flush=True)
            report["import"] = measure_import(args.main_tree, work, args.import_docs)
        report["load_average"] = os.getloadavg()
        report["cpus"] = os.cpu_count()
        report["total_s"] = round(time.perf_counter() - t0, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0


def print_report(report: dict[str, Any]) -> None:
    print(f"\n{report['statements']:,} statements, {report['quotes']:,} quotes")
    b = report["index_build"]
    print(
        f"index built in {b['seconds']:.1f} s, peak {b['rss_mb']:.0f} MB, {b['bytes'] / 1e6:.1f} MB"
        + (f" (FTS5 tables {b['fts5_bytes'] / 1e6:.1f} MB)" if b.get("fts5_bytes") else "")
    )
    print(
        f"{'kind':10} {'class':12} {'cold':>8} {'p50':>7} {'p95':>7} | "
        f"{'fts5 cold':>9} {'p50':>8} {'p95':>8} | {'p95 ratio':>9}"
    )
    for row in report["classes"]:
        i, f = row["index"], row["fts5"]
        print(
            f"{row['kind']:10} {row['class']:12} {i['cold_ms']:8.1f} {i['warm_p50_ms']:7.2f}"
            f" {i['warm_p95_ms']:7.2f} | {f['cold_ms']:9.1f} {f['warm_p50_ms']:8.2f}"
            f" {f['warm_p95_ms']:8.2f} | {row['ratio_p95']:9.3f}"
        )
    rows = report["agreement"]
    for name in ("exact", "stored"):
        worst = [q for q in rows if q.get("of") and q[f"agree_{name}"] < q["of"]]
        print(
            f"agreement@20 with BM25 over every match ({name} field lengths):"
            f" {len(rows) - len(worst)}/{len(rows)} queries 20/20"
            + "".join(
                f"; {q['kind']} {q['text']} {q['filters'] or ''}: {q[f'agree_{name}']}/{q['of']}"
                for q in worst
            )
        )
    if "encrypted" in report:
        print(f"encrypted, in memory: {report['encrypted']}")
    if "import" in report:
        imp = report["import"]
        print(
            f"import: {imp['before']['docs_per_s']} -> {imp['after']['docs_per_s']} docs/s"
            f" (x{imp['ratio_docs_per_s']}), peak {imp['before']['rss_mb']:.0f} ->"
            f" {imp['after']['rss_mb']:.0f} MB; then the index's sync"
            f" {imp['after']['index_sync_s']:.2f} s"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("--child-"):
        command, rest = sys.argv[1], sys.argv[2:]
        {
            "--child-queries": child_queries,
            "--child-index": child_index,
            "--child-agreement": child_agreement,
            "--child-import": child_import,
            "--child-encrypted": child_encrypted,
        }[command](*rest)
        sys.exit(0)
    sys.exit(main())
