"""After switching the interface to English nothing stays Indonesian, and the reverse: the
editor's toolbar and status line, its date fields ("8 Dec", not "8 Des"), the template
dialog's list of what is left to fill, and the numbers on the RESIST chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from humasdesk import prefs, translate
from humasdesk.reports import chart
from humasdesk.store.db import Library
from humasdesk.ui.main_window import MainWindow
from humasdesk.ui.templates_dialog import NewFromTemplateDialog


def test_the_editor_follows_a_switch_to_english_toolbar_status_and_dates(
    qtbot, sample_lib: Library
):
    translate.install("id")
    try:
        window = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
        qtbot.addWidget(window)
        window.show()
        embargoed = sample_lib.scalar("SELECT id FROM statements WHERE embargo_at IS NOT NULL")
        window.statements_view.open_statement(embargoed)
        editor = window.statements_view.editor
        assert "Des" in editor.embargo_at.text()

        window.set_language("en")

        assert editor.act_quote.text() == "Insert quote from library…"
        assert editor.source.text() == "Typed in HumasDesk."
        assert " Dec " in editor.embargo_at.text()
        assert "Des" not in editor.date.text()
    finally:
        translate.install("id")


def test_the_template_dialog_names_what_is_left_to_fill_in_words(qtbot, english, lib: Library):
    dialog = NewFromTemplateDialog(lib, language="en")
    qtbot.addWidget(dialog)
    texts = []
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        texts.append(dialog.gaps.text())
        assert "_" not in texts[-1], texts[-1]
    assert any("Next steps" in t and "Details" in t for t in texts)  # {next_steps}, {details}


class RecordingPainter(QPainter):
    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:
        self.texts.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)


def legend(language: str) -> str:
    translate.install(language)
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    series = [chart.Series("Dibagikan", [("2026-12-01", 300.0), ("2026-12-02", 1240.0)])]
    chart.paint(painter, QRectF(0, 0, 600, 300), series)
    painter.end()
    return next(t for t in painter.texts if t.startswith("Dibagikan"))


def test_the_resist_chart_writes_numbers_as_the_interface_language_does(qapp):
    try:
        assert legend("id") == "Dibagikan: 1,2 rb (maks. 1,2 rb)"
        assert legend("en") == "Dibagikan: 1.2k (max 1.2k)"
    finally:
        translate.install("id")
