"""The wizard's pages: one per checklist step, built from the checklist data, and the summary.

Step pages hold a question box per question (label, help, answer widget). Some steps carry an
extra panel: similar earlier cases and statements (early warning), the priority with its rule
(impact analysis), drafting a statement from the case (strategic communication).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from humasdesk import translate as app_language
from humasdesk.core import checklist as checklists
from humasdesk.core import risk
from humasdesk.core.errors import UserError
from humasdesk.core.records import LANGUAGES
from humasdesk.store import case_drafts, cases, quotes, search, statements
from humasdesk.ui import labels
from humasdesk.ui.errors import show_error
from humasdesk.ui.wizard import answers
from humasdesk.ui.wizard.pickers import PickerDialog, quote_line, statement_line

if TYPE_CHECKING:
    from humasdesk.ui.wizard.wizard import CaseWizard

TYPING_PAUSE_MS = 600


def _hint(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def _bold(label: QLabel, scale: float) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    return label


class QuestionBox(QWidget):
    def __init__(self, question: checklists.Question, widget: answers.AnswerWidget) -> None:
        super().__init__()
        self.question = question
        self.widget = widget
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.help = _hint(QLabel())
        self.section = _bold(QLabel(), 1.1)
        self.section.setObjectName("questionSection")
        self.section.setContentsMargins(0, 12, 0, 2)
        self.section.setVisible(question.section is not None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        layout.addWidget(self.section)
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        layout.addWidget(widget)

    needed = False  # asked for now although not required (the rule wants a reason)

    def set_needed(self, needed: bool, lang: str) -> None:
        if needed != self.needed:
            self.needed = needed
            self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        if self.question.section is not None:
            self.section.setText(self.question.section.get(lang))
        text = html.escape(self.question.label.get(lang))
        required = self.question.required or self.needed
        marker = " <span style='color:#c0392b'>*</span>" if required else ""
        self.label.setText(f"<b>{text}</b>{marker}")
        self.help.setText(self.question.help.get(lang))
        self.help.setVisible(bool(self.question.help.get(lang)))
        self.widget.retranslate(lang)
        # The question names its field for screen readers; its help describes it.
        for part in ("edit", "table", "list", "combo"):
            control = getattr(self.widget, part, None)
            if isinstance(control, QWidget):
                control.setAccessibleName(self.question.label.get(lang))
                control.setAccessibleDescription(self.question.help.get(lang))


class StepPage(QWizardPage):
    """One checklist step; every answer is written to the library as it is given."""

    saved = Signal(str)  # question id

    def __init__(self, wizard: CaseWizard, index: int) -> None:
        super().__init__()
        self.case_wizard = wizard
        self.index = index
        self.step = wizard.checklist.steps[index]
        self.setObjectName(f"step-{self.step.id}")
        self.boxes: dict[str, QuestionBox] = {}
        self.pending: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self.required_note = _hint(QLabel())
        inner = QWidget()
        inner.setObjectName("stepQuestions")
        self.form = QVBoxLayout(inner)
        self.form.setContentsMargins(4, 0, 12, 0)
        self.extras: list[Any] = []
        self._build()
        self.form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.required_note.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.required_note)
        layout.addWidget(scroll, 1)

    # ----- building
    def _build(self) -> None:
        lang = self.case_wizard.lang
        if self.step.id == "recognise":
            self.case_box = CaseBox(self.case_wizard)
            self.form.addWidget(self.case_box)
            self.extras.append(self.case_box)
        last_risk = max(
            (
                i
                for i, q in enumerate(self.step.questions)
                if q.id in self.case_wizard.checklist.risk_rule.questions
            ),
            default=-1,
        )
        for i, question in enumerate(self.step.questions):
            widget = answers.make(question, lang)
            box = QuestionBox(question, widget)
            self.boxes[question.id] = box
            self.form.addWidget(box)
            widget.edited.connect(lambda q=question.id: self._edited(q))
            if isinstance(widget, answers.Links):
                widget.describe = self._describer(question.target)
                widget.pick.connect(lambda w=widget: self._pick(w))
            if question.id == "early_warning.seen_before":
                self.similar = SimilarPanel(self.case_wizard)
                self.form.addWidget(self.similar)
                self.extras.append(self.similar)
            if i == last_risk:
                self.risk_panel = RiskPanel()
                self.form.addWidget(self.risk_panel)
                self.extras.append(self.risk_panel)
        if self.step.id == "strategic_communication":
            self.drafts = DraftPanel(self.case_wizard)
            self.form.addWidget(self.drafts)
            self.extras.append(self.drafts)

    def _describer(self, target: str) -> Any:
        lib = self.case_wizard.lib

        def describe(target_id: str) -> str:
            try:
                if target == "quote":
                    q = quotes.get(lib, target_id)
                    line = quote_line(
                        {"text": q.text, "speaker": q.speaker, "role": q.role, "date": q.date}
                    )
                    if q.status != "approved":
                        line = f"[{labels.quote_status(q.status)}] {line}"
                    return line
                st = statements.get(lib, target_id)
                return statement_line({"number": st.number, "date": st.date, "title": st.title})
            except UserError:
                return target_id

        return describe

    def _pick(self, widget: answers.Links) -> None:
        dialog = PickerDialog(self.case_wizard.lib, widget.question.target, self)
        if dialog.exec():
            widget.add_ids(dialog.chosen())

    # ----- loading and saving
    def load(self) -> None:
        wizard = self.case_wizard
        given = wizard.answers
        self.refresh_sources()
        for qid, box in self.boxes.items():
            q = box.question
            value: Any = given.get(qid)
            if q.type == "figures":
                value = cases.figures(wizard.lib, wizard.case_id, [m.value for m in q.metrics])
            elif q.type == "evidence" and value is None:
                value = cases.evidence(wizard.lib, wizard.case_id)
            box.widget.set_value(value)
        for extra in self.extras:
            extra.load()
        self.update_state()

    def refresh_sources(self) -> None:
        """Tables scored row by row against another step's table (step 6 against step 5's
        objectives) take that table's rows as they are now."""
        given = self.case_wizard.answers
        for box in self.boxes.values():
            widget = box.widget
            if isinstance(widget, answers.Table) and box.question.rows_from:
                source = self.case_wizard.checklist.question(box.question.rows_from)
                key = source.columns[0].key if source and source.columns else ""
                rows = given.get(box.question.rows_from) or []
                texts = [str(r.get(key, "")) for r in rows if isinstance(r, dict)]
                if texts != widget.source_rows:
                    widget.set_source(texts)
                    widget.set_value(given.get(box.question.id))

    def _edited(self, question_id: str) -> None:
        widget = self.boxes[question_id].widget
        self.pending.add(question_id)
        if widget.typing:
            self.timer.start()
        else:
            self.flush()

    def flush(self) -> None:
        """Writes every answer changed since the last write."""
        self.timer.stop()
        wizard = self.case_wizard
        while self.pending:
            qid = self.pending.pop()
            widget = self.boxes[qid].widget
            q = widget.question
            try:
                if isinstance(widget, answers.Figures):
                    metrics = [m.value for m in q.metrics]
                    cases.set_figures(
                        wizard.lib, wizard.case_id, qid, metrics, widget.rows_for_saving()
                    )
                elif q.type == "evidence":
                    cases.set_evidence(wizard.lib, wizard.case_id, qid, widget.value())
                elif q.type == "links":
                    cases.set_links(wizard.lib, wizard.case_id, qid, q.target, widget.value())
                else:
                    cases.set_answer(wizard.lib, wizard.case_id, qid, widget.value())
            except UserError as exc:
                show_error(self, exc)
                continue
            wizard.answers = cases.answers(wizard.lib, wizard.case_id)
            self.saved.emit(qid)
        self.update_state()
        side = getattr(wizard, "steps_list", None)
        if side is not None:
            side.refresh()

    def update_state(self) -> None:
        wizard = self.case_wizard
        gaps = checklists.missing(wizard.checklist, wizard.answers)[self.step.id]
        if gaps:
            self.required_note.setText(
                self.tr(
                    "Questions marked * are needed to complete this step; {count} still open."
                ).format(count=len(gaps))
            )
        else:
            self.required_note.setText(self.tr("This step is complete."))
        reason = self.boxes.get(wizard.checklist.risk_rule.reason_question)
        if reason is not None:
            reason.set_needed(
                checklists.needs_reason(wizard.checklist, wizard.answers), wizard.lang
            )
        if hasattr(self, "risk_panel"):
            self._show_risk_in_place()

    def _show_risk_in_place(self) -> None:
        """The risk panel anew. When it is above the part of the page in view and grows or
        shrinks (the warning that the response contradicts the priority comes and goes), the
        page scrolls as much, so the answer just clicked stays under the pointer."""
        panel, bar = self.risk_panel, self.scroll_area.verticalScrollBar()

        def height() -> int:
            return panel.heightForWidth(panel.width()) if panel.hasHeightForWidth() else 0

        above = panel.geometry().bottom() < bar.value()
        before = height()
        panel.show_case(self.case_wizard.checklist, self.case_wizard.answers)
        change = height() - before
        if above and change:
            # After the page has laid itself out again (a posted event, like this call).
            QTimer.singleShot(0, lambda: bar.setValue(bar.value() + change))

    def retranslate(self, lang: str) -> None:
        count = len(self.case_wizard.checklist.steps)
        self.setTitle(
            self.tr("Step {number} of {count}: {title}").format(
                number=self.index + 1, count=count, title=self.step.title.get(lang)
            )
        )
        self.setSubTitle(self.step.intro.get(lang))
        for box in self.boxes.values():
            box.retranslate(lang)
        for extra in self.extras:
            extra.retranslate()
        self.update_state()

    def validatePage(self) -> bool:
        self.flush()
        return True


