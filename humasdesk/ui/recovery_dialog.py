"""Offered at start when the last session ended before the officer saved: every unsaved
draft, with its title, when it was kept and its first words, to open again or discard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humasdesk.store import recovery
from humasdesk.store.db import Library
from humasdesk.store.recovery import Draft


class RecoveryDialog(QDialog):
    """`chosen` carries the draft to open; discarding removes it from the library."""

    chosen = Signal(object)  # Draft

    def __init__(self, lib: Library | None, drafts: list[Draft], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.lib = lib
        self.drafts = list(drafts)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        intro = QLabel(
            self.tr(
                "HumasDesk closed before these statements were saved. Their words were kept "
                "safe. Open one to continue where you stopped, then save it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoveryList")
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.open_button = QPushButton(self.tr("Open and continue"))
        self.open_button.setObjectName("recoverOpen")
        self.open_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("recoverDiscard")
        self.later_button = QPushButton(self.tr("Later"))
        self.open_button.clicked.connect(self._open)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(620, 380)
        self._fill()

    def _fill(self) -> None:
        from humasdesk.ui.statement_editor import local_time

        self.list.clear()
        for draft in self.drafts:
            title = draft.title or self.tr("Untitled statement")
            words = " ".join(draft.words().split())
            if len(words) > 140:
                words = words[:139] + "…"
            item = QListWidgetItem(
                self.tr("{title}\nkept at {when}: {words}").format(
                    title=title, when=local_time(draft.saved_at), words=words
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, draft.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        has = bool(self.drafts)
        self.open_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def current(self) -> Draft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _open(self) -> None:
        draft = self.current()
        if draft is not None:
            self.chosen.emit(draft)
            self.accept()

    def _discard(self) -> None:
        draft = self.current()
        if draft is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard"),
            self.tr("Discard the unsaved words of “{title}” for good?").format(
                title=draft.title or self.tr("Untitled statement")
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.lib is not None:
            recovery.clear(self.lib, draft.key)
        self.drafts.remove(draft)
        self._fill()
        if not self.drafts:
            self.accept()
