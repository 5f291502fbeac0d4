"""The consistency panel beside a draft says only what is wrong, and shows how: a known role
written with its usual abbreviation is not a wrong title, and a misquote names the words that
differ from the library's."""

from __future__ import annotations

from humasdesk.core import attribution
from humasdesk.store import consistency, quotes
from humasdesk.store.db import Library
from humasdesk.ui.consistency_panel import ConsistencyPanel


def line_of(lib: Library, speaker: str) -> quotes.Quote:
    row = next(r for r in quotes.listing(lib) if r["speaker"] == speaker)
    return quotes.get(lib, row["id"])


def draft_with(q: quotes.Quote, text: str, title: str) -> str:
    sentence = attribution.quote_sentence(text, q.speaker, title, "", "id")
    return f"Kota Sejahtera — Pemerintah provinsi memberi keterangan.\n\n{sentence}\n"


def test_the_abbreviation_of_a_known_role_is_not_a_wrong_title(sample_lib: Library):
    # Dodi has been Kepala Dinas Pekerjaan Umum dan Penataan Ruang since February 2023.
    q = line_of(sample_lib, "Dodi Firmansyah")
    for title in ("Kepala Dinas PUPR", "Kepala Dinas PUPR Provinsi Nusantara Raya"):
        text = draft_with(q, q.text, title)
        assert consistency.check_draft(sample_lib, text, "2026-12-01") == [], title
    # A role he never held is still flagged, abbreviated or not.
    text = draft_with(q, q.text, "Kepala BPBD")
    assert [f.kind for f in consistency.check_draft(sample_lib, text, "2026-12-01")] == [
        "wrong_title"
    ]


def test_a_misquote_shows_which_words_differ(qtbot, english, sample_lib: Library):
    row = next(r for r in quotes.listing(sample_lib) if r["text"].startswith("Keselamatan warga"))
    q = quotes.get(sample_lib, row["id"])
    altered = q.text.replace("bekerja bersama", "bekerja keras")
    panel = ConsistencyPanel(sample_lib)
    qtbot.addWidget(panel)
    (finding,) = panel.check(draft_with(q, altered, q.role), "2025-01-21")
    assert finding.kind == "misquote"
    shown = panel.list.item(0).text()
    assert "“keras” instead of “bersama”" in shown
    assert q.text in shown  # and the library's whole wording
