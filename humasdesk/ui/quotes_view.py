"""The quote library module: approved lines and past quotes, with who said them and when.

Two tabs: the library (search as you type, filters, a detail pane) and the review queue of
quotes found in saved or imported statements.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core import query as query_parser
from humasdesk.core.errors import UserError
from humasdesk.core.query import ParsedQuery
from humasdesk.core.records import QUOTE_STATUSES, Quote
from humasdesk.store import quotes, search_index, statements
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.background_search import BackgroundSearch
from humasdesk.ui.errors import show_error
from humasdesk.ui.lazy_model import BLOCK, FIRST_PAGE, Column, LazyTableModel, PagedIds
from humasdesk.ui.review_queue import ReviewQueueView
from humasdesk.ui.widgets import (
    PageHeader,
    RecordTable,
    retranslate_search_order,
    search_order_box,
    show_search_order,
    tab_order,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

log = logging.getLogger(__name__)

ANY_DATE = QDate(2000, 1, 1)  # the date edits' "any date" value


def quote_text(text: str | None) -> str:
    return f"“{text}”" if text else ""


QUOTE_LINES = 4  # lines of a quote shown in the list (the detail pane shows all of it)


def highlighted_html(text: str, query: ParsedQuery) -> str:
    """`text` as HTML with each word the search found marked, as the statement search marks
    its passages."""
    from humasdesk.core.text import fold

    parts: list[tuple[str, bool]] = []
    last = 0
    for word in re.finditer(r"\w+", text) if not query.empty else ():
        if query.matches_word(fold(word.group(0))):
            parts += [(text[last : word.start()], False), (word.group(0), True)]
            last = word.end()
    parts.append((text[last:], False))
    return _marked_html([p for p in parts if p[0]])


def _marked_html(parts: list[tuple[str, bool]]) -> str:
    """Text pieces as HTML, the found ones bold on the statement search's yellow."""
    from html import escape  # with the first search, not at start

    return "".join(
        f"<span style='background:#ffe58a'><b>{escape(text)}</b></span>" if hit else escape(text)
        for text, hit in parts
    )


class QuoteDelegate(QStyledItemDelegate):
    """Draws a quote wrapped over the row's lines, with the searched words marked."""

    query = ParsedQuery()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Loaded with the first quote drawn, not at start (as the statement list does).
        from PySide6.QtGui import QAbstractTextDocumentLayout, QTextDocument
        from PySide6.QtWidgets import QStyle

        text = str(index.data() or "")
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        doc.setTextWidth(option.rect.width())
        doc.setHtml(highlighted_html(text, self.query))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()


