"""`humasdesk playbooks`, `humasdesk intake` and `humasdesk cases --overdue`, as scripts use
them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from humasdesk.cli import main
from humasdesk.core import playbooks
from humasdesk.store import crisis
from humasdesk.store.db import open_library


def run_json(capsys, *args: str):  # type: ignore[no-untyped-def]
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_playbooks_lists_each_playbook_in_the_language_asked(capsys):
    found = run_json(capsys, "playbooks", "--lang", "en")
    assert len(found) == 10
    for row in found:
        assert {"id", "title", "language", "version"} <= set(row)
    banjir = next(r for r in found if r["id"] == "banjir")
    assert (banjir["title"], banjir["language"], banjir["version"]) == ("Flood", "en", "2026.1")
    assert next(r for r in run_json(capsys, "playbooks") if r["id"] == "banjir")["title"] == (
        "Banjir"
    )


def test_a_broken_office_playbook_is_named_and_the_command_fails(capsys, user_dirs: Path):
    folder = user_dirs / ".local" / "share" / "HumasDesk" / "playbooks"
    folder.mkdir(parents=True)
    (folder / "rusak.json").write_text("{", encoding="utf-8")
    assert main(["playbooks", "--lang", "en"]) == 1
    out = capsys.readouterr()
    assert "banjir" in out.out
    assert "The playbook rusak.json cannot be used: it is not valid JSON" in out.out


def test_intake_takes_a_folder_in_and_prints_its_groups(capsys, library_path: Path, tmp_path: Path):
    folder = tmp_path / "aduan"
    folder.mkdir()
    padam = "Besok listrik PLN padam total se-Jawa Bali 3 hari untuk pemeliharaan jaringan"
    (folder / "1.txt").write_text(padam + ", siapkan lilin!", encoding="utf-8")
    (folder / "2.txt").write_text("Info: " + padam + ". Sebarkan!", encoding="utf-8")
    (folder / "3.txt").write_text(
        "Lowongan kerja PT KAI 2026, gaji 5 juta, daftar lewat link di bio, biaya seragam "
        "ditransfer ke rekening panitia",
        encoding="utf-8",
    )
    (folder / "foto.png").write_bytes(b"\x89PNG")
    assert main(["init", "--library", str(library_path)]) == 0
    capsys.readouterr()
    # In a folder, only .txt and .csv files are read (a chat export's photos are no report);
    # a file named on the command line that is not one is skipped with the reason.
    photo = str(folder / "foto.png")
    out = run_json(
        capsys, "intake", str(folder), photo, "--library", str(library_path), "--lang", "en"
    )
    assert [g["count"] for g in out["groups"]] == [2, 1]
    first = out["groups"][0]
    assert {"id", "title", "count", "items"} <= set(first)
    assert sorted(i["path"] for i in first["items"]) == [
        str(folder / "1.txt"),
        str(folder / "2.txt"),
    ]
    assert all({"id", "path", "text"} <= set(i) for i in first["items"])
    assert [s["path"] for s in out["skipped"]] == [photo]
    assert "not a file of reports" in out["skipped"][0]["reason"]
    # Taken in again, the same reports join their groups.
    again = run_json(capsys, "intake", str(folder / "1.txt"), "--library", str(library_path))
    assert again["groups"][0]["id"] == first["id"] and again["groups"][0]["count"] == 3


def test_intake_errors_are_one_translated_line(capsys, library_path: Path, tmp_path: Path):
    assert main(["init", "--library", str(library_path)]) == 0
    capsys.readouterr()
    missing = str(tmp_path / "tidak-ada.txt")
    assert main(["intake", missing, "--library", str(library_path), "--lang", "id"]) == 0
    err = capsys.readouterr().out
    assert "Dilewati" in err and "tidak dapat dibaca" in err
    assert main(["intake", missing, "--library", str(tmp_path / "none.humasdesk")]) == 2


def test_cases_overdue_lists_only_cases_whose_update_is_due(capsys, library_path: Path, resist):
    assert main(["init", "--sample", "--library", str(library_path)]) == 0
    capsys.readouterr()
    with open_library(library_path) as lib:
        late, _d = crisis.start(lib, playbooks.find("banjir"), resist, "id", location="Bekasi")
        crisis.start(lib, playbooks.find("wabah"), resist, "id", location="Bogor")
        past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        crisis.set_cadence(lib, late, None, past)
    found = run_json(capsys, "cases", "--overdue", "--library", str(library_path))
    assert [c["id"] for c in found] == [late]
    assert {"id", "title", "label", "priority", "status", "steps_done"} <= set(found[0])
    assert found[0]["next_update_at"] == past.replace(microsecond=0).isoformat()
    assert len(run_json(capsys, "cases", "--library", str(library_path))) == 4
