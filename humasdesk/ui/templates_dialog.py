"""Templates: "new from template" (press statement, hoax clarification, holding statement, in
Indonesian or English) and the office's own copies of them, with its letterhead, its details
and its numbering pattern."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core import numbering
from humasdesk.core.errors import UserError
from humasdesk.core.records import Statement
from humasdesk.core.templates import FILLABLE, Template
from humasdesk.store import settings, statements
from humasdesk.store import templates as template_store
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.errors import show_error


def kind_name(kind: str) -> str:
    return {
        "press": QCoreApplication.translate("templates", "Press statement"),
        "clarification": QCoreApplication.translate("templates", "Hoax clarification"),
        "holding": QCoreApplication.translate("templates", "Holding statement"),
    }.get(kind, kind)


def kind_hint(kind: str) -> str:
    return {
        "press": QCoreApplication.translate(
            "templates", "The house format for announcing a programme, a decision or an event."
        ),
        "clarification": QCoreApplication.translate(
            "templates", "Answers a hoax: the claim, the facts, and where to check them."
        ),
        "holding": QCoreApplication.translate(
            "templates",
            "A first word in a crisis, while facts are checked: what is known, what is done, "
            "when more will follow.",
        ),
    }.get(kind, "")


def preview_markdown(st: Statement) -> str:
    """The draft as it will read: the body's Markdown shown formatted (preview only)."""
    parts = [f"## {st.title}"]
    if st.subtitle:
        parts.append(f"*{st.subtitle}*")
    parts += [f"**{st.lead}**", st.body, st.about, st.contacts]
    return "\n\n".join(p for p in parts if p.strip())


