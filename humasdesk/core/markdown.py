"""The few things HumasDesk needs to know about the Markdown an officer types: its plain
words (for snippets, word counts and reading time), never a re-formatting of it."""

from __future__ import annotations

import math
import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)

# Officers read Indonesian prose at about 200 words a minute (the figure newsrooms use).
WORDS_PER_MINUTE = 200


def plain(text: str) -> str:
    """`text` without Markdown marks: "## **Hasil** rapat" -> "Hasil rapat"."""
    text = _LINK.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    previous = None
    while previous != text:  # nested marks: ***bold italic***
        previous = text
        text = _EMPHASIS.sub(r"\2", text)
    return _ESCAPE.sub(r"\1", text)


def word_count(text: str) -> int:
    return len(_WORD.findall(plain(text)))


def reading_minutes(words: int) -> int:
    """Whole minutes to read `words` aloud or silently, at least one for any text."""
    return math.ceil(words / WORDS_PER_MINUTE) if words else 0
