"""core/ and store/ know nothing of Qt: the CLI and scripts can use them without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "humasdesk"


def test_core_and_store_import_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in ("core", "store")
        for p in (PACKAGE / layer).rglob("*.py")
    )
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    assert result.stdout.strip() == "", f"Qt imported by core/store: {result.stdout}"


def test_no_qt_import_statement_in_core_or_store() -> None:
    offenders = [
        str(p)
        for layer in ("core", "store")
        for p in (PACKAGE / layer).rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_cli_never_imports_the_ui_at_module_level() -> None:
    text = (PACKAGE / "cli.py").read_text(encoding="utf-8")
    top_level = [line for line in text.splitlines() if line.startswith(("import ", "from "))]
    assert not any("humasdesk.ui" in line for line in top_level)
