"""Saving a statement queues its quotes for review, with full speakers and roles; the
library keeps roles over time, statuses, reuse counts, and finds quotes by filter and word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.core import errors
from humasdesk.core.records import Person, Role, Statement
from humasdesk.store import people, quotes, search, statements
from humasdesk.store.db import Library

BODY = """Sekretaris Jenderal Kementerian Kominfo Mira Tayyiba meminta warga waspada hoaks.

“Jangan mudah percaya pesan berantai. Selalu periksa sumbernya,” kata Mira di Jakarta.

”Kami sudah menurunkan 1.200 konten hoaks sepanjang Januari,” ujarnya.

”Saya tidak tahu ada bantuan itu,” kata Rina, warga Cempaka Putih.
"""


def release(**fields: object) -> Statement:
    values: dict[str, object] = {
        "title": "Kominfo Ajak Warga Waspada Hoaks",
        "date": "2024-02-05",
        "body": BODY,
        "tags": ["hoaks"],
    }
    values.update(fields)
    return Statement(**values)  # type: ignore[arg-type]


def pending(lib: Library) -> list[quotes.Quote]:
    return [
        quotes.get(lib, r["id"])
        for r in quotes.listing(lib, filters=quotes.Filters(review="pending"))
    ]


def test_saving_a_release_queues_its_officials_quotes_with_speaker_and_role(lib: Library):
    st = statements.save(lib, release())
    queued = sorted(pending(lib), key=lambda q: q.span_start or 0)
    assert [q.text for q in queued] == [
        "Jangan mudah percaya pesan berantai. Selalu periksa sumbernya",
        "Kami sudah menurunkan 1.200 konten hoaks sepanjang Januari",
    ]  # the passer-by's remark is not an official quote
    for quote in queued:
        assert quote.speaker == "Mira Tayyiba"
        assert (quote.role, quote.organisation) == ("Sekretaris Jenderal", "Kementerian Kominfo")
        assert (quote.date, quote.statement_id, quote.review) == ("2024-02-05", st.id, "pending")
        assert quote.tags == ["hoaks"]
    mira = people.find_by_name(lib, "Mira")
    assert mira is not None and mira.name == "Mira Tayyiba"
    assert [(r.title, r.start_date) for r in mira.roles] == [("Sekretaris Jenderal", "2024-02-05")]
    # Waiting for review: not in the library list yet.
    assert quotes.listing(lib) == []


def test_resaving_does_not_duplicate_nor_bring_back_a_rejected_quote(lib: Library):
    st = statements.save(lib, release())
    first, second = sorted(pending(lib), key=lambda q: q.span_start or 0)
    quotes.accept(lib, first.id)
    quotes.reject(lib, second.id)
    st.body = BODY.replace("sumbernya", "sumber beritanya")  # a small edit in the quote
    statements.save(lib, st)
    statements.save(lib, st)
    assert pending(lib) == []
    assert lib.scalar("SELECT count(*) FROM quotes") == 2
    assert quotes.get(lib, second.id).review == "rejected"


def test_a_corrected_speaker_is_kept_and_recorded_as_a_person(lib: Library):
    statements.save(lib, release())
    quote = sorted(pending(lib), key=lambda q: q.span_start or 0)[1]
    quotes.correct(
        lib, quote.id, speaker="Usman Kansong", role="Direktur Jenderal IKP", organisation=""
    )
    fixed = quotes.accept(lib, quote.id, status="approved")
    assert (fixed.speaker, fixed.role, fixed.review) == (
        "Usman Kansong",
        "Direktur Jenderal IKP",
        "accepted",
    )
    speaker = people.find_by_name(lib, "Usman Kansong")
    assert speaker is not None
    assert [r.title for r in speaker.roles] == ["Direktur Jenderal IKP"]
    assert [r["speaker"] for r in quotes.listing(lib, speaker="Usman")] == ["Usman Kansong"]


def test_an_old_quote_shows_the_role_held_then_and_the_role_now(sample_lib: Library):
    # Siti was Sekretaris Dinas Kesehatan until September 2024, then Kepala Dinas.
    (row,) = [r for r in quotes.listing(sample_lib, speaker="Siti") if r["date"] < "2024-09-30"][:1]
    note = quotes.role_note(sample_lib, quotes.get(sample_lib, row["id"]), today="2025-06-01")
    assert note.then.startswith("Sekretaris Dinas Kesehatan")
    assert note.now.startswith("Kepala Dinas Kesehatan")


def test_statuses_reuse_and_filters(sample_lib: Library):
    newest = quotes.listing(sample_lib, status="approved")[0]
    older = quotes.listing(sample_lib, status="approved")[-1]
    quotes.set_status(sample_lib, older["id"], "superseded", superseded_by=newest["id"])
    assert quotes.get(sample_lib, older["id"]).superseded_by == newest["id"]
    replacement = quotes.replacement(sample_lib, quotes.get(sample_lib, older["id"]))
    assert replacement is not None and replacement.id == newest["id"]
    with pytest.raises(errors.UserError):
        quotes.set_status(sample_lib, older["id"], "superseded")
    with pytest.raises(errors.UserError):
        quotes.set_status(sample_lib, older["id"], "forgotten")
    assert quotes.count_reuse(sample_lib, newest["id"]) == 1
    assert quotes.count_reuse(sample_lib, newest["id"]) == 2
    banjir = quotes.ids(sample_lib, filters=quotes.Filters(tag="banjir"))
    assert banjir and all(
        "banjir" in (r["tags"] or "") for r in quotes.rows(sample_lib, banjir).values()
    )
    dated = quotes.listing(
        sample_lib, filters=quotes.Filters(date_from="2025-01-01", date_to="2025-01-31")
    )
    assert dated and all(r["date"].startswith("2025-01") for r in dated)


def test_typed_words_find_quotes_with_the_same_stemming_as_statements(sample_lib: Library):
    # "mengungsi" in a quote is found by "pengungsian".
    found = quotes.ids(sample_lib, filters=quotes.Filters(text="pengungsian"))
    texts = [r["text"] for r in quotes.rows(sample_lib, found).values()]
    assert any("mengungsi" in t for t in texts)
    hits = search.search(sample_lib, "pengungsian", kind="quotes")
    assert hits and hits[0].kind == "quotes"


def test_a_real_news_article_puts_its_quotes_with_full_names_and_roles_in_the_queue(
    lib: Library, corpora: Path
):
    with (corpora / "quotes-pfsa-id-dev40.jsonl").open(encoding="utf-8") as handle:
        article = json.loads(next(handle))
    statements.save(
        lib,
        Statement(title="Bansos", body=article["text"], date="2020-04-13", source_kind="imported"),
    )
    queued = pending(lib)
    by_speaker = {q.speaker: q for q in queued}
    assert by_speaker["Joko Widodo"].role == "Presiden"
    assert by_speaker["Asep Sasa Purnama"].role == "Direktur Jenderal Penanganan Fakir Miskin"
    assert by_speaker["Asep Sasa Purnama"].organisation == "Kementerian Sosial"
    assert by_speaker["Wahyu Wibowo"].role.startswith("Kepala Dusun")
    assert all(q.status == "care" for q in queued)  # a news story's words: use with care


def test_an_empty_quote_is_refused(lib: Library):
    with pytest.raises(errors.UserError):
        quotes.save(lib, quotes.Quote(text="  "))
    assert lib.scalar("SELECT count(*) FROM quotes") == 0


def test_roles_over_time(lib: Library):
    person = people.save(
        lib,
        Person(
            name="Siti Rahmawati",
            roles=[
                Role("Sekretaris Dinas Kesehatan", "", "2020-09-01", "2024-09-30"),
                Role("Kepala Dinas Kesehatan", "", "2024-10-01"),
            ],
        ),
    )
    again = people.get(lib, person.id)
    assert again.role_on("2023-01-01").title == "Sekretaris Dinas Kesehatan"  # type: ignore[union-attr]
    assert again.role_on("2025-01-01").title == "Kepala Dinas Kesehatan"  # type: ignore[union-attr]


def test_the_search_box_shows_the_best_matches_of_a_very_common_word_and_every_rare_one(
    lib: Library,
) -> None:
    from humasdesk.core.records import Quote

    old = quotes.save(
        lib,
        Quote(text="Bendungan Serbabisa siap dipakai petani.", speaker="Ani", review="accepted"),
    )
    best = quotes.save(
        lib, Quote(text="Petani, petani, petani: kami bersama petani.", speaker="Citra")
    )
    for n in range(30):
        quotes.save(
            lib, Quote(text=f"Petani panen raya tahun ini {n}.", speaker="Budi", review="accepted")
        )

    def shown(text: str, best: int) -> list[int]:
        return quotes.ids(
            lib, sort="relevance", filters=quotes.Filters(text=text, best_matches=best)
        )

    first_ten = shown("petani", 10)
    assert len(first_ten) == 10  # the best ten of the 32 matches, the oldest among them
    assert first_ten[0] == lib.scalar("SELECT pk FROM quotes WHERE id = ?", [best.id])
    assert len(shown("petani", 0)) == 32  # exports and the CLI see every match
    rare = shown("serbabisa", 10)
    assert len(rare) == 1 and quotes.get(lib, old.id).text.startswith("Bendungan Serbabisa")


@pytest.mark.parametrize("sort", sorted(quotes.SORT_KEYS))
@pytest.mark.parametrize("desc", [True, False])
def test_every_order_of_the_quote_list_walks_an_index(lib, sort: str, desc: bool) -> None:
    # On a million quotes a sort without one took seconds (a click on a column header).
    sql, params = quotes.ids_sql(quotes.Filters(), sort, desc)
    plan = " | ".join(
        r[3] for r in lib.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 1000, 0]).fetchall()
    )
    assert "COVERING INDEX" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def _library_quote(lib: Library) -> quotes.Quote:
    return quotes.save(
        lib,
        quotes.Quote(
            text="Sirene uji coba berbunyi setiap Jumat pukul 10.00; warga tidak perlu panik.",
            speaker="Yuliani Sembiring",
            role="Kepala Pelaksana BPBD",
            date="2024-01-10",
            review="accepted",
        ),
    )


def test_a_library_quote_inserted_into_a_draft_is_a_reuse_not_a_new_quote(lib: Library):
    from humasdesk.core.attribution import quote_sentence

    line = _library_quote(lib)
    inserted = quote_sentence(line.text, line.speaker, line.role)  # what the picker inserts
    draft = Statement(
        title="Uji sirene", date="2024-03-01", body=f"Warga diminta tenang.\n\n{inserted}"
    )
    statements.save(lib, draft)
    statements.save(lib, draft)  # saved again: still one use
    assert pending(lib) == []
    assert lib.scalar("SELECT count(*) FROM quotes") == 1
    assert quotes.get(lib, line.id).reuse_count == 1


def test_a_library_quote_typed_the_same_in_a_draft_is_counted_as_reused(lib: Library):
    line = _library_quote(lib)
    typed = f"“{line.text}” kata Kepala Pelaksana BPBD Yuliani Sembiring."
    statements.save(lib, Statement(title="Sirene", date="2024-03-02", body=typed))
    statements.save(lib, Statement(title="Sirene lagi", date="2024-03-09", body=typed))
    assert pending(lib) == []
    assert quotes.get(lib, line.id).reuse_count == 2  # two statements, one use each


def test_a_title_the_release_never_names_resolves_through_the_people_directory(lib: Library):
    people.save(
        lib,
        Person(
            name="Ratna Dewi Lestari",
            roles=[
                Role("Menteri Keuangan", start_date="2023-01-01", end_date="2024-06-30"),
            ],
        ),
    )
    people.save(
        lib, Person(name="Bima Saputra", roles=[Role("Menteri Keuangan", start_date="2024-07-01")])
    )
    body = "“Defisit tetap terjaga di bawah tiga persen tahun ini,” kata Menkeu di Jakarta."
    statements.save(lib, Statement(title="APBN", date="2024-03-12", body=body))
    statements.save(lib, Statement(title="APBN", date="2024-09-12", body=body + " "))
    queued = sorted(pending(lib), key=lambda q: q.date or "")
    assert [(q.speaker, q.role) for q in queued] == [
        ("Ratna Dewi Lestari", "Menteri Keuangan"),
        ("Bima Saputra", "Menteri Keuangan"),
    ]


def test_a_title_nobody_held_keeps_the_title_and_no_made_up_name(lib: Library):
    body = "“Kami menambah posko pengungsian di tiga kecamatan,” ujar Kalak BPBD di Jakarta."
    statements.save(lib, Statement(title="Banjir", date="2024-02-01", body=body))
    (quote,) = pending(lib)
    assert quote.speaker == ""  # waiting for an officer to say who it was
    assert (quote.role, quote.organisation) == ("Kepala Pelaksana", "BPBD")
