"""Reads files in a child process with a time limit and a memory limit.

The readers check every file before parsing it, but parsers (lxml, python-docx, trafilatura)
are large and a crafted file may still find a way to hang one or make it swallow memory. So
the parsing runs in a separate Python process that caps its own address space (RLIMIT_AS)
and is killed when one file takes longer than the time limit. A refusal comes back as the
same `ReadRefused` subclass, with its values, and the app goes on with the next file.

The child is started once per import run and reused for every file of it (starting one per
file would cost more than reading most files). Run directly, this module is the child.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from humasdesk.core import readers
from humasdesk.core.problems import Problem
from humasdesk.core.quotes import FoundQuote, extract
from humasdesk.core.release_parser import ParsedRelease, parse
from humasdesk.core.text import new_stems, remember_stems

TIME_LIMIT_S = 30.0
MEMORY_LIMIT_MB = 1536
_POLL_S = 0.1
# Files the child may be asked for ahead of the one being saved, so it keeps working while
# this process waits for the disk at a commit (64 ahead left it idle a seventh of the time:
# 256 gave +12 to 20% docs/s), and at most this many bytes of them (their answers wait in
# this process's memory).
PREFETCH = 256
PREFETCH_BYTES = 32 * 1024 * 1024
# Reading processes an import runs at most (one per core but the app's, see ReadWorkers).
READERS = 2


def read_release(path: Path) -> ParsedRelease:
    """Reads `path` and finds its structure, in this process (no limits beyond the checks)."""
    raw = readers.read_document(path)
    fallback = path.stem.replace("_", " ").replace("-", " ").strip()
    return parse(
        raw.text, title=raw.title, date=raw.date, author=raw.author, fallback_title=fallback
    )


# ----- the child
def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return
    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_SENT: set[str] = set()  # words whose stems this child already handed over


def _stems(parsed: ParsedRelease) -> dict[str, str]:
    """The stems of the release's words the parent has not had yet: stemming is most of an
    import's work, and here it runs while the parent saves the previous file."""
    fields = (parsed.title, parsed.subtitle, parsed.lead, parsed.body, parsed.about)
    return new_stems("\n".join(f for f in fields if isinstance(f, str)), _SENT)


def statement_text(parsed: ParsedRelease) -> str:
    """The text the saved statement's quotes are looked for in (Statement.searchable_text)."""
    return "\n\n".join(p for p in (parsed.subtitle, parsed.lead, parsed.body) if p)


def statement_language(parsed: ParsedRelease) -> str:
    return parsed.language if parsed.language in ("id", "en") else "id"


def _answer(path: Path, memory_mb: int) -> dict[str, Any]:
    try:
        parsed = read_release(path)
        found = extract(statement_text(parsed), statement_language(parsed))
        return {
            "ok": _plain(parsed),
            "stems": _stems(parsed),
            "quotes": [_plain(q) for q in found],
        }
    except readers.ReadRefused as exc:
        return {"refused": type(exc).__name__, "params": _plain_params(exc.params)}
    except MemoryError:
        return {"refused": "ReadOutOfMemory", "params": {"name": path.name, "limit": memory_mb}}
    except RecursionError:
        return {
            "refused": "ReaderFailed",
            "params": {"name": path.name, "detail": readers.TOO_DEEP},
        }
    except Exception as exc:  # a parser's surprise is this file's refusal, not the app's crash
        detail = f"{type(exc).__name__}: {str(exc)[:200]}"
        return {"refused": "ReaderFailed", "params": {"name": path.name, "detail": detail}}


