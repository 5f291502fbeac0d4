"""The crisis desk ("Meja krisis"): the screen an officer opens first when something breaks.
Playbooks to start a case and its holding statement from, the reports arriving from the
public grouped by rumour with their growth, and the cases under way with their clocks and the
next update due; a reminder in the status bar when an update is overdue."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import checklist as checklists
from humasdesk.core import formats, office_time, playbooks
from humasdesk.core import intake as core_intake
from humasdesk.core.errors import UserError
from humasdesk.store import crisis, intake, settings
from humasdesk.store.db import Library
from humasdesk.ui.errors import show_error
from humasdesk.ui.widgets import PageHeader
from humasdesk.ui.worker import Job, Jobs

OVERDUE = QColor("#b42318")
REFRESH_MS = 30_000
AT_TIME = "at"  # the cadence choice "at a set time…"


def _python_time(value: QDateTime) -> dt.datetime:
    """A date edit's time as Python's (naive: as typed), which PySide's stubs type as object."""
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def _clock(moment: dt.datetime, zone: str, now: dt.datetime) -> str:
    """ "18.30 WIB" today, "9 Des 18.30 WIB" another day, in the interface's language."""
    language = translate.current()
    time = f"{formats.time(moment, language)} {office_time.known(zone)}"
    if moment.date() == now.astimezone(moment.tzinfo).date():
        return time
    day = formats.short_date(moment.date(), language).rsplit(" ", 1)[0]
    return f"{day} {time}"


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _table(name: str, columns: int, selection: QAbstractItemView.SelectionMode) -> QTableWidget:
    """A read-only list of rows, its first column taking the room left."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def duration(minutes: int) -> str:
    """ "45 min", "3 h 05 min", "2 d 4 h": how long a case has been open."""
    if minutes < 60:
        return QCoreApplication.translate("CrisisDesk", "{m} min").format(m=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return QCoreApplication.translate("CrisisDesk", "{h} h {m:02d} min").format(h=hours, m=rest)
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate("CrisisDesk", "{d} d {h} h").format(d=days, h=hours)


class GrowthChart(QWidget):
    """A group's reports over time (running total per day), painted like the case figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeGrowth")
        self.points: list[tuple[str, float]] = []
        self.label = ""
        self.empty_text = ""
        self.setMinimumHeight(96)

    def set_points(self, points: list[tuple[str, int]], label: str) -> None:
        self.points = [(day, float(total)) for day, total in points]
        self.label = label
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 110)

    def paintEvent(self, event: QPaintEvent) -> None:
        from humasdesk.reports import chart

        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        series = [chart.Series(self.label, self.points)] if self.points else []
        chart.paint(
            painter,
            QRectF(self.rect()),
            series,
            empty_text=self.empty_text,
            text_colour=palette.color(QPalette.ColorRole.Text),
            grid_colour=palette.color(QPalette.ColorRole.Mid),
        )
        painter.end()


