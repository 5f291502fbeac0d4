"""A draft checked against the library catches an altered quote, a retired or superseded one
and a title its speaker did not hold; packs carry approved lines between libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

from humasdesk.core import attribution
from humasdesk.core.errors import UserError
from humasdesk.store import consistency, packs, quotes
from humasdesk.store.db import Library, open_library


def line(lib: Library, words: str) -> quotes.Quote:
    (row,) = [r for r in quotes.listing(lib) if r["text"].startswith(words)]
    return quotes.get(lib, row["id"])


def draft_with(q: quotes.Quote, text: str, title: str = "") -> str:
    sentence = attribution.quote_sentence(text, q.speaker, title or q.role, "", "id")
    return f"Kota Sejahtera — Pemerintah provinsi memberi keterangan.\n\n{sentence}\n"


def test_a_deliberately_altered_quote_is_a_misquote_with_the_library_wording(
    sample_lib: Library,
):
    q = line(sample_lib, "Keselamatan warga adalah yang utama")
    altered = q.text.replace("bekerja bersama", "bekerja keras")
    text = draft_with(q, altered)
    (finding,) = consistency.check_draft(sample_lib, text, "2025-01-21")
    assert finding.kind == "misquote"
    assert finding.expected == q.text and finding.quote_id == q.id
    assert text[finding.start : finding.end].startswith("“Keselamatan warga")
    # The exact wording is fine.
    assert consistency.check_draft(sample_lib, draft_with(q, q.text), "2025-01-21") == []


def test_a_retired_quote_is_flagged(sample_lib: Library):
    q = line(sample_lib, "Kami menargetkan seluruh 38.000 balita")
    text = draft_with(q, q.text, title="Sekretaris Dinas Kesehatan")
    kinds = [f.kind for f in consistency.check_draft(sample_lib, text, "2024-03-12")]
    assert kinds == ["retired"]


def test_a_superseded_quote_offers_its_replacement(sample_lib: Library):
    q = line(sample_lib, "Penutupan selama tujuh hari ini")
    (finding,) = consistency.check_draft(sample_lib, draft_with(q, q.text), "2024-10-09")
    assert finding.kind == "superseded"
    assert finding.expected.startswith("Penutupan kami geser satu pekan")


def test_a_title_the_speaker_did_not_hold_on_the_drafts_date_is_flagged(sample_lib: Library):
    # Siti became Kepala Dinas Kesehatan on 1 October 2024; in March 2024 she was Sekretaris.
    q = line(sample_lib, "Setiap anak berhak mendapat perlindungan")
    text = draft_with(q, q.text, title="Kepala Dinas Kesehatan")
    (finding,) = consistency.check_draft(sample_lib, text, "2024-03-12")
    assert finding.kind == "wrong_title"
    assert finding.expected.startswith("Sekretaris Dinas Kesehatan")
    assert text[finding.start : finding.end].startswith("kata Kepala Dinas Kesehatan")
    # The same title is right in 2025.
    assert consistency.check_draft(sample_lib, text, "2025-01-10") == []


def test_a_pack_round_trip_adds_new_lines_and_lists_a_conflict(sample_lib: Library, tmp_path: Path):
    pack_file = tmp_path / "pusat.humasdesk-pack"
    counts = packs.export(sample_lib, pack_file)
    assert counts["quotes"] == len(quotes.listing(sample_lib))
    with open_library(tmp_path / "daerah.humasdesk") as regional:
        first = packs.merge(regional, packs.read(pack_file))
        assert first.quotes_added == counts["quotes"] and not first.conflicts
        # The regional office retires a line locally; the centre still has it approved.
        q = line(regional, "Keselamatan warga adalah yang utama")
        quotes.set_status(regional, q.id, "retired")
        again = packs.merge(regional, packs.read(pack_file))
        assert [c.id for c in again.conflicts] == [q.id]
        assert again.conflicts[0].fields["status"] == ("retired", "approved")
        assert quotes.get(regional, q.id).status == "retired"  # never overwritten silently
        taken = packs.merge(regional, packs.read(pack_file), take_theirs={q.id})
        assert taken.taken == 1 and quotes.get(regional, q.id).status == "approved"


def test_a_damaged_pack_is_refused_and_the_library_untouched(lib: Library, tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "humasdesk-pack", "version": 1, "people": [], "quotes": []}')
    with pytest.raises(UserError, match="checksum"):
        packs.read(bad)
    bad.write_text("not json")
    with pytest.raises(UserError):
        packs.read(bad)
    assert lib.counts()["quotes"] == 0


def test_attribution_is_written_for_the_statements_language():
    assert (
        attribution.attribution("Mira Tayyiba", "Sekretaris Jenderal", "Kementerian Kominfo", "id")
        == "kata Sekretaris Jenderal Kementerian Kominfo Mira Tayyiba"
    )
    assert (
        attribution.quote_sentence(
            "We will not tolerate hoaxes.",
            "Mira Tayyiba",
            "Secretary General",
            "Ministry of Communication and Informatics",
            "en",
        )
        == "“We will not tolerate hoaxes,” said Mira Tayyiba, Secretary General of the "
        "Ministry of Communication and Informatics."
    )
