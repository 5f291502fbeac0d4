"""A big list must not fetch every id of the archive more often than it has to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from humasdesk.ui.lazy_model import Column, LazyTableModel
from humasdesk.ui.widgets import RecordTable


class Archive:
    """Stands in for a statements table of 10,000 rows; counts how often ids are fetched."""

    def __init__(self) -> None:
        self.id_fetches: list[tuple[str | None, bool]] = []

    def ids(self, sort: str | None, desc: bool) -> list[int]:
        self.id_fetches.append((sort, desc))
        return list(range(10_000, 0, -1) if desc else range(1, 10_001))

    def rows(self, pks: list[int]) -> dict[int, dict[str, Any]]:
        return {pk: {"number": f"No. {pk}", "date": f"2026-01-{pk % 28 + 1:02d}"} for pk in pks}


def test_opening_a_big_list_fetches_its_ids_once(qtbot: Any) -> None:
    archive = Archive()
    model = LazyTableModel(
        [Column("number", "Number", "number"), Column("date", "Date", "date")],
        archive.ids,
        archive.rows,
    )
    table = RecordTable(model)  # sorting is switched on here: Qt asks the model to sort
    qtbot.addWidget(table)
    table.sort_by(1)  # newest first, as the module pages do
    assert archive.id_fetches == []  # nothing loaded yet: only the order was noted
    model.reload()
    assert archive.id_fetches == [("date", True)]
    table.resizeColumnsToContents()
    assert model.rowCount() == 10_000
    assert model.index(0, 0).data() == "No. 10000"

    model.sort(1, Qt.SortOrder.DescendingOrder)  # the order already shown: nothing to fetch
    assert len(archive.id_fetches) == 1
    model.sort(1, Qt.SortOrder.AscendingOrder)  # the officer flips the order
    assert archive.id_fetches[-1] == ("date", False)
    assert model.index(0, 0).data() == "No. 1"


def test_a_list_of_a_hundred_thousand_shows_its_first_page_at_once_then_every_row(
    qtbot: Any,
) -> None:
    from humasdesk.ui import lazy_model

    everything = list(range(100_000, 0, -1))
    asked: list[tuple[int, int]] = []

    def page(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return everything[offset : offset + limit]

    model = LazyTableModel(
        [Column("number", "Number", "number")],
        lambda _sort, _desc: lazy_model.PagedIds(page(0, lazy_model.FIRST_PAGE), page),
        lambda pks: {pk: {"number": f"No. {pk}"} for pk in pks},
    )
    table = RecordTable(model)
    qtbot.addWidget(table)
    model.reload()
    assert model.rowCount() == lazy_model.FIRST_PAGE  # shown before the rest is fetched
    assert model.index(0, 0).data() == "No. 100000"
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)  # the rest comes in chunks
    assert model.rowCount() == 100_000
    assert model.index(99_999, 0).data() == "No. 1"
    assert len(set(model._ids)) == 100_000  # every row once, in order
    assert model._ids == everything


def paged(everything: list[int]) -> LazyTableModel:
    """A model over `everything`, whose ids come a page at a time (as a big library's do)."""
    from humasdesk.ui import lazy_model

    return LazyTableModel(
        [Column("number", "Number", "number")],
        lambda _s, _d: lazy_model.PagedIds(
            everything[: lazy_model.FIRST_PAGE], lambda o, n: everything[o : o + n]
        ),
        lambda pks: {pk: {"number": f"No. {pk}"} for pk in pks},
    )


def test_finding_a_row_not_yet_loaded_loads_the_rest(qtbot: Any) -> None:
    model = paged(list(range(5_000)))
    model.reload()
    assert model.row_of(4_321) == 4_321
    assert model.complete


def test_the_rest_of_a_long_list_loads_once_its_first_rows_are_on_screen(
    qtbot: Any, monkeypatch: Any
) -> None:
    from humasdesk.ui import lazy_model

    # Only the paint can start the loading here: the fallback for a list never shown waits
    # longer than this test does.
    monkeypatch.setattr(lazy_model, "DRAIN_UNPAINTED_MS", 600_000)
    model = paged(list(range(60_000, 0, -1)))
    table = RecordTable(model)
    qtbot.addWidget(table)
    model.reload()
    assert not model.complete  # nothing more is read before the list has been drawn
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)
    assert model.rowCount() == 60_000


