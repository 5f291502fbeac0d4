"""What encryption costs: opening, saving, searching and backing up a library, plain vs
SQLCipher-encrypted, on the same generated statements.

    python benchmarks/encryption_cost.py --statements 2000 --json report.json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark-passphrase-2026"
WORDS = [
    *("pemerintah", "provinsi", "menyampaikan", "program", "layanan", "publik", "anggaran"),
    *("desa", "kesehatan", "pendidikan", "jalan", "banjir", "bantuan", "sosial", "kepala"),
    *("dinas", "warga", "klarifikasi", "hoaks", "vaksinasi", "jembatan", "pasar", "nelayan"),
]
QUERIES = ["banjir desa", "anggaran kesehatan", "klarifikasi hoaks", "jembatan", "pasar nelayan"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _timed(fn: Callable[[], Any], repeat: int = 1) -> float:
    """Median seconds of `repeat` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def measure(folder: Path, statements_count: int, encrypted: bool) -> dict[str, float]:
    from humasdesk.core.records import Statement
    from humasdesk.store import backups, search, statements
    from humasdesk.store.db import open_library

    path = folder / ("encrypted.humasdesk" if encrypted else "plain.humasdesk")
    passphrase = PASSPHRASE if encrypted else None
    rng = random.Random(3)
    result: dict[str, float] = {}
    with open_library(path, passphrase=passphrase) as lib:
        start = time.perf_counter()
        for i in range(statements_count):
            statements.save(
                lib,
                Statement(title=f"Siaran {i} {_text(rng, 6)}", body=_text(rng, 400)),
                extract=False,
            )
        result["save_ms_each"] = (time.perf_counter() - start) / statements_count * 1000
    result["open_ms"] = _timed(lambda: open_library(path, passphrase=passphrase).close(), 3) * 1000
    with open_library(path, passphrase=passphrase) as lib:
        result["search_ms_each"] = (
            _timed(
                lambda: [search.search(lib, q, kind="statements", limit=50) for q in QUERIES * 20],
                3,
            )
            / (len(QUERIES) * 20)
            * 1000
        )
        result["list_all_ms"] = _timed(lambda: statements.listing(lib), 3) * 1000
        result["backup_ms"] = _timed(lambda: backups.create(lib, backups.MANUAL), 1) * 1000
    result["file_mb"] = path.stat().st_size / 1e6
    return result


def main(argv: list[str] | None = None) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="humasdesk-enc-") as tmp:
        plain = measure(Path(tmp), args.statements, encrypted=False)
        encrypted = measure(Path(tmp), args.statements, encrypted=True)
    report = {
        "statements": args.statements,
        "plain": {k: round(v, 2) for k, v in plain.items()},
        "encrypted": {k: round(v, 2) for k, v in encrypted.items()},
        "ratio": {k: round(encrypted[k] / plain[k], 2) for k in plain if plain[k]},
    }
    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
