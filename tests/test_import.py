"""Importing an office's old releases: every format comes in with its structure found and its
web debris gone; the same file twice is a duplicate; the CLI prints the documented JSON."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import docx
import pytest

from humasdesk.cli import main
from humasdesk.core import readers, release_parser
from humasdesk.core.read_worker import ReadWorker, read_release
from humasdesk.store import importer, maintenance, statements

RELEASE = (
    "SIARAN PERS\n\n"
    "No. 28/HM/KOMINFO/02/2018\n\n"
    "Menkominfo Ajak Warga Lawan Hoaks Vaksin\n\n"
    "Jakarta, Kominfo – Menteri Komunikasi dan Informatika mengajak masyarakat melawan hoaks "
    "vaksin yang beredar di media sosial, Senin (5/2/2018).\n\n"
    "“Jangan sebarkan informasi yang belum jelas kebenarannya,” kata Menteri di Jakarta.\n\n"
    "Baca juga: Kominfo blokir 100 situs hoaks\n\n"
    "Kementerian akan menggelar pelatihan literasi digital di 34 provinsi.\n\n"
    "ADVERTISEMENT\n\n"
    "Pewarta: Ani Susanti\n\n"
    "Editor: Budi Hartono\n\n"
    "Copyright © Kominfo 2018\n"
)


def _articles(corpora: Path) -> list[dict[str, str]]:
    with gzip.open(corpora / "id-news-archive.jsonl.gz", "rt") as handle:
        return [json.loads(line) for line in handle]


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Kapal Feri Baru Layani Rute Bakauheni", style="Title")
    document.add_paragraph("No. 12/SP/DISHUB-LPG/III/2024")
    lead = document.add_paragraph("Lampung, Kominfo – Dinas Perhubungan meluncurkan ")
    lead.add_run("kapal feri baru").bold = True
    lead.add_run(" pada 11 Maret 2024.")
    document.add_paragraph("Jadwal pelayaran", style="Heading 2")
    document.add_paragraph("pagi pukul 06.00", style="List Bullet")
    document.add_paragraph("sore pukul 16.00", style="List Bullet")
    tail = document.add_paragraph("Tiket dapat dibeli ")
    tail.add_run("secara daring").italic = True
    tail.add_run(".")
    document.add_paragraph("Narahubung: Rina (0811-000-111)")
    document.save(str(path))
    return path


HTML = """<html><head><meta charset="windows-1252"><title>Banjir Surut | Portal Resmi</title>
</head><body><nav><a href="/">Beranda</a> | <a href="/berita">Berita</a></nav>
<div class="iklan">ADVERTISEMENT</div><article><h1>Banjir di Kota Sejahtera Mulai Surut</h1>
<p>JAKARTA, KOMPAS \u2014 Genangan di 12 kelurahan mulai surut pada Selasa (9/7/2024) setelah
hujan berhenti sejak malam. Petugas terus memompa air dari permukiman warga.</p>
<p>\u201cKami minta warga tetap waspada,\u201d kata Kepala BPBD di posko utama.</p>
<p>SCROLL TO CONTINUE WITH CONTENT</p>
<p>Baca juga: <a href="/x">Warga mengungsi ke masjid</a></p>
<p>Bantuan <b>makanan siap saji</b> disalurkan ke 3.000 keluarga terdampak.</p>
</article><footer>Hak cipta \u00a9 2024 Portal Resmi</footer></body></html>"""


def test_a_text_release_comes_in_with_number_title_dateline_and_people_without_debris(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rilis.txt"
    path.write_text(RELEASE, encoding="utf-8")
    found = read_release(path)
    assert found.number == "No. 28/HM/KOMINFO/02/2018"
    assert found.title == "Menkominfo Ajak Warga Lawan Hoaks Vaksin"
    assert (found.city, found.date, found.outlet) == ("Jakarta", "2018-02-05", "Kominfo")
    assert found.lead.startswith("Menteri Komunikasi")
    assert (found.author, found.editor) == ("Ani Susanti", "Budi Hartono")
    everything = found.lead + found.body
    for debris in ("Baca juga", "ADVERTISEMENT", "Copyright", "Pewarta", "SIARAN PERS"):
        assert debris not in everything
    assert "pelatihan literasi digital" in found.body


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")],
)
def test_text_in_any_common_encoding_is_decoded_correctly(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    path = tmp_path / "rilis.txt"
    path.write_bytes(bom + RELEASE.encode(encoding))
    found = read_release(path)
    assert "“Jangan sebarkan" in found.body
    assert found.city == "Jakarta"


def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(RELEASE.encode("utf-16-le"))
    assert read_release(path).title == "Menkominfo Ajak Warga Lawan Hoaks Vaksin"


def test_a_word_file_keeps_the_officers_formatting_as_markdown(tmp_path: Path) -> None:
    found = read_release(_docx(tmp_path / "feri.docx"))
    assert found.title == "Kapal Feri Baru Layani Rute Bakauheni"
    assert found.number == "No. 12/SP/DISHUB-LPG/III/2024"
    assert (found.city, found.date) == ("Lampung", "2024-03-11")
    assert "**kapal feri baru**" in found.lead
    assert "## Jadwal pelayaran" in found.body
    assert "- pagi pukul 06.00\n- sore pukul 16.00" in found.body
    assert "*secara daring*" in found.body
    assert found.contacts.startswith("Narahubung")


def test_a_saved_web_page_gives_the_article_not_the_menus(tmp_path: Path) -> None:
    path = tmp_path / "banjir.html"
    path.write_bytes(HTML.encode("cp1252"))
    found = read_release(path)
    assert found.title == "Banjir di Kota Sejahtera Mulai Surut"
    assert (found.city, found.date, found.outlet) == ("Jakarta", "2024-07-09", "KOMPAS")
    text = found.lead + found.body
    assert "“Kami minta warga tetap waspada,”" in text
    assert "**makanan siap saji**" in text
    for debris in ("Beranda", "ADVERTISEMENT", "SCROLL", "Baca juga", "Hak cipta"):
        assert debris not in text


def test_an_html_fragment_is_read(tmp_path: Path) -> None:
    path = tmp_path / "potongan.html"
    path.write_text(
        "<p>Wamena (ANTARA) - Pemkab mendatangkan tim arkeolog.</p><p>Baca juga: lain</p>",
        encoding="utf-8",
    )
    found = read_release(path)
    assert found.city == "Wamena"
    assert found.lead == "Pemkab mendatangkan tim arkeolog."


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("Jakarta (ANTARA) - Presiden", "Jakarta", "ANTARA"),
        ("JAKARTA, KOMPAS — Presiden", "Jakarta", "KOMPAS"),
        ("Lampung, Kominfo – Gubernur", "Lampung", "Kominfo"),
        ("TEMPO.CO, Jakarta - Menteri", "Jakarta", "TEMPO.CO"),
        ("Jakarta, CNN Indonesia-- Pelatih", "Jakarta", "CNN Indonesia"),
        ("Liputan6.com, Jakarta - Menteri", "Jakarta", "Liputan6.com"),
        ("BANDUNG - Gubernur", "Bandung", ""),
    ],
)
def test_datelines_in_the_forms_newsrooms_use(line: str, city: str, outlet: str) -> None:
    found = release_parser.find_dateline(line)
    assert found is not None
    assert (found[0], found[2]) == (city, outlet)


@pytest.mark.parametrize(
    ("line", "city", "date"),
    [
        ("Jakarta, 5 Februari 2018 – Menteri", "Jakarta", "2018-02-05"),
        ("Jakarta, Senin, 5 Februari 2018 - Menteri", "Jakarta", "2018-02-05"),
        ("Kota Sejahtera, Senin (11/3/2024) – Pemerintah", "Kota Sejahtera", "2024-03-11"),
        ("JAKARTA, March 5, 2024 – The ministry", "Jakarta", "2024-03-05"),
    ],
)
def test_government_datelines_carry_the_date(line: str, city: str, date: str) -> None:
    found = release_parser.find_dateline(line)
    assert found is not None
    assert (found[0], found[1]) == (city, date)


def test_a_sentence_with_a_comma_and_a_dash_is_not_a_dateline() -> None:
    assert release_parser.find_dateline("Presiden Joko Widodo, yang hadir - kata dia") is None


def test_indonesian_and_english_dates() -> None:
    assert release_parser.parse_date("Senin, 5 Februari 2018") == "2018-02-05"
    assert release_parser.parse_date("Kamis (17/8/2023) pagi") == "2023-08-17"
    assert release_parser.parse_date("Agt 17, 2023") == "2023-08-17"
    assert release_parser.parse_date("1 Desember 2024") == "2024-12-01"
    assert release_parser.parse_date("31 Februari 2018") is None


def test_real_articles_come_in_with_datelines_found_and_related_links_gone(
    corpora: Path,
) -> None:
    rows = _articles(corpora)
    sample = random.Random(4).sample(rows, 400)
    with_dateline = [r for r in sample if release_parser.find_dateline(r["text"][:200])]
    assert len(with_dateline) > 60
    for row in sample:
        found = release_parser.parse(row["text"], title=row["title"])
        assert found.title
        assert found.lead
        for line in (found.lead + "\n" + found.body).split("\n"):
            assert not line.lower().startswith(("baca juga:", "copyright", "pewarta:"))
    antara = [r for r in rows if "pewarta:" in r["text"].lower()][:30]
    assert antara
    for row in antara:
        found = release_parser.parse(row["text"], title=row["title"])
        assert found.author, row["text"][-200:]
        assert "pewarta:" not in found.body.lower()


def test_importing_a_folder_imports_each_file_and_reports_duplicates(lib, tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    (folder / "2018").mkdir(parents=True)
    (folder / "2018" / "rilis.txt").write_text(RELEASE, encoding="utf-8")
    _docx(folder / "feri.docx")
    (folder / "banjir.htm").write_bytes(HTML.encode("cp1252"))
    (folder / "~$feri.docx").write_bytes(b"lock")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    first = importer.import_paths(lib, [str(folder)])
    assert sorted(i.path for i in first.imported) == sorted(
        [str(folder / "2018" / "rilis.txt"), str(folder / "feri.docx"), str(folder / "banjir.htm")]
    )
    assert [s.path for s in first.skipped] == [str(folder / "foto.jpg")]
    st = statements.get(lib, next(i.id for i in first.imported if i.path.endswith("feri.docx")))
    assert (st.source_kind, st.source_name) == ("imported", "feri.docx")
    assert st.created_at
    again = importer.import_paths(lib, [str(folder / "feri.docx")])
    assert again.imported == []
    assert [s.duplicate for s in again.skipped] == [True]
    assert statements.count(lib) == 3


def test_import_reports_progress_and_stops_when_cancelled(lib, tmp_path: Path) -> None:
    folder = tmp_path / "rilis"
    folder.mkdir()
    for n in range(5):
        (folder / f"r{n}.txt").write_text(f"Judul {n}\n\nIsi rilis nomor {n}.", "utf-8")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _what: str) -> None:
        seen.append((done, total))

    report = importer.import_paths(lib, [str(folder)], progress, lambda: len(seen) >= 3)
    assert report.cancelled
    assert len(report.imported) == 2
    assert seen[0] == (0, 5)
    assert statements.count(lib) == 2


STALL_READS = """
import pathlib, time
from humasdesk.core import readers
_real = readers.read_document
def _stalling(path):
    if pathlib.Path(path).name == "macet.txt":
        time.sleep(3600)
    return _real(path)
