"""What a screen reader says for each control, and a safety net for controls that would say
nothing.

`spoken_name(widget)` asks Qt's accessibility layer (what Orca or NVDA read): a button's text,
a field's buddy label, or an explicit `setAccessibleName`. `name_unlabelled(root)` gives the
controls that would still be silent a name from their placeholder or tooltip (both already
translated), and refreshes those names when the language changes; the main window and every
dialog call it after retranslating. Tests use `silent_controls(root)` to find the rest.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
AUTO = "humasdeskAutoName"  # property on widgets whose name we derived


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology announces for `widget` ("" when silent)."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _is_part_of_another(widget: QWidget) -> bool:
    """Pieces Qt builds inside compound controls, named through their owner: a combo box's
    or spin box's line edit, a line edit's clear button, a table's corner button, a tab
    bar's scroll arrows, the scroll bars of any scroll area."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView | QLineEdit
        ):
            return True
        if isinstance(widget, QAbstractSlider) and parent.inherits("QAbstractScrollArea"):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls a user can reach under `root` (visible, not internal)."""
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w for w in found if (w is root or w.isVisibleTo(root)) and not _is_part_of_another(w)]


def silent_controls(root: QWidget) -> list[QWidget]:
    return [w for w in controls(root) if not spoken_name(w)]


def pair_form_labels(root: QWidget) -> None:
    """Makes each form row's label the buddy of its field, so the label names the field
    (and its Alt letter, if any, reaches it)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            text, control = label.widget(), field.widget()
            if isinstance(text, QLabel) and control is not None and text.buddy() is None:
                text.setBuddy(control)


def name_unlabelled(root: QWidget) -> None:
    """Names silent controls from their form label, placeholder text or tooltip (kept
    current)."""
    pair_form_labels(root)
    for widget in [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]:
        derived = bool(widget.property(AUTO))
        if widget.accessibleName() and not derived:
            continue
        if derived:
            widget.setAccessibleName("")
        if spoken_name(widget):
            continue
        placeholder = getattr(widget, "placeholderText", None)
        text = (placeholder() if callable(placeholder) else "") or widget.toolTip()
        text = text.replace("&", "").strip()
        if text:
            widget.setAccessibleName(text)
            widget.setProperty(AUTO, True)
