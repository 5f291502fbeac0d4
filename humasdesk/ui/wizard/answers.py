"""One input widget per checklist answer type. Each emits `edited` when the officer changes
it; the page saves the answer at once (typing is saved after a short pause)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core.checklist import Question
from humasdesk.reports import chart

RADIO_LIMIT = 5  # more options than this: a drop-down list


class AnswerWidget(QWidget):
    edited = Signal()
    typing = False  # True: save after a pause rather than at every change

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def retranslate(self, lang: str) -> None:
        self.lang = lang

    def _add_remove_layout(self, view: QWidget) -> None:
        """`view` above an Add and a Remove button (rows, links)."""
        self.add = QPushButton()
        self.add.setObjectName(f"{self.question.id}:add")
        self.remove = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        layout.addLayout(buttons)


class ChoiceRadios(AnswerWidget):
    """yes/no/unsure and short choices: one radio button per option."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self) if question.type != "yesno" else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value in self._values():
            button = QRadioButton()
            button.setObjectName(f"{question.id}:{value}")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        self.retranslate(lang)

    def _values(self) -> list[str]:
        if self.question.type == "yesno":
            return ["yes", "no", "unsure"]
        return [o.value for o in self.question.options]

    def _toggled(self, _button: Any, checked: bool) -> None:
        if checked:
            self._changed()

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        names = {"yes": self.tr("Yes"), "no": self.tr("No"), "unsure": self.tr("Unsure")}
        for value, button in self.buttons.items():
            if self.question.type == "yesno":
                button.setText(names[value])
            else:
                button.setText(self.question.option_label(value, lang))

    def value(self) -> Any:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for v, b in self.buttons.items():
            b.setChecked(v == value)
        self.group.setExclusive(True)


class ChoiceCombo(AnswerWidget):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(question.id)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(30)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        self.retranslate(lang)
        self.combo.currentIndexChanged.connect(self._changed)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        current = self.value() if self.combo.count() else None
        self._loading = True
        self.combo.clear()
        self.combo.addItem(self.tr("– choose –"), None)
        for option in self.question.options:
            self.combo.addItem(option.label.get(lang), option.value)
        self._show(current)
        self._loading = False

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class MultiChecks(AnswerWidget):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for option in question.options:
            box = QCheckBox()
            box.setObjectName(f"{question.id}:{option.value}")
            box.toggled.connect(self._changed)
            self.boxes[option.value] = box
            layout.addWidget(box)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        for value, box in self.boxes.items():
            box.setText(self.question.option_label(value, lang))

    def value(self) -> Any:
        return [v for v, b in self.boxes.items() if b.isChecked()]

    def _show(self, value: Any) -> None:
        chosen = set(value or [])
        for v, b in self.boxes.items():
            b.setChecked(v in chosen)


