"""Crash safety, proven: child processes save statements, revise them, write autosave
(recovery) records and import "files" into one library while the parent kills them with
SIGKILL at random moments, some of them while a backup is written. After every kill the parent
checks that the library passes SQLite's integrity check and every FTS5 index's own, that every
save a child acknowledged is there and whole (and found by search: the children bring the search
index up to date now and then, so kills land between the library's commit and the index's),
that no file is half-imported, that importing again adds no duplicates, that what a killed
backup left (`*.part`, `*.part-journal`) is cleaned up as the next start does, and that the
newest backup kept passes the full check.

    python benchmarks/kill_harness.py --rounds 1000 --lanes 2 --json report.json

Lanes run side by side (one library each, two writer processes per library), so both cores
work. Imports are simulated as the importer does them: one transaction per file, each
statement carrying the file's content hash. Recovery records go through
`store.recovery.write` (the editor's autosave) when that module exists, else the same upsert.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FILES_PER_ROUND = 12
WORDS = [
    *("pemerintah", "provinsi", "menyampaikan", "program", "layanan", "publik", "anggaran"),
    *("desa", "kesehatan", "pendidikan", "jalan", "banjir", "bantuan", "sosial", "kepala"),
    *("dinas", "warga", "klarifikasi", "hoaks"),
]


def digest(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\0{body}".encode()).hexdigest()


def file_statement(file: str, i: int) -> tuple[str, str, str]:
    """(title, body, content hash) of statement `i` of the imported file `file`."""
    seed = int(hashlib.sha256(f"{file}:{i}".encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    title = f"Impor {file} #{i}"
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(50, 600)))
    return title, body, hashlib.sha256(f"{file}:{i}".encode()).hexdigest()


def file_size(file: str) -> int:
    return 2 + int(hashlib.sha256(file.encode()).hexdigest()[:2], 16) % 4


def import_file(lib: Any, file: str) -> int:
    """One file, one transaction; statements already imported (same hash) are skipped."""
    from humasdesk.core.records import Statement
    from humasdesk.store import statements

    added = 0
    with lib.atomic():
        for i in range(file_size(file)):
            title, body, content_hash = file_statement(file, i)
            if lib.scalar("SELECT 1 FROM statements WHERE content_hash = ?", [content_hash]):
                continue
            st = Statement(title=title, body=body, source_kind="imported", source_name=file)
            statements.save(lib, st, content_hash=content_hash, note="import")
            added += 1
    return added


def update_search_index(lib: Any) -> None:
    """As the window does after a save: the search index catches up (when the store has one)."""
    try:
        from humasdesk.store import search_index
    except ImportError:
        return
    with contextlib.suppress(search_index.IndexUnavailable):  # the other writer holds it:
        search_index.bring_up_to_date(lib)  # it catches up at the next sync


def unfindable(lib: Any, saved: dict[str, str]) -> list[str]:
    """The saved statements a search by their title's number does not find (after the index
    has caught up with the library, as it does on the next start)."""
    try:
        from humasdesk.store import search
    except ImportError:
        return []
    lost = []
    for statement_id in saved:
        title = lib.scalar("SELECT title FROM statements WHERE id = ?", [statement_id])
        if title is None:
            continue
        number = title.rsplit(".", 1)[-1]  # "Siaran w3x1 0.12345678": "12345678"
        hits = search.search(lib, number, kind="statements", limit=50)
        if statement_id not in {h.id for h in hits}:
            lost.append(statement_id)
    return lost


def write_recovery(lib: Any, key: str, text: str) -> None:
    """The editor's autosave: store.recovery.write where it exists, else the same upsert."""
    try:
        from humasdesk.store import recovery  # type: ignore[attr-defined]
    except ImportError:
        recovery = None
    if recovery is not None:
        recovery.write(lib, key, None, {"body": text})
        return
    from humasdesk.store.db import now

    with lib.atomic():
        lib.execute(
            "INSERT INTO recovery(key, statement_id, saved_at, snapshot) VALUES (?, NULL, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET saved_at = excluded.saved_at, "
            "snapshot = excluded.snapshot",
            [key, now(), json.dumps({"body": text})],
        )


# ----------------------------------------------------------------------------- child


