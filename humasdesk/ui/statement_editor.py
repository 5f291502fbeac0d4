"""The statement editor: every field of a press statement, a body that formats like a word
processor but stays Markdown, autosave into a recovery record (see ui.autosave), and a side
panel other modules add tabs to (the 5W1H checklist is the first).

Extension points for other modules: `side_panel` / `add_side_tab()`, `add_tool_action()`
(toolbar and the editor's Insert menu) and `insert_text_at_cursor()`.
"""

from __future__ import annotations

import dataclasses
import getpass
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from humasdesk import translate
from humasdesk.core import fivew, markdown, office_time
from humasdesk.core.errors import UserError
from humasdesk.core.records import LANGUAGES, STATEMENT_STATUSES, Statement
from humasdesk.store import recovery, settings, statements
from humasdesk.store import tags as tag_store
from humasdesk.store.db import Library
from humasdesk.store.recovery import Draft
from humasdesk.ui import labels, spelling
from humasdesk.ui.autosave import Autosave
from humasdesk.ui.consistency_panel import ConsistencyPanel
from humasdesk.ui.errors import show_error
from humasdesk.ui.export_dialog import copy_for_whatsapp, whatsapp_done_message
from humasdesk.ui.markdown_edit import MarkdownEdit
from humasdesk.ui.print_preview import preview_dialog
from humasdesk.ui.quote_picker import picker_action

CONSISTENCY_PAUSE_MS = 1500
NO_DATE = QDate(1900, 1, 1)
FIVE_W_ONE_H = ("what", "who", "when", "where", "why", "how")


def officer_name() -> str:
    """Who saves a revision: the computer's user name (one laptop, one officer)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class Banner(QLabel):
    """A coloured line above the form: embargo, withdrawal, a recovered draft."""

    COLOURS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "embargo": ("#fff1d6", "#7a4b00", "#e0a030"),
        "withdrawn": ("#fde2e1", "#8a1c17", "#d9534f"),
        "recovered": ("#e1eefc", "#0b3d75", "#4a8fd9"),
    }

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background, text, border = self.COLOURS[kind]
        self.setObjectName(f"{kind}Banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {text}; border: 1px solid {border};"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.hide()


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" to the room it is given (the whole text in
    its tooltip): a long title must never make the editor wider than a laptop's screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self.full_text = text
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self.full_text) + 4,
            super().sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(self.width(), 1)
        )
        super().setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")


class LeadChecklist(QWidget):
    """The 5W1H questions a lead should answer; the officer ticks what theirs answers."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        self.hints: dict[str, QLabel] = {}
        self.guesses: dict[str, QLabel] = {}
        self.likely: set[str] = set()
        self.summary = QLabel()
        self.summary.setObjectName("fiveWSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for key in FIVE_W_ONE_H:
            box = QCheckBox()
            box.setObjectName(f"check_{key}")
            box.toggled.connect(self._toggled)
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: palette(mid);")
            guess = QLabel()
            guess.setObjectName(f"guess_{key}")
            guess.setIndent(24)
            guess.setWordWrap(True)
            self.boxes[key] = box
            self.hints[key] = hint
            self.guesses[key] = guess
            layout.addWidget(box)
            layout.addWidget(hint)
            layout.addWidget(guess)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Does the lead answer the six questions? Tick each one it answers.")
        )
        texts = {
            "what": (self.tr("What"), self.tr("What happened, or what is announced?")),
            "who": (self.tr("Who"), self.tr("Who does it, who is affected, who speaks?")),
            "when": (self.tr("When"), self.tr("The day, date or period.")),
            "where": (self.tr("Where"), self.tr("The place, region or channel.")),
            "why": (self.tr("Why"), self.tr("The reason or purpose.")),
            "how": (self.tr("How"), self.tr("How it is done, or what the public should do.")),
        }
        for key, (title, hint) in texts.items():
            self.boxes[key].setText(title)
            self.hints[key].setText(hint)
        self._update_summary()
        self._update_guesses()

    def checked(self) -> list[str]:
        return [k for k, box in self.boxes.items() if box.isChecked()]

    def guess_from(self, lead: str) -> None:
        """Shows, under each unticked question, whether the lead seems to answer it."""
        self.likely = fivew.likely_answered(lead)
        self._update_guesses()

    def _update_guesses(self) -> None:
        for key, label in self.guesses.items():
            if self.boxes[key].isChecked():
                label.hide()
                continue
            if key in self.likely:
                label.setText(self.tr("The lead seems to answer this; tick it if so."))
                label.setStyleSheet("color: #2e7d32;")
            else:
                label.setText(self.tr("Not found in the lead yet."))
                label.setStyleSheet("color: #b26a00;")
            label.show()

    def set_checked(self, keys: list[str]) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)
        self._update_summary()
        self._update_guesses()

    def _toggled(self) -> None:
        self._update_summary()
        self._update_guesses()
        self.changed.emit()

    def _update_summary(self) -> None:
        done = len(self.checked())
        self.summary.setText(
            self.tr("{done} of 6 answered").format(done=done)
            if done < 6
            else self.tr("All six answered.")
        )


