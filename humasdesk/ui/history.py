"""A statement's history: every saved revision (who, when, a note), two of them side by side
with the changed words marked, and any one restored as a new revision."""

from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import diff, office_time
from humasdesk.core.errors import UserError
from humasdesk.core.records import Statement
from humasdesk.store import settings, statements
from humasdesk.store.db import Library
from humasdesk.store.statements import Revision
from humasdesk.ui.errors import show_error


def field_name(name: str) -> str:
    names = {
        "number": QCoreApplication.translate("history", "Number"),
        "title": QCoreApplication.translate("history", "Title"),
        "subtitle": QCoreApplication.translate("history", "Subtitle"),
        "city": QCoreApplication.translate("history", "Dateline city"),
        "date": QCoreApplication.translate("history", "Date"),
        "language": QCoreApplication.translate("history", "Language"),
        "status": QCoreApplication.translate("history", "Status"),
        "withdrawn_reason": QCoreApplication.translate("history", "Reason for withdrawal"),
        "embargo_at": QCoreApplication.translate("history", "Embargo"),
        "tags": QCoreApplication.translate("history", "Tags"),
        "lead": QCoreApplication.translate("history", "Lead"),
        "body": QCoreApplication.translate("history", "Body"),
        "about": QCoreApplication.translate("history", "About"),
        "contacts": QCoreApplication.translate("history", "Contact persons"),
    }
    return names.get(name, name)


def _parts_html(parts: diff.Parts, colour: str) -> str:
    out = []
    for text, changed in parts:
        piece = escape(text)
        out.append(f"<span style='background:{colour}'>{piece}</span>" if changed else piece)
    return "".join(out) or "&nbsp;"


def diff_html(fields: list[diff.FieldDiff], left_title: str, right_title: str) -> str:
    """One two-column table: the older revision left, the newer right, rows lined up."""
    rows = [
        "<table width='100%' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>",
        f"<tr><th width='50%' align='left'>{escape(left_title)}</th>"
        f"<th width='50%' align='left'>{escape(right_title)}</th></tr>",
    ]
    if not fields:
        same = QCoreApplication.translate("history", "The two revisions are the same.")
        rows.append(f"<tr><td colspan='2'><i>{escape(same)}</i></td></tr>")
    for f in fields:
        rows.append(
            f"<tr><td colspan='2' style='background:#eef0f3'><b>{escape(field_name(f.name))}</b>"
            "</td></tr>"
        )
        for row in f.rows:
            left_bg = "#fde2e1" if row.kind in ("removed", "changed") else "transparent"
            right_bg = "#dff5e3" if row.kind in ("added", "changed") else "transparent"
            rows.append(
                f"<tr><td valign='top' style='background:{left_bg if row.left else '#f6f6f6'}'>"
                f"{_parts_html(row.left, '#f5a8a4')}</td>"
                f"<td valign='top' style='background:{right_bg if row.right else '#f6f6f6'}'>"
                f"{_parts_html(row.right, '#9fdcaa')}</td></tr>"
            )
    rows.append("</table>")
    return "".join(rows)