def child(library: Path, seed: int, name: str, round_no: int) -> None:
    from humasdesk.core.records import Statement
    from humasdesk.store import backups, statements
    from humasdesk.store.db import new_id, open_library

    rng = random.Random(seed)
    out = sys.stdout

    def say(*parts: str) -> None:
        out.write(" ".join(parts) + "\n")
        out.flush()

    lib = open_library(library)
    say("READY")
    own: list[str] = []
    files = [f"R{round_no}-{i}" for i in range(FILES_PER_ROUND)]
    while True:
        op = rng.choice(("save", "save", "revise", "recovery", "import", "backup"))
        if op == "revise" and not own:
            op = "save"
        if op in ("save", "revise"):
            words = rng.randint(20, 1200)
            body = " ".join(rng.choice(WORDS) for _ in range(words))
            if op == "save":
                st = Statement(title=f"Siaran {name} {rng.random():.8f}", body=body)
                st.id = new_id()
            else:
                st = statements.get(lib, rng.choice(own))
                st.body = body
            say("BEGIN", "save", st.id, digest(st.title, st.body))
            statements.save(lib, st, note=op)
            say("ACK", "save", st.id, digest(st.title, st.body))
            if op == "save":
                own.append(st.id)
            if rng.random() < 0.5:
                update_search_index(lib)
        elif op == "recovery":
            key = f"{name}-draft-{rng.randrange(3)}"
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 800)))
            h = hashlib.sha256(text.encode()).hexdigest()
            say("BEGIN", "recovery", key, h)
            write_recovery(lib, key, text)
            say("ACK", "recovery", key, h)
        elif op == "backup":
            say("BEGIN", "backup", name, "-")
            backups.create(lib, backups.AUTO)
            say("ACK", "backup", name, "-")
        else:
            file = rng.choice(files)
            say("BEGIN", "import", file, "-")
            import_file(lib, file)
            say("ACK", "import", file, "-")


# ----------------------------------------------------------------------------- parent


@dataclass
class Counts:
    rounds: int = 0
    kills: int = 0
    kills_before_ready: int = 0
    kills_mid_write: int = 0
    acked_saves: int = 0
    acked_recoveries: int = 0
    acked_imports: int = 0
    verified_statements: int = 0
    lost_saves: int = 0
    torn_saves: int = 0
    integrity_failures: int = 0
    half_imports: int = 0
    reimport_duplicates: int = 0
    reimport_completed: int = 0
    acked_backups: int = 0
    leftovers_cleaned: int = 0  # *.part files of killed backups, removed at the next start
    leftovers_remaining: int = 0
    bad_backups: int = 0  # a kept backup that fails the full check
    unfindable: int = 0  # saved, yet not found by search after the index caught up
    libraries: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for f in dataclasses.fields(self):
            if f.name == "problems":
                self.problems.extend(other.problems)
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def ok(self) -> bool:
        return not (
            self.lost_saves
            or self.torn_saves
            or self.integrity_failures
            or self.half_imports
            or self.reimport_duplicates
            or self.leftovers_remaining
            or self.bad_backups
            or self.unfindable
        )


@dataclass
class Expected:
    """What the children were told is on disk, and what they were writing when killed."""

    saves: dict[str, str] = field(default_factory=dict)  # statement id -> acked digest
    recoveries: dict[str, str] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)  # files an import began for, this round


