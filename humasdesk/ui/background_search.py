"""Searches typed into a search box, run off the UI thread: the window stays responsive
however long a search and its first screen take, and only the latest one's result is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from humasdesk.store.db import Library
from humasdesk.ui.worker import Job


class BackgroundSearch(QObject):
    """One search at a time, each through a connection of its own (opened for that search
    only: a restore or a switch of library never finds it still open).

    `start(search)` runs `search(reader)` in the background; `found` brings its result to
    the UI thread unless another search started, or `drop()` was called, since (the user
    typed on): an older query's result is never shown."""

    found = Signal(object)
    failed = Signal(object)  # the exception (the library went while it searched)

    def __init__(self, lib: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.generation = 0
        self._pool = QThreadPool(self)  # waits for a search under way when the view goes
        self._pool.setMaxThreadCount(1)
        self._running: list[Job] = []  # kept alive until they end

    def drop(self) -> None:
        """Whatever search is under way is older than what the box holds now."""
        self.generation += 1

    def start(self, search: Callable[[Library], Any]) -> None:
        self.generation += 1
        generation, lib = self.generation, self.lib

        def run(_progress: Any, _cancelled: Any) -> tuple[int, Any]:
            if generation != self.generation:
                return generation, None  # typed on since: the newer search runs next
            with lib.reopen() as reader:
                return generation, search(reader)

        # Many small objects: the collector waits for the UI thread (see Job.allocates).
        job = Job(run, allocates=True)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self.failed)
        job.signals.finished.connect(lambda _r, j=job: self._ended(j))
        job.signals.failed.connect(lambda _e, j=job: self._ended(j))
        job.pause_collector()
        self._running.append(job)
        self._pool.start(job)

    def _ended(self, job: Job) -> None:
        job.resume_collector()
        if job in self._running:
            self._running.remove(job)

    def _finished(self, result: tuple[int, Any]) -> None:
        generation, found = result
        if generation == self.generation and found is not None:
            self.found.emit(found)

    def wait(self, msecs: int = 30_000) -> bool:
        """Waits for a search under way (its connection is closed when it ends)."""
        done = self._pool.waitForDone(msecs)
        if done:  # their signals wait in the event loop: the collector need not
            for job in self._running:
                job.resume_collector()
        return done
