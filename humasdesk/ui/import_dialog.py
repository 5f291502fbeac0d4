"""Import in the background: a progress bar, a cancel button, and at the end a summary of
what came in, what was already there and what was refused, with the reason for each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import readers
from humasdesk.store import importer
from humasdesk.store.db import Library, open_library
from humasdesk.ui.errors import show_error
from humasdesk.ui.worker import Job, Jobs

FILE_PATTERNS = " ".join(f"*{s}" for s in readers.SUFFIXES)


def import_job(library: Library | Path, paths: list[str]) -> Job:
    """A background job importing `paths`; it opens its own connection to the library (in
    its own thread; from an open `Library` with the same passphrase, for encrypted ones)."""

    def run(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
        opened = (
            library.reopen()
            if isinstance(library, Library)
            else open_library(library, create=False)
        )
        with opened as lib:
            return importer.import_paths(lib, paths, progress, cancelled)

    return Job(run)


class ImportDialog(QDialog):
    """Shows one import run from start to summary; the window behind stays usable."""

    imported = Signal(object)  # the ImportReport, once done

    def __init__(
        self,
        jobs: Jobs,
        library: Library | Path,
        paths: list[str],
        parent: QWidget | None = None,
        *,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import statements"))
        self.setMinimumWidth(560)
        self.status = QLabel(self.tr("Preparing the import…"))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.details = QTreeWidget()
        self.details.setObjectName("importDetails")
        self.details.setAccessibleName(self.tr("What was imported, file by file"))
        self.details.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.details.setRootIsDecorated(False)
        self.details.setColumnWidth(0, 260)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 10)
        layout.addStretch(1)  # keeps the lines together at the top while the list is hidden
        layout.addWidget(self.buttons)
        self.report: importer.ImportReport | None = None
        self.job = import_job(library, paths)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        if start:
            jobs.start(self.job)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if what:
            self.status.setText(
                self.tr("Importing {done} of {total}: {file}").format(
                    done=done + 1, total=total, file=Path(what).name
                )
            )

    def _cancel_or_close(self) -> None:
        if self.report is None:
            self.job.cancel()
            self.status.setText(self.tr("Stopping after the current file…"))
            self.buttons.setEnabled(False)
        else:
            self.reject()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, importer.ImportStopped):
            # What was saved before the library stopped taking more is listed, then why.
            self._finished(exc.report)
            self.status.setText(self.tr("The import stopped."))
            show_error(self, exc)
            return
        self.bar.setRange(0, 1)
        self.status.setText(self.tr("The import stopped."))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
        self.report = importer.ImportReport()
        show_error(self, exc)

    def _finished(self, report: importer.ImportReport) -> None:
        self.report = report
        self.show_summary(report)
        self.imported.emit(report)

    def show_summary(self, report: importer.ImportReport) -> None:
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr("Import cancelled.") if report.cancelled else self.tr("Import finished.")
        )
        self.summary.setText(
            self.tr(
                "<b>{imported}</b> imported ({quotes} quotes found for review), "
                "<b>{duplicates}</b> already in the library, <b>{refused}</b> skipped."
            ).format(
                imported=len(report.imported),
                quotes=sum(i.quotes for i in report.imported),
                duplicates=len(report.duplicates),
                refused=len(report.refused),
            )
        )
        self.summary.show()
        self.details.clear()
        for item in report.imported:
            row = QTreeWidgetItem(
                [item.path, self.tr("Imported: {title}").format(title=item.title)]
            )
            self.details.addTopLevelItem(row)
        for skipped in report.skipped:
            row = QTreeWidgetItem([skipped.path, translate.error_text(skipped.error)])
            row.setToolTip(1, row.text(1))
            self.details.addTopLevelItem(row)
        self.details.setVisible(self.details.topLevelItemCount() > 0)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)


def choose_files(parent: QWidget) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ImportDialog", "Import statements"),
        "",
        QCoreApplication.translate("ImportDialog", "Press releases ({patterns})").format(
            patterns=FILE_PATTERNS
        ),
    )
    return paths


def choose_folder(parent: QWidget) -> list[str]:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ImportDialog", "Import a folder of releases")
    )
    return [folder] if folder else []


def dropped_paths(urls: list[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
