"""Turns what a user typed into a safe FTS5 query over the stemmed index.

Any text is a valid query: words are folded and stemmed like the index (core.text), each is
quoted for FTS5, so characters that mean something to FTS5 never reach it unescaped.
"Double-quoted" parts become phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from humasdesk.core.text import stem, words

_PHRASE = re.compile(r'"([^"]*)"')


@dataclass
class ParsedQuery:
    terms: list[str] = field(default_factory=list)  # stemmed single words
    phrases: list[list[str]] = field(default_factory=list)  # stemmed word sequences

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases

    def stems(self) -> set[str]:
        return set(self.terms) | {w for p in self.phrases for w in p}

    def to_fts(self) -> str:
        parts = [f'"{t}"' for t in self.terms]
        parts += ['"' + " ".join(p) + '"' for p in self.phrases if p]
        return " AND ".join(parts)


def parse(text: str) -> ParsedQuery:
    query = ParsedQuery()
    for phrase in _PHRASE.findall(text):
        stems = [stem(w) for w in words(phrase)]
        if len(stems) == 1:
            query.terms.append(stems[0])
        elif stems:
            query.phrases.append(stems)
    rest = _PHRASE.sub(" ", text)
    for word in words(rest):
        token = stem(word)
        if token not in query.terms:
            query.terms.append(token)
    return query
