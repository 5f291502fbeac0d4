"""Reports from the public: read as they arrive, grouped by rumour, merged, split, and turned
into a case."""

from __future__ import annotations

from pathlib import Path

import pytest

from humasdesk.core import checklist
from humasdesk.core import intake as core_intake
from humasdesk.store import cases, intake
from humasdesk.store.db import Library

PADAM_1 = (
    "INFO PENTING!! Besok Senin listrik PLN padam total se-Jawa Bali selama 3 hari untuk "
    "pemeliharaan jaringan. Siapkan lilin dan air. Sebarkan ke keluarga!"
)
PADAM_2 = (
    "Diteruskan dari grup sebelah: pemadaman listrik total Jawa dan Bali 3 hari mulai besok "
    "karena pemeliharaan jaringan PLN, siapkan air dan lilin"
)
PADAM_TYPO = "listrik padam totl se jawa bali 3 hari pemeliharan jaringan pln, siapkan lilin"
BANSOS = (
    "Pendaftaran bansos Rp600 ribu dari Kemensos sudah dibuka, isi data KTP dan nomor HP di "
    "link berikut sebelum kuota habis https://bansos-kemensos.online/daftar"
)
LOKER = (
    "Lowongan kerja PT KAI 2026 lulusan SMA/SMK, gaji 5 juta, daftar lewat link di bio, "
    "biaya seragam Rp250.000 ditransfer ke rekening panitia"
)

WHATSAPP_EXPORT = f"""[07/12/26 09.15.02] Pak RT 05: {PADAM_1}
[07/12/26 09.40.11] Bu Sari: {PADAM_2}
[07/12/26 10.02.45] Andi: {BANSOS}
lanjutan pesan di baris kedua
"""


def test_a_whatsapp_export_is_one_report_per_message_with_its_time():
    reports = core_intake.from_text(WHATSAPP_EXPORT)
    assert [r.seen_at for r in reports] == [
        "2026-12-07T09:15",
        "2026-12-07T09:40",
        "2026-12-07T10:02",
    ]
    assert all(r.seen_where == "WhatsApp" for r in reports)
    assert reports[2].text.endswith("lanjutan pesan di baris kedua")
    assert reports[2].url == "https://bansos-kemensos.online/daftar"
    assert "Pak RT" not in reports[0].text  # the forwarder's name is not kept


def test_pasted_links_and_parts_between_dashes_are_reports_of_their_own():
    links = core_intake.from_text(
        "https://www.facebook.com/share/p/abc\nhttps://vt.tiktok.com/ZSQX/\n", seen_at="2026-12-07"
    )
    assert [(r.url, r.seen_where) for r in links] == [
        ("https://www.facebook.com/share/p/abc", "Facebook"),
        ("https://vt.tiktok.com/ZSQX/", "TikTok"),
    ]
    parts = core_intake.from_text(f"{PADAM_1}\n---\n{LOKER}", seen_where="Posko pengaduan")
    assert [r.text for r in parts] == [PADAM_1, LOKER]
    assert parts[0].seen_where == "Posko pengaduan"


