"""Text rules shared by the index and the query: folding, tokens and Indonesian stems.

Both sides of full-text search go through `index_text`, so "harapan" in a query meets
"mengharapkan" in a statement: Sastrawi reduces both to "harap" before FTS5 sees them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
_stemmer: Any = None  # Sastrawi's stemmer, made on first use: loading it slows the start


def _sastrawi() -> Any:
    global _stemmer
    if _stemmer is None:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        _stemmer = StemmerFactory().create_stemmer()
    return _stemmer


class _DropCombining(dict[int, int | None]):
    """A str.translate table that drops combining marks, filled one code point at a time."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _DropCombining()


def fold(text: str) -> str:
    """Lower case without diacritics: "Kemenkominfo É" -> "kemenkominfo e"."""
    if text.isascii():  # most of what we index: nothing to decompose, casefold is lower
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.translate(_DROP_COMBINING).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# Sastrawi takes about a millisecond for a word with affixes: each word is stemmed once per
# process. An import's reading process stems the words of each file while this one saves the
# last (see core.read_worker), and hands the stems over through `remember_stems`.
_STEMS: dict[str, str] = {}
STEM_CACHE_SIZE = 300_000


def stem(word: str) -> str:
    """The Indonesian stem of one folded word; numbers and short words stay as they are."""
    known = _STEMS.get(word)
    if known is not None:
        return known
    if len(word) <= 3 or not word.isalpha():
        return word
    result: str = _sastrawi().stem(word) or word
    _remember(word, result)
    return result


def _remember(word: str, result: str) -> None:
    if len(_STEMS) >= STEM_CACHE_SIZE:
        _STEMS.clear()
    _STEMS[word] = result


def new_stems(text: str, known: set[str]) -> dict[str, str]:
    """The stems of the words of `text` not in `known` (which they join)."""
    found: dict[str, str] = {}
    for word in words(text):
        if word not in known and len(word) > 3 and word.isalpha():
            known.add(word)
            found[word] = stem(word)
    return found


def remember_stems(stems: dict[str, str]) -> None:
    """Stems worked out elsewhere (the same Sastrawi, in the reading process)."""
    for word, result in stems.items():
        _remember(word, result)


def index_text(text: str) -> str:
    """The form stored in the full-text index: folded, stemmed words separated by spaces."""
    return " ".join(stem(w) for w in words(text))