readers.read_document = _stalling
"""


def test_a_file_that_takes_too_long_is_stopped_and_the_next_one_still_imports(
    lib, tmp_path: Path, monkeypatch
) -> None:
    # The reading process stalls on one file, on any machine however fast (a zero time limit
    # on a real file raced the child's answer; a named pipe is now refused before reading).
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(STALL_READS, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(hooks))
    stuck = tmp_path / "macet.txt"
    stuck.write_text("Judul Macet\n\nIsi yang tidak pernah terbaca.", "utf-8")
    (tmp_path / "a.txt").write_text("Judul A\n\nIsi pertama.", "utf-8")
    with ReadWorker(time_limit=0.5) as slow:
        with pytest.raises(readers.ReadTimedOut):
            slow.read(stuck)
        slow.time_limit = 30
        assert slow.read(tmp_path / "a.txt").title == "Judul A"


def test_cli_import_json_has_exactly_the_documented_shape(
    sample_lib, library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_lib.close()
    good = tmp_path / "rilis.md"
    good.write_text(RELEASE, encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    code = main(["import", str(good), str(empty), "--library", str(library_path), "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"imported", "skipped"}
    assert [set(i) for i in out["imported"]] == [{"id", "path", "title", "quotes"}]
    assert out["imported"][0]["path"] == str(good)
    assert out["skipped"] == [{"path": str(empty), "reason": out["skipped"][0]["reason"]}]
    assert "kosong.txt" in out["skipped"][0]["reason"]
    main(["import", str(good), "--library", str(library_path), "--json", "--lang", "en"])
    again = json.loads(capsys.readouterr().out)
    assert again["imported"] == []
    assert "already in the library" in again["skipped"][0]["reason"]


def test_import_speed_on_real_articles_is_measured(lib, corpora: Path, tmp_path: Path) -> None:
    rows = _articles(corpora)
    folder = tmp_path / "arsip"
    folder.mkdir()
    for n, row in enumerate(rows[:40]):
        (folder / f"{n:03}.txt").write_text(f"{row['title']}\n\n{row['text']}", "utf-8")
    report = importer.import_paths(lib, [str(folder)])
    assert len(report.imported) + len(report.duplicates) == 40
    assert maintenance.check(lib).ok


def test_an_english_release_is_recognised_as_english(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        "# Ministry Opens Digital Literacy Centres\n\n"
        "JAKARTA, March 5, 2024 – The ministry opened twelve centres that will train "
        "teachers and parents in the provinces.\n\n"
        '"This is the first step," said the Minister.\n',
        encoding="utf-8",
    )
    found = read_release(path)
    assert (found.title, found.city, found.date) == (
        "Ministry Opens Digital Literacy Centres",
        "Jakarta",
        "2024-03-05",
    )
    assert found.language == "en"


def test_a_batch_of_files_comes_in_whole_and_a_failing_file_rolls_back_alone(
    lib, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several files share one transaction (one savepoint each): the file whose quotes cannot
    be saved leaves nothing behind, the files before and after it come in with their quotes."""
    folder = tmp_path / "rilis"
    folder.mkdir()
    for n in range(4):
        (folder / f"r{n}.txt").write_text(RELEASE.replace("28/HM", f"{n}/HM") + f"\nRilis {n}.")
    real = importer.extraction.extract_from_statement

    def extract(lib_: object, st: statements.Statement, *found: object) -> int:
        if st.source_name == "r2.txt":
            raise importer.AlreadyImported(name="r2.txt", title="(simulated failure)")
        return real(lib_, st, *found)  # type: ignore[arg-type]

    monkeypatch.setattr(importer.extraction, "extract_from_statement", extract)
    report = importer.import_paths(lib, [str(folder)])
    assert sorted(i.path.rsplit("/", 1)[-1] for i in report.imported) == [
        "r0.txt",
        "r1.txt",
        "r3.txt",
    ]
    assert [s.path.rsplit("/", 1)[-1] for s in report.skipped] == ["r2.txt"]
    assert statements.count(lib) == 3
    names = {r["source_name"] for r in lib.query("SELECT source_name FROM statements")}
    assert names == {"r0.txt", "r1.txt", "r3.txt"}
    orphans = lib.scalar(
        "SELECT count(*) FROM quotes WHERE statement_id NOT IN (SELECT id FROM statements)"
    )
    assert orphans == 0
    assert all(i.quotes >= 1 for i in report.imported)  # “Jangan sebarkan …,” kata Menteri
    # The search index holds the files that came in, and nothing of the one that did not.
    assert lib.scalar("SELECT count(*) FROM statements_fts") == 3
    assert lib.scalar("SELECT count(*) FROM quotes_fts") == lib.scalar(
        "SELECT count(*) FROM quotes"
    )
    assert maintenance.check(lib).ok