class CaseBox(QGroupBox):
    """The case's title and the claim as first reported, editable on the first step.

    (`title_field`, not `title`: that name is QGroupBox.title().)
    """

    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__()
        self.case_wizard = wizard
        self.title_field = QLineEdit()
        self.title_field.setObjectName("caseTitle")
        self.claim = QPlainTextEdit()
        self.claim.setObjectName("caseClaim")
        self.claim.setTabChangesFocus(True)
        self.claim.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.title_label, self.claim_label = QLabel(), QLabel()
        self.title_label.setBuddy(self.title_field)
        self.claim_label.setBuddy(self.claim)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.title_field)
        layout.addWidget(self.claim_label)
        layout.addWidget(self.claim)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self.title_field.textEdited.connect(lambda _t: self.timer.start())
        self.claim.textChanged.connect(self.timer.start)

    def load(self) -> None:
        case = cases.get(self.case_wizard.lib, self.case_wizard.case_id)
        self.claim.blockSignals(True)
        self.title_field.setText(case.title)
        self.claim.setPlainText(case.claim)
        self.claim.blockSignals(False)

    def flush(self) -> None:
        self.timer.stop()
        title = self.title_field.text().strip()
        if not title:
            return
        cases.set_title(
            self.case_wizard.lib, self.case_wizard.case_id, title, self.claim.toPlainText()
        )
        self.case_wizard.update_title()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The case"))
        self.title_label.setText(self.tr("Title"))
        self.claim_label.setText(self.tr("The message as first reported"))


