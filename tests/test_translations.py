"""Every string has its Indonesian and English text, the compiled catalogues match their
sources, and Qt's own buttons and menus speak Indonesian too."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

from humasdesk import translate

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
