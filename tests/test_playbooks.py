"""Crisis playbooks are data an office can read, change and extend, in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.core import checklist, playbooks
from humasdesk.paths import resources_dir

SHIPPED = {
    "banjir",
    "gempa-tsunami",
    "karhutla",
    "wabah",
    "kebocoran-data",
    "hoaks-bansos",
    "penipuan-loker",
    "gangguan-layanan",
    "kecelakaan-transportasi",
    "unjuk-rasa",
}


def shipped() -> list[playbooks.Playbook]:
    found, problems = playbooks.available([resources_dir() / "playbooks"])
    assert problems == []
    return found


def test_the_ten_crises_an_indonesian_humas_meets_most_are_shipped():
    assert {p.id for p in shipped()} == SHIPPED


@pytest.mark.parametrize("playbook", shipped(), ids=lambda p: p.id)
def test_every_playbook_speaks_both_languages_in_every_part(playbook: playbooks.Playbook):
    assert playbook.languages == ["id", "en"]
    for part in ("first_hour", "inform", "channels", "journalist_questions"):
        texts = getattr(playbook, part)
        assert len(texts) >= 3, part
        assert all(t.values.get("en") and t.values.get("id") for t in texts), part
    assert set(playbook.holding) == {"topic", "situation", "actions"}
    for text in playbook.holding.values():
        assert text.values["id"] != text.values["en"]
    assert playbook.topics
    assert playbook.update_every_hours in playbooks.CADENCE_HOURS


@pytest.mark.parametrize("playbook", shipped(), ids=lambda p: p.id)
def test_every_prefilled_answer_fits_the_resist_checklist(playbook: playbooks.Playbook):
    editions, _problems = checklist.available()
    resist = checklist.latest(editions, "resist")
    assert resist is not None
    for lang in ("id", "en"):
        for question_id, value in playbook.answer_values(lang).items():
            question = resist.question(question_id)
            assert question is not None, question_id
            allowed = {o.value for o in question.options}
            if question.type == "multi":
                assert set(value) <= allowed, question_id
            elif question.type == "choice":
                assert value in allowed, question_id
            else:
                assert isinstance(value, str) and value.strip(), question_id


def test_an_office_changes_a_playbook_by_a_newer_version_in_its_own_folder(tmp_path: Path):
    data = json.loads((resources_dir() / "playbooks" / "banjir.json").read_text("utf-8"))
    data["version"] = "2026.2-nr"
    data["title"] = {"id": "Banjir rob Pantura", "en": "Tidal flooding"}
    (tmp_path / "banjir-kantor.json").write_text(json.dumps(data), encoding="utf-8")
    found, problems = playbooks.available([resources_dir() / "playbooks", tmp_path])
    assert problems == []
    banjir = next(p for p in found if p.id == "banjir")
    assert (banjir.version, banjir.title.get("id")) == ("2026.2-nr", "Banjir rob Pantura")
    assert len(found) == len(SHIPPED)


def test_a_broken_playbook_is_named_with_its_problem_and_the_others_still_load(tmp_path: Path):
    (tmp_path / "rusak.json").write_text('{"id": "rusak", "version": "1"', encoding="utf-8")
    (tmp_path / "kosong.json").write_text(
        '{"id": "kosong", "version": "1", "title": {"id": "Kosong"}}', encoding="utf-8"
    )
    found, problems = playbooks.available([resources_dir() / "playbooks", tmp_path])
    assert len(found) == len(SHIPPED)
    messages = sorted(p.render() for p in problems)
    assert (
        "The playbook kosong.json cannot be used: summary needs a text per language"
        in (messages[0])
    )
    assert messages[1].startswith("The playbook rusak.json cannot be used: it is not valid JSON")
