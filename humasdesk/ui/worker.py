"""The one place that runs background jobs: one job at a time, off the UI thread, reporting
progress and results by signal (as Anki's operations do)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Job(QRunnable):
    """Runs `fn(progress, cancelled)`; `progress(done, total, what)` may be called any time."""

    def __init__(self, fn: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]):
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel = True

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
        self.pool.start(job)
        return job

    def _done(self, job: Job) -> None:
        if job in self._running:
            self._running.remove(job)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
