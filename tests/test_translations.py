"""Every string has its Indonesian and English text, the compiled catalogues match their
sources, and Qt's own buttons and menus speak Indonesian too."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

from humasdesk import translate
from humasdesk.ui.screenshots import SCREENS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def i18n():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_no_catalogue_has_unfinished_vanished_or_obsolete_entries(i18n):
    for name in (*i18n.LANGUAGES, *i18n.QT_CATALOGUES):
        assert i18n.unfinished(name) == [], name


def test_the_compiled_catalogues_are_up_to_date(i18n, tmp_path: Path):
    for fresh in i18n.release(tmp_path):
        shipped = ROOT / "humasdesk" / "i18n" / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is stale: run python tools/i18n.py release"
        )


def test_qt_dialog_buttons_and_context_menus_speak_indonesian(qapp):
    translate.install("id")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in buttons.buttons()) == ["Batal", "Simpan"]
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Selesai"
    line = QLineEdit()
    menu = line.createStandardContextMenu()
    assert "&Salin" in [a.text().split("\t")[0] for a in menu.actions()]
    translate.install("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"
    translate.install("id")


def english_sources_with_indonesian_text() -> set[str]:
    """Source texts whose Indonesian differs: seeing one of these in Indonesian is a bug."""
    import xml.etree.ElementTree as ET

    found = set()
    for ts in ("humasdesk_id.ts", "qtbase_id.ts"):
        for message in ET.parse(ROOT / "resources" / "translations" / ts).iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation and translation != source:
                found.add(source)
    return found


def visible_texts(root) -> list[str]:
    """Everything a person reads on `root`: labels, buttons, titles, tabs, menus, headers,
    placeholders, tooltips and accessible names."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QTableView,
        QTabWidget,
        QWidget,
    )

    texts: list[str] = []

    def menu_texts(menu) -> None:
        for action in menu.actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts.append(action.menu().title())
                menu_texts(action.menu())

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            texts += [  # statuses, priorities and other labels the table translates
                str(model.index(r, c).data() or "")
                for r in range(min(model.rowCount(), 20))
                for c in range(model.columnCount())
            ]
        if isinstance(widget, QMainWindow):
            menu_texts(widget.menuBar())
    return [t.split("\t")[0] for t in texts if t]


@pytest.mark.parametrize("screen", [name for name, _ in SCREENS])
def test_no_english_text_is_left_on_any_indonesian_screen(qtbot, sample_lib, screen):
    from humasdesk import prefs
    from humasdesk.ui.main_window import MainWindow

    translate.install("id")
    english = english_sources_with_indonesian_text() - NOT_TRANSLATED  # endonyms stay
    window = MainWindow(sample_lib, prefs.Prefs(language="id"), persist=False)
    qtbot.addWidget(window)
    window.show()
    widget = dict(SCREENS)[screen](window)
    left = sorted({t for t in visible_texts(widget) if t in english})
    assert left == [], f"{screen} shows English text in Indonesian"
    if widget is not window:
        widget.close()


# Qt calls that put text on screen; a bare string literal there was never marked for translation.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setTabText",
    "addTab",
    "addAction",
    "addMenu",
    "setItemText",
    "addItem",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHeaderLabels",
    "QLabel",
    "QPushButton",
    "QAction",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
}
# Names that read the same in every language.
NOT_TRANSLATED = {"Bahasa Indonesia", "English", "HumasDesk"}


def bare_strings(path: Path) -> list[str]:
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name not in TEXT_SETTERS:
            continue
        for arg in node.args:
            if (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and any(c.isalpha() for c in arg.value)
                and arg.value not in NOT_TRANSLATED
            ):
                found.append(f"{path.name}:{node.lineno} {name}({arg.value!r})")
    return found


def test_every_text_put_on_screen_is_marked_for_translation():
    ui = ROOT / "humasdesk" / "ui"
    # The screenshots fill sample data (a claim, a search) into screens: data, not UI text.
    paths = [p for p in sorted(ui.rglob("*.py")) if p.name != "screenshots.py"]
    found = [hit for path in paths for hit in bare_strings(path)]
    assert found == [], "wrap these in self.tr() or QCoreApplication.translate()"


def test_the_checker_catches_a_bare_string(tmp_path: Path):
    sample = tmp_path / "view.py"
    sample.write_text('button.setText("Save")\nlabel = QLabel(self.tr("Name"))\n')
    assert bare_strings(sample) == ["view.py:1 setText('Save')"]
