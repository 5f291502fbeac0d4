"""The editor's safety copy: while an editor holds words that are not saved, a recovery
record keeps them (written soon after the officer pauses, and at the latest a moment after
the first unsaved keystroke even while they keep typing); once the editor holds exactly
what was saved, there is no record, so the next start offers nothing that is not lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from humasdesk.core.errors import UserError
from humasdesk.store import recovery
from humasdesk.store.db import Library

# Soon after the officer pauses, and at the latest this long after the first unsaved
# keystroke even while they keep typing.
AUTOSAVE_PAUSE_MS = 800
AUTOSAVE_MAX_MS = 1800

# What the editor holds now: the saved statement's id (None for a new one) and its snapshot.
Current = Callable[[], tuple[str | None, dict[str, Any]]]


class Autosave(QObject):
    """Writes, replaces or removes one editor's recovery record under `key`.

    The editor calls `typed()` on every change, `show()` when it shows a statement as saved
    (or a new one), and `flush()` when the officer switches statement, module or window.
    """

    kept = Signal()  # a recovery record holds the unsaved words now
    cleared = Signal()  # the words are the saved ones again: no record
    failed = Signal(str)  # the record could not be written: why

    def __init__(self, lib: Library, current: Current, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.current = current
        self.key = recovery.new_key()
        self.saved: dict[str, Any] | None = None  # the snapshot that needs no record
        self.pending = False
        self.pause_timer = self._timer(AUTOSAVE_PAUSE_MS)
        self.max_timer = self._timer(AUTOSAVE_MAX_MS)

    def _timer(self, msecs: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(self.flush)
        return timer

    def show(self, key: str, saved: dict[str, Any] | None) -> None:
        """The editor shows a statement under `key`; `saved` is its snapshot as saved (or as
        it starts, for a new one): the words that need no recovery record."""
        self.stop()
        self.key = key
        self.saved = saved

    def typed(self) -> None:
        """Something changed: keep it after the pause, or at the latest after the maximum
        (started by the first unsaved change only, so continuous typing is kept too)."""
        self.pending = True
        self.pause_timer.start()
        if not self.max_timer.isActive():
            self.max_timer.start()

    def stop(self) -> None:
        self.pause_timer.stop()
        self.max_timer.stop()
        self.pending = False

    def flush(self) -> bool:
        """Writes the recovery record now if there are unsaved changes; True if written. An
        editor back to the saved words removes its record instead."""
        if not self.pending or self.lib.closed:
            return False
        self.stop()
        statement_id, snapshot = self.current()
        try:
            if self.saved is not None and snapshot == self.saved:
                recovery.clear(self.lib, self.key)
                self.cleared.emit()
                return False
            recovery.write(self.lib, self.key, statement_id, snapshot)
        except UserError as exc:
            self.pending = True
            self.failed.emit(str(exc))
            return False
        self.kept.emit()
        return True

    def discard(self) -> None:
        """Drops the unsaved changes' record."""
        self.stop()
        recovery.clear(self.lib, self.key)
