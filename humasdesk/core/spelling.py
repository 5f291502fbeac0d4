"""Indonesian spell checking for the editor, in plain Python (no Qt).

Words are checked against the Indonesian Hunspell dictionary that ships in
`resources/dictionaries/` (Debian's hunspell-id, LGPL-3), read by spylls, plus HumasDesk's
own short list of everyday words the dictionary lacks (`humasdesk-words.txt`) and the
officer's personal word list (one word a line, `dictionary.txt` in the user config folder).

Checking is cached per word, so re-checking a paragraph as the officer types costs a dict
lookup per word. The dictionary is loaded once per process, on first use (about half a
second); `shared()` gives that one checker.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humasdesk.paths import config_dir, resources_dir

DICTIONARY = "id_ID"
EXTRA_WORDS = "humasdesk-words.txt"
PERSONAL_FILE = "dictionary.txt"

# A word: letters, possibly joined by hyphens (reduplication "anak-anak", "sehari-hari") or
# apostrophes. Digits make a token a number or a code, never a misspelling.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SKIP_AROUND = re.compile(r"\S*(?:https?://|www\.|@)\S*")


@dataclass(frozen=True)
class Word:
    start: int  # offset in the checked text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def words(text: str) -> Iterator[Word]:
    """The words of `text` worth checking (links and e-mail addresses are left out)."""
    skipped = [(m.start(), m.end()) for m in _SKIP_AROUND.finditer(text)]
    for match in _WORD.finditer(text):
        if any(a <= match.start() < b for a, b in skipped):
            continue
        yield Word(match.start(), match.group())


def word_at(text: str, offset: int) -> Word | None:
    """The checkable word covering `offset` (or ending right at it), if any."""
    for word in words(text):
        if word.start <= offset <= word.end:
            return word
    return None


def _read_words(path: Path) -> set[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


class PersonalWords:
    """The officer's own words, kept in the user config folder across libraries."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / PERSONAL_FILE
        self.words = _read_words(self.path)

    def __contains__(self, word: str) -> bool:
        return word in self.words or word.lower() in self.words

    def add(self, word: str) -> None:
        """Remembers `word` at once (the file is rewritten whole, sorted)."""
        word = word.strip()
        if not word or word in self.words:
            return
        self.words.add(word)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("".join(f"{w}\n" for w in sorted(self.words)), encoding="utf-8")
        tmp.replace(self.path)

    def remove(self, word: str) -> None:
        if word in self.words:
            self.words.discard(word)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text("".join(f"{w}\n" for w in sorted(self.words)), encoding="utf-8")


class SpellChecker:
    """Says whether a word is spelt right and what it may have meant."""

    def __init__(self, dictionary: Any = None, personal: PersonalWords | None = None) -> None:
        self._dictionary = dictionary
        self._lock = threading.Lock()
        self.personal = personal if personal is not None else PersonalWords()
        folder = resources_dir() / "dictionaries"
        self.extra = _read_words(folder / EXTRA_WORDS)
        self.ignored: set[str] = set()  # "ignore" for this session only
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self.suggest_seconds: float | None = 1.0  # None: wait for every suggestion

    @property
    def dictionary(self) -> Any:
        with self._lock:
            if self._dictionary is None:
                from spylls.hunspell import Dictionary

                path = resources_dir() / "dictionaries" / DICTIONARY
                self._dictionary = Dictionary.from_files(str(path))
            return self._dictionary

    def is_correct(self, word: str) -> bool:
        if word in self.ignored or word in self.personal:
            return True
        known = self._cache.get(word)
        if known is None:
            known = self._check(word)
            self._cache[word] = known
        return known

    def _check(self, word: str) -> bool:
        if len(word) < 2 or word.isupper():  # initials and acronyms: DISKOMINFO, ASN, WIB
            return True
        if word in self.extra or word.lower() in self.extra:
            return True
        if self.dictionary.lookup(word):
            return True
        parts = re.split(r"[-'’]", word)
        # Reduplication and compounds: every part must be a word ("anak-anak", "hoaks-hoaks").
        return len(parts) > 1 and all(self._check(part) for part in parts if part)

    def misspelt(self, text: str) -> list[Word]:
        return [w for w in words(text) if not self.is_correct(w.text)]

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        """Likely corrections, best first, found within `suggest_seconds`.

        Hunspell's search tries cheap edits first and yields the best corrections early, then
        may spend seconds on far-fetched ones; a right click should not wait for those.
        """
        cached = self._suggestions.get(word)
        if cached is not None:
            return cached
        found: list[str] = []
        done, stop = threading.Event(), threading.Event()
        dictionary = self.dictionary

        def search() -> None:
            try:
                for candidate in dictionary.suggest(word):
                    if candidate not in found:
                        found.append(candidate)
                    if len(found) >= limit or stop.is_set():
                        break
            finally:
                done.set()

        threading.Thread(target=search, name="suggest", daemon=True).start()
        finished = done.wait(self.suggest_seconds)
        stop.set()
        result = found[:limit]
        if finished:
            self._suggestions[word] = result
        return result

    def add_personal(self, word: str) -> None:
        self.personal.add(word)
        self._cache.pop(word, None)

    def ignore(self, word: str) -> None:
        self.ignored.add(word)


_shared: list[SpellChecker] = []


def shared() -> SpellChecker:
    """The process's one checker (the dictionary is big: load it once)."""
    if not _shared:
        _shared.append(SpellChecker())
    return _shared[0]


def warm_up() -> threading.Thread:
    """Loads the dictionary in the background, so the first editor opens without a pause."""
    checker = shared()
    thread = threading.Thread(target=lambda: checker.dictionary, name="spelling", daemon=True)
    thread.start()
    return thread
