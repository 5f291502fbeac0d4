"""Preferences and About, as an officer sets up the office's letterhead and numbering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from humasdesk import prefs, translate
from humasdesk.core import templates
from humasdesk.paths import resources_dir
from humasdesk.store import settings
from humasdesk.store.db import Library
from humasdesk.ui.about import AboutDialog, licences, versions_text
from humasdesk.ui.main_window import MainWindow
from humasdesk.ui.preferences import PreferencesDialog


@pytest.fixture
def indonesian(qapp):
    translate.install("id")


@pytest.fixture
def english(qapp):
    translate.install("en")
    yield
    translate.install("id")


def test_letterhead_details_are_saved_in_the_library_and_fill_templates(qtbot, lib: Library):
    dialog = PreferencesDialog(lib, "id")
    qtbot.addWidget(dialog)
    dialog.office["office.name"].setText("Dinas Kominfo Provinsi Nusa Raya")
    dialog.office["office.short_name"].setText("Diskominfo NR")
    dialog.office["office.city"].setText("Kota Lestari")
    dialog.backup["backup.keep_daily"].setValue(30)
    dialog.pattern.setText("No. {n:03d}/HM/{office_short}/{month_roman}/{year}")
    assert dialog.preview.text() == "No. 007/HM/Diskominfo NR/III/2024"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert lib.get_setting("office.name") == "Dinas Kominfo Provinsi Nusa Raya"
    assert settings.get_int(lib, "backup.keep_daily") == 30
    assert settings.get(lib, "numbering.pattern").startswith("No. {n:03d}/HM/")
    builtin = templates.load_builtin(resources_dir() / "templates")
    press = next(t for t in builtin if t.id == "press-id")
    letterhead = templates.fill_text(press.letterhead, settings.office_values(lib))
    assert letterhead.startswith("Dinas Kominfo Provinsi Nusa Raya\n")


def test_a_broken_numbering_pattern_is_explained_and_nothing_is_saved(
    qtbot, indonesian, lib: Library
):
    dialog = PreferencesDialog(lib, "id")
    qtbot.addWidget(dialog)
    dialog.office["office.name"].setText("Kantor Baru")
    dialog.pattern.setText("No. {nomor}/{year}")
    assert dialog.preview.text().startswith("Tidak dapat dipakai")
    seen = []

    def close_message():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(0, close_message)
    dialog.accept()
    assert seen and "Pola penomoran" in seen[0]
    assert dialog.tabs.currentIndex() == 3
    assert lib.get_setting("office.name") == ""
    assert lib.get_setting("numbering.pattern") == ""


def test_backup_policy_keys_have_defaults_the_backup_job_can_read(lib: Library):
    assert settings.get_int(lib, "backup.interval_minutes") > 0
    assert all(settings.get_int(lib, key) >= 0 for key in settings.BACKUP_KEYS)
    with pytest.raises(Exception, match="whole number"):
        settings.save(lib, {"backup.keep_daily": "lots"})


def test_choosing_english_in_preferences_switches_the_window(qtbot, english, sample_lib):
    window = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def choose_indonesian():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(0)
        dialog.accept()

    QTimer.singleShot(0, choose_indonesian)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    assert window.nav.item(0).text() == "Siaran Pers"
    assert window.prefs.language == "id"


def test_about_names_the_versions_and_the_licences_of_bundled_parts(qtbot, english):
    dialog = AboutDialog(library="kantor.humasdesk")
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    for part in ("Python", "Qt", "PySide6", "SQLite", "hunspell-id", "python-docx"):
        assert part in text
    assert "GPL-3.0-or-later" in text and "LGPL-3.0" in text
    assert dict((n, lic) for n, _, lic in licences())["python-docx"] == "MIT"
    dialog.copy.click()
    assert QApplication.clipboard().text() == versions_text()
    assert "SQLite:" in versions_text()


def test_office_details_live_in_one_place_for_every_screen_and_draft(qtbot, lib: Library):
    from humasdesk.core.records import Statement
    from humasdesk.store import statements
    from humasdesk.store import templates as template_store
    from humasdesk.ui.templates_dialog import TemplatesDialog

    dialog = PreferencesDialog(lib, "id")
    qtbot.addWidget(dialog)
    dialog.office["office.name"].setText("Dinas Kominfo Provinsi Nusa Raya")
    dialog.office["office.short_name"].setText("Diskominfo NR")
    dialog.accept()
    office = TemplatesDialog(lib)
    qtbot.addWidget(office)
    assert office.office_fields["office"].text() == "Dinas Kominfo Provinsi Nusa Raya"
    office.office_fields["website"].setText("nusaraya.go.id")
    office.save_office()
    again = PreferencesDialog(lib, "id")
    qtbot.addWidget(again)
    assert again.office["office.website"].text() == "nusaraya.go.id"
    draft = template_store.new_statement(lib, "press-id")
    assert "Diskominfo NR" in draft.lead + draft.about + draft.contacts + draft.body
    from humasdesk.exporting import layout

    saved = statements.save(lib, Statement(title="Uji", language="id"))
    assert layout.page(lib, saved).letterhead.startswith("Dinas Kominfo Provinsi Nusa Raya")