class Scale(AnswerWidget):
    """1 to 5, with what the ends mean."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.group = QButtonGroup(self)
        self.low = QLabel()
        self.high = QLabel()
        for label in (self.low, self.high):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.low)
        self.buttons: dict[int, QRadioButton] = {}
        for n in range(1, 6):
            button = QRadioButton(str(n))
            button.setObjectName(f"{question.id}:{n}")
            self.group.addButton(button, n)
            self.buttons[n] = button
            layout.addWidget(button)
        layout.addWidget(self.high)
        layout.addStretch(1)
        self.group.idToggled.connect(self._picked)
        self.retranslate(lang)

    def _picked(self, _n: int, on: bool) -> None:
        if on:  # the button left behind toggles off too: one change, not two
            self._changed()

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        q = self.question
        self.low.setText(f"1 = {q.min_label.get(lang)}" if q.min_label else "1")
        self.high.setText(f"5 = {q.max_label.get(lang)}" if q.max_label else "5")

    def value(self) -> Any:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for n, b in self.buttons.items():
            b.setChecked(n == value)
        self.group.setExclusive(True)


class LineText(AnswerWidget):
    typing = True

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(question.id)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textEdited.connect(self._changed)

    def value(self) -> Any:
        return self.edit.text().strip()

    def _show(self, value: Any) -> None:
        self.edit.setText(str(value or ""))


class LongText(AnswerWidget):
    typing = True

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(question.id)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._changed)

    def value(self) -> Any:
        return self.edit.toPlainText().strip()

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))


def now_iso() -> str:
    return dt.datetime.now().astimezone().replace(second=0, microsecond=0).isoformat()


class DateTime(AnswerWidget):
    """A date and time; blank until set ("Now" fills the current time)."""

    UNSET = QDateTime(2000, 1, 1, 0, 0, 0)  # the minimum, shown as "not set"

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.edit = QDateTimeEdit()
        self.edit.setObjectName(question.id)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.edit.setMinimumDateTime(self.UNSET)
        self.now = QPushButton()
        self.clear = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.now)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self.edit.dateTimeChanged.connect(self._changed)
        self.now.clicked.connect(self._set_now)
        self.clear.clicked.connect(lambda: self.edit.setDateTime(self.UNSET))
        self.retranslate(lang)
        self._show(None)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.now.setText(self.tr("Now"))
        self.clear.setText(self.tr("Clear"))

    def _set_now(self) -> None:
        self.edit.setDateTime(QDateTime.currentDateTime())

    def value(self) -> Any:
        shown = self.edit.dateTime()
        if shown == self.UNSET:
            return None
        local = dt.datetime(
            shown.date().year(),
            shown.date().month(),
            shown.date().day(),
            shown.time().hour(),
            shown.time().minute(),
        )
        if self.stored and self.stored.startswith(local.isoformat()[:16]):
            return self.stored  # unchanged: keep the offset it was given with
        return local.astimezone().isoformat()

    stored: str | None = None

    def _show(self, value: Any) -> None:
        self.stored = value if isinstance(value, str) else None
        if not self.stored:
            self.edit.setDateTime(self.UNSET)
            return
        try:
            parsed = dt.datetime.fromisoformat(self.stored)
        except ValueError:
            self.edit.setDateTime(self.UNSET)
            return
        day = QDate(parsed.year, parsed.month, parsed.day)
        self.edit.setDateTime(QDateTime(day, QTime(parsed.hour, parsed.minute)))


class RowsTable(AnswerWidget):
    """Rows of cells with Add and Remove: the base of figures and evidence."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.table = QTableWidget(0, len(self.keys()))
        self.table.setObjectName(question.id)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._add_remove_layout(self.table)
        # (not `connect(self.add_row)`: `clicked` would pass its `checked` False as the row)
        self.add.clicked.connect(lambda: self.add_row())
        self.remove.clicked.connect(self._remove_rows)
        self.table.itemChanged.connect(self._changed)
        self.table.currentCellChanged.connect(self._focus_cell_widget)
        self.retranslate(lang)
        self._fit_height()

    def keys(self) -> list[str]:
        raise NotImplementedError

    def _fit_height(self) -> None:
        """As tall as its rows (at least two blank ones, at most eight before scrolling)."""
        row = max(self.table.verticalHeader().defaultSectionSize(), 28)
        rows = min(max(self.table.rowCount(), 2), 8)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows * row + 4
        )

    def headers(self) -> list[str]:
        raise NotImplementedError

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.add.setText(self.tr("Add row"))
        self.remove.setText(self.tr("Remove selected"))

    def add_row(self, row: dict[str, Any] | None = None) -> int:
        was = self._loading
        self._loading = True
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column, key in enumerate(self.keys()):
            self._put(index, column, key, (row or self.blank()).get(key, ""))
        self._loading = was
        self._fit_height()
        first = self.table.item(index, 0)
        if row is None and first is not None:
            # A row added by the button is typed into at once: its first cell opens.
            self.table.setCurrentCell(index, 0)
            self.table.editItem(first)
        return index

    def blank(self) -> dict[str, Any]:
        return {}

    def _put(self, row: int, column: int, key: str, value: Any) -> None:
        self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def _cell(self, row: int, column: int, key: str) -> Any:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _put_widget(self, row: int, column: int, widget: QWidget) -> None:
        """A drop-down in a cell, reached and left with Tab like the text cells around it."""
        widget.installEventFilter(self)
        self.table.setCellWidget(row, column, widget)

    def _focus_cell_widget(self, row: int, column: int, *_previous: int) -> None:
        # Tab onto a drop-down cell: what is typed next chooses in it, not nowhere.
        widget = self.table.cellWidget(row, column)
        if widget is not None and self.table.hasFocus():
            widget.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if event.type() == QEvent.Type.KeyPress and event.key() in keys:  # type: ignore[attr-defined]
            step = 1 if event.key() == Qt.Key.Key_Tab else -1  # type: ignore[attr-defined]
            index = self.table.indexAt(watched.pos())  # type: ignore[attr-defined]
            self._move_to(index.row(), index.column() + step)
            return True
        return super().eventFilter(watched, event)

    def _move_to(self, row: int, column: int) -> None:
        """From a drop-down cell to the cell before or after it, as Tab does between text."""
        columns = self.table.columnCount()
        row, column = row + column // columns, column % columns
        self.table.setFocus()
        if not 0 <= row < self.table.rowCount():
            return
        self.table.setCurrentCell(row, column)
        widget = self.table.cellWidget(row, column)
        if widget is not None:
            widget.setFocus()
        elif self.table.item(row, column) is not None:
            self.table.editItem(self.table.item(row, column))

    def _remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        if rows:
            self._changed()

    def value(self) -> Any:
        return [
            {key: self._cell(r, c, key) for c, key in enumerate(self.keys())}
            for r in range(self.table.rowCount())
        ]

    def _show(self, value: Any) -> None:
        self.table.setRowCount(0)
        for row in value or []:
            if isinstance(row, dict):
                self.add_row(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)


