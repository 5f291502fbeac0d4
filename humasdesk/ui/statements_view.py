"""The press statements module: every statement the office issued, newest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from humasdesk.store import statements
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.lazy_model import Column, LazyTableModel
from humasdesk.ui.widgets import PageHeader, RecordTable


class StatementsView(QWidget):
    changed = Signal()

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.header = PageHeader("", "")
        self.model = LazyTableModel(
            self._columns(),
            lambda sort, desc: statements.ids(self.lib, sort=sort, desc=desc),
            lambda pks: statements.rows(self.lib, pks),
            self,
        )
        self.table = RecordTable(self.model)
        self.table.setObjectName("statementsTable")
        self.table.sort_by(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number"), "number"),
            Column("date", self.tr("Date"), "date", labels.date),
            Column("title", self.tr("Title"), "title"),
            Column("status", self.tr("Status"), "status", labels.statement_status),
            Column("tags", self.tr("Tags")),
        ]

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("Press statements"),
            self.tr("Every statement your office drafted or issued, newest first."),
        )
        self.model.set_columns(self._columns())

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.stretch(2)
