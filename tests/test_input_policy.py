"""The mouse wheel over a drop-down, spin box or date field that the officer has not clicked
scrolls the page: scrolling through a RESIST step never changes (and saves) an answer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core import checklist
from humasdesk.paths import resources_dir
from humasdesk.store import cases
from humasdesk.store.db import Library
from humasdesk.ui.app import application
from humasdesk.ui.cases_view import CasesView


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the wheel over the middle of `widget` (down for a negative count)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_a_resist_step_over_a_drop_down_scrolls_and_keeps_the_answer(
    qtbot, english, sample_lib: Library
):
    application()  # the app's setup, as the window starts
    view = CasesView(sample_lib)
    qtbot.addWidget(view)
    view.show()
    edition = checklist.load(resources_dir() / "checklists" / "resist.json")
    wizard = view.start_case("Hoaks bansos", "Pesan berantai soal bansos.", edition)
    assert wizard is not None
    wizard.resize(900, 420)  # a short window: the step scrolls
    page = next(p for p in wizard.step_pages if p.findChildren(QComboBox))
    wizard.setCurrentId(wizard.pageIds()[wizard.step_pages.index(page)])
    qtbot.waitUntil(page.isVisible)
    combo = next(c for c in page.findChildren(QComboBox) if c.isVisible())
    combo.setCurrentIndex(1)
    answer = combo.currentData()
    page.flush()
    page.scroll_area.ensureWidgetVisible(combo)
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    page.setFocus()
    assert not combo.hasFocus()

    turn_wheel(combo, -1)

    assert combo.currentData() == answer
    assert bar.value() != before  # the page scrolled instead
    page.flush()
    saved = cases.answers(wizard.lib, wizard.case_id).get(combo.objectName())
    assert saved == answer


def test_every_value_input_keeps_its_value_under_the_wheel_until_focused(qtbot):
    application()
    page = QWidget()
    layout = QVBoxLayout(page)
    combo, spin, date, slider = QComboBox(), QSpinBox(), QDateEdit(), QSlider()
    combo.addItems(["satu", "dua", "tiga"])
    spin.setValue(5)
    slider.setValue(50)
    inputs = [combo, spin, date, slider]
    for widget in inputs:
        layout.addWidget(widget)
    for _ in range(30):
        layout.addWidget(QSpinBox())  # a long page
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.resize(300, 200)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    values = [combo.currentIndex(), spin.value(), date.date(), slider.value()]
    for widget in inputs:
        # Qt's default lets the first turn of the wheel focus a drop-down and change it.
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
        scroll.verticalScrollBar().setValue(0)
        turn_wheel(widget, -1)
        assert scroll.verticalScrollBar().value() > 0
    assert [combo.currentIndex(), spin.value(), date.date(), slider.value()] == values

    spin.setFocus()  # clicked or tabbed into: the wheel is its own again
    scroll.activateWindow()
    qtbot.waitUntil(spin.hasFocus)
    turn_wheel(spin, 1)
    assert spin.value() == 6