class SimilarPanel(QGroupBox):
    """Have we answered this before? Earlier cases and statements sharing the claim's words."""

    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__()
        self.setObjectName("similarPanel")
        self.case_wizard = wizard
        self.note = _hint(QLabel())
        self.list = QLabel()
        self.list.setObjectName("similarList")
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.load)
        self.hits: list[search.Hit] = []

    def query_text(self) -> str:
        wizard = self.case_wizard
        case = cases.get(wizard.lib, wizard.case_id)
        given = wizard.answers
        parts = [
            case.title,
            case.claim,
            str(given.get("situational_insight.claim_summary") or ""),
            str(given.get("recognise.narrative") or ""),
        ]
        return " ".join(p for p in parts if p)

    def load(self) -> None:
        lib = self.case_wizard.lib
        text = self.query_text()
        exclude = {self.case_wizard.case_id}
        drafts = {s["id"] for s in cases.statements_of(lib, self.case_wizard.case_id)}
        self.hits = search.similar(lib, text, kind="cases", exclude=exclude) + search.similar(
            lib, text, kind="statements", exclude=drafts
        )
        self._show()

    def _show(self) -> None:
        if not self.hits:
            self.list.setText(self.tr("Nothing similar in the library yet."))
            return
        rows = []
        for hit in self.hits:
            kind = self.tr("Case") if hit.kind == "cases" else self.tr("Statement")
            snippet = html.escape(hit.snippet).replace("[", "<b>").replace("]", "</b>")
            rows.append(
                f"<p style='margin-bottom:6px'><b>{html.escape(kind)}:</b> "
                f"{html.escape(hit.title or '')}<br/><span style='color:#666'>{snippet}</span></p>"
            )
        self.list.setText("".join(rows))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Similar earlier cases and statements"))
        self.note.setText(
            self.tr(
                "Found by the words of this case's title, claim and narrative. An earlier "
                "answer may be reused, or show that this is a returning narrative."
            )
        )
        self.refresh_button.setText(self.tr("Search again"))
        self._show()