class FilterBar(QWidget):
    """Search as you type, and filters by speaker, topic, status and date."""

    changed = Signal()  # a filter or the order
    typed = Signal()  # the search text, once typing pauses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("quoteSearch")
        self.search.setClearButtonEnabled(True)
        self.order = search_order_box("quoteSearchOrder")
        self.speaker = QComboBox()
        self.topic = QComboBox()
        self.status = QComboBox()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.labels = [QLabel(), QLabel()]
        for combo in (self.speaker, self.topic, self.status):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.search.setMinimumWidth(160)
        # Two rows keep the window usable at 720 pixels wide.
        first = QHBoxLayout()
        first.addWidget(self.search, 2)
        first.addWidget(self.order)
        first.addWidget(self.speaker, 1)
        first.addWidget(self.topic, 1)
        second = QHBoxLayout()
        second.addWidget(self.status)
        second.addStretch(1)
        second.addWidget(self.labels[0])
        second.addWidget(self.date_from)
        second.addWidget(self.labels[1])
        second.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        # Typing waits for a short pause before the list is filtered again.
        self._typing = QTimer(self, singleShot=True, interval=180)
        self._typing.timeout.connect(self.typed)
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.speaker, self.topic, self.status, self.order):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.changed)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def retranslate(self, speakers: list[str], topics: list[str]) -> None:
        self.search.setPlaceholderText(self.tr("Search quotes: words, speaker, role…"))
        retranslate_search_order(self.order)
        self.labels[0].setText(self.tr("From"))
        self.labels[1].setText(self.tr("to"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any date"))
            width = edit.fontMetrics().horizontalAdvance(self.tr("any date") + "00-00-0000")
            edit.setMinimumWidth(width // 2 + 50)
        self._fill(self.speaker, self.tr("All speakers"), [(s, s) for s in speakers])
        self._fill(self.topic, self.tr("All topics"), [(t, t) for t in topics])
        self._fill(
            self.status,
            self.tr("Any status"),
            [(labels.quote_status(s), s) for s in QUOTE_STATUSES],
        )

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def filters(self) -> quotes.Filters:
        def iso(edit: QDateEdit) -> str:
            return "" if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")

        return quotes.Filters(
            text=self.search.text(),
            speaker=self.speaker.currentData() or "",
            tag=self.topic.currentData() or "",
            status=self.status.currentData() or "",
            date_from=iso(self.date_from),
            date_to=iso(self.date_to),
            best_matches=quotes.SEARCH_BEST,  # the best of every match, found at once
        )

    def searching(self) -> bool:
        return bool(self.search.text().strip())


class QuoteDetail(QFrame):
    """Everything about one quote: words, speaker, role then (and now), date, source,
    status, reuse and notes (notes save as they are typed)."""

    open_source = Signal(str, object, object)  # statement id, span start, span end
    status_requested = Signal(str)

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.quote: Quote | None = None
        self.setObjectName("quoteDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("quoteDetailText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags().TextSelectableByMouse)
        self.values = {
            key: QLabel() for key in ("speaker", "role", "date", "topics", "status", "reuse")
        }
        for value in self.values.values():
            value.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openSource")
        self.open_button.clicked.connect(self._open)
        self.status_button = QPushButton()
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("quoteNotes")
        self.notes.setMaximumHeight(90)
        self._notes_timer = QTimer(self, singleShot=True, interval=600)
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes.textChanged.connect(self._notes_changed)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(8)]
        rows = [
            self.values["speaker"],
            self.values["role"],
            self.values["date"],
            self.values["topics"],
            self.source,
            self.values["status"],
            self.values["reuse"],
            self.notes,
        ]
        for label, widget in zip(self.form_labels, rows, strict=True):
            self.form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.text)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()
        self.show_quote(None)

    def retranslate(self) -> None:
        names = [
            self.tr("Speaker"),
            self.tr("Role then"),
            self.tr("Date"),
            self.tr("Topics"),
            self.tr("Source"),
            self.tr("Status"),
            self.tr("Reused"),
            self.tr("Notes"),
        ]
        for label, name in zip(self.form_labels, names, strict=True):
            label.setText(name)
        self.open_button.setText(self.tr("Open source statement"))
        self.status_button.setText(self.tr("Change status"))
        self.empty.setText(self.tr("Select a quote to see who said it, when, and where."))
        self.status_menu.clear()
        for status in QUOTE_STATUSES:
            text = labels.quote_status(status)
            if status == "superseded":
                text = self.tr("Superseded by another quote…")
            act = self.status_menu.addAction(text)
            act.triggered.connect(lambda _c=False, s=status: self.status_requested.emit(s))
        if self.quote is not None:
            self.show_quote(self.quote.id)

    def show_quote(self, quote_id: str | None) -> None:
        self._save_notes()
        self.quote = quotes.get(self.lib, quote_id) if quote_id else None
        has = self.quote is not None
        self.empty.setVisible(not has)
        self.text.setVisible(has)
        for label in self.form_labels:
            label.setVisible(has)
        for widget in (*self.values.values(), self.source, self.notes):
            widget.setVisible(has)
        self.open_button.setVisible(has)
        self.status_button.setVisible(has)
        if self.quote is None:
            return
        q = self.quote
        self.text.setText(quote_text(q.text))
        self.values["speaker"].setText(q.speaker or "—")
        note = quotes.role_note(self.lib, q)
        role = note.then or "—"
        if note.now:
            role = self.tr("{then} (now: {now})").format(then=role, now=note.now)
        self.values["role"].setText(role)
        self.values["date"].setText(labels.date(q.date) or "—")
        status = labels.quote_status(q.status)
        if q.status == "superseded":
            replacement = quotes.replacement(self.lib, q)
            if replacement is not None:
                status = self.tr("{status}: use “{text}”").format(
                    status=status, text=replacement.text
                )
        self.values["status"].setText(status)
        self.values["reuse"].setText(self.tr("{count} times").format(count=q.reuse_count))
        if q.statement_id:
            try:
                st = statements.get(self.lib, q.statement_id)
                self.source.setText(" · ".join(p for p in (st.number, st.title) if p))
            except UserError:
                self.source.setText(q.source_ref or "—")
        else:
            self.source.setText(q.source_ref or "—")
        self.open_button.setEnabled(bool(q.statement_id))
        self.notes.blockSignals(True)
        self.notes.setPlainText(q.notes)
        self.notes.blockSignals(False)
        self.values["topics"].setText(", ".join(q.tags) or "—")

    def _notes_changed(self) -> None:
        self._notes_timer.start()

    def _save_notes(self) -> None:
        self._notes_timer.stop()
        if self.quote is None or self.notes.toPlainText() == self.quote.notes:
            return
        self.quote.notes = self.notes.toPlainText()
        try:
            quotes.save(self.lib, self.quote)
        except UserError as exc:
            show_error(self, exc)

    def _open(self) -> None:
        if self.quote is not None and self.quote.statement_id:
            self.open_source.emit(
                self.quote.statement_id, self.quote.span_start, self.quote.span_end
            )


@dataclass
class Found:
    """A search of the quote library made in the background, with the first page of its
    list (ids and rows)."""

    filters: quotes.Filters
    sort: str | None
    desc: bool
    first: list[int]
    rows: dict[int, dict[str, Any]]
    stale: bool  # the index is behind the library


def find_quotes(reader: Library, filters: quotes.Filters, sort: str | None, desc: bool) -> Found:
    """The quote library's search, off the UI thread (`reader`: a connection of its own)."""
    try:
        first = quotes.ids(reader, sort=sort, desc=desc, filters=filters, limit=FIRST_PAGE)
    except UserError:
        first = []
    return Found(
        filters,
        sort,
        desc,
        first,
        quotes.rows(reader, first[:BLOCK]),
        search_index.needs_update(reader),
    )


class QuotesView(QWidget):
    """The quote library page. `open_statement(statement_id, start, end)` opens a source
    statement at the quote; the window may replace it with the statement editor."""

    changed = Signal()
    index_stale = Signal()  # as StatementsView's

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.open_statement: Callable[[str, int | None, int | None], None] = self._show_source
        self.header = PageHeader("", "")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importPack")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPack")
        self.header.actions.addWidget(self.import_button)
        self.header.actions.addWidget(self.export_button)
        self.import_button.clicked.connect(self.import_pack)
        self.export_button.clicked.connect(self.export_pack)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.typed.connect(self._search_in_background)
        self.filter_bar.search.textChanged.connect(self._query_typed)
        self.searches = BackgroundSearch(lib, self)  # the searches typed
        self.searches.found.connect(self._search_found)
        self.searches.failed.connect(self._search_failed)
        self._order_shown = (False, "relevance")  # (searching, order) the list is sorted for
        self._reselect: int | None = None  # a quote to select once the whole list is loaded
        self.model = LazyTableModel(self._columns(), self._ids, self._rows, self)
        self.model.completed.connect(self._list_completed)
        self.table = RecordTable(self.model)
        self.table.setObjectName("quotesTable")
        self.table.sort_by(3)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        # Quotes wrap over a few lines instead of being cut after a few words.
        self.delegate = QuoteDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self.delegate)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() * QUOTE_LINES + 8
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteCount")
        self.detail = QuoteDetail(lib)
        self.detail.open_source.connect(lambda i, s, e: self.open_statement(i, s, e))
        self.detail.status_requested.connect(self.change_status)
        self.empty = QLabel()
        self.empty.setObjectName("quotesEmpty")
        self.empty.setWordWrap(True)
        library = QWidget()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.count_label)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        table_box = QWidget()
        table_box.setLayout(left)
        splitter = QSplitter()
        splitter.addWidget(table_box)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 280])
        lib_layout = QVBoxLayout(library)
        lib_layout.setContentsMargins(0, 6, 0, 0)
        lib_layout.addWidget(self.filter_bar)
        lib_layout.addWidget(splitter, 1)
        self.review = ReviewQueueView(lib)
        self.review.reviewed.connect(self._after_review)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("quoteTabs")
        self.tabs.addTab(library, "")
        self.tabs.addTab(self.review, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        # Tab from the module list lands on the quotes (the window's shortcut), then goes on
        # through the quote's details, the tabs, the search and filters, and the buttons.
        bar = self.filter_bar
        tab_order(
            self.table,
            self.detail.open_button,
            self.detail.status_button,
            self.detail.notes,
            self.tabs.tabBar(),
            bar.search,
            bar.order,
            bar.speaker,
            bar.topic,
            bar.status,
            bar.date_from,
            bar.date_to,
            self.import_button,
            self.export_button,
        )
        self.retranslate()
        self.refresh()

    # ----- the list
    def _ids(self, sort: str | None, desc: bool) -> list[int] | PagedIds:
        try:
            filters = self.filter_bar.filters()
            first = quotes.ids(self.lib, sort=sort, desc=desc, filters=filters, limit=FIRST_PAGE)
        except UserError:
            return []
        if self.filter_bar.searching() and search_index.needs_update(self.lib):
            self.index_stale.emit()
        return self._paged(first, filters, sort, desc)

    def _paged(
        self, first: list[int], filters: quotes.Filters, sort: str | None, desc: bool
    ) -> PagedIds:
        def page(offset: int, limit: int) -> list[int]:
            return quotes.ids(
                self.lib, sort=sort, desc=desc, filters=filters, offset=offset, limit=limit
            )

        def rest(offset: int) -> list[int]:
            # In the model's loading thread, through a connection of its own, open for this
            # load only (a restore or a switch of library never finds it still open).
            with self.lib.reopen() as reader:
                return quotes.ids(reader, sort=sort, desc=desc, filters=filters, offset=offset)

        return PagedIds(first, page, rest)

    def _rows(self, pks: list[int]) -> dict[int, dict[str, Any]]:
        return quotes.rows(self.lib, pks)

    def _columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Quote"), None, quote_text),
            Column("speaker", self.tr("Speaker"), "speaker"),
            Column("role_phrase", self.tr("Role at the time")),
            Column("date", self.tr("Date"), "date", labels.date),
            Column("status", self.tr("Status"), "status", labels.quote_status),
        ]

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("Quote library"),
            self.tr("What was already said officially: who said it, in which role, and when."),
        )
        self.import_button.setText(self.tr("Import pack…"))
        self.export_button.setText(self.tr("Export pack…"))
        self.model.set_columns(self._columns())
        self.filter_bar.retranslate(quotes.speakers(self.lib), quotes.topics(self.lib))
        self.detail.retranslate()
        self.review.retranslate()
        self._update_tabs()

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Library"))
        count = quotes.pending_count(self.lib)
        self.tabs.setTabText(
            1,
            self.tr("Review queue ({count})").format(count=count)
            if count
            else self.tr("Review queue"),
        )
        self.empty.setText(
            self.tr("No quote matches. Clear the search or the filters to see every quote.")
        )

    def refresh(self) -> None:
        self.filter_bar.retranslate(quotes.speakers(self.lib), quotes.topics(self.lib))
        self.reload()
        self.review.refresh()
        self._update_tabs()
        self.table.fit_columns()
        # The words matter most: the other columns stay narrow (elided; the pane shows all).
        for column, width in ((1, 130), (2, 140), (4, 110)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self.table.stretch(0)

    def refresh_search(self) -> None:
        """The search index caught up with the library: searched again if searching."""
        if self.filter_bar.searching():
            self.reload()

    def _filters_changed(self) -> None:
        self.searches.drop()  # searched now, with everything the bar holds
        self._show_order()
        self.reload()

    def _show_order(self) -> None:
        wanted = (self.filter_bar.searching(), self.filter_bar.order.currentData())
        if wanted != self._order_shown:
            self._order_shown = wanted
            show_search_order(self.table, *wanted, date_column=3)

    def _query_typed(self) -> None:
        self.searches.drop()  # a search under way is for older text: never shown

    def _search_in_background(self) -> None:
        """The text typed, searched off the UI thread (see StatementsView's): shown only if
        nothing newer was typed, filtered or sorted meanwhile."""
        if not self.filter_bar.searching():  # the whole list: its first page is quick
            self._filters_changed()
            return
        self._show_order()
        filters = self.filter_bar.filters()
        sort, desc = self.model.order()
        self.searches.start(lambda reader: find_quotes(reader, filters, sort, desc))

    def _search_found(self, found: Found) -> None:
        if (found.sort, found.desc) != self.model.order():
            return  # a column was sorted meanwhile, and listed what the bar holds
        self.reload(self._paged(found.first, found.filters, found.sort, found.desc), found.rows)
        if found.stale:
            self.index_stale.emit()

    def _search_failed(self, error: object) -> None:
        # The library went (switched, restored) while it searched.
        log.warning("searching quotes in the background failed: %r", error)

    def reload(
        self, found: PagedIds | None = None, rows: dict[int, dict[str, Any]] | None = None
    ) -> None:
        """The list again (`found`, `rows`: a search made in the background)."""
        if self.lib.closed:
            return  # a filter's timer firing after the library closed (a switch, a restore)
        selected = self.detail.quote.id if self.detail.quote else None
        self.delegate.query = query_parser.parse(self.filter_bar.search.text())
        self.model.reload(found, rows)
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_count()
        self._reselect = None
        pk = self.lib.scalar("SELECT pk FROM quotes WHERE id = ?", [selected]) if selected else None
        row = -1 if pk is None else self.model.row_of(pk)
        if row < 0 and pk is not None and not self.model.complete:
            self._reselect = pk  # further down the list, which is still loading
            return
        self._show_row(row)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.delegate.query.empty:
            text = self.tr("{count} quotes").format(count=count)
        elif count:
            text = self.tr("{count} found").format(count=count)
        else:
            text = ""  # the empty list says what to do
        self.count_label.setText(text)

    def _list_completed(self) -> None:
        self._update_count()
        pk, self._reselect = self._reselect, None
        if pk is not None:
            self._show_row(self.model.row_of(pk))

    def _show_row(self, row: int) -> None:
        """Selects `row` of the list; no row (-1): the detail pane shows no quote."""
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.show_quote(None)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.record(rows[0].row()) if rows else {}
        self.detail.show_quote(record.get("id"))

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        """Ctrl+F (the window's Edit > Find) lands here."""
        self.tabs.setCurrentIndex(0)
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _after_review(self) -> None:
        self.filter_bar.retranslate(quotes.speakers(self.lib), quotes.topics(self.lib))
        self.reload()
        self._update_tabs()
        self.changed.emit()

    # ----- actions
    def change_status(self, status: str) -> None:
        quote = self.detail.quote
        if quote is None:
            return
        replacement: str | None = None
        if status == "superseded":
            from humasdesk.ui.quote_picker import QuotePickerDialog

            dialog = QuotePickerDialog(
                self.lib, quote.language, exclude=quote.id, parent=self, choose_only=True
            )
            dialog.setWindowTitle(self.tr("Which quote replaces it?"))
            if not dialog.exec() or dialog.chosen is None:
                return
            replacement = dialog.chosen.id
        try:
            quotes.set_status(self.lib, quote.id, status, superseded_by=replacement)
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.reload()
        self.detail.show_quote(quote.id)
        self.changed.emit()

    def _show_source(self, statement_id: str, start: int | None, end: int | None) -> None:
        from humasdesk.ui.source_dialog import SourceDialog

        try:
            dialog = SourceDialog(self.lib, statement_id, start, end, self)
        except UserError as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def import_pack(self) -> None:
        from humasdesk.ui.pack_dialogs import import_pack

        if import_pack(self, self.lib):
            self.refresh()
            self.changed.emit()

    def export_pack(self) -> None:
        from humasdesk.ui.pack_dialogs import export_pack

        export_pack(self, self.lib)
