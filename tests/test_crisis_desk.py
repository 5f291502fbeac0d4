"""The crisis desk as an officer uses it when something breaks: a holding statement out in a
few actions, the public's reports grouped, and a reminder when an update is late."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from humasdesk import prefs
from humasdesk.core import playbooks
from humasdesk.store import crisis, intake
from humasdesk.store.db import Library
from humasdesk.ui.crisis_desk import CrisisDeskView, PasteDialog, StartDialog
from humasdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, english, sample_lib: Library) -> MainWindow:
    win = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def desk_of(window: MainWindow, qtbot) -> CrisisDeskView:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    desk = window.stack.currentWidget()
    assert isinstance(desk, CrisisDeskView)
    return desk


def when_modal(kind: type, then) -> None:  # type: ignore[no-untyped-def]
    """Runs `then(dialog)` once a modal dialog of `kind` is up (it blocks the test's call)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            then(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_from_a_playbook_to_an_exported_holding_statement_in_five_actions(
    window: MainWindow, qtbot, user_dirs: Path
):
    desk = desk_of(window, qtbot)
    actions: list[str] = []

    def fill_in(dialog: StartDialog) -> None:
        qtbot.keyClicks(dialog.location, "Kelurahan Kampung Melayu")
        actions.append("type where it happened")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
        actions.append("start and draft")

    flood = next(
        desk.playbooks.item(i)
        for i in range(desk.playbooks.count())
        if desk.playbooks.item(i).text() == "Flood"
    )
    when_modal(StartDialog, fill_in)
    where = desk.playbooks.visualItemRect(flood).center()
    qtbot.mouseClick(desk.playbooks.viewport(), Qt.LeftButton, pos=where)
    qtbot.mouseDClick(desk.playbooks.viewport(), Qt.LeftButton, pos=where)
    actions.insert(0, "double-click the Flood playbook")
    case_id = desk.selected_case()
    assert case_id is not None
    assert desk.cases.item(0, 1).text() == "not out yet"
    qtbot.mouseClick(desk.export_button, Qt.LeftButton)
    actions.append("export holding statement")
    dialog = desk.findChild(QDialog, "exportHoldingDialog")
    assert dialog is not None and dialog.isVisible()
    target = Path(dialog.target.text())
    assert target.parent == user_dirs / "Documents"  # a file suggested: nothing to type
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    actions.append("export")
    assert len(actions) <= 5, actions
    assert target.is_file() and target.suffix == ".docx"
    info = crisis.get(window.lib, case_id)
    assert info is not None and info.minutes_to_holding() is not None
    qtbot.waitUntil(lambda: desk.cases.item(0, 1).text().startswith("out after"))
    draft = crisis.holding_draft(window.lib, case_id)
    assert "Kelurahan Kampung Melayu" in draft.lead


def test_pasted_reports_group_by_rumour_and_a_group_becomes_a_case_in_one_click(
    window: MainWindow, qtbot, monkeypatch
):
    with window.lib.atomic():  # an empty queue (the sample library comes with reports)
        window.lib.execute("DELETE FROM intake_items")
        window.lib.execute("DELETE FROM intake_groups")
    desk = desk_of(window, qtbot)
    padam = "Besok listrik PLN padam total se-Jawa Bali 3 hari untuk pemeliharaan jaringan"

    def paste(dialog: PasteDialog) -> None:
        dialog.text.setPlainText(
            f"{padam}, siapkan lilin!\n---\nInfo: {padam}. Sebarkan!\n---\n"
            "Lowongan kerja PT KAI 2026, daftar lewat link di bio, biaya seragam ditransfer"
        )
        dialog.where.setCurrentText("WhatsApp")
        dialog.accept()

    when_modal(PasteDialog, paste)
    qtbot.mouseClick(desk.paste_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: desk.groups.rowCount() == 2)
    qtbot.waitUntil(lambda: not desk.progress.isVisible())
    assert [desk.groups.item(r, 1).text() for r in range(2)] == ["2", "1"]
    desk.groups.selectRow(0)
    assert desk.items.count() == 2
    assert desk.growth.points and desk.growth.points[-1][1] == 2.0
    monkeypatch.setattr(
        "humasdesk.ui.crisis_desk.QInputDialog.getText",
        lambda *_a, **_k: ("Hoaks pemadaman listrik Jawa-Bali", True),
    )
    desk.groups.itemDoubleClicked.emit(desk.groups.item(0, 0))
    assert desk.groups.item(0, 0).text() == "Hoaks pemadaman listrik Jawa-Bali"
    opened: list[str] = []
    desk.open_case_requested.disconnect()
    desk.open_case_requested.connect(opened.append)
    qtbot.mouseClick(desk.make_case_button, Qt.LeftButton)
    assert len(opened) == 1
    case_title = intake.groups(window.lib)[0]["case_title"]
    assert desk.groups.item(0, 2).text() == case_title == "Hoaks pemadaman listrik Jawa-Bali"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the editor comes to front
def test_a_late_update_shows_at_start_in_the_status_bar_and_in_both_case_lists(
    qtbot, english, sample_lib: Library, resist
):
    case_id, _draft = crisis.start(
        sample_lib, playbooks.find("banjir"), resist, "en", location="Bekasi"
    )
    crisis.set_cadence(sample_lib, case_id, None, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    window = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.update_reminder is not None)
    assert window.update_reminder.button.isVisible()
    assert window.update_reminder.button.text() == "Updates overdue: 1"
    qtbot.mouseClick(window.update_reminder.button, Qt.LeftButton)
    desk = window.stack.currentWidget()
    assert isinstance(desk, CrisisDeskView)
    assert desk.cases.item(0, 2).text().startswith("⚠ late")
    assert desk.cases.item(0, 2).text().endswith(" WIB")  # the office's zone, always named
    assert "open for" in desk.cases.item(0, 0).text()
    window.show_module(2)
    texts = [
        window.cases_view.model.index(r, 6).data()
        for r in range(window.cases_view.model.rowCount())
    ]
    assert any(t and t.startswith("⚠ overdue since") and t.endswith(" WIB") for t in texts), texts
    # A situation update goes to the editor; exporting it would restart the cadence.
    window.show_module(3)
    desk.cases.selectRow(0)
    qtbot.mouseClick(desk.update_button, Qt.LeftButton)
    assert window.stack.currentWidget() is window.statements_view
    assert window.statements_view.editor.base.title == "Situation update: Flood – Bekasi"