class RiskPanel(QFrame):
    """The priority, how it was reached, the office's rule, and a warning when the chosen
    response contradicts the priority."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("riskPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.headline = _bold(QLabel(), 1.25)
        self.headline.setObjectName("riskHeadline")
        self.working = QLabel()
        self.working.setObjectName("riskWorking")
        self.working.setWordWrap(True)
        self.rule_name = QLabel()
        self.rule_name.setObjectName("riskRuleName")
        self.rule = _hint(QLabel())
        self.rule.setObjectName("riskRule")
        self.warning = QLabel()
        self.warning.setObjectName("riskWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold")
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.working)
        layout.addWidget(self.warning)
        layout.addWidget(self.rule_name)
        layout.addWidget(self.rule)
        self.risk: risk.Risk | None = None
        self.checklist: checklists.Checklist | None = None
        self.answers: dict[str, Any] = {}

    def show_case(self, checklist: checklists.Checklist, given: dict[str, Any]) -> None:
        """The priority of a case by its checklist's rule, and whether its response fits."""
        self.checklist, self.answers = checklist, given
        self.show_risk(risk.assess(given, checklist.risk_rule))

    def show_risk(self, assessed: risk.Risk | None) -> None:
        self.risk = assessed
        translate = QCoreApplication.translate
        rule = self.checklist.risk_rule if self.checklist else risk.DEFAULT_RULE
        lang = app_language.current()
        if assessed is None:
            self.headline.setText(self.tr("Priority: not yet known"))
        else:
            colours = {"high": "#c0392b", "medium": "#b9770e", "low": "#1e8449"}
            self.headline.setText(
                self.tr("Priority: {priority} (risk score {score})").format(
                    priority=labels.priority(assessed.priority), score=assessed.score
                )
            )
            self.headline.setStyleSheet(f"color: {colours[assessed.priority]}")
        self.working.setText(risk.explain(assessed, translate))
        name = html.escape(risk.rule_name(rule, lang, translate), quote=False)
        self.rule_name.setText(f"<b>{name}</b>")
        self.rule.setText(risk.rule_text(translate, rule, lang))
        contradicting = risk.contradiction(self.answers, assessed, rule) if self.checklist else ""
        if contradicting and self.checklist is not None:
            question = self.checklist.question(contradicting)
            reason = self.checklist.question(rule.reason_question)
            given = self.answers.get(contradicting)
            shown = checklists.answer_text(question, given, lang) if question else ""
            self.warning.setText(
                self.tr(
                    "The response ({response}) does not match the {priority} priority. "
                    'The office\'s rule asks why: answer "{reason}".'
                ).format(
                    response=shown,
                    priority=translate("risk", risk.PRIORITY_NAMES[assessed.priority])
                    if assessed
                    else "",
                    reason=reason.label.get(lang) if reason else self.tr("Reason for the decision"),
                )
            )
        self.warning.setVisible(bool(contradicting))

    def load(self) -> None:
        pass

    def retranslate(self) -> None:
        self.show_risk(self.risk)


