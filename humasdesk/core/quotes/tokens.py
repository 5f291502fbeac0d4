"""Words of a text as the quote rules read them: tokens with their punctuation stripped, and
tests of one word (capitalised, an acronym, a name)."""

from __future__ import annotations

import functools
import re

from humasdesk.core.quotes.lexicon import (
    ABBREVIATIONS,
    CONNECTORS,
    ORG_WORDS,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    ROLE_WORDS,
)

PUNCTUATION = ",.;:!?()”“\"'’‘"


def abbreviated(raw: str) -> bool:
    """ "Dr." or an initial "P.": a full stop that does not end the sentence."""
    bare = raw.strip(",;:()").rstrip(".")
    return raw.endswith(".") and (
        bare.casefold() in ABBREVIATIONS
        or (len(bare) == 1 and bare.isupper())
        or bool(_DOTTED.fullmatch(raw.strip(",;:()")))
    )


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "D.C."


class Token:
    """One whitespace-separated word of the text, and the same without punctuation."""

    __slots__ = ("bare", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.bare = bare_word(text)


TOKEN = re.compile(r"\S+")
_NAME_APOSTROPHE = re.compile(r"[A-Z]\w+[aiueo][’']")  # "Safi’": the apostrophe is the name's


def bare_word(raw: str) -> str:
    """The word without punctuation around it; a name ending in an apostrophe after a vowel
    keeps it ("Prof. Safi’," -> "Safi’"), a possessive or a closing quote does not."""
    bare = raw.strip(PUNCTUATION)
    kept = raw.strip(',.;:!?()”“"')
    if kept != bare and _NAME_APOSTROPHE.fullmatch(kept):
        return kept
    return bare


class Tokens:
    """The words after a position, read as they are asked for: at most `limit` of them, and
    "(KAI Commuter)" as one token, so an office's short name stays whole (a token opening a
    parenthesis joins the next four at most, when one of them closes it)."""

    def __init__(self, text: str, start: int, limit: int) -> None:
        self._raw = TOKEN.finditer(text, start)
        self._left = limit
        self._read: list[Token] = []  # read, not yet handed out
        self._given: list[Token] = []

    def _read_one(self) -> bool:
        if self._left <= 0:
            return False
        m = next(self._raw, None)
        if m is None:
            self._left = 0
            return False
        self._left -= 1
        self._read.append(Token(m.group(0), m.start(), m.end()))
        return True

    def _give_one(self) -> bool:
        if not self._read and not self._read_one():
            return False
        tok = self._read[0]
        if tok.text.startswith("(") and ")" not in tok.text:
            for j in range(1, 5):
                if j >= len(self._read) and not self._read_one():
                    break
                if ")" in self._read[j].text:
                    group = self._read[: j + 1]
                    text = " ".join(t.text for t in group)
                    self._given.append(Token(text, tok.start, group[-1].end))
                    del self._read[: j + 1]
                    return True
        self._given.append(tok)
        del self._read[0]
        return True

    def get(self, k: int) -> Token | None:
        """Token k, or None past the last."""
        while len(self._given) <= k:
            if not self._give_one():
                return None
        return self._given[k]


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and word.isupper()))


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_roman(word: str) -> bool:
    return bool(word) and not word.strip("IVXL")


@functools.lru_cache(maxsize=65536)  # a pure test of one word, asked about the same words often
def name_like(word: str) -> bool:
    key = word.casefold()
    return (
        not word.startswith("(")
        and is_cap(word)
        and not is_acronym(word)
        and not is_roman(word)
        and not any(c.isdigit() for c in word)
        and key.rstrip(".") not in ROLE_WORDS  # "Sen." as "Sen"
        and key not in ORG_WORDS
        and key not in PLACE_WORDS
        and key not in PORTFOLIO_WORDS
        and key not in CONNECTORS
        and not key.startswith("kemen")
        and not _nya_adverb(key)
    )


def _nya_adverb(key: str) -> bool:
    """A word of seven letters or more ending in -nya (Akibatnya, Misalnya, Tujuannya,
    Rupanya) is a word made with -nya that opens a clause, never a given name (Sonya)."""
    return len(key) >= 7 and key.endswith("nya")


# ----------------------------------------------------------------- speaker phrases


def starts(words: list[str]) -> str:
    """A lookahead for the first letters of `words`: an alternation of many words is tried
    at every position of a text, the lookahead rejects most positions at once."""
    return "(?=[" + "".join(sorted({w[0] for w in words})) + "])"