def test_the_reading_process_hands_over_the_stems_of_the_words_it_read(tmp_path: Path) -> None:
    """Stemming is most of an import's work: the reader does it while the library saves."""
    from humasdesk.core import text

    (tmp_path / "a.txt").write_text("Judul\n\nPara petani mengharapkan hujan segera turun.")
    text._STEMS.pop("mengharapkan", None)
    with ReadWorker() as reader:
        reader.prefetch([tmp_path / "a.txt"])
        assert reader.read(tmp_path / "a.txt").title == "Judul"
    assert text._STEMS.get("mengharapkan") == "harap"
    assert text.index_text("mengharapkan") == "harap"


def test_the_library_remembers_the_stems_of_the_words_it_imported(lib, tmp_path: Path) -> None:
    """Stemming a new word is the slowest part of an import: a word the library has met once
    is never stemmed again, and a search still finds what the import brought in."""
    from humasdesk.core import text
    from humasdesk.store import search

    (tmp_path / "a.txt").write_text("Judul Rilis\n\nPara petani mengharapkan hujan segera turun.")
    text._STEMS.pop("mengharapkan", None)
    importer.import_paths(lib, [tmp_path / "a.txt"])
    assert lib.scalar("SELECT stem FROM stems WHERE word = 'mengharapkan'") == "harap"
    assert search.search(lib, "harapan", kind="statements")

    # A later import hands the known words to its reader, which leaves them out.
    (tmp_path / "b.txt").write_text("Judul Lain\n\nPetani mengharapkan panen raya bulan depan.")
    with ReadWorker() as reader:
        report = importer.import_paths(lib, [tmp_path / "b.txt"], worker=reader)
        assert "mengharapkan" in reader._known
    assert len(report.imported) == 1
    assert lib.scalar("SELECT stem FROM stems WHERE word = 'panen'") == "panen"


