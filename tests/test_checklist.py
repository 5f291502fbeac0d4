"""The RESIST checklist is data an office can edit: the shipped edition loads, a broken file
is refused with a message naming the file and the problem, and an office's own edition is
picked up without code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.core import checklist, risk
from humasdesk.paths import resources_dir

SHIPPED = resources_dir() / "checklists" / "resist.json"


def shipped_data() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_shipped_checklist_has_six_steps_and_every_answer_type():
    resist = checklist.load(SHIPPED)
    assert [s.id for s in resist.steps] == [
        "recognise",
        "early_warning",
        "situational_insight",
        "impact_analysis",
        "strategic_communication",
        "tracking",
    ]
    questions = list(resist.questions())
    assert len(questions) == 72
    assert {q.type for q in questions} == set(checklist.TYPES)
    claim_type = resist.question("recognise.claim_type")
    assert claim_type is not None
    assert claim_type.label.get("en") == "Is this message a checkable claim, or an opinion?"
    assert claim_type.label.get("id").startswith("Apakah pesan ini")
    assert resist.question("strategic_communication.key_messages").target == "quote"


def broken_variants() -> list[tuple[str, object, str]]:
    def edit(change):  # type: ignore[no-untyped-def]
        data = shipped_data()
        change(data)
        return data

    return [
        ("not-json.json", '{"id": "resist", "version": "1",', "not valid JSON (line 1"),
        ("no-version.json", edit(lambda d: d.pop("version")), '"version" is missing'),
        ("no-steps.json", edit(lambda d: d.update(steps=[])), '"steps" is missing or empty'),
        (
            "bad-type.json",
            edit(lambda d: d["steps"][0]["questions"][0].update(type="slider")),
            'question recognise.claim_type has an unknown type "slider"',
        ),
        (
            "no-options.json",
            edit(lambda d: d["steps"][0]["questions"][0].pop("options")),
            'recognise.claim_type needs a non-empty list "options"',
        ),
        (
            "twice.json",
            edit(lambda d: d["steps"][0]["questions"].append(d["steps"][0]["questions"][0])),
            'the question id "recognise.claim_type" appears twice',
        ),
        (
            "wrong-step.json",
            edit(lambda d: d["steps"][1]["questions"][0].update(id="recognise.extra")),
            'step early_warning: the question id "recognise.extra"',
        ),
        (
            "no-indonesian.json",
            edit(lambda d: d["steps"][0]["questions"][1].update(label={"en": "Techniques"})),
            'recognise.techniques label has no Indonesian text (key "id")',
        ),
        (
            "bad-target.json",
            edit(lambda d: d["steps"][4]["questions"][4].update(target="person")),
            '"target" must be "statement" or "quote"',
        ),
    ]


@pytest.mark.parametrize(("name", "data", "problem"), broken_variants())
def test_a_broken_checklist_is_refused_naming_the_file_and_the_problem(
    tmp_path: Path, name: str, data: object, problem: str
):
    path = write(tmp_path, name, data)
    with pytest.raises(checklist.ChecklistError) as caught:
        checklist.load(path)
    message = str(caught.value.render())
    assert message.startswith(f"The checklist {name} cannot be used: ")
    assert problem in message


def test_the_problem_is_shown_in_indonesian_too(tmp_path: Path, qapp):
    from humasdesk import translate

    path = write(tmp_path, "rusak.json", {"id": "x", "version": "1", "steps": []})
    translate.install("id")
    with pytest.raises(checklist.ChecklistError) as caught:
        checklist.load(path)
    text = translate.error_text(caught.value)
    assert "rusak.json" in text
    assert "cannot be used" not in text


def test_an_office_edition_in_its_own_folder_is_offered_beside_the_shipped_one(tmp_path: Path):
    data = shipped_data()
    data["id"], data["version"] = "resist-nr", "2026.1-nr"
    data["steps"][0]["questions"][0]["label"]["id"] = "Klaim atau opini? (versi Diskominfo NR)"
    write(tmp_path, "resist-nr.json", data)
    write(tmp_path, "broken.json", "{")
    found, problems = checklist.available([SHIPPED.parent, tmp_path])
    assert {(c.id, c.version) for c in found} == {
        ("resist", "2026.1"),
        ("resist", "2026.2"),
        ("resist-nr", "2026.1-nr"),
    }
    assert [p.params["file"] for p in problems] == ["broken.json"]
    office = checklist.find("resist-nr", "2026.1-nr", [SHIPPED.parent, tmp_path])
    assert office.steps[0].questions[0].label.get("id").endswith("(versi Diskominfo NR)")
    with pytest.raises(checklist.ChecklistMissing):
        checklist.find("resist-nr", "2027.1", [tmp_path])


def test_the_newest_version_of_an_edition_is_the_default(tmp_path: Path):
    for version in ("2026.2", "2026.10", "2026.9"):
        data = shipped_data()
        data["version"] = version
        write(tmp_path, f"resist-{version}.json", data)
    found, _ = checklist.available([tmp_path])
    assert checklist.latest(found, "resist").version == "2026.10"


def test_the_summary_names_what_is_missing_per_step():
    resist = checklist.load(SHIPPED)
    answers = {
        "recognise.claim_type": "claim",
        "recognise.techniques": ["fabrication"],
        "recognise.information_disorder": "unsure",
        "recognise.verdict": "BELUM_DIPASTIKAN",
        "recognise.narrative": "  ",
    }
    missing = checklist.missing(resist, answers)
    assert [q.id for q in missing["recognise"]] == ["recognise.narrative"]
    assert checklist.steps_done(resist, answers) == []
    answers["recognise.narrative"] = "Pemerintah menyembunyikan bahaya vaksin."
    assert checklist.steps_done(resist, answers) == ["recognise"]


def test_edition_2026_1_keeps_its_rule_likelihood_times_the_highest_impact():
    answers = {risk.LIKELIHOOD: 3, risk.IMPACTS[0]: 2, risk.IMPACTS[2]: 5}
    assessed = risk.assess(answers)
    assert assessed == risk.Risk(likelihood=3, impact=5, score=15, priority="high")
    assert risk.explain(assessed) == ("Likelihood 3 × impact 5 = risk score 15: high priority.")
    assert "15 or more: high priority; 8 to 14: medium; below 8: low" in risk.rule_text()
    assert risk.assess({risk.LIKELIHOOD: 2, risk.IMPACTS[1]: 4}).priority == "medium"
    assert risk.assess({risk.LIKELIHOOD: 1, risk.IMPACTS[1]: 5}).priority == "low"
    assert risk.assess({risk.LIKELIHOOD: 4}) is None
