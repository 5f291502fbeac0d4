"""File > Backups…: the library's backups, newest first, and restoring one of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from humasdesk.core.errors import UserError
from humasdesk.paths import backups_dir
from humasdesk.store import backups, maintenance
from humasdesk.store.db import open_library
from humasdesk.ui import app
from humasdesk.ui.errors import show_error

if TYPE_CHECKING:
    from humasdesk.ui.main_window import MainWindow


class BackupsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupsDialog")
        self.window_ = window
        self.items: list[backups.Backup] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_up = QPushButton()
        self.back_up.setObjectName("backUpNow")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.folder = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up)
        buttons.addWidget(self.folder)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.back_up.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.resize(760, 440)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(
            self.tr(
                "HumasDesk checks every backup right after writing it. It backs up every 30 "
                "minutes while you work, when you quit and before every upgrade, and keeps one "
                "per hour for two days, per day for two weeks, per week for two months and per "
                "month for a year."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Made"), self.tr("Size"), self.tr("Contents")]
        )
        self.empty.setText(self.tr("No backups yet."))
        self.back_up.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.folder.setText(self.tr("Show folder"))
        self.close_button.setText(self.tr("Close"))

    def kind_label(self, kind: str) -> str:
        return {
            backups.AUTO: self.tr("automatically"),
            backups.EXIT: self.tr("on quitting"),
            backups.MANUAL: self.tr("by hand"),
            backups.BEFORE_MIGRATION: self.tr("before an upgrade"),
            backups.REPLACED: self.tr("set aside by a restore"),
        }.get(kind, kind)

    def refresh(self) -> None:
        self.items = backups.listing(self.window_.lib.path)
        self.table.setRowCount(len(self.items))
        locale = QLocale()
        for row, item in enumerate(self.items):
            when = locale.toString(  # type: ignore[call-overload]  # PySide takes a datetime
                item.local_time.replace(tzinfo=None), "d MMM yyyy, HH:mm"
            )
            counts = (
                self.tr("{statements} statements, {quotes} quotes, {cases} cases").format(
                    statements=item.counts.get("statements", 0),
                    quotes=item.counts.get("quotes", 0),
                    cases=item.counts.get("cases", 0),
                )
                if item.counts
                else "–"
            )
            size = locale.formattedDataSize(item.size, 1)
            cells = [when, self.kind_label(item.kind), size, counts]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, cell)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.back_up.setEnabled(not self.window_.lib.read_only)

    def selected(self) -> backups.Backup | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.items[min(rows)] if rows else None

    def back_up_now(self) -> None:
        try:
            backups.create(self.window_.lib, backups.MANUAL)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    def show_folder(self) -> None:
        folder = backups_dir(self.window_.lib.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm(self, item: backups.Backup) -> bool:
        when = QLocale().toString(  # type: ignore[call-overload]  # PySide takes a datetime
            item.local_time.replace(tzinfo=None), "d MMM yyyy, HH:mm"
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore backup"), "", parent=self)
        box.setText(
            self.tr(
                "Go back to the backup of {date}?\n\nThe library will be exactly as it was "
                "then; everything changed since will be gone from it. The current library is "
                "not deleted: it is kept in the backups folder (listed here as “set aside by a "
                "restore”), so you can go back to it."
            ).format(date=when)
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmRestore")
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        return app.ask(box) is yes

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None or not self.confirm(item):
            return
        window = self.window_
        path, passphrase = window.lib.path, window.lib.passphrase
        window.finish_list_loads()  # no connection of a list's load may outlive the file
        window.lib.close()
        failure: UserError | None = None
        try:
            maintenance.restore(path, item.path, passphrase)
        except UserError as exc:
            failure = exc
        try:
            reopened = open_library(path, create=False, passphrase=passphrase)
        except UserError as exc:
            show_error(self, exc)
            self.reject()
            window.close()
            return
        window.switch_library(path, reopened)
        if failure is not None:
            show_error(self, failure)
        else:
            window.statusBar().showMessage(self.tr("Backup restored."), 8000)
        self.refresh()
