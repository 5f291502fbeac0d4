"""The press statements module: every statement the office issued, searched and filtered as
the officer types, and the editor one double-click (or Enter) away."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import office_time
from humasdesk.core import query as query_parser
from humasdesk.core.query import ParsedQuery
from humasdesk.core.records import LANGUAGES, STATEMENT_STATUSES, Statement
from humasdesk.store import recovery, search, search_index, settings, statements
from humasdesk.store import tags as tag_store
from humasdesk.store.db import Library
from humasdesk.store.recovery import Draft
from humasdesk.ui import labels
from humasdesk.ui.background_search import BackgroundSearch
from humasdesk.ui.lazy_model import BLOCK, FIRST_PAGE, Column, Index, LazyTableModel, PagedIds
from humasdesk.ui.widgets import (
    PageHeader,
    RecordTable,
    retranslate_search_order,
    search_order_box,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from humasdesk.ui.statement_editor import StatementEditor

log = logging.getLogger(__name__)

# Search results are ranked; beyond the best few hundred nobody reads on.
SEARCH_LIMIT = 500
SEARCH_DELAY_MS = 200
SAMPLE_ROWS = 40
LIST_SNIPPET_WIDTH = 80
SNIPPET_BATCH = 16  # passages found at once, for the rows drawn
# Passages found with a search typed (in the background): the first rows, a screenful and more.
PASSAGES_AHEAD = 48
NUMBER_WIDTH = 190  # px; the list's number column at most
NO_DATE = QDate(1900, 1, 1)
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1


def embargo_label(value: str | None, zone: str = office_time.DEFAULT_ZONE) -> str:
    """ "10 Dec 2026 09:00 WIB", in the office's zone (in the Embargo column, in orange)
    while an embargo holds; nothing once it has passed."""
    if not value:
        return ""
    when = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not when.isValid() or when <= QDateTime.currentDateTime():
        return ""
    return office_time.describe(value, zone, translate.current(), short=True)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, _FONT, int(SNIPPET_ROLE)))


class StatementsModel(LazyTableModel):
    """The lazy list, with embargoes in orange and withdrawn statements greyed.

    While searching, `snippets(pks)` gives the passage found in each statement: asked for
    the rows drawn only, a few at a time (finding the best passage of a long statement costs
    a millisecond; a whole block of rows was most of a search's time)."""

    snippets: Callable[[list[Any]], dict[Any, list[tuple[str, bool]]]] | None = None

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._passages: dict[Any, list[tuple[str, bool]]] = {}

    def reload(
        self,
        found: list[Any] | PagedIds | None = None,
        rows: dict[Any, dict[str, Any]] | None = None,
        passages: dict[Any, list[tuple[str, bool]]] | None = None,
    ) -> None:
        """As LazyTableModel's; `passages`: those of the first rows, found with them."""
        self._passages = dict(passages or {})
        super().reload(found, rows)

    def snippet_parts(self, row: int) -> list[tuple[str, bool]]:
        pk = self.id_at(row)
        if pk not in self._passages and self.snippets is not None:
            batch = []
            for other in range(row, min(row + SNIPPET_BATCH, self.rowCount())):
                if self.id_at(other) not in self._passages:
                    batch.append(self.id_at(other))
            found = self.snippets(batch)
            for key in batch:
                self._passages[key] = found.get(key, [])
        return list(self._passages.get(pk) or [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Measuring and painting ask for every role of every cell: answer the ones this
        # model never sets before touching the record, and the text before the styling.
        if role not in _ROLES or not index.isValid():
            return None
        key = self.columns[index.column()].key
        if role == SNIPPET_ROLE:
            return self.snippet_parts(index.row()) or None
        if role == _DISPLAY:
            return self.text(index.row(), index.column())
        record = self.record(index.row())
        withdrawn = record.get("status") == "withdrawn"
        if role == _TOOLTIP:  # the reason of a withdrawal, else the whole (elided) text
            if withdrawn:
                return record.get("withdrawn_reason") or None
            return super().data(index, role)
        embargoed = key == "embargo_at" and bool(embargo_label(record.get("embargo_at")))
        if role == _BACKGROUND:
            return QColor("#ffd9a0") if embargoed else None
        if role == _FOREGROUND:
            if embargoed:
                return QColor("#6b3a00")
            if withdrawn:
                return QColor("#9a3b36") if key == "status" else QColor("#8a8f98")
            return None
        if embargoed or (key == "status" and withdrawn):  # the font role
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, row: int, column: int) -> str:
        if self.columns[column].key == "snippet":
            return "".join(piece for piece, _ in self.snippet_parts(row))
        return super().text(row, column)


def keep_first_match_in_view(
    parts: list[tuple[str, bool]], fits: Callable[[str], bool]
) -> list[tuple[str, bool]]:
    """`parts` with the text before the first match shortened (from the left, at a word, with
    "…") until the text up to the end of that match `fits` the column: in a narrow column the
    passage must still show the word found."""
    first = next((i for i, (_, hit) in enumerate(parts) if hit), None)
    if not first:  # no match, or the passage starts with it
        return parts
    before = "".join(piece for piece, _ in parts[:first])
    if fits(before + parts[first][0]):
        return parts
    words = before.split(" ")
    while len(words) > 1:
        words.pop(0)
        shortened = "…" + " ".join(words)
        if fits(shortened + parts[first][0]):
            return [(shortened, False), *parts[first:]]
    return [("…", False), *parts[first:]]


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet with the words found marked, the first one always in view."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        parts = index.data(SNIPPET_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        metrics = QFontMetrics(option.font)
        # The margins, and room for the match being drawn in bold.
        room = option.rect.width() - 8 - 2 * metrics.averageCharWidth()
        shown = keep_first_match_in_view(
            parts, lambda text: metrics.horizontalAdvance(text) <= room
        )
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            from PySide6.QtWidgets import QStyle  # its type costs the window's start 15 ms

            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        draw_passage(painter, option, shown)


MATCH_BACKGROUND = QColor("#ffe58a")


def draw_passage(
    painter: QPainter, option: QStyleOptionViewItem, parts: list[tuple[str, bool]]
) -> None:
    """The pieces one after the other on one line, each match bold on yellow, cut at the
    cell's edge. Drawn directly: a rich-text document per cell cost 2 ms a cell, most of the
    time a search took to show (the list draws 20-30 passages at once)."""
    from PySide6.QtGui import QPalette  # with the first search, not at start
    from PySide6.QtWidgets import QStyle

    bold_font = QFont(option.font)
    bold_font.setBold(True)
    plain, bold = QFontMetrics(option.font), QFontMetrics(bold_font)
    rect = option.rect
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    text_color = option.palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    top = rect.top() + max(0, (rect.height() - plain.height()) // 2)
    x = float(rect.left() + 4)
    painter.save()
    painter.setClipRect(rect)
    for text, hit in parts:
        metrics = bold if hit else plain
        width = metrics.horizontalAdvance(text)
        if hit:
            painter.fillRect(QRectF(x, top, width, metrics.height()), MATCH_BACKGROUND)
            painter.setPen(QColor("#000000"))
            painter.setFont(bold_font)
        else:
            painter.setPen(text_color)
            painter.setFont(option.font)
        painter.drawText(QPointF(x, top + metrics.ascent()), text)
        x += width
        if x > rect.right():
            break
    painter.restore()


@dataclass
class Found:
    """A search made in the background: what was asked, and everything its first screen
    needs (so the list shows it without reading or working anything out)."""

    text: str
    parsed: ParsedQuery
    filters: search.Filters
    order: str
    sort: str | None
    desc: bool
    ranked: list[int]  # best (or newest) first
    pks: list[int]  # in the list's order (`sort`, `desc`)
    rows: dict[int, dict[str, Any]]
    passages: dict[int, list[tuple[str, bool]]]
    stale: bool  # the index is behind the library


def find_statements(
    reader: Library,
    text: str,
    parsed: ParsedQuery,
    filters: search.Filters,
    order: str,
    sort: str | None,
    desc: bool,
) -> Found:
    """The search of the statement list, off the UI thread (`reader`: a connection of its
    own)."""
    ranked = search.statement_pks(reader, parsed, filters, SEARCH_LIMIT, sort=order, wait=False)
    pks = statements.sort_pks(reader, ranked, sort, desc) if sort else ranked
    return Found(
        text=text,
        parsed=parsed,
        filters=filters,
        order=order,
        sort=sort,
        desc=desc,
        ranked=ranked,
        pks=pks,
        rows=statements.rows(reader, pks[:BLOCK]),
        passages=search.statement_snippet_parts(
            reader, pks[:PASSAGES_AHEAD], parsed, width=LIST_SNIPPET_WIDTH
        ),
        stale=search_index.needs_update(reader),
    )


class StatementsView(QWidget):
    changed = Signal()
    status_message = Signal(str)  # the editor's messages, for the window's status bar
    # A search met an index behind the library: the window brings it up to date in the
    # background, then calls refresh_search().
    index_stale = Signal()

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.query_text = ""
        self.parsed = ParsedQuery()
        self.filters = search.Filters()
        self._ready = False
        self.pages = QStackedWidget()
        self.list_page = QWidget()
        self.header = PageHeader("", "")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newStatement")
        self.new_button.clicked.connect(lambda: self.new_statement())
        self.template_button = QPushButton()
        self.template_button.setObjectName("newFromTemplate")
        self.template_button.clicked.connect(self.new_from_template)
        self.header.actions.addWidget(self.template_button)
        self.header.actions.addWidget(self.new_button)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("statementSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._query_typed)
        self.search_box.returnPressed.connect(self._search_now)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        for code in STATEMENT_STATUSES:
            self.status_filter.addItem("", code)
        self.language_filter = QComboBox()
        self.language_filter.setObjectName("languageFilter")
        self.language_filter.addItem("", None)
        for code in LANGUAGES:
            self.language_filter.addItem("", code)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.date_from = self._date_edit("dateFrom")
        self.date_to = self._date_edit("dateTo")
        self.clear_filters = QPushButton()
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.clicked.connect(self.reset_filters)
        for combo in (self.status_filter, self.language_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.date_from_label = QLabel()
        self.date_to_label = QLabel()
        self.order_box = search_order_box("statementSearchOrder")
        self.order_box.currentIndexChanged.connect(self._order_changed)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.order_box)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.language_filter)
        filters.addWidget(self.date_from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to_label)
        filters.addWidget(self.date_to)
        filters.addWidget(self.clear_filters)
        filters.addStretch(1)
        # Filters get their natural width when there is room, and shrink on a small screen.
        for widget in (
            self.status_filter,
            self.tag_filter,
            self.language_filter,
            self.date_from,
            self.date_to,
            self.clear_filters,
        ):
            widget.setMinimumWidth(56)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")

        self.model = StatementsModel(self._columns(), self._fetch_ids, self._fetch_rows, self)
        self.model.rowsInserted.connect(self._update_count)  # the rest of a long list
        self.model.snippets = self._snippets
        self.table = RecordTable(self.model)
        self.table.setObjectName("statementsTable")
        self.table.sort_by(1)
        # Column widths come from the first rows only: measuring 100,000 would fetch them all.
        self.table.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self.table.verticalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self.table.setItemDelegateForColumn(self._column("snippet"), SnippetDelegate(self.table))
        # Enter, or a double click (some styles activate on it, some do not).
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        # The records join the keyboard's order first (Tab from the module list reaches them),
        # then the controls above them, each once.
        list_layout.addWidget(self.table, 1)
        list_layout.insertWidget(0, self.header)
        list_layout.insertLayout(1, search_row)
        list_layout.insertLayout(2, filters)
        list_layout.insertWidget(3, self.count_label)

        self._editor: StatementEditor | None = None  # built when first needed
        self.pages.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_in_background)
        self.searches = BackgroundSearch(lib, self)  # the searches typed
        self.searches.found.connect(self._search_found)
        self.searches.failed.connect(self._search_failed)

        self.retranslate()
        self._ready = True
        self.refresh()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    def _columns(self) -> list[Column]:
        zone = settings.time_zone(self.lib)
        return [
            Column("number", self.tr("Number"), "number"),
            Column("date", self.tr("Date"), "date", labels.date),
            Column("title", self.tr("Title"), "title"),
            Column("status", self.tr("Status"), "status", labels.statement_status),
            Column("tags", self.tr("Tags")),
            Column("embargo_at", self.tr("Embargo"), None, lambda v: embargo_label(v, zone)),
            Column("snippet", self.tr("Found in the text")),
        ]

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.key == key)

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("Press statements"),
            self.tr("Every statement your office drafted or issued, newest first."),
        )
        self.model.set_columns(self._columns())
        self.new_button.setText(self.tr("New statement"))
        self.new_button.setToolTip(self.tr("Write a new statement (Ctrl+N)"))
        self.template_button.setText(self.tr("New from template…"))
        self.search_box.setPlaceholderText(
            self.tr('Search every statement: words, "an exact phrase", -leave out (Ctrl+F)')
        )
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i, code in enumerate(STATEMENT_STATUSES, start=1):
            self.status_filter.setItemText(i, labels.statement_status(code))
        self.language_filter.setItemText(0, self.tr("All languages"))
        for i, code in enumerate(LANGUAGES, start=1):
            self.language_filter.setItemText(i, labels.language(code))
        self.date_from_label.setText(self.tr("From"))
        self.date_to_label.setText(self.tr("to"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.clear_filters.setText(self.tr("Clear filters"))
        retranslate_search_order(self.order_box)
        self._fill_tags()
        if self._editor is not None:
            self._editor.retranslate()
        self._update_count()

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in tag_store.all_names(self.lib):
            self.tag_filter.addItem(name, name)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    # ----- the list
    def _fetch_ids(self, sort: str | None, desc: bool) -> list[int] | PagedIds:
        if not self._ready:
            return []  # the table sets its sort order while it is built: load once, after
        if self.parsed.empty:
            filters = self.filters

            def page(offset: int, limit: int) -> list[int]:
                return statements.ids(
                    self.lib, sort=sort, desc=desc, filters=filters, offset=offset, limit=limit
                )

            return PagedIds(page(0, FIRST_PAGE), page)
        order = self.order_box.currentData() or "relevance"
        pks = search.statement_pks(
            self.lib, self.parsed, self.filters, SEARCH_LIMIT, sort=order, wait=False
        )
        if search_index.needs_update(self.lib):
            self.index_stale.emit()
        return statements.sort_pks(self.lib, pks, sort, desc) if sort else pks

    def _fetch_rows(self, pks: list[int]) -> dict[int, dict[str, Any]]:
        return statements.rows(self.lib, pks)

    def _snippets(self, pks: list[int]) -> dict[int, list[tuple[str, bool]]]:
        if self.parsed.empty:
            return {}
        return search.statement_snippet_parts(self.lib, pks, self.parsed, width=LIST_SNIPPET_WIDTH)

    def refresh(self) -> None:
        self.model.reload()
        self._lay_out()

    def _lay_out(self) -> None:
        """The columns for the list shown (searching or not), and the count."""
        searching = not self.parsed.empty
        # While searching, the passage found matters more than the tags (an embargo stays
        # in view: it must never be missed).
        self.table.setColumnHidden(self._column("snippet"), not searching)
        self.table.setColumnHidden(self._column("tags"), searching)
        if searching:  # stretched, not measured: its passages are found as they are drawn,
            self.table.stretch(self._column("snippet"))  # and it shares the room with the title
        self.table.fit_columns()
        self.table.setColumnWidth(self._column("tags"), 150)
        # Long office numbers are cut at the end (the whole number is in the tooltip).
        number = self._column("number")
        self.table.setColumnWidth(number, min(self.table.columnWidth(number), NUMBER_WIDTH))
        self.table.stretch(self._column("title"))  # sharing the room left with the passage
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.parsed.empty:
            text = self.tr("{count} statements").format(count=count)
        elif count >= SEARCH_LIMIT:
            text = self.tr(
                "Showing the first {count} matches; add words or filters to narrow them down"
            ).format(count=count)
        elif count and self.order_box.currentData() == "date" and self.model.order()[0] is None:
            text = self.tr("{count} found, newest first").format(count=count)
        elif count:
            text = self.tr("{count} found, most relevant first").format(count=count)
        else:
            text = self.tr("Nothing found. Try fewer words, or clear the filters.")
        self.count_label.setText(text)

    def _query_typed(self) -> None:
        self.searches.drop()  # a search under way is for older text: never shown
        self._search_timer.start()

    def _search_in_background(self, again: bool = False) -> None:
        """The text typed, searched off the UI thread once typing pauses: the window stays
        responsive however long the search and its passages take, and the result is shown
        only if nothing newer was typed (or searched) meanwhile."""
        self._search_timer.stop()
        self.searches.drop()
        text = self.search_box.text()
        parsed = query_parser.parse(text, prefix=True)
        if text == self.query_text and not again:
            return
        if parsed.empty:  # the whole list again: its first page is quick, the rest pages in
            self._search_now()
            return
        filters, order = self.filters, self.order_box.currentData() or "relevance"
        sort, desc = (None, True) if self.parsed.empty else self.model.order()
        self.searches.start(
            lambda reader: find_statements(reader, text, parsed, filters, order, sort, desc)
        )

    def _search_found(self, found: Found) -> None:
        order = self.order_box.currentData() or "relevance"
        if (found.filters, found.order) != (self.filters, order):
            self._search_in_background(again=True)  # the filters changed meanwhile
            return
        was_searching = not self.parsed.empty
        self.query_text, self.parsed = found.text, found.parsed
        if not was_searching:
            self._show_order()
        pks = found.pks
        sort, desc = self.model.order()
        if (sort, desc) != (found.sort, found.desc):  # a column was sorted meanwhile
            pks = statements.sort_pks(self.lib, found.ranked, sort, desc) if sort else found.ranked
        self.model.reload(pks, found.rows, found.passages)
        self._lay_out()
        if found.stale:
            self.index_stale.emit()

    def _search_failed(self, error: object) -> None:
        # The library went (switched, restored) while it searched; a search typed later, or
        # Enter, searches it on the UI thread as before.
        log.warning("searching in the background failed: %r", error)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.searches.drop()  # any search under way is older than this one
        text = self.search_box.text()
        if text == self.query_text:
            return
        was_searching = not self.parsed.empty
        self.query_text = text
        self.parsed = query_parser.parse(text, prefix=True)
        if not self.parsed.empty and not was_searching:
            # Results come in the chosen order; a click on a column header sorts them again.
            self._show_order()
        elif self.parsed.empty and was_searching:
            self.model.set_order(None, True)
            self.table.sort_by(1)
        self.refresh()

    def _show_order(self) -> None:
        self.model.set_order(None, True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)

    def _order_changed(self) -> None:
        if not self.parsed.empty:
            self._show_order()  # newest first comes from the search itself
            self.refresh()

    def refresh_search(self) -> None:
        """The search index caught up with the library: searched again if searching."""
        if not self.parsed.empty:
            self.refresh()

    def search_for(self, text: str) -> None:
        """Types `text` into the search box and searches at once."""
        self.search_box.setText(text)
        self._search_now()

    def focus_search(self) -> None:
        self.show_list()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _filters_changed(self) -> None:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        self.filters = search.Filters(
            status=self.status_filter.currentData(),
            tag=self.tag_filter.currentData(),
            language=self.language_filter.currentData(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
        )
        self.refresh()

    def reset_filters(self) -> None:
        for combo in (self.status_filter, self.language_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self._filters_changed()

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record.get("id"):
            self.open_statement(record["id"])

    # ----- the editor
    @property
    def editor(self) -> StatementEditor:
        """The editor page, built the first time a statement is opened or written: the list
        opens without it on a large library."""
        if self._editor is None:
            from humasdesk.ui import statement_editor

            editor = statement_editor.StatementEditor(self.lib)
            editor.back_requested.connect(self.show_list)
            editor.saved.connect(self._saved)
            editor.history_requested.connect(self.show_history)
            editor.status_message.connect(self.status_message)
            self.pages.addWidget(editor)
            self._editor = editor
        return self._editor

    def editing(self) -> bool:
        return self._editor is not None and self.pages.currentWidget() is self._editor

    def _leave_editor(self) -> bool:
        if self._editor is None:
            return True
        self.editor.flush()  # safe on disk before any question is asked
        return not self.editing() or self.editor.maybe_leave()

    def open_statement(self, statement_id: str) -> None:
        if self.editing() and self.editor.base.id == statement_id:
            return
        if not self._leave_editor():
            return
        self.editor.load(statement_id)
        self.pages.setCurrentWidget(self.editor)
        self.editor.title.setFocus()

    def new_statement(self, draft: Statement | None = None) -> None:
        if not self._leave_editor():
            return
        if draft is None:
            draft = Statement(date=QDate.currentDate().toString("yyyy-MM-dd"))
        self.editor.new(draft)
        self.pages.setCurrentWidget(self.editor)
        self.editor.title.setFocus()
        if draft.title:
            self.editor.title.selectAll()

    def new_from_template(self) -> bool:
        from humasdesk.ui.templates_dialog import NewFromTemplateDialog

        dialog = NewFromTemplateDialog(self.lib, self, language=self._ui_language())
        if dialog.exec() != NewFromTemplateDialog.DialogCode.Accepted:
            return False
        draft = dialog.draft()
        if draft is None:
            return False
        self.new_statement(draft)
        return True

    def _ui_language(self) -> str:
        return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"

    def open_draft(self, draft: Draft) -> None:
        """Reopens a recovered draft in the editor, unsaved, as it was kept."""
        if not self._leave_editor():
            return
        if draft.statement_id and draft.key == recovery.key_for(draft.statement_id):
            try:
                self.editor.load(draft.statement_id)
            except Exception:
                self.editor.new(Statement())
                self.editor.apply_draft(draft)
        else:
            self.editor.new(Statement(), key=draft.key)
            self.editor.apply_draft(draft)
        self.pages.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        if self.editing() and not self.editor.maybe_leave():
            return
        current = self.editor.base.id
        self.pages.setCurrentWidget(self.list_page)
        self.refresh()
        row = self.model.row_of(statements.pk_of(self.lib, current)) if current else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    def show_history(self, statement_id: str) -> None:
        if not statement_id:
            return
        if self.editor.modified:
            if not self.editor.maybe_leave():
                return
            self.editor.load(statement_id)
        from humasdesk.ui.history import HistoryDialog

        dialog = HistoryDialog(self.lib, statement_id, self)
        dialog.panel.restored.connect(lambda sid: self.editor.load(sid))
        dialog.panel.restored.connect(lambda _sid: self._saved(_sid))
        dialog.exec()

    def _saved(self, _statement_id: str) -> None:
        self._fill_tags()
        self.changed.emit()

    def flush(self) -> None:
        """Keeps unsaved keystrokes safe now (the officer switches away)."""
        if self._editor is not None:
            self._editor.flush()

    def maybe_close(self) -> bool:
        """Before the window closes: asks about unsaved changes; False keeps it open."""
        self.flush()
        return self._leave_editor()
