"""Hostile and broken files: each kind is refused with its reason, no input crashes or hangs
the readers, and a library that met 500+ bad files is unchanged and passes its check."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humasdesk.cli import main
from humasdesk.core import readers, release_parser
from humasdesk.core.read_worker import ReadWorker, read_release
from humasdesk.store import importer, maintenance, statements
from humasdesk.store.db import open_library

CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"/>'
)


def _good_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Judul Rilis Uji")
    document.add_paragraph("Jakarta, Kominfo – Isi rilis yang cukup panjang untuk diuji.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_with_document(xml: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": xml}, method)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b"<w:document><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
)


def refuse(path: Path) -> readers.ReadRefused:
    with pytest.raises(readers.ReadRefused) as caught:
        readers.read_document(path)
    return caught.value


def test_each_kind_of_bad_file_is_refused_with_its_reason(tmp_path: Path) -> None:
    def put(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    big = tmp_path / "besar.txt"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    error = refuse(big)
    assert isinstance(error, readers.FileTooLarge)
    assert "20 MB" in str(error)
    assert isinstance(refuse(put("kosong.txt", b"")), readers.EmptyFile)
    assert isinstance(refuse(put("spasi.md", b"  \n\n\t ")), readers.EmptyFile)
    assert isinstance(refuse(put("gambar.txt", bytes(range(256)) * 40)), readers.NotText)
    assert isinstance(refuse(put("lama.doc", b"\xd0\xcf\x11\xe0")), readers.OldWordFormat)
    assert isinstance(refuse(put("foto.jpg", b"\xff\xd8")), readers.UnsupportedFormat)
    good = _good_docx()
    assert isinstance(refuse(put("potong.docx", good[: len(good) // 2])), readers.DamagedDocx)
    assert isinstance(refuse(put("bukan.docx", b"PK\x03\x04 not a zip")), readers.DamagedDocx)
    no_document = _zip({"[Content_Types].xml": CONTENT_TYPES})
    assert isinstance(refuse(put("tanpa-isi.docx", no_document)), readers.DamagedDocx)
    ratio = _docx_with_document(b"<w:p/>" + b" " * (8 * 1024 * 1024))
    assert isinstance(refuse(put("rasio.docx", ratio)), readers.ZipRatio)
    many = _docx_with_document(b"<w:p/>" * 1_000_000, zipfile.ZIP_STORED)
    error = refuse(put("sejuta-paragraf.docx", many))
    assert isinstance(error, readers.TooManyParagraphs)
    assert "1000000" in str(error)
    parts = {f"word/media/{n}.xml": b"<a/>" for n in range(1200)}
    parts |= {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w:p/>"}
    assert isinstance(refuse(put("banyak.docx", _zip(parts))), readers.TooManyParts)
    assert isinstance(
        refuse(put("tawa.docx", _docx_with_document(BILLION_LAUGHS))), readers.XmlEntities
    )
    html = b'<!DOCTYPE html [<!ENTITY x "y">]><html><body><p>&x;</p></body></html>'
    assert isinstance(refuse(put("entitas.html", html)), readers.XmlEntities)


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated(
    tmp_path: Path,
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(210):
                member.write(chunk)
    path = tmp_path / "bom.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2 * 1024 * 1024
    error = refuse(path)
    assert isinstance(error, readers.ZipBomb)
    assert "200 MB" in str(error)


def _fuzz_corpus(folder: Path) -> tuple[list[Path], list[Path]]:
    """(files that must be refused, damaged files that may still happen to be readable)."""
    rng = random.Random(20261129)
    must: list[Path] = []
    maybe: list[Path] = []
    good = _good_docx()

    def put(bucket: list[Path], name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        bucket.append(path)

    suffixes = [".txt", ".md", ".html", ".htm", ".docx"]
    for n in range(150):
        size = rng.choice([1, 7, 64, 500, 4096, 30000])
        noise = bytes(rng.getrandbits(8) for _ in range(size))
        # Random bytes may by chance be valid Windows-1252 text: either outcome is fine.
        put(maybe, f"acak{n}{suffixes[n % 5]}", noise)
    for n, suffix in enumerate(suffixes * 4):
        put(must, f"kosong{n}{suffix}", b"" if n % 2 else b" \n\t\r\n ")
    for n in range(120):
        put(must, f"potong{n}.docx", good[: rng.randrange(1, len(good) - 30)])
    for n in range(120):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        put(maybe, f"rusak{n}.docx", bytes(data))
    for n in range(40):
        put(must, f"biner{n}.txt", b"\x00\x01\x02\x03" * rng.randint(1, 500) + b"teks")
    for n in range(20):
        put(must, f"entitas{n}.docx", _docx_with_document(BILLION_LAUGHS))
    for n in range(20):
        put(must, f"lama{n}.doc", b"\xd0\xcf\x11\xe0" + bytes(n))
    for n in range(20):
        put(must, f"zip{n}.docx", _zip({f"x{n}.txt": b"bukan dokumen Word"}))
    for n in range(15):
        put(must, f"tawa{n}.html", b"<!ENTITY a 'b'>" + b"<p>x</p>" * n)
    put(must, "rasio.docx", _docx_with_document(b"<w:p/>" + b" " * (8 * 1024 * 1024)))
    put(must, "sejuta.docx", _docx_with_document(b"<w:p/>" * 1_000_000, zipfile.ZIP_STORED))
    return must, maybe


def test_a_fuzz_corpus_of_500_bad_files_never_crashes_and_leaves_the_library_whole(
    sample_lib, tmp_path: Path
) -> None:
    folder = tmp_path / "buruk"
    folder.mkdir()
    must, maybe = _fuzz_corpus(folder)
    assert len(must) + len(maybe) >= 500
    before = statements.count(sample_lib)
    report = importer.import_paths(sample_lib, [str(folder)])
    assert len(report.imported) + len(report.skipped) == len(must) + len(maybe)
    for skipped in report.skipped:
        assert isinstance(skipped.error, readers.ReadRefused | importer.AlreadyImported)
        assert not isinstance(skipped.error, readers.ReaderFailed), skipped.error
        assert skipped.error.render()
    refused = {s.path for s in report.skipped}
    assert {str(p) for p in must} <= refused
    imported_from = {i.path for i in report.imported}
    assert imported_from <= {str(p) for p in maybe}
    assert statements.count(sample_lib) == before + len(report.imported)
    assert maintenance.check(sample_lib).ok
    assert main(["check", "--library", str(sample_lib.path)]) == 0


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html", ".docx"]))
def test_no_bytes_make_a_reader_fail_other_than_with_a_refusal(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"berkas{suffix}"
    path.write_bytes(data)
    try:
        found = read_release(path)
    except readers.ReadRefused:
        return
    assert isinstance(found.title, str)


@settings(max_examples=120, deadline=2000)
@given(text=st.text(max_size=3000))
def test_no_text_makes_the_release_parser_crash_or_hang(text: str) -> None:
    found = release_parser.parse(text)
    assert isinstance(found.lead, str)


@settings(max_examples=100, deadline=2000)
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "Jakarta (ANTARA) - ",
                "JAKARTA, KOMPAS — ",
                "No. 1/2/3",
                "Baca juga: ",
                "Pewarta: ",
                "editor:",
                "Tentang ",
                "Narahubung:",
                "©",
                "“",
                "**",
                "\n\n",
                "5 Februari 2018",
                "(12/13/2024)",
                "x" * 500,
            ]
        ),
        max_size=40,
    )
)
def test_release_like_garbage_never_breaks_the_parser(lines: list[str]) -> None:
    found = release_parser.parse("".join(lines))
    assert found.date is None or len(found.date) == 10


def test_a_long_single_line_is_parsed_in_linear_time() -> None:
    text = "Jakarta, " + ("kata " * 400_000) + "Pewarta: " + "a" * 50
    found = release_parser.parse(text)
    assert found.city == "Jakarta" or found.lead


def test_a_reader_that_died_is_replaced_for_the_next_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Judul\n\nIsi.", "utf-8")
    with ReadWorker() as worker:
        worker.read(path)
        assert worker._proc is not None
        worker._proc.kill()
        worker._proc.wait()
        # The dead child is noticed and a fresh one takes the next file.
        assert worker.read(path).title == "Judul"


# ----- a full disk, and folders holding what is not a file


def _releases(folder: Path, count: int, topic: str = "Banjir") -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"rilis-{n:03}.txt").write_text(
            f"Rilis Nomor {n} tentang {topic} Desa {n}\n\nJakarta - Isi rilis ke-{n} "
            f"tentang kesiapsiagaan warga desa nomor {n} menghadapi banjir.\n",
            encoding="utf-8",
        )
    return folder


def test_a_full_disk_during_an_import_reports_exactly_what_was_imported(
    lib, tmp_path: Path, monkeypatch, capsys
):
    import sqlite3

    folder = _releases(tmp_path / "rilis", 30)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    real_save = importer.save_parsed
    calls = {"n": 0}

    def filling_up(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 23:
            raise sqlite3.OperationalError("database or disk is full")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(importer, "save_parsed", filling_up)
    with pytest.raises(importer.ImportStopped) as caught:
        importer.import_paths(lib, [folder])
    saved = {row["id"] for row in lib.query("SELECT id FROM statements")}
    reported = {item.id for item in caught.value.report.imported}
    assert saved == reported and 0 < len(saved) < 23
    message = caught.value.render()
    assert f"after {len(saved)} files were saved" in message
    assert "nothing was changed" not in message
    lib.close()
    calls["n"] = 0
    library = str(lib.path)
    more = _releases(tmp_path / "lagi", 30, "Longsor")
    assert main(["import", str(more), "--library", library, "--lang", "en"]) == 2
    shown = capsys.readouterr()
    listed = [line for line in shown.out.splitlines() if line.startswith("Imported ")]
    assert listed and len(listed) < 23
    assert "The disk is full" not in shown.err and "the disk is full" in shown.err
    assert f"after {len(listed)} files were saved" in shown.err


def test_a_full_disk_for_real_stops_the_import_with_what_was_saved(tmp_path: Path, capsys):
    """On a small RAM disk (root only): the same report when SQLite itself meets ENOSPC."""
    import os
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)]).returncode:
        pytest.skip("no tmpfs here")
    try:
        library = str(disk / "kantor.humasdesk")
        assert main(["init", "--library", library]) == 0
        folder = tmp_path / "besar"
        folder.mkdir()
        words = " ".join(f"kata{n}" for n in range(6000))
        for n in range(40):
            (folder / f"rilis-{n:03}.txt").write_text(
                f"Rilis Panjang {n}\n\nJakarta - {n} {words}\n", encoding="utf-8"
            )
        capsys.readouterr()
        assert main(["import", str(folder), "--library", library, "--lang", "en"]) == 2
        shown = capsys.readouterr()
        listed = [line for line in shown.out.splitlines() if line.startswith("Imported ")]
        assert f"after {len(listed)} files were saved" in shown.err
        assert "nothing was changed" not in shown.err
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)
    # (The library on it is gone with the RAM disk; what matters is the report.)


def test_control_characters_in_names_and_titles_never_reach_the_terminal(
    library_path: Path, tmp_path: Path, capsys
):
    folder = tmp_path / "masuk"
    folder.mkdir()
    name = "rilis\x1b[2J\x07.txt"  # clear the screen, ring the bell
    (folder / name).write_text(
        "Judul \x1b]0;judul palsu\x07Rilis Banjir Desa Sukamaju\n\n"
        + "Jakarta - Isi rilis tentang kesiapsiagaan warga menghadapi banjir di desa. " * 8
        + "\n",
        encoding="utf-8",
    )
    library = str(library_path)
    assert main(["init", "--library", library]) == 0
    capsys.readouterr()
    assert main(["import", str(folder), "--library", library, "--lang", "en"]) == 0
    assert main(["statements", "--library", library, "--lang", "en"]) == 0
    assert main(["search", "banjir", "--library", library, "--lang", "en"]) == 0
    shown = capsys.readouterr()
    for stream in (shown.out, shown.err):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "rilis\\x1b[2J\\x07.txt" in shown.out  # shown, escaped
    assert "Imported" in shown.out


def test_a_reader_that_goes_away_ends_the_command_quietly(library_path: Path):
    import subprocess
    import sys

    from humasdesk.core.records import Statement

    with open_library(library_path) as lib:  # more to print than a pipe holds (64 KiB)
        for n in range(40):
            statements.save(lib, Statement(title=f"Banjir {n} " + "panjang " * 600))
    for command in ("search banjir --limit 40", "statements"):
        result = subprocess.run(
            [
                "bash",
                "-c",
                f"{sys.executable} -m humasdesk {command} --library {library_path}"
                " | head -c 1 >/dev/null",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert result.stderr == ""


# ----- text is decoded by what its bytes are, not by what a mark or a tag claims

RELEASE_TEXT = (
    "Banjir Surut, Warga Desa Sukamaju Kembali ke Rumah\n\n"
    "Jakarta - Warga Desa Sukamaju mulai kembali ke rumah mereka setelah banjir surut, "
    "kata Kepala Desa pada Senin pagi.\n"
)


def test_a_utf16_mark_over_utf8_text_imports_as_the_text(tmp_path: Path):
    import codecs

    path = tmp_path / "rilis.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + RELEASE_TEXT.encode("utf-8"))
    parsed = read_release(path)
    assert parsed.title == "Banjir Surut, Warga Desa Sukamaju Kembali ke Rumah"
    assert "Sukamaju" in parsed.body or "Sukamaju" in parsed.lead


def test_a_page_that_claims_utf16_in_ascii_imports_as_the_text(tmp_path: Path):
    path = tmp_path / "rilis.html"
    title, _, body = RELEASE_TEXT.partition("\n\n")
    path.write_bytes(
        (
            '<html><head><meta charset="utf-16"><title>'
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1><p>"
            + body
            + "</p><p>"
            + body
            + "</p></body></html>"
        ).encode("ascii")
    )
    parsed = read_release(path)
    assert parsed.title == title
    assert all(ord(c) < 0x100 for c in parsed.title + parsed.lead + parsed.body)


def test_text_that_no_encoding_reads_sensibly_is_refused(tmp_path: Path):
    import codecs

    path = tmp_path / "rilis.txt"  # a UTF-16 mark over Windows-1252 text
    path.write_bytes(codecs.BOM_UTF16_LE + RELEASE_TEXT.replace("Senin", "Sénin").encode("cp1252"))
    with pytest.raises(readers.GarbledText, match="UTF-8"):
        read_release(path)
    real = tmp_path / "utf16.txt"  # while real UTF-16 text still reads
    real.write_bytes(RELEASE_TEXT.encode("utf-16"))
    assert read_release(real).title.startswith("Banjir Surut")


def test_garbage_words_never_grow_the_stem_table(lib, tmp_path: Path):
    from humasdesk.store import stems

    # What an older version kept from a file of one 19 MB "word".
    lib.execute("INSERT INTO stems(word, stem) VALUES (?, ?)", ["x" * 5000, "x" * 5000])
    assert "x" * 5000 not in stems.load(lib)  # never read into an import's memory
    path = tmp_path / "sampah.txt"
    path.write_text(
        "Rilis Berisi Kata Sampah\n\nJakarta - Pemerintah desa menyampaikan keterangan. "
        + "mengamankan" * 20_000
        + " "
        + "1234567890" * 50
        + " kesiapsiagaan warga.\n",
        encoding="utf-8",
    )
    report = importer.import_paths(lib, [path])
    assert len(report.imported) == 1
    longest = lib.scalar("SELECT max(length(word)) FROM stems")
    assert longest <= 40
    assert lib.scalar("SELECT stem FROM stems WHERE word = 'menyampaikan'") == "sampai"


# ----- every statement the library holds exports in bounded time, or is refused at once


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("mengamankan" * 60_000, "characters long"),  # 660,000 characters, one "word"
        ("Warga desa bergotong royong. " + "x" * 3_000, "without a space"),
    ],
)
def test_a_statement_too_long_for_pages_is_refused_with_a_reason_and_no_part_file(
    library_path: Path, tmp_path: Path, capsys, body: str, reason: str
):
    from humasdesk.core.records import Statement

    with open_library(library_path) as lib:
        st = statements.save(lib, Statement(title="Rilis Raksasa", body=body))
    out = tmp_path / "keluar"
    out.mkdir()
    code = main(
        [
            "export",
            st.id,
            "--format",
            "pdf",
            "-o",
            str(out / "rilis.pdf"),
            "--library",
            str(library_path),
            "--lang",
            "en",
        ]
    )
    assert code == 2
    assert reason in capsys.readouterr().err
    assert list(out.iterdir()) == []  # no file, no .part
    assert (
        main(
            [
                "export",
                st.id,
                "--format",
                "docx",
                "-o",
                str(out / "rilis.docx"),
                "--library",
                str(library_path),
                "--lang",
                "en",
            ]
        )
        == 0
    )


def test_a_batch_export_in_the_window_can_be_stopped(
    qtbot, sample_lib, tmp_path: Path, monkeypatch
):
    from humasdesk.exporting import export
    from humasdesk.ui.export_dialog import ExportDialog

    free = [r["id"] for r in sample_lib.query("SELECT id FROM statements WHERE embargo_at IS NULL")]
    dialog = ExportDialog(sample_lib, free[:4])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    folder = tmp_path / "keluar"
    dialog.target.setText(str(folder))
    real_write = export.write

    def write_then_cancel(*args, **kwargs):
        written = real_write(*args, **kwargs)
        dialog.reject()  # the officer clicks Cancel while the first file is written
        return written

    monkeypatch.setattr(export, "write", write_then_cancel)
    dialog.run()
    assert len(dialog.written) == 1
    assert sorted(p.name for p in folder.iterdir()) == [dialog.written[0].name]
    assert dialog.result() == 0 or dialog.isVisible() is False


def test_the_markdown_export_for_the_website_runs_nothing(library_path: Path, tmp_path: Path):
    from markdown_it import MarkdownIt

    from humasdesk.core.records import Statement

    body = (
        "Warga diimbau waspada. <script>alert('x')</script>\n\n"
        "[Klik di sini](javascript:alert(1)) atau [ini](JaVa&#115;cript:alert(1)) atau "
        "[itu](<java\tscript:alert(1)>).\n\n"
        '<img src=x onerror="alert(1)"> <iframe src="https://jahat.example"></iframe>\n\n'
        "![gambar](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(1)>\n\n"
        "[rujukan]: vbscript:msgbox(1)\n\n"
        "Info resmi: [situs kami](https://kominfo.go.id) dan <https://kominfo.go.id/rilis>, "
        "surel [humas](mailto:humas@kominfo.go.id); 3 < 4."
    )
    with open_library(library_path) as lib:
        st = statements.save(
            lib, Statement(title="Rilis <b onmouseover=alert(1)>Banjir</b>", body=body)
        )
    out = tmp_path / "rilis.md"
    assert (
        main(["export", st.id, "--format", "md", "-o", str(out), "--library", str(library_path)])
        == 0
    )
    published = MarkdownIt("commonmark", {"html": True}).render(out.read_text(encoding="utf-8"))
    lowered = published.lower()
    for dangerous in ("<script", "<img src=x", "<iframe", "<b onmouseover"):
        assert dangerous not in lowered
    assert re.search(r"<[a-z][^>]*\bon\w+=", lowered) is None  # no tag with an on...= handler
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', published)
    assert hrefs and all(h == "#" or h.startswith(("https://", "mailto:")) for h in hrefs)
    assert 'href="https://kominfo.go.id"' in published
    assert 'href="https://kominfo.go.id/rilis"' in published
    assert "Warga diimbau waspada." in published and "3 &lt; 4" in published
