"""The consistency panel beside a draft: what in it disagrees with the quote library (a
misquote, a retired or superseded quote, a title the speaker did not hold on the draft's
date). Activating a finding asks the editor to jump to it; "Use library wording" asks it to
replace the quote with the approved words.

Wiring into an editor: add `ConsistencyPanel(lib)` as a side tab, connect `jump_requested`
to a slot selecting [start, end) and `replace_requested(start, end, text)` to one replacing
that range, and call `check(text, date, language)` after saves (or on a short idle timer).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core.consistency import Finding, word_changes
from humasdesk.core.errors import UserError
from humasdesk.store import consistency
from humasdesk.store.db import Library
from humasdesk.ui.errors import show_error

FINDING = Qt.ItemDataRole.UserRole


class ConsistencyPanel(QWidget):
    jump_requested = Signal(int, int)
    replace_requested = Signal(int, int, str)  # start, end, the quote with library wording

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consistencyPanel")
        self.lib = lib
        self.findings: list[Finding] = []
        self._last: tuple[str, str | None, str] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("findingsList")
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._jump)
        self.list.itemClicked.connect(self._jump)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.use_wording = QPushButton()
        self.use_wording.setObjectName("useLibraryWording")
        self.use_wording.clicked.connect(self._replace)
        self.recheck = QPushButton()
        self.recheck.clicked.connect(self._recheck)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_wording)
        buttons.addStretch(1)
        buttons.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.use_wording.setText(self.tr("Use library wording"))
        self.recheck.setText(self.tr("Check again"))
        self._show()

    def check(self, text: str, date: str | None, language: str = "id") -> list[Finding]:
        """Checks `text` (a draft dated `date`) and lists what was found."""
        self._last = (text, date, language)
        try:
            self.findings = consistency.check_draft(self.lib, text, date, language)
        except UserError as exc:
            show_error(self, exc)
            self.findings = []
        self._text = text
        self._show()
        return self.findings

    def _recheck(self) -> None:
        if self._last is not None:
            self.check(*self._last)

    def message(self, f: Finding) -> str:
        if f.kind == "misquote":
            return (
                self.tr("Differs from the library's wording ({similarity}% alike).").format(
                    similarity=f.similarity
                )
                + "\n"
                + self.changes(f)
                + "\n"
                + self.tr("{speaker} said: “{expected}”").format(
                    speaker=f.speaker or "—", expected=f.expected
                )
            )
        if f.kind == "retired":
            return self.tr("Retired quote of {speaker}: do not use it any more.").format(
                speaker=f.speaker or "—"
            )
        if f.kind == "superseded":
            return self.tr("Superseded quote. Use instead: “{expected}”").format(
                expected=f.expected
            )
        held = "; ".join(f.held)
        if f.expected:
            return self.tr(
                "{speaker} was not “{found}” on this date but “{expected}”. Roles: {held}"
            ).format(speaker=f.speaker, found=f.found, expected=f.expected, held=held)
        return self.tr("{speaker} held no known role on this date. Roles: {held}").format(
            speaker=f.speaker, held=held
        )

    def changes(self, f: Finding) -> str:
        """Which words differ: "“keras” instead of “bersama”; “juga” added"."""
        parts = []
        for draft, library in word_changes(f.found, f.expected):
            if draft and library:
                parts.append(
                    self.tr("“{draft}” instead of “{library}”").format(draft=draft, library=library)
                )
            elif draft:
                parts.append(self.tr("“{draft}” added").format(draft=draft))
            else:
                parts.append(self.tr("“{library}” left out").format(library=library))
        return "; ".join(parts)

    def _show(self) -> None:
        self.list.clear()
        style = self.style()
        icons = {
            "misquote": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "retired": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "superseded": QStyle.StandardPixmap.SP_BrowserReload,
            "wrong_title": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        for finding in self.findings:
            item = QListWidgetItem(style.standardIcon(icons[finding.kind]), self.message(finding))
            item.setData(FINDING, finding)
            self.list.addItem(item)
        if self._last is None:
            self.summary.setText(self.tr("The draft has not been checked yet."))
        elif not self.findings:
            self.summary.setText(self.tr("No problems: the draft agrees with the quote library."))
        else:
            self.summary.setText(
                self.tr("{count} things to check. Click one to go to it in the draft.").format(
                    count=len(self.findings)
                )
            )
        self._update_buttons()

    def _current(self) -> Finding | None:
        item = self.list.currentItem()
        found: Finding | None = item.data(FINDING) if item is not None else None
        return found

    def _update_buttons(self) -> None:
        f = self._current()
        self.use_wording.setEnabled(
            f is not None and f.kind in ("misquote", "superseded") and bool(f.expected)
        )
        self.recheck.setEnabled(self._last is not None)

    def _jump(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(FINDING)
        self.jump_requested.emit(finding.start, finding.end)

    def _replace(self) -> None:
        f = self._current()
        if f is None or not f.expected:
            return
        original = self._text[f.start : f.end]
        opening, closing = original[:1], original[-1:]
        inner = original[1:-1]
        trailing = inner[len(inner.rstrip(",.?! ")) :]
        wording = f.expected.rstrip(",. ") + trailing
        self.replace_requested.emit(f.start, f.end, f"{opening}{wording}{closing}")
