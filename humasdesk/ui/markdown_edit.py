"""A text field that feels like a word processor but keeps exactly what the officer typed,
as Markdown: bold shows bold, headings show large, lists continue on Enter, Enter starts a
new paragraph (a blank line, as Markdown and every export read it) and Shift+Enter a line
break, and the stored text is the typed text, character for character."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_LIST = re.compile(r"^(\s*)([-*+]|(\d{1,9})([.)]))(\s+)(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+")
PLACEHOLDER = r"\{[A-Za-z_][A-Za-z0-9_]*\}"


class MarkdownHighlighter(QSyntaxHighlighter):
    """Shows the Markdown as it will read: marks dimmed, bold bold, headings larger, and the
    template's unfilled {placeholders} marked in yellow."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.mark = QTextCharFormat()
        self.mark.setForeground(QColor("#8a8f98"))
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.italic = QTextCharFormat()
        self.italic.setFontItalic(True)
        self.gap = QTextCharFormat()
        self.gap.setBackground(QColor("#fff2a8"))
        self.gap.setForeground(QColor("#5c4700"))
        self.rules = [
            (QRegularExpression(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), self.bold),
            (
                QRegularExpression(r"(?<![*\w])(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])"),
                self.italic,
            ),
        ]
        self.placeholder = QRegularExpression(PLACEHOLDER)
        # More passes over each block (spelling): a document has one highlighter, so others
        # add to this one's formats instead of replacing them.
        self.layers: list[Callable[[QSyntaxHighlighter, str], None]] = []

    def highlightBlock(self, text: str) -> None:
        heading = _HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(self._base_size() * (1.5, 1.3, 1.15, 1.05, 1.0, 1.0)[level - 1])
            self.setFormat(0, len(text), fmt)
            mark = QTextCharFormat(fmt)
            mark.setForeground(self.mark.foreground())
            self.setFormat(0, heading.end(), mark)
        listed = _LIST.match(text)
        if listed:
            start = len(listed.group(1))
            self.setFormat(start, len(listed.group(2)), self.mark)
        if text.startswith(">"):
            self.setFormat(0, len(text), self.italic)
            self.setFormat(0, 1, self.mark)
        for regex, fmt in self.rules:
            it = regex.globalMatch(text)
            while it.hasNext():
                m = it.next()
                marks = m.capturedLength(1)
                for pos in range(m.capturedStart(), m.capturedEnd()):
                    merged = self.format(pos)
                    merged.merge(fmt)
                    self.setFormat(pos, 1, merged)
                for pos in (m.capturedStart(), m.capturedEnd() - marks):
                    merged = self.format(pos)
                    merged.setForeground(self.mark.foreground())
                    self.setFormat(pos, marks, merged)
        it = self.placeholder.globalMatch(text)
        while it.hasNext():
            m = it.next()
            self.setFormat(m.capturedStart(), m.capturedLength(), self.gap)
        for layer in self.layers:
            layer(self, text)

    def _base_size(self) -> float:
        document = self.document()
        size = document.defaultFont().pointSizeF() if document else 10.0
        return size if size > 0 else 10.0