class NewFromTemplateDialog(QDialog):
    """Chooses a template; `draft()` is the new statement, filled with the office details."""

    def __init__(self, lib: Library, parent: QWidget | None = None, language: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("newFromTemplate")
        self.lib = lib
        self.templates = template_store.all_templates(lib)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setSpacing(2)
        for t in self.templates:
            item = QListWidgetItem(f"{kind_name(t.kind)} · {labels.language(t.language)}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setToolTip(kind_hint(t.kind))
            self.list.addItem(item)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit templates and office details…"))
        self.edit_button.clicked.connect(self._edit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Choose a template:")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.edit_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.gaps)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create draft"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New statement from a template"))
        self.resize(940, 600)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        wanted = next((i for i, t in enumerate(self.templates) if t.language == language), 0)
        self.list.setCurrentRow(wanted)

    def template(self) -> Template | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.id == wanted), None)

    def select(self, template_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)

    def draft(self) -> Statement | None:
        t = self.template()
        return None if t is None else template_store.new_statement(self.lib, t.id)

    def _show(self) -> None:
        t = self.template()
        if t is None:
            return
        self.hint.setText(f"<b>{escape(t.name)}</b> — {escape(kind_hint(t.kind))}")
        st = template_store.new_statement(self.lib, t.id)
        self.preview.setMarkdown(preview_markdown(st))
        import re

        gaps = sorted(
            set(re.findall(r"\{([A-Za-z_]\w*)\}", " ".join(getattr(st, f) for f in FILLABLE)))
        )
        self.gaps.setText(
            self.tr("Left for you to fill (marked in yellow in the editor): {names}").format(
                names=", ".join(labels.placeholder(name) for name in gaps)
            )
            if gaps
            else ""
        )

    def _edit(self) -> None:
        dialog = TemplatesDialog(self.lib, self)
        dialog.exec()
        current = self.template()
        self.templates = template_store.all_templates(self.lib)
        if current is not None:
            self.select(current.id)
        self._show()


class TemplatesDialog(QDialog):
    """The office's copies of the templates, its details (which fill the placeholders) and
    its numbering pattern."""

    FIELD_HEIGHT: ClassVar[dict[str, int]] = {"lead": 70, "body": 150, "about": 60, "contacts": 60}

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.lib = lib
        self.setWindowTitle(self.tr("Templates and office details"))
        tabs = QTabWidget()
        tabs.addTab(self._office_tab(), self.tr("Office details"))
        tabs.addTab(self._templates_tab(), self.tr("Templates"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(980, 680)

    # ----- office details
    def _office_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        values = settings.office_values(self.lib)
        names = {
            "office": self.tr("Office (full name)"),
            "office_short": self.tr("Short name"),
            "office_address": self.tr("Address"),
            "city": self.tr("Dateline city"),
            "website": self.tr("Website"),
            "about": self.tr("About the office (boilerplate)"),
            "contact_name": self.tr("Contact person"),
            "contact_role": self.tr("Contact's position"),
            "contact_phone": self.tr("Contact's phone"),
            "contact_email": self.tr("Contact's e-mail"),
            "report_channel": self.tr("Where the public reports hoaxes"),
        }
        self.office_fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in settings.OFFICE_FIELDS:
            field: QLineEdit | QPlainTextEdit
            if key == "about":
                field = QPlainTextEdit(values.get(key, ""))
                field.setFixedHeight(80)
            else:
                field = QLineEdit(values.get(key, ""))
            self.office_fields[key] = field
            form.addRow(names[key], field)
        self.pattern = QLineEdit(statements.number_pattern(self.lib))
        self.pattern.setObjectName("numberPattern")
        self.pattern_example = QLabel()
        self.pattern.textChanged.connect(self._pattern_changed)
        form.addRow(self.tr("Numbering pattern"), self.pattern)
        form.addRow("", self.pattern_example)
        help_text = QLabel(
            self.tr(
                "In the pattern, {n} is the running number ({n:03} writes 007), {year} the "
                "year, {month} the month (03) and {roman} the month in Roman numerals (III). "
                "The number restarts each year when the pattern holds the year."
            )
        )
        help_text.setWordWrap(True)
        form.addRow("", help_text)
        save = QPushButton(self.tr("Save office details"))
        save.setObjectName("saveOffice")
        save.clicked.connect(self.save_office)
        form.addRow("", save)
        self._pattern_changed()
        return page

    def _pattern_changed(self) -> None:
        today = dt.date.today().isoformat()
        try:
            short = settings.office_values(self.lib).get("office_short", "HUMAS")
            example = numbering.format_number(self.pattern.text(), 7, today, office_short=short)
        except (KeyError, ValueError, IndexError):
            example = "?"
        self.pattern_example.setText(self.tr("For example: {example}").format(example=example))

    def save_office(self) -> None:
        values = {
            key: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            for key, field in self.office_fields.items()
        }
        try:
            settings.set_office_values(self.lib, values)
            statements.set_number_pattern(self.lib, self.pattern.text())
        except UserError as exc:
            show_error(self, exc)

    # ----- templates
    def _templates_tab(self) -> QWidget:
        page = QWidget()
        self.template_list = QListWidget()
        self.template_list.setObjectName("officeTemplates")
        self.template_list.setAccessibleName(self.tr("Templates"))
        self.template_name = QLineEdit()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setObjectName("letterhead")
        self.letterhead.setFixedHeight(70)
        self.template_fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.template_name)
        form.addRow(self.tr("Letterhead"), self.letterhead)
        names = {
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "city": self.tr("Dateline city"),
            "lead": self.tr("Lead"),
            "body": self.tr("Body"),
            "about": self.tr("About"),
            "contacts": self.tr("Contact persons"),
        }
        for name in FILLABLE:
            field: QLineEdit | QPlainTextEdit
            if name in self.FIELD_HEIGHT:
                field = QPlainTextEdit()
                field.setFixedHeight(self.FIELD_HEIGHT[name])
            else:
                field = QLineEdit()
            self.template_fields[name] = field
            form.addRow(names[name], field)
        save = QPushButton(self.tr("Save template"))
        save.setObjectName("saveTemplate")
        save.clicked.connect(self.save_template)
        reset = QPushButton(self.tr("Restore the original"))
        reset.clicked.connect(self.reset_template)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reset)
        row.addWidget(save)
        form.addRow(row)
        editor = QWidget()
        editor.setLayout(form)
        splitter = QSplitter()
        splitter.addWidget(self.template_list)
        splitter.addWidget(editor)
        splitter.setSizes([300, 640])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self._fill_templates()
        self.template_list.currentRowChanged.connect(self._show_template)
        self.template_list.setCurrentRow(0)
        return page

    def _fill_templates(self) -> None:
        self.office_templates = template_store.all_templates(self.lib)
        self.template_list.clear()
        for t in self.office_templates:
            self.template_list.addItem(f"{kind_name(t.kind)} · {labels.language(t.language)}")

    def _current_template(self) -> Template | None:
        row = self.template_list.currentRow()
        return self.office_templates[row] if 0 <= row < len(self.office_templates) else None

    def _show_template(self) -> None:
        t = self._current_template()
        if t is None:
            return
        self.template_name.setText(t.name)
        self.letterhead.setPlainText(t.letterhead)
        for name, field in self.template_fields.items():
            value = t.fields.get(name, "")
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            else:
                field.setText(value)

    def save_template(self) -> None:
        t = self._current_template()
        if t is None:
            return
        t.name = self.template_name.text().strip() or t.name
        t.letterhead = self.letterhead.toPlainText()
        for name, field in self.template_fields.items():
            t.fields[name] = (
                field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            )
        try:
            template_store.save(self.lib, t)
        except UserError as exc:
            show_error(self, exc)

    def reset_template(self) -> None:
        t = self._current_template()
        if t is None:
            return
        row = self.template_list.currentRow()
        template_store.reset(self.lib, t.id)
        self._fill_templates()
        self.template_list.setCurrentRow(row)
