"""The statement record behind the desk: numbers, statuses, revisions, templates, recovery
and search, without any window."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humasdesk.core import diff, markdown, numbering, query
from humasdesk.core.records import Statement
from humasdesk.store import audit, recovery, search, statements, templates
from humasdesk.store.db import Library
from humasdesk.store.settings import set_office_values

HOPE = Statement(
    title="Pemprov Berharap Warga Ikut Vaksinasi",
    lead="Pemerintah provinsi berharap seluruh warga ikut vaksinasi.",
    body="Gubernur mengharapkan dukungan tokoh masyarakat.\n\nJadwal dibuka pekan depan.",
    date="2026-02-01",
    tags=["kesehatan"],
)


def test_the_next_number_follows_the_office_pattern(sample_lib: Library):
    # The sample's latest number is No. 103/HM/DISKOMINFO-NR/XII/2026.
    assert statements.next_number(sample_lib, "2026-12-20") == "No. 104/HM/DISKOMINFO-NR/XII/2026"
    assert statements.next_number(sample_lib, "2027-01-05") == "No. 001/HM/DISKOMINFO-NR/I/2027"
    statements.set_number_pattern(sample_lib, "{n:03}/SP/KOMINFO/{month}/{year}")
    assert statements.next_number(sample_lib, "2026-03-01") == "001/SP/KOMINFO/03/2026"


def test_a_pattern_is_read_from_a_kominfo_number():
    pattern = numbering.infer_pattern("No. 28/HM/KOMINFO/02/2018", "2018-02-10")
    assert pattern == "No. {n}/HM/KOMINFO/{month}/{year}"
    issued = ["No. 28/HM/KOMINFO/02/2018", "No. 27/HM/KOMINFO/02/2018", "lain"]
    assert numbering.next_number(pattern, issued, "2018-02-11") == "No. 29/HM/KOMINFO/02/2018"


def test_withdrawing_needs_a_reason_and_is_audited(lib: Library):
    st = statements.save(lib, Statement(title="Jembatan ditutup", body="Teks asli."))
    with pytest.raises(statements.WithdrawnNeedsReason):
        statements.set_status(lib, st.id, "withdrawn")
    statements.set_status(lib, st.id, "withdrawn", reason="Jadwal berubah")
    kept = statements.get(lib, st.id)
    assert kept.status == "withdrawn" and kept.body == "Teks asli."
    assert kept.withdrawn_reason == "Jadwal berubah"
    details = [r["detail"] for r in lib.query("SELECT detail FROM audit_log ORDER BY seq")]
    assert details == ["new -> draft", "draft -> withdrawn: Jadwal berubah"]
    assert audit.verify(lib) == []
    assert [r["status"] for r in statements.listing(lib)] == ["withdrawn"]


def test_two_revisions_compare_word_by_word_and_an_old_one_comes_back(lib: Library):
    st = statements.save(lib, Statement(title="Banjir", body="Posko dibuka di 3 kecamatan."))
    st.body = "Posko dibuka di 5 kecamatan.\n\nBantuan disalurkan."
    statements.save(lib, st, note="angka terbaru")
    newest, first = statements.revisions(lib, st.id)
    assert (newest.number, newest.note) == (2, "angka terbaru")
    fields = diff.compare(first.statement, newest.statement)
    body = next(f for f in fields if f.name == "body")
    assert body.rows[0].kind == "changed"
    assert ("3", True) in body.rows[0].left and ("5", True) in body.rows[0].right
    assert body.rows[-1].kind == "added"
    restored = statements.restore(lib, st.id, 1, author="ani")
    assert restored.body == "Posko dibuka di 3 kecamatan."
    assert [r.number for r in statements.revisions(lib, st.id)] == [3, 2, 1]
    assert statements.revision(lib, st.id, 3).note == "Restored from revision 1"


def test_an_embargo_holds_until_its_time():
    st = Statement(embargo_at="2026-12-10T09:00:00+07:00")
    before = dt.datetime(2026, 12, 10, 1, 59, tzinfo=dt.UTC)
    after = dt.datetime(2026, 12, 10, 2, 0, tzinfo=dt.UTC)
    assert statements.embargoed(st, before)
    assert not statements.embargoed(st, after)
    assert not statements.embargoed(Statement(), before)


def test_templates_are_the_office_own_copies(lib: Library):
    found = templates.all_templates(lib)
    assert {(t.kind, t.language) for t in found} == {
        (k, lang) for k in ("press", "clarification", "holding") for lang in ("id", "en")
    }
    press = templates.get(lib, "press-id")
    press.letterhead = "PEMERINTAH PROVINSI NUSANTARA RAYA\n{office}"
    templates.save(lib, press)
    set_office_values(lib, {"office": "Diskominfo NR", "city": "Kota Sejahtera"})
    assert templates.seed(lib) == 0  # a new start does not overwrite the office's edits
    draft = templates.new_statement(lib, "press-id", {"title": "Uji coba"})
    assert draft.title == "Uji coba" and draft.city == "Kota Sejahtera"
    assert "{what}" in draft.lead  # what the office does not know stays visible
    from humasdesk.exporting import layout

    assert layout.letterhead(lib, draft.language).startswith("PEMERINTAH PROVINSI")
    assert "{office}" in templates.reset(lib, "press-id").letterhead


def test_a_recovery_record_keeps_unsaved_words_until_saved(lib: Library):
    key = recovery.new_key()
    recovery.write(lib, key, None, {"title": "Draf", "body": "Kalimat yang belum sel"})
    (draft,) = recovery.pending(lib)
    assert draft.words() == "Kalimat yang belum sel"
    recovery.clear(lib, key)
    assert recovery.pending(lib) == []


def test_markdown_words_are_counted_without_marks():
    text = "## Hasil rapat\n\n- **Satu** langkah\n- *dua* [tautan](http://x.id)\n"
    assert markdown.plain(text) == "Hasil rapat\n\nSatu langkah\ndua tautan\n"
    assert markdown.word_count(text) == 6
    assert markdown.reading_minutes(201) == 2


@pytest.mark.parametrize("typed", ["harapan", "berharap", "mengharapkan", "HARAPAN"])
def test_any_form_of_a_word_finds_the_statement(lib: Library, typed: str):
    saved = statements.save(lib, HOPE)
    hits = search.search(lib, typed, kind="statements")
    assert [h.id for h in hits] == [saved.id]
    assert "[" in hits[0].snippet


def test_phrases_prefixes_exclusions_diacritics_and_filters(lib: Library):
    a = statements.save(lib, HOPE)
    b = statements.save(
        lib,
        Statement(
            title="Festival Kopi di Kafé Rakyat",
            body="Warga ikut festival. Vaksinasi tidak dibahas.",
            date="2025-05-01",
            language="en",
            status="published",
            tags=["budaya"],
        ),
    )
    ids = lambda text, **kw: [h.id for h in search.search(lib, text, kind="statements", **kw)]  # noqa: E731
    assert ids('"ikut vaksinasi"') == [a.id]
    assert ids("kafe") == [b.id]  # diacritics ignored
    assert set(ids("vaksin", prefix=True)) == {a.id, b.id}  # still typing "vaksin…"
    assert ids("vaksin") == []  # a finished word is a whole word
    assert ids("vaksinasi -festival") == [a.id]
    assert ids("warga", filters=search.Filters(status="published")) == [b.id]
    assert ids("warga", filters=search.Filters(tag="kesehatan")) == [a.id]
    assert ids("warga", filters=search.Filters(language="en")) == [b.id]
    assert ids("warga", filters=search.Filters(date_from="2026-01-01")) == [a.id]


@pytest.mark.parametrize(
    "typed", ['"', "*", "NEAR(", "a OR", "-", "^x", ":", 'kata"', "(((", "AND NOT", "\x00", "x*y"]
)
def test_fts_special_characters_never_fail(sample_lib: Library, typed: str):
    search.search(sample_lib, typed, prefix=True)
    search.search(sample_lib, typed, filters=search.Filters(status="draft"))


@settings(max_examples=150, deadline=None)
@given(
    st_text=st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    status=st.sampled_from([None, "draft", "published"]),
)
def test_any_text_typed_so_far_with_filters_is_a_valid_query(fuzz_lib: Library, st_text, status):
    parsed = query.parse(st_text, prefix=True)
    search.statement_pks(fuzz_lib, parsed, search.Filters(status=status), 50)
    search.search(fuzz_lib, st_text, prefix=True, filters=search.Filters(status=status))


@pytest.fixture(scope="module")
def fuzz_lib(tmp_path_factory: pytest.TempPathFactory):
    from humasdesk.store import sample
    from humasdesk.store.db import open_library

    with open_library(tmp_path_factory.mktemp("fuzz") / "f.humasdesk") as opened:
        sample.install(opened)
        yield opened


def test_an_embargoed_export_is_audited(lib: Library):
    saved = statements.save(lib, Statement(title="Rilis", embargo_at="2999-01-01T09:00:00+07:00"))
    statements.record_embargoed_export(lib, saved, "docx")
    (entry,) = lib.query("SELECT action, detail FROM audit_log WHERE action != 'status'")
    assert entry["action"] == "export-embargoed" and entry["detail"].startswith("docx")


def test_the_5w1h_hint_points_at_what_a_lead_leaves_out():
    from humasdesk.core import fivew

    lead = (
        "Kota Sejahtera – Pemerintah Provinsi Nusantara Raya menggelar imunisasi kejar di "
        "seluruh puskesmas mulai Senin (11/3/2024) agar 38.000 balita terlindungi."
    )
    assert fivew.likely_answered(lead) == {"what", "who", "when", "where", "why"}
    assert fivew.likely_answered("{what}. {why}") == set()


def test_the_lists_show_a_records_tags_in_the_librarys_order_every_time(lib: Library):
    from humasdesk.core.records import Quote
    from humasdesk.store import quotes

    saved = statements.save(
        lib, Statement(title="Banjir", tags=["jembatan", "Banjir", "infrastruktur"]), extract=False
    )
    pk = lib.scalar("SELECT pk FROM statements WHERE id = ?", [saved.id])
    assert statements.rows(lib, [pk])[pk]["tags"] == "Banjir, infrastruktur, jembatan"
    quote = quotes.save(lib, Quote(text="Kami siaga.", speaker="Rina", tags=["siaga", "banjir"]))
    qpk = lib.scalar("SELECT pk FROM quotes WHERE id = ?", [quote.id])
    assert quotes.rows(lib, [qpk])[qpk]["tags"] == "Banjir, siaga"  # one tag, as first written