def _plain(record: Any) -> dict[str, Any]:
    """A dataclass of plain values as a dict (dataclasses.asdict copies deeply, slowly)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _plain_params(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v if isinstance(v, int | float | str) else str(v) for k, v in params.items()}


def child_main(memory_mb: int) -> None:
    _limit_memory(memory_mb)
    for line in sys.stdin:
        request = json.loads(line)
        if "known" in request:  # words whose stems the parent has: never stemmed here
            _SENT.update(request["known"])
            continue
        answer = _answer(Path(request["path"]), memory_mb)
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


# ----- the parent
class ReadWorker:
    """A child process that reads one file at a time; use as a context manager."""

    def __init__(
        self, *, time_limit: float = TIME_LIMIT_S, memory_mb: int = MEMORY_LIMIT_MB
    ) -> None:
        self.time_limit = time_limit
        self.memory_mb = memory_mb
        self._proc: subprocess.Popen[str] | None = None
        self._answers: queue.Queue[str | None] = queue.Queue()
        self._pending: collections.deque[str] = collections.deque()  # asked, not answered
        self._sizes: dict[str, int] = {}  # the size of each file asked for, not answered
        self._pending_bytes = 0
        self._known: list[str] = []  # words whose stems this process has (see `know`)
        self._reals: dict[str, str] = {}
        # The quotes the child found in the last file read (in statement_text(parsed)).
        self.found_quotes: list[FoundQuote] | None = None

    def __enter__(self) -> ReadWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> subprocess.Popen[str]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        proc = subprocess.Popen(
            [sys.executable, "-m", "humasdesk.core.read_worker", str(self.memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self._answers = queue.Queue()
        assert proc.stdout is not None
        threading.Thread(target=self._pump, args=(proc.stdout, self._answers), daemon=True).start()
        self._proc = proc
        if self._known:
            assert proc.stdin is not None
            proc.stdin.write(json.dumps({"known": self._known}) + "\n")
        return proc

    def start(self, files: int = 1) -> None:
        """Starts the child now (a Python start and its imports take a good part of a
        second), so it gets ready while this process prepares the import."""
        if files < 1:
            return
        try:
            self._start()
        except OSError:
            self._stop()

    def know(self, words: Iterable[str]) -> None:
        """Words whose stems this process already has (a library's stem table): the child
        leaves them out of what it stems and hands back."""
        self._known = list(words)
        if self._proc is not None and self._proc.poll() is None and self._proc.stdin:
            try:
                self._proc.stdin.write(json.dumps({"known": self._known}) + "\n")
            except OSError:
                self._stop()

    @staticmethod
    def _pump(stream: IO[str], answers: queue.Queue[str | None]) -> None:
        for line in stream:
            answers.put(line)
        answers.put(None)  # the child ended

    def _stop(self) -> None:
        self._pending.clear()
        self._sizes.clear()
        self._pending_bytes = 0
        if self._proc is None:
            return
        proc, self._proc = self._proc, None
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None and self._proc.stdin:
            try:
                self._proc.stdin.close()
                self._proc.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._stop()

    def _real(self, path: Path) -> str:
        """The file's resolved path (looked up once per path: resolving asks the disk)."""
        key = str(path)
        real = self._reals.get(key)
        if real is None:
            real = self._reals[key] = str(Path(path).resolve())
        return real

    def _send(self, path: Path) -> None:
        request = self._real(path)
        proc = self._start()
        assert proc.stdin is not None
        proc.stdin.write(json.dumps({"path": request}) + "\n")
        proc.stdin.flush()
        self._pending.append(request)
        try:
            size = os.stat(request).st_size
        except OSError:
            size = 0  # the child will say what is wrong with it
        self._sizes[request] = self._sizes.get(request, 0) + size
        self._pending_bytes += size

    def waiting(self) -> int:
        """How many files it was asked to read and has not handed back yet."""
        return len(self._pending)

    def prefetch(self, paths: Iterable[Path]) -> None:
        """Asks the child to read the first of `paths` it has not been asked for yet, up to
        PREFETCH files ahead, so it reads (and stems, and finds quotes in) the coming files
        while this process saves the last ones; `read(path)` then collects each answer, in
        the same order."""
        asked = set(self._pending)
        try:
            for path in paths:
                if len(self._pending) >= PREFETCH or self._pending_bytes >= PREFETCH_BYTES:
                    break
                if self._real(path) not in asked:
                    self._send(path)
        except OSError:
            self._stop()

    def read(self, path: Path, cancelled: Callable[[], bool] = lambda: False) -> ParsedRelease:
        """Reads `path` in the child; raises a `ReadRefused` subclass with the reason."""
        self.found_quotes = None
        wanted = self._real(path)
        if self._pending and self._pending[0] != wanted:
            self._stop()  # an answer we no longer want is on its way: start afresh
        if not self._pending:
            try:
                self._send(path)
            except OSError:
                self._stop()
                self._send(path)
        proc = self._proc
        assert proc is not None
        deadline = time.monotonic() + self.time_limit
        while True:
            try:
                line = self._answers.get(timeout=_POLL_S)
                if line is not None and self._pending:
                    done = self._pending.popleft()
                    self._pending_bytes -= self._sizes.pop(done, 0)
                break
            except queue.Empty:
                if cancelled():
                    self._stop()
                    raise Cancelled() from None
                if time.monotonic() > deadline:
                    self._stop()
                    raise readers.ReadTimedOut(
                        name=path.name, seconds=int(self.time_limit)
                    ) from None
        if line is None:
            code = proc.wait()
            self._stop()
            if code in (-9, 137):
                raise readers.ReadOutOfMemory(name=path.name, limit=self.memory_mb)
            raise readers.ReaderFailed(
                name=path.name, detail=Problem(readers.READER_EXIT, code=code)
            )
        answer = json.loads(line)
        if "ok" in answer:
            remember_stems(answer.get("stems") or {}, fresh=True)
            found = answer.get("quotes")
            self.found_quotes = None if found is None else [FoundQuote(**q) for q in found]
            return ParsedRelease(**answer["ok"])
        cls = readers.REFUSALS.get(answer.get("refused", ""), readers.ReaderFailed)
        params = dict(answer.get("params", {}))
        params.setdefault("name", path.name)
        params.setdefault("detail", "")
        raise cls(**params)


class ReadWorkers:
    """Several reading processes (see ReadWorker), used like one: the coming files are
    shared out among them in turn, and `read` hands back each file's answer in the order
    asked. Reading and finding quotes is most of an import's work; one core stays with this
    process, which saves what they read, so a two-core machine runs one reader (a second
    only took turns with the first there) and a larger one two."""

    def __init__(
        self,
        processes: int | None = None,
        *,
        time_limit: float = TIME_LIMIT_S,
        memory_mb: int = MEMORY_LIMIT_MB,
    ) -> None:
        # One core stays with the app (it saves what the readers read): on two cores a
        # second reader only takes turns with the first.
        count = processes or min(READERS, (os.cpu_count() or 1) - 1)
        self._workers = [
            ReadWorker(time_limit=time_limit, memory_mb=memory_mb) for _ in range(max(1, count))
        ]
        for worker in self._workers[1:]:
            worker._reals = self._workers[0]._reals  # one cache of resolved paths
        self._asked: dict[str, ReadWorker] = {}  # a file asked for, not read yet: by whom
        self._turn = 0
        self.found_quotes: list[FoundQuote] | None = None

    def __enter__(self) -> ReadWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.close()

    def start(self, files: int = 1) -> None:
        """Starts as many readers as there are files, at most all of them."""
        for worker in self._workers[:files]:
            worker.start()

    def know(self, words: Iterable[str]) -> None:
        known = list(words)
        for worker in self._workers:
            worker.know(known)

    def _next_worker(self) -> ReadWorker:
        worker = self._workers[self._turn % len(self._workers)]
        self._turn += 1
        return worker

    def waiting(self) -> int:
        """How many files the readers were asked for and have not handed back yet."""
        return len(self._asked)

    def prefetch(self, paths: Iterable[Path]) -> None:
        """Shares the first of `paths` not asked for yet among the readers, in turn (at most
        PREFETCH files ahead in all)."""
        for path in paths:
            if len(self._asked) >= PREFETCH:
                break
            worker = self._workers[self._turn % len(self._workers)]
            real = worker._real(path)
            if real in self._asked:
                continue
            before = len(worker._pending)
            worker.prefetch([path])
            if len(worker._pending) > before:
                self._asked[real] = worker
                self._turn += 1

    def read(self, path: Path, cancelled: Callable[[], bool] = lambda: False) -> ParsedRelease:
        """The file's answer from the reader it was given to (or the next one)."""
        self.found_quotes = None
        first = self._workers[0]
        worker = self._asked.pop(first._real(path), None) or self._next_worker()
        try:
            parsed = worker.read(path, cancelled)
        except BaseException:
            # A reader that was stopped forgot what it was asked: ask again when needed.
            self._asked = {k: w for k, w in self._asked.items() if k in w._pending}
            raise
        self.found_quotes = worker.found_quotes
        return parsed


class Cancelled(Exception):
    """The user cancelled while a file was being read."""


if __name__ == "__main__":
    child_main(int(sys.argv[1]) if len(sys.argv) > 1 else MEMORY_LIMIT_MB)
