"""The RESIST case wizard: the checklist's steps as pages plus a summary; answers are saved
as they are given, and the case reopens on the step where the officer left it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from humasdesk import translate
from humasdesk.core import checklist as checklists
from humasdesk.store import cases
from humasdesk.store.db import Library
from humasdesk.ui.wizard.pages import StepPage, SummaryPage
from humasdesk.ui.wizard.pickers import TimelineDialog


class StepList(QWidget):
    """Beside the pages: every step with its state, the current one in bold; a click goes
    there."""

    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__()
        self.setObjectName("stepList")
        self.case_wizard = wizard
        self.label = QLabel()
        self.label.setObjectName("stepListText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setWordWrap(True)
        self.label.setFixedWidth(190)
        self.label.linkActivated.connect(lambda link: wizard.go_to(int(link)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def refresh(self) -> None:
        wizard = self.case_wizard
        done = set(checklists.steps_done(wizard.checklist, wizard.answers))
        titles = [(s.title.get(wizard.lang), s.id in done) for s in wizard.checklist.steps]
        titles.append((self.tr("Summary"), False))
        rows = []
        for index, (title, complete) in enumerate(titles):
            mark = "✔" if complete else ("" if index == len(titles) - 1 else "○")
            text = html.escape(f"{index + 1}. {title}" if index < len(titles) - 1 else title)
            link = f"<a href='{index}' style='text-decoration:none'>{text}</a>"
            if index == wizard.currentId():
                link = f"<b>{link}</b>"
            rows.append(f"<tr><td width='18'>{mark}</td><td>{link}</td></tr>")
        self.label.setText(f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")


class CaseWizard(QWizard):
    statement_created = Signal(str)
    case_changed = Signal(str)
    edition_changed = Signal(str)  # the case moved to another checklist edition: reopen it

    def __init__(self, lib: Library, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWizard")
        self.lib = lib
        self.case_id = case_id
        self.case = cases.get(lib, case_id)
        self.checklist = cases.checklist_of(lib, self.case)
        self.answers = cases.answers(lib, case_id)
        self.lang = translate.current()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.customButtonClicked.connect(self._custom)
        self.step_pages: list[StepPage] = []
        for index in range(len(self.checklist.steps)):
            page = StepPage(self, index)
            page.saved.connect(lambda _q: self.case_changed.emit(self.case_id))
            self.addPage(page)
            self.step_pages.append(page)
        self.summary = SummaryPage(self)
        self.addPage(self.summary)
        self.steps_list = StepList(self)
        self.setSideWidget(self.steps_list)
        for page in self.step_pages:
            page.load()
        self.timeline_dialog: TimelineDialog | None = None
        self.retranslate()
        self.resize(980, 760)
        self.currentIdChanged.connect(self._moved)
        self.resume()

    def resume(self) -> None:
        """Opens on the step where the officer left the case."""
        self.go_to(self.case.current_step)

    def go_to(self, page_id: int) -> None:
        """Any page, the summary included; everything typed so far is saved first."""
        target = min(max(page_id, 0), len(self.step_pages))
        self.flush()
        if self.currentId() > target or self.currentId() < 0:
            self.restart()
        while self.currentId() < target:
            self.next()

    def _moved(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.flush()
        cases.set_current_step(self.lib, self.case_id, page_id)
        if page_id > self.checklist.step_index("impact_analysis") >= 0:
            self.record_decision()
        page = self.page(page_id)
        if isinstance(page, StepPage):
            page.refresh_sources()
            page.update_state()
            similar = getattr(page, "similar", None)
            if similar is not None:
                similar.load()  # the claim may have been worded since
        self.steps_list.refresh()

    def flush(self) -> None:
        for page in self.step_pages:
            page.flush()
            box = getattr(page, "case_box", None)
            if box is not None and box.timer.isActive():
                box.flush()

    def record_decision(self) -> None:
        cases.record_decision(self.lib, self.case_id)

    def update_title(self) -> None:
        self.case = cases.get(self.lib, self.case_id)
        self.setWindowTitle(self.tr("RESIST case: {title}").format(title=self.case.title))
        self.case_changed.emit(self.case_id)

    def _custom(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.show_timeline()

    def show_timeline(self) -> TimelineDialog:
        if self.timeline_dialog is None:
            self.timeline_dialog = TimelineDialog(self.lib, self.case_id, self)
        self.timeline_dialog.show()
        return self.timeline_dialog

    def retranslate(self) -> None:
        self.lang = translate.current()
        self.update_title()
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Timeline…"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        for page in self.step_pages:
            page.retranslate(self.lang)
        self.summary.retranslate(self.lang)
        self.steps_list.refresh()
        if self.timeline_dialog is not None:
            self.timeline_dialog.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.lib.closed:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Leaving, by any button: nothing typed is lost."""
        self.flush()
        self.record_decision()
        self.case_changed.emit(self.case_id)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
