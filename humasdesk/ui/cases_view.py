"""The RESIST cases module: hoaxes and crises being worked, with their priority and progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from humasdesk.store import cases
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.lazy_model import Column, LazyTableModel
from humasdesk.ui.widgets import PageHeader, RecordTable


class CasesView(QWidget):
    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.header = PageHeader("", "")
        self._rows: dict[str, dict[str, Any]] = {}
        self.model = LazyTableModel(self._columns(), self._ids, self._fetch, self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("casesTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def _ids(self, sort: str | None, desc: bool) -> list[str]:
        self._rows = {r["id"]: r for r in cases.listing(self.lib)}
        return list(self._rows)

    def _fetch(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def _columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Case")),
            Column("label", self.tr("Label")),
            Column("priority", self.tr("Priority"), None, labels.priority),
            Column("status", self.tr("Status"), None, labels.case_status),
            Column("steps_touched", self.tr("Steps worked"), None, lambda n: f"{n or 0} / 6"),
            Column("updated_at", self.tr("Last change"), None, labels.date),
        ]

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("RESIST cases"),
            self.tr(
                "Hoaxes and crises worked step by step: recognise, early warning, situational "
                "insight, impact, strategic communication, tracking."
            ),
        )
        self.model.set_columns(self._columns())

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.stretch(0)
