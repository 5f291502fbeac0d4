"""core/ and store/ know nothing of Qt: the CLI and scripts can use them without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "humasdesk"


def python_prints(code: str, **env: str) -> str:
    """What `code` prints in a fresh interpreter (nothing imported yet) run from the checkout."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
        env={**os.environ, **env},
    )
    return result.stdout.strip()


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
    loaded = python_prints(code)
    assert loaded == "", f"Qt imported by core/store: {loaded}"


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


# Modules only some screens or some libraries need: each cost the window's first paint
# milliseconds (`python -X importtime`).
HEAVY = (
    "sqlite_utils",  # only to migrate
    "markdown_it",  # documents
    "rapidfuzz",  # quote consistency
    "sqlcipher3",  # encrypted libraries
    "logging.handlers",  # the first log record
    "socket",
    "humasdesk.store.extraction",
    "humasdesk.ui.quotes_view",
    "humasdesk.ui.cases_view",
    "humasdesk.ui.history",
    "humasdesk.ui.templates_dialog",
    "humasdesk.store.encryption",  # encrypted libraries
    "humasdesk.store.maintenance",  # the check after an unclean exit
)


def test_opening_the_window_loads_only_what_its_first_screen_needs(tmp_path: Path) -> None:
    """The start path stays free of what only some screens need: those imports cost the
    window's first paint a tenth of a second each (issue 8, `benchmarks/run.py` startup)."""
    from humasdesk.store.db import open_library

    library = tmp_path / "start.humasdesk"
    open_library(library).close()  # made (and migrated) before: the window opens it as is
    code = (
        "import sys, pathlib\n"
        "from humasdesk.ui.app import application, open_interactively\n"
        "from humasdesk.ui.main_window import MainWindow\n"
        "app = application()\n"
        f"lib = open_interactively(pathlib.Path({str(library)!r}), warn=False)\n"
        "window = MainWindow(lib, persist=False)\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"heavy = {HEAVY!r}\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    loaded = python_prints(code, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    assert loaded == "", f"loaded on the start path: {loaded}"