class MarkdownEdit(QPlainTextEdit):
    """Markdown as typed. `markdown()` returns the text exactly; the formatting commands
    (bold, italic, headings, lists) write the same marks an officer could type."""

    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: str | None = None
        self.setTabChangesFocus(True)  # a tab character has no place in a statement
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = MarkdownHighlighter(self.document())
        self.document().setDocumentMargin(8)

    # ----- content
    def set_markdown(self, text: str) -> None:
        """Shows `text`; until it is edited, markdown() returns it byte for byte."""
        self._loaded = text
        self.setPlainText(text)
        self.document().setModified(False)

    def markdown(self) -> str:
        if self._loaded is not None and not self.document().isModified():
            return self._loaded
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def insert_text(self, text: str) -> None:
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    # ----- formatting commands
    def toggle_bold(self) -> None:
        self._toggle_emphasis(2)

    def toggle_italic(self) -> None:
        self._toggle_emphasis(1)

    def _toggle_emphasis(self, width: int) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if not cursor.hasSelection() or not cursor.selectedText().strip("*_"):
                plain = self.textCursor()
                plain.insertText("*" * width * 2)
                plain.movePosition(
                    QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, width
                )
                self.setTextCursor(plain)
                return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = self.document().toRawText()
        selected = text[start:end]
        # Keep spaces outside the marks: "**word** " not "**word **".
        start += len(selected) - len(selected.lstrip())
        end -= len(selected) - len(selected.rstrip())
        if end <= start:
            return
        before = len(text[:start]) - len(text[:start].rstrip("*"))
        after = len(text[end:]) - len(text[end:].lstrip("*"))
        has = min(before, after) in ((2, 3) if width == 2 else (1, 3))
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        if has:
            edit.setPosition(end)
            edit.setPosition(end + width, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
            edit.setPosition(start - width)
            edit.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
            start, end = start - width, end - width
        else:
            edit.setPosition(end)
            edit.insertText("*" * width)
            edit.setPosition(start)
            edit.insertText("*" * width)
            start, end = start + width, end + width
        edit.endEditBlock()
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _selected_blocks(self) -> list[int]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        return list(range(first, last + 1))

    def _rewrite_blocks(self, change: object) -> None:
        """Replaces the text of each selected paragraph by change(index, text)."""
        assert callable(change)
        blocks = self._selected_blocks()
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        for i, number in enumerate(blocks):
            block = self.document().findBlockByNumber(number)
            new = change(i, block.text())
            if new == block.text():
                continue
            edit.setPosition(block.position())
            edit.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(new)
        edit.endEditBlock()
        last = self.document().findBlockByNumber(blocks[-1])
        cursor = self.textCursor()
        cursor.setPosition(last.position() + last.length() - 1)
        self.setTextCursor(cursor)

    def set_heading(self, level: int) -> None:
        """Heading 1-3 for the current paragraph; the same level again (or 0) makes it text."""

        def change(_i: int, text: str) -> str:
            found = _HEADING.match(text)
            current = len(found.group(1)) if found else 0
            bare = text[found.end() :] if found else text
            bare = _strip_list(bare)
            if level == 0 or level == current:
                return bare
            return "#" * level + " " + bare

        self._rewrite_blocks(change)

    def toggle_list(self, ordered: bool) -> None:
        """Bullets (or numbers) for the selected paragraphs, or back to plain paragraphs."""
        numbers = self._selected_blocks()
        texts = [self.document().findBlockByNumber(n).text() for n in numbers]
        kinds = [_LIST.match(t) for t in texts]
        already = all(m and (bool(m.group(3)) == ordered) for m in kinds)

        def change(i: int, text: str) -> str:
            bare = _strip_list(text)
            if already:
                return bare
            return (f"{i + 1}. " if ordered else "- ") + bare

        self._rewrite_blocks(change)

    # ----- typing like a word processor
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isReadOnly():
            if modifiers == Qt.KeyboardModifier.NoModifier:
                if not self._continue_list():
                    self._new_paragraph()
                return
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.insert_text("\n")  # a line break inside the paragraph
                return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._indent_list(
            key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ):
            return
        super().keyPressEvent(event)

    def _new_paragraph(self) -> None:
        """Enter: a blank line ends the paragraph (a single line break would join the two
        in every export); on a line that is empty before the cursor, one break is enough."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        if cursor.hasSelection():
            before = "x"  # the selection is replaced by a paragraph break
        self.insert_text("\n\n" if before.strip() else "\n")

    def _continue_list(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        found = _LIST.match(block.text())
        if not found:
            return False
        if not found.group(6).strip():
            # Enter on an empty item ends the list, as in a word processor: a blank line
            # after the list, so the next words are a paragraph of their own.
            cursor.beginEditBlock()
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            cursor.insertText("\n")
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return True
        number = found.group(3)
        marker = f"{int(number) + 1}{found.group(4)}" if number else found.group(2)
        cursor.insertText("\n" + found.group(1) + marker + found.group(5))
        self.ensureCursorVisible()
        return True

    def _indent_list(self, outdent: bool) -> bool:
        block = self.textCursor().block()
        found = _LIST.match(block.text())
        if not found:
            return False
        width = len(found.group(2)) + len(found.group(5))
        cursor = QTextCursor(block)
        if outdent:
            spaces = min(len(found.group(1)), width)
            if not spaces:
                return True
            cursor.setPosition(block.position() + spaces, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        else:
            cursor.insertText(" " * width)
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in a list item indents it (Shift+Tab outdents); elsewhere Tab moves on."""
        if self.hasFocus() and not self.isReadOnly() and self._indent_list(not next):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()


def _strip_list(text: str) -> str:
    found = _LIST.match(text)
    return found.group(6) if found else text
