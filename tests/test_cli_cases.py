"""`humasdesk cases` and `humasdesk report`: what scripts and leadership briefings rely on."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdf
import pytest

from humasdesk.cli import main


@pytest.fixture
def sample_path(library_path: Path, capsys) -> Path:
    assert main(["init", "--sample", "--library", str(library_path)]) == 0
    capsys.readouterr()
    return library_path


def listed(sample_path: Path, capsys, *extra: str) -> list[dict]:
    assert main(["cases", "--json", "--library", str(sample_path), *extra]) == 0
    return json.loads(capsys.readouterr().out)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_cases_json_lists_every_case_with_its_progress(sample_path: Path, capsys):
    found = listed(sample_path, capsys)
    assert len(found) == 2
    for case in found:
        assert {"id", "title", "label", "priority", "status", "steps_done"} <= set(case)
    hpv = next(c for c in found if c["label"] == "HOAKS")
    assert (hpv["priority"], hpv["status"], hpv["steps_done"]) == ("high", "open", 5)
    assert [c["title"] for c in listed(sample_path, capsys, "--search", "kemandulan")] == [
        hpv["title"]
    ]
    assert listed(sample_path, capsys, "--status", "closed") == []


@pytest.mark.parametrize(
    ("lang", "brief", "expected"),
    [
        ("id", True, ["RINGKASAN SITUASI", "Apa artinya bagi kita", "prioritas tinggi"]),
        ("en", True, ["SITUATION BRIEF", "So what", "high priority"]),
        (
            "en",
            False,
            ["CASE REPORT", "4. Impact analysis", "Timeline", "Outputs", "Outcomes"],
        ),
    ],
)
def test_report_writes_a_pdf_with_real_text(
    sample_path: Path, capsys, tmp_path: Path, lang: str, brief: bool, expected: list[str]
):
    hpv = next(c for c in listed(sample_path, capsys) if c["label"] == "HOAKS")
    target = tmp_path / "out" / "laporan.pdf"
    args = ["report", hpv["id"], "--format", "pdf", "-o", str(target), "--lang", lang]
    assert main([*args, "--library", str(sample_path), *(["--brief"] if brief else [])]) == 0
    text = pdf_text(target)
    for phrase in expected:
        assert phrase in text
    assert hpv["title"] in text
    if brief:
        assert len(pypdf.PdfReader(str(target)).pages) == 1
    assert [p.name for p in target.parent.iterdir()] == ["laporan.pdf"]


def test_report_writes_a_docx_that_reads_back(sample_path: Path, capsys, tmp_path: Path):
    hpv = next(c for c in listed(sample_path, capsys) if c["label"] == "HOAKS")
    target = tmp_path / "laporan.docx"
    args = ["report", hpv["id"], "--format", "docx", "-o", str(target), "--lang", "id"]
    assert main([*args, "--library", str(sample_path)]) == 0
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["Klaim sebagaimana pertama kali dilaporkan", "1. Identifikasi"]
    assert "Kronologi" in headings
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "Rahmat Hidayat" in cells
    assert "Tanggapi sekarang" in " ".join(p.text for p in document.paragraphs)
    assert document.inline_shapes  # the figures chart


def test_a_report_for_an_unknown_case_is_one_clear_line(sample_path: Path, capsys, tmp_path: Path):
    target = tmp_path / "x.pdf"
    code = main(["report", "tidak-ada", "-o", str(target), "--library", str(sample_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "tidak-ada" in err and "Traceback" not in err
    assert not target.exists()


def test_a_failed_write_leaves_nothing_under_the_target_name(
    sample_path: Path, capsys, tmp_path: Path
):
    hpv = next(c for c in listed(sample_path, capsys) if c["label"] == "HOAKS")
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    target = blocker / "laporan.docx"
    args = ["report", hpv["id"], "--format", "docx", "-o", str(target), "--lang", "en"]
    assert main([*args, "--library", str(sample_path)]) == 2
    assert "could not be written" in capsys.readouterr().err
    assert blocker.read_text() == "bukan folder"


def test_an_office_checks_its_own_checklist_edition_before_use(tmp_path: Path, capsys):
    from humasdesk.paths import resources_dir

    data = json.loads((resources_dir() / "checklists" / "resist.json").read_text("utf-8"))
    data["id"], data["version"] = "resist-nr", "2026.1-nr"
    good = tmp_path / "resist-nr.json"
    good.write_text(json.dumps(data), encoding="utf-8")
    data["steps"][2]["questions"][3]["type"] = "angka"
    bad = tmp_path / "resist-rusak.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["checklists", str(good), "--json", "--lang", "en"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["checklists"][0]["id"] == "resist-nr"
    assert listed["checklists"][0]["questions"] == 72
    assert main(["checklists", str(good), str(bad), "--lang", "id"]) == 1
    out = capsys.readouterr().out
    assert "resist-nr 2026.1-nr" in out
    assert "resist-rusak.json tidak dapat digunakan" in out
    assert '"angka"' in out
