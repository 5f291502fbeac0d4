"""Small dialogs of the wizard: picking approved quotes or statements, and the timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QDateTime, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core.records import TimelineEntry
from humasdesk.core.text import fold
from humasdesk.store import cases, quotes, statements
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.errors import show_error


def quote_line(row: dict[str, Any]) -> str:
    who = ", ".join(p for p in (row.get("speaker") or "", row.get("role") or "") if p)
    date = labels.date(row.get("date"))
    return f"“{row['text']}” – {who}" + (f" ({date})" if date else "")


def statement_line(row: dict[str, Any]) -> str:
    parts = [row.get("number") or "", labels.date(row.get("date")), row.get("title") or ""]
    return " · ".join(p for p in parts if p)


class PickerDialog(QDialog):
    """Chooses approved quotes (key messages) or statements, filtered as the officer types."""

    def __init__(self, lib: Library, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkPicker")
        self.target = target
        if target == "quote":
            rows = quotes.listing(lib, status="approved")
            self.items = [(r["id"], quote_line(r)) for r in rows]
        else:
            rows = statements.listing(lib)
            self.items = [(r["id"], statement_line(r)) for r in rows]
        self.folded = [fold(text) for _id, text in self.items]
        self.filter = QLineEdit()
        self.filter.setObjectName("pickerFilter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("pickerList")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._fill)
        self.resize(760, 520)
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        if self.target == "quote":
            self.setWindowTitle(self.tr("Choose approved quotes"))
            self.hint.setText(
                self.tr(
                    "Only approved lines are listed, so the answer stays consistent with what "
                    "was already said. Select one or more (Ctrl+click)."
                )
            )
        else:
            self.setWindowTitle(self.tr("Choose press statements"))
            self.hint.setText(self.tr("Select one or more statements (Ctrl+click)."))
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _fill(self) -> None:
        words = fold(self.filter.text()).split()
        self.list.clear()
        for (target_id, text), folded in zip(self.items, self.folded, strict=True):
            if all(w in folded for w in words):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, target_id)
                self.list.addItem(item)
        # Typing then Enter adds the first line left (Enter is the dialog's Add button).
        if self.list.count():
            self.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def chosen(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]


class TimelinePanel(QWidget):
    """The case's log: what happened, what was done, by whom and when; key events and
    releases flagged. Every change is saved at once."""

    FLAGS = (3, 4)

    def __init__(self, lib: Library, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.lib = lib
        self.case_id = case_id
        self.entries: list[TimelineEntry] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 230)
        # Wrapped text needs the row heights again once the columns have their real widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("timelineWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.what = QLineEdit()
        self.what.setObjectName("timelineWhat")
        self.actor = QLineEdit()
        self.actor.setObjectName("timelineActor")
        self.key_event = QCheckBox()
        self.key_event.setObjectName("timelineKey")
        self.released = QCheckBox()
        self.released.setObjectName("timelineReleased")
        self.add = QPushButton()
        self.add.setObjectName("timelineAdd")
        self.remove = QPushButton()
        for button in (self.add, self.remove):
            button.setAutoDefault(False)
        self.when_label, self.what_label, self.actor_label = QLabel(), QLabel(), QLabel()
        self.when_label.setBuddy(self.when)
        self.what_label.setBuddy(self.what)
        self.actor_label.setBuddy(self.actor)
        form = QGridLayout()
        form.addWidget(self.when_label, 0, 0)
        form.addWidget(self.when, 0, 1)
        form.addWidget(self.actor_label, 0, 2)
        form.addWidget(self.actor, 0, 3)
        form.addWidget(self.what_label, 1, 0)
        form.addWidget(self.what, 1, 1, 1, 3)
        flags = QHBoxLayout()
        flags.addWidget(self.key_event)
        flags.addWidget(self.released)
        flags.addStretch(1)
        flags.addWidget(self.remove)
        flags.addWidget(self.add)
        form.addLayout(flags, 2, 0, 1, 4)
        form.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self.add.clicked.connect(self.add_entry)
        self.what.returnPressed.connect(self.add_entry)
        self.remove.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._flag_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What happened or was done"),
                self.tr("By whom"),
                self.tr("Key event"),
                self.tr("Released"),
            ]
        )
        self.when_label.setText(self.tr("When"))
        self.what_label.setText(self.tr("What"))
        self.actor_label.setText(self.tr("By whom"))
        self.what.setPlaceholderText(self.tr("What happened, or what was done"))
        self.actor.setPlaceholderText(self.tr("Name or team"))
        self.key_event.setText(self.tr("Key event"))
        self.released.setText(self.tr("Released to the public"))
        self.add.setText(self.tr("Add to timeline"))
        self.remove.setText(self.tr("Remove selected"))

    def reload(self) -> None:
        self.entries = cases.timeline(self.lib, self.case_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            shown = QDateTime.fromString(entry.at, Qt.DateFormat.ISODate)
            when = shown.toString("dd-MM-yyyy HH:mm") if shown.isValid() else entry.at
            for column, text in enumerate((when, entry.what, entry.actor)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            for column, on in zip(self.FLAGS, (entry.key_event, entry.released), strict=True):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        for column in (0, *self.FLAGS):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def add_entry(self) -> None:
        what = self.what.text().strip()
        if not what:
            self.what.setFocus()
            return
        # PySide's stubs type every toPython() as object; QDateTime's returns a datetime.
        when = cast(datetime, self.when.dateTime().toPython())
        moment = when.astimezone().isoformat(timespec="minutes")
        entry = TimelineEntry(
            at=moment,
            what=what,
            actor=self.actor.text().strip(),
            key_event=self.key_event.isChecked(),
            released=self.released.isChecked(),
        )
        try:
            cases.add_timeline(self.lib, self.case_id, entry)
        except Exception as exc:
            show_error(self, exc)
            return
        self.what.clear()
        self.key_event.setChecked(False)
        self.released.setChecked(False)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.reload()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        for row in rows:
            cases.delete_timeline(self.lib, self.case_id, self.entries[row].id)
        self.reload()

    def _flag_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in self.FLAGS:
            return
        entry = self.entries[item.row()]
        on = item.checkState() == Qt.CheckState.Checked
        if item.column() == self.FLAGS[0]:
            entry.key_event = on
        else:
            entry.released = on
        cases.update_timeline(self.lib, self.case_id, entry)


class TimelineDialog(QDialog):
    def __init__(self, lib: Library, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        self.panel = TimelinePanel(lib, case_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Case timeline"))
        self.close_button.setText(self.tr("Close"))
        self.panel.retranslate()
