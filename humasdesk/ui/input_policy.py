"""How inputs take the mouse wheel and the Tab key, for the whole application.

- A wheel over a drop-down, spin box, date field or slider that has no keyboard focus scrolls
  the page around it and never changes (and saves) the value. A click or Tab gives the input
  focus; then the wheel changes it as usual.
- Tab always moves on to the next control: a date field does not walk its day, month and
  year first (Tab seemed stuck in the list's date filters), and a text box moves on instead of
  typing a tab character, which has no place in a statement, a note or an answer.

`install(app)` puts one event filter on the application (the app's setup calls it), so every
window and dialog, present and future, follows the same rules without per-widget code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Inputs whose value a turn of the wheel changes. A scroll bar is a slider too, but it is
# there to be scrolled: it keeps the wheel.
VALUE_INPUTS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_KEY_PRESS = QEvent.Type.KeyPress
_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_NOT_TAB = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def is_value_input(widget: QObject) -> bool:
    return isinstance(widget, VALUE_INPUTS) and not widget.inherits("QScrollBar")


class WheelGuard(QObject):
    """Wheel events over an unfocused value input go to its parent (the page scrolls); such
    inputs take focus by click or Tab, not by wheel (Qt's default for combo and spin boxes
    would focus them on the first turn and change them on the same turn)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            if is_value_input(watched) and not watched.hasFocus():  # type: ignore[attr-defined]
                assert isinstance(watched, QWidget) and isinstance(event, QWheelEvent)
                pass_to_parents(watched, event)
                return True  # the input never sees it
        elif kind == _KEY_PRESS and isinstance(watched, QDateTimeEdit):
            assert isinstance(event, QKeyEvent)
            if event.key() in _TAB_KEYS and not event.modifiers() & _NOT_TAB:
                forward = event.key() == Qt.Key.Key_Tab
                forward = forward and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                move_focus(watched, forward)
                return True
        elif kind == _POLISH:
            if is_value_input(watched):
                assert isinstance(watched, QWidget)
                if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            elif isinstance(watched, QPlainTextEdit | QTextEdit):
                watched.setTabChangesFocus(True)
        return False


def move_focus(widget: QWidget, forward: bool) -> None:
    """Tab's usual step to the next (or previous) control, skipping the widget's own idea of
    Tab: the parents decide, up to the window (which may have its own order)."""
    parent = widget.parentWidget()
    if parent is not None:
        parent.focusNextPrevChild(forward)


def pass_to_parents(widget: QWidget, event: QWheelEvent) -> None:
    """Offers the wheel event to each parent in turn until one takes it (the scroll area
    around the input scrolls). Qt would do this for a real wheel event the input ignores,
    but not for one sent by code, so the rule is the same for both."""
    parent = widget.parentWidget()
    while parent is not None:
        forwarded = QWheelEvent(
            parent.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(parent, forwarded)
        if forwarded.isAccepted() or parent.isWindow():
            break
        parent = parent.parentWidget()
    event.accept()


def install(app: QApplication) -> WheelGuard:
    """Installs the guard on `app` once; returns it (kept alive by the application)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
