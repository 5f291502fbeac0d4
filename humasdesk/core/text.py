"""Text rules shared by the index and the query: folding, tokens and Indonesian stems.

Both sides of full-text search go through `index_text`, so "harapan" in a query meets
"mengharapkan" in a statement: Sastrawi reduces both to "harap" before FTS5 sees them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Indonesian stem of one folded word; numbers and short words stay as they are."""
    if len(word) <= 3 or not word.isalpha():
        return word
    result: str = _sastrawi().stem(word)
    return result or word


def index_text(text: str) -> str:
    """The form stored in the full-text index: folded, stemmed words separated by spaces."""
    return " ".join(stem(w) for w in words(text))
