"""Titles compared the way a reader does: "Menkeu" is "Menteri Keuangan", "Kepala BKN" is
"Kepala Badan Kepegawaian Negara (BKN)", "the DA" is "District Attorney Summer Stephan"'s
title. Short forms come from the lexicon (`resources/lexicon/roles-*.json`)."""

from __future__ import annotations

import functools
import re

from humasdesk.core.quotes.lexicon import OFFICE_ALIASES, TITLE_ALIASES

_WORD = re.compile(r"[\w’'.-]+")
_FOLDED_TITLES = {k.casefold(): v for k, v in TITLE_ALIASES.items()}
_FOLDED_OFFICES = {k.casefold(): v for k, v in OFFICE_ALIASES.items()}
# Words that say nothing about which title it is.
_FILLER = frozenset({"dan", "and", "of", "the", "for", "bidang", "ri", "republik", "indonesia"})


def expand(title: str) -> str:
    """The title with its short forms written out: "Wamenhan" -> "Wakil Menteri
    Pertahanan", "Kepala BKN" -> "Kepala Badan Kepegawaian Negara"."""
    whole = _FOLDED_TITLES.get(" ".join(title.split()).casefold())
    if whole:
        return whole
    out = []
    for word in title.split():
        key = word.strip(",()").casefold()
        full = _FOLDED_TITLES.get(key) or _FOLDED_TITLES.get(key.rstrip(".")) or word
        out.append(_FOLDED_OFFICES.get(key, full))
    return " ".join(out)


def written_out(title: str) -> str:
    """The title as a reader wants it in the quote library: short titles written out
    ("Menkeu" -> "Menteri Keuangan"), office short names kept ("Kepala BKN")."""
    whole = _FOLDED_TITLES.get(" ".join(title.split()).casefold())
    if whole:
        return whole
    bracket = re.search(r"\s*\(([^)]*)\)$", title)
    if bracket and bracket.group(1).casefold() in _FOLDED_TITLES:
        title = title[: bracket.start()]  # "Wakil Menteri Pertahanan (Wamenhan)"
    words = title.split()
    for i, word in enumerate(words):
        key = word.strip(",()").casefold()
        words[i] = _FOLDED_TITLES.get(key) or _FOLDED_TITLES.get(key.rstrip(".")) or word
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def title_words(title: str) -> tuple[str, ...]:
    """The title's words, short forms expanded, folded, in order; fillers left out."""
    words = [w.casefold().strip(".’'") for w in _WORD.findall(expand(title))]
    return tuple(w for w in words if w and w not in _FILLER)


def same_title(written: str, introduced: str) -> bool:
    """Whether the title an attribution writes (often short: "Menkeu", "Kepala BKN",
    "Direktur Jenderal Strategi Pertahanan") names the title a person was introduced with:
    the same first word, and every word of it in the introduced one (short forms of offices
    in brackets count: "Badan Kepegawaian Negara (BKN)")."""
    short, full = title_words(written), title_words(introduced)
    if not short or not full or short[0] != full[0]:
        return False
    return set(short) <= set(full) | _bracketed(introduced)


def _bracketed(title: str) -> set[str]:
    """The words of short names in brackets, written out: "(BKN)" -> badan, kepegawaian, …"""
    found: set[str] = set()
    for inner in re.findall(r"\(([^)]{1,40})\)", title):
        found.update(title_words(inner))
    return found
