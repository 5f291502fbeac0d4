"""A quote's source statement, read-only, scrolled to the quote and with it selected."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from humasdesk.store import extraction, statements
from humasdesk.store.db import Library
from humasdesk.ui import labels


class SourceDialog(QDialog):
    def __init__(
        self,
        lib: Library,
        statement_id: str,
        start: int | None,
        end: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        st = statements.get(lib, statement_id)
        self.setWindowTitle(st.title or st.number)
        heading = QLabel(" · ".join(p for p in (st.number, st.city, labels.date(st.date)) if p))
        title = QLabel(f"<b>{st.title}</b>")
        title.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setObjectName("sourceText")
        self.body.setReadOnly(True)
        text = extraction.statement_text(st)
        self.body.setPlainText(text)
        if start is not None and end is not None and 0 <= start < end <= len(text):
            cursor = self.body.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.body.setTextCursor(cursor)
            self.body.ensureCursorVisible()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(title)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