def _spawn(library: Path, seed: int, name: str, round_no: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, __file__, "--child", str(library), str(seed), name, str(round_no)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _digest_of(lib: Any, statement_id: str) -> str | None:
    rows = lib.query("SELECT title, body FROM statements WHERE id = ?", [statement_id])
    return digest(rows[0]["title"], rows[0]["body"]) if rows else None


def _verify(library: Path, expected: Expected, pending: list[tuple[str, str, str]]) -> Counts:
    from humasdesk.store import backups, maintenance
    from humasdesk.store.db import open_library

    c = Counts()
    inflight = {(kind, key): h for kind, key, h in pending}
    c.leftovers_cleaned = len(backups.clean_leftovers(library))  # as the next start does
    c.leftovers_remaining = len(backups.leftovers(library))
    kept = backups.listing(library)
    if kept and not backups.is_good(kept[0].path, library=library):
        c.bad_backups += 1
        c.problems.append(f"backup {kept[0].path.name} fails the full check")
    with open_library(library) as lib:
        report = maintenance.check(lib)
        if not report.ok:
            c.integrity_failures += 1
            c.problems.append(f"{library.name}: {report.problems}")
        for statement_id, acked in list(expected.saves.items()):
            actual = _digest_of(lib, statement_id)
            allowed = {acked, inflight.get(("save", statement_id))}
            if actual is None:
                c.lost_saves += 1
                c.problems.append(f"lost save {statement_id}")
            elif actual not in allowed:
                c.torn_saves += 1
                c.problems.append(f"save {statement_id} is not what was acknowledged")
            else:
                expected.saves[statement_id] = actual
                c.verified_statements += 1
            pk = lib.scalar("SELECT pk FROM statements WHERE id = ?", [statement_id])
            if (
                pk is not None
                and lib.scalar("SELECT count(*) FROM statements_fts WHERE rowid = ?", [pk]) != 1
            ):
                c.torn_saves += 1
                c.problems.append(f"save {statement_id} has no search entry")
        for (kind, key), h in inflight.items():
            if kind == "save" and key not in expected.saves:
                actual = _digest_of(lib, key)
                if actual is not None:
                    if actual != h:
                        c.torn_saves += 1
                        c.problems.append(f"unacknowledged save {key} is torn")
                    expected.saves[key] = actual
        for key, acked in list(expected.recoveries.items()):
            row = lib.scalar("SELECT snapshot FROM recovery WHERE key = ?", [key])
            body = json.loads(row)["body"] if row else None
            actual = hashlib.sha256(body.encode()).hexdigest() if body is not None else None
            if actual is None:
                c.lost_saves += 1
                c.problems.append(f"lost recovery {key}")
            elif actual not in {acked, inflight.get(("recovery", key))}:
                c.torn_saves += 1
                c.problems.append(f"recovery {key} is not what was acknowledged")
            else:
                expected.recoveries[key] = actual
        for kind, key in inflight:
            if kind == "recovery" and key not in expected.recoveries:
                row = lib.scalar("SELECT snapshot FROM recovery WHERE key = ?", [key])
                if row is not None:
                    expected.recoveries[key] = hashlib.sha256(
                        json.loads(row)["body"].encode()
                    ).hexdigest()
        for file in sorted(expected.files):  # only this round's files can have changed
            n = file_size(file)
            hashes = [file_statement(file, i)[2] for i in range(n)]
            marks = ",".join("?" * n)
            present = int(
                lib.scalar(
                    f"SELECT count(*) FROM statements WHERE content_hash IN ({marks})", hashes
                )
            )
            if present not in (0, n):
                c.half_imports += 1
                c.problems.append(f"{file}: {present} of {n} statements")
            for i, content_hash in enumerate(hashes):
                rows = lib.query(
                    "SELECT title, body FROM statements WHERE content_hash = ?", [content_hash]
                )
                title, body, _ = file_statement(file, i)
                if rows and digest(rows[0]["title"], rows[0]["body"]) != digest(title, body):
                    c.torn_saves += 1
                    c.problems.append(f"{file} #{i} is not whole")
            before = int(lib.scalar("SELECT count(*) FROM statements"))
            added = import_file(lib, file)
            after = int(lib.scalar("SELECT count(*) FROM statements"))
            if present == n and added:
                c.reimport_duplicates += added
                c.problems.append(f"re-importing {file} added {added}")
            if present == 0 and added == n:
                c.reimport_completed += 1
            again = import_file(lib, file)
            if again or after - before != added:
                c.reimport_duplicates += again
        for statement_id in unfindable(lib, expected.saves):
            c.unfindable += 1
            c.problems.append(f"save {statement_id} is not found by search")
        count_by_hash = lib.scalar(
            "SELECT count(*) FROM (SELECT content_hash FROM statements "
            "WHERE content_hash IS NOT NULL GROUP BY content_hash HAVING count(*) > 1)"
        )
        c.reimport_duplicates += int(count_by_hash)
    return c


def _run_round(library: Path, expected: Expected, round_no: int, rng: random.Random) -> Counts:
    c = Counts(rounds=1)
    writers = 2
    procs = [
        _spawn(library, rng.randrange(2**31), f"w{round_no}x{k}", round_no) for k in range(writers)
    ]
    early = rng.random() < 0.08  # sometimes kill while the library is being opened/created
    if early:
        time.sleep(rng.uniform(0.0, 0.4))
    else:
        for proc in procs:
            assert proc.stdout is not None
            proc.stdout.readline()  # READY (or EOF if it failed)
    delays = sorted((rng.uniform(0.0, 0.5), proc) for proc in procs)
    start = time.monotonic()
    for delay, proc in delays:
        time.sleep(max(0.0, delay - (time.monotonic() - start)))
        proc.send_signal(signal.SIGKILL)
    pending: list[tuple[str, str, str]] = []
    expected.files = set()
    for proc in procs:
        out, _ = proc.communicate()
        c.kills += 1
        lines = out.splitlines()
        if early and "READY" not in lines:
            c.kills_before_ready += 1
        open_op: tuple[str, str, str] | None = None
        for line in lines:
            parts = line.split()
            if len(parts) != 4:
                continue
            tag, kind, key, h = parts
            if tag == "BEGIN":
                open_op = (kind, key, h)
                if kind == "import":
                    expected.files.add(key)
            elif tag == "ACK":
                open_op = None
                if kind == "save":
                    expected.saves[key] = h
                    c.acked_saves += 1
                elif kind == "recovery":
                    expected.recoveries[key] = h
                    c.acked_recoveries += 1
                elif kind == "backup":
                    c.acked_backups += 1
                else:
                    c.acked_imports += 1
        if open_op is not None:
            pending.append(open_op)
            c.kills_mid_write += 1
    if library.exists():
        try:
            c.add(_verify(library, expected, pending))
        except Exception as exc:  # the library would not even open: the worst failure
            c.integrity_failures += 1
            c.problems.append(f"{library.name} round {round_no}: {exc!r}")
            raise LibraryLost from exc
    return c


class LibraryLost(Exception):
    """The library could not be opened after a kill; the lane starts a new one."""


def run_lane(
    rounds: int, folder: Path, seed: int, per_library: int = 50, progress: bool = False
) -> Counts:
    rng = random.Random(seed)
    total = Counts()
    library = folder / "lane.humasdesk"
    expected = Expected()
    for round_no in range(rounds):
        if round_no % per_library == 0:
            library = folder / f"lane-{round_no}.humasdesk"
            expected = Expected()
            total.libraries += 1
        try:
            total.add(_run_round(library, expected, round_no, rng))
        except LibraryLost as lost:
            total.rounds += 1
            total.integrity_failures += 1
            total.problems.append(repr(lost.__cause__))
            library = folder / f"lane-{round_no}-fresh.humasdesk"
            expected = Expected()
        if progress and (round_no + 1) % 50 == 0:
            print(f"  {folder.name}: {round_no + 1}/{rounds} rounds", file=sys.stderr, flush=True)
    return total


def run(rounds: int, *, lanes: int = 1, seed: int = 7, progress: bool = False) -> Counts:
    """Runs `rounds` kill rounds split over `lanes` libraries side by side."""
    results: list[Counts] = [Counts() for _ in range(lanes)]
    failures: list[BaseException] = []
    with tempfile.TemporaryDirectory(prefix="humasdesk-kill-") as tmp:

        def lane(k: int) -> None:
            share = rounds // lanes + (1 if k < rounds % lanes else 0)
            folder = Path(tmp) / f"lane{k}"
            folder.mkdir()
            try:
                results[k] = run_lane(share, folder, seed * 1000 + k, progress=progress)
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=lane, args=(k,)) for k in range(lanes)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if failures:
        raise failures[0]
    total = Counts()
    for r in results:
        total.add(r)
    return total


def main(argv: list[str] | None = None) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        child(Path(argv[1]), int(argv[2]), argv[3], int(argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--lanes", type=int, default=2, help="libraries killed side by side")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", help="also write the counts as JSON")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.rounds, lanes=args.lanes, seed=args.seed, progress=True)
    seconds = time.monotonic() - started
    data = {**dataclasses.asdict(counts), "seconds": round(seconds, 1), "ok": counts.ok}
    data["problems"] = counts.problems[:50]
    print(json.dumps(data, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=2), encoding="utf-8")
    return 0 if counts.ok else 1


if __name__ == "__main__":
    sys.exit(main())
