"""Keeps the translations in step with the code.

    python tools/i18n.py update   # collect strings into resources/translations/*.ts
    python tools/i18n.py release  # compile them into humasdesk/i18n/*.qm
    python tools/i18n.py status   # count unfinished entries per language
    python tools/i18n.py apply id FILE  # fill unfinished entries from a .json {source: text}
                                        # or from another .ts (e.g. a branch's copy)

Source strings are English. `humasdesk_en.ts` is filled with the source text itself; the
Indonesian file is translated by people (edit the .ts in Qt Linguist or any text editor).

`qtbase_id.ts` is our Indonesian for Qt's own strings (dialog buttons, file dialog, context
menus), which Qt does not ship; `update` leaves it alone, `release` compiles it too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "humasdesk" / "i18n"
LANGUAGES = ("id", "en")
QT_CATALOGUES = ("qtbase_id",)  # hand-written, not collected from our sources
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "humasdesk").rglob("*.py")
        if "i18n" not in p.parts
    )


def ts_file(language: str) -> Path:
    return TS_DIR / f"humasdesk_{language}.ts"


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_file(language)),
            ],
            cwd=ROOT,
            check=True,
        )
    fill_english()


def fill_english() -> None:
    """English needs no translator: every entry is its own source text."""
    path = ts_file("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            continue
        translation.text = source.text
        translation.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def catalogues() -> list[Path]:
    """Every .ts we ship: ours per language, then our translations of Qt's own strings."""
    return [ts_file(language) for language in LANGUAGES] + [
        TS_DIR / f"{name}.ts" for name in QT_CATALOGUES
    ]


def release(outdir: Path = QM_DIR) -> list[Path]:
    """Compiles every catalogue into OUTDIR/<name>.qm; returns the .qm files."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in catalogues():
        qm = outdir / f"{ts.stem}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
        written.append(qm)
    return written


def unfinished(language: str) -> list[str]:
    path = ts_file(language) if language in LANGUAGES else TS_DIR / f"{language}.ts"
    tree = ET.parse(path)
    found = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            found.append(message.findtext("source") or "")
    return found


def _known(path: Path) -> dict[str, str]:
    if path.suffix == ".json":
        data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return data
    found: dict[str, str] = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not translation.text:
            continue
        found[message.findtext("source") or ""] = translation.text
    return found


def apply(language: str, source: Path) -> int:
    """Fills unfinished entries whose source text `source` translates; returns how many."""
    known = _known(source)
    path = ts_file(language)
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        text = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or text not in known:
            continue
        translation.text = known[text]
        translation.attrib.pop("type", None)
        filled += 1
    write_ts(tree, path)
    return filled


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "status"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "apply":
        print(apply(argv[2], Path(argv[3])), "entries filled")
    elif command == "status":
        for language in (*LANGUAGES, *QT_CATALOGUES):
            print(language, len(unfinished(language)), "unfinished")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