def test_a_turnbackhoax_style_csv_gives_text_date_and_where(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text(
        "\ufeffurl,classification,category,date,narasi,penjelasan,link_source\n"
        f'https://turnbackhoax.id/a/1,SALAH,Politik,23/06/2026,"{PADAM_1}",x,'
        "https://www.facebook.com/farid/posts/1\n"
        "https://turnbackhoax.id/a/2,SALAH,Politik,24/06/2026,,kosong,\n",
        encoding="utf-8",
    )
    reports, skipped = core_intake.read_paths([path])
    assert skipped == []
    assert len(reports) == 1  # a row without a claim is no report
    assert (reports[0].seen_at, reports[0].seen_where) == ("2026-06-23", "Facebook")
    assert reports[0].url == "https://turnbackhoax.id/a/1"


def test_a_folder_of_txt_is_read_and_other_files_are_skipped_with_a_reason(tmp_path: Path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "warga-1.txt").write_text(PADAM_1, encoding="utf-8")
    (folder / "warga-2.txt").write_text(PADAM_2, encoding="utf-8")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8")
    reports, skipped = core_intake.read_paths([folder, tmp_path / "hilang.txt"])
    assert sorted(Path(r.path).name for r in reports) == ["warga-1.txt", "warga-2.txt"]
    assert [p for p, _e in skipped] == [str(tmp_path / "hilang.txt")]
    assert "cannot be read" in skipped[0][1].render()


def test_the_same_rumour_retold_groups_together_and_other_rumours_stay_apart():
    groups = core_intake.group([PADAM_1, BANSOS, PADAM_2, LOKER, PADAM_TYPO])
    assert groups[0] == groups[2] == groups[4]
    assert len({groups[0], groups[1], groups[3]}) == 3


def test_similarity_forgives_typos_but_not_a_different_claim():
    padam, typo = core_intake.signature(PADAM_1), core_intake.signature(PADAM_TYPO)
    exact_only = len(set(padam.split()) & set(typo.split()))
    assert exact_only < len(set(typo.split()))  # "totl", "pemeliharan" are misspelt
    assert core_intake.similarity(padam, typo) >= core_intake.SIMILAR
    assert core_intake.similarity(padam, core_intake.signature(LOKER)) < 10


def test_the_same_link_groups_and_two_different_posts_do_not():
    groups = core_intake.group(
        [
            "https://www.facebook.com/share/p/1AbCdE/",
            "https://www.facebook.com/share/p/9XyZ/",
            "lihat ini https://facebook.com/share/p/1AbCdE",
        ]
    )
    assert groups == [0, 1, 0]


def test_a_group_is_named_by_its_claim_not_by_the_preamble():
    title = core_intake.title_for(
        ["Akun Facebook “Info Loker” pada Senin (4/5/2026) mengunggah narasi: LOKER PT KAI 2026"]
    )
    assert title == "LOKER PT KAI 2026"


def reports(*texts: str, day: str = "2026-12-07") -> list[core_intake.Report]:
    return [
        core_intake.Report(text=t, seen_at=f"{day}T08:00", seen_where="WhatsApp") for t in texts
    ]


def test_the_queue_groups_what_arrives_later_with_what_came_before(lib: Library):
    intake.add(lib, reports(PADAM_1, BANSOS, day="2026-12-06"))
    taken = intake.add(lib, reports(PADAM_2, PADAM_TYPO, day="2026-12-07"))
    groups = intake.groups(lib)
    assert [g["count"] for g in groups] == [3, 1]
    assert {t["group_id"] for t in taken} == {groups[0]["id"]}
    assert groups[0]["title"].startswith("INFO PENTING!! Besok Senin listrik PLN padam")
    assert intake.counts_by_day(lib, groups[0]["id"]) == [("2026-12-06", 1), ("2026-12-07", 3)]


def test_the_officer_merges_and_splits_groups(lib: Library):
    intake.add(lib, reports(PADAM_1, PADAM_2, BANSOS, LOKER))
    by_count = intake.groups(lib)
    padam = by_count[0]["id"]
    others = [g["id"] for g in by_count[1:]]
    kept = intake.merge(lib, [padam, *others])
    assert kept == padam and [g["count"] for g in intake.groups(lib)] == [4]
    loker = next(i["id"] for i in intake.items(lib, padam) if i["text"] == LOKER)
    new = intake.split(lib, [loker])
    assert sorted(g["count"] for g in intake.groups(lib)) == [1, 3]
    assert intake.groups(lib, [new])[0]["title"].startswith("Lowongan kerja PT KAI 2026")
    with pytest.raises(intake.NothingToSplit):
        intake.split(lib, [loker])  # all of its group
    with pytest.raises(intake.NothingToMerge):
        intake.merge(lib, [padam])


def test_a_group_becomes_a_case_and_another_joins_it(lib: Library, resist: checklist.Checklist):
    intake.add(lib, reports(PADAM_1, PADAM_2, day="2026-12-05"))
    intake.add(lib, reports(PADAM_TYPO, day="2026-12-06"))
    intake.add(lib, [core_intake.Report(text=BANSOS, url="https://x.id/1", seen_at="2026-12-07")])
    padam, bansos = (g["id"] for g in intake.groups(lib))
    case_id = intake.make_case(lib, padam, resist, "id")
    given = cases.answers(lib, case_id)
    assert given["early_warning.first_seen_at"] == "2026-12-05T08:00"
    assert given["early_warning.first_seen_where"] == "WhatsApp"
    assert given["early_warning.detected_by"] == "public_report"
    assert len(cases.evidence(lib, case_id)) == 3
    assert intake.groups(lib, [padam])[0]["case_id"] == case_id
    intake.join_case(lib, bansos, case_id, "en")
    refs = [e["ref"] for e in cases.evidence(lib, case_id)]
    assert "https://x.id/1" in refs and len(refs) == 4
    assert cases.timeline(lib, case_id)[-1].what.startswith("1 public reports added")


def test_turnbackhoax_fact_checks_group_as_the_benchmark_reports(corpora: Path):
    from benchmarks import intake_grouping

    rows = intake_grouping.load(corpora / "hoax-turnbackhoax-2026.csv")
    found = intake_grouping.predicted(core_intake.group([r["narasi"] for r in rows]))
    campaign = intake_grouping.score(found, intake_grouping.reference(rows))
    family = intake_grouping.score(found, intake_grouping.family_reference(rows))
    # the figures of benchmarks/README.md ("Rumour grouping"), within 0.01
    assert campaign["precision"] == pytest.approx(0.139, abs=0.01)
    assert campaign["recall"] == pytest.approx(0.185, abs=0.01)
    assert family["precision"] == pytest.approx(0.528, abs=0.01)
    assert family["recall"] == pytest.approx(0.002, abs=0.01)


def test_the_reference_keeps_scam_campaigns_apart_and_retold_ones_together():
    from benchmarks import intake_grouping

    def row(slug: str, kind: str = "PENIPUAN", refs: str = "") -> dict[str, str]:
        url = f"https://example.org/articles/1-{slug}"
        return {"url": url, "classification": kind, "referensi": refs}

    rows = [
        row("penipuan-tautan-lowongan-kerja-pt-contoh-jaya"),
        row("penipuan-tautan-pendaftaran-lowongan-contoh-jaya-2026"),
        row("penipuan-tautan-lowongan-kerja-pt-lain-makmur"),
        row("penipuan-undian-berhadiah-contoh-jaya"),  # another kind of scam, same name
        row("salah-jembatan-kota-runtuh", "SALAH", "https://x.id/berita/jembatan-aman"),
        row("salah-video-kota-jembatan-ambruk-total", "SALAH", "https://x.id/berita/jembatan-aman"),
    ]
    assert intake_grouping.reference(rows) == {(0, 1), (4, 5)}
    assert (0, 2) in intake_grouping.family_reference(rows)


def test_a_rare_shared_word_weighs_more_than_a_common_one():
    grouper = core_intake.Grouper()
    grouper.learn(["warga kabar", "warga kabar", "warga kabar", "warga gempa", "gempa"])
    weights = grouper.vector("warga gempa")
    assert weights["gempa"] > weights["warga"]


def test_a_report_is_compared_with_the_group_centre_so_near_misses_do_not_chain():
    first, second, third = (
        "alfa beta gamma delta",
        "gamma delta epsilon zeta",
        "epsilon zeta eta theta",
    )
    grouper = core_intake.Grouper()
    grouper.learn([first, second, third])
    assert grouper.add(first) == grouper.add(second) == 0  # half of their words
    assert grouper.add(third) == 1  # like the second, not like the group


def test_the_same_phone_number_or_link_groups_whatever_the_words():
    texts = [
        "Bantuan tunai cair hari ini, hubungi admin 0812-3456-7890 sekarang",
        "Arisan warga RT 04 ditunda minggu depan",
        "Hadiah mobil untuk pelanggan setia, konfirmasi ke +62 812 3456 7890",
        "Cek penerima di https://contoh-bantuan.site/cek?id=7 ya",
        "Jangan lupa kerja bakti, daftar hadir https://contoh-bantuan.site/cek?id=7",
    ]
    assert "tel:6281234567890" in core_intake.signature(texts[0]).split()
    groups = core_intake.group(texts)
    assert groups[0] == groups[2] and groups[3] == groups[4]
    assert len({groups[0], groups[1], groups[3]}) == 3


def test_names_are_kept_in_capitals_and_a_report_needs_its_rarest_name_in_the_group():
    sig = core_intake.signature("Besok listrik di Kota Sukamaju padam, kata petugas PLN.")
    assert {"KOTA", "SUKAMAJU", "PLN", "listrik"} <= set(sig.split())
    assert "BESOK" not in sig.split()  # a sentence starts with a capital
    template = (
        "Lowongan kerja terbaru: Bank {name} membuka posisi teller, customer service dan "
        "staf administrasi untuk lulusan SMA, gaji menarik, kirim lamaran lewat link di bio"
    )
    texts = [
        template.format(name="Sentosa"),
        template.format(name="Makmurjaya"),
        template.format(name="Sentosa") + " segera",
        "Jalan tol ditutup karena banjir",
    ]
    groups = core_intake.group(texts)
    assert groups[0] == groups[2] != groups[1]
