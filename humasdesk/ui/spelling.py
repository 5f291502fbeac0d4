"""Red wavy underlines under misspelt Indonesian words, and corrections on right click, for
any QTextEdit or QPlainTextEdit:

    from humasdesk.ui import spelling
    self.spelling = spelling.attach(self.body)     # underlines + context menu
    self.spelling.set_enabled(statement.language == "id")

The words are checked by `core.spelling` (cached per word); Qt re-highlights only the blocks
(paragraphs) that change, so typing stays fast in long statements.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from humasdesk.core import spelling

Editor = QTextEdit | QPlainTextEdit


def _underline() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    # Red reads as "misspelt" on light and dark palettes alike.
    fmt.setUnderlineColor(QColor(220, 50, 47))
    return fmt


class SpellLayer:
    """Underlines misspelt words inside another highlighter's pass (a Markdown editor's):
    a document has one highlighter, so the underline is merged into its formats."""

    def __init__(self, host: QSyntaxHighlighter, checker: spelling.SpellChecker) -> None:
        self.host = host
        self.checker = checker
        self.enabled = True
        self.format = _underline()

    def __call__(self, host: QSyntaxHighlighter, text: str) -> None:
        if not self.enabled or not text:
            return
        for word in self.checker.misspelt(text):
            for pos in range(word.start, word.start + len(word.text)):
                merged = host.format(pos)
                merged.merge(self.format)
                host.setFormat(pos, 1, merged)

    def rehighlight(self) -> None:
        self.host.rehighlight()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of each block with the platform's spell-check style."""

    def __init__(self, document: QTextDocument, checker: spelling.SpellChecker) -> None:
        super().__init__(document)
        self.checker = checker
        self.enabled = True
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        # Red reads as "misspelt" on light and dark palettes alike.
        self.underline.setUnderlineColor(QColor(220, 50, 47))

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text:
            return
        for word in self.checker.misspelt(text):
            self.setFormat(word.start, len(word.text), self.underline)


class SpellCheck(QObject):
    """Attaches spell checking to one editor: the highlighter and the context menu."""

    def __init__(self, editor: Editor, checker: spelling.SpellChecker | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.checker = checker or spelling.shared()
        host = getattr(editor, "highlighter", None)
        self.highlighter: SpellLayer | SpellHighlighter
        if isinstance(host, QSyntaxHighlighter) and isinstance(getattr(host, "layers", None), list):
            self.highlighter = SpellLayer(host, self.checker)
            host.layers.append(self.highlighter)  # type: ignore[attr-defined]
            host.rehighlight()
        else:
            self.highlighter = SpellHighlighter(editor.document(), self.checker)
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)

    def set_enabled(self, enabled: bool) -> None:
        """Off for English statements (only the Indonesian dictionary is bundled)."""
        if enabled != self.highlighter.enabled:
            self.highlighter.enabled = enabled
            self.highlighter.rehighlight()

    def misspelt_words(self) -> list[str]:
        """Every underlined word of the document, in order (for tests and a status line)."""
        if not self.highlighter.enabled:
            return []
        found = []
        block = self.editor.document().begin()
        while block.isValid():
            found += [w.text for w in self.checker.misspelt(block.text())]
            block = block.next()
        return found

    # ----- context menu
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            cursor = self.editor.textCursor()  # Menu key / Shift+F10: the word at the caret
            pos = self.editor.cursorRect().center()
        else:
            pos = event.pos()
            if watched is self.editor:
                pos = self.editor.viewport().mapFrom(self.editor, pos)
            cursor = self.editor.cursorForPosition(pos)
        menu = self.menu_at(cursor, self.editor.createStandardContextMenu(pos))
        menu.exec(self.editor.viewport().mapToGlobal(pos))
        menu.deleteLater()
        return True

    def word_cursor(self, cursor: QTextCursor) -> QTextCursor | None:
        """A cursor selecting the misspelt word at `cursor`, or None."""
        if not self.highlighter.enabled:
            return None
        block = cursor.block()
        word = spelling.word_at(block.text(), cursor.positionInBlock())
        if word is None or self.checker.is_correct(word.text):
            return None
        selection = QTextCursor(block)
        selection.setPosition(block.position() + word.start)
        selection.setPosition(block.position() + word.end, QTextCursor.MoveMode.KeepAnchor)
        return selection

    def menu_at(self, cursor: QTextCursor, menu: QMenu | None = None) -> QMenu:
        """The editor's context menu, led by corrections when `cursor` is on a misspelt word."""
        menu = menu or QMenu(self.editor)
        selection = self.word_cursor(cursor)
        if selection is None:
            return menu
        word = selection.selectedText()
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggest(word)
        actions: list[QAction] = []
        for suggestion in suggestions:
            act = QAction(suggestion, menu)
            font = act.font()
            font.setWeight(QFont.Weight.Bold)
            act.setFont(font)
            act.triggered.connect(
                lambda _checked=False, s=suggestion, c=selection: self.replace(c, s)
            )
            actions.append(act)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(self.tr("Add “{word}” to my dictionary").format(word=word), menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _checked=False, w=word: self.add_word(w))
        ignore = QAction(self.tr("Ignore “{word}” for now").format(word=word), menu)
        ignore.setObjectName("ignoreWord")
        ignore.triggered.connect(lambda _checked=False, w=word: self.ignore_word(w))
        actions += [add, ignore]
        if first is None:
            menu.addActions(actions)
        else:
            menu.insertActions(first, actions)
            menu.insertSeparator(first)
        return menu

    def replace(self, selection: QTextCursor, text: str) -> None:
        """Puts the correction in place of the word, as one undo step."""
        selection.beginEditBlock()
        selection.insertText(text)
        selection.endEditBlock()

    def add_word(self, word: str) -> None:
        self.checker.add_personal(word)
        self.highlighter.rehighlight()

    def ignore_word(self, word: str) -> None:
        self.checker.ignore(word)
        self.highlighter.rehighlight()


def attach(editor: Editor, *, enabled: bool = True) -> SpellCheck:
    """Spell checking for `editor`; keep the returned object (it is parented to the editor)."""
    check = SpellCheck(editor)
    check.set_enabled(enabled)
    return check
