"""How alike two texts about a claim are: "have we answered this before?" and grouping
reports of the same rumour.

A text becomes its telling words: folded, stemmed with Sastrawi (core.text.stem, so
"pendaftaran" meets "mendaftar"), without stopwords, numbers and words of two letters. Two
texts are compared on those words, each weighted by how rare it is among the texts being
compared (inverse document frequency: "listrik" says more than "beredar"), as the cosine of
the two weighted sets. Words that are not equal but nearly so (a typo, "whatsapp" and
"whatsap", a word Sastrawi leaves whole) count by their rapidfuzz ratio when it reaches
`FUZZY_FROM`. The score runs from 0 (nothing telling shared) to 1 (the same telling words).

Use `Corpus` when comparing one text with many (it holds the word weights), or
`similarity(a, b)` for two texts alone (every word weighted alike).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from humasdesk.core.text import stem, words

FUZZY_FROM = 92  # rapidfuzz ratio (0-100) from which two different words count as alike
RESCORED = 50  # how many of the best exact matches Corpus.rank scores again with fuzzy words
_FUZZY_MIN_LENGTH = 5  # shorter words must match exactly: "data" is not "dana"

_STOPWORD_TEXT = (
    "yang dan di ke dari untuk dengan ini itu pada oleh atau akan telah sudah tidak bukan juga "
    "karena sebagai dalam bahwa para serta agar bagi tersebut sebut kata ada adalah saat "
    "bisa dapat hanya lagi masih namun jika kami kita mereka dia ia anda nya pun lah kah "
    "sangat lebih paling semua setiap hal secara sejak hingga sampai atas bawah antara "
    "the and of to in is are was were for with that this by on from as be it not has have "
    "been will would can could its their they you your our"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def keywords(text: str) -> list[str]:
    """The telling words of `text`, stemmed, in order, each once."""
    seen: dict[str, None] = {}
    for word in words(text):
        if len(word) <= 2 or word in STOPWORDS or not word.isalpha():
            continue
        stemmed = stem(word)
        if stemmed not in STOPWORDS and len(stemmed) > 2:
            seen.setdefault(stemmed, None)
    return list(seen)


def _alike(word: str, others: Iterable[str]) -> tuple[str, float]:
    """The word of `others` nearest to `word`, and how alike (0 to 1); ("", 0) if none is."""
    if len(word) < _FUZZY_MIN_LENGTH:
        return "", 0.0
    from rapidfuzz import fuzz  # here: the window's start path does not need it

    best, score = "", 0.0
    for other in others:
        if len(other) < _FUZZY_MIN_LENGTH or abs(len(other) - len(word)) > 3:
            continue
        ratio = fuzz.ratio(word, other)
        if ratio >= FUZZY_FROM and ratio > score:
            best, score = other, ratio
    return best, score / 100


def weighted_cosine(
    a: Iterable[str], b: Iterable[str], weight: Mapping[str, float], *, fuzzy: bool = True
) -> float:
    """The cosine of two word sets, each word weighted by `weight` (1 when not given);
    with `fuzzy`, words of `a` missing from `b` meet their nearest match in `b`, at its ratio."""
    first, second = set(a), set(b)
    if not first or not second:
        return 0.0

    def w(word: str) -> float:
        return weight.get(word, 1.0)

    shared = 0.0
    unmatched = second - first
    for word in first:
        if word in second:
            shared += w(word) ** 2
            continue
        if not fuzzy:
            continue
        match, ratio = _alike(word, unmatched)
        if match:
            shared += ratio * w(word) * w(match)
            unmatched.discard(match)
    norm = math.sqrt(sum(w(x) ** 2 for x in first)) * math.sqrt(sum(w(x) ** 2 for x in second))
    return shared / norm if norm else 0.0


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1, every telling word weighted alike."""
    return weighted_cosine(keywords(a), keywords(b), {})


def idf(document_count: int, frequency: int) -> float:
    """A word's weight: rarer words weigh more (smoothed, never below a small floor)."""
    return max(math.log((document_count + 1) / (frequency + 0.5)), 0.1)


@dataclass
class Corpus:
    """Texts to compare a new text with: their telling words, and the weight of each word."""

    documents: dict[str, list[str]] = field(default_factory=dict)
    frequency: Counter[str] = field(default_factory=Counter)
    # How many texts the weights count (when `documents` holds only some of them, e.g. the
    # candidates a full-text search found, and `frequency` the counts over all of them).
    total: int = 0

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> Corpus:
        corpus = cls()
        for key, text in texts.items():
            corpus.add(key, text)
        return corpus

    def add(self, key: str, text: str) -> None:
        terms = keywords(text)
        self.documents[key] = terms
        self.frequency.update(set(terms))

    def weights(self, terms: Iterable[str]) -> dict[str, float]:
        total = max(self.total, len(self.documents))
        return {t: idf(total, self.frequency.get(t, 0)) for t in terms}

    def rank(
        self, text: str, *, limit: int = 5, exclude: Iterable[str] = (), minimum: float = 0.0
    ) -> list[tuple[str, float]]:
        """The keys of the texts most like `text`, best first, with their scores.

        Every text is scored on equal words first; the best `RESCORED` of them are scored
        again with fuzzy matches (comparing every word pair of every text would be slow)."""
        query = keywords(text)
        skip = set(exclude)
        weight = self.weights(query)
        exact: list[tuple[float, str]] = []
        for key, terms in self.documents.items():
            if key not in skip and not weight.keys().isdisjoint(terms):
                weight.update(self.weights(t for t in terms if t not in weight))
                exact.append((weighted_cosine(query, terms, weight, fuzzy=False), key))
        exact.sort(reverse=True)
        found = [
            (key, weighted_cosine(query, self.documents[key], weight))
            for _score, key in exact[: max(RESCORED, limit)]
        ]
        found = [f for f in found if f[1] > minimum]
        found.sort(key=lambda item: item[1], reverse=True)
        return found[:limit]
