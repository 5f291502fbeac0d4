"""Measures import speed on real articles: `python tools/bench_import.py [N]`.

Writes N articles of ../shared/corpora/id-news-archive.jsonl.gz as .txt files into a
temporary folder, imports them into a fresh library (reading in the limited child process,
saving with revision, search index and quote extraction) and prints documents per second.
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from humasdesk.core.read_worker import ReadWorker  # noqa: E402
from humasdesk.store import importer  # noqa: E402
from humasdesk.store.db import open_library  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "id-news-archive.jsonl.gz"


def main(count: int) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(count), handle, strict=False)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "arsip"
        folder.mkdir()
        for n, row in enumerate(rows):
            (folder / f"{n:05}.txt").write_text(f"{row['title']}\n\n{row['text']}", "utf-8")
        files = sorted(folder.iterdir())
        with ReadWorker() as worker:
            start = time.perf_counter()
            for path in files:
                worker.read(path)
            read_rate = len(files) / (time.perf_counter() - start)
        with open_library(Path(tmp) / "bench.humasdesk") as lib:
            start = time.perf_counter()
            report = importer.import_paths(lib, [str(folder)])
            seconds = time.perf_counter() - start
            quotes = sum(i.quotes for i in report.imported)
    print(
        json.dumps(
            {
                "documents": len(files),
                "imported": len(report.imported),
                "skipped": len(report.skipped),
                "quotes": quotes,
                "seconds": round(seconds, 1),
                "import_docs_per_second": round(len(files) / seconds, 1),
                "read_and_parse_docs_per_second": round(read_rate, 1),
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
