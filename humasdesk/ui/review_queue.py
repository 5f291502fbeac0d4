"""The review queue: quotes found in saved and imported statements wait here until an
officer accepts, corrects or rejects them. Keyboard first: Ctrl+Enter accepts (with any
corrections typed), Ctrl+Delete rejects, and the next quote is selected at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core.errors import UserError
from humasdesk.core.records import QUOTE_STATUSES, Quote
from humasdesk.store import people, quotes, statements
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.errors import show_error
from humasdesk.ui.lazy_model import Column, LazyTableModel
from humasdesk.ui.widgets import RecordTable


class ReviewQueueView(QWidget):
    reviewed = Signal()  # a quote was accepted, corrected or rejected

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.current: Quote | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = LazyTableModel(
            self._columns(),
            lambda sort, desc: quotes.ids(
                self.lib, sort=sort, desc=desc, filters=quotes.Filters(review="pending")
            ),
            lambda pks: quotes.rows(self.lib, pks),
            self,
        )
        self.table = RecordTable(self.model)
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(self.tr("Quotes waiting for review"))
        self.table.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        self.table.sort_by(3, Qt.SortOrder.AscendingOrder)  # oldest first: a queue
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setMaximumHeight(180)
        self.speaker = QLineEdit()
        self.speaker.setObjectName("reviewSpeaker")
        self.role = QLineEdit()
        self.role.setObjectName("reviewRole")
        self.organisation = QLineEdit()
        self.status = QComboBox()
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptQuote")
        self.accept_button.setDefault(True)
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("rejectQuote")
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.form_labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(
            self.form_labels,
            [self.text, self.speaker, self.role, self.organisation, self.status],
            strict=True,
        ):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        self.editor = QFrame()
        self.editor.setFrameShape(QFrame.Shape.StyledPanel)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.source)
        editor_layout.addLayout(form)
        editor_layout.addLayout(buttons)
        editor_layout.addStretch(1)
        self.empty = QLabel()
        self.empty.setObjectName("reviewEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setSizes([560, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)
        self._splitter = splitter
        for keys, slot in (
            ("Ctrl+Return", self.accept_current),
            ("Ctrl+Enter", self.accept_current),
            ("Ctrl+Delete", self.reject_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Quote found"), None, lambda t: f"“{t}”" if t else ""),
            Column("speaker", self.tr("Speaker"), "speaker"),
            Column("role_phrase", self.tr("Role")),
            Column("date", self.tr("Date"), "date", labels.date),
        ]

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Quotes found in saved and imported statements. Check the words and who said "
                "them, then accept (Ctrl+Enter) or reject (Ctrl+Delete)."
            )
        )
        for label, name in zip(
            self.form_labels,
            [
                self.tr("Words"),
                self.tr("Speaker"),
                self.tr("Role then"),
                self.tr("Organisation"),
                self.tr("Status"),
            ],
            strict=True,
        ):
            label.setText(name)
        self.accept_button.setText(self.tr("Accept"))
        self.reject_button.setText(self.tr("Reject"))
        self.empty.setText(
            self.tr("Nothing waiting for review. Quotes found in new statements appear here.")
        )
        current = self.status.currentData()
        self.status.clear()
        for status in QUOTE_STATUSES:
            if status != "superseded":
                self.status.addItem(labels.quote_status(status), status)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.model.set_columns(self._columns())

    def refresh(self) -> None:
        names = people.names(self.lib)
        completer = QCompleter(names, self.speaker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.speaker.setCompleter(completer)
        self.model.reload()
        has = self.model.rowCount() > 0
        self._splitter.setVisible(has)
        self.intro.setVisible(has)
        self.empty.setVisible(not has)
        self.table.resizeColumnsToContents()
        for column, width in ((1, 140), (2, 170)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self.table.stretch(0)
        if has:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        record: dict[str, Any] = self.model.record(rows[0].row()) if rows else {}
        self._show(record.get("id"))

    def _show(self, quote_id: str | None) -> None:
        self.current = quotes.get(self.lib, quote_id) if quote_id else None
        self.editor.setEnabled(self.current is not None)
        q = self.current
        self.text.setPlainText(q.text if q else "")
        self.speaker.setText(q.speaker if q else "")
        unnamed = q is not None and not q.speaker and bool(q.role)
        self.speaker.setPlaceholderText(
            self.tr("Not named in the statement: who held this role then?") if unnamed else ""
        )
        self.role.setText(q.role if q else "")
        self.organisation.setText(q.organisation if q else "")
        if q is not None:
            self.status.setCurrentIndex(max(self.status.findData(q.status), 0))
        source = ""
        if q is not None and q.statement_id:
            try:
                st = statements.get(self.lib, q.statement_id)
                source = self.tr("From: {title} ({date})").format(
                    title=st.title or st.number, date=labels.date(st.date)
                )
            except UserError:
                source = ""
        self.source.setText(source)

    def _edits(self) -> dict[str, str]:
        """What the officer changed in the form."""
        q = self.current
        assert q is not None
        changes: dict[str, str] = {}
        if self.text.toPlainText().strip() != q.text:
            changes["text"] = self.text.toPlainText()
        for key, edit in (
            ("speaker", self.speaker),
            ("role", self.role),
            ("organisation", self.organisation),
        ):
            if edit.text().strip() != getattr(q, key):
                changes[key] = edit.text()
        return changes

    def _next_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def accept_current(self) -> None:
        if self.current is None:
            return
        row = self._next_row()
        try:
            edits = self._edits()
            if edits:
                quotes.correct(self.lib, self.current.id, **edits)
            quotes.accept(self.lib, self.current.id, status=self.status.currentData())
        except UserError as exc:
            show_error(self, exc)
            return
        self._after(row)

    def reject_current(self) -> None:
        if self.current is None:
            return
        row = self._next_row()
        try:
            quotes.reject(self.lib, self.current.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._after(row)

    def _after(self, row: int) -> None:
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
            self.table.setFocus()
        self.reviewed.emit()
