"""The quote library module: approved lines and past quotes, with who said them and when."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from humasdesk.store import quotes
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.lazy_model import Column, LazyTableModel
from humasdesk.ui.widgets import PageHeader, RecordTable


class QuotesView(QWidget):
    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.header = PageHeader("", "")
        self.model = LazyTableModel(
            self._columns(),
            lambda sort, desc: quotes.ids(self.lib, sort=sort, desc=desc),
            lambda pks: quotes.rows(self.lib, pks),
            self,
        )
        self.table = RecordTable(self.model)
        self.table.setObjectName("quotesTable")
        self.table.sort_by(3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Quote"), None, lambda t: f"“{t}”" if t else ""),
            Column("speaker", self.tr("Speaker"), "speaker"),
            Column("role", self.tr("Role at the time")),
            Column("date", self.tr("Date"), "date", labels.date),
            Column("status", self.tr("Status"), "status", labels.quote_status),
        ]

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("Quote library"),
            self.tr("What was already said officially: who said it, in which role, and when."),
        )
        self.model.set_columns(self._columns())

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 420)
        self.table.stretch(0)