class StatementEditor(QWidget):
    """Edits one statement at a time; `load()` or `new()` start, `save()` keeps a revision."""

    saved = Signal(str)  # the statement id
    back_requested = Signal()
    autosaved = Signal()
    history_requested = Signal(str)
    status_message = Signal(str)  # a line for the window's status bar

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementEditor")
        self.lib = lib
        self.base = Statement()
        self.autosave = Autosave(lib, self._recovery_snapshot, self)
        self.autosave.kept.connect(self._autosave_kept)
        self.autosave.cleared.connect(self._autosave_cleared)
        self.autosave.failed.connect(self._autosave_failed)
        self.modified = False
        self._loading = False
        self._last_field: MarkdownEdit | None = None
        self.extension_actions: list[QAction] = []
        self._build()
        self._build_actions()
        self._build_library_tools()
        self.retranslate()
        self.new(Statement())

    # ----- layout
    def _build(self) -> None:
        self.back = QPushButton()
        self.back.setObjectName("backToList")
        self.heading = ElidedLabel()
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("editorState")
        self.history_button = QPushButton()
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.base.id))
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveStatement")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.history_button)
        top.addWidget(self.save_button)

        self.embargo_banner = Banner("embargo")
        self.withdrawn_banner = Banner("withdrawn")
        self.recovered_banner = Banner("recovered")
        self.recovered_banner.linkActivated.connect(self._discard_recovered)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("editorToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # Fields
        self.number = QLineEdit()
        self.number.setObjectName("numberField")
        self.suggest_number = QToolButton()
        self.suggest_number.setObjectName("suggestNumber")
        self.suggest_number.clicked.connect(self.fill_next_number)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        self.date.setDisplayFormat("d MMM yyyy")
        self.city = QLineEdit()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.status = QComboBox()
        self.status.setObjectName("statusField")
        for code in STATEMENT_STATUSES:
            self.status.addItem("", code)
        self.status.activated.connect(self._status_chosen)
        self.tags = QLineEdit()
        self.tags.setObjectName("tagsField")
        self.embargo_on = QCheckBox()
        self.embargo_on.setObjectName("embargoOn")
        self.embargo_at = QDateTimeEdit()
        self.embargo_at.setCalendarPopup(True)
        self.embargo_at.setDisplayFormat("d MMM yyyy HH:mm")
        self.embargo_at.setEnabled(False)
        self.embargo_on.toggled.connect(self.embargo_at.setEnabled)
        self.zone = office_time.DEFAULT_ZONE  # the office's, read with each statement shown
        self.embargo_zone = QLabel(self.zone)  # typed in the office's time, named
        self.embargo_zone.setObjectName("embargoZone")
        self.title = QLineEdit()
        self.title.setObjectName("titleField")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLineEdit()
        self.lead = MarkdownEdit()
        self.lead.setObjectName("leadField")
        self.lead.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 24)
        self.body = MarkdownEdit()
        self.body.setObjectName("bodyField")
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.about = QPlainTextEdit()
        self.about.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.contacts = QPlainTextEdit()
        self.contacts.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.source = QLabel()
        self.source.setObjectName("sourceLabel")
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: palette(mid);")

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.grid_labels = [QLabel() for _ in range(7)]
        number_row = QHBoxLayout()
        number_row.setSpacing(4)
        number_row.addWidget(self.number, 1)
        number_row.addWidget(self.suggest_number)
        for label, field in zip(
            self.grid_labels,
            (self.number, self.status, self.city, self.date, self.language, self.tags),
            strict=False,
        ):
            label.setBuddy(field)
        grid.addWidget(self.grid_labels[0], 0, 0)
        grid.addLayout(number_row, 0, 1, 1, 3)
        grid.addWidget(self.grid_labels[1], 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(self.grid_labels[2], 1, 0)
        grid.addWidget(self.city, 1, 1)
        grid.addWidget(self.grid_labels[3], 1, 2)
        grid.addWidget(self.date, 1, 3)
        grid.addWidget(self.grid_labels[4], 1, 4)
        grid.addWidget(self.language, 1, 5)
        grid.addWidget(self.grid_labels[5], 2, 0)
        grid.addWidget(self.tags, 2, 1, 1, 3)
        embargo_row = QHBoxLayout()
        embargo_row.addWidget(self.embargo_on)
        embargo_row.addWidget(self.embargo_at, 1)
        embargo_row.addWidget(self.embargo_zone)
        grid.addLayout(embargo_row, 2, 4, 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form_labels = {name: QLabel() for name in ("title", "subtitle", "lead", "body")}
        self.form_labels.update({name: QLabel() for name in ("about", "contacts")})
        self.form.addRow(self.form_labels["title"], self.title)
        self.form.addRow(self.form_labels["subtitle"], self.subtitle)
        self.form.addRow(self.form_labels["lead"], self.lead)
        self.form.addRow(self.form_labels["body"], self.body)
        self.counts = QLabel()
        self.counts.setObjectName("wordCount")
        self.form.addRow(self.counts)
        self.form.addRow(self.form_labels["about"], self.about)
        self.form.addRow(self.form_labels["contacts"], self.contacts)
        self.form.addRow(self.source)

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.addLayout(grid)
        form_layout.addLayout(self.form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(form_widget)

        self.side_panel = QTabWidget()
        self.side_panel.setObjectName("editorSidePanel")
        self.checklist = LeadChecklist()
        self.checklist.changed.connect(self._changed)
        # Scrolls on a small screen rather than making the window taller than it.
        self.checklist_scroll = QScrollArea()
        self.checklist_scroll.setWidgetResizable(True)
        self.checklist_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checklist_scroll.setWidget(self.checklist)
        self.side_panel.addTab(self.checklist_scroll, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 280])

        self.note = QLineEdit()
        self.note.setObjectName("revisionNote")
        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("autosaveLabel")
        footer = QHBoxLayout()
        footer.addWidget(self.autosave_label, 1)
        footer.addWidget(self.note, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.embargo_banner)
        layout.addWidget(self.withdrawn_banner)
        layout.addWidget(self.recovered_banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

        for line in (self.number, self.city, self.tags, self.title, self.subtitle):
            line.textEdited.connect(self._changed)
        for text in (self.lead, self.body, self.about, self.contacts):
            text.textChanged.connect(self._changed)
        self.title.textEdited.connect(self._update_heading)
        self.date.dateChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.embargo_on.toggled.connect(self._changed)
        self.embargo_at.dateTimeChanged.connect(self._changed)
        self.embargo_on.toggled.connect(self._update_banners)
        self.embargo_at.dateTimeChanged.connect(self._update_banners)
        self.lead.focused.connect(lambda: self._remember_field(self.lead))
        self.body.focused.connect(lambda: self._remember_field(self.body))
        self.body.textChanged.connect(self._update_counts)
        self.lead.textChanged.connect(self._update_counts)
        self.lead.textChanged.connect(lambda: self.checklist.guess_from(self.lead.markdown()))

    def _build_actions(self) -> None:
        def action(
            name: str, shortcut: QKeySequence.StandardKey | str | None, slot: object
        ) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_save = action("actSave", QKeySequence.StandardKey.Save, self.save)
        self.act_back = action("actBack", "Esc", self.back_requested.emit)
        self.back.clicked.connect(self.back_requested.emit)
        self.act_bold = action(
            "actBold", QKeySequence.StandardKey.Bold, lambda: self._field().toggle_bold()
        )
        self.act_italic = action(
            "actItalic", QKeySequence.StandardKey.Italic, lambda: self._field().toggle_italic()
        )
        self.act_h1 = action("actH1", "Ctrl+Alt+1", lambda: self._field().set_heading(1))
        self.act_h2 = action("actH2", "Ctrl+Alt+2", lambda: self._field().set_heading(2))
        self.act_h3 = action("actH3", "Ctrl+Alt+3", lambda: self._field().set_heading(3))
        self.act_normal = action("actNormal", "Ctrl+Alt+0", lambda: self._field().set_heading(0))
        self.act_bullets = action(
            "actBullets", "Ctrl+Shift+8", lambda: self._field().toggle_list(ordered=False)
        )
        self.act_numbers = action(
            "actNumbers", "Ctrl+Shift+7", lambda: self._field().toggle_list(ordered=True)
        )
        # Undo and redo belong to each text field already; these buttons reach the last one.
        self.act_undo = QAction(self)
        self.act_undo.triggered.connect(lambda: self._field().undo())
        self.act_redo = QAction(self)
        self.act_redo.triggered.connect(lambda: self._field().redo())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        self.act_bold.setFont(bold_font)
        italic_font = QFont(self.font())
        italic_font.setItalic(True)
        self.act_italic.setFont(italic_font)
        self.heading_menu = QMenu(self)
        for act in (self.act_normal, self.act_h1, self.act_h2, self.act_h3):
            self.heading_menu.addAction(act)
        self.heading_button = QToolButton()
        self.heading_button.setObjectName("headingButton")
        self.heading_button.setMenu(self.heading_menu)
        self.heading_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for act in (self.act_bold, self.act_italic):
            self.toolbar.addAction(act)
        self.toolbar.addWidget(self.heading_button)
        for act in (self.act_bullets, self.act_numbers):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_undo)
        self.toolbar.addAction(self.act_redo)
        self.extension_separator = self.toolbar.addSeparator()
        self.extension_separator.setVisible(False)
        self.insert_menu = QMenu(self)
        self.insert_menu.setObjectName("editorInsertMenu")

    def _build_library_tools(self) -> None:
        """The quote library beside the draft: the consistency check, the quote picker and
        Indonesian spelling."""
        # Handing out the draft as it is now, last on the toolbar (other modules' actions go
        # before them); on a narrow window the toolbar folds them into its » menu.
        self.export_separator = self.toolbar.addSeparator()
        self.act_whatsapp = QAction(self)
        self.act_whatsapp.setObjectName("editorWhatsApp")
        self.act_whatsapp.triggered.connect(self.copy_for_whatsapp)
        self.act_print = QAction(self)
        self.act_print.setObjectName("editorPrint")
        self.act_print.triggered.connect(self.print_preview)
        self.toolbar.addAction(self.act_whatsapp)
        self.toolbar.addAction(self.act_print)
        self.spelling = spelling.attach(self.body)
        self.consistency = ConsistencyPanel(self.lib)
        self.consistency.jump_requested.connect(self.select_in_body)
        self.consistency.replace_requested.connect(self.replace_in_body)
        self.add_side_tab(self.consistency, "")
        self.act_quote = picker_action(
            self,
            lambda: self.lib,
            lambda: str(self.language.currentData()),
            self._iso_date,
            self.insert_text_at_cursor,
        )
        self.add_tool_action(self.act_quote)
        # Checked again once the officer pauses typing, not at every keystroke.
        self._consistency_timer = QTimer(self)
        self._consistency_timer.setSingleShot(True)
        self._consistency_timer.setInterval(CONSISTENCY_PAUSE_MS)
        self._consistency_timer.timeout.connect(self.check_consistency)
        self.body.textChanged.connect(self._consistency_timer.start)
        self.date.dateChanged.connect(self._consistency_timer.start)
        self.language.currentIndexChanged.connect(self._language_changed)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← All statements"))
        self.back.setToolTip(self.tr("Back to the list of statements (Esc)"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every saved revision of this statement (Ctrl+H)"))
        self.act_whatsapp.setText(self.tr("Copy for WhatsApp"))
        self.act_whatsapp.setToolTip(
            self.tr("Copy the statement as it is now, formatted for WhatsApp")
        )
        self.act_print.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save a new revision (Ctrl+S)"))
        self.suggest_number.setText(self.tr("Next number"))
        self.suggest_number.setToolTip(
            self.tr("Fill in the next number in your office's numbering pattern")
        )
        for i, text in enumerate(
            [
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Dateline city"),
                self.tr("Date"),
                self.tr("Language"),
                self.tr("Tags"),
                "",
            ]
        ):
            self.grid_labels[i].setText(text)
        for i, code in enumerate(LANGUAGES):
            self.language.setItemText(i, labels.language(code))
        for i, code in enumerate(STATEMENT_STATUSES):
            self.status.setItemText(i, labels.statement_status(code))
        self.tags.setPlaceholderText(self.tr("Topics, separated by commas"))
        self.embargo_on.setText(self.tr("Embargo until"))
        self.embargo_at.setAccessibleName(self.tr("Embargo until"))
        self.title.setPlaceholderText(self.tr("Headline of the statement"))
        texts = {
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "lead": self.tr("Lead: the first paragraph, answering the 5W1H"),
            "body": self.tr("Body"),
            "about": self.tr("About the issuing body"),
            "contacts": self.tr("Contact persons"),
        }
        for name, text in texts.items():
            self.form_labels[name].setText(text)
        self.side_panel.setTabText(self.side_panel.indexOf(self.checklist_scroll), self.tr("5W1H"))
        self.checklist.retranslate()
        self.side_panel.setTabText(
            self.side_panel.indexOf(self.consistency), self.tr("Consistency")
        )
        self.consistency.retranslate()
        self.note.setPlaceholderText(self.tr("Note for this revision (optional)"))
        tips = {
            self.act_bold: (self.tr("B"), self.tr("Bold (Ctrl+B)")),
            self.act_italic: (self.tr("I"), self.tr("Italic (Ctrl+I)")),
            self.act_bullets: (self.tr("• List"), self.tr("Bulleted list (Ctrl+Shift+8)")),
            self.act_numbers: (self.tr("1. List"), self.tr("Numbered list (Ctrl+Shift+7)")),
            self.act_undo: (self.tr("Undo"), self.tr("Undo (Ctrl+Z)")),
            self.act_redo: (self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)")),
            self.act_normal: (self.tr("Normal text"), self.tr("Ctrl+Alt+0")),
            self.act_h1: (self.tr("Heading 1"), self.tr("Ctrl+Alt+1")),
            self.act_h2: (self.tr("Heading 2"), self.tr("Ctrl+Alt+2")),
            self.act_h3: (self.tr("Heading 3"), self.tr("Ctrl+Alt+3")),
        }
        for act, (text, tip) in tips.items():
            act.setText(text)
            act.setToolTip(tip)
        self.heading_button.setText(self.tr("Heading"))
        self.heading_button.setToolTip(self.tr("Heading level of the paragraph (Ctrl+Alt+1…3)"))
        self.insert_menu.setTitle(self.tr("Insert"))
        # On a narrow window the toolbar folds its last tools behind Qt's » button.
        more = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("More tools"))
            more.setToolTip(self.tr("More tools"))
        from humasdesk.ui.quote_picker import action_text  # the quote library's action

        self.act_quote.setText(action_text())
        self._update_banners()
        self._update_heading()
        self._update_counts()
        self._update_state()
        self._update_readonly()  # the line saying where the statement came from

    # ----- extension points
    def add_side_tab(self, widget: QWidget, title: str) -> int:
        """Adds a tab to the side panel (after the 5W1H checklist); returns its index."""
        return self.side_panel.addTab(widget, title)

    def add_tool_action(self, action: QAction) -> None:
        """Adds another module's action (e.g. "Insert quote") to the toolbar and Insert menu."""
        self.extension_separator.setVisible(True)
        self.toolbar.insertAction(self.export_separator, action)
        self.insert_menu.addAction(action)
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut and action.shortcut():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        self.extension_actions.append(action)

    def insert_text_at_cursor(self, text: str) -> None:
        """Types `text` where the officer's cursor is in the lead or the body (body by
        default); it is one undo step and is autosaved like typing."""
        field = self._field()
        field.insert_text(text)
        field.setFocus()

    def select_in_body(self, start: int, end: int) -> None:
        """Selects [start, end) of the body (a finding, a quote's place) and shows it."""
        cursor = self.body.textCursor()
        length = len(self.body.toPlainText())
        cursor.setPosition(min(max(start, 0), length))
        cursor.setPosition(min(max(end, 0), length), QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        self.body.setFocus()

    def replace_in_body(self, start: int, end: int, text: str) -> None:
        """Replaces [start, end) of the body with `text`: one undo step, autosaved."""
        self.select_in_body(start, end)
        if self.body.isReadOnly():
            return
        self.body.textCursor().insertText(text)

    def check_consistency(self) -> None:
        """Checks the body against the quote library (after saves and typing pauses)."""
        self._consistency_timer.stop()
        if self.lib.closed:
            return
        st = self.statement()
        self.consistency.check(self.body.toPlainText(), st.date, st.language)

    def _language_changed(self) -> None:
        self.spelling.set_enabled(self.language.currentData() == "id")
        self._consistency_timer.start()

    def _iso_date(self) -> str | None:
        date = self.date.date()
        return None if date == NO_DATE else date.toString("yyyy-MM-dd")

    # ----- handing the statement out
    def copy_for_whatsapp(self) -> bool:
        """Copies the statement as it is in the editor (saved or not) for WhatsApp."""
        st = self.statement()
        if not confirm_embargoed_export(self, self.lib, st, "whatsapp"):
            return False
        copy_for_whatsapp(self.lib, st)
        self.status_message.emit(whatsapp_done_message())
        return True

    def print_preview(self) -> bool:
        """Prints the statement as it is in the editor, after a preview."""
        st = self.statement()
        if not confirm_embargoed_export(self, self.lib, st, "print"):
            return False
        try:
            dialog = preview_dialog(self.lib, st, self)
        except UserError as exc:  # too long to lay out as pages
            show_error(self, exc)
            return False
        dialog.exec()
        dialog.deleteLater()
        return True

    def _field(self) -> MarkdownEdit:
        if self.lead.hasFocus():
            return self.lead
        if self.body.hasFocus():
            return self.body
        return self._last_field or self.body

    def _remember_field(self, field: MarkdownEdit) -> None:
        self._last_field = field

    # ----- loading
    def new(self, st: Statement, *, key: str | None = None) -> None:
        """Starts on an unsaved statement (blank, or a draft from a template)."""
        self._show(st, [])
        self.autosave.show(key or recovery.new_key(), self._recovery_snapshot()[1])
        self.modified = bool(st.title or st.body or st.lead)
        self._update_state()

    def load(self, statement_id: str) -> None:
        """Opens a saved statement; an unsaved recovered draft of it comes back too."""
        st = statements.get(self.lib, statement_id)
        self._show(st, statements.last_lead_checks(self.lib, st.id))
        self.autosave.show(recovery.key_for(st.id), self._recovery_snapshot()[1])
        self.modified = False
        draft = recovery.get(self.lib, self.recovery_key)
        if draft is not None:
            self.apply_draft(draft)
        self._update_state()

    def apply_draft(self, draft: Draft) -> None:
        """Puts a recovered draft's words into the editor, unsaved, with a banner saying so."""
        self.autosave.key = draft.key
        snap = draft.snapshot
        base = (
            statements.get(self.lib, draft.statement_id)
            if draft.statement_id and self._exists(draft.statement_id)
            else Statement()
        )
        recovered = statements.from_snapshot(snap)
        recovered.id = base.id
        recovered.created_at = base.created_at
        recovered.updated_at = base.updated_at
        self._show(recovered, [str(c) for c in snap.get("lead_checks", [])])
        self.base = dataclasses.replace(recovered)
        if base.id:
            self.base.status = base.status
            self.base.withdrawn_reason = base.withdrawn_reason
            self._set_status(recovered.status)
        self.modified = True
        self.recovered_banner.setProperty("saved_at", draft.saved_at)
        self.recovered_banner.show()
        self._update_banners()
        self._update_state()

    def _exists(self, statement_id: str) -> bool:
        return bool(self.lib.scalar("SELECT 1 FROM statements WHERE id = ?", [statement_id]))

    def _show(self, st: Statement, checks: list[str]) -> None:
        self._loading = True
        try:
            self.base = dataclasses.replace(st, tags=list(st.tags))
            self.number.setText(st.number)
            self.number.setCursorPosition(0)
            self.title.setText(st.title)
            self.title.setCursorPosition(0)  # a long title shows its start
            self.subtitle.setText(st.subtitle)
            self.city.setText(st.city)
            self.date.setDate(QDate.fromString(st.date, "yyyy-MM-dd") if st.date else NO_DATE)
            self.language.setCurrentIndex(max(0, self.language.findData(st.language)))
            self._set_status(st.status)
            self.tags.setText(", ".join(st.tags))
            self._show_embargo(st.embargo_at)
            self.lead.set_markdown(st.lead)
            self.body.set_markdown(st.body)
            self.about.setPlainText(st.about)
            self.contacts.setPlainText(st.contacts)
            self.checklist.set_checked(checks)
            self.checklist.guess_from(st.lead)
            self.note.clear()
            self.autosave_label.clear()  # another statement's copy or save says nothing here
            self.recovered_banner.hide()
            completer = QCompleter(tag_store.all_names(self.lib), self.tags)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags.setCompleter(completer)
        finally:
            self._loading = False
        self.autosave.stop()
        self._update_banners()
        self._update_heading()
        self._update_counts()
        self._update_readonly()
        self.spelling.set_enabled(st.language == "id")
        self._consistency_timer.start()

    def _show_embargo(self, value: str | None) -> None:
        """The embargo time in the office's zone (tomorrow 09:00 there when there is none)."""
        self.zone = settings.time_zone(self.lib)
        zone = QTimeZone(office_time.offset_seconds(self.zone))
        self.embargo_at.setTimeZone(zone)
        self.embargo_zone.setText(self.zone)
        embargo = QDateTime.fromString(value or "", Qt.DateFormat.ISODate)
        self.embargo_on.setChecked(embargo.isValid())
        if embargo.isValid():
            self.embargo_at.setDateTime(embargo.toTimeZone(zone))
        else:
            tomorrow = QDateTime.currentDateTime().toTimeZone(zone).date().addDays(1)
            self.embargo_at.setDateTime(QDateTime(tomorrow, QTime(9, 0), zone))

    def _set_status(self, status: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    # ----- reading the fields
    def statement(self) -> Statement:
        """What the editor holds now, as a Statement (not saved)."""
        st = dataclasses.replace(self.base, tags=list(self.base.tags))
        st.number = self.number.text().strip()
        st.title = self.title.text().strip()
        st.subtitle = self.subtitle.text().strip()
        st.city = self.city.text().strip()
        date = self.date.date()
        st.date = None if date == NO_DATE else date.toString("yyyy-MM-dd")
        st.language = str(self.language.currentData())
        st.status = str(self.status.currentData())
        st.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if self.embargo_on.isChecked():
            chosen = self.embargo_at.dateTime()
            stored = QDateTime.fromString(self.base.embargo_at or "", Qt.DateFormat.ISODate)
            # The same moment keeps its stored text: History shows no change nobody made.
            st.embargo_at = (
                self.base.embargo_at
                if stored.isValid() and stored == chosen
                else chosen.toOffsetFromUtc(chosen.offsetFromUtc()).toString(Qt.DateFormat.ISODate)
            )
        else:
            st.embargo_at = None
        st.lead = self.lead.markdown()
        st.body = self.body.markdown()
        st.about = self.about.toPlainText()
        st.contacts = self.contacts.toPlainText()
        return st

    # ----- autosave
    @property
    def recovery_key(self) -> str:
        """The key of this editor's recovery record (see ui.autosave)."""
        return self.autosave.key

    def _changed(self) -> None:
        if self._loading:
            return
        self.modified = True
        self.autosave.typed()
        self._update_state()

    def _recovery_snapshot(self) -> tuple[str | None, dict[str, object]]:
        st = self.statement()
        return st.id or None, recovery.snapshot_of(st, lead_checks=self.checklist.checked())

    def flush(self) -> bool:
        """Writes the recovery record now if there are unsaved keystrokes; True if written.

        Called by the timers, and by the window when the officer switches statement, module
        or window, so a crash at any moment loses nothing typed.
        """
        return self.autosave.flush()

    def _autosave_kept(self) -> None:
        self.autosave_label.setText(
            self.tr("Unsaved changes kept safe at {time}").format(
                time=QTime.currentTime().toString("HH:mm:ss")
            )
        )
        self.autosaved.emit()

    def _autosave_cleared(self) -> None:
        """The officer typed their way back to the saved words: nothing is unsaved."""
        self.autosave_label.clear()
        if self.base.id and not self.recovered_banner.isVisibleTo(self):
            self.modified = False
            self._update_state()

    def _autosave_failed(self, error: str) -> None:
        self.autosave_label.setText(
            self.tr("Could not keep a safety copy: {error}").format(error=error)
        )

    # ----- saving
    def save(self) -> bool:
        """Saves a new revision (with the note, if any); clears the recovery record."""
        st = self.statement()
        if not st.title:
            QMessageBox.information(
                self, self.tr("Save"), self.tr("Give the statement a title before saving it.")
            )
            self.title.setFocus()
            return False
        self.autosave.stop()
        try:
            with self.lib.atomic():
                saved = statements.save(
                    self.lib,
                    st,
                    note=self.note.text().strip(),
                    author=officer_name(),
                    lead_checks=self.checklist.checked(),
                )
                recovery.clear(self.lib, self.recovery_key)
        except UserError as exc:
            show_error(self, exc)
            return False
        # Keep the text as typed: nothing is re-read from the fields (the tags show in the
        # order the library keeps them).
        self.base = dataclasses.replace(saved, tags=list(saved.tags))
        self._loading = True
        try:
            self.lead.set_markdown(saved.lead)
            self.body.set_markdown(saved.body)
            if self.statement().tags != saved.tags:
                self.tags.setText(", ".join(saved.tags))
        finally:
            self._loading = False
        self.autosave.show(recovery.key_for(saved.id), self._recovery_snapshot()[1])
        self.note.clear()
        self.modified = False
        self.recovered_banner.hide()
        self.autosave_label.setText(
            self.tr("Saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
        )
        self._update_banners()
        self._update_heading()
        self._update_state()
        self._update_readonly()
        self.check_consistency()
        self.saved.emit(saved.id)
        return True

    def discard(self) -> None:
        """Drops the unsaved changes (and their recovery record)."""
        self.autosave.discard()
        self.modified = False
        self.recovered_banner.hide()

    def _discard_recovered(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard recovered changes"),
            self.tr("Discard the recovered changes and go back to the last saved version?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.discard()
        if self.base.id and self._exists(self.base.id):
            self.load(self.base.id)
        else:
            self.new(Statement())

    def maybe_leave(self) -> bool:
        """Asks about unsaved changes before the editor is left; False: stay."""
        if not self.modified:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to this statement?"))
        box.setInformativeText(self.tr("If you do not save them, they are discarded."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    # ----- status
    def _status_chosen(self, index: int) -> None:
        chosen = str(self.status.itemData(index))
        if chosen == "withdrawn" and self.base.status != "withdrawn":
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Withdraw statement"),
                self.tr(
                    "Why is this statement withdrawn? The reason is shown with the statement, "
                    "whose text stays visible as it was issued."
                ),
            )
            if not ok or not reason.strip():
                self._set_status(self.base.status)
                return
            self.base.withdrawn_reason = reason.strip()
        self._changed()
        self._update_banners()

    # ----- display
    def _update_banners(self) -> None:
        st = self.statement()
        if st.embargo_at and statements.embargoed(st):
            self.embargo_banner.setText(
                self.tr("<b>EMBARGO</b> — not for publication before {when}.").format(
                    when=office_time.describe(st.embargo_at, self.zone, translate.current())
                )
            )
            self.embargo_banner.show()
        elif st.embargo_at:
            self.embargo_banner.setText(self.tr("The embargo has ended."))
            self.embargo_banner.show()
        else:
            self.embargo_banner.hide()
        if st.status == "withdrawn":
            self.withdrawn_banner.setText(
                self.tr("<b>WITHDRAWN</b> — {reason}").format(
                    reason=_escape(self.base.withdrawn_reason)
                )
            )
            self.withdrawn_banner.show()
        else:
            self.withdrawn_banner.hide()
        if self.recovered_banner.isVisibleTo(self) or not self.recovered_banner.isHidden():
            self.recovered_banner.setText(
                self.tr(
                    "Recovered unsaved changes from {when}. Save to keep them, or "
                    "<a href='discard'>discard them</a>."
                ).format(when=local_time(str(self.recovered_banner.property("saved_at") or "")))
            )

    def _update_heading(self) -> None:
        title = self.title.text().strip()
        if title:
            self.heading.setText(title)
        elif self.base.id:
            self.heading.setText(self.tr("Untitled statement"))
        else:
            self.heading.setText(self.tr("New statement"))

    def _update_counts(self) -> None:
        words = markdown.word_count(self.lead.markdown()) + markdown.word_count(
            self.body.markdown()
        )
        minutes = markdown.reading_minutes(words)
        self.counts.setText(
            self.tr("{words} words · about {minutes} min to read").format(
                words=words, minutes=minutes
            )
        )

    def _update_state(self) -> None:
        if self.modified:
            self.state_label.setText(self.tr("Unsaved changes"))
        elif self.base.id:
            self.state_label.setText(self.tr("Saved"))
        else:
            self.state_label.setText("")
        self.history_button.setEnabled(bool(self.base.id))

    def _update_readonly(self) -> None:
        """A withdrawn statement stays as it was issued; its status can still change."""
        locked = self.base.status == "withdrawn" and bool(self.base.id)
        for widget in (self.number, self.title, self.subtitle, self.city, self.tags):
            widget.setReadOnly(locked)
        for text in (self.lead, self.body, self.about, self.contacts):
            text.setReadOnly(locked)
        for control in (self.date, self.language, self.embargo_on, self.embargo_at):
            control.setEnabled(not locked)
        self.embargo_at.setEnabled(not locked and self.embargo_on.isChecked())
        source = {
            "typed": self.tr("Typed in HumasDesk."),
            "imported": self.tr("Imported from the file {name}."),
            "template": self.tr("Written from the template {name}."),
            "case": self.tr("Drafted from a RESIST case."),
        }.get(self.base.source_kind, "")
        self.source.setText(source.format(name=self.base.source_name))

    def fill_next_number(self) -> None:
        date = self.date.date()
        iso = None if date == NO_DATE else date.toString("yyyy-MM-dd")
        self.number.setText(statements.next_number(self.lib, iso, exclude_id=self.base.id))
        self._changed()


def local_time(iso: str) -> str:
    """A stored UTC time as the officer's local date and time."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime(), "d MMM yyyy, HH:mm")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def confirm_embargoed_export(parent: QWidget, lib: Library, st: Statement, what: str) -> bool:
    """Before an embargoed statement leaves the app: asks, and audits a "yes".

    For the export and copy commands: True means go ahead (nothing asked when there is no
    embargo, or it has passed).
    """
    if not statements.embargoed(st):
        return True
    when = office_time.describe(st.embargo_at, settings.time_zone(lib), translate.current())
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("statements", "Statement under embargo"),
        QCoreApplication.translate(
            "statements",
            "“{title}” is under embargo until {when}. Export it for distribution anyway? "
            "Your choice is written to the audit log.",
        ).format(title=st.title, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    statements.record_embargoed_export(lib, st, what)
    return True
