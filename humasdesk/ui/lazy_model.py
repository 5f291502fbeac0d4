"""A table model for large lists: it holds only the ordered ids of the rows (sorting and
filtering happen in SQL) and fetches the rows themselves in blocks, as the view asks."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from humasdesk.ui.worker import Job

log = logging.getLogger(__name__)

BLOCK = 128
FIRST_PAGE = 1_000  # ids fetched before the list first paints
CHUNK = 25_000  # ids fetched per step afterwards
DRAIN_PAUSE_MS = 10  # between steps: the list paints first, and input is never kept waiting
# The rest of the ids start loading once a view has drawn the first rows (view_painted), or
# after this long when no view paints (a list built but not shown).
DRAIN_UNPAINTED_MS = 250
Index = QModelIndex | QPersistentModelIndex
# data() is called for every role of every cell the view measures or paints: compare ints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


@dataclass
class PagedIds:
    """What `fetch_ids` may return for a very long list: the first ids, and `more(offset,
    limit)` giving the next ones in the same order (an empty list at the end). The model
    shows the first page at once and fetches the rest a chunk per event-loop turn (or when
    the view scrolls to the end first), so a list of a million rows opens instantly."""

    first: list[Any]
    more: Callable[[int, int], list[Any]]
    # Every id from `offset` on, in one go, safe to run in another thread (it reads through
    # its own connection). When given, the rest loads off the UI thread: the list never
    # freezes, however long it is or however the reading goes.
    rest: Callable[[int], list[Any]] | None = None


@dataclass
class Column:
    key: str
    title: str
    sort_key: str | None = None  # the SQL expression to sort by; None: not sortable
    format: Callable[[Any], str] | None = None


class LazyTableModel(QAbstractTableModel):
    """Rows are fetched by `fetch_rows(ids) -> {id: row}` on demand; `fetch_ids(sort, desc)`
    returns every matching id in order, or a `PagedIds` for lists of a million.

    Ids are fetched by `reload()`. A `sort()` before the first `reload()` only records the
    order (a view sorts once when it is set up, then the page loads it), and a `sort()` to
    the order already shown fetches nothing: on a large library each fetch of every id costs.
    """

    # Every id of the list is loaded (after a background load: a view may select a row now).
    completed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_ids: Callable[[str | None, bool], list[Any] | PagedIds],
        fetch_rows: Callable[[list[Any]], dict[Any, dict[str, Any]]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[Any] = []
        self._cache: dict[Any, dict[str, Any]] = {}
        self._sort: str | None = None
        self._desc = True
        self._loaded = False
        self._more: Callable[[int, int], list[Any]] | None = None
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._wait_for_paint = False
        self._drain.timeout.connect(self._fetch_chunk)
        self._rest: Callable[[int], list[Any]] | None = None
        self._loading = False
        self._generation = 0  # which reload a background load belongs to
        self._pool = QThreadPool(self)  # waits for its load when the model goes
        self._pool.setMaxThreadCount(1)

    def set_columns(self, columns: Sequence[Column]) -> None:
        """New column titles (after a language switch); same keys, same order."""
        self.columns = list(columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_order(self, sort: str | None, desc: bool) -> None:
        """The order of the next reload (None: the order the ids come in, e.g. relevance)."""
        self._sort, self._desc = sort, desc

    def order(self) -> tuple[str | None, bool]:
        return self._sort, self._desc

    def reload(
        self,
        found: list[Any] | PagedIds | None = None,
        rows: dict[Any, dict[str, Any]] | None = None,
    ) -> None:
        """The ids fetched again; or `found`, ids already fetched in the current order (a
        search made in the background), with `rows`, the rows of the first of them."""
        self.beginResetModel()
        if found is None:
            found = self._fetch_ids(self._sort, self._desc)
        self._more = None
        self._rest = None
        self._loading = False
        self._generation += 1
        self._wait_for_paint = False
        if isinstance(found, PagedIds):
            self._ids = list(found.first)
            if len(self._ids) >= FIRST_PAGE:
                self._more = found.more
                self._rest = found.rest
        else:
            self._ids = found
        self._cache.clear()
        self._cache.update(rows or {})
        self._loaded = True
        self.endResetModel()
        if self._more is not None:
            self._wait_for_paint = True
            self._drain.start(DRAIN_UNPAINTED_MS)

    def view_painted(self) -> None:
        """A view drew rows of this model: the next ids load shortly after (the pause lets
        the rest of the window finish drawing, and any key press go first)."""
        if self._wait_for_paint:
            self._wait_for_paint = False
            self._drain.start(DRAIN_PAUSE_MS)

    @property
    def complete(self) -> bool:
        """Every id of the list is loaded (rowCount() is the full count)."""
        return self._more is None

    def wait_for_load(self, msecs: int = 30_000) -> bool:
        """Waits for a background load under way (its connection is closed when it ends)."""
        return self._pool.waitForDone(msecs)

    def fetch_all(self) -> None:
        """Loads the ids not loaded yet, now (a background load under way is dropped)."""
        self._rest = None
        self._loading = False
        self._generation += 1
        while self._more is not None:
            self._fetch_chunk()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch_chunk()

    def _fetch_chunk(self) -> None:
        self._wait_for_paint = False
        more = self._more
        if more is None or self._loading:
            return
        if self._rest is not None:
            self._load_rest(self._rest)
            return
        chunk = more(len(self._ids), CHUNK)
        if len(chunk) < CHUNK:
            self._more = None
        if chunk:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(chunk) - 1)
            self._ids.extend(chunk)
            self.endInsertRows()
        if self._more is not None:
            self._drain.start(DRAIN_PAUSE_MS)
        else:
            self.completed.emit()

    def _load_rest(self, rest: Callable[[int], list[Any]]) -> None:
        generation, offset = self._generation, len(self._ids)

        def load(_progress: Any, _cancelled: Any) -> tuple[int, list[Any] | Exception | None]:
            if generation != self._generation:
                return generation, None  # a reload since (the officer typed on) wants its own
            try:
                return generation, rest(offset)
            except Exception as exc:  # the list falls back to its pages, on the UI thread
                return generation, exc

        job = Job(load)
        # A bound method, not a lambda: Qt drops it if the model goes before the load ends.
        job.signals.finished.connect(self._rest_loaded)
        self._loading = True
        self._pool.start(job)

    def _rest_loaded(self, result: tuple[int, list[Any] | Exception | None]) -> None:
        generation, ids = result
        if generation != self._generation or ids is None:
            return
        self._loading = False
        if isinstance(ids, Exception):
            log.warning("loading the rest of the list in the background failed: %r", ids)
            self._rest = None  # the pages, on this thread, as before
            self._drain.start(DRAIN_PAUSE_MS)
            return
        self._more = self._rest = None
        if ids:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
            self._ids.extend(ids)
            self.endInsertRows()
        self.completed.emit()

    def set_fetchers(
        self,
        fetch_ids: Callable[[str | None, bool], list[Any] | PagedIds],
        fetch_rows: Callable[[list[Any]], dict[Any, dict[str, Any]]],
    ) -> None:
        self._fetch_ids, self._fetch_rows = fetch_ids, fetch_rows
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def id_at(self, row: int) -> Any:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: Any) -> int:
        """The row of `record_id`, or -1. A list whose rest loads in the background is not
        waited for: -1 until `completed` (a caller that must find a row asks again then)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            if self._more is None or self._rest is not None:
                return -1
        self.fetch_all()
        return self.row_of(record_id)

    def record(self, row: int) -> dict[str, Any]:
        record_id = self._ids[row]
        if record_id not in self._cache:
            start = (row // BLOCK) * BLOCK
            block = self._ids[start : start + BLOCK]
            if len(self._cache) > 20 * BLOCK:
                self._cache.clear()
            self._cache.update(self._fetch_rows(block))
        return self._cache.get(record_id, {})

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        spec = self.columns[column]
        value = self.record(row).get(spec.key)
        if spec.format is not None:
            return spec.format(value)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        if not index.isValid():
            return None
        return self.text(index.row(), index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        desc = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, desc) == (self._sort, self._desc):
            return
        self._sort, self._desc = key, desc
        if self._loaded:
            self.reload()