class StartDialog(QDialog):
    """What starting from a playbook asks: a title, where (the holding statement's
    {location}), and how often to update."""

    def __init__(self, playbook: playbooks.Playbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPlaybookDialog")
        self.playbook = playbook
        lang = translate.current()
        self.title = QLineEdit()
        self.title.setObjectName("startTitle")
        self.title.setPlaceholderText(playbook.title.get(lang))
        self.location = QLineEdit()
        self.location.setObjectName("startLocation")
        self.cadence = QComboBox()
        self.cadence.setObjectName("startCadence")
        for hours in playbooks.CADENCE_HOURS:
            self.cadence.addItem(self.tr("Every {hours} hours").format(hours=hours), hours)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(playbook.update_every_hours)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        asked = playbook.location_label.get(lang) if playbook.location_label else self.tr("Where")
        form.addRow(asked, self.location)
        form.setRowVisible(0, playbook.asks_location)
        form.addRow(self.tr("Case title (optional)"), self.title)
        form.addRow(self.tr("Next update due"), self.cadence)
        hint = QLabel(
            self.tr(
                "HumasDesk opens a RESIST case with the playbook's answers and drafts the "
                "holding statement with your letterhead, contacts and approved lines. Check "
                "it, then export it or copy it for WhatsApp."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start and draft the holding statement"))
        ok.setObjectName("startOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_section(playbook.title.get(lang)))
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Start from a playbook"))
        self.resize(520, 300)
        (self.location if playbook.asks_location else self.title).setFocus()


class PasteDialog(QDialog):
    """Reports pasted as they arrived: a forward, a chat export, a list of links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteReportsDialog")
        self.text = QPlainTextEdit()
        self.text.setObjectName("pasteText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr(
                "Paste a forwarded message, copied WhatsApp messages, or links (one a line). "
                "Separate several reports with a line of dashes (---)."
            )
        )
        self.where = QComboBox()
        self.where.setObjectName("pasteWhere")
        self.where.setEditable(True)
        self.where.addItems(
            ["", "WhatsApp", "Facebook", "Instagram", "TikTok", "X", "YouTube", "Telegram"]
        )
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("pasteWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        form = QFormLayout()
        form.addRow(self.tr("Where it was seen"), self.where)
        form.addRow(self.tr("When it was seen"), self.when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to queue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Paste reports from the public"))
        self.resize(600, 420)

    def reports(self) -> list[core_intake.Report]:
        when = _python_time(self.when.dateTime())
        return core_intake.from_text(
            self.text.toPlainText(),
            seen_at=when.isoformat(timespec="minutes"),
            seen_where=self.where.currentText().strip(),
        )


class CrisisDeskView(QWidget):
    changed = Signal()  # a case was made or changed here
    statement_created = Signal(str)  # a holding statement or update to open in the editor
    open_case_requested = Signal(str)
    status_message = Signal(str)

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.jobs = Jobs(self)
        self.job: Job | None = None
        self.header = PageHeader("", "")
        self.playbook_list: list[playbooks.Playbook] = []
        self._groups: list[dict[str, Any]] = []
        self._items: list[dict[str, Any]] = []
        self._cases: list[dict[str, Any]] = []

        # playbooks
        self.playbooks_title = _section("")
        self.playbooks = QListWidget()
        self.playbooks.setObjectName("playbookList")
        self.playbooks.setWordWrap(True)
        self.playbooks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.playbook_details = QTextBrowser()
        self.playbook_details.setObjectName("playbookDetails")
        self.playbook_details.setOpenLinks(False)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startPlaybook")
        left = QVBoxLayout()
        left.addWidget(self.playbooks_title)
        left.addWidget(self.playbooks, 2)
        left.addWidget(self.playbook_details, 3)
        left.addWidget(self.start_button)

        # intake
        self.intake_title = _section("")
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("pasteReports")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importReports")
        self.progress = QProgressBar()
        self.progress.setObjectName("intakeProgress")
        self.progress.setVisible(False)
        self.groups = _table("intakeGroups", 3, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.growth = GrowthChart()
        self.items = QListWidget()
        self.items.setObjectName("intakeItems")
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.setWordWrap(True)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeGroups")
        self.split_button = QPushButton()
        self.split_button.setObjectName("splitGroup")
        self.make_case_button = QPushButton()
        self.make_case_button.setObjectName("groupToCase")
        self.join_case_button = QPushButton()
        self.join_case_button.setObjectName("groupJoinsCase")
        self.intake_empty = QLabel()
        self.intake_empty.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.paste_button)
        adding.addWidget(self.import_button)
        adding.addStretch(1)
        group_actions = QGridLayout()
        group_actions.addWidget(self.make_case_button, 0, 0)
        group_actions.addWidget(self.join_case_button, 0, 1)
        group_actions.addWidget(self.merge_button, 1, 0)
        group_actions.addWidget(self.split_button, 1, 1)
        middle = QVBoxLayout()
        middle.addWidget(self.intake_title)
        middle.addLayout(adding)
        middle.addWidget(self.progress)
        middle.addWidget(self.groups, 3)
        middle.addWidget(self.intake_empty)
        middle.addWidget(self.growth, 1)
        middle.addWidget(self.items, 2)
        middle.addLayout(group_actions)

        # cases under way
        self.cases_title = _section("")
        self.cases = _table("deskCases", 3, QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.setWordWrap(False)  # a title line, then how long the case has run
        self.cases.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in (1, 2):
            self.cases.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.cases_empty = QLabel()
        self.cases_empty.setWordWrap(True)
        self.case_state = QLabel()
        self.case_state.setObjectName("caseClock")
        self.case_state.setWordWrap(True)
        self.first_hour_title = QLabel()
        self.first_hour = QListWidget()
        self.first_hour.setObjectName("firstHourList")
        self.first_hour.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportHolding")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editHolding")
        self.update_button = QPushButton()
        self.update_button.setObjectName("situationUpdate")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDeskCase")
        self.cadence_label = QLabel()
        self.cadence = QComboBox()
        self.cadence.setObjectName("caseCadence")
        for hours in playbooks.CADENCE_HOURS:
            self.cadence.addItem("", hours)
        self.cadence.addItem("", AT_TIME)
        self.cadence.addItem("", None)
        case_actions = QGridLayout()
        case_actions.addWidget(self.export_button, 0, 0)
        case_actions.addWidget(self.edit_button, 0, 1)
        case_actions.addWidget(self.update_button, 1, 0)
        case_actions.addWidget(self.open_button, 1, 1)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_label)
        cadence_row.addWidget(self.cadence, 1)
        right = QVBoxLayout()
        right.addWidget(self.cases_title)
        right.addWidget(self.cases, 3)
        right.addWidget(self.cases_empty)
        right.addWidget(self.case_state)
        right.addLayout(cadence_row)
        right.addLayout(case_actions)
        right.addWidget(self.first_hour_title)
        right.addWidget(self.first_hour, 3)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for box, stretch in ((left, 3), (middle, 4), (right, 4)):
            holder = QWidget()
            box.setContentsMargins(0, 0, 6, 0)
            holder.setLayout(box)
            self.splitter.addWidget(holder)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 420, 420])  # scaled to the window's width
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        self.clock = QTimer(self)
        self.clock.setInterval(REFRESH_MS)
        self.clock.timeout.connect(self.refresh_cases)
        self.clock.start()
        self.playbooks.currentRowChanged.connect(self._show_playbook)
        self.playbooks.itemDoubleClicked.connect(lambda _i: self.start_selected())
        self.start_button.clicked.connect(self.start_selected)
        self.paste_button.clicked.connect(self.paste_reports)
        self.import_button.clicked.connect(self.import_reports)
        self.groups.itemSelectionChanged.connect(self._show_group)
        self.groups.itemDoubleClicked.connect(lambda _i: self.rename_group())
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_selected)
        self.make_case_button.clicked.connect(self.group_to_case)
        self.join_case_button.clicked.connect(self.group_joins_case)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.cases.itemSelectionChanged.connect(self._show_case)
        self.cases.itemDoubleClicked.connect(lambda _i: self.open_selected_case())
        self.export_button.clicked.connect(self.export_holding)
        self.edit_button.clicked.connect(self.edit_holding)
        self.update_button.clicked.connect(self.situation_update)
        self.open_button.clicked.connect(self.open_selected_case)
        self.cadence.activated.connect(self._cadence_chosen)
        self.first_hour.itemChanged.connect(self._first_hour_ticked)
        self.load_playbooks()
        self.retranslate()
        self.refresh()

    # ----- texts
    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("Crisis desk"),
            self.tr(
                "When something breaks: start from a playbook and have a holding statement out "
                "within minutes, watch the public's reports of the same rumour grow, and keep "
                "your updates on time."
            ),
        )
        self.playbooks_title.setText(self.tr("Start from a playbook"))
        for widget, name in (
            (self.playbooks, self.tr("Crisis playbooks")),
            (self.playbook_details, self.tr("What the playbook says")),
            (self.groups, self.tr("Groups of reports, by rumour")),
            (self.growth, self.tr("Reports of the group over time")),
            (self.items, self.tr("Reports in the group")),
            (self.cases, self.tr("Cases under way")),
            (self.first_hour, self.tr("The first hour")),
            (self.cadence, self.tr("Updates")),
        ):
            widget.setAccessibleName(name)
        self.start_button.setText(self.tr("Start from this playbook…"))
        self.intake_title.setText(self.tr("Reports from the public"))
        self.paste_button.setText(self.tr("Paste…"))
        self.import_button.setText(self.tr("Import files…"))
        self.groups.setHorizontalHeaderLabels(
            [self.tr("Rumour"), self.tr("Reports"), self.tr("Case")]
        )
        self.growth.empty_text = self.tr("Choose a group to see its reports over time.")
        self.groups.setToolTip(
            self.tr("Select two groups or more to merge them; double-click a group to rename it.")
        )
        self.merge_button.setText(self.tr("Merge groups"))
        self.split_button.setText(self.tr("Split off reports"))
        self.make_case_button.setText(self.tr("Make a case"))
        self.join_case_button.setText(self.tr("Add to a case…"))
        self.intake_empty.setText(
            self.tr(
                "No reports yet. Paste what the public forwards you, or import .txt files, "
                "WhatsApp chat exports or a fact-checkers' CSV."
            )
        )
        self.cases_title.setText(self.tr("Cases under way"))
        self.cases.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Holding line"), self.tr("Next update")]
        )
        self.cases_empty.setText(
            self.tr("No case under way. Start one from a playbook, or make one from a group.")
        )
        self.first_hour_title.setText(self.tr("The first hour"))
        self.export_button.setText(self.tr("Export holding statement…"))
        self.edit_button.setText(self.tr("Edit holding statement"))
        self.update_button.setText(self.tr("Situation update"))
        self.open_button.setText(self.tr("Open case"))
        self.cadence_label.setText(self.tr("Updates:"))
        for i, hours in enumerate(playbooks.CADENCE_HOURS):
            self.cadence.setItemText(i, self.tr("every {hours} hours").format(hours=hours))
        self.cadence.setItemText(len(playbooks.CADENCE_HOURS), self.tr("at a set time…"))
        self.cadence.setItemText(len(playbooks.CADENCE_HOURS) + 1, self.tr("no reminders"))
        lang = translate.current()
        for row, playbook in enumerate(self.playbook_list):
            item = self.playbooks.item(row)
            item.setText(playbook.title.get(lang))
            item.setToolTip(playbook.summary.get(lang))
        self._show_playbook(self.playbooks.currentRow())
        self.refresh_cases()

    # ----- playbooks
    def load_playbooks(self) -> None:
        found, problems = playbooks.available()
        self.playbook_list = found
        self.playbooks.clear()
        for _playbook in found:
            self.playbooks.addItem(QListWidgetItem(""))
        for problem in problems:
            self.status_message.emit(translate.error_text(problem))
        if found:
            self.playbooks.setCurrentRow(0)

    def selected_playbook(self) -> playbooks.Playbook | None:
        row = self.playbooks.currentRow()
        return self.playbook_list[row] if 0 <= row < len(self.playbook_list) else None

    def _show_playbook(self, _row: int = -1) -> None:
        playbook = self.selected_playbook()
        self.start_button.setEnabled(playbook is not None)
        if playbook is None:
            self.playbook_details.clear()
            return
        lang = translate.current()

        def block(title: str, texts: tuple[Any, ...]) -> str:
            rows = "".join(f"<li>{_html(t.get(lang))}</li>" for t in texts)
            return f"<p><b>{_html(title)}</b></p><ul style='margin-left:-20px'>{rows}</ul>"

        self.playbook_details.setHtml(
            f"<p>{_html(playbook.summary.get(lang))}</p>"
            + block(self.tr("First hour"), playbook.first_hour)
            + block(self.tr("Who to inform"), playbook.inform)
            + block(self.tr("Channels"), playbook.channels)
            + block(self.tr("Journalists will ask"), playbook.journalist_questions)
        )

    def start_selected(self) -> str | None:
        """Asks the few things a playbook needs, then opens the case and drafts its holding
        statement; returns the case id."""
        playbook = self.selected_playbook()
        if playbook is None:
            return None
        dialog = StartDialog(playbook, self)
        if not dialog.exec():
            return None
        return self.start(
            playbook,
            location=dialog.location.text(),
            title=dialog.title.text(),
            every_hours=dialog.cadence.currentData(),
        )

    def start(
        self,
        playbook: playbooks.Playbook,
        *,
        location: str = "",
        title: str = "",
        every_hours: int | None = None,
    ) -> str | None:
        editions, _problems = checklists.available()
        edition = checklists.latest(editions, checklists.DEFAULT_ID)
        if edition is None:
            return None
        try:
            case_id, _draft = crisis.start(
                self.lib,
                playbook,
                edition,
                translate.current(),
                title=title,
                location=location,
                every_hours=every_hours,
            )
        except UserError as exc:
            show_error(self, exc)
            return None
        self.refresh_cases(select=case_id)
        self.changed.emit()
        self.status_message.emit(
            self.tr("Case opened and holding statement drafted: check it, then export it.")
        )
        return case_id

    # ----- intake
    def paste_reports(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec():
            self.take_in(dialog.reports())

    def import_reports(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import reports from the public"),
            str(Path.home()),
            self.tr("Reports (*.txt *.csv);;All files (*)"),
        )
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str]) -> Job:
        """Reads and groups in the background (a fact-checkers' CSV holds hundreds of
        reports), with progress; writes them when done."""
        placement = intake.prepare(self.lib)

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
            reports, skipped = core_intake.read_paths(paths)
            return placement.place(reports, progress, cancelled), skipped

        return self._run(work)

    def take_in(self, reports: list[core_intake.Report]) -> Job | None:
        if not reports:
            return None
        placement = intake.prepare(self.lib)

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
            return placement.place(reports, progress, cancelled), []

        return self._run(work)

    def _run(self, work: Callable[..., Any]) -> Job:
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Grouping reports… %v of %m"))
        self.progress.setVisible(True)
        self.paste_button.setEnabled(False)
        self.import_button.setEnabled(False)
        job = Job(work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._placed)
        job.signals.failed.connect(self._failed)
        self.job = self.jobs.start(job)
        return job

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_over(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.paste_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _placed(self, result: tuple[intake.Placement, list[tuple[str, UserError]]]) -> None:
        self._job_over()
        if self.lib.closed:
            return
        placement, skipped = result
        taken = intake.commit(self.lib, placement)
        touched = list(dict.fromkeys(t["group_id"] for t in taken))
        self.refresh_groups(select=touched[:1])
        message = self.tr("{count} reports added to {groups} groups.").format(
            count=len(taken), groups=len(touched)
        )
        if skipped:
            message += " " + self.tr("Skipped: {files}").format(
                files="; ".join(translate.error_text(e) for _p, e in skipped)
            )
        self.status_message.emit(message)

    def _failed(self, exc: BaseException) -> None:
        self._job_over()
        show_error(self, exc)

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        return self.jobs.wait(msecs)

    def refresh_groups(self, select: list[str] | None = None) -> None:
        keep = select if select is not None else self.selected_group_ids()
        self._groups = intake.groups(self.lib)
        self.groups.blockSignals(True)
        self.groups.setRowCount(len(self._groups))
        for row, group in enumerate(self._groups):
            cells = [group["title"], str(group["count"]), group["case_title"] or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.groups.setItem(row, column, item)
        self.groups.clearSelection()
        for row, group in enumerate(self._groups):
            if group["id"] in keep:
                self.groups.selectRow(row)
        self.groups.blockSignals(False)
        self.groups.resizeColumnToContents(1)
        self.intake_empty.setVisible(not self._groups)
        self._show_group()

    def selected_group_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.groups.selectedIndexes()})
        return [self._groups[r]["id"] for r in rows if r < len(self._groups)]

    def _show_group(self) -> None:
        chosen = self.selected_group_ids()
        self.items.clear()
        self._items = []
        if len(chosen) == 1:
            group = next(g for g in self._groups if g["id"] == chosen[0])
            self._items = intake.items(self.lib, chosen[0])
            for row in self._items:
                when = row["seen_at"][:16].replace("T", " ")
                where = f" · {row['seen_where']}" if row["seen_where"] else ""
                text = " ".join(row["text"].split())
                item = QListWidgetItem(f"{when}{where}\n{text[:220]}")
                item.setToolTip(row["text"][:1000])
                self.items.addItem(item)
            self.growth.set_points(intake.counts_by_day(self.lib, chosen[0]), group["title"])
        else:
            self.growth.set_points([], "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_group_ids()
        self.merge_button.setEnabled(len(chosen) >= 2)
        picked = len(self.items.selectedItems())
        self.split_button.setEnabled(len(chosen) == 1 and 0 < picked < self.items.count())
        self.make_case_button.setEnabled(len(chosen) == 1)
        self.join_case_button.setEnabled(len(chosen) == 1)
        case = self.selected_case()
        for button in (self.export_button, self.edit_button, self.update_button):
            button.setEnabled(case is not None)
        self.open_button.setEnabled(case is not None)
        self.cadence.setEnabled(case is not None)

    def rename_group(self) -> None:
        """A double-click on a group names the rumour as the officer calls it."""
        chosen = self.selected_group_ids()
        if len(chosen) != 1:
            return
        group = next(g for g in self._groups if g["id"] == chosen[0])
        title, ok = QInputDialog.getText(
            self, self.tr("Name the rumour"), self.tr("Rumour"), text=group["title"]
        )
        if ok and title.strip():
            intake.rename(self.lib, chosen[0], title)
            self.refresh_groups(select=chosen)

    def merge_selected(self) -> None:
        try:
            kept = intake.merge(self.lib, self.selected_group_ids())
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh_groups(select=[kept])

    def split_selected(self) -> None:
        rows = sorted(self.items.row(i) for i in self.items.selectedItems())
        try:
            new = intake.split(self.lib, [self._items[r]["id"] for r in rows])
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh_groups(select=[new])

    def group_to_case(self) -> str | None:
        chosen = self.selected_group_ids()
        editions, _problems = checklists.available()
        edition = checklists.latest(editions, checklists.DEFAULT_ID)
        if len(chosen) != 1 or edition is None:
            return None
        try:
            case_id = intake.make_case(self.lib, chosen[0], edition, translate.current())
        except UserError as exc:
            show_error(self, exc)
            return None
        self.refresh_groups(select=chosen)
        self.changed.emit()
        self.open_case_requested.emit(case_id)
        return case_id

    def group_joins_case(self) -> None:
        from humasdesk.store import cases

        chosen = self.selected_group_ids()
        if len(chosen) != 1:
            return
        open_cases = cases.listing(self.lib, status="open")
        if not open_cases:
            self.status_message.emit(self.tr("There is no open case to add these reports to."))
            return
        titles = [c["title"] for c in open_cases]
        title, ok = QInputDialog.getItem(
            self, self.tr("Add to a case"), self.tr("Case"), titles, 0, False
        )
        if not ok:
            return
        case_id = open_cases[titles.index(title)]["id"]
        self.join_case(chosen[0], case_id)

    def join_case(self, group_id: str, case_id: str) -> None:
        try:
            intake.join_case(self.lib, group_id, case_id, translate.current())
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh_groups(select=[group_id])
        self.changed.emit()

    # ----- cases under way
    def refresh(self) -> None:
        if self.lib.closed:
            return
        self.refresh_groups()
        self.refresh_cases()

    def refresh_cases(self, select: str | None = None) -> None:
        if self.lib.closed:
            return
        keep = select or self.selected_case()
        self._cases = crisis.desk_cases(self.lib)
        zone = settings.time_zone(self.lib)
        now = dt.datetime.now(office_time.tzinfo(zone))
        self.cases.blockSignals(True)
        self.cases.setRowCount(len(self._cases))
        for row, case in enumerate(self._cases):
            opened = office_time.moment(case["created_at"], zone)
            held = office_time.moment(case["holding_exported_at"], zone)
            due = office_time.moment(case["next_update_at"], zone)
            minutes = int((now - opened).total_seconds() // 60) if opened else 0
            if held and opened:
                holding = self.tr("out after {time}").format(
                    time=duration(max(0, int((held - opened).total_seconds() // 60)))
                )
            else:
                holding = self.tr("not out yet")
            if due is None:
                next_text = "–"
            elif case["overdue"]:
                next_text = self.tr("⚠ late, {time}").format(time=_clock(due, zone, now))
            else:
                next_text = _clock(due, zone, now)
            opened_for = self.tr("open for {time}").format(time=duration(max(0, minutes)))
            cells = [f"{case['title']}\n{opened_for}", holding, next_text]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if case["overdue"] and column == 2:
                    item.setForeground(OVERDUE)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 1 and not held:
                    item.setForeground(OVERDUE)
                self.cases.setItem(row, column, item)
        self.cases.clearSelection()
        known = [c["id"] for c in self._cases]
        if keep not in known and known:
            keep = known[0]  # the most urgent case, ready for its next step
        for row, case in enumerate(self._cases):
            if case["id"] == keep:
                self.cases.selectRow(row)
        self.cases.blockSignals(False)
        self.cases.resizeRowsToContents()
        self.cases_empty.setVisible(not self._cases)
        self._show_case()

    def selected_case(self) -> str | None:
        rows = {i.row() for i in self.cases.selectedIndexes()}
        if len(rows) != 1:
            return None
        (row,) = rows
        return str(self._cases[row]["id"]) if row < len(self._cases) else None

    def _show_case(self) -> None:
        case_id = self.selected_case()
        self.first_hour.blockSignals(True)
        self.first_hour.clear()
        self.case_state.clear()
        if case_id is not None:
            self._fill_case(case_id)
        self.first_hour.blockSignals(False)
        self.first_hour_title.setVisible(self.first_hour.count() > 0)
        self.first_hour.setVisible(self.first_hour.count() > 0)
        self._update_buttons()

    def _fill_case(self, case_id: str) -> None:
        info = crisis.get(self.lib, case_id)
        if info is None:
            return
        row = next(c for c in self._cases if c["id"] == case_id)
        every = info.update_every_hours
        if every in playbooks.CADENCE_HOURS:
            self.cadence.setCurrentIndex(playbooks.CADENCE_HOURS.index(every))
        elif info.next_update_at:
            self.cadence.setCurrentIndex(len(playbooks.CADENCE_HOURS))
        else:
            self.cadence.setCurrentIndex(len(playbooks.CADENCE_HOURS) + 1)
        draft = crisis.holding_draft(self.lib, case_id)
        left = _placeholders(draft) if draft else []
        parts = [f"<b>{_html(row['title'])}</b>"]
        opened = office_time.moment(row["created_at"], settings.time_zone(self.lib))
        if opened is not None:
            minutes = int((dt.datetime.now(dt.UTC) - opened).total_seconds() // 60)
            held = info.minutes_to_holding()
            parts.append(
                self.tr("Open for {time}; holding statement out after {held}.").format(
                    time=duration(max(0, minutes)), held=duration(held)
                )
                if held is not None
                else self.tr("Open for {time}; holding statement not out yet.").format(
                    time=duration(max(0, minutes))
                )
            )
        if draft is None:
            parts.append(self.tr("No holding statement drafted for this case."))
        elif left:
            parts.append(
                self.tr("Still to fill in the holding statement: {names}").format(
                    names=", ".join(left)
                )
            )
        self.case_state.setText("<br>".join(parts))
        playbook = playbooks.find(info.playbook_id) if info.playbook_id else None
        if playbook is None:
            return
        lang = translate.current()
        for index, text in enumerate(playbook.first_hour):
            item = QListWidgetItem(text.get(lang))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = index in info.first_hour_done
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.first_hour.addItem(item)

    def _first_hour_ticked(self, _item: QListWidgetItem) -> None:
        case_id = self.selected_case()
        if case_id is None:
            return
        done = [
            i
            for i in range(self.first_hour.count())
            if self.first_hour.item(i).checkState() == Qt.CheckState.Checked
        ]
        crisis.set_first_hour_done(self.lib, case_id, done)

    def _cadence_chosen(self, index: int) -> None:
        case_id = self.selected_case()
        if case_id is None:
            return
        choice = self.cadence.itemData(index)
        try:
            if choice == AT_TIME:
                moment = self._ask_time()
                if moment is None:
                    self._show_case()
                    return
                crisis.set_cadence(self.lib, case_id, None, moment)
            else:
                crisis.set_cadence(self.lib, case_id, choice)
        except UserError as exc:
            show_error(self, exc)
        self.refresh_cases(select=case_id)
        self.changed.emit()

    def _ask_time(self) -> dt.datetime | None:
        """The time the next update is due, typed in the office's time zone."""
        zone = settings.time_zone(self.lib)
        office = office_time.tzinfo(zone)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Next update due"))
        soon = (dt.datetime.now(office) + dt.timedelta(hours=1)).replace(tzinfo=None)
        edit = QDateTimeEdit(
            QDateTime(QDate(soon.year, soon.month, soon.day), QTime(soon.hour, soon.minute))
        )
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(f"d MMM yyyy HH:mm '{office_time.known(zone)}'")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if not dialog.exec():
            return None
        moment = _python_time(edit.dateTime())
        return moment.replace(tzinfo=office)

    def export_holding(self) -> Any:
        """The case's holding statement in the export dialog (its export stops the clock)."""
        from humasdesk.ui.export_dialog import ExportDialog

        case_id = self.selected_case()
        draft = crisis.holding_draft(self.lib, case_id) if case_id else None
        if draft is None:
            self.status_message.emit(self.tr("This case has no holding statement yet."))
            return None
        dialog = ExportDialog(self.lib, [draft.id], self)
        dialog.setObjectName("exportHoldingDialog")
        dialog.finished.connect(lambda _r: self.refresh_cases(select=case_id))
        dialog.open()
        return dialog

    def edit_holding(self) -> None:
        case_id = self.selected_case()
        draft = crisis.holding_draft(self.lib, case_id) if case_id else None
        if draft is not None:
            self.statement_created.emit(draft.id)

    def situation_update(self) -> None:
        case_id = self.selected_case()
        if case_id is None:
            return
        try:
            draft = crisis.situation_update(self.lib, case_id, translate.current())
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        self.statement_created.emit(draft.id)

    def open_selected_case(self) -> None:
        case_id = self.selected_case()
        if case_id:
            self.open_case_requested.emit(case_id)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _placeholders(statement: Any) -> list[str]:
    """The {placeholders} still in a draft, each once."""
    import re

    text = "\n".join(
        str(getattr(statement, f, "")) for f in ("title", "lead", "body", "about", "contacts")
    )
    return list(dict.fromkeys(re.findall(r"\{[^{}\n]{1,40}\}", text)))


class UpdateReminder(QObject):
    """A red note in the window's status bar while a case's update is overdue (checked at
    start and every half minute); a click opens the crisis desk."""

    def __init__(self, window: QMainWindow, show_desk: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)  # the window owns the reminder, not the reverse
        self.button = QPushButton()
        self.button.setObjectName("overdueUpdates")
        self.button.setFlat(True)
        self.button.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;")
        self.button.setVisible(False)
        self.button.clicked.connect(show_desk)
        window.statusBar().addPermanentWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check_at_start(self) -> None:
        late = self.check()
        window = self._window()
        if late and window is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "CrisisDesk", "{count} cases are waiting for their next update."
                ).format(count=late),
                15_000,
            )

    def check(self) -> int:
        window = self._window()
        lib: Library | None = getattr(window, "lib", None)  # the window's library of the moment
        if lib is None or lib.closed:
            return 0
        late = len(crisis.overdue(lib))
        self.button.setText(
            QCoreApplication.translate("CrisisDesk", "Updates overdue: {count}").format(count=late)
        )
        self.button.setVisible(late > 0)
        return late
