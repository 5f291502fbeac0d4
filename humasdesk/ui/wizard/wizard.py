"""The RESIST case wizard: the checklist's steps as pages plus a summary; answers are saved
as they are given, and the case reopens on the step where the officer left it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from humasdesk import translate
from humasdesk.store import cases
from humasdesk.store.db import Library
from humasdesk.ui.wizard.pages import StepPage, SummaryPage
from humasdesk.ui.wizard.pickers import TimelineDialog


class CaseWizard(QWizard):
    statement_created = Signal(str)
    case_changed = Signal(str)

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
            page.update_state()

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
