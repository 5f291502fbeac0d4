"""The one place that runs background jobs: one job at a time, off the UI thread, reporting
progress and results by signal (as Anki's operations do)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)
    failed = Signal(object)  # the exception


_GC_LOCK = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


def _pause_collector() -> None:
    """Python's cyclic garbage collector off while a job allocates much: a collection in
    the job's thread could delete a widget left in a cycle, and Qt widgets may only be
    deleted in the UI thread. The UI thread turns it on again (`_resume_collector`) when
    the job has ended, and its own next allocation collects."""
    global _gc_pauses, _gc_was_enabled
    with _GC_LOCK:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1


def _resume_collector() -> None:
    global _gc_pauses
    with _GC_LOCK:
        _gc_pauses -= 1
        if _gc_pauses == 0 and _gc_was_enabled:
            gc.enable()


class Job(QRunnable):
    """Runs `fn(progress, cancelled)`; `progress(done, total, what)` may be called any time.
    `allocates`: the job makes many Python objects (see _collector_paused)."""

    def __init__(
        self,
        fn: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any],
        *,
        allocates: bool = False,
    ):
        super().__init__()
        self.fn = fn
        self.allocates = allocates
        self._paused = False  # this job paused the collector and has not resumed it
        self.signals = JobSignals()
        self._cancel = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel = True

    def pause_collector(self) -> None:
        """In the UI thread, before the job starts (see _pause_collector)."""
        if self.allocates and not self._paused:
            self._paused = True
            _pause_collector()

    def resume_collector(self) -> None:
        """In the UI thread, once the job has ended."""
        if self._paused:
            self._paused = False
            _resume_collector()

    def run(self) -> None:
        signals = self.signals
        try:
            try:
                result = self.fn(signals.progress.emit, lambda: self._cancel)
            except Exception as exc:  # reported to the UI, which decides what the user sees
                signals.failed.emit(exc)
            else:
                signals.finished.emit(result)
        except RuntimeError:
            # The app quit while the job ran and Qt deleted its signals: no one is left to
            # tell. (A job's own RuntimeError went to `failed` above.)
            pass


class Jobs(QObject):
    """A queue of background jobs, one at a time so two never write the library at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[Job] = []

    def start(self, job: Job) -> Job:
        self._running.append(job)
        job.signals.finished.connect(lambda _r, j=job: self._done(j))
        job.signals.failed.connect(lambda _e, j=job: self._done(j))
        job.pause_collector()
        self.pool.start(job)
        return job

    def _done(self, job: Job) -> None:
        job.resume_collector()
        if job in self._running:
            self._running.remove(job)

    def wait(self, msecs: int = -1) -> bool:
        done = self.pool.waitForDone(msecs)
        if done:  # their signals wait in the event loop: the collector need not
            for job in self._running:
                job.resume_collector()
        return done
