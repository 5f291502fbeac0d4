"""The measuring processes of benchmarks/run.py, one subcommand each; each prints one line
`BENCH {json}` on stdout. They run in fresh processes so one measurement never warms
another's caches or inherits its memory.

    probes.py startup app|baseline LIBRARY
    probes.py list-open LIBRARY
    probes.py search LIBRARY QUERIES.json
    probes.py import LIBRARY FOLDER
    probes.py stall LIBRARY FOLDER
    probes.py typing LIBRARY
    probes.py search-index LIBRARY
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEARTBEAT_MS = 10


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux keeps `ru_maxrss` across exec, so a probe
    started by a big parent would report the parent's peak: read VmHWM, which is not kept."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(data: dict[str, Any]) -> None:
    data["rss_mb"] = peak_rss_mb()
    print("BENCH " + json.dumps(data), flush=True)


# ----- startup: process start to the first paint of the main window


def _report_first_paint() -> None:
    """Makes the first QMainWindow.show() report when the window has painted, then quit.

    "Shown" means: the window received its first paint event (offscreen too, where there is
    no compositor to ask) and that paint finished; then we print the time and quit. Qt paints
    a window and all its children in one pass, parent first: the window's own paint event
    starts it, and a zero timer runs once the whole pass is done.

    The filter sits on the window alone. An application-wide filter would see every event of
    every object, and PySide6 would then create Python types (with their enums) for each
    object's class, work the app itself never does (~25 ms on our window, not on a bare one).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    original = QMainWindow.show
    state: dict[str, Any] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "done" not in state:
                state["done"] = True
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        emit({"shown": time.time()})
        QApplication.quit()

    def show(self: QMainWindow) -> None:
        if "window" not in state:
            state["window"] = self
            state["filter"] = FirstPaint()
            self.installEventFilter(state["filter"])
        original(self)

    QMainWindow.show = show  # type: ignore[method-assign]


def startup(which: str, library: str) -> None:
    _report_first_paint()
    if which == "baseline":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1180, 760)
        window.show()
        app.exec()
        return
    import runpy

    sys.argv = ["humasdesk", "--library", library]
    with contextlib.suppress(SystemExit):
        runpy.run_module("humasdesk", run_name="__main__", alter_sys=True)


# ----- the statement list


def _statements_view(lib: Any) -> Any:
    from humasdesk.ui.statements_view import StatementsView

    return StatementsView(lib)


def _item_view(widget: Any) -> Any:
    from PySide6.QtWidgets import QAbstractItemView

    views = [v for v in widget.findChildren(QAbstractItemView) if v.model() is not None]
    if not views:
        raise RuntimeError("the statements view holds no item view")
    return max(views, key=lambda v: v.model().rowCount())