class Evidence(RowsTable):
    def keys(self) -> list[str]:
        return ["ref", "note"]

    def headers(self) -> list[str]:
        return [self.tr("Link or file name"), self.tr("Note")]

    def _show(self, value: Any) -> None:
        super()._show(value)
        self.table.horizontalHeader().resizeSection(0, 320)


class Table(RowsTable):
    """A checklist `table`: one row per objective, audience or channel; columns with options
    are drop-downs. A table whose rows come from another (`rows_from`, e.g. the scoring of
    step 5's objectives) gets one row per row there, its first column read-only."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        self.source_rows: list[str] = []
        super().__init__(question, lang, parent)
        self.add.setVisible(not question.rows_from)
        self.remove.setVisible(not question.rows_from)
        # Each column an equal share: with only the last one stretched, the objective or the
        # audience (the first, longest text) wrapped in 150 pixels beside a wide deadline.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def keys(self) -> list[str]:
        return [c.key for c in self.question.columns]

    def headers(self) -> list[str]:
        return [c.label.get(self.lang) for c in self.question.columns]

    def _put(self, row: int, column: int, key: str, value: Any) -> None:
        spec = self.question.columns[column]
        if spec.options:
            combo = QComboBox()
            combo.addItem("", "")
            for option in spec.options:
                combo.addItem(option.label.get(self.lang), option.value)
            combo.setCurrentIndex(max(combo.findData(value or ""), 0))
            combo.currentIndexChanged.connect(self._changed)
            self._put_widget(row, column, combo)
            return
        super()._put(row, column, key, value)
        item = self.table.item(row, column)
        if self.question.rows_from and column == 0 and item is not None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def _cell(self, row: int, column: int, key: str) -> Any:
        combo = self.table.cellWidget(row, column)
        if isinstance(combo, QComboBox):
            return combo.currentData() or ""
        return super()._cell(row, column, key)

    def set_source(self, rows: list[str]) -> None:
        """The first-column texts this table scores (the rows of `rows_from`)."""
        self.source_rows = [r for r in rows if r.strip()]

    def _show(self, value: Any) -> None:
        rows = [r for r in value or [] if isinstance(r, dict)]
        if self.question.rows_from:
            first = self.keys()[0]
            given = {str(r.get(first, "")): r for r in rows}
            rows = [given.get(text, {first: text}) for text in self.source_rows]
        super()._show(rows)

    def value(self) -> Any:
        # A scoring row says something only once scored; other rows once anything is typed.
        telling = self.keys()[1:] if self.question.rows_from else self.keys()
        return [r for r in super().value() if any(str(r[k]).strip() for k in telling)]

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        for r in range(self.table.rowCount()):
            for c, spec in enumerate(self.question.columns):
                combo = self.table.cellWidget(r, c)
                if isinstance(combo, QComboBox) and spec.options:
                    for i, option in enumerate(spec.options, start=1):
                        combo.setItemText(i, option.label.get(lang))


class Figures(RowsTable):
    """Figures per date, with a small chart of them below."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.chart = ChartView()
        self.layout().addWidget(self.chart)  # type: ignore[union-attr]
        self.edited.connect(self._redraw)

    def keys(self) -> list[str]:
        return ["date", "metric", "value", "note"]

    def headers(self) -> list[str]:
        return [self.tr("Date (YYYY-MM-DD)"), self.tr("Figure"), self.tr("Value"), self.tr("Note")]

    def blank(self) -> dict[str, Any]:
        return {"date": dt.date.today().isoformat(), "metric": self.question.metrics[0].value}

    def _put(self, row: int, column: int, key: str, value: Any) -> None:
        if key == "metric":
            combo = QComboBox()
            for metric in self.question.metrics:
                combo.addItem(metric.label.get(self.lang), metric.value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(self._changed)
            self._put_widget(row, column, combo)
            return
        super()._put(row, column, key, value)

    def _cell(self, row: int, column: int, key: str) -> Any:
        if key == "metric":
            combo = self.table.cellWidget(row, column)
            return combo.currentData() if isinstance(combo, QComboBox) else ""
        return super()._cell(row, column, key)

    def rows_for_saving(self) -> list[dict[str, Any]]:
        rows = []
        for row in self.value():
            text = str(row.get("value", "")).replace(" ", "")
            # Officers type 1.450 or 1,450 for one thousand four hundred and fifty.
            if text.count(".") == 1 and len(text.split(".")[1]) == 3:
                text = text.replace(".", "")
            text = (
                text.replace(",", "")
                if text.count(",") == 1 and len(text.split(",")[1]) == 3
                else text.replace(",", ".")
            )
            try:
                row["value"] = float(text)
                dt.date.fromisoformat(str(row.get("date", "")))
            except ValueError:
                continue
            rows.append(row)
        return rows

    def _show(self, value: Any) -> None:
        super()._show(value)
        header = self.table.horizontalHeader()
        widest = max(
            (
                self.fontMetrics().horizontalAdvance(m.label.get(self.lang))
                for m in self.question.metrics
            ),
            default=200,
        )
        header.resizeSection(0, max(header.sectionSize(0), 150))
        header.resizeSection(1, min(widest + 48, 380))
        header.resizeSection(2, max(header.sectionSize(2), 90))
        self._redraw()

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 1)
            if isinstance(combo, QComboBox):
                for i, metric in enumerate(self.question.metrics):
                    combo.setItemText(i, metric.label.get(lang))
        if hasattr(self, "chart"):
            self._redraw()

    def _redraw(self) -> None:
        series: dict[str, chart.Series] = {}
        for row in self.rows_for_saving():
            metric = str(row["metric"])
            label = self.question.option_label(metric, self.lang)
            series.setdefault(metric, chart.Series(label, [])).points.append(
                (str(row["date"]), float(row["value"]))
            )
        self.chart.set_series(list(series.values()), self.tr("No figures yet."))
        self.chart.setVisible(bool(series))


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[chart.Series] = []
        self.empty = ""
        self.setObjectName("figuresChart")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_series(self, series: list[chart.Series], empty: str) -> None:
        self.series, self.empty = series, empty
        self.setFixedHeight(150 + 20 * max(1, len(series)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        chart.paint(
            painter,
            QRectF(self.rect()),
            self.series,
            empty_text=self.empty,
            text_colour=palette.color(QPalette.ColorRole.Text),
            grid_colour=palette.color(QPalette.ColorRole.Mid),
        )
        painter.end()


class Links(AnswerWidget):
    """The quotes or statements picked for this question, in order; the page adds them."""

    pick = Signal()

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.list = QListWidget()
        self.list.setObjectName(question.id)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.fontMetrics().height() * 9)
        self._add_remove_layout(self.list)
        self.add.clicked.connect(self.pick)
        self.remove.clicked.connect(self._remove)
        self.describe: Any = lambda target_id: target_id
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        if self.question.target == "quote":
            self.add.setText(self.tr("Add approved quote…"))
        else:
            self.add.setText(self.tr("Add statement…"))
        self.remove.setText(self.tr("Remove selected"))

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._changed()

    def add_ids(self, ids: list[str]) -> None:
        present = set(self.value())
        for target in ids:
            if target not in present:
                self._append(target)
        self._changed()

    def _append(self, target: str) -> None:
        item = QListWidgetItem(self.describe(target))
        item.setData(Qt.ItemDataRole.UserRole, target)
        self.list.addItem(item)

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _show(self, value: Any) -> None:
        self.list.clear()
        for target in value or []:
            self._append(str(target))


def make(question: Question, lang: str) -> AnswerWidget:
    kinds: dict[str, type[AnswerWidget]] = {
        "yesno": ChoiceRadios,
        "multi": MultiChecks,
        "scale": Scale,
        "text": LineText,
        "longtext": LongText,
        "datetime": DateTime,
        "figures": Figures,
        "links": Links,
        "evidence": Evidence,
        "table": Table,
    }
    if question.type == "choice":
        return (ChoiceRadios if len(question.options) <= RADIO_LIMIT else ChoiceCombo)(
            question, lang
        )
    return kinds[question.type](question, lang)
