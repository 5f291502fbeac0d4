"""`humasdesk quotes` and `humasdesk pack` on real libraries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.cli import main
from humasdesk.core.records import Statement
from humasdesk.store import quotes, statements
from humasdesk.store.db import open_library


@pytest.fixture
def sample_path(library_path: Path) -> Path:
    """A sample library, closed again so the command opens it as a user would."""
    from humasdesk.store import sample

    with open_library(library_path) as lib:
        sample.install(lib)
    return library_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_quotes_json_lists_accepted_quotes_of_a_speaker_without_quote_marks(
    sample_path: Path, capsys
):
    library_path = sample_path
    code, out, _ = run(
        capsys, "quotes", "--library", str(library_path), "--speaker", "Siti", "--json"
    )
    assert code == 0
    rows = json.loads(out)
    assert rows and {r["speaker"] for r in rows} == {"Siti Rahmawati"}
    assert set(rows[0]) >= {"id", "text", "speaker", "role", "date", "statement_id", "status"}
    assert not rows[0]["text"].startswith(("“", '"'))


def test_an_imported_statements_quotes_reach_quotes_json_once_accepted(library_path: Path, capsys):
    with open_library(library_path) as lib:
        statements.save(
            lib,
            Statement(
                title="Hoaks",
                date="2024-02-05",
                body="“Jangan sebarkan pesan yang belum jelas sumbernya,” kata Sekretaris "
                "Jenderal Kementerian Kominfo Mira Tayyiba.",
            ),
        )
        (row,) = quotes.listing(lib, filters=quotes.Filters(review="pending"))
    _code, out, _ = run(capsys, "quotes", "--library", str(library_path), "--pending", "--json")
    (pending,) = json.loads(out)
    assert pending["speaker"] == "Mira Tayyiba"
    assert pending["role"] == "Sekretaris Jenderal"
    with open_library(library_path) as lib:
        quotes.accept(lib, row["id"])
    _code, out, _ = run(capsys, "quotes", "--library", str(library_path), "--json")
    assert [r["text"] for r in json.loads(out)] == [
        "Jangan sebarkan pesan yang belum jelas sumbernya"
    ]


def test_pack_export_then_import_reports_what_merged(sample_path: Path, tmp_path: Path, capsys):
    library_path = sample_path
    pack = tmp_path / "lines.json"
    code, _, _ = run(capsys, "pack", "export", "-o", str(pack), "--library", str(library_path))
    assert code == 0 and pack.exists()
    other = tmp_path / "regional.humasdesk"
    open_library(other).close()
    code, out, _ = run(capsys, "pack", "import", str(pack), "--library", str(other), "--json")
    result = json.loads(out)
    assert code == 0 and result["quotes_added"] == 24 and result["conflicts"] == []


def test_pack_import_of_a_missing_file_is_one_clear_error(library_path: Path, capsys):
    open_library(library_path).close()
    code, _out, err = run(capsys, "pack", "import", "nowhere.json", "--library", str(library_path))
    assert code == 2 and "Traceback" not in err and err.strip().count("\n") == 0


MINISTRY_RELEASE = """SIARAN PERS
Nomor: 120/HM/KOP/2025

Menkop Resmikan Gudang Koperasi Desa di Tiga Kabupaten

Bekasi, 12 Maret 2025 – Menteri Koperasi Budi Santoso meresmikan gudang koperasi desa di tiga \
kabupaten, Rabu (12/3/2025). Peresmian dihadiri Wakil Menteri Koperasi (Wamenkop) Rina \
Hapsari dan Kepala Badan Pusat Statistik (BPS) Teguh Wibisono.

“Gudang ini milik anggota koperasi, bukan milik pengurus,” kata Menkop Budi. “Setiap desa \
akan punya gudang serupa sebelum akhir tahun.”

“Kami targetkan seluruh pembangunan selesai pada bulan Maret tahun depan.”

Acara dibuka dengan lokakarya bertema ”Koperasi Desa Naik Kelas” yang diikuti 300 pengurus.

Wamenkop menambahkan, “Pendampingan pengurus kami lakukan setiap bulan di setiap kabupaten.”

”Data anggota koperasi kami perbarui setiap triwulan agar bantuan tepat sasaran,“ ujar Kepala BPS.

Biro Hubungan Masyarakat
Kementerian Koperasi
"""


def test_importing_a_ministry_release_queues_every_quote_with_full_speaker_and_role(
    library_path: Path, tmp_path: Path, capsys
):
    release = tmp_path / "siaran-pers-gudang-koperasi.txt"
    release.write_text(MINISTRY_RELEASE, encoding="utf-8")
    assert run(capsys, "init", "--library", str(library_path))[0] == 0
    code, out, err = run(capsys, "import", str(release), "--library", str(library_path), "--json")
    assert code == 0, err
    code, out, err = run(capsys, "quotes", "--library", str(library_path), "--pending", "--json")
    assert code == 0, err
    found = sorted(json.loads(out), key=lambda r: MINISTRY_RELEASE.find(r["text"][:20]))
    assert [(r["text"][:24], r["speaker"], r["role"]) for r in found] == [
        ("Gudang ini milik anggota", "Budi Santoso", "Menteri Koperasi"),
        ("Setiap desa akan punya g", "Budi Santoso", "Menteri Koperasi"),
        ("Kami targetkan seluruh p", "Budi Santoso", "Menteri Koperasi"),
        ("Pendampingan pengurus ka", "Rina Hapsari", "Wakil Menteri Koperasi"),
        ("Data anggota koperasi ka", "Teguh Wibisono", "Kepala"),
    ]
    assert found[-1]["organisation"] == "Badan Pusat Statistik (BPS)"