def list_open(library: str) -> None:
    """Constructing the statements view on the big library until its first rows are painted."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QTableWidget

    from humasdesk.store.db import open_library

    app = QApplication(sys.argv[:1])
    # Qt's one-time costs (style, fonts) belong to startup, not to opening a list.
    warm = QTableWidget(3, 3)
    warm.show()
    app.processEvents()
    warm.close()
    lib = open_library(Path(library), create=False)
    import humasdesk.ui.statements_view  # noqa: F401
    from humasdesk.ui.widgets import RecordTable

    # The time the table finished its first paint with rows in it, taken right after that
    # paint: work the app schedules for later (the rest of the ids, 10 ms after) is not
    # counted. (The header and scroll bars paint just after the rows, ~1 ms; a zero timer
    # posted here would run after the app's 10 ms timer when a paint takes longer.)
    painted_at: list[float] = []
    original = RecordTable.paintEvent

    def paint(self: Any, event: Any) -> None:
        original(self, event)
        if self.model() is not None and self.model().rowCount() > 0 and not painted_at:
            painted_at.append(time.perf_counter())

    RecordTable.paintEvent = paint  # type: ignore[method-assign]
    times = []
    rows = 0
    for _ in range(5):
        painted_at.clear()
        t0 = time.perf_counter()
        view = _statements_view(lib)
        view.resize(1100, 700)
        view.show()
        table = _item_view(view)
        deadline = t0 + 60
        while not painted_at and time.perf_counter() < deadline:
            app.processEvents()
            if table.model().rowCount() > 0 and not painted_at:
                table.viewport().repaint()
        if not painted_at:
            raise RuntimeError("the statement list showed no rows within 60 s")
        times.append((painted_at[0] - t0) * 1000)
        rows = table.model().rowCount()
        view.close()
        view.deleteLater()
        # Deleted now (processEvents alone leaves deferred deletes for the event loop), so a
        # closed view's background loading does not run into the next measurement.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    lib.close()
    emit({"first_ms": times[0], "median_ms": statistics.median(times[1:]), "rows": rows})


# ----- search


def _fts_match(text: str) -> str:
    from humasdesk.core import query as query_parser

    return str(query_parser.parse(text).to_fts())


FTS_TABLES = {"statements": "statements_fts", "quotes": "quotes_fts", "cases": "cases_fts"}


def search(library: str, queries_file: str) -> None:
    """Each query through store.search.search (as the search box calls it) and through plain
    FTS5 bm25 on the same file; one warm-up pass, then `passes` timed passes."""
    from humasdesk.store import search as search_store
    from humasdesk.store.db import open_library

    spec = json.loads(Path(queries_file).read_text(encoding="utf-8"))
    lib = open_library(Path(library), create=False)
    passes = int(spec.get("passes", 3))
    limit = int(spec.get("limit", 50))
    results = []
    for item in spec["queries"]:
        text, kind = item["text"], item["kind"]
        match = _fts_match(text)
        table = FTS_TABLES[kind]
        plain_sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT {limit}"

        def ours(text: str = text, kind: str = kind) -> int:
            return len(search_store.search(lib, text, kind=kind, limit=limit))

        def plain(match: str = match, sql: str = plain_sql) -> int:
            if not match:
                return 0
            return len(lib.conn.execute(sql, [match]).fetchall())

        ours_ms, hits = _timed(ours, passes)
        plain_ms, plain_hits = _timed(plain, passes)
        results.append(
            {
                **item,
                "match": match,
                "ms": ours_ms,
                "fts5_ms": plain_ms,
                "hits": hits,
                "fts5_hits": plain_hits,
            }
        )
    lib.close()
    emit({"queries": results, "passes": passes})


def _timed(fn: Callable[[], int], passes: int) -> tuple[list[float], int]:
    count = fn()  # warm-up: page cache and statement cache, as after the first keystroke
    samples = []
    for _ in range(passes):
        t0 = time.perf_counter()
        count = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples, count


# ----- import


def _importer() -> Callable[..., Any] | None:
    try:
        from humasdesk.store import importer  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(importer, "import_paths", None)


def _paths(folder: str) -> list[Path]:
    return sorted(Path(folder).glob("*.txt"))


def _save_texts(lib: Any, paths: list[Path], progress: Any, cancelled: Any) -> int:
    """Stand-in workload while the importer is not on this branch: each file saved as a
    statement through store.statements.save (index, revision, extraction hook)."""
    from humasdesk.core.records import Statement
    from humasdesk.store import statements

    for i, path in enumerate(paths):
        if cancelled():
            break
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        statements.save(
            lib,
            Statement(title=title.strip(), body=body.strip(), source_kind="imported"),
        )
        progress(i + 1, len(paths), path.name)
    return len(paths)


def import_docs(library: str, folder: str) -> None:
    from humasdesk.store.db import open_library

    fn = _importer()
    paths = _paths(folder)
    lib = open_library(Path(library), create=False)
    before = lib.counts()
    workload = "store.importer.import_paths" if fn else "store.statements.save"
    t0 = time.perf_counter()
    if fn is not None:
        fn(lib, paths, lambda *_a: None, lambda: False)
    else:
        _save_texts(lib, paths, lambda *_a: None, lambda: False)
    elapsed = time.perf_counter() - t0
    after = lib.counts()
    lib.close()
    emit(
        {
            "workload": workload,
            "docs": len(paths),
            "seconds": elapsed,
            "docs_per_s": len(paths) / elapsed,
            "statements_added": after["statements"] - before["statements"],
            "quotes_added": after["quotes"] - before["quotes"],
        }
    )


def stall(library: str, folder: str) -> None:
    """A heartbeat timer in the UI thread while a big import runs as a background Job."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QProgressBar

    from humasdesk.store.db import open_library
    from humasdesk.ui.worker import Job, Jobs

    app = QApplication(sys.argv[:1])
    lib = open_library(Path(library), create=False)  # the window's own connection
    paths = _paths(folder)
    fn = _importer()
    workload = "store.importer.import_paths" if fn else "store.statements.save"

    def work(progress: Any, cancelled: Any) -> int:
        with open_library(Path(library), create=False) as own:  # connections are per thread
            if fn is not None:
                fn(own, paths, progress, cancelled)
            else:
                _save_texts(own, paths, progress, cancelled)
        return len(paths)

    bar = QProgressBar()
    bar.show()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    def on_progress(done: int, total: int, _what: str) -> None:
        bar.setMaximum(total)
        bar.setValue(done)

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    jobs = Jobs()
    job = Job(work)
    job.signals.progress.connect(on_progress)
    outcome: dict[str, Any] = {}
    job.signals.finished.connect(lambda r: (outcome.setdefault("ok", r), app.quit()))
    job.signals.failed.connect(lambda e: (outcome.setdefault("error", repr(e)), app.quit()))
    clock.start()
    heartbeat.start()
    t0 = time.perf_counter()
    jobs.start(job)
    app.exec()
    elapsed = time.perf_counter() - t0
    heartbeat.stop()
    jobs.wait()
    lib.close()
    stalls = sorted(max(0.0, g - HEARTBEAT_MS) for g in gaps[1:]) or [0.0]
    emit(
        {
            "workload": workload,
            "docs": len(paths),
            "seconds": elapsed,
            "max_stall_ms": stalls[-1],
            "p99_stall_ms": stalls[int(0.99 * (len(stalls) - 1))],
            "beats": len(gaps),
            **outcome,
        }
    )


