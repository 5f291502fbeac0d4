"""Every job by keyboard alone, every control named for screen readers, and a window that
follows the system's dark palette and large fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from humasdesk import prefs, translate
from humasdesk.store.db import Library, open_library
from humasdesk.ui import accessibility
from humasdesk.ui.main_window import MainWindow
from humasdesk.ui.preferences import PreferencesDialog
from humasdesk.ui.screenshots import SCREENS


@pytest.fixture
def indonesian(qapp):
    translate.install("id")


def active(qtbot, window: QWidget) -> QWidget:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def window(qtbot, indonesian, sample_lib: Library) -> MainWindow:
    win = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
    qtbot.addWidget(win)
    active(qtbot, win)
    return win


def test_ctrl_1_2_3_switch_modules_from_the_keyboard(window: MainWindow, qtbot):
    for key, view in (
        (Qt.Key.Key_2, window.quotes_view),
        (Qt.Key.Key_3, window.cases_view),
        (Qt.Key.Key_1, window.statements_view),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is view


def test_arrow_keys_in_the_module_list_and_tab_into_the_records(window: MainWindow, qtbot):
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.quotes_view
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.quotes_view.table


# The offscreen platform cannot raise popups or grab the keyboard; real desktops can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_menus_open_with_alt_and_their_letter(window: MainWindow, qtbot):
    titles = [a.text() for a in window.menuBar().actions()]
    letters = [t[t.index("&") + 1].lower() for t in titles]
    assert len(set(letters)) == len(letters), f"two menus share a mnemonic: {titles}"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tampilan
    qtbot.waitUntil(window.menu_view.isVisible)
    qtbot.keyClick(window.menu_view, Qt.Key.Key_Down)
    qtbot.keyClick(window.menu_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.menu_view.isVisible())
    assert window.stack.currentWidget() is window.quotes_view


def test_the_sample_offer_is_reached_with_tab_and_taken_with_space(
    qtbot, indonesian, library_path: Path
):
    with open_library(library_path) as lib:
        win = MainWindow(lib, prefs.Prefs(language="id"), persist=False)
        qtbot.addWidget(win)
        active(qtbot, win)
        win.nav.setFocus()
        qtbot.keyClick(win.nav, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is win.banner.fill
        qtbot.keyClick(win.banner.fill, Qt.Key.Key_Space)
        assert not win.banner.isVisible()
        assert win.statements_view.model.rowCount() >= 12


def test_preferences_are_filled_in_with_the_keyboard_alone(window: MainWindow, qtbot):
    steps = []

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            focus = QApplication.focusWidget()
            qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            steps.append(dialog.tabs.currentIndex())
            qtbot.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier
            )
            field = QApplication.focusWidget()
            steps.append(field is dialog.office["office.name"])
            qtbot.keyClicks(field, "Diskominfo Nusa Raya")
            qtbot.keyClick(field, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    assert steps == [1, True]  # Ctrl+Tab went to the letterhead tab, Alt+N to the name
    assert window.lib.get_setting("office.name") == "Diskominfo Nusa Raya"


@pytest.mark.parametrize("name", [name for name, _ in SCREENS])
def test_every_control_on_every_screen_has_a_name_for_screen_readers(
    qtbot, indonesian, sample_lib: Library, name: str
):
    win = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
    qtbot.addWidget(win)
    win.show()
    prepare = dict(SCREENS)[name]
    widget = prepare(win)
    accessibility.name_unlabelled(widget)
    assert accessibility.controls(widget), f"{name}: no controls found to check"
    silent = [
        f"{type(w).__name__} {w.objectName() or '(no objectName)'}"
        for w in accessibility.silent_controls(widget)
    ]
    assert silent == [], f"{name}: controls a screen reader cannot name"
    if widget is not win:
        widget.close()


def test_every_menu_command_has_a_label(window: MainWindow):
    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())
            elif not action.isSeparator():
                yield action

    for action in walk(window.menuBar()):
        assert action.text().strip(), action.objectName()


def test_the_window_follows_a_dark_system_palette(qtbot, indonesian, library_path: Path):
    app = QApplication.instance()
    original = app.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, QColor(37, 37, 38)),
        (QPalette.ColorRole.Base, QColor(30, 30, 30)),
        (QPalette.ColorRole.AlternateBase, QColor(45, 45, 48)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
        (QPalette.ColorRole.Text, QColor(230, 230, 230)),
        (QPalette.ColorRole.Button, QColor(50, 50, 52)),
        (QPalette.ColorRole.ButtonText, QColor(230, 230, 230)),
    ):
        dark.setColor(role, colour)
    app.setPalette(dark)
    try:
        with open_library(library_path) as lib:
            win = MainWindow(lib, prefs.Prefs(language="id"), persist=False)
            qtbot.addWidget(win)
            win.show()
            qtbot.waitExposed(win)
            image = win.banner.grab().toImage()
            corner = QColor(image.pixel(image.width() // 2, 3))
            assert corner.lightnessF() < 0.4, "the sample banner ignores the dark palette"
            text = win.banner.text.palette().color(QPalette.ColorRole.WindowText)
            assert text.lightnessF() > 0.6
    finally:
        app.setPalette(original)


def test_large_system_fonts_widen_the_module_list(qtbot, indonesian, sample_lib: Library):
    app = QApplication.instance()
    original = app.font()
    big = app.font()
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        win = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
        qtbot.addWidget(win)
        widest = max(
            win.nav.fontMetrics().horizontalAdvance(win.nav.item(i).text())
            for i in range(win.nav.count())
        )
        assert win.nav.width() > widest
        assert win.nav.item(0).sizeHint().height() >= win.nav.fontMetrics().height()
    finally:
        app.setFont(original)


def test_an_icon_button_is_silent_until_it_has_a_tooltip_or_name(qtbot, indonesian):
    from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout

    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    button, search = QToolButton(), QLineEdit()
    layout.addWidget(button)
    layout.addWidget(search)
    assert set(accessibility.silent_controls(panel)) == {button, search}
    button.setToolTip("Cari")
    search.setPlaceholderText("Cari kutipan…")
    accessibility.name_unlabelled(panel)
    assert accessibility.silent_controls(panel) == []
    assert search.accessibleName() == "Cari kutipan…"
    search.setPlaceholderText("Search quotes…")  # the language changed
    accessibility.name_unlabelled(panel)
    assert search.accessibleName() == "Search quotes…"


def test_ctrl_f_goes_to_the_search_field_of_every_module(window: MainWindow, qtbot):
    fields = [
        window.statements_view.search_box,
        window.quotes_view.filter_bar.search,
        window.cases_view.search,
    ]
    for index, field in enumerate(fields):
        window.show_module(index)
        window.stack.currentWidget().setFocus()
        assert window.act_find.isEnabled()
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
        )
        assert QApplication.focusWidget() is field
    page = QWidget()  # a page without a search field: Find is greyed out, nothing happens
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    assert not window.act_find.isEnabled()


def test_ctrl_f_in_the_statement_editor_goes_back_to_the_list_search(window: MainWindow, qtbot):
    window.statements_view.new_statement()
    editor = window.statements_view.editor
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.statements_view.search_box


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_two_commands_in_a_menu_share_an_alt_letter(qtbot, sample_lib: Library, language):
    translate.install(language)
    win = MainWindow(sample_lib, prefs.Prefs(language=language), persist=False)
    qtbot.addWidget(win)
    menus = [win.menuBar(), *(a.menu() for a in win.menuBar().actions())]
    menus += [a.menu() for m in menus[1:] for a in m.actions() if a.menu() is not None]
    for menu in menus:
        texts = [a.text() for a in menu.actions() if "&" in a.text()]
        letters = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(letters)) == len(letters), f"{language}: {texts}"
    translate.install("id")


def test_the_window_names_its_silent_controls_right_after_it_is_first_drawn(
    qtbot, indonesian, sample_lib: Library
):
    win = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: accessibility.silent_controls(win) == [])
    win.show_module(1)  # a module page built later is named too
    qtbot.waitUntil(lambda: accessibility.silent_controls(win) == [])
    assert accessibility.controls(win.quotes_view)