def test_a_list_never_shown_still_loads_every_row(qtbot: Any) -> None:
    model = paged(list(range(30_000)))
    model.reload()
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)
    assert model.rowCount() == 30_000


def test_fitted_columns_show_the_whole_title_and_every_value_of_the_first_rows(
    qtbot: Any,
) -> None:
    archive = Archive()
    model = LazyTableModel(
        [Column("number", "Number of the release", "number"), Column("date", "Date", "date")],
        archive.ids,
        archive.rows,
    )
    table = RecordTable(model)
    qtbot.addWidget(table)
    model.reload()
    table.fit_columns()
    metrics = table.fontMetrics()
    assert table.columnWidth(0) > metrics.horizontalAdvance("Number of the release")
    widest_date = max(
        metrics.horizontalAdvance(model.index(row, 1).data()) for row in range(RecordTable.FIT_ROWS)
    )
    assert table.columnWidth(1) > widest_date


def test_a_list_that_can_read_its_rest_elsewhere_loads_it_off_the_ui_thread(qtbot: Any) -> None:
    import threading

    from humasdesk.ui import lazy_model

    everything = list(range(50_000, 0, -1))
    pages: list[int] = []
    rests: list[tuple[int, bool]] = []

    def page(offset: int, limit: int) -> list[int]:
        pages.append(offset)
        return everything[offset : offset + limit]

    def rest(offset: int) -> list[int]:
        rests.append((offset, threading.current_thread() is threading.main_thread()))
        return everything[offset:]

    model = LazyTableModel(
        [Column("number", "Number", "number")],
        lambda _s, _d: lazy_model.PagedIds(page(0, lazy_model.FIRST_PAGE), page, rest),
        lambda pks: {pk: {"number": f"No. {pk}"} for pk in pks},
    )
    model.reload()
    assert model.row_of(7) == -1  # not waited for: it comes with the rest
    with qtbot.waitSignal(model.completed, timeout=10_000):
        pass
    assert rests == [(lazy_model.FIRST_PAGE, False)]  # once, in another thread
    assert pages == [0]  # no page was read on the UI thread after the first
    assert model._ids == everything
    assert model.row_of(7) == 50_000 - 7


def test_a_background_load_for_an_earlier_query_is_dropped(qtbot: Any) -> None:
    import threading

    from humasdesk.ui import lazy_model

    release = threading.Event()
    lists = {"old": list(range(3_000)), "new": list(range(10_000, 13_000))}
    wanted = ["old"]

    def fetch(_s: Any, _d: Any) -> lazy_model.PagedIds:
        name = wanted[0]

        def rest(offset: int) -> list[int]:
            release.wait(10)
            return lists[name][offset:]

        return lazy_model.PagedIds(
            lists[name][: lazy_model.FIRST_PAGE], lambda o, n: lists[name][o : o + n], rest
        )

    model = LazyTableModel(
        [Column("number", "Number", "number")], fetch, lambda pks: {pk: {} for pk in pks}
    )
    model.reload()
    qtbot.waitUntil(lambda: model._loading, timeout=5_000)  # the old query's rest is loading
    wanted[0] = "new"
    model.reload()  # the officer typed on
    release.set()
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)
    qtbot.wait(100)
    assert model._ids == lists["new"]


def test_a_background_load_that_fails_falls_back_to_pages(qtbot: Any) -> None:
    from humasdesk.ui import lazy_model

    everything = list(range(4_000))

    def rest(_offset: int) -> list[int]:
        raise OSError("disk I/O error")

    model = LazyTableModel(
        [Column("number", "Number", "number")],
        lambda _s, _d: lazy_model.PagedIds(
            everything[: lazy_model.FIRST_PAGE], lambda o, n: everything[o : o + n], rest
        ),
        lambda pks: {pk: {} for pk in pks},
    )
    model.reload()
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)
    assert model._ids == everything
