"""Saves a sample library at the current schema version as tests/fixtures/schema/vN.humasdesk.

Run once whenever a migration is added (before changing the schema further), so that every
upgrade path from a shipped schema stays tested.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humasdesk.store import sample, schema  # noqa: E402
from humasdesk.store.db import open_library  # noqa: E402


def main() -> int:
    target = ROOT / "tests" / "fixtures" / "schema" / f"v{schema.SCHEMA_VERSION}.humasdesk"
    if target.exists():
        print(f"{target} exists already; schema fixtures are never rewritten")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fixture.humasdesk"
        with open_library(path) as lib:
            sample.install(lib)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
        conn.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
