"""Print with a preview: the same page as the PDF export, on the officer's printer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from humasdesk.core.records import Statement
from humasdesk.exporting import layout, pdf
from humasdesk.store import statements
from humasdesk.store.db import Library


def preview_dialog(
    lib: Library, statement: Statement | str, parent: QWidget | None = None
) -> QPrintPreviewDialog:
    """A print preview of a statement (the editor's current `Statement`, or a saved id)."""
    st = statements.get(lib, statement) if isinstance(statement, str) else statement
    doc = pdf.document(layout.page(lib, st))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(st.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(
        QCoreApplication.translate("PrintPreview", "Print preview: {title}").format(title=st.title)
    )
    dialog.paintRequested.connect(lambda device: pdf.print_to(doc, device))
    dialog._document = doc  # type: ignore[attr-defined]  # keep it alive with the dialog
    return dialog
