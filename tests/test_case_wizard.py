"""An officer works a new hoax through the wizard: answers saved as given, leaves halfway,
comes back to the same answers, reaches a priority with its reason, drafts a clarification
from approved lines and prints a brief for leadership."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QApplication

from humasdesk import translate
from humasdesk.core import checklist
from humasdesk.paths import resources_dir
from humasdesk.store import audit, cases, quotes, statements
from humasdesk.store.db import Library
from humasdesk.ui.cases_view import CasesView
from humasdesk.ui.wizard import CaseWizard
from humasdesk.ui.wizard import answers as widgets

TITLE = "Pesan berantai baru: vaksin HPV disebut bikin mandul"


@pytest.fixture
def view(qtbot, english, sample_lib: Library) -> CasesView:
    widget = CasesView(sample_lib)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def start(view: CasesView) -> CaseWizard:
    edition = checklist.load(resources_dir() / "checklists" / "resist.json")
    wizard = view.start_case(
        TITLE, "Pesan WhatsApp: vaksin HPV membuat anak perempuan mandul.", edition
    )
    assert isinstance(wizard, CaseWizard)
    return wizard


def widget(wizard: CaseWizard, question_id: str) -> widgets.AnswerWidget:
    for page in wizard.step_pages:
        if question_id in page.boxes:
            return page.boxes[question_id].widget
    raise KeyError(question_id)


def saved(wizard: CaseWizard, question_id: str):  # type: ignore[no-untyped-def]
    return cases.answers(wizard.lib, wizard.case_id).get(question_id)


def choose(wizard: CaseWizard, question_id: str, value: object) -> None:
    w = widget(wizard, question_id)
    if isinstance(w, widgets.ChoiceRadios):
        w.buttons[str(value)].click()
    elif isinstance(w, widgets.Scale):
        w.buttons[int(value)].click()  # type: ignore[call-overload]
    elif isinstance(w, widgets.MultiChecks):
        for v in value:  # type: ignore[attr-defined]
            w.boxes[v].click()
    elif isinstance(w, widgets.ChoiceCombo):
        w.combo.setCurrentIndex(w.combo.findData(value))


def type_into(qtbot, wizard: CaseWizard, question_id: str, text: str) -> None:
    w = widget(wizard, question_id)
    target = w.edit  # type: ignore[attr-defined]
    qtbot.keyClicks(target, text)
    qtbot.waitUntil(lambda: saved(wizard, question_id) == text, timeout=3000)


def test_a_new_case_walks_all_six_steps_with_a_break_halfway(
    qtbot, view: CasesView, tmp_path: Path
):
    lib = view.lib
    wizard = start(view)
    assert wizard.currentId() == 0
    assert wizard.currentPage().title() == "Step 1 of 6: Recognise"

    # Step 1: every choice is in the library the moment it is made.
    choose(wizard, "recognise.claim_type", "claim")
    assert saved(wizard, "recognise.claim_type") == "claim"
    choose(wizard, "recognise.techniques", ["fabrication", "identity"])
    choose(wizard, "recognise.information_disorder", "disinformation")
    choose(wizard, "recognise.verdict", "HOAKS")
    type_into(qtbot, wizard, "recognise.narrative", "Pemerintah menyembunyikan efek vaksin.")
    assert "1 still open" not in wizard.currentPage().required_note.text()
    wizard.next()

    # Step 2 shows what the library already holds on this claim.
    similar = wizard.step_pages[1].similar
    titles = [hit.title for hit in similar.hits]
    assert any("imunisasi HPV" in t for t in titles if t)
    assert any("Klarifikasi: Imunisasi HPV" in t for t in titles)
    choose(wizard, "early_warning.priorities", ["policies_programmes"])
    choose(wizard, "early_warning.channels", ["whatsapp", "facebook"])
    type_into(qtbot, wizard, "early_warning.first_seen_where", "Grup WhatsApp wali murid")

    # The officer leaves for the day...
    wizard.reject()
    assert cases.get(lib, wizard.case_id).current_step == 1
    case_id = wizard.case_id
    QApplication.processEvents()

    # ...and comes back to the same step and the same answers.
    again = view.open_case(case_id)
    assert again is not wizard
    assert again.currentId() == 1
    assert widget(again, "early_warning.first_seen_where").value() == "Grup WhatsApp wali murid"
    assert widget(again, "recognise.narrative").value() == "Pemerintah menyembunyikan efek vaksin."
    assert widget(again, "recognise.techniques").value() == ["fabrication", "identity"]
    wizard = again
    wizard.next()

    # Step 3: the claim, the insight, and reach figures drawn as a chart.
    type_into(
        qtbot, wizard, "situational_insight.claim_summary", "Vaksin HPV disebut bikin mandul."
    )
    type_into(qtbot, wizard, "situational_insight.so_what", "Penolakan imunisasi bisa meluas.")
    type_into(qtbot, wizard, "situational_insight.facts", "Tidak ada laporan KIPI serius.")
    reach = widget(wizard, "situational_insight.reach")
    assert isinstance(reach, widgets.Figures)
    reach.add_row({"date": "2026-05-20", "metric": "shares", "value": "1.200"})
    reach.add_row({"date": "2026-05-21", "metric": "shares", "value": "3400"})
    reach.table.item(1, 2).setText("3500")
    assert [(f["date"], f["value"]) for f in cases.figures(lib, case_id)] == [
        ("2026-05-20", 1200),
        ("2026-05-21", 3500),
    ]
    assert [len(s.points) for s in reach.chart.series] == [2]
    wizard.next()

    # Step 4: the priority, with the rule on screen.
    choose(wizard, "impact_analysis.likelihood", 4)
    for question in cases.risk.IMPACTS:
        choose(wizard, question, 2)
    choose(wizard, "impact_analysis.impact_safety_health", 5)
    panel = wizard.step_pages[3].risk_panel
    assert panel.headline.text() == "Priority: High (risk score 20)"
    assert panel.working.text() == "Likelihood 4 × impact 5 = risk score 20: high priority."
    assert "15 or more is high priority" in panel.rule.text()
    assert panel.rule_name.text() == "<b>This office's priority rule (not part of RESIST)</b>"
    choose(wizard, "impact_analysis.urgency", "days")
    choose(wizard, "impact_analysis.decision", "respond_now")
    type_into(qtbot, wizard, "impact_analysis.decision_reason", "Program sedang berjalan.")
    assert cases.get(lib, case_id).priority == "high"
    wizard.next()
    decided = lib.query(
        "SELECT detail FROM audit_log WHERE action = 'decide' AND entity_id = ?", [case_id]
    )
    assert len(decided) == 1 and "Program sedang berjalan." in decided[0]["detail"]

    # Step 5: key messages from approved lines, and the clarification draft.
    choose(wizard, "strategic_communication.options", ["clarification_debunk"])
    type_into(qtbot, wizard, "strategic_communication.options_reason", "Fakta sudah jelas.")
    # OASIS: the objectives are set here, with the response.
    objectives = widget(wizard, "strategic_communication.objectives")
    assert isinstance(objectives, widgets.Table)
    objectives.add_row({"objective": "Aduan turun 50 persen"})
    objectives.table.item(0, 2).setText("7 hari")
    qtbot.waitUntil(lambda: bool(saved(wizard, "strategic_communication.objectives")))
    assert saved(wizard, "strategic_communication.objectives") == [
        {"objective": "Aduan turun 50 persen", "measure": "", "due": "7 hari"}
    ]
    hpv_lines = [
        q["id"]
        for q in quotes.listing(lib, status="approved")
        if "kemandulan" in q["text"] or "kanker leher rahim" in q["text"].lower()
    ]
    links = widget(wizard, "strategic_communication.key_messages")
    assert isinstance(links, widgets.Links)
    links.add_ids(hpv_lines)
    assert saved(wizard, "strategic_communication.key_messages") == hpv_lines
    draft_id = wizard.step_pages[4].drafts.create_draft()
    draft = statements.get(lib, draft_id)
    assert draft.case_id == case_id
    assert draft.title == "[HOAKS] Vaksin HPV disebut bikin mandul"
    assert "Tidak ada laporan KIPI serius." in draft.body
    assert "Imunisasi HPV tidak menyebabkan kemandulan" in draft.body
    assert draft.title in wizard.step_pages[4].drafts.made.text()
    wizard.next()

    # Step 6: each objective of step 5 scored, figures over time, the verdict.
    scores = widget(wizard, "tracking.objective_scores")
    assert isinstance(scores, widgets.Table)
    assert scores.table.item(0, 0).text() == "Aduan turun 50 persen"
    score = scores.table.cellWidget(0, 1)
    score.setCurrentIndex(score.findData("met"))
    assert saved(wizard, "tracking.objective_scores") == [
        {"objective": "Aduan turun 50 persen", "score": "met", "evidence": ""}
    ]
    outcomes = widget(wizard, "tracking.outcomes")
    outcomes.add_row({"date": "2026-05-22", "metric": "questions_received", "value": "40"})  # type: ignore[attr-defined]
    outcomes.add_row({"date": "2026-05-29", "metric": "questions_received", "value": "12"})  # type: ignore[attr-defined]
    choose(wizard, "tracking.result", "yes")
    wizard.next()

    # The summary: everything complete, a brief for leadership in both languages.
    summary = wizard.summary
    assert "6 of 6 steps complete." in summary.steps.text()
    assert summary.risk_panel.headline.text() == "Priority: High (risk score 20)"
    summary.report_language.setCurrentIndex(0)
    brief_id = summary.save_report(brief=True, target=str(tmp_path / "ringkasan.pdf"))
    summary.report_language.setCurrentIndex(1)
    brief_en = summary.save_report(brief=True, target=str(tmp_path / "brief.pdf"))
    report_docx = summary.save_report(brief=False, target=str(tmp_path / "report.docx"))
    text_id = " ".join(pypdf.PdfReader(brief_id).pages[0].extract_text().split())
    text_en = " ".join(pypdf.PdfReader(brief_en).pages[0].extract_text().split())
    assert len(pypdf.PdfReader(brief_id).pages) == 1
    assert "RINGKASAN SITUASI" in text_id and "Prioritas Tinggi" in text_id
    assert "Kemungkinan 4 × dampak 5 = skor risiko 20: prioritas tinggi." in text_id
    assert "SITUATION BRIEF" in text_en and "Penolakan imunisasi bisa meluas." in text_en
    import docx

    paragraphs = [p.text for p in docx.Document(report_docx).paragraphs]
    assert "6. Tracking effectiveness" in paragraphs
    assert "Likelihood 4 × impact 5 = risk score 20: high priority." in paragraphs

    summary.close_case.click()
    assert cases.get(lib, case_id).status == "closed"
    wizard.accept()
    assert view.model.rowCount() == 3
    assert {
        a["action"]
        for a in lib.query("SELECT action FROM audit_log WHERE entity_id = ?", [case_id])
    } >= {
        "create",
        "decide",
        "draft",
        "close",
    }
    assert audit.verify(lib) == []


def test_the_sample_case_resumes_at_its_step_with_its_answers(qtbot, view: CasesView):
    hpv = next(r["id"] for r in cases.listing(view.lib) if r["label"] == "HOAKS")
    wizard = view.open_case(hpv)
    assert wizard.currentId() == 4
    assert wizard.currentPage().title() == "Step 5 of 6: Strategic communication"
    risk_panel = wizard.step_pages[3].risk_panel
    assert risk_panel.headline.text() == "Priority: High (risk score 16)"
    assert widget(wizard, "recognise.verdict").value() == "HOAKS"
    assert [r["value"] for r in widget(wizard, "situational_insight.reach").value()] == [
        "6",
        "27",
        "1450",
        "38000",
        "420",
    ]
    # From the summary, a step's title leads back to that step.
    wizard.go_to(6)
    assert "○ <b><a href='step:5'>6. Tracking effectiveness</a></b>: missing" in (
        wizard.summary.steps.text()
    )
    wizard.summary.steps.linkActivated.emit("step:2")
    assert wizard.currentId() == 2
    # The step list beside the pages shows where the case stands, and leads anywhere.
    side = wizard.steps_list.label.text()
    assert "✔</td><td><b><a href='2'" in side and "○</td><td><a href='5'" in side
    wizard.steps_list.label.linkActivated.emit("0")
    assert wizard.currentPage().title() == "Step 1 of 6: Recognise"
    wizard.reject()


def test_switching_library_closes_open_cases_after_saving_them(
    qtbot, english, sample_lib: Library, tmp_path: Path
):
    from humasdesk import prefs
    from humasdesk.ui.main_window import MainWindow

    window = MainWindow(sample_lib, prefs.Prefs(language="en"), persist=False)
    qtbot.addWidget(window)
    hpv = next(r["id"] for r in cases.listing(sample_lib) if r["label"] == "HOAKS")
    wizard = window.cases_view.open_case(hpv)
    wizard.go_to(0)
    notes = widget(wizard, "recognise.source_notes")
    qtbot.keyClicks(notes.edit, "Ditulis sebelum pindah pustaka. ")  # type: ignore[attr-defined]
    window.switch_library(tmp_path / "lain.humasdesk")
    assert window.cases_view.model.rowCount() == 0
    from humasdesk.store.db import open_library

    with open_library(sample_lib.path) as reopened:
        text = cases.answers(reopened, hpv)["recognise.source_notes"]
    assert text.startswith("Ditulis sebelum pindah pustaka. Akun dibuat")


def test_the_timeline_panel_adds_entries_and_flags(qtbot, view: CasesView):
    case_id = next(r["id"] for r in cases.listing(view.lib) if r["label"] == "PENIPUAN")
    wizard = view.open_case(case_id)
    dialog = wizard.show_timeline()
    panel = dialog.panel
    before = panel.table.rowCount()
    panel.what.setText("Klarifikasi diunggah ke situs resmi")
    panel.actor.setText("Tim Humas")
    panel.released.setChecked(True)
    panel.add.click()
    entries = cases.timeline(view.lib, case_id)
    assert len(entries) == before + 1
    added = next(e for e in entries if e.what == "Klarifikasi diunggah ke situs resmi")
    assert added.released and not added.key_event and added.actor == "Tim Humas"
    row = [e.id for e in panel.entries].index(added.id)
    panel.table.item(row, 3).setCheckState(panel.table.item(row, 3).checkState().__class__.Checked)
    assert next(e for e in cases.timeline(view.lib, case_id) if e.id == added.id).key_event
    wizard.reject()


def test_the_wizard_follows_a_language_switch(qtbot, view: CasesView):
    hpv = next(r["id"] for r in cases.listing(view.lib) if r["label"] == "HOAKS")
    wizard = view.open_case(hpv)
    page = wizard.step_pages[0]
    label = page.boxes["recognise.claim_type"].label
    assert "checkable claim, or an opinion" in label.text()
    translate.install("id")
    QApplication.processEvents()
    assert page.title() == "Langkah 1 dari 6: Identifikasi"
    assert "klaim yang dapat diperiksa, atau hanya opini" in label.text()
    assert view.new_button.text() in ("New case…", "Kasus baru…")
    translate.install("en")
    QApplication.processEvents()
    assert page.title() == "Step 1 of 6: Recognise"
    wizard.reject()


def test_the_case_list_filters_and_searches(qtbot, view: CasesView):
    assert view.model.rowCount() == 2
    assert [view.model.index(r, 4).data() for r in range(2)] == ["0 / 6", "5 / 6"]
    view.priority_filter.setCurrentIndex(1)  # high
    assert [view.model.record(r)["label"] for r in range(view.model.rowCount())] == ["HOAKS"]
    view.priority_filter.setCurrentIndex(0)
    view.search.setText("listrik OTP")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "subsidi listrik" in view.model.record(0)["title"]
    view.search.setText("tidak ada kata seperti ini")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.empty.isVisible()
    assert view.empty.text() == "No case matches these filters."


def test_a_date_and_time_answer_keeps_its_offset_until_changed(qtbot, english):
    resist = checklist.load(resources_dir() / "checklists" / "resist.json")
    answer = widgets.make(resist.question("early_warning.first_seen_at"), "en")
    qtbot.addWidget(answer)
    assert answer.value() is None
    answer.set_value("2026-05-11T19:40:00+07:00")
    assert answer.value() == "2026-05-11T19:40:00+07:00"
    with qtbot.waitSignal(answer.edited):
        answer.now.click()
    assert answer.value() is not None and answer.value() != "2026-05-11T19:40:00+07:00"
    answer.clear.click()
    assert answer.value() is None


def test_a_row_added_by_the_button_is_typed_into_at_once(qtbot, view: CasesView):
    """ "Add row" opens the new row's first cell: what the officer types next lands there (the
    button's `checked` argument was taken for a row to load, and nothing opened)."""
    wizard = start(view)
    evidence = widget(wizard, "situational_insight.evidence")
    assert isinstance(evidence, widgets.RowsTable)
    before = evidence.table.rowCount()
    evidence.add.click()
    assert evidence.table.rowCount() == before + 1
    assert evidence.table.state() == evidence.table.State.EditingState
    assert evidence.table.currentRow() == before and evidence.table.currentColumn() == 0
    wizard.reject()


def test_tab_reaches_and_leaves_a_drop_down_cell_like_the_text_cells(qtbot, view: CasesView):
    """FACT's "assess" column is a drop-down: Tab from it goes on to the next cell (open for
    typing), Shift+Tab back; before, Tab skipped it and left the table."""
    from PySide6.QtCore import Qt

    wizard = start(view)
    fact = widget(wizard, "strategic_communication.fact")
    assert isinstance(fact, widgets.Table)
    fact.add.click()
    assess = fact.keys().index("assess")
    combo = fact.table.cellWidget(0, assess)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert (fact.table.currentRow(), fact.table.currentColumn()) == (0, assess + 1)
    assert fact.table.state() == fact.table.State.EditingState
    qtbot.keyClick(combo, Qt.Key.Key_Backtab)
    assert (fact.table.currentRow(), fact.table.currentColumn()) == (0, assess - 1)
    wizard.reject()
