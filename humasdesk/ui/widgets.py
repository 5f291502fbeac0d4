"""Small building blocks every module page uses: a page header and a lazily filled table."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from humasdesk.ui.lazy_model import LazyTableModel


def tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order (each after the one before it in the chain)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


class PageHeader(QWidget):
    """A module's title and one line on what it is for, with room for actions on the right."""

    # The row of buttons; the name hides QWidget.actions(), which no header uses.
    actions: QHBoxLayout  # type: ignore[assignment]

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(self.subtitle.foregroundRole())
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        self.actions = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(text, 1)
        layout.addLayout(self.actions)

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)


class RecordTable(QTableView):
    """A read-only, sortable table over a LazyTableModel, one row selected at a time."""

    def __init__(self, model: LazyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lazy_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        # Tab leaves the list for the next control (arrows move between rows).
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Fitting columns to their contents measures this many rows, not Qt's default 1,000
        # (each a database fetch and a text layout): on a big library that took seconds.
        header.setResizeContentsPrecision(64)

    FIT_ROWS = 30  # rows measured by fit_columns(): a screenful

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reached by the keyboard with nothing selected: the current row is selected, so
        the officer sees where the focus is (a dotted frame around one cell is easy to miss)
        and Enter opens what is highlighted."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return
        selection = self.selectionModel()
        if selection is not None and not selection.hasSelection() and self.model().rowCount():
            row = max(self.currentIndex().row(), 0)
            self.selectRow(row)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.lazy_model.view_painted()  # the rows on screen are drawn: load the rest of the ids

    def fit_columns(self) -> None:
        """Each shown column as wide as its title and the text of its first rows.

        Qt's resizeColumnsToContents() asks the model for every role of every measured cell
        and lays each one out (2,400 calls for 40 rows): this takes the display text of each
        cell once and measures it, with room for a bold cell.
        """
        model = self.lazy_model
        plain = self.fontMetrics()
        bold_font = self.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = self.horizontalHeader()
        rows = min(model.rowCount(), self.FIT_ROWS)
        padding = plain.height()  # the cell's margins, as wide as the font is tall
        stretched = QHeaderView.ResizeMode.Stretch
        for column in range(model.columnCount()):
            if self.isColumnHidden(column) or header.sectionResizeMode(column) == stretched:
                continue  # a stretched column takes the room left, whatever its text
            widest = header.sectionSizeHint(column)
            for row in range(rows):
                text = model.text(row, column)
                if text:
                    widest = max(widest, bold.horizontalAdvance(text) + padding)
            self.setColumnWidth(column, max(widest, plain.averageCharWidth() * 4))

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        """The initial order, shown by the header's arrow (newest first, usually)."""
        self.horizontalHeader().setSortIndicator(column, order)

    def stretch(self, column: int) -> None:
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


SEARCH_ORDERS = ("relevance", "date")


def search_order_box(name: str) -> QComboBox:
    """The choice a search box offers: most relevant first, or newest (dated) first."""
    box = QComboBox()
    box.setObjectName(name)
    for i, order in enumerate(SEARCH_ORDERS):  # the texts come from retranslate_search_order
        box.insertItem(i, "")
        box.setItemData(i, order)
    retranslate_search_order(box)
    return box


def retranslate_search_order(box: QComboBox) -> None:
    box.setItemText(0, QCoreApplication.translate("search", "Most relevant first"))
    box.setItemText(1, QCoreApplication.translate("search", "Newest first"))
    box.setToolTip(QCoreApplication.translate("search", "Order of the search results"))
    box.setAccessibleName(QCoreApplication.translate("search", "Order of the search results"))


def show_search_order(table: RecordTable, searching: bool, order: str, date_column: int) -> None:
    """Puts the list in the order a search asks for: relevance (no column's arrow) while
    searching with "most relevant first", else newest first by its date column."""
    model = table.lazy_model
    if searching and order == "relevance":
        model.set_order(None, True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    else:
        model.set_order("date", True)
        table.sort_by(date_column)