class HistoryPanel(QWidget):
    """Revisions of one statement, a side-by-side comparison and restore."""

    restored = Signal(str)  # the statement id

    def __init__(self, lib: Library, statement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.lib = lib
        self.statement_id = statement_id
        self.revisions: list[Revision] = []
        self.list = QTreeWidget()
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Revisions"))
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._selected)
        self.left = QComboBox()
        self.left.setObjectName("compareLeft")
        self.right = QComboBox()
        self.right.setObjectName("compareRight")
        self.left.currentIndexChanged.connect(self.show_diff)
        self.right.currentIndexChanged.connect(self.show_diff)
        self.compare_label = QLabel()
        self.with_label = QLabel()
        self.view = QTextBrowser()
        self.view.setObjectName("diffView")
        self.view.setAccessibleName(self.tr("Differences between the revisions"))
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreRevision")
        self.restore_button.clicked.connect(self.restore_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        left_side = QWidget()
        left_layout = QVBoxLayout(left_side)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.restore_button)
        right_side = QWidget()
        right_layout = QVBoxLayout(right_side)
        right_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(self.compare_label)
        pick.addWidget(self.left, 1)
        pick.addWidget(self.with_label)
        pick.addWidget(self.right, 1)
        right_layout.addLayout(pick)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_side)
        splitter.addWidget(right_side)
        splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.list.setHeaderLabels(
            [self.tr("No."), self.tr("Saved"), self.tr("By"), self.tr("Note")]
        )
        self.compare_label.setText(self.tr("Compare"))
        self.with_label.setText(self.tr("with"))
        self.restore_button.setText(self.tr("Restore this revision"))
        self.hint.setText(
            self.tr(
                "Restoring brings back the words of the selected revision as a new revision; "
                "nothing in the history is lost."
            )
        )

    def _label(self, rev: Revision) -> str:
        from humasdesk.ui.statement_editor import local_time

        return self.tr("Revision {number} · {when} · {who}").format(
            number=rev.number, when=local_time(rev.saved_at), who=rev.author or "—"
        )

    def reload(self) -> None:
        from humasdesk.ui.statement_editor import local_time

        self.revisions = statements.revisions(self.lib, self.statement_id)
        self.list.clear()
        for rev in self.revisions:
            item = QTreeWidgetItem(
                [str(rev.number), local_time(rev.saved_at), rev.author, rev.note]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, rev.number)
            self.list.addTopLevelItem(item)
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for rev in self.revisions:
                combo.addItem(self._label(rev), rev.number)
            combo.blockSignals(False)
        # Newest against the one before it: "what changed last".
        self.right.setCurrentIndex(0)
        self.left.setCurrentIndex(min(1, len(self.revisions) - 1))
        newest = self.list.topLevelItem(0) if self.revisions else None
        if newest is not None:
            self.list.setCurrentItem(newest)
        self.show_diff()

    def compare(self, older: int, newer: int) -> None:
        """Shows revision `older` (left) against `newer` (right)."""
        self.left.setCurrentIndex(self.left.findData(older))
        self.right.setCurrentIndex(self.right.findData(newer))
        self.show_diff()

    def _rev(self, number: object) -> Revision | None:
        return next((r for r in self.revisions if r.number == number), None)

    def show_diff(self) -> None:
        left, right = self._rev(self.left.currentData()), self._rev(self.right.currentData())
        if left is None or right is None:
            self.view.setHtml("")
            return
        fields = diff.compare(self._shown(left.statement), self._shown(right.statement))
        self.view.setHtml(diff_html(fields, self._label(left), self._label(right)))

    def _shown(self, st: Statement) -> Statement:
        """The embargo as everywhere else: in the office's time zone, named."""
        zone = settings.time_zone(self.lib)
        when = office_time.describe(st.embargo_at, zone, translate.current())
        return dataclasses.replace(st, embargo_at=when or None)

    def _selected(self) -> None:
        item = self.list.currentItem()
        self.restore_button.setEnabled(item is not None and self.list.indexOfTopLevelItem(item) > 0)
        if item is None:
            return
        number = item.data(0, Qt.ItemDataRole.UserRole)
        newest = self.revisions[0].number if self.revisions else number
        if number != newest:
            self.compare(number, newest)

    def selected_number(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def restore_selected(self) -> None:
        number = self.selected_number()
        if number is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore revision"),
            self.tr(
                "Bring back the words of revision {number} as a new revision? The current "
                "text stays in the history."
            ).format(number=number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(number)

    def restore(self, number: int) -> None:
        from humasdesk.ui.statement_editor import officer_name

        try:
            statements.restore(self.lib, self.statement_id, number, author=officer_name())
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.restored.emit(self.statement_id)


class HistoryDialog(QDialog):
    def __init__(self, lib: Library, statement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        st = statements.get(lib, statement_id)
        self.setWindowTitle(self.tr("History: {title}").format(title=st.title))
        self.panel = HistoryPanel(lib, statement_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(1120, 680)
