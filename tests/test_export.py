"""Exporting a statement: every format opens in the program people use, keeps the officer's
formatting, and a failed export never leaves a broken file; embargoes need confirmation."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest

from humasdesk.cli import main
from humasdesk.core import markdown
from humasdesk.core.records import Statement
from humasdesk.exporting import export, files, layout
from humasdesk.store import settings, statements

BODY = (
    "Dinas Perhubungan menambah **dua kapal** untuk *arus mudik*.\n\n"
    "## Jadwal\n\n"
    "- pagi pukul 06.00\n"
    "- sore pukul 16.00\n\n"
    "1. pesan tiket\n"
    "2. datang satu jam lebih awal\n\n"
    "Informasi di [situs resmi](https://dishub.example.go.id)."
)


@pytest.fixture
def office(lib):  # type: ignore[no-untyped-def]
    settings.set_office_values(
        lib,
        {
            "office": "Dinas Komunikasi dan Informatika Provinsi Lampung",
            "office_address": "Jl. Wolter Monginsidi No. 69, Bandar Lampung",
            "website": "https://diskominfo.example.go.id",
        },
    )
    st = statements.save(
        lib,
        Statement(
            title="Dua Kapal Tambahan untuk Arus Mudik",
            number="No. 12/SP/DISKOMINFO/III/2024",
            subtitle="Berlaku mulai 1 April 2024",
            city="Bandar Lampung",
            date="2024-03-11",
            lead="Pemerintah Provinsi Lampung **menyiapkan** angkutan mudik.",
            body=BODY,
            about="Tentang Diskominfo Lampung\nPerangkat daerah urusan komunikasi.",
            contacts="Narahubung:\nRina Wati, 0811-000-111",
        ),
    )
    return lib, st


def test_docx_has_letterhead_number_title_dateline_and_real_formatting(
    office, tmp_path: Path
) -> None:
    lib, st = office
    target = export.write(lib, st, "docx", tmp_path / "rilis.docx")
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Dinas Komunikasi dan Informatika Provinsi Lampung"
    assert "Jl. Wolter Monginsidi No. 69, Bandar Lampung" in texts
    assert "SIARAN PERS" in texts
    assert "No. 12/SP/DISKOMINFO/III/2024" in texts
    assert "Dua Kapal Tambahan untuk Arus Mudik" in texts
    lead = next(p for p in document.paragraphs if p.text.startswith("Bandar Lampung, 11 Maret"))
    assert lead.runs[0].bold
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    italic = [r.text for p in document.paragraphs for r in p.runs if r.italic]
    assert "dua kapal" in bold
    assert "arus mudik" in italic
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Jadwal"] == "Heading 2"
    assert styles["pagi pukul 06.00"] == "List Bullet"
    assert styles["pesan tiket"] == "List Number"
    assert any("Rina Wati" in t for t in texts)


def test_pdf_has_a_real_text_layer(office, tmp_path: Path) -> None:
    lib, st = office
    target = export.write(lib, st, "pdf", tmp_path / "rilis.pdf")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(target)).pages
    )
    for expected in ("Dua Kapal Tambahan", "No. 12/SP/DISKOMINFO/III/2024", "Bandar Lampung"):
        assert expected in text
    assert "dua kapal" in text
    assert "**" not in text


def test_markdown_export_keeps_the_body_exactly_as_typed(office, tmp_path: Path) -> None:
    lib, st = office
    target = export.write(lib, st, "md", tmp_path / "rilis.md")
    assert BODY in target.read_text("utf-8")


def test_plain_text_has_no_markup(office, tmp_path: Path) -> None:
    lib, st = office
    text = export.write(lib, st, "txt", tmp_path / "rilis.txt").read_text("utf-8")
    assert "**" not in text
    assert "- pagi pukul 06.00" in text
    assert "situs resmi (https://dishub.example.go.id)" in text
    assert "Bandar Lampung, 11 Maret 2024 – Pemerintah" in text


def test_whatsapp_text_uses_whatsapp_marks_short_paragraphs_and_the_link(office) -> None:
    lib, st = office
    text = export.whatsapp_text(lib, st)
    assert text.startswith("*Dua Kapal Tambahan untuk Arus Mudik*")
    assert "_Berlaku mulai 1 April 2024_" in text
    assert "*dua kapal*" in text
    assert "_arus mudik_" in text
    assert "• pagi pukul 06.00" in text
    assert "*Jadwal*" in text
    assert text.rstrip().endswith("Selengkapnya: https://diskominfo.example.go.id")
    long = " ".join(["Kalimat yang cukup panjang untuk dibaca di ponsel."] * 20)
    pieces = markdown.to_whatsapp(long).split("\n\n")
    assert len(pieces) > 2
    assert all(len(p) <= 330 for p in pieces)
    bold = "*" + " ".join(["Kalimat tebal yang panjang sekali."] * 15) + "*"
    for piece in markdown.to_whatsapp(f"**{bold[1:-1]}**").split("\n\n"):
        assert piece.count("*") % 2 == 0


def test_a_failed_export_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "rilis.docx"
    target.write_bytes(b"versi lama")

    def broken(path: Path) -> None:
        path.write_bytes(b"setengah")
        raise OSError(28, "No space left on device")

    with pytest.raises(files.ExportFailed):
        files.write_atomic(target, broken)
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["rilis.docx"]


def test_embargoed_statement_needs_confirmation_and_the_export_is_audited(
    office, tmp_path: Path
) -> None:
    lib, st = office
    st.embargo_at = "2999-01-01T09:00:00+07:00"
    statements.save(lib, st)
    with pytest.raises(export.Embargoed):
        export.write(lib, st, "pdf", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    written = export.write(lib, st, "txt", tmp_path / "x.txt", confirmed=True)
    assert "EMBARGO" in written.read_text("utf-8")
    rows = lib.query("SELECT action, entity_id FROM audit_log WHERE action LIKE 'export%'")
    assert rows == [{"action": "export-embargoed", "entity_id": st.id}]


def test_batch_export_writes_one_file_per_statement(sample_lib, tmp_path: Path) -> None:
    ids = [r["id"] for r in sample_lib.query("SELECT id FROM statements WHERE embargo_at IS NULL")]
    written = export.export_many(sample_lib, ids, "docx", tmp_path / "keluar")
    assert len(written) == len(ids) == len({p.name for p in written})
    for path in written:
        assert docx.Document(str(path)).paragraphs


def test_letterhead_lines_the_office_has_not_filled_are_left_out(lib) -> None:
    assert layout.letterhead(lib, "id") == "SIARAN PERS"
    settings.set_office_values(lib, {"office": "Kantor Uji"})
    assert layout.letterhead(lib, "en").splitlines()[0] == "Kantor Uji"


def test_cli_export_every_format_and_embargo_refusal(
    sample_lib, library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    free = sample_lib.scalar("SELECT id FROM statements WHERE embargo_at IS NULL LIMIT 1")
    held = sample_lib.scalar("SELECT id FROM statements WHERE embargo_at IS NOT NULL LIMIT 1")
    sample_lib.close()
    for fmt in export.FORMATS:
        target = tmp_path / f"out.{fmt}"
        code = main(
            ["export", free, "--format", fmt, "-o", str(target), "--library", str(library_path)]
        )
        assert code == 0
        assert target.stat().st_size > 200
    capsys.readouterr()
    args = ["export", held, "--format", "txt", "-o", str(tmp_path / "h.txt")]
    assert main([*args, "--library", str(library_path), "--lang", "en"]) == 2
    assert "embargo" in capsys.readouterr().err
    assert not (tmp_path / "h.txt").exists()
    assert main([*args, "--library", str(library_path), "--force-embargo"]) == 0
    assert (
        main(
            [
                "export",
                "no-such-id",
                "--format",
                "md",
                "-o",
                str(tmp_path / "n.md"),
                "--library",
                str(library_path),
            ]
        )
        == 2
    )
