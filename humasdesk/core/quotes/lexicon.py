"""The words the quote rules read: cue verbs, titles, offices, places and role aliases.

They are data an office may edit (see `resources/lexicon/README.md`): the files shipped in
`resources/lexicon/`, plus any file of the same name in the user's `lexicon` folder, whose
words and aliases are added to the shipped ones.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

QUOTE_MARKS = '“”"„‟«»'
MARK = re.compile(f"[{QUOTE_MARKS}]")
# Patterns are compiled once each, on first use (re's own cache is shared with every other
# module, and an import's reading process also runs Sastrawi's many patterns).
pattern = functools.cache(re.compile)


def _folders() -> list[Path]:
    from humasdesk.paths import data_dir, resources_dir

    return [resources_dir() / "lexicon", data_dir() / "lexicon"]


def _read(name: str) -> dict[str, Any]:
    """One lexicon file, the shipped one with the office's additions merged in."""
    merged: dict[str, Any] = {}
    for folder in _folders():
        path = folder / name
        if not path.is_file():
            continue
        for key, entry in json.loads(path.read_text(encoding="utf-8")).items():
            _merge(merged, key, entry)
    return merged


def _merge(merged: dict[str, Any], key: str, entry: Any) -> None:
    if not isinstance(entry, dict):
        return
    known = merged.setdefault(key, {"words": [], "aliases": {}})
    for word in entry.get("words", []):
        if word not in known["words"]:
            known["words"].append(word)
    known["aliases"].update(entry.get("aliases", {}))


def words(name: str, key: str) -> list[str]:
    """The word list `key` of lexicon file `name`, in file order."""
    return list(_read(name).get(key, {}).get("words", []))


def vocab(name: str, key: str) -> frozenset[str]:
    """A word list folded for lookups."""
    return frozenset(w.casefold() for w in words(name, key))


def aliases(name: str, key: str) -> dict[str, str]:
    """A mapping `key` of lexicon file `name` ("Menkeu" -> "Menteri Keuangan")."""
    return dict(_read(name).get(key, {}).get("aliases", {}))


# Cue verbs and back-references, per language.
ID_CUES = words("cues-id.json", "after_quote")
ID_SAY_VERBS = words("cues-id.json", "before_quote")
EN_CUES = words("cues-en.json", "after_quote")
EN_SAY_VERBS = words("cues-en.json", "before_quote")
PRONOUNS_ID = vocab("cues-id.json", "pronouns")
PRONOUNS_EN = vocab("cues-en.json", "pronouns")
BACKREF_TAIL = vocab("cues-id.json", "backref_tail")
ID_STOP = vocab("cues-id.json", "stop_after_speaker")
EN_STOP = vocab("cues-en.json", "stop_after_speaker")

# What a speaker phrase is made of (see each list's "about" in words.json).
ROLE_WORDS = vocab("words.json", "role_words")
CITIZEN_WORDS = vocab("words.json", "citizen_words")
ORG_WORDS = vocab("words.json", "org_words")
SUBUNIT_WORDS = vocab("words.json", "subunit_words")
PORTFOLIO_WORDS = vocab("words.json", "portfolio_words")
PLACE_WORDS = vocab("words.json", "place_words")
CONNECTORS = vocab("words.json", "connectors")
DAY_WORDS = vocab("words.json", "day_words")
ABBREVIATIONS = vocab("words.json", "abbreviations")
PHRASE_GLUE = vocab("words.json", "phrase_glue")
LOWER_HEADS = vocab("words.json", "lower_heads")
LABEL_WORDS = vocab("words.json", "label_words")

# Short titles and office names ("Menkeu" = "Menteri Keuangan", "BKN" = "Badan Kepegawaian
# Negara"), both languages in one mapping: a release in one language quotes the other's rarely,
# and the short forms do not clash.
TITLE_ALIASES = aliases("roles-id.json", "titles") | aliases("roles-en.json", "titles")
OFFICE_ALIASES = aliases("roles-id.json", "organisations") | aliases(
    "roles-en.json", "organisations"
)
# A one-word short title is a title word, never a name ("Menkop Ferry" is Ferry).
ROLE_WORDS |= frozenset(a.casefold().rstrip(".") for a in TITLE_ALIASES if " " not in a)
ID_ADVERBS = vocab("cues-id.json", "adverbs")
EN_ADVERBS = vocab("cues-en.json", "adverbs")
