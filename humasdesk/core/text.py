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
    if any(unicodedata.combining(c) for c in set(decomposed) if not c.isascii()):
        decomposed = decomposed.translate(_DROP_COMBINING)
    return decomposed.casefold()  # (curly quotes alone make a text non-ASCII: no marks)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# Sastrawi takes about a millisecond for a word with affixes: each word is stemmed once per
# process, and a library keeps the stems it has met (store.stems), so an import stems only the
# words the library has never seen. An import's reading process stems those while this one
# saves the last file (see core.read_worker), and hands them over through `remember_stems`.
_STEMS: dict[str, str] = {}
STEM_CACHE_SIZE = 300_000
# Stems Sastrawi worked out (here or in a reading process) that no library has been given
# yet: store.stems writes them into the library being saved to.
_FRESH: dict[str, str] = {}


# No word of any language is longer (Indonesian's longest run to about 30 letters): a longer
# "word" is garbage (a pasted hash, a file of one long token), never stemmed nor kept.
MAX_WORD = 40


def stemmable(word: str) -> bool:
    """Whether Sastrawi is asked about this folded word (numbers, short words, and words
    over MAX_WORD letters stay as they are)."""
    return 3 < len(word) <= MAX_WORD and word.isalpha()


def stem(word: str) -> str:
    """The Indonesian stem of one folded word; numbers and short words stay as they are."""
    known = _STEMS.get(word)
    if known is not None:
        return known
    if not stemmable(word):
        return word
    result: str = _sastrawi().stem(word) or word
    _remember(word, result)
    if len(_FRESH) < STEM_CACHE_SIZE:
        _FRESH[word] = result
    return result


def _remember(word: str, result: str) -> None:
    if len(_STEMS) >= STEM_CACHE_SIZE:
        _STEMS.clear()
    _STEMS[word] = result


def new_stems(text: str, known: set[str]) -> dict[str, str]:
    """The stems of the words of `text` not in `known` (which they join)."""
    found: dict[str, str] = {}
    # Lower-casing first and folding only the few unknown words that need it is much quicker
    # than folding the whole text, and finds the same words.
    for raw in set(_WORD.findall(text.lower())) - known:
        for word in [raw] if raw.isascii() else words(raw):
            if word not in known and stemmable(word):
                known.add(word)
                found[word] = stem(word)
    return found


def remember_stems(stems: dict[str, str], *, fresh: bool = False) -> None:
    """Stems worked out elsewhere: read from a library, or `fresh` from Sastrawi in the
    reading process (then they are written into the library like this process's own)."""
    if fresh:  # from another process: only what this one would have stemmed itself
        stems = {w: s for w, s in stems.items() if stemmable(w) and len(s) <= MAX_WORD}
    if len(_STEMS) + len(stems) > STEM_CACHE_SIZE:
        _STEMS.clear()
    _STEMS.update(stems)
    if fresh and len(_FRESH) < STEM_CACHE_SIZE:
        _FRESH.update(stems)


def take_fresh() -> dict[str, str]:
    """The fresh stems (see `_FRESH`), handed over once."""
    global _FRESH
    taken, _FRESH = _FRESH, {}
    return taken


def index_text(text: str) -> str:
    """The form stored in the full-text index: folded, stemmed words separated by spaces."""
    known = _STEMS.get  # most words are known: no call to stem() for them
    return " ".join([known(w) or stem(w) for w in words(text)])
