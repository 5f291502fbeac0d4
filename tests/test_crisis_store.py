"""A case started from a playbook: its answers, its holding statement, the clock to the first
holding statement out, and the next update due."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from humasdesk.core import checklist, playbooks
from humasdesk.core.records import TimelineEntry
from humasdesk.exporting import export
from humasdesk.store import case_drafts, cases, crisis, quotes, statements
from humasdesk.store.db import Library

UTC = dt.UTC


def banjir() -> playbooks.Playbook:
    found = playbooks.find("banjir")
    assert found is not None
    return found


def test_a_flood_playbook_opens_a_case_with_its_answers_and_a_holding_statement(
    sample_lib: Library, resist: checklist.Checklist
):
    case_id, draft = crisis.start(
        sample_lib, banjir(), resist, "id", location="Kelurahan Kampung Melayu"
    )
    case = cases.get(sample_lib, case_id)
    assert case.title == "Banjir – Kelurahan Kampung Melayu"
    given = cases.answers(sample_lib, case_id)
    assert given["strategic_communication.options"] == ["holding_statement", "crisis_communication"]
    assert given["strategic_communication.timing"] == "immediately"
    assert "112" in given["strategic_communication.core_message"]
    # The approved lines tagged "banjir" are the case's key messages, in the draft too.
    lines = [quotes.get(sample_lib, q) for q in given[case_drafts.KEY_MESSAGES]]
    assert lines and all(q.status == "approved" and "banjir" in q.tags for q in lines)
    saved = statements.get(sample_lib, draft.id)
    assert (
        saved.title
        == "Pernyataan Diskominfo Nusantara Raya terkait banjir di Kelurahan Kampung Melayu"
    )
    assert "mengetahui adanya banjir yang melanda Kelurahan Kampung Melayu" in saved.lead
    assert "nomor darurat 112" in saved.body
    assert lines[0].text.strip().rstrip(".") in saved.body
    assert "Nur Aisyah Putri" in saved.contacts  # the office's contact person
    assert "{next_update}" not in saved.body and "paling lambat" in saved.body
    # The office's zone (WIB by default), whatever the computer's clock is set to.
    assert re.search(r"pukul \d\d\.\d\d WIB", saved.body), saved.body
    assert crisis.holding_draft(sample_lib, case_id).id == draft.id
    info = crisis.get(sample_lib, case_id)
    assert (info.playbook_id, info.update_every_hours) == ("banjir", 4)
    assert info.minutes_to_holding() is None


def test_the_english_draft_uses_the_english_playbook_and_template(
    sample_lib: Library, resist: checklist.Checklist
):
    playbook = playbooks.find("kecelakaan-transportasi")
    assert playbook is not None
    _case_id, draft = crisis.start(sample_lib, playbook, resist, "en", location="Merak port")
    assert draft.language == "en"
    assert draft.title == "Statement by Diskominfo Nusantara Raya on the accident at Merak port"
    assert "Our deepest sympathies go to the victims" in draft.body


def test_exporting_the_holding_statement_stops_its_clock_and_starts_the_update_cadence(
    sample_lib: Library, resist: checklist.Checklist, tmp_path: Path
):
    case_id, draft = crisis.start(sample_lib, banjir(), resist, "id", every_hours=2)
    export.write(sample_lib, draft, "txt", tmp_path / "holding.txt")
    info = crisis.get(sample_lib, case_id)
    assert info.holding_exported_at is not None
    assert info.minutes_to_holding() == 0
    sent = dt.datetime.fromisoformat(info.last_update_at)
    assert dt.datetime.fromisoformat(info.next_update_at) == sent + dt.timedelta(hours=2)
    # A later export is an update: the first holding time stays.
    first = info.holding_exported_at
    later = dt.datetime.now(UTC) + dt.timedelta(minutes=40)
    crisis.record_export(sample_lib, statements.get(sample_lib, draft.id), at=later)
    again = crisis.get(sample_lib, case_id)
    assert again.holding_exported_at == first
    assert dt.datetime.fromisoformat(again.next_update_at) == later.replace(
        microsecond=0
    ) + dt.timedelta(hours=2)


def test_overdue_updates_are_listed_and_a_set_time_replaces_the_cadence(
    sample_lib: Library, resist: checklist.Checklist
):
    late_id, _d = crisis.start(sample_lib, banjir(), resist, "id", location="Bekasi")
    calm_id, _d = crisis.start(sample_lib, banjir(), resist, "id", location="Bogor")
    in_five_hours = dt.datetime.now(UTC) + dt.timedelta(hours=5)
    assert crisis.overdue(sample_lib) == []
    assert set(crisis.overdue(sample_lib, at=in_five_hours)) == {late_id, calm_id}
    crisis.set_cadence(sample_lib, calm_id, None, in_five_hours + dt.timedelta(hours=1))
    assert crisis.overdue(sample_lib, at=in_five_hours) == [late_id]
    crisis.set_cadence(sample_lib, late_id, None)  # no more reminders
    assert crisis.overdue(sample_lib, at=in_five_hours) == []
    with pytest.raises(crisis.BadCadence):
        crisis.set_cadence(sample_lib, late_id, 3)
    cases.close(sample_lib, calm_id)
    assert crisis.overdue(sample_lib, at=in_five_hours + dt.timedelta(days=1)) == []


def test_a_situation_update_tells_what_happened_since_the_last_update(
    sample_lib: Library, resist: checklist.Checklist, tmp_path: Path
):
    case_id, draft = crisis.start(sample_lib, banjir(), resist, "id", location="Bekasi")
    sent = dt.datetime.now(UTC) - dt.timedelta(hours=3)
    crisis.record_export(sample_lib, draft, at=sent)
    before = (sent - dt.timedelta(minutes=30)).isoformat()
    after = (sent + dt.timedelta(hours=1)).isoformat()
    cases.add_timeline(sample_lib, case_id, TimelineEntry(at=before, what="Air mulai naik"))
    cases.add_timeline(
        sample_lib,
        case_id,
        TimelineEntry(at=after, what="1.240 warga mengungsi ke 6 posko", actor="BPBD"),
    )
    update = crisis.situation_update(sample_lib, case_id, "id")
    assert update.title == "Perkembangan situasi: Banjir – Bekasi"
    assert "1.240 warga mengungsi ke 6 posko (BPBD)" in update.body
    assert "Air mulai naik" not in update.body
    assert "paling lambat" in update.body  # the next update, from the cadence
    assert update.case_id == case_id
    # Exporting the update restarts the cadence; the holding clock stays as it was.
    export.write(sample_lib, update, "txt", tmp_path / "update.txt")
    info = crisis.get(sample_lib, case_id)
    assert info.holding_exported_at == sent.replace(microsecond=0).isoformat()
    assert not info.overdue()


def test_a_case_without_the_desk_is_no_concern_of_record_export(sample_lib: Library):
    case_id = cases.listing(sample_lib)[0]["id"]
    draft = case_drafts.create_draft(sample_lib, case_id, "holding", "id")
    crisis.record_export(sample_lib, draft)
    assert crisis.get(sample_lib, case_id) is None
    crisis.set_cadence(sample_lib, case_id, 24)
    assert crisis.get(sample_lib, case_id).update_every_hours == 24
    assert crisis.desk_cases(sample_lib)[0]["id"] == case_id


def test_update_times_are_said_in_the_offices_zone_whatever_the_computers_clock():
    moment = dt.datetime(2026, 12, 7, 14, 30, tzinfo=dt.UTC)  # 23.30 in Jayapura
    assert crisis.when_text(moment, "id", "WIT", today=dt.date(2026, 12, 7)) == "pukul 23.30 WIT"
    assert crisis.when_text(moment, "id", "WIT", today=dt.date(2026, 12, 6)) == (
        "Senin, 7 Desember 2026 pukul 23.30 WIT"
    )
    assert crisis.when_text(moment, "en", "WIB", today=dt.date(2026, 12, 7)) == "21:30 WIB"
