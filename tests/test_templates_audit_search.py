"""Shared building blocks: templates fill a draft, the audit chain holds, any query is safe."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humasdesk.core import query, templates
from humasdesk.core.records import Statement
from humasdesk.paths import resources_dir
from humasdesk.store import audit, search, statements
from humasdesk.store.db import Library


def test_every_kind_of_template_exists_in_both_languages():
    found = templates.load_builtin(resources_dir() / "templates")
    assert {(t.kind, t.language) for t in found} == {
        (k, lang) for k in templates.KINDS for lang in ("id", "en")
    }


def test_a_clarification_template_fills_what_it_knows_and_shows_the_rest():
    clarification = next(
        t
        for t in templates.load_builtin(resources_dir() / "templates")
        if t.kind == "clarification" and t.language == "id"
    )
    draft = templates.render(
        clarification,
        {"office_short": "Diskominfo NR", "claim": "vaksin HPV menyebabkan kemandulan"},
    )
    assert "vaksin HPV menyebabkan kemandulan" in draft.lead
    assert "{facts}" in draft.body
    assert draft.status == "draft"
    assert draft.source_kind == "template"
    assert "klarifikasi" in draft.tags  # a clarification, whatever its verdict


def test_stray_braces_in_a_template_are_kept_as_typed():
    assert templates.fill_text("Biaya {harga:>x} {", {"harga": "gratis"}) == "Biaya {harga:>x} {"


def test_the_audit_chain_detects_a_tampered_entry(lib: Library):
    audit.record(lib, "approve", "statement", "s-1", "draft -> approved")
    audit.record(lib, "publish", "statement", "s-1", "approved -> published")
    assert audit.verify(lib) == []
    lib.execute("DROP TRIGGER audit_log_no_update")
    lib.execute("UPDATE audit_log SET detail = 'draft -> published' WHERE seq = 1")
    assert audit.verify(lib) != []


def test_the_audit_log_refuses_edits(lib: Library):
    audit.record(lib, "approve", "statement", "s-1")
    with pytest.raises(Exception, match="append-only"):
        lib.execute("DELETE FROM audit_log")


def test_stemmed_search_finds_other_forms_of_a_word(sample_lib: Library):
    hits = search.search(sample_lib, "imunisasi kejar", kind="statements")
    assert hits
    assert "Imunisasi Kejar" in hits[0].title
    assert "[imunisasi]" in hits[0].snippet.lower()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_typed_text_is_a_valid_query(lib_for_fuzz: Library, text: str):
    search.search(lib_for_fuzz, text)


@pytest.fixture(scope="module")
def lib_for_fuzz(tmp_path_factory: pytest.TempPathFactory):
    from humasdesk.store import sample
    from humasdesk.store.db import open_library

    with open_library(tmp_path_factory.mktemp("fuzz") / "f.humasdesk") as opened:
        sample.install(opened)
        yield opened


def test_an_old_statement_ranks_first_behind_sixty_newer_matches_of_a_common_word(
    lib: Library,
) -> None:
    """Search ranks every match of a common word, not only the newest: the old statement
    with the word in its title comes first; a rare word is found wherever it is."""
    old = statements.save(
        lib,
        Statement(title="Pemerintah bangun bendungan", body="Bendungan Serbabisa diresmikan."),
    )
    for n in range(60):
        statements.save(lib, Statement(title=f"Rilis {n}", body="Pemerintah menyampaikan kabar."))
    rare = search.search(lib, "serbabisa", kind="statements")
    assert [h.id for h in rare] == [old.id]
    assert "Serbabisa" in rare[0].snippet
    common = search.search(lib, "pemerintah", kind="statements", limit=100)
    assert len(common) == 61
    assert common[0].id == old.id
    view_pks = search.statement_pks(lib, query.parse("bendungan"), None, 50)
    assert view_pks == [statements.pk_of(lib, old.id)]