def test_an_officers_own_save_keeps_the_stems_of_its_words(lib) -> None:
    from humasdesk.core import text

    text._STEMS.pop("penyuluhan", None)
    text.take_fresh()
    statements.save(lib, statements.Statement(title="Penyuluhan pertanian di desa"))
    assert lib.scalar("SELECT stem FROM stems WHERE word = 'penyuluhan'") == "suluh"


def test_a_batch_finds_speakers_as_the_library_would(lib) -> None:
    """Inside an import's batch, people are looked up from memory: by full name, by short
    name, and by a single word only when one person's name holds it."""
    from humasdesk.core.records import Person
    from humasdesk.store import batch, people

    for name, short in (
        ("Mira Tayyiba", "Mira"),
        ("Budi Arie Setiadi", "Budi"),
        ("Budi Gunadi Sadikin", "Budi"),
    ):
        people.save(lib, Person(name=name, short_name=short))
    asked = ["mira tayyiba", "Mira", "Tayyiba", "Setiadi", "Budi", "Arie", "Gunadi", "Nobody"]
    outside = [getattr(people.find_by_name(lib, n), "name", None) for n in asked]
    with lib.atomic(), batch.batch(lib):
        inside = [getattr(people.find_by_name(lib, n), "name", None) for n in asked]
    assert inside == outside
    assert outside[:4] == ["Mira Tayyiba", "Mira Tayyiba", "Mira Tayyiba", "Budi Arie Setiadi"]