class DraftPanel(QGroupBox):
    """Creates the draft clarification or holding statement from the case."""

    created = Signal(str)

    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__()
        self.setObjectName("draftPanel")
        self.case_wizard = wizard
        self.note = _hint(QLabel())
        self.clarification = QRadioButton()
        self.clarification.setObjectName("draftClarification")
        self.clarification.setChecked(True)
        self.scam_warning = QRadioButton()
        self.scam_warning.setObjectName("draftScamWarning")
        self.holding = QRadioButton()
        self.holding.setObjectName("draftHolding")
        self.language = QComboBox()
        self.language.setObjectName("draftLanguage")
        # As wide as its names, which are only set in retranslate ("Bahasa Indonesia").
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createDraft")
        self.made = QLabel()
        self.made.setObjectName("draftsMade")
        self.made.setWordWrap(True)
        self.made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.clarification)
        row.addWidget(self.scam_warning)
        row.addWidget(self.holding)
        row.addStretch(1)
        # The language and the button on a line of their own: beside three kinds of draft
        # they squeezed the language to "Bahas".
        making = QHBoxLayout()
        self.language_label = QLabel()
        making.addWidget(self.language_label)
        making.addWidget(self.language)
        making.addWidget(self.create_button)
        making.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addLayout(making)
        layout.addWidget(self.made)
        self.create_button.clicked.connect(self.create_draft)

    def create_draft(self) -> str | None:
        wizard = self.case_wizard
        wizard.flush()
        kind = next(k for k, b in self.kinds().items() if b.isChecked())
        try:
            draft = case_drafts.create_draft(
                wizard.lib, wizard.case_id, kind, self.language.currentData()
            )
        except UserError as exc:
            show_error(self, exc)
            return None
        self.load()
        self.created.emit(draft.id)
        wizard.statement_created.emit(draft.id)
        return draft.id

    def kinds(self) -> dict[str, QRadioButton]:
        return {
            "clarification": self.clarification,
            "scam_warning": self.scam_warning,
            "holding": self.holding,
        }

    def load(self) -> None:
        wizard = self.case_wizard
        _values, kind = case_drafts.verdict_values(wizard.checklist, wizard.answers, "id")
        options = wizard.answers.get("strategic_communication.options") or []
        if not kind and "holding_statement" in options and "clarification_debunk" not in options:
            kind = "holding"
        # The verdict decides the draft: [PENIPUAN] a scam warning, not yet determined a
        # holding statement (never a clarification titled [HOAKS]).
        self.kinds()[kind or "clarification"].setChecked(True)
        made = cases.statements_of(self.case_wizard.lib, self.case_wizard.case_id)
        if made:
            lines = "".join(
                f"<li>{html.escape(s['title'] or s['id'])} ({labels.statement_status(s['status'])},"
                f" {labels.language(s['language'])})</li>"
                for s in made
            )
            self.made.setText(
                self.tr("Statements made from this case (find them under Press statements):")
                + f"<ul>{lines}</ul>"
            )
        else:
            self.made.setText(self.tr("No statement has been made from this case yet."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Draft a statement from this case"))
        self.note.setText(
            self.tr(
                "Creates a new draft press statement linked to this case, dated today, filled "
                "from the verdict, the claim, the facts, the channels and the approved quotes "
                "chosen above. What the case does not know stays as {placeholders} to fill in."
            )
        )
        self.clarification.setText(self.tr("Clarification (debunk)"))
        self.scam_warning.setText(self.tr("Scam warning"))
        self.holding.setText(self.tr("Holding statement"))
        self.language_label.setText(self.tr("Language"))
        self.language.setItemText(0, labels.language("id"))
        self.language.setItemText(1, labels.language("en"))
        self.create_button.setText(self.tr("Create draft"))
        self.load()


class SummaryPage(QWizardPage):
    """What is complete and what is missing per step; the priority; reports; close/reopen."""

    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__()
        self.setObjectName("summaryPage")
        self.case_wizard = wizard
        self.steps = QLabel()
        self.steps.setObjectName("summarySteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.steps.linkActivated.connect(self._go)
        self.risk_panel = RiskPanel()
        self.brief = QPushButton()
        self.brief.setObjectName("saveBrief")
        self.report = QPushButton()
        self.report.setObjectName("saveReport")
        self.report_language = QComboBox()
        self.report_language.setObjectName("reportLanguage")
        self.report_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in LANGUAGES:
            self.report_language.addItem("", code)
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        self.close_case = QPushButton()
        self.close_case.setObjectName("closeCase")
        self.reports_box = QGroupBox()
        self.written = QLabel()
        self.written.setObjectName("reportWritten")
        self.written.setWordWrap(True)
        self.written.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reports_outer = QVBoxLayout(self.reports_box)
        reports = QHBoxLayout()
        reports_outer.addLayout(reports)
        reports_outer.addWidget(self.written)
        self.language_label = QLabel()
        reports.addWidget(self.language_label)
        reports.addWidget(self.report_language)
        reports.addStretch(1)
        reports.addWidget(self.brief)
        reports.addWidget(self.report)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.close_case)
        # An older case stays on its edition until someone moves it to the newest one.
        self.edition = QLabel()
        self.edition.setObjectName("caseEdition")
        self.edition.setWordWrap(True)
        self.move_edition = QPushButton()
        self.move_edition.setObjectName("moveEdition")
        self.move_edition.clicked.connect(lambda: self.upgrade())
        edition_row = QHBoxLayout()
        edition_row.addWidget(self.edition, 1)
        edition_row.addWidget(self.move_edition)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.steps)
        layout.addWidget(self.risk_panel)
        layout.addWidget(self.reports_box)
        layout.addLayout(status_row)
        layout.addLayout(edition_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.brief.clicked.connect(lambda: self.save_report(brief=True))
        self.report.clicked.connect(lambda: self.save_report(brief=False))
        self.close_case.clicked.connect(self.toggle_closed)
        self.last_written: str = ""

    def initializePage(self) -> None:
        self.load()

    def _go(self, link: str) -> None:
        if link.startswith("step:"):
            self.case_wizard.go_to(int(link.split(":", 1)[1]))

    def load(self) -> None:
        wizard = self.case_wizard
        lang = wizard.lang
        gaps = checklists.missing(wizard.checklist, wizard.answers)
        done = checklists.steps_done(wizard.checklist, wizard.answers)
        lines = []
        complete, missing_word, not_started = (
            self.tr("complete"),
            self.tr("missing"),
            self.tr("not started"),
        )
        for number, step in enumerate(wizard.checklist.steps, start=1):
            title = html.escape(f"{number}. {step.title.get(lang)}")
            link = f"<a href='step:{number - 1}'>{title}</a>"
            if step.id in done:
                lines.append(f"<p>✔ <b>{link}</b>: {complete}</p>")
            else:
                missing = "".join(
                    f"<li>{html.escape(q.label.get(lang))}</li>" for q in gaps[step.id]
                )
                state = missing_word if gaps[step.id] else not_started
                lines.append(f"<p>○ <b>{link}</b>: {state}</p><ul>{missing}</ul>")
        head = self.tr("{done} of {count} steps complete.").format(
            done=len(done), count=len(wizard.checklist.steps)
        )
        self.steps.setText(f"<p><b>{head}</b></p>" + "".join(lines))
        self.risk_panel.show_case(wizard.checklist, wizard.answers)
        case = cases.get(wizard.lib, wizard.case_id)
        self.status.setText(
            self.tr("Status: {status}").format(status=labels.case_status(case.status))
        )
        self.close_case.setText(
            self.tr("Reopen case") if case.status == "closed" else self.tr("Close case")
        )
        self._show_edition()

    def newer_edition(self) -> checklists.Checklist | None:
        """The newest installed edition of the case's checklist, when it can take the case."""
        current = self.case_wizard.checklist
        newest = checklists.latest(checklists.available()[0], current.id)
        if newest is None or newest.key == current.key:
            return None
        carried = checklists.upgrade_answers(newest, current.version, {})
        return newest if carried is not None else None

    def _show_edition(self) -> None:
        current = self.case_wizard.checklist
        newer = self.newer_edition()
        self.edition.setText(
            self.tr("Answered with {checklist}, edition {version}.").format(
                checklist=current.title.get(self.case_wizard.lang), version=current.version
            )
        )
        self.move_edition.setVisible(newer is not None)
        if newer is not None:
            self.move_edition.setText(
                self.tr("Move to edition {version}…").format(version=newer.version)
            )

    def upgrade(self, *, confirm: bool = True) -> bool:
        """Moves the case to the newest edition (its answers carried over) and reopens it."""
        wizard = self.case_wizard
        newer = self.newer_edition()
        if newer is None:
            return False
        if confirm:
            from PySide6.QtWidgets import QMessageBox

            asked = QMessageBox.question(
                self,
                self.tr("Move to edition {version}").format(version=newer.version),
                self.tr(
                    "This case keeps the questions of edition {old} until it is moved. "
                    "Moving it carries its answers to edition {new}, which asks some new "
                    "questions; the move is written to the audit log. Move it now?"
                ).format(old=wizard.checklist.version, new=newer.version),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return False
        wizard.flush()
        try:
            cases.upgrade_edition(wizard.lib, wizard.case_id, newer)
        except UserError as exc:
            show_error(self, exc)
            return False
        wizard.edition_changed.emit(wizard.case_id)
        wizard.done(0)
        return True

    def toggle_closed(self) -> None:
        wizard = self.case_wizard
        wizard.flush()
        case = cases.get(wizard.lib, wizard.case_id)
        if case.status == "closed":
            cases.reopen(wizard.lib, wizard.case_id)
        else:
            cases.close(wizard.lib, wizard.case_id)
        self.load()

    def save_report(self, *, brief: bool, target: str | None = None) -> str:
        from pathlib import Path

        from humasdesk.reports import case_report

        wizard = self.case_wizard
        wizard.flush()
        if target is None:
            from humasdesk.ui.export_dialog import export_folder, remember_folder

            name = self.tr("brief") if brief else self.tr("report")
            target, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save situation brief") if brief else self.tr("Save case report"),
                str(export_folder() / f"{name}.pdf"),  # where exports go, never the app's
                self.tr("PDF document (*.pdf);;Word document (*.docx)"),
            )
            if target:
                remember_folder(Path(target).parent)
        if not target:
            return ""
        fmt = "docx" if target.lower().endswith(".docx") else "pdf"
        try:
            case_report.export(
                wizard.lib,
                wizard.case_id,
                Path(target),
                fmt,
                self.report_language.currentData(),
                brief=brief,
            )
        except UserError as exc:
            show_error(self, exc)
            return ""
        self.last_written = target
        self.written.setText(self.tr("Saved: {path}").format(path=target))
        return target

    def retranslate(self, lang: str) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(
            self.tr(
                "What is complete and what is still missing. The case can be left at any "
                "step and resumed later."
            )
        )
        self.reports_box.setTitle(self.tr("For leadership"))
        self.language_label.setText(self.tr("Language"))
        self.report_language.setItemText(0, labels.language("id"))
        self.report_language.setItemText(1, labels.language("en"))
        self.report_language.setCurrentIndex(0 if lang == "id" else 1)
        self.brief.setText(self.tr("Situation brief…"))
        self.report.setText(self.tr("Full case report…"))
        self.risk_panel.retranslate()
        self.load()
