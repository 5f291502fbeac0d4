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
