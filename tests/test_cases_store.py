"""A case keeps every answer as it is given, its evidence, figures, links and timeline, its
decisions in the audit log, and the checklist edition it was answered with."""

from __future__ import annotations

import json
from pathlib import Path

from humasdesk.core import checklist
from humasdesk.core.records import TimelineEntry
from humasdesk.paths import resources_dir
from humasdesk.store import audit, case_drafts, cases, quotes, statements
from humasdesk.store.db import Library

SHIPPED = resources_dir() / "checklists" / "resist.json"


def new_case(lib: Library, title: str = "Video banjir lama disebar ulang") -> str:
    return cases.create(
        lib, title, "Video banjir 2021 disebut terjadi hari ini.", checklist.load(SHIPPED)
    ).id


def hpv_case(lib: Library) -> str:
    return next(r["id"] for r in cases.listing(lib) if r["label"] == "HOAKS")


def test_answers_are_kept_one_by_one_and_set_the_label_and_priority(lib: Library):
    case_id = new_case(lib)
    cases.set_answer(lib, case_id, "recognise.verdict", "HOAKS")
    cases.set_answer(lib, case_id, "impact_analysis.likelihood", 3)
    cases.set_answer(lib, case_id, "impact_analysis.impact_safety_health", 5)
    cases.set_answer(lib, case_id, "impact_analysis.impact_trust", 2)
    case = cases.get(lib, case_id)
    assert (case.label, case.likelihood, case.impact, case.priority) == ("HOAKS", 3, 5, "high")
    cases.set_answer(lib, case_id, "impact_analysis.impact_safety_health", 1)
    assert cases.get(lib, case_id).priority == "low"
    cases.set_answer(lib, case_id, "recognise.narrative", "")
    assert "recognise.narrative" not in cases.answers(lib, case_id)


def test_a_decision_is_written_to_the_audit_log_once_per_change(lib: Library):
    case_id = new_case(lib)
    cases.set_answer(lib, case_id, "impact_analysis.decision", "respond_now")
    cases.set_answer(lib, case_id, "impact_analysis.decision_reason", "Menyebar cepat.")
    assert cases.record_decision(lib, case_id)
    assert not cases.record_decision(lib, case_id)
    cases.close(lib, case_id, "narasi mereda")
    cases.reopen(lib, case_id, "muncul lagi")
    actions = [
        r["action"]
        for r in lib.query(
            "SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq", [case_id]
        )
    ]
    assert actions == ["create", "decide", "close", "reopen"]
    decided = json.loads(
        lib.scalar(
            "SELECT detail FROM audit_log WHERE action = 'decide' AND entity_id = ?", [case_id]
        )
    )
    assert decided["decision"] == "respond_now"
    assert decided["reason"] == "Menyebar cepat."
    assert audit.verify(lib) == []
    assert cases.get(lib, case_id).status == "open"


def test_answering_close_this_case_closes_and_reopens_it(lib: Library):
    case_id = new_case(lib)
    cases.set_answer(lib, case_id, "tracking.close_case", "yes")
    assert cases.get(lib, case_id).status == "closed"
    cases.set_answer(lib, case_id, "tracking.close_case", "no")
    assert cases.get(lib, case_id).status == "open"
    actions = [
        r["action"]
        for r in lib.query(
            "SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq", [case_id]
        )
    ]
    assert actions == ["create", "close", "reopen"]


def test_figures_evidence_and_links_are_stored_with_their_answer(sample_lib: Library):
    case_id = new_case(sample_lib)
    cases.set_figures(
        sample_lib,
        case_id,
        "situational_insight.reach",
        ["shares", "views", "mentions", "groups"],
        [
            {"date": "2026-05-12", "metric": "shares", "value": "1450", "note": "FB"},
            {"date": "2026-05-11", "metric": "shares", "value": 300},
            {"date": "bukan tanggal", "metric": "shares", "value": 1},
            {"date": "2026-05-13", "metric": "unknown", "value": 1},
        ],
    )
    assert [(f["date"], f["value"]) for f in cases.figures(sample_lib, case_id)] == [
        ("2026-05-11", 300),
        ("2026-05-12", 1450),
    ]
    assert len(cases.answers(sample_lib, case_id)["situational_insight.reach"]) == 2
    cases.set_evidence(
        sample_lib, case_id, "situational_insight.evidence", [{"ref": "wa.png", "note": "awal"}, {}]
    )
    assert cases.evidence(sample_lib, case_id) == [{"ref": "wa.png", "note": "awal"}]
    approved = quotes.listing(sample_lib, status="approved")[:2]
    cases.set_links(
        sample_lib,
        case_id,
        "strategic_communication.key_messages",
        "quote",
        [q["id"] for q in approved],
    )
    assert sorted(cases.links(sample_lib, case_id, "quote")) == sorted(q["id"] for q in approved)


