"""Edit > Preferences: the interface language (this computer) and, for the open library, the
office's letterhead details, the backup policy and the office numbering pattern.

Library settings go through `store.settings` in one transaction; nothing is written until
the officer presses OK, and a pattern that cannot be used is explained, not saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import numbering, office_time
from humasdesk.core.errors import UserError
from humasdesk.store import settings
from humasdesk.store.db import Library
from humasdesk.ui.errors import show_error


def _page() -> tuple[QWidget, QFormLayout]:
    """A tab page: a form at the top, empty space below."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


def _row(form: QFormLayout, field: QWidget) -> None:
    """A labelled row; the label's mnemonic (Alt+letter) focuses the field."""
    label = QLabel()
    label.setBuddy(field)
    form.addRow(label, field)


def _plain(label: str) -> str:
    """A form label as an accessible name: "Office &name:" -> "Office name"."""
    return label.replace("&", "").rstrip(": ")


class PreferencesDialog(QDialog):
    def __init__(self, lib: Library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.lib = lib
        self.chosen_language = language
        current = settings.values(lib)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")

        # General
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in translate.LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(translate.LANGUAGES.index(language))
        self.general_note = QLabel()
        self.general_note.setWordWrap(True)
        general, self.general_form = _page()
        _row(self.general_form, self.language)
        self.general_form.addRow(self.general_note)
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZone")
        for zone in office_time.ZONES:
            self.time_zone.addItem("", zone)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(settings.time_zone(lib))))
        self.time_zone_note = QLabel()
        self.time_zone_note.setWordWrap(True)
        _row(self.general_form, self.time_zone)
        self.general_form.addRow(self.time_zone_note)

        # Letterhead
        self.office: dict[str, QLineEdit | QPlainTextEdit] = {}
        letterhead, self.letterhead_form = _page()
        self.letterhead_note = QLabel()
        self.letterhead_note.setWordWrap(True)
        self.letterhead_form.addRow(self.letterhead_note)
        for key in settings.OFFICE_FIELDS.values():
            field: QLineEdit | QPlainTextEdit
            if key in ("office.address", "office.about"):
                field = QPlainTextEdit(current[key])
                field.setTabChangesFocus(True)
                field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 12)
            else:
                field = QLineEdit(current[key])
            field.setObjectName(key)
            self.office[key] = field
            _row(self.letterhead_form, field)

        # Backups
        backups, self.backup_form = _page()
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backup_form.addRow(self.backup_note)
        self.backup_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.backup: dict[str, QSpinBox] = {}
        for key in settings.BACKUP_KEYS:
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(0, 10_000 if key == "backup.interval_minutes" else 999)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0" * 14))
            spin.setValue(settings.get_int(lib, key))
            self.backup[key] = spin
            _row(self.backup_form, spin)

        # Numbering
        numbering, self.numbering_form = _page()
        self.numbering_note = QLabel()
        self.numbering_note.setWordWrap(True)
        self.pattern = QLineEdit(current[settings.NUMBERING_PATTERN])
        self.pattern.setObjectName("numberingPattern")
        self.preview = QLabel()
        self.preview.setObjectName("numberingPreview")
        self.preview.setTextInteractionFlags(self.preview.textInteractionFlags())
        self.numbering_form.addRow(self.numbering_note)
        _row(self.numbering_form, self.pattern)
        _row(self.numbering_form, self.preview)
        self.pattern.textChanged.connect(self.update_preview)
        self.office["office.short_name"].textChanged.connect(self.update_preview)

        self.tab_pages = [general, letterhead, backups, numbering]
        for page in self.tab_pages:
            self.tabs.addTab(page, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(620, 520)

    def _label(self, form: QFormLayout, field: QWidget, text: str) -> None:
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(text)
        field.setAccessibleName(_plain(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        names = [
            self.tr("General"),
            self.tr("Letterhead"),
            self.tr("Backups"),
            self.tr("Numbering"),
        ]
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        self.language.setItemText(0, "Bahasa Indonesia")
        self.language.setItemText(1, "English")
        self._label(self.general_form, self.language, self.tr("Interface &language:"))
        zones = {
            "WIB": self.tr("WIB: Western Indonesia (UTC+7)"),
            "WITA": self.tr("WITA: Central Indonesia (UTC+8)"),
            "WIT": self.tr("WIT: Eastern Indonesia (UTC+9)"),
        }
        for i, zone in enumerate(office_time.ZONES):
            self.time_zone.setItemText(i, zones[zone])
        self._label(self.general_form, self.time_zone, self.tr("Office &time zone:"))
        self.time_zone_note.setText(
            self.tr(
                "Embargo times are typed, listed and exported in this zone, with its name. "
                "Saved in this library, for everyone who opens it."
            )
        )
        self.general_note.setText(
            self.tr(
                "The language of menus and messages on this computer. It changes as soon as "
                "you press OK."
            )
        )
        self.letterhead_note.setText(
            self.tr(
                "Printed at the top of statements and filled into templates. Saved in this "
                "library, so everyone who opens it uses the same details."
            )
        )
        office_labels = {
            "office.name": self.tr("Office &name:"),
            "office.short_name": self.tr("&Short name:"),
            "office.address": self.tr("&Address:"),
            "office.city": self.tr("&City:"),
            "office.website": self.tr("&Website:"),
            "office.contact_name": self.tr("Contact &person:"),
            "office.contact_role": self.tr("Contact's &role:"),
            "office.contact_phone": self.tr("Contact's p&hone:"),
            "office.contact_email": self.tr("Contact's &e-mail:"),
            "office.about": self.tr("A&bout the office:"),
            "office.report_channel": self.tr("Hoa&x reports to:"),
        }
        for key, text in office_labels.items():
            self._label(self.letterhead_form, self.office[key], text)
        self.office["office.name"].setPlaceholderText(
            self.tr("e.g. Dinas Komunikasi dan Informatika Provinsi Nusa Raya")
        )
        self.office["office.short_name"].setPlaceholderText(self.tr("e.g. Diskominfo Nusa Raya"))
        self.backup_note.setText(
            self.tr(
                "HumasDesk copies the library beside it while you work and thins out old "
                "copies: it keeps the newest of each hour, day, week and month, as many as "
                "you choose here. 0 turns a kind off."
            )
        )
        backup_labels = {
            "backup.interval_minutes": self.tr("&Back up every:"),
            "backup.keep_hourly": self.tr("Keep &hourly copies:"),
            "backup.keep_daily": self.tr("Keep &daily copies:"),
            "backup.keep_weekly": self.tr("Keep &weekly copies:"),
            "backup.keep_monthly": self.tr("Keep &monthly copies:"),
        }
        for key, text in backup_labels.items():
            self._label(self.backup_form, self.backup[key], text)
        self.backup["backup.interval_minutes"].setSuffix(self.tr(" minutes"))
        self.backup["backup.interval_minutes"].setSpecialValueText(self.tr("Never"))
        self.numbering_note.setText(
            self.tr(
                "How the office numbers its statements. {n} is the running number ({n:03d} "
                "pads it to three digits), {month_roman} the month in Roman numerals, "
                "{month} and {year} the month and year, {office_short} the short name."
            )
        )
        self._label(self.numbering_form, self.pattern, self.tr("&Pattern:"))
        self._label(self.numbering_form, self.preview, self.tr("Example:"))
        self.update_preview()

    def update_preview(self) -> None:
        short = self._text(self.office["office.short_name"]) or "HUMAS"
        try:
            sample = numbering.format_number(
                self.pattern.text(), 7, "2024-03-08", office_short=short
            )
        except ValueError as exc:
            self.preview.setText(
                self.tr("Cannot be used: {detail}").format(detail=translate.problem_text(str(exc)))
            )
            self.preview.setAccessibleDescription(self.preview.text())
            return
        self.preview.setText(sample)
        self.preview.setAccessibleDescription(sample)

    @staticmethod
    def _text(field: QLineEdit | QPlainTextEdit) -> str:
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def changes(self) -> dict[str, str]:
        """The library settings as the dialog shows them."""
        values = {key: self._text(field) for key, field in self.office.items()}
        values.update({key: str(spin.value()) for key, spin in self.backup.items()})
        values[settings.NUMBERING_PATTERN] = self.pattern.text()
        values[settings.TIME_ZONE] = str(self.time_zone.currentData())
        return values

    def accept(self) -> None:
        try:
            settings.check_pattern(self.pattern.text())
        except UserError as exc:
            self.tabs.setCurrentIndex(3)
            self.pattern.setFocus()
            show_error(self, exc)
            return
        try:
            settings.save(self.lib, self.changes())
        except UserError as exc:
            show_error(self, exc)
            return
        self.chosen_language = str(self.language.currentData())
        super().accept()
