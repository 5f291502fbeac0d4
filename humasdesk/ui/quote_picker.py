"""The quote picker: find an approved line by typing, and get it back written with its
attribution for the draft's language ("…,” kata Sekretaris Jenderal … Mira Tayyiba.").
Keyboard-driven: type to filter, Up/Down to move, Enter to insert, Esc to close.

Wiring into an editor is one line: `picker_action(editor, lib, language_of, date_of,
editor.insert_text_at_cursor)` returns the QAction (Ctrl+Shift+K) to add to a toolbar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core.attribution import quote_sentence
from humasdesk.core.records import Quote
from humasdesk.store import people, quotes
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.background_search import BackgroundSearch
from humasdesk.ui.widgets import search_order_box

SHORTCUT = "Ctrl+Shift+K"
USABLE = ("approved", "care")  # retired and superseded lines are never offered
PICKER_ROWS = 200  # of each status


class QuotePickerDialog(QDialog):
    def __init__(
        self,
        lib: Library,
        language: str = "id",
        date: str | None = None,
        *,
        exclude: str | None = None,
        choose_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`choose_only`: pick a quote (e.g. a replacement) without inserting or counting."""
        super().__init__(parent)
        self.setObjectName("quotePicker")
        self.lib = lib
        self.language = language
        self.date = date
        self.exclude = exclude
        self.choose_only = choose_only
        self.chosen: Quote | None = None
        self.result_text = ""
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(self.tr("Approved quotes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._preview)
        self.preview = QLabel()
        self.preview.setObjectName("pickerPreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(60)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.order = search_order_box("pickerSearchOrder")
        self.order.currentIndexChanged.connect(self.fill)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        # Typed words are searched off the UI thread once typing pauses (a million quotes
        # never hold the window up); only the latest text's result is shown.
        self.searches = BackgroundSearch(lib, self)
        self.searches.found.connect(self._show)
        self._pending = False
        self._typing = QTimer(self, singleShot=True, interval=150)
        self._typing.timeout.connect(self._search_typed)
        self.search.textChanged.connect(self._typed)
        self.setWindowTitle(self.tr("Insert an approved quote"))
        self.search.setPlaceholderText(self.tr("Type words, a speaker or a role…"))
        self.hint.setText(
            self.tr("Up/Down choose, Enter inserts with its attribution, Esc closes.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose") if choose_only else self.tr("Insert"))
        self.resize(760, 520)
        self.fill()

    def fill(self) -> None:
        """The list for what the box holds, searched now (at start, on a change of order,
        on Enter before a typed search came back)."""
        if self.lib.closed:  # the typing timer outlived the window's library
            return
        self._typing.stop()
        self.searches.drop()
        self._pending = False
        self._show(usable_rows(self.lib, self.search.text(), self._order()))

    def _typed(self) -> None:
        self.searches.drop()  # a search under way is for older text: never shown
        self._pending = True
        self._typing.start()

    def _search_typed(self) -> None:
        if self.lib.closed:
            return
        text, order = self.search.text(), self._order()
        self.searches.start(lambda reader: usable_rows(reader, text, order))

    def _order(self) -> str:
        # Typed words: the best (or newest) matches; no words: the newest lines.
        searching = bool(self.search.text().strip())
        return str(self.order.currentData()) if searching else "date"

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self._pending = False
        self.list.clear()
        for row in rows:
            if row["id"] == self.exclude:
                continue
            who = ", ".join(str(p) for p in (row["speaker"], row["role"]) if p)
            status = "" if row["status"] == "approved" else f" · {labels.quote_status('care')}"
            item = QListWidgetItem(
                f"“{row['text']}”\n{who} · {labels.date(str(row['date'] or ''))}{status}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("No approved quote matches."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)

    def done(self, result: int) -> None:
        self._typing.stop()
        self.searches.drop()
        self.searches.wait()  # its connection is closed before the window goes on
        super().done(result)

    def _selected_quote(self) -> Quote | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return quotes.get(self.lib, item.data(Qt.ItemDataRole.UserRole))

    def formatted(self, quote: Quote) -> str:
        """The quote with its attribution, in the draft's language, with the role the
        speaker holds on the draft's date (or the role written with the quote)."""
        title, organisation = quote.role, quote.organisation
        if quote.person_id and self.date:
            held = people.get(self.lib, quote.person_id).role_on(self.date)
            if held is not None:
                title, organisation = held.title, held.organisation
        return quote_sentence(quote.text, quote.speaker, title, organisation, self.language)

    def _preview(self) -> None:
        quote = self._selected_quote()
        if quote is None:
            return
        self.preview.setText(quote.text if self.choose_only else self.formatted(quote))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move through the list while the cursor stays in the search field.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self._pending:  # Enter before the typed words were searched: the list they give
            self.fill()
        quote = self._selected_quote()
        if quote is None:
            return
        self.chosen = quote
        if not self.choose_only:
            # Counted as a reuse when the statement is saved (store.extraction), once.
            self.result_text = self.formatted(quote)
        super().accept()


def usable_rows(lib: Library, text: str, order: str) -> list[dict[str, Any]]:
    """The quotes an officer may insert for `text`: approved lines, then those to use with
    care, each the best (or newest, `order`) matches of the whole library."""
    rows: list[dict[str, Any]] = []
    for status in USABLE:
        filters = quotes.Filters(text=text, status=status, best_matches=PICKER_ROWS)
        pks = quotes.ids(lib, sort=order, filters=filters, limit=PICKER_ROWS)
        found = quotes.rows(lib, pks)
        rows += [found[pk] for pk in pks if pk in found]
    return rows


def pick(
    parent: QWidget | None, lib: Library, language: str = "id", date: str | None = None
) -> str | None:
    """Shows the picker; the attributed text to insert, or None when cancelled."""
    dialog = QuotePickerDialog(lib, language, date, parent=parent)
    return dialog.result_text if dialog.exec() else None


def action_text() -> str:
    """The picker action's name in the interface language (again after a switch)."""
    return QCoreApplication.translate("QuotePickerDialog", "Insert quote from library…")


def picker_action(
    parent: QWidget,
    lib: Callable[[], Library] | Library,
    language: Callable[[], str],
    date: Callable[[], str | None],
    insert: Callable[[str], None],
) -> QAction:
    """A ready QAction ("Insert quote…", Ctrl+Shift+K) that inserts the chosen quote."""
    action = QAction(parent)
    action.setObjectName("insertQuote")
    action.setText(action_text())
    action.setShortcut(QKeySequence(SHORTCUT))

    def run() -> None:
        library = lib() if callable(lib) else lib
        text = pick(parent, library, language(), date())
        if text:
            insert(text)

    action.triggered.connect(run)
    return action
