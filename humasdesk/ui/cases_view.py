"""The RESIST cases module: hoaxes and crises being worked, with their priority and progress;
filtered and searched, opened in the case wizard, and new cases started."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import checklist as checklists
from humasdesk.core import office_time
from humasdesk.core.errors import UserError
from humasdesk.store import cases, crisis, settings
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.errors import show_error
from humasdesk.ui.lazy_model import Column, LazyTableModel
from humasdesk.ui.widgets import PageHeader, RecordTable

PRIORITY_FILTERS = (None, "high", "medium", "low", "")


def _moment(value: str | None) -> str:
    """A stored UTC time as local date and time: cases change several times a day."""
    if not value:
        return ""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return labels.date(value)
    return QLocale().toString(moment.toLocalTime(), "d MMM yyyy HH:mm")


STATUS_FILTERS = (None, "open", "closed")


class NewCaseDialog(QDialog):
    """A title, the message as first reported and, when an office has its own edition, which
    checklist to work the case with."""

    def __init__(self, editions: list[checklists.Checklist], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.editions = editions
        self.title = QLineEdit()
        self.title.setObjectName("newCaseTitle")
        self.claim = QPlainTextEdit()
        self.claim.setObjectName("newCaseClaim")
        self.claim.setTabChangesFocus(True)
        self.checklist = QComboBox()
        self.checklist.setObjectName("newCaseChecklist")
        lang = translate.current()
        for edition in editions:
            self.checklist.addItem(f"{edition.title.get(lang)} ({edition.version})")
        default = checklists.latest(editions, checklists.DEFAULT_ID)
        if default is not None:
            self.checklist.setCurrentIndex(editions.index(default))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title_label = QLabel(self.tr("Title"))
        self.claim_label = QLabel(self.tr("The message as first reported"))
        self.checklist_label = QLabel(self.tr("Checklist"))
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.claim_label, self.claim)
        self.form.addRow(self.checklist_label, self.checklist)
        self.form.setRowVisible(2, len(editions) > 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        self.setWindowTitle(self.tr("New RESIST case"))
        self.hint.setText(
            self.tr(
                "Name the case so colleagues recognise it, and paste or describe the message "
                "as it reached you. Everything else is asked step by step."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("A case needs a title."))
            return
        self.accept()

    def chosen(self) -> checklists.Checklist:
        return self.editions[self.checklist.currentIndex()]


class CasesView(QWidget):
    opened = Signal(object)  # the CaseWizard
    changed = Signal()  # a case was created, changed or closed
    statement_created = Signal(str)  # a draft statement made from a case

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.header = PageHeader("", "")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCase")
        self.header.actions.addWidget(self.open_button)
        self.header.actions.addWidget(self.new_button)
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("caseStatusFilter")
        self.priority_filter = QComboBox()
        self.priority_filter.setObjectName("casePriorityFilter")
        for _ in STATUS_FILTERS:
            self.status_filter.addItem("")
        for _ in PRIORITY_FILTERS:
            self.priority_filter.addItem("")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        self.status_label, self.priority_label = QLabel(), QLabel()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.priority_label)
        filters.addWidget(self.priority_filter)
        self._rows: dict[str, dict[str, Any]] = {}
        self.model = LazyTableModel(self._columns(), self._ids, self._fetch, self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("casesTable")
        self.table.setSortingEnabled(False)
        self.empty = QLabel()
        self.empty.setObjectName("casesEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.wizards: list[Any] = []
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.priority_filter.currentIndexChanged.connect(self.refresh)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self.open_selected)
        self.retranslate()
        self.refresh()

    # ----- data
    def _ids(self, sort: str | None, desc: bool) -> list[str]:
        text = self.search.text().strip()
        rows = cases.listing(
            self.lib,
            status=STATUS_FILTERS[max(self.status_filter.currentIndex(), 0)],
            priority=PRIORITY_FILTERS[max(self.priority_filter.currentIndex(), 0)],
            text=text or None,
        )
        self._rows = {r["id"]: r for r in rows}
        return list(self._rows)

    def _fetch(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def _columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Case")),
            Column("label", self.tr("Label")),
            Column("priority", self.tr("Priority"), None, labels.priority),
            Column("status", self.tr("Status"), None, labels.case_status),
            Column("progress", self.tr("Steps complete")),
            Column("updated_at", self.tr("Last change"), None, _moment),
            Column("next_update", self.tr("Next update"), None, self._next_update),
        ]

    def _next_update(self, value: str | None) -> str:
        """When the case's next update is due (the crisis desk's cadence), flagged when late."""
        if not value:
            return ""
        # In the office's time zone, named, as the crisis desk and embargo times show it.
        shown = office_time.describe(
            value, settings.time_zone(self.lib), translate.current(), short=True
        )
        due = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if due.isValid() and due <= QDateTime.currentDateTimeUtc():
            return self.tr("⚠ overdue since {time}").format(time=shown)
        return shown

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("RESIST cases"),
            self.tr(
                "Hoaxes and crises worked step by step: recognise, early warning, situational "
                "insight, impact, strategic communication, tracking."
            ),
        )
        self.new_button.setText(self.tr("New case…"))
        self.open_button.setText(self.tr("Open case"))
        self.search.setPlaceholderText(self.tr("Search cases: title, claim, answers…"))
        self.status_label.setText(self.tr("Status"))
        self.priority_label.setText(self.tr("Priority"))
        statuses = [self.tr("All"), labels.case_status("open"), labels.case_status("closed")]
        priorities = [
            self.tr("Any"),
            labels.priority("high"),
            labels.priority("medium"),
            labels.priority("low"),
            self.tr("Not assessed"),
        ]
        for combo, texts in ((self.status_filter, statuses), (self.priority_filter, priorities)):
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
        self.model.set_columns(self._columns())
        self._update_empty()

    def refresh(self) -> None:
        self.model.reload()
        due = crisis.next_updates(self.lib)
        for row in self._rows.values():
            row["progress"] = f"{row['steps_done']} / {row['steps_total']}"
            row["next_update"] = due.get(row["id"]) if row["status"] == "open" else None
        self.table.resizeColumnsToContents()
        self.table.stretch(0)
        self._update_empty()

    def _update_empty(self) -> None:
        filtered = bool(self.search.text().strip()) or any(
            c.currentIndex() > 0 for c in (self.status_filter, self.priority_filter)
        )
        if filtered:
            self.empty.setText(self.tr("No case matches these filters."))
        else:
            self.empty.setText(self.tr("No cases yet. Start one with “New case…”."))
        self.empty.setVisible(self.model.rowCount() == 0)

    def focus_search(self) -> None:
        """Ctrl+F (the window's Edit > Find) lands here."""
        self.search.setFocus()
        self.search.selectAll()

    # ----- actions
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.id_at(index.row())
        if case_id:
            self.open_case(case_id)

    def open_selected(self) -> None:
        case_id = self.selected_id() or self.model.id_at(0)
        if case_id:
            self.open_case(case_id)

    def new_case(self) -> None:
        editions, problems = checklists.available()
        for problem in problems:
            show_error(self, problem)
        if not editions:
            return
        dialog = NewCaseDialog(editions, self)
        if not dialog.exec():
            return
        self.start_case(dialog.title.text(), dialog.claim.toPlainText(), dialog.chosen())

    def start_case(self, title: str, claim: str, edition: checklists.Checklist) -> Any:
        try:
            case = cases.create(self.lib, title, claim, edition)
        except UserError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        self.changed.emit()
        return self.open_case(case.id)

    def open_case(self, case_id: str) -> Any:
        from humasdesk.ui.wizard import CaseWizard

        for wizard in self.wizards:
            if wizard.case_id == case_id:
                wizard.show()
                return wizard
        try:
            wizard = CaseWizard(self.lib, case_id, self.window())
        except UserError as exc:
            show_error(self, exc)
            return None
        self.wizards.append(wizard)
        wizard.case_changed.connect(lambda _id: self.refresh())
        wizard.statement_created.connect(self.statement_created)
        wizard.finished.connect(lambda _r, w=wizard: self._closed(w))
        # A case moved to a newer edition reopens on that edition's questions.
        wizard.edition_changed.connect(
            lambda cid: QTimer.singleShot(0, lambda: self.open_case(cid))
        )
        wizard.show()
        self.opened.emit(wizard)
        return wizard

    def close_wizards(self) -> None:
        """Closes every open case (saving what was typed), e.g. before the library changes."""
        for wizard in list(self.wizards):
            wizard.reject()

    def _closed(self, wizard: Any) -> None:
        if wizard in self.wizards:
            self.wizards.remove(wizard)
        wizard.deleteLater()
        self.refresh()
        self.changed.emit()