# ----- typing into the search boxes of the window

TYPED = ("harga beras", "yang", "pemerintah", "menteri keuangan")
KEY_GAP_MS = 120  # a quick typist


def typing(library: str) -> None:
    """Types each of TYPED letter by letter into the statement list's and the quote
    library's search boxes of the real window, a heartbeat timer running in the UI thread:
    the longest the window stopped answering, and how long after the last key every result
    was listed. The waits run the event loop as the app does (QTest.qWait would hold
    Python's lock and starve the list's loading thread)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from humasdesk import prefs
    from humasdesk.store.db import open_library
    from humasdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    lib = open_library(Path(library), create=False)
    window = MainWindow(lib, prefs.Prefs(), persist=False)
    window.resize(1180, 760)
    window.show()
    window.settle(60_000)

    def wait(msecs: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0] - HEARTBEAT_MS)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    found: dict[str, list[dict[str, Any]]] = {"statements": [], "quotes": []}

    def type_into(kind: str, box: Any, model: Any) -> None:
        for text in TYPED:
            box.clear()
            wait(500)  # the whole list is back
            gaps.clear()
            for letter in text:
                QTest.keyClicks(box, letter)
                wait(KEY_GAP_MS)
            t0 = time.perf_counter()
            wait(400)  # past the box's pause before it searches
            while not model.complete and time.perf_counter() - t0 < 30:
                wait(10)
            found[kind].append(
                {
                    "text": text,
                    "max_stall_ms": round(max(gaps[1:], default=0.0), 1),
                    "rows": model.rowCount(),
                    "all_listed_s": round(time.perf_counter() - t0, 2),
                }
            )

    statements_view = window.statements_view
    type_into("statements", statements_view.search_box, statements_view.model)
    window.show_module(1)
    wait(300)
    quotes_view = window.quotes_view
    type_into("quotes", quotes_view.filter_bar.search, quotes_view.model)
    heartbeat.stop()
    window.close()
    lib.close()
    app.processEvents()
    emit(
        {
            "max_stall_ms": max(q["max_stall_ms"] for qs in found.values() for q in qs),
            **found,
        }
    )


def search_index(library: str) -> None:
    """Builds the library's search index, as the window does in the background on the first
    open of a library (on a branch without one: nothing to build)."""
    from humasdesk.store.db import open_library

    try:
        from humasdesk.store import search_index as index
    except ImportError:
        emit({"seconds": 0.0})
        return
    lib = open_library(Path(library), create=False)
    t0 = time.perf_counter()
    index.bring_up_to_date(lib)
    emit({"seconds": time.perf_counter() - t0})


def main(argv: list[str]) -> int:
    command, *rest = argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if command == "startup":
        startup(rest[0], rest[1])
    elif command == "list-open":
        list_open(rest[0])
    elif command == "search":
        search(rest[0], rest[1])
    elif command == "import":
        import_docs(rest[0], rest[1])
    elif command == "stall":
        stall(rest[0], rest[1])
    elif command == "typing":
        typing(rest[0])
    elif command == "search-index":
        search_index(rest[0])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
