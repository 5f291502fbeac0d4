"""In the RESIST wizard, an officer adds a key message by typing a few words and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from humasdesk.store.db import Library
from humasdesk.ui.wizard.pickers import PickerDialog


def test_typing_a_filter_then_enter_adds_the_first_quote_left(qtbot, english, sample_lib: Library):
    dialog = PickerDialog(sample_lib, "quote")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.filter.setFocus()
    qtbot.keyClicks(dialog.filter, "keselamatan")
    first = dialog.list.item(0).data(Qt.ItemDataRole.UserRole)
    assert dialog.list.count() >= 1

    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == [first]