def test_two_readers_hand_back_every_file_in_order_and_a_refused_one_in_its_place(
    lib, tmp_path: Path
) -> None:
    """On a machine with more cores the files are shared among reading processes: each file
    still comes in as itself, with its own quotes, and a file one of them refuses is
    reported as skipped without disturbing the others."""
    from humasdesk.core.read_worker import ReadWorkers

    folder = tmp_path / "rilis"
    folder.mkdir()
    for n in range(7):
        (folder / f"r{n}.txt").write_text(RELEASE.replace("28/HM", f"{n}/HM") + f"\nRilis {n}.")
    (folder / "r3.txt").write_bytes(b"\x00\x01 not a text file \x00" * 50)
    with ReadWorkers(2) as readers_:
        report = importer.import_paths(lib, [str(folder)], worker=readers_)
    names = [i.path.rsplit("/", 1)[-1] for i in report.imported]
    assert names == ["r0.txt", "r1.txt", "r2.txt", "r4.txt", "r5.txt", "r6.txt"]
    assert [s.path.rsplit("/", 1)[-1] for s in report.skipped] == ["r3.txt"]
    for item in report.imported:
        number = item.path.rsplit("/", 1)[-1][1]
        assert statements.get(lib, item.id).number == f"No. {number}/HM/KOMINFO/02/2018"
        assert item.quotes == 1  # “Jangan sebarkan …,” kata Menteri


