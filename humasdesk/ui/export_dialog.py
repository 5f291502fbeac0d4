"""File > Export… (Ctrl+E): the statement in the editor, as typed, or the ones selected in
the list, to a file or a folder in the format the officer picks; embargoed statements need an
explicit tick. It asks before replacing a file, remembers the last format and folder
(Documents at first) and says where the files went, with a button to open the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humasdesk import prefs, translate
from humasdesk.core import office_time
from humasdesk.core.errors import UserError
from humasdesk.core.records import Statement
from humasdesk.exporting import export, layout
from humasdesk.store import crisis, encryption, settings, statements
from humasdesk.store.db import Library
from humasdesk.ui.errors import show_error


def export_folder(user_prefs: prefs.Prefs | None = None) -> Path:
    """Where exports and reports go: the last folder used, else the user's Documents."""
    user_prefs = user_prefs or prefs.load()
    last = Path(user_prefs.export_folder) if user_prefs.export_folder else None
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(folder: Path) -> None:
    """Keeps `folder` for the next export or report (a report saved outside the dialog)."""
    user_prefs = prefs.load()
    user_prefs.export_folder = str(folder)
    prefs.save(user_prefs)


class ExportDialog(QDialog):
    """`items`: statement ids, or a `Statement` as the editor holds it (saved or not).

    `user_prefs`: the window's preferences, where the last format and folder are kept (the
    window saves them); without them the dialog reads and saves the user's own."""

    def __init__(
        self,
        lib: Library,
        items: list[str] | list[Statement],
        parent: QWidget | None = None,
        user_prefs: prefs.Prefs | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.lib = lib
        self.user_prefs = user_prefs or prefs.load()
        self._save_prefs = user_prefs is None
        self.items = [i if isinstance(i, Statement) else statements.get(lib, i) for i in items]
        self.batch = len(self.items) > 1
        self.written: list[Path] = []
        self.done_box: QMessageBox | None = None
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
        self.format.setCurrentIndex(max(0, self.format.findData(self.user_prefs.export_format)))
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
            zone = settings.time_zone(lib)
            when = office_time.describe(self.items[0].embargo_at, zone, translate.current())
            warning = self.tr(
                "This statement is under embargo until {when}. Exporting it for distribution "
                "is recorded in the audit log."
            ).format(when=when)
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
        current = Path(self.target.text()) if self.target.text() else export_folder(self.user_prefs)
        if self.batch:
            if not self.target.text():
                self.target.setText(str(current))
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

    def _replacing(self, target: Path) -> list[Path]:
        """The files this export would write over."""
        if not self.batch:
            return [target] if target.is_file() else []
        names = export.file_names(self.items, self.fmt)
        return [target / name for name in names if (target / name).is_file()]

    def _may_replace(self, target: Path) -> bool:
        existing = self._replacing(target)
        if not existing:
            return True
        if len(existing) == 1:
            question = self.tr("“{name}” already exists in {folder}. Replace it?").format(
                name=existing[0].name, folder=existing[0].parent
            )
        else:
            question = self.tr("{count} of these files already exist in {folder}. Replace them?")
            question = question.format(count=len(existing), folder=target)
        answer = QMessageBox.question(
            self,
            self.tr("Replace files"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def run(self) -> None:
        target = Path(self.target.text()).expanduser()
        if not self._may_replace(target):
            return
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
        self.user_prefs.export_format = self.fmt
        self.user_prefs.export_folder = str(target if self.batch else target.parent)
        if self._save_prefs:
            prefs.save(self.user_prefs)
        self.accept()
        self.done_box = self._say_where()

    def _say_where(self) -> QMessageBox:
        """Says where the files went, with a button to open their folder (not waited for)."""
        folder = self.written[0].parent if self.written else Path(self.target.text())
        box = QMessageBox(self.parentWidget())
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        if len(self.written) == 1:
            box.setText(self.tr("Saved as {path}").format(path=self.written[0]))
        else:
            box.setText(
                self.tr("{count} files saved in {folder}").format(
                    count=len(self.written), folder=folder
                )
            )
        opener = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        opener.setObjectName("openFolder")
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

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
    crisis.record_export(lib, st)
    return text


def whatsapp_done_message() -> str:
    return QCoreApplication.translate("ExportDialog", "Copied for WhatsApp: paste it into a chat.")