def test_the_timeline_keeps_what_happened_in_order_with_its_flags(lib: Library):
    case_id = new_case(lib)
    cases.add_timeline(
        lib, case_id, TimelineEntry("2026-05-12T14:00:00+07:00", "Rilis", released=True)
    )
    first = cases.add_timeline(
        lib, case_id, TimelineEntry("2026-05-11T21:05:00+07:00", "Laporan masuk", "Piket")
    )
    first.key_event = True
    cases.update_timeline(lib, case_id, first)
    entries = cases.timeline(lib, case_id)
    assert [(e.what, e.key_event, e.released) for e in entries] == [
        ("Laporan masuk", True, False),
        ("Rilis", False, True),
    ]


def test_the_list_filters_by_status_and_priority_and_searches_answers(sample_lib: Library):
    hpv = hpv_case(sample_lib)
    assert [r["title"] for r in cases.listing(sample_lib, priority="high")] == [
        cases.get(sample_lib, hpv).title
    ]
    assert {r["id"] for r in cases.listing(sample_lib, text="kemandulan")} == {hpv}
    # A word only in an answer (the source's notes) still finds the case.
    assert {r["id"] for r in cases.listing(sample_lib, text="suplemen herbal")} == {hpv}
    cases.close(sample_lib, hpv)
    assert hpv not in {r["id"] for r in cases.listing(sample_lib, status="open")}
    assert [r["steps_done"] for r in cases.listing(sample_lib, status="closed")] == [5]


def test_a_case_reopens_with_the_edition_it_was_answered_with(lib: Library, tmp_path: Path):
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data["id"], data["version"] = "resist-nr", "1"
    data["steps"][0]["questions"][0]["label"]["id"] = "Pertanyaan versi kantor"
    office_file = tmp_path / "resist-nr.json"
    office_file.write_text(json.dumps(data), encoding="utf-8")
    case_id = cases.create(lib, "Kasus kantor", "", checklist.load(office_file)).id
    office_file.unlink()  # the office changed or removed its file later
    edition = cases.checklist_of(lib, cases.get(lib, case_id))
    assert (edition.id, edition.version) == ("resist-nr", "1")
    assert edition.steps[0].questions[0].label.get("id") == "Pertanyaan versi kantor"


def test_a_clarification_draft_is_filled_from_the_case_and_its_approved_lines(sample_lib: Library):
    hpv = hpv_case(sample_lib)
    retired = quotes.listing(sample_lib, status="retired")[0]
    chosen = cases.answers(sample_lib, hpv)["strategic_communication.key_messages"]
    cases.set_links(
        sample_lib, hpv, "strategic_communication.key_messages", "quote", [*chosen, retired["id"]]
    )
    draft = case_drafts.create_draft(sample_lib, hpv, "clarification", "id")
    saved = statements.get(sample_lib, draft.id)
    assert saved.case_id == hpv
    assert saved.status == "draft"
    assert saved.title.startswith("[HOAKS] Imunisasi HPV")
    assert "Grup WhatsApp, Facebook dan TikTok" in saved.lead
    assert "Dinas Kesehatan tidak pernah menerbitkan surat" in saved.body
    for quote_id in chosen:
        text = quotes.get(sample_lib, quote_id).text.rstrip(".")
        assert text in saved.body
    assert retired["text"].rstrip(".") not in saved.body  # only approved lines go out
    assert "www.nusantararaya.go.id" in saved.body  # the office's details, from its settings
    assert "{report_channel}" in saved.body  # what the office did not fill in stays visible
    assert [s["id"] for s in cases.statements_of(sample_lib, hpv)] == [draft.id]
    holding = case_drafts.create_draft(sample_lib, hpv, "holding", "en")
    assert holding.title.startswith("Statement by")
    assert "said Siti Rahmawati, Kepala Dinas Kesehatan" in holding.body


def test_have_we_answered_this_before_finds_the_earlier_clarification(sample_lib: Library):
    from humasdesk.store import search

    claim = "Beredar lagi: vaksin HPV bikin anak perempuan mandul, katanya ada surat Dinkes"
    cases_found = search.similar(sample_lib, claim, kind="cases")
    statements_found = search.similar(sample_lib, claim, kind="statements")
    assert cases_found[0].title.startswith("Pesan berantai: imunisasi HPV")
    assert statements_found[0].title.startswith("Klarifikasi: Imunisasi HPV")
    assert "[HPV]" in statements_found[0].snippet
    unrelated = "Harga cabai di pasar induk naik menjelang lebaran"
    assert search.similar(sample_lib, unrelated, kind="cases") == []
