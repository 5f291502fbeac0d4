"""File > Export…: one statement to a file, or a selection to a folder, in the format the
officer picks; embargoed statements need an explicit tick."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import formats
from humasdesk.core.errors import UserError
from humasdesk.core.records import Statement
from humasdesk.exporting import export, layout
from humasdesk.store import encryption, statements
from humasdesk.store.db import Library
from humasdesk.ui.errors import show_error


class ExportDialog(QDialog):
    def __init__(self, lib: Library, statement_ids: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.lib = lib
        self.items = [statements.get(lib, i) for i in statement_ids]
        self.batch = len(self.items) > 1
        self.written: list[Path] = []
        self.running = False  # a batch export is under way (Cancel then stops it)
        self.stopped = False
        self.setWindowTitle(self.tr("Export statements") if self.batch else self.tr("Export"))
        self.setMinimumWidth(520)
        what = QLabel(
            self.tr("{count} statements, one file each, into a folder.").format(
                count=len(self.items)
            )
            if self.batch
            else f"<b>{self.items[0].title}</b>"
        )
        what.setWordWrap(True)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        names = {
            "docx": self.tr("Word document with letterhead (.docx)"),
            "pdf": self.tr("PDF with letterhead (.pdf)"),
            "md": self.tr("Markdown for the website (.md)"),
            "txt": self.tr("Plain text (.txt)"),
            "whatsapp": self.tr("WhatsApp text (.txt)"),
        }
        for fmt in export.FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.target = QLineEdit()
        self.target.setObjectName("exportTarget")
        self.target.setAccessibleName(self.tr("Save to"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        embargoed = [st for st in self.items if layout.is_embargoed(st)]
        if self.batch:
            warning = self.tr(
                "{count} of these statements are under embargo. Exporting them for "
                "distribution is recorded in the audit log."
            ).format(count=len(embargoed))
        else:
            moment = layout.embargo_moment(self.items[0])
            warning = self.tr(
                "This statement is under embargo until {when}. Exporting it for distribution "
                "is recorded in the audit log."
            ).format(when=_when(moment))
        self.warning = QLabel(warning)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.setVisible(bool(embargoed))
        # An encrypted library's exports are plain files: say so before they are written.
        unencrypted = encryption.export_warning(lib)
        self.encryption_note = QLabel(
            QCoreApplication.translate("errors", unencrypted) if unencrypted else ""
        )
        self.encryption_note.setObjectName("exportNotEncrypted")
        self.encryption_note.setWordWrap(True)
        self.encryption_note.setVisible(bool(unencrypted))
        self.confirm = QCheckBox(self.tr("I confirm the export despite the embargo"))
        self.confirm.setObjectName("confirmEmbargo")
        self.confirm.setVisible(bool(embargoed))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Folder:") if self.batch else self.tr("File:"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        layout_.addWidget(what)
        layout_.addLayout(form)
        layout_.addWidget(self.warning)
        layout_.addWidget(self.encryption_note)
        layout_.addWidget(self.confirm)
        layout_.addStretch(1)
        layout_.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._suggest)
        self._suggest()

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    def _suggest(self) -> None:
        current = Path(self.target.text()) if self.target.text() else Path.home()
        if self.batch:
            if not self.target.text():
                self.target.setText(str(Path.home()))
            return
        folder = current.parent if self.target.text() else current
        name = export.file_stem(self.items[0]) + export.SUFFIX[self.fmt]
        self.target.setText(str(folder / name))

    def browse(self) -> None:
        if self.batch:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Export to folder"), self.target.text()
            )
        else:
            chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Export"), self.target.text())
        if chosen:
            self.target.setText(chosen)

    def run(self) -> None:
        target = Path(self.target.text()).expanduser()
        confirmed = self.confirm.isChecked()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.batch:
                # Cancel stops the run between two files (each is whole or not written).
                self.running, self.stopped = True, False
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                try:
                    self.written = export.export_many(
                        self.lib,
                        [st.id for st in self.items],
                        self.fmt,
                        target,
                        confirmed=confirmed,
                        progress=lambda *_a: QApplication.processEvents(),
                        cancelled=lambda: self.stopped,
                    )
                finally:
                    self.running = False
                    self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            else:
                self.written = [
                    export.write(self.lib, self.items[0], self.fmt, target, confirmed=confirmed)
                ]
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.accept()

    def reject(self) -> None:
        if self.running:
            self.stopped = True  # export_many stops before the next file
            return
        super().reject()


def copy_for_whatsapp(lib: Library, statement: Statement | str) -> str:
    """Puts a statement's WhatsApp text on the clipboard and returns it. Pass the editor's
    current `Statement` to include edits not saved yet, or a saved statement's id."""
    st = statements.get(lib, statement) if isinstance(statement, str) else statement
    text = export.whatsapp_text(lib, st)
    QGuiApplication.clipboard().setText(text)
    return text


def whatsapp_done_message() -> str:
    return QCoreApplication.translate("ExportDialog", "Copied for WhatsApp: paste it into a chat.")


def _when(moment: dt.datetime | None) -> str:
    """ "10 Desember 2026 09:00", in the interface language and the embargo's own time."""
    if moment is None:
        return ""
    language = translate.current()
    return f"{formats.date(moment, language)} {formats.time(moment, language)}"