def test_the_next_batch_of_an_import_sees_a_speaker_another_window_added_meanwhile(lib):
    """A batch reuses the people the last one read, unless another window saved since."""
    from humasdesk.core.records import Person
    from humasdesk.store import batch, people
    from humasdesk.store.db import open_library

    with lib.atomic(), batch.batch(lib) as first:
        assert people.find_by_name(lib, "Rina Wulandari") is None
        kept = first.people
    people.keep(lib, kept)
    with lib.atomic(), batch.batch(lib) as second:
        assert people.find_by_name(lib, "Rina Wulandari") is None
        assert second.people is kept  # nobody else wrote: read once for the whole import
        people.keep(lib, second.people)
    other = open_library(lib.path)  # another window, or a second import
    people.save(other, Person(name="Rina Wulandari"))
    other.close()
    with lib.atomic(), batch.batch(lib) as third:
        found = people.find_by_name(lib, "Rina Wulandari")
        assert found is not None and found.name == "Rina Wulandari"
        assert third.people is not kept


def test_an_import_leaves_the_connection_as_it_found_it(lib, tmp_path):
    """An import lets the write-ahead log grow between copies into the library; afterwards
    the connection copies as often as before."""
    from humasdesk.store import importer

    before = lib.scalar("PRAGMA wal_autocheckpoint")
    note = tmp_path / "siaran.txt"
    note.write_text("Banjir Surut\n\nAir mulai surut di tiga kecamatan.", encoding="utf-8")
    report = importer.import_paths(lib, [note])
    assert len(report.imported) == 1
    assert lib.scalar("PRAGMA wal_autocheckpoint") == before
    from humasdesk.store import people

    assert people._KEPT.get(lib) is None  # the next import reads everyone afresh


def test_the_reader_works_ahead_by_a_bounded_amount_of_text(tmp_path: Path, monkeypatch) -> None:
    """The reader reads well ahead of the saving (it keeps going while the disk is busy), but
    never holds more than PREFETCH_BYTES of files waiting: a folder of huge files must not
    fill the memory."""
    from humasdesk.core import read_worker

    files = []
    for n in range(6):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Judul {n}\n\n" + "Warga bergotong royong. " * 200, encoding="utf-8")
        files.append(path)
    size = files[0].stat().st_size
    monkeypatch.setattr(read_worker, "PREFETCH_BYTES", 2 * size)
    with ReadWorker() as reader:
        reader.prefetch(files)
        assert reader.waiting() == 2  # two files' worth of text, not six
        for path in files:
            reader.prefetch(files)
            assert reader.read(path).title == f"Judul {path.stem}"
            assert reader.waiting() <= 2
