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
