"""Two HumasDesk processes writing one library at once: both finish, nothing is lost, nothing
is imported twice. And the kill harness, in a short run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks import kill_harness
from humasdesk.store.db import open_library

ROOT = Path(__file__).resolve().parents[1]
FILES = [f"siaran-{i}.docx" for i in range(12)]

WRITER = """
import sys
from pathlib import Path
from benchmarks.kill_harness import import_file
from humasdesk.core.records import Statement
from humasdesk.store import statements
from humasdesk.store.db import open_library

path, name = Path(sys.argv[1]), sys.argv[2]
files = sys.argv[3:]
with open_library(path) as lib:
    for i, file in enumerate(files):
        import_file(lib, file)
        statements.save(lib, Statement(title=f"{name} menulis {i}", body="isi " * 200))
print("DONE", flush=True)
"""


def test_two_imports_at_once_both_complete_without_duplicates(library_path: Path):
    open_library(library_path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(library_path), name, *files],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name, files in (("pertama", FILES), ("kedua", list(reversed(FILES))))
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in results]
    assert all(out.strip() == "DONE" for out, _err in results)
    with open_library(library_path) as lib:
        for file in FILES:
            hashes = [
                kill_harness.file_statement(file, i)[2] for i in range(kill_harness.file_size(file))
            ]
            for content_hash in hashes:
                assert (
                    lib.scalar(
                        "SELECT count(*) FROM statements WHERE content_hash = ?", [content_hash]
                    )
                    == 1
                )
        imported = sum(kill_harness.file_size(f) for f in FILES)
        typed = 2 * len(FILES)
        assert lib.counts()["statements"] == imported + typed
        assert lib.scalar("PRAGMA integrity_check") == "ok"


def test_the_kill_harness_finds_nothing_lost_in_a_short_run():
    counts = kill_harness.run(20, lanes=2, seed=11)
    assert counts.rounds == 20
    assert counts.kills == 40
    assert counts.acked_saves > 0 and counts.acked_imports > 0
    assert counts.verified_statements > 0
    assert counts.ok, counts.problems
    assert counts.lost_saves == counts.integrity_failures == counts.half_imports == 0
