"""Turns what a user typed into a safe FTS5 query over the stemmed index.

Any text is a valid query: words are folded (case and diacritics) and stemmed like the index
(core.text), and each is quoted for FTS5, so characters that mean something to FTS5 never
reach it unescaped. "Double-quoted" parts become phrases, a word written `-like this` is
excluded, and while the user is still typing (`prefix=True`) the last word also matches as
the start of a longer word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from humasdesk.core.text import stem, words

_PHRASE = re.compile(r'"([^"]*)"?')
_EXCLUDED = re.compile(r"(?:^|(?<=\s))-(\w+)")
# A prefix shorter than this would match half the index and say nothing.
MIN_PREFIX = 2


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


@dataclass
class ParsedQuery:
    terms: list[str] = field(default_factory=list)  # stemmed single words, all required
    phrases: list[list[str]] = field(default_factory=list)  # stemmed word sequences
    excluded: list[str] = field(default_factory=list)  # stems that must not appear
    prefix: str = ""  # the folded last word, still being typed

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases and not self.prefix

    def stems(self) -> set[str]:
        found = set(self.terms) | {w for p in self.phrases for w in p}
        if self.prefix:
            found.add(stem(self.prefix))
        return found

    def matches_word(self, folded: str) -> bool:
        """Whether one folded word of a text is what the query looks for (for highlights)."""
        if self.prefix and folded.startswith(self.prefix):
            return True
        return stem(folded) in self.stems()

    def to_fts(self) -> str:
        parts = [_quote(t) for t in self.terms]
        parts += [_quote(" ".join(p)) for p in self.phrases if p]
        if self.prefix:
            whole = stem(self.prefix)
            parts.append(f"({_quote(whole)} OR {_quote(self.prefix)}*)")
        if not parts:
            return ""
        text = " AND ".join(parts)
        for token in self.excluded:
            text = f"({text}) NOT {_quote(token)}"
        return text


def parse(text: str, *, prefix: bool = False) -> ParsedQuery:
    """`prefix`: the user is typing, so an unfinished last word matches longer words too."""
    query = ParsedQuery()
    for phrase in _PHRASE.findall(text):
        stems = [stem(w) for w in words(phrase)]
        if len(stems) == 1:
            query.terms.append(stems[0])
        elif stems:
            query.phrases.append(stems)
    rest = _PHRASE.sub(" ", text)
    for word in _EXCLUDED.findall(rest):
        for token in words(word):
            if stem(token) not in query.excluded:
                query.excluded.append(stem(token))
    rest = _EXCLUDED.sub(" ", rest)
    found = words(rest)
    last = ""
    typing_last = prefix and found and text and not text[-1].isspace() and text[-1] != '"'
    if typing_last:
        last = found.pop()
    for word in found:
        token = stem(word)
        if token not in query.terms:
            query.terms.append(token)
    if last:
        if len(last) >= MIN_PREFIX and last.isalnum():
            query.prefix = last
        elif stem(last) not in query.terms:
            query.terms.append(stem(last))
    return query
